"""Praise, criticism and stance reported in narration: whoever gives it holds the view.

"Förslaget får skarp kritik från Sveriges advokatsamfund", "Från SD får ministern beröm",
"Stadsrevisionen riktar hård kritik mot nämnden", "Oppositionsrådet ger revisorerna beröm",
"Kritiken från Socialdemokraterna gäller ...", "IVO kritiserar regionen", "Även S är skeptiska",
"Den bedömningen delar inte hovrätten"; "a decision that drew sharp criticism from parents",
"Cho praised the parents", "the union rejected the governor's reasoning", "her party distanced
itself from the remark", "X was critical of". The words come from ``evaluation_nouns``,
``evaluation_verbs`` and ``stance_adjectives``; each rule of ``rules.REPORTED_RULES`` here gives
the sentence to its speaker and asks coreference to drop it when nobody is named
(``Candidate.needs_speaker``): a view nobody holds is narration.
"""

from __future__ import annotations

import re
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
from desktop_app.core.analysis.speech.descriptions import is_person_word
from desktop_app.core.analysis.speech.speaker_phrase import speaker_after
from desktop_app.core.analysis.speech.speaker_before import speaker_before
from desktop_app.core.analysis.text.language import supported
from desktop_app.core.analysis.text.lexicon import load_lines
from desktop_app.core.analysis.text.patterns import trie_alternation
from desktop_app.core.analysis.text.vocabulary import is_definite_noun, rule_word_set

