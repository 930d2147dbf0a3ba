"""What research and reports show: their issuer's words, or an unnamed source's.

"Tysk forskning har tidigare visat att ...", "Studier visar att ...", "En rapport från
Skolverket ... visade dock att ...", "Läkarförbundets enkät visar att ...", "Previous research
has linked ...", "A study of 70,000 adults found that ...": what follows the verb is the finding,
spoken by the issuer ("från Skolverket", "Läkarförbundets") or, when the text names none, by the
research itself as an unnamed source ("tysk forskning"). "Det visar en ny studie från Karolinska
institutet." gives the sentence before it to the issuer. Research cited in a paragraph that an
"enligt <person>" closes is that person's reference ("Tysk forskning visar att ... Troligtvis ...,
enligt Ranstorp."). The verbs are ``finding_verbs``; the nouns have the class ``research`` in
``source_nouns``.
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
from desktop_app.core.analysis.speech.sources import according_after
from desktop_app.core.analysis.speech.speaker_phrase import speaker_after
from desktop_app.core.analysis.speech.speaker_before import speaker_before
from desktop_app.core.analysis.speech.word_classes import source_class
from desktop_app.core.analysis.text.language import supported
from desktop_app.core.analysis.text.lexicon import load_lines
from desktop_app.core.analysis.text.patterns import trie_alternation
from desktop_app.core.analysis.text.tokenizer import window_tokens
from desktop_app.core.analysis.text.vocabulary import is_genitive_modifier

MAX_SUBJECT_WORDS = 12
_THAT_RE = {"sv": re.compile(r"\s*(?:det\s+)?(?:att|av\s+att)(?!\w)"), "en": re.compile(r"\s*that(?!\w)")}
_DET_RE = {"sv": re.compile(r"(?:Det|Detta|Så)\s+"), "en": re.compile(r"(?:That|This)\s+(?:is\s+what\s+)?")}
_ISSUER_WORDS = {"sv": frozenset("från av vid hos".split()), "en": frozenset("from by at of".split())}
_STOPS = frozenset(("som", "who", "which", "that", ","))
# Words that end the research's phrase on its left ("hänvisar till en rapport som visar att").
_PREPOSITIONS = frozenset("till på om av i för med mot to on at of in for with by".split())
_NO_RESEARCH = frozenset("ingen inget inga no".split())
# Research that someone had made: "en enkät som Svensk Kollektivtrafik har låtit göra",
# "provtagningar som Söderköpings Vatten har gjort", "figures published this week by X".
_MADE_BY_RE = {
    "sv": re.compile(r"\s+(?:som|vilken|vilka)\s+(?P<by>)"),
    "en": re.compile(r"\s+(?:published|released|commissioned|compiled|conducted|carried\s+out)(?:\s+\w+){0,2}?\s+(?P<by>by)\s+"),
}
_MADE_TAIL_RE = {
    "sv": re.compile(
        r"\s+(?:har|hade)\s+(?:låtit\s+(?:göra|genomföra|ta\s+fram)|gjort|genomfört|tagit\s+fram|beställt|publicerat)(?!\w)"
    ),
}


@lru_cache(maxsize=None)
def _verb_re(language: str) -> re.Pattern[str]:
    verbs = load_lines(supported(language), "finding_verbs")
    return re.compile(rf"(?<!\w)(?:{trie_alternation(verbs)})(?!\w)", re.IGNORECASE)


def is_document(word: str, language: str) -> bool:
    """A noun of a document or of research ("enkät", "utredningen", "study")."""
    return bool({"document", "research"} & source_class(word, language))


def _research(word: str, language: str) -> bool:
    """A document that shows something: research, or figures someone published."""
    return bool({"research", "statistics"} & source_class(word, language))


def findings(ctx: RuleContext) -> list[Candidate]:
    """ "Tysk forskning visar att ...", "Det visar en ny studie från KI": see the module."""
    text, block, voc = ctx.text, ctx.block, ctx.voc
    lang = voc.language
    pattern = _verb_re(lang)
    out: list[Candidate] = []
    seen: set[int] = set()
    for start, _ in block.rule_words:
        m = pattern.match(text, start, block.end)
        if m is None or start in seen or inside(start, ctx.covered):
            continue
        seen.add(start)
        sent_start, sent_end = block.sentence_at(start)
        det = _DET_RE[lang].match(text, sent_start, start)
        comma = text.rfind(",", sent_start, start)
        if det is not None and det.end() == start:
            cand = _shown_by(ctx, m, (sent_start, sent_end))
        elif lang == "sv" and comma > sent_start and not text[comma + 1 : start].strip():
            # "Resenärerna anger klimatet som skäl, visar en enkät som X har låtit göra."
            cand = _shown_by(ctx, m, (sent_start, sent_end), clause=(sent_start, comma))
        else:
            cand = _research_subject(ctx, m, (sent_start, sent_end))
        if cand is not None:
            out.append(cand)
    return out


def _research_subject(ctx: RuleContext, verb: re.Match[str], sentence: tuple[int, int]) -> Candidate | None:
    text, voc = ctx.text, ctx.voc
    lang = voc.language
    sent_start, sent_end = sentence
    toks = window_tokens(text, max(sent_start, verb.start() - WINDOW), verb.start(), MAX_SUBJECT_WORDS + 8)
    noun = next((k for k, t in enumerate(toks) if _research(t[2], lang)), None)
    if noun is None:
        return _official_found(ctx, verb, sentence)
    if len(toks) > MAX_SUBJECT_WORDS + 6:
        return None
    if any(t[2].casefold() in _NO_RESEARCH for t in toks[max(0, noun - 3) : noun]):
        return None  # "Det finns ingen studie som visar det": no finding
    ref = _issuer(ctx, toks, noun, verb.start())
    if ref is None and "research" not in source_class(toks[noun][2], lang):
        return None  # "Figures published last week showed ...": facts, unless someone published them
    if ref is None:
        # "Tysk forskning", "Studier", "Previous research": the research itself, unnamed.
        first = noun
        while (
            first > 0
            and toks[first - 1][2].isalpha()
            and toks[first - 1][2] not in _STOPS
            and toks[first - 1][2].casefold() not in _PREPOSITIONS
            and noun - first < 2
        ):
            first -= 1
        ref = SpeakerRef(toks[first][0], toks[noun][1], "unnamed", None, first == 0, True)
    ref = _cited_by(ctx, sent_end) or ref
    body = verb.end()
    that = _THAT_RE[lang].match(text, body, sent_end)
    if that is not None:
        body = that.end()
    span = trim_sentence_end(text, body, sent_end)
    if span[1] - span[0] < 3:
        return None
    return Candidate(span[0], span[1], "indirect", (toks[0][0], verb.end()), ref, paragraph=ctx.block.index,
                     needs_speaker=True)


def _official_found(ctx: RuleContext, verb: re.Match[str], sentence: tuple[int, int]) -> Candidate | None:
    """ "the city auditor found that ...", "inspektionen konstaterar att ...": an office or an
    organization (not a person, whose "found that" is often what happened to them) states a finding."""
    text, voc = ctx.text, ctx.voc
    sent_start, sent_end = sentence
    that = _THAT_RE[voc.language].match(text, verb.end(), sent_end)
    if that is None:
        return None
    ref = speaker_before(text, verb.start(), sent_start, voc)
    if ref is None or ref.kind != "noun":
        return None
    span = trim_sentence_end(text, that.end(), sent_end)
    if span[1] - span[0] < 3:
        return None
    return Candidate(span[0], span[1], "indirect", (ref.start, verb.end()), ref, paragraph=ctx.block.index,
                     needs_speaker=True)


def document_issuer(ctx: RuleContext, toks: list[tuple[int, int, str]], noun: int, limit: int) -> SpeakerRef | None:
    """Who issued the document at ``toks[noun]``, or None (``_issuer``)."""
    return _issuer(ctx, toks, noun, limit)


def _issuer(ctx: RuleContext, toks: list[tuple[int, int, str]], noun: int, limit: int) -> SpeakerRef | None:
    """Who issued the research: "från Skolverket" after the noun, "Läkarförbundets" before it."""
    text, voc = ctx.text, ctx.voc
    k = noun + 1
    while k < len(toks) and toks[k][2].casefold() not in _ISSUER_WORDS[voc.language] and k - noun < 2:
        k += 1
    if k < len(toks) and toks[k][2].casefold() in _ISSUER_WORDS[voc.language] and k + 1 < len(toks):
        ref = speaker_after(text, toks[k + 1][0], limit, voc)
        if ref is not None and ref.kind in ("name", "noun"):
            return ref
    made = _MADE_BY_RE.get(voc.language)
    m = made.match(text, toks[noun][1], limit) if made is not None else None
    if m is not None:
        # "provtagningar som Söderköpings Vatten har gjort", "figures published by the Campaign for X"
        ref = speaker_after(text, m.end(), limit, voc)
        if ref is not None and ref.kind in ("name", "noun"):
            tail = _MADE_TAIL_RE.get(voc.language)
            if m.group("by") or tail is not None and tail.match(text, ref.end, limit):
                return ref
    for j in range(noun - 1, max(-1, noun - 3), -1):
        word = toks[j][2]
        if is_genitive_modifier(word, voc.language) and word[:1].isupper():
            first = j
            while first > 0 and toks[first - 1][2][:1].isupper() and toks[first - 1][2].isalpha():
                first -= 1
            return SpeakerRef(toks[first][0], toks[j][1], "name")
    return None


def _shown_by(
    ctx: RuleContext, verb: re.Match[str], sentence: tuple[int, int], clause: tuple[int, int] | None = None
) -> Candidate | None:
    """ "Det visar Socialstyrelsens senaste mätning.": the sentence before is the issuer's
    (``clause``: the words before ", visar en enkät ..." in the same sentence)."""
    text, block, voc = ctx.text, ctx.block, ctx.voc
    sent_start, sent_end = sentence
    if clause is None and sent_start <= block.start:
        return None
    toks = window_tokens(text, verb.end(), sent_end, MAX_SUBJECT_WORDS)
    noun = next((k for k, t in enumerate(toks) if _research(t[2], voc.language)), None)
    if noun is None:
        return None
    ref = _issuer(ctx, toks, noun, sent_end)
    if ref is None:
        ref = SpeakerRef(toks[0][0], toks[noun][1], "unnamed", None, False, True)  # "Det visar en ny studie."
    if clause is not None:
        if ref.kind == "unnamed" and noun > 2:
            return None  # ", visar att ..." with research somewhere later: not this construction
        span = trim(text, *clause)
    else:
        prev_start, _ = block.sentence_at(sent_start - 1)
        span = trim(text, prev_start, sent_start)
        span = trim_sentence_end(text, *span)
    if span[1] <= span[0] or inside(span[0], ctx.covered):
        return None
    return Candidate(span[0], span[1], "indirect", (verb.start(), ref.end), ref, paragraph=block.index,
                     needs_speaker=True)


def _cited_by(ctx: RuleContext, after: int) -> SpeakerRef | None:
    """A person's "enligt X" closing the paragraph after the research: X cites it."""
    for start, _ in ctx.block.according:
        if start < after:
            continue
        _, end = ctx.block.sentence_at(start)
        found = according_after(ctx.text, start, end, ctx.voc)
        if found is not None and found[1].kind in ("name", "pronoun") and end >= ctx.block.end - 1:
            return found[1]
    return None


