"""Reported (indirect) speech: "enligt X", "X menar att ...", "X håller inte med om att ...".

The reported span is the clause that carries the view: the sentence without its "enligt X"
part, or the "att"/"that" clause after the speaker's verb. Cues inside direct quotes
(``ctx.covered``) are nested speech and are left alone. Each public function is a rule of
``rules.REPORTED_RULES``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from desktop_app.core.analysis.speech.candidates import (
    WINDOW,
    Candidate,
    RuleContext,
    SpeakerRef,
    inside,
    trim,
    trim_sentence_end,
)
from desktop_app.core.analysis.speech.clause_subjects import common_words
from desktop_app.core.analysis.speech.descriptions import is_person_word
from desktop_app.core.analysis.speech.sources import according_after, has_medium
from desktop_app.core.analysis.speech.speaker_phrase import speaker_after
from desktop_app.core.analysis.speech.speaker_before import speaker_before
from desktop_app.core.analysis.speech.word_classes import EN_INTRO_WORDS, EN_TAIL_STARTS, EN_TELL_VERBS, after_intro
from desktop_app.core.analysis.text.blocks import Block
from desktop_app.core.analysis.text.patterns import trie_alternation
from desktop_app.core.analysis.text.vocabulary import Vocabulary, is_definite_noun

_THAT_RE = {"sv": re.compile(r"(?<!\w)att(?!\w)"), "en": re.compile(r"(?<!\w)that(?!\w)")}
_STOP_RE = re.compile(r"[.;:!?…]")
# English verbs whose clause may drop "that": "Smith said the plan would fail."
_EN_BARE_CLAUSE = frozenset(
    "said says say added adds argued argues argue claimed claims claim believes believed believe thinks think "
    "thought insisted insists insist noted notes stated states wrote writes".split()
)
# Whom "told" addresses, then a clause without "that": "told BBC Wales the strike would ...",
# "told the board he regularly fell asleep", "told reporters she had no plans to resign".
_EN_TOLD_RE = re.compile(
    r"\s+(?:(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|\d+)){0,3}"
    r"|(?:the|local|state)\s+(?:[a-z]+\s+)?(?:board|court|jury|committee|council|panel|audience|crowd|hearing|meeting"
    r"|media|newspaper|paper|station|agency|broadcaster|magazine|outlet|inquiry|tribunal|television|radio)"
    r"|reporters|journalists|lawmakers|investors|analysts|police|officers|jurors|supporters|residents|parents"
    r"|colleagues|members|me|us|him|her|them)"
    r"(?:\s+(?:on|in|at)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+(?P<clause>(?:he|she|they|it|we|I|there|his|her|its|their|the|a|an)\s+\w)"
)
_EN_NOT_A_CLAUSE = frozenset(
    "about of for on in at to with by from into during after before over under as so and but or it".split()
)
_EN_SUBJECT_PRONOUNS = frozenset("he she they we i there".split())
_EN_COPULAS = frozenset("is are was were be been".split())
MAX_GAP_WORDS = 10
# The rest of a multi-word name: capitalized words and the small words inside names.
_NAME_TAIL_RE = re.compile(r"(?:\s+(?:[A-ZÅÄÖ][\w&'’.-]*|of|for|and|the|on|för|och|i|mot|av|på))+")
# Verbs whose topic an organization reports, with the word that opens the topic.
_TOPIC_VERBS: dict[str, dict[str, frozenset[str]]] = {
    "sv": {
        **dict.fromkeys(
            "rapporterar rapporterade rapporterat informerar informerade informerat".split(), frozenset({"om"})
        ),
        **dict.fromkeys("varnar varnade varnat larmar larmade larmat".split(), frozenset({"för", "om"})),
        # "Flera vittnen har berättat om skottlossningen", "berättade pojken om kvällen då ..."
        **dict.fromkeys("berättar berättade berättat vittnar vittnade vittnat".split(), frozenset({"om"})),
    },
    "en": dict.fromkeys("warn warns warned".split(), frozenset({"of", "about", "against"})),
}
def _teller(text: str, ref: SpeakerRef, voc: Vocabulary) -> bool:
    """Someone who can tell of something: a person, a pronoun, people; not a book or a film."""
    if ref.kind in ("unnamed", "pronoun"):
        return True
    words = text[ref.start : ref.end].split()
    first = words[0]
    if ref.kind == "noun":
        return is_person_word(first, voc) or voc.is_role_word(first)
    if first[1:].islower() and not voc.is_role_word(first):
        low = first.casefold()
        if low in common_words(voc.language) or len(words) == 1 and is_definite_noun(low, voc.language):
            return is_person_word(low, voc)  # "Utställningen", "Boken" (but "Mannen")
    return True


_TELLING_VERBS = frozenset("berättar berättade berättat vittnar vittnade vittnat".split())
_WORD_AFTER_RE = re.compile(r"\s+([^\W\d_]+)\s+")
# Proposing is a political act; it reports words only when said somewhere ("i ett pressmeddelande").
_PROPOSAL_VERBS = frozenset("föreslår föreslog föreslagit propose proposes proposed".split())
# Asking takes no "att" clause: "Läkartidningen frågade honom om ... för att få unga läkare att
# stanna" reports a question's topic, and the "att" further on is no one's view.
_ASK_VERBS = frozenset("frågar frågade frågat undrar undrade undrat".split())
_RELATIVE_RE = re.compile(r"(?<!\w)(?:som|who)(?!\w)")
_MAIN_CLAUSE_RE = re.compile(
    r",\s+(?:har|hade|är|var|ska|skulle|kommer|kan|vill|måste|blir|blev|has|had|is|was|will|would)(?!\w)"
)


@lru_cache(maxsize=None)
def _participle_re(participles: tuple[str, ...]) -> re.Pattern[str]:
    """ ", insisting (that) ...": a reporting participle after a comma, up to its clause."""
    return re.compile(rf",\s+({trie_alternation(participles)})\s+(?:that\s+)?(?=\w)")


def _opens_sentence(text: str, sent_start: int, pos: int) -> bool:
    """Only dashes, quotation marks and spaces stand between the sentence's start and ``pos``."""
    return pos - sent_start <= 8 and not text[sent_start:pos].strip(" \t–—−―-\"”“«»,")