_ADJ = r"(?:[\w-]+\s+){0,3}?"  # "skarp", "hård och tydlig", "sharp"
_GET = {
    "sv": r"(?:får|fick|fått|har\s+fått|hade\s+fått|(?:tar|tog|har\s+tagit)\s+(?:[\w-]+\s+)?emot|möter|mötte|har\s+mött)",  # "tar samtidigt emot beröm från"
    "en": r"(?:drew|draws|drawn|draw|gets|got|received|receives|won|wins|faced|faces|face|came\s+under|comes\s+under)",
}
_FROM = {"sv": r"(?:av|från)", "en": r"(?:from|by)"}
_GIVE = {"sv": r"(?:riktar|riktade|riktat|ger|gav|gett|gav\s+också)", "en": r"(?:gave|gives|give)"}
_BE = {
    "sv": r"(?:är|var|blir|blev|har\s+varit|hade\s+varit|förblir)",
    "en": r"(?:is|was|are|were|has\s+been|have\s+been|had\s+been|remains|remained|remain)",
}
_BE_ADVERBS = {
    "sv": "också även mer mest mycket särskilt starkt djupt något ganska fortfarande inte däremot dock klart "
    "tydligt lika mindre väldigt helt allt minst tämligen desto därför alltså heller överlag försiktigt",
    "en": "also more most very particularly sharply deeply somewhat fairly still not however clearly highly "
    "equally less increasingly openly so too largely broadly generally mostly strongly cautiously",
}
_SHARE_RE = {
    "sv": re.compile(
        r"(?<!\w)(?P<verb>delar|delade|delat)\s+(?P<neg>(?:inte|dock|heller|också|även|i\s+stort)\s+){0,2}"
        r"(?P<obj>(?:den|denna|deras|hans|hennes|dess|[\w-]+s)\s+(?:[\w-]+\s+)?"
        r"(?:bild|bilden|bedömning|bedömningen|uppfattning|uppfattningen|syn|synen|oro|oron|kritik|kritiken|analys|analysen))(?!\w)"
    ),
    "en": re.compile(r"(?<!\w)(?P<verb>shares|shared|share)\s+(?P<neg>)(?P<obj>(?:the|that|this|their|his|her|its)\s+(?:view|concern|assessment|analysis))(?!\w)"),
}
_FRONTED_SHARE_RE = re.compile(
    r"(?:Den|Denna|Det|Den\s+synen|Den\s+bilden)\s+(?:[\w-]+\s+)?"
    r"(?P<verb>delar|delade|godtar|godtog|accepterar|accepterade|köper|köpte|(?P<know>känner|kände))\s+"
    r"(?:inte\s+|dock\s+|heller\s+)*"
)
_NOT_AGAIN_RE = re.compile(r"\s+(?:dock\s+)?inte\s+igen\b|\s+inte\s+alls\s+igen\b")  # "känner X inte igen"
_OTHER_VIEW_RE = {
    "sv": re.compile(
        r"(?<!\w)(?P<verb>har|hade|är|var)\s+(?:dock\s+|däremot\s+|också\s+)?(?:av\s+)?en\s+(?:helt\s+)?"
        r"(?:annan|motsatt)\s+(?:bild|uppfattning|syn|åsikt|mening)(?!\w)"
    ),
    "en": re.compile(r"(?<!\w)(?P<verb>takes|took|has|had)\s+a\s+(?:different|very\s+different)\s+view(?!\w)"),
}
# Seeing something as a chance or a threat: "Han ser projektet som en möjlighet för bygden", "Hon ser
# allvarligt på saken", "She sees the deal as a mistake".
_VIEW_NOUNS = (
    "möjlighet|risk|hot|problem|framgång|misslyckande|svek|steg|seger|nederlag|chans|lösning|katastrof|skandal|"
    "opportunity|threat|mistake|victory|defeat|betrayal|step|disaster|success|failure|solution"
)
_SEES_AS_RE = {
    "sv": re.compile(
        rf"(?<!\w)(?P<verb>ser|såg)\s+(?:(?:[\w-]+\s+){{1,3}}?som\s+(?:en|ett)\s+(?:[\w-]+\s+)?(?:{_VIEW_NOUNS})"
        r"|(?:också\s+|även\s+|dock\s+)?(?:positivt|negativt|allvarligt|ljust|mörkt|kritiskt)\s+på)(?!\w)"
    ),
    "en": re.compile(
        rf"(?<!\w)(?P<verb>sees|saw|views|viewed)\s+(?:[\w-]+\s+){{1,3}}?as\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:{_VIEW_NOUNS})(?!\w)"
    ),
}
# Naming a thing for what one thinks it is, with no quotation marks: "S kallar beslutet för ett svek".
# "för" may be left out ("har kallat beslutet ett slöseri"), but then the object is no particle
# ("kallade till ett möte", "kallade in en expert": summoning). English names the thing with a
# pronoun or a decision noun ("has called this a model", "called the ruling a disgrace").
_CALLS_RE = {
    "sv": re.compile(
        r"(?<!\w)(?P<verb>kallar|kallade|kallat)\s+"
        r"(?:(?:[\w-]+\s+){1,3}?för|(?!(?:till|in|hem|upp|på|samman|ihop|fram|tillbaka|ut)\s)(?:[\w-]+\s+){1,2}?)"
        r"\s*(?:en|ett)\s+(?!(?:gång|stund|tag|par|till)\b)(?:[\w-]+\s+)?[\w-]+(?!\w)"
    ),
    "en": re.compile(
        r"(?<!\w)(?P<verb>calls|called)\s+(?:it|this|that|them|the\s+(?:move|decision|plan|proposal|bill|ruling|law|"
        r"policy|idea|scheme|report|deal|cuts|changes|project|verdict|budget))\s+(?:a|an)\s+"
        r"(?!(?:day|night|few|couple|second|third)\b)(?:[\w-]+\s+)?[\w-]+(?!\w)"
    ),
}
_DISTANCE_RE = re.compile(
    r"(?<!\w)(?P<verb>distanced|distances|distance)\s+(?:itself|themselves|himself|herself|ourselves)\s+from(?!\w)"
)
_PASSIVE_RE = re.compile(
    r"(?<!\w)(?:was|were|has\s+been|have\s+been|had\s+been|is|are|been)\s+(?:\w+ly\s+)?"
    r"(?:criticised|criticized|praised|condemned|welcomed|slammed|attacked|rejected|questioned|hailed)\s+by\s+"
)
# "Kritik kommer också från Socialdemokraterna": the criticism named first, then who gives it.
_COMES_FROM_RE = re.compile(
    r"(?<!\w)(?:[Hh]ård\s+|[Ss]karp\s+|[Mm]er\s+)?(?:[Kk]ritik|[Bb]eröm|[Ss]töd)\s+(?:kommer|kom|har\s+kommit)\s+"
    r"(?:också\s+|även\s+|dessutom\s+|nu\s+)*från\s+"
)
_SUBJECT_RE = re.compile(r"(?P<noun>Kritiken|Berömmet|The\s+criticism)\s+(?:från\s+|from\s+)?")
_SUBJECT_VERBS_RE = re.compile(
    r"\s*(?:gäller|gällde|handlar\s+om|handlade\s+om|riktar\s+sig|riktade\s+sig|rör|rörde|centres\s+on|centers\s+on|"
    r"focuses\s+on|concerns)(?!\w)"
)