# "I en brandteknisk undersökning som ingår i förundersökningen konstateras att ...", "Av rapporten
# framgår att ...": what a document states, in the passive; its issuer ("från X", "X:s") speaks it,
# else the document as an unnamed source (a definite one: whoever issued it, named before).
_STATED_IN_RE = re.compile(r"(?:I|Av)\s+")
_STATED_VERB_RE = re.compile(
    r"(?<!\w)(?:konstateras|framgår|framhålls|påpekas|betonas|understryks|slås\s+(?:det\s+)?fast|fastslås)"
    r"(?:\s+(?:det|också|även|dock|vidare|bland\s+annat))*\s+att(?!\w)"
)
_STATED_OPEN_WORDS = frozenset("en ett den det sin sitt sina dess deras".split())


def stated_in_document(ctx: RuleContext) -> list[Candidate]:
    """ "I en ny rapport från Skolverket konstateras att ...": see ``_STATED_IN_RE``."""
    text, block, voc = ctx.text, ctx.block, ctx.voc
    if voc.language != "sv":
        return []
    out: list[Candidate] = []
    seen: set[int] = set()
    for start, _ in block.rule_words:
        verb = _STATED_VERB_RE.match(text, start, block.end)
        if verb is None or inside(start, ctx.covered):
            continue
        sent_start, sent_end = block.sentence_at(start)
        if sent_start in seen:
            continue
        opener = _STATED_IN_RE.match(text, sent_start, start)
        if opener is None:
            continue
        toks = window_tokens(text, opener.end(), start, MAX_SUBJECT_WORDS)
        if not toks or len(toks) >= MAX_SUBJECT_WORDS:
            continue
        first = 1 if toks[0][2].casefold() in _STATED_OPEN_WORDS else 0
        noun = next(
            (k for k in range(first, min(len(toks), first + 3)) if "document" in source_class(toks[k][2], voc.language)),
            None,
        )
        if noun is None:
            continue  # "I dag konstateras att ...": no document
        seen.add(sent_start)
        ref = _issuer(ctx, toks, noun, start)
        if ref is None:
            definite = first == 0 and toks[noun][2].casefold().endswith(("en", "et", "na"))
            ref = SpeakerRef(toks[0][0], toks[noun][1], "document" if definite else "unnamed", None, False, not definite)
        span = trim_sentence_end(text, verb.end(), sent_end)
        if span[1] - span[0] < 3:
            continue
        out.append(Candidate(span[0], span[1], "indirect", (sent_start, verb.end()), ref, paragraph=block.index,
                             needs_speaker=True))
    return out