def according_to(ctx: RuleContext) -> list[Candidate]:
    """ "Enligt Magnus Ranstorp har läget förvärrats", "..., according to the IMF": the
    sentence without its "enligt X" part is X's view."""
    text, block, voc, covered = ctx.text, ctx.block, ctx.voc, ctx.covered
    out: list[Candidate] = []
    for acc_start, _ in block.according:
        if inside(acc_start, covered):
            continue
        sent_start, sent_end = block.sentence_at(acc_start)
        found = according_after(text, acc_start, sent_end, voc)
        if found is None:
            continue
        cue, ref = found
        if _opens_sentence(text, sent_start, acc_start):
            start = _skip_apposition(text, _name_end(text, ref.end, sent_end), sent_end, voc)
            spoken = _SPOKEN_WITH_AFTER_RE.match(text, start, sent_end)
            if spoken is not None:
                start = spoken.end()  # "Enligt källor som Expressen har talat med är ...": the view after
            span = trim_sentence_end(text, start, sent_end)
        else:
            span = trim(text, sent_start, acc_start)
            if _THIS_RE.fullmatch(text, *span) and sent_start > block.start:
                # "Skolan stängs. Detta enligt rektorn Anna Ek.": the sentence before is the view.
                span = trim(text, block.sentence_at(sent_start - 1)[0], sent_start)
        out.append(Candidate(span[0], span[1], "indirect", cue, ref, paragraph=block.index))
    return out


_SPOKEN_WITH_AFTER_RE = re.compile(
    r"\s*,?\s*(?:som|who|that)\s+[^,.;:]{2,50}?\s+(?:har|hade|has|have|had)\s+(?:talat|pratat|spoken|talked)\s+"
    r"(?:med|to|with),?(?=\s)"
)


_THIS_RE = re.compile(r"(?:Detta|Det|Allt\s+detta|This|That|All\s+this),?", re.IGNORECASE)


def _name_end(text: str, pos: int, limit: int) -> int:
    """Where a name read up to ``pos`` ends when it goes on up to a comma: "the Ministry| of
    Health, ..." (the speaker phrase stops at "of"; the view starts after the comma)."""
    m = _NAME_TAIL_RE.match(text, pos, limit)
    return m.end() if m and m.end() > pos and text.startswith(",", m.end()) else pos