@lru_cache(maxsize=None)
def _nouns(language: str, where: str) -> tuple[str, ...]:
    out = []
    for line in load_lines(supported(language), "evaluation_nouns"):
        noun, _, tags = line.partition("=")
        if where in tags.split():
            out.append(noun.strip())
    return tuple(out)


@lru_cache(maxsize=None)
def _words(language: str, name: str) -> tuple[str, ...]:
    return load_lines(supported(language), name)


def _alt(words: tuple[str, ...]) -> str:
    return trie_alternation(words) if words else "(?!)"


@lru_cache(maxsize=None)
def _received_re(language: str) -> re.Pattern[str]:
    nouns = _alt(tuple(n.casefold() for n in _nouns(language, "received")))
    return re.compile(
        rf"(?<!\w){_GET[language]}\s+{_ADJ}(?P<noun>{nouns})\s+(?:\w+\s+){{0,2}}?{_FROM[language]}\s+",
        re.IGNORECASE,
    )


@lru_cache(maxsize=None)
def _conjoined_re(language: str) -> re.Pattern[str]:
    """The second of two evaluations the subject received: "... but criticism from Y"."""
    nouns = _alt(tuple(n.casefold() for n in _nouns(language, "received")))
    return re.compile(
        rf"(?<!\w)(?:but|and|men|och)\s+(?:also\s+|även\s+|också\s+)?{_ADJ}(?P<noun>{nouns})\s+{_FROM[language]}\s+",
        re.IGNORECASE,
    )