# "Det är slutsatsen i en ny rapport från Statskontoret.": the sentence before is the document's.
_CONCLUSION_RE = re.compile(
    r"(?:Det|Detta|Så)\s+(?:är|var|blir)\s+(?:också\s+|även\s+)?(?:i\s+korthet\s+)?"
    r"(?P<word>slutsatsen|slutsatserna|bedömningen|resultatet|budskapet)\s+(?:i|av|från)\s+"
)


def conclusion_of(ctx: RuleContext) -> list[Candidate]:
    """ "... Det är slutsatsen i en ny rapport från X.": the sentence before is X's (or the
    document's, unnamed, when it names no issuer)."""
    text, block, voc = ctx.text, ctx.block, ctx.voc
    if voc.language != "sv":
        return []
    out: list[Candidate] = []
    for start, _ in block.rule_words:
        sent_start, sent_end = block.sentence_at(start)
        if sent_start <= block.start or start - sent_start > 30 or inside(start, ctx.covered):
            continue
        m = _CONCLUSION_RE.match(text, sent_start, sent_end)
        if m is None or m.start("word") != start:
            continue
        toks = window_tokens(text, m.end(), sent_end, MAX_SUBJECT_WORDS)
        first = 1 if toks and toks[0][2].casefold() in ("en", "ett", "den", "det") else 0
        noun = next((k for k in range(first, min(len(toks), first + 3)) if is_document(toks[k][2], voc.language)), None)
        if noun is None:
            continue
        ref = _issuer(ctx, toks, noun, sent_end) or SpeakerRef(toks[0][0], toks[noun][1], "unnamed", None, False, True)
        prev_start, _ = block.sentence_at(sent_start - 1)
        span = trim_sentence_end(text, *trim(text, prev_start, sent_start))
        if span[1] <= span[0] or inside(span[0], ctx.covered):
            continue
        out.append(Candidate(span[0], span[1], "indirect", (sent_start, ref.end), ref, paragraph=block.index,
                             needs_speaker=True))
    return out