def _skip_apposition(text: str, pos: int, limit: int, voc: Vocabulary) -> int:
    """After "Enligt Magnus Ranstorp": skip ", terrorforskare vid X," to where the view starts."""
    m = re.compile(r"\s*,\s*").match(text, pos, limit)
    if not m:
        return pos
    word = re.compile(r"[\w-]+").match(text, m.end(), limit)
    if word and voc.is_role_word(word.group()):
        comma = text.find(",", word.end(), min(limit, word.end() + WINDOW))
        if comma != -1:
            return comma + 1
    return m.end()


# Words before "att" that make it no reported clause ("inför att", "efter att", "utan att"),
# and verbs whose "att" marks an infinitive ("fortsätter att bygga").
_ADVERBIAL_BEFORE_THAT = frozenset(
    "inför efter före innan utan genom trots sedan before after without despite".split()
)
_INFINITIVE_VERBS = frozenset("fortsätter fortsatte fortsatt".split())
# A concession opening the sentence: "Trots att kommunen lovade att ...": background, not a view.
_CONCESSIVE_RE = re.compile(r"\s*(?:trots\s+att|även\s+om|fastän|fast|although|though|even\s+though)\s+$", re.IGNORECASE)


def _verb_between(verbs: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """A reporting verb (of the block's sorted ``verbs``) starts strictly between ``lo`` and ``hi``."""
    k = bisect_right(verbs, (lo, 1 << 62))
    return k < len(verbs) and verbs[k][0] < hi


def _adverbial_that(text: str, start: int, that: int, verb: str) -> bool:
    gap = text[start:that].split()
    if not gap:
        return verb in _INFINITIVE_VERBS
    return gap[-1].casefold().strip(",") in _ADVERBIAL_BEFORE_THAT


def _gap_ok(text: str, start: int, end: int) -> bool:
    gap = text[start:end]
    return not _STOP_RE.search(gap) and len(gap.split()) <= MAX_GAP_WORDS


def stances(ctx: RuleContext) -> list[Candidate]:
    """ "X håller inte med om att ...", "X disagrees with the claim that ...": the clause after
    the stance verb (or the whole sentence) is X's view."""
    text, block, voc, covered = ctx.text, ctx.block, ctx.voc, ctx.covered
    out: list[Candidate] = []
    for m in block.stances:
        if inside(m.start(), covered):
            continue
        sent_start, sent_end = block.sentence_at(m.start())
        ref = speaker_before(text, m.start(), sent_start, voc)
        cue_start = m.start()
        if ref is None and voc.language == "sv":
            ref = speaker_after(text, m.end("verb"), m.end(), voc)
            cue_start = m.start()
        if ref is None or ref.kind == "plural":
            continue
        if ref.start < cue_start:
            cue_start = ref.start
        cue = (cue_start, m.end())
        if m.group("that"):
            span = trim_sentence_end(text, m.end(), sent_end)
        else:
            span = trim_sentence_end(text, sent_start, sent_end)
        out.append(Candidate(span[0], span[1], "indirect", cue, ref, paragraph=block.index))
    return out


def verb_clauses(ctx: RuleContext) -> list[Candidate]:
    """ "X menar att ...", "menar X att ...", "Smith said (that) ...", "Polisen rapporterar om
    ...": the clause after a reporting verb is its subject's words."""
    text, block, voc, covered = ctx.text, ctx.block, ctx.voc, ctx.covered
    out: list[Candidate] = []
    that_re = _THAT_RE[voc.language]
    topic_verbs = _TOPIC_VERBS.get(voc.language, {})
    for verb_start, verb_end in block.verbs:
        if inside(verb_start, covered):
            continue
        sent_start, sent_end = block.sentence_at(verb_start)
        if REFUSAL_BEFORE_RE.search(text, max(sent_start, verb_start - 20), verb_start):
            continue  # "Kindred Labs declined to say how many ...": a refusal, no words
        word = text[verb_start:verb_end].casefold()
        preps = topic_verbs.get(word)
        if preps is not None:
            topic = _topic(text, block, voc, (verb_start, verb_end), (sent_start, sent_end), preps)
            if topic is not None:
                out.append(topic)
                continue
        if voc.language == "sv" and that_re.search(text, verb_end, min(sent_end, verb_end + WINDOW)) is None:
            continue  # no "att" clause within reach: nothing is reported here
        if voc.language == "sv" and word in _ASK_VERBS:
            continue  # "frågade honom om ...": a question asked, not a view stated
        near = (max(sent_start, verb_start - WINDOW), min(sent_end, verb_end + WINDOW))
        if word in _PROPOSAL_VERBS and not has_medium(text, *near, voc.language):
            continue  # "Regeringen föreslår att ...": a policy, not words, unless said somewhere
        ref_after: SpeakerRef | None = None
        if voc.language == "sv":
            ref_after = speaker_after(text, verb_end, sent_end, voc)
            if ref_after is not None and ref_after.kind == "plural":
                ref_after = None
        cursor = ref_after.end if ref_after else verb_end
        that = that_re.search(text, cursor, min(sent_end, cursor + WINDOW))
        if that is not None and not _gap_ok(text, cursor, that.start()):
            that = None
        if that is not None and _verb_between(block.verbs, cursor, that.start()):
            that = None  # "När en reporter frågade om ... svarade Brask att": the later verb's clause
        if that is not None and _adverbial_that(text, cursor, that.start(), word):
            that = None  # "säger X till TT inför att ...", "fortsätter att bygga": no reported clause
        if that is not None and voc.language == "en" and not _en_gap_ok(text, word, cursor, that.start()):
            that = None  # "said the administration was confident that ...": the clause starts at once
        if that is not None:
            if ref_after is not None:
                ref, cue = ref_after, (verb_start, ref_after.end)
            else:
                ref = speaker_before(text, verb_start, sent_start, voc)
                if ref is None or ref.kind == "plural" or _CONCESSIVE_RE.fullmatch(text, sent_start, ref.start):
                    continue
                cue = (ref.start, verb_end)
            stop = sent_end
            if _RELATIVE_RE.search(text, cue[0], verb_start):
                # "X, role, som anser att ..., har skrivit": the main clause takes over again.
                back = _MAIN_CLAUSE_RE.search(text, that.end(), sent_end)
                if back:
                    stop = back.start()
            span = trim_sentence_end(text, that.end(), stop)
            out.append(Candidate(span[0], span[1], "indirect", cue, ref, paragraph=block.index))
            continue
        if voc.language == "en" and word in EN_TELL_VERBS:
            told = _EN_TOLD_RE.match(text, verb_end, sent_end)
            ref = speaker_before(text, verb_start, sent_start, voc) if told is not None else None
            if told is not None and ref is not None and ref.kind != "plural":
                # "told BBC Wales the strike would escalate", "told the board he fell asleep"
                span = trim_sentence_end(text, told.start("clause"), sent_end)
                out.append(Candidate(span[0], span[1], "indirect", (ref.start, verb_end), ref, paragraph=block.index))
            continue
        if voc.language == "en" and text[verb_start:verb_end].casefold() in _EN_BARE_CLAUSE:
            rest = text[verb_end : min(sent_end, verb_end + 40)].lstrip()
            if not rest or not (rest[0].isalpha() or rest[0].isdigit()):
                continue
            words = rest.split(None, 2)
            first = words[0].casefold().strip(",.;:")
            if first in _EN_COPULAS:
                continue  # "how many users it believes are under 18": no clause follows
            if first in ("tank", "tanks") and word == "think":
                continue  # "the Resolution Foundation think tank warned": a noun, not a verb
            if first in _EN_NOT_A_CLAUSE and not (first == "it" and _opens_clause(words[1:])):
                continue  # "said on Tuesday", "said it." (but "said it would appeal")
            if word in ("wrote", "writes") and first not in _EN_SUBJECT_PRONOUNS:
                continue  # "wrote the post on X late Saturday": what was written, not a clause
            ref = speaker_before(text, verb_start, sent_start, voc)
            if ref is None or ref.kind == "plural":
                continue
            if (
                _preceded_by_comma(text, ref.start, sent_start)
                and not after_intro(text, sent_start, ref.start)
                and not text[ref.end : verb_start].strip() == ","
            ):
                continue  # '"...," Smith said Tuesday' (not "Its chief, Philip Duffy, said")
            semi = text.find(";", verb_end, sent_end)  # "Supporters say ...; critics say ...": two views
            span = trim_sentence_end(text, verb_end, semi if semi != -1 else sent_end)
            out.append(Candidate(span[0], span[1], "indirect", (ref.start, verb_end), ref, paragraph=block.index))
    return out


def _topic(
    text: str, block: Block, voc: Vocabulary, verb: tuple[int, int], sentence: tuple[int, int], preps: frozenset[str]
) -> Candidate | None:
    """ "Polisen rapporterar om en lugn helg", "SMHI varnar för ...", "the agency warned of ...":
    an organization reporting on a topic (after one of ``preps``); the topic is what it says."""
    (verb_start, verb_end), (sent_start, sent_end) = verb, sentence
    told = text[verb_start:verb_end].casefold() in _TELLING_VERBS  # people tell of things too
    kinds = ("name", "noun", "unnamed", "pronoun") if told else ("name", "noun")
    ref = speaker_after(text, verb_end, sent_end, voc) if voc.language == "sv" else None
    cue_start = verb_start
    if ref is None or ref.kind not in kinds:
        ref = speaker_before(text, verb_start, sent_start, voc)
        if ref is None or ref.kind not in (*kinds, "it"):
            return None
        cue_start, after = ref.start, verb_end
    else:
        after = ref.end
    if told and not _teller(text, ref, voc):
        return None  # "Boken berättar om ...", "Filmen X berättar om ...": a work, not a person
    prep = _WORD_AFTER_RE.match(text, after, sent_end)
    if prep is None or prep.group(1).casefold() not in preps:
        return None
    if _THAT_RE[voc.language].match(text, prep.end(), sent_end):
        return None  # "varnar för att ...": the clause rule reads it
    if told and text[prep.end() : prep.end() + 5].split(None, 1)[:1] in (["sin"], ["sitt"], ["sina"]):
        return None  # "Anna Ek berättar om sin uppväxt": the teller's own life, narration
    span = trim_sentence_end(text, prep.end(), sent_end)
    cue = (cue_start, max(verb_end, ref.end))
    return Candidate(span[0], span[1], "indirect", cue, ref, paragraph=block.index, org_only=not told)


_DESCRIBED_NAME_RE = re.compile(
    r"[A-ZÅÄÖ][\w-]*(?:[ \t]+[a-zåäö][\w-]*){1,4}[ \t]+(?P<name>[A-ZÅÄÖ][\w&-]*(?:[ \t]+[A-ZÅÄÖ][\w&-]*){0,3})(?=[ \t]+[a-zåäö])"
)


_NATIONALITY_ENDINGS = ("ish", "ian", "ese", "ean", "can", "ic", "li", "sk", "ns")
_FUNCTION_WORD_RE = re.compile(r"(?<![\w-])(?:in|on|of|at|its|the|a|an|to|for|i|på|av|för|till|sin|sitt)(?![\w-])")


_NOT_SPEECH_AFTER_RE = re.compile(r"\s+up\s+to(?!\w)")
# A refusal is no view: "declined to say how many ...", "ville inte säga hur ...".
REFUSAL_BEFORE_RE = re.compile(
    r"(?:declined|refused|decline|declines|refuses|would\s+not|wouldn't|did\s+not|didn't|will\s+not|won't"
    r"|vägrade|vägrar|ville\s+inte|vill\s+inte|kunde\s+inte|kan\s+inte)\s+(?:to\s+)?$",
    re.IGNORECASE,
)


def participles(ctx: RuleContext) -> list[Candidate]:
    """ "The minister defended the target, insisting it can still be met": the clause after a
    reporting participle is the words of the sentence's subject."""
    text, block, voc, covered = ctx.text, ctx.block, ctx.voc, ctx.covered
    out: list[Candidate] = []
    for start, _ in block.participles:
        comma = text.rfind(",", max(block.start, start - 3), start)
        m = _participle_re(voc.participles).match(text, comma, block.end) if comma >= 0 else None
        if m is None and not inside(start, covered) and voc.language == "en":
            sent = _message_saying(ctx, start)
            if sent is not None:
                out.append(sent)
                continue
        if m is None and not inside(start, covered):
            withs = _with_participle(ctx, start)
            if withs is not None:
                out.append(withs)
            continue
        if m is None or m.start(1) != start or inside(start, covered):
            continue
        if _NOT_SPEECH_AFTER_RE.match(text, m.end(1)):
            continue  # "..., adding up to two weeks": a sum, not words
        sent_start, sent_end = block.sentence_at(m.start())
        first = text[sent_start : m.start()].split(None, 1)
        if not first or first[0].casefold() in EN_INTRO_WORDS or first[0].casefold().endswith(("ing", "ed")):
            continue
        ref = speaker_after(text, sent_start, m.start(), voc)
        if ref is None or ref.kind == "plural" or ref.start - sent_start > 2:
            continue
        described = _DESCRIBED_NAME_RE.match(text, ref.start, m.start()) if ref.kind == "name" else None
        if (
            described is not None
            and described.start("name") >= ref.end
            and text[ref.start : ref.end].endswith(_NATIONALITY_ENDINGS)
            and not _FUNCTION_WORD_RE.search(text, ref.end, described.start("name"))
        ):
            # "Danish container shipping group Nordsund Lines cut ...": the name after its description
            ref = SpeakerRef(described.start("name"), described.end("name"), "name")
        span = trim_sentence_end(text, m.end(), sent_end)
        out.append(Candidate(span[0], span[1], "indirect", (m.start(1), m.end(1)), ref, paragraph=block.index))
    return out


# "14 attorneys general sent the company a letter last month saying the app had ...": the sender
# speaks what the message says.
_SENT_MESSAGE_RE = re.compile(
    r"(?<!\w)(?P<verb>sent|sends|wrote|writes|issued|issues|released|posted|published)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:letter|statement|email|e-mail|memo|note|post|message|notice)"
    r"(?:\s+[\w-]+){0,3}?\s+$"
)
_SAYING_RE = re.compile(r"saying(?:\s+that)?\s+")


def _message_saying(ctx: RuleContext, start: int) -> Candidate | None:
    text, block, voc = ctx.text, ctx.block, ctx.voc
    saying = _SAYING_RE.match(text, start, block.end)
    if saying is None:
        return None
    sent_start, sent_end = block.sentence_at(start)
    m = _SENT_MESSAGE_RE.search(text, max(sent_start, start - 120), start)
    if m is None:
        return None
    ref = speaker_before(text, m.start("verb"), sent_start, voc)
    if ref is None or ref.kind in ("plural", "document"):
        return None
    span = trim_sentence_end(text, saying.end(), sent_end)
    if span[1] - span[0] < 3:
        return None
    return Candidate(span[0], span[1], "indirect", (ref.start, saying.end()), ref, paragraph=block.index,
                     needs_speaker=True)


_WITH_RE = re.compile(r",\s+(?:with|med)\s+$")


def _with_participle(ctx: RuleContext, start: int) -> Candidate | None:
    """ "..., with Republicans arguing that it would lower costs": the one after "with" says it."""
    text, block, voc = ctx.text, ctx.block, ctx.voc
    sent_start, sent_end = block.sentence_at(start)
    ref = speaker_before(text, start, max(sent_start, start - 80), voc)
    if ref is None or ref.kind in ("plural", "pronoun") or not _WITH_RE.search(text, max(sent_start, ref.start - 12), ref.start):
        return None
    body = re.compile(r"\s*\S+\s+(?:that\s+|att\s+)?").match(text, start, sent_end)
    span = trim_sentence_end(text, body.end() if body else start, sent_end)
    if span[1] - span[0] < 3:
        return None
    return Candidate(span[0], span[1], "indirect", (ref.start, body.end() if body else start), ref,
                     paragraph=block.index, needs_speaker=True)


def _en_gap_ok(text: str, verb: str, start: int, end: int) -> bool:
    """Between "said" and "that" only a time, place or medium ("said on Tuesday that"), or
    whom "told" addresses ("told reporters that")."""
    gap = text[start:end].split(None, 1)
    return not gap or verb in EN_TELL_VERBS or gap[0].casefold().strip(",") in EN_TAIL_STARTS


def _opens_clause(words: list[str]) -> bool:
    """After "it": a verb goes on ("it would", "it had"), not a stop or a preposition."""
    return bool(words) and words[0].isalpha() and words[0].casefold() not in _EN_NOT_A_CLAUSE


def _preceded_by_comma(text: str, pos: int, floor: int) -> bool:
    p = pos
    while p > floor and text[p - 1].isspace():
        p -= 1
    return p > floor and text[p - 1] in ",”\"»"