@lru_cache(maxsize=None)
def _fronted_from_re(language: str) -> re.Pattern[str]:
    nouns = _alt(tuple(n.casefold() for n in _nouns(language, "received")))
    return re.compile(rf"(?P<get>{_GET[language]})\s+(?:[\w-]+\s+){{0,4}}?{_ADJ}(?P<noun>{nouns})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _given_re(language: str) -> re.Pattern[str]:
    nouns = _alt(tuple(n.casefold() for n in _nouns(language, "given")))
    return re.compile(
        rf"(?<!\w)(?P<verb>{_GIVE[language]})\s+(?:[\w-]+\s+){{0,4}}?{_ADJ}(?P<noun>{nouns})(?!\w)", re.IGNORECASE
    )


@lru_cache(maxsize=None)
def _verb_re(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?P<verb>{_alt(_words(language, 'evaluation_verbs'))})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _stance_re(language: str) -> re.Pattern[str]:
    adverbs = "|".join(_BE_ADVERBS[language].split())
    adjectives = _alt(_words(language, "stance_adjectives"))
    return re.compile(
        rf"(?<!\w)(?P<verb>{_BE[language]})\s+(?:(?:{adverbs})\s+){{0,3}}(?P<adj>{adjectives})(?!\w)", re.IGNORECASE
    )


_QUOTE_MARK_RE = re.compile(r"[\"”“«»]")
_KEEN_RE = re.compile(r"\s(?:was|were|is|are|has\s+been|var|är)\s+(?:quick|keen|eager|happy|swift|ready|snabb|noga\s+med)\s+(?:to|att)\s+$")
_NEXT_CLAUSE_RE = re.compile(r",?\s+(?:and|but|och|men)\s+(?:\w+\s+){0,2}?(?=\w+)|,\s+(?=\w+ing(?!\w))")


# Feelings are a view only about something: "glad över beslutet", "pleased with the result".
_EMOTIONS = frozenset(
    "glad glada nöjd nöjda frustrerad frustrerade förvånad förvånade pleased happy satisfied dissatisfied "
    "frustrated alarmed hopeful disappointed".split()
)
_ABOUT_RE = re.compile(
    r"\s*(?:[.!?]|$|(?:över|med|för|att|på|åt|about|with|that|by|at|to|over)(?!\w))", re.IGNORECASE
)


def _emotion_about(text: str, m: re.Match[str], end: int) -> bool:
    if m.group("adj").casefold() not in _EMOTIONS:
        return True
    return _ABOUT_RE.match(text, m.end("adj"), end) is not None or m.end("adj") >= end - 1


def _own_clause(ctx: RuleContext, start: int, end: int) -> tuple[int, int]:
    """The view up to where the sentence goes on with another verb of its speaker ("criticised
    the plan and said ...", "defended the deal, insisting ..."): the rest is a quote of its own."""
    for m in _NEXT_CLAUSE_RE.finditer(ctx.text, start, end):
        rest = ctx.text[m.end() : min(end, m.end() + 40)]  # the next word only (bounded: no copy of the sentence)
        word = rest.split(None, 1)[0].casefold() if rest.split() else ""
        if word in ctx.voc.verbs or word in ctx.voc.participles or word.endswith("ing"):
            return trim_sentence_end(ctx.text, start, m.start())
    return trim_sentence_end(ctx.text, start, end)


def _candidate(
    ctx: RuleContext, ref: SpeakerRef, cue: tuple[int, int], span: tuple[int, int], *, follow: bool = False
) -> Candidate | None:
    if span[1] <= span[0]:
        return None
    return Candidate(span[0], span[1], "indirect", cue, ref, follow=follow, paragraph=ctx.block.index, needs_speaker=True)


def _subject(ctx: RuleContext, pos: int, sent_start: int) -> SpeakerRef | None:
    ref = speaker_before(ctx.text, pos, sent_start, ctx.voc)
    return None if ref is None or ref.kind in ("plural", "document") else ref


@lru_cache(maxsize=None)
def _words_of(language: str, lists: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(rule_word_set(language, name) for name in lists))


def _sentences(ctx: RuleContext, *lists: str) -> list[tuple[int, int]]:
    """The sentences of the paragraph that hold a word of ``lists``, outside direct quotes."""
    if not ctx.block.rule_words:
        return []
    words = _words_of(ctx.voc.language, lists)
    seen: list[tuple[int, int]] = []
    for start, end in ctx.block.rule_words:
        hit = ctx.text[start:end].casefold().split()  # one word, or a phrase that opens with it
        if inside(start, ctx.covered) or not hit or hit[0] not in words and " ".join(hit) not in words:
            continue
        sent = ctx.block.sentence_at(start)
        if sent not in seen:
            seen.append(sent)
    return seen


_GROUP_STOP_RE = re.compile(r"[,.;:!?]|\s(?:who|som|that|which|för|for|efter|after|but|men)\s")


# Plural nouns of groups that speak: "from parents' groups", "från flera organisationer".
_GROUP_PLURALS = frozenset(
    "groups organizations organisations associations unions charities campaigners "
    "grupper organisationer föreningar förbund".split()
)


def _group_after(text: str, pos: int, limit: int, voc) -> SpeakerRef | None:
    """ "av recensenterna", "by opposition Conservative councillors, who": people named by
    what they are, after "av"/"by"."""
    stop = _GROUP_STOP_RE.search(text, pos, limit)
    end = stop.start() if stop else limit
    words = text[pos:end].split()
    if not 1 <= len(words) <= 4:
        return None
    last = words[-1]
    plural = last.endswith("s") if voc.language == "en" else last.endswith(("na", "ar", "er", "or"))
    if not (plural and (is_person_word(last, voc) or last.casefold() in _GROUP_PLURALS)):
        return None
    phrase_end = pos + len(text[pos:end].rstrip())
    start = pos + (len(text[pos:end]) - len(text[pos:end].lstrip()))
    return SpeakerRef(start, phrase_end, "unnamed", None, False, True)


def received(ctx: RuleContext) -> list[Candidate]:
    """ "X får (skarp) kritik från Y", "drew criticism from parents", "Från Y får X beröm",
    "was criticised by Y": Y's view, the sentence."""
    text, voc = ctx.text, ctx.voc
    lang = voc.language
    out: list[Candidate] = []
    for sent_start, sent_end in _sentences(ctx, "evaluation_nouns", "evaluation_verbs"):
        span = trim_sentence_end(text, sent_start, sent_end)
        received_here = _received_re(lang).search(text, sent_start, sent_end) is not None
        second = _conjoined_re(lang).search(text, sent_start, sent_end) if received_here else None
        for pattern in (
            _received_re(lang),
            _PASSIVE_RE if lang == "en" else _COMES_FROM_RE,
            _conjoined_re(lang) if received_here else None,  # "drawn support from X but criticism from Y"
        ):
            if pattern is None:
                continue
            for m in pattern.finditer(text, sent_start, sent_end):
                if inside(m.start(), ctx.covered):
                    continue
                ref = speaker_after(text, m.end(), sent_end, voc, allow_object=True) or _group_after(
                    text, m.end(), sent_end, voc
                )
                if ref is None or ref.kind in ("plural", "pronoun"):
                    continue
                own = span
                if second is not None:  # two givers, two views: the sentence split at "but"
                    cut = (span[0], second.start()) if m.start() < second.start() else (second.start(), span[1])
                    own = trim(text, *cut)
                cand = _candidate(ctx, ref, (m.start(), ref.end), own)
                if cand is not None:
                    out.append(cand)
        # "Från Sverigedemokraterna, som ..., får finansministern beröm": the giver comes first.
        head = re.match(r"\s*(?:Från|From)\s+", text[sent_start:sent_end])
        if head is not None and _fronted_from_re(lang).search(text, sent_start, sent_end):
            ref = speaker_after(text, sent_start + head.end(), sent_end, voc)
            if ref is not None and ref.kind not in ("plural", "pronoun"):
                cand = _candidate(ctx, ref, (sent_start + head.start(), ref.end), span)
                if cand is not None:
                    out.append(cand)
    return out


def given(ctx: RuleContext) -> list[Candidate]:
    """ "Y riktar kritik mot X", "Y ger X beröm för ...", "Y hyllar X", "Y rejected the claim",
    "Y distanced itself from the remark": the subject's view, what follows the verb."""
    text, voc = ctx.text, ctx.voc
    lang = voc.language
    out: list[Candidate] = []
    for sent_start, sent_end in _sentences(ctx, "evaluation_nouns", "evaluation_verbs", "quote_rule_words"):
        for pattern in (_given_re(lang), _verb_re(lang), _DISTANCE_RE if lang == "en" else None):
            if pattern is None:
                continue
            for m in pattern.finditer(text, sent_start, sent_end):
                verb = m.start("verb")
                if inside(verb, ctx.covered):
                    continue
                keen = _KEEN_RE.search(text, max(sent_start, verb - 40), verb)
                ref = _subject(ctx, keen.start() if keen else verb, sent_start)
                if ref is None and lang == "sv":
                    # "I dag riktar facket kritik mot ...": the subject after the verb.
                    ref = speaker_after(text, m.end("verb"), sent_end, voc)
                    if ref is not None and (ref.kind in ("plural",) or ref.start > m.end("verb") + 2):
                        ref = None
                if ref is None:
                    continue
                span = _own_clause(ctx, m.end(), sent_end)
                if span[1] - span[0] < 3:
                    span = trim_sentence_end(text, sent_start, sent_end)
                cand = _candidate(ctx, ref, (min(ref.start, verb), m.end("verb")), span)
                if cand is not None:
                    out.append(cand)
    return out


_WORD_RE = re.compile(r"\w+")


def _collective_after(text: str, pos: int, limit: int, language: str) -> SpeakerRef | None:
    """ "Kritiken från oppositionen", "från föräldrarna": a group the text does not name, an
    unnamed source (a definite noun, lower case, right after the preposition)."""
    m = _WORD_RE.match(text, pos, limit)
    if m is None or not m.group().islower() or not is_definite_noun(m.group(), language):
        return None
    return SpeakerRef(m.start(), m.end(), "unnamed")


def criticism_subject(ctx: RuleContext) -> list[Candidate]:
    """ "Kritiken från Y gäller ...": Y's view; "Kritiken gäller ...": the critic spoken of last."""
    text, voc = ctx.text, ctx.voc
    out: list[Candidate] = []
    for sent_start, sent_end in _sentences(ctx, "evaluation_nouns"):
        m = _SUBJECT_RE.match(text, sent_start, sent_end)
        if m is None:
            continue
        ref = None
        if text[m.start() : m.end()].rstrip().endswith(("från", "from")):
            ref = speaker_after(text, m.end(), sent_end, voc)
            if ref is not None and ref.kind in ("plural", "pronoun"):
                ref = None
            if ref is None:
                ref = _collective_after(text, m.end(), sent_end, voc.language)  # "från oppositionen"
            stop = ref.end if ref is not None else m.end()
            # "Kritiken från Socialdemokraterna i nämnden gäller": the name may go on.
            verb = _SUBJECT_VERBS_RE.search(text, stop, min(sent_end, stop + 60))
        else:
            verb = _SUBJECT_VERBS_RE.match(text, m.end() - 1 if text[m.end() - 1].isspace() else m.end(), sent_end)
        if verb is None:
            continue
        span = trim_sentence_end(text, verb.end(), sent_end)
        cue = (m.start(), verb.end())
        if ref is not None:
            cand = _candidate(ctx, ref, cue, span)
        else:
            cand = Candidate(span[0], span[1], "indirect", cue, None, follow=True, paragraph=ctx.block.index,
                             needs_speaker=True)
        if cand is not None:
            out.append(cand)
    return out


def stance_in_narration(ctx: RuleContext) -> list[Candidate]:
    """ "X är kritisk till ...", "Även Socialdemokraterna är skeptiska", "Den bedömningen delar
    inte hovrätten", "X har en annan bild", "X was critical of": X's view, the sentence."""
    text, voc = ctx.text, ctx.voc
    lang = voc.language
    out: list[Candidate] = []
    for sent_start, sent_end in _sentences(ctx, "stance_adjectives", "quote_rule_words"):
        span = trim_sentence_end(text, sent_start, sent_end)
        for pattern in (_stance_re(lang), _OTHER_VIEW_RE[lang], _SHARE_RE[lang], _SEES_AS_RE[lang], _CALLS_RE[lang]):
            for m in pattern.finditer(text, sent_start, sent_end):
                verb = m.start("verb")
                if inside(verb, ctx.covered):
                    continue
                if pattern is _CALLS_RE[lang] and _QUOTE_MARK_RE.search(text, verb, min(sent_end, verb + WINDOW)):
                    continue  # "kallar det ”ett hugg i ryggen”": the quoted words are the quote
                if "adj" in m.groupdict() and not _emotion_about(text, m, sent_end):
                    continue  # "Anna Ek är glad när solen skiner": a mood, not a view
                ref = _subject(ctx, verb, sent_start)
                if ref is None:
                    continue
                # The view is what the verb says of its subject: "mer kritisk till planen".
                view = _own_clause(ctx, m.end("verb"), sent_end)
                cand = _candidate(ctx, ref, (ref.start, m.end("verb")), view if view[1] > view[0] else span)
                if cand is not None:
                    out.append(cand)
        fronted = _FRONTED_SHARE_RE.match(text, sent_start, sent_end) if lang == "sv" else None
        if fronted is not None:
            ref = speaker_after(text, fronted.end(), sent_end, voc)
            if ref is not None and fronted.group("know") and not _NOT_AGAIN_RE.match(text, ref.end, sent_end):
                ref = None  # "Den bilden känner X inte igen": only a view X does not recognize
            if ref is not None and ref.kind not in ("plural", "pronoun"):
                cand = _candidate(ctx, ref, (fronted.start("verb"), ref.end), span)
                if cand is not None:
                    out.append(cand)
    return out
