"""Quotes in the headline: the main speaker's words before the article names them.

"Forskaren: ”Vi ser en tydlig ökning”", "Ministern om skatten: Det är för tidigt", "”Ett lyft
för hela Umeå” – men kritiker tvekar", "'We were nowhere near it': Barnes frustrated" are
direct quotes; "IVO kritiserar regionen", "Met Police apologises for …" name a speaker with a
reporting verb and are reported speech. The speaker is the one the article then quotes on that
claim: coreference links each headline quote to the body quote that shares its words, else to
the speaker its left side or subject names, else to the article's first direct quote
(``coreference.headline_links``). Labels before a colon ("Ledare:", "Replik:", "Analysis:")
name no speaker, and a short title in quotation marks (”Vildanden”) is no quote.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.core.analysis.speech.candidates import Candidate, SpeakerRef, trim
from desktop_app.core.analysis.speech.descriptions import is_collective, is_person_word
from desktop_app.core.analysis.speech.quote_marks import marked_spans
from desktop_app.core.analysis.speech.speaker_before import speaker_before
from desktop_app.core.analysis.text.blocks import Block
from desktop_app.core.analysis.text.language import supported
from desktop_app.core.analysis.text.lexicon import load_folded
from desktop_app.core.analysis.text.tokenizer import TOKEN_RE
from desktop_app.core.analysis.speech.word_classes import source_class
from desktop_app.core.analysis.text.vocabulary import Vocabulary, is_definite_noun

MAX_LEFT_WORDS = 6  # the speaker side of a colon headline: "Socialchefen till föräldrarna"
_COLON_RE = re.compile(r":\s+(?=\S)")
_SINGLE_RE = re.compile(r"(?<!\w)[‘'](?=\w)[^‘’'\n]{2,200}?(?<=[\w.!?])[’'](?!\w)")
_SEPARATORS = " \t–—−―-:,;"
# "…, court hears", "…, a court has heard", "…, jury told": what the prosecution told the court.
_COURT_RE = re.compile(r",\s+(?:an?\s+)?(?:court|jury|tribunal|inquest)\s+(?:hears|heard|has\s+heard|told|is\s+told|was\s+told)\s*\.?$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _evaluation_verbs(language: str) -> frozenset[str]:
    return load_folded(supported(language), "evaluation_verbs")


@lru_cache(maxsize=None)
def labels(language: str) -> frozenset[str]:
    """Words before a colon that label the text, not a speaker: "Ledare", "Replik", "Analysis"."""
    return load_folded(supported(language), "headline_labels")


def _is_label(left: str, language: str) -> bool:
    words = " ".join(left.casefold().split())
    return words in labels(language) or words.split(" ", 1)[0] in labels(language)


def headline_quotes(text: str, title: Block, voc: Vocabulary) -> list[Candidate]:
    """The quotes of the title paragraph, each marked ``headline``."""
    start, end = title.start, title.end
    marked = [m for m in marked_spans(text, start, end) if _speech_like(text, m[1], m[2])]
    if not marked:  # English headlines quote in single marks: 'We were nowhere near it'
        marked = [
            (m.start(), m.start() + 1, m.end() - 1, m.end() - 1)
            for m in _SINGLE_RE.finditer(text, start, end)
            if _speech_like(text, m.start() + 1, m.end() - 1)
        ]
    left = _colon_left(text, start, end, voc.language)
    if marked:
        ref = _left_ref(text, start, left) if left is not None and left < marked[0][0] else None
        return [_headline(text, qs, qe, "direct", ref, title.index) for _, qs, qe, _ in marked]
    if left is not None:
        colon = _COLON_RE.search(text, left, end)
        ref = _left_ref(text, start, left)
        if colon is not None and _may_speak(text[ref.start : ref.end], voc):
            return [_headline(text, colon.end(), end, "direct", ref, title.index)]
    return _reported(text, title, voc)


def _may_speak(phrase: str, voc: Vocabulary) -> bool:
    """The left side of a colon headline without quotation marks names someone who may speak
    ("Forskaren", "IVO", "Länsstyrelsen", "Vittnen", "Anna Ek"), not a topic ("Gasläckan i
    Stenungsund: Tusentals fick hålla sig inomhus")."""
    words = phrase.split()
    head = words[0] if words else ""
    low = head.casefold()
    if not head or head.isupper() or len(words) > 1 and all(w[:1].isupper() for w in words):
        return True  # "IVO", "ÖB", "Yorkshire captain Daniel Hirst" (a name)
    if voc.language != "sv" or not is_definite_noun(low, "sv"):
        return True  # only a Swedish definite common noun can be a topic here ("Gasläckan", "Branden")
    return (
        is_person_word(head, voc)
        or is_collective(head, "sv")
        or low in voc.org_nouns
        or low in voc.group_nouns
        or bool(source_class(low, "sv"))
        or low in _names("sv")
    )


@lru_cache(maxsize=None)
def _names(language: str) -> frozenset[str]:
    """Surnames and organizations a headline may open with ("Ericsson:", "Skolverket:")."""
    return load_folded(supported(language), "surnames") | load_folded(supported(language), "organizations")


def _headline(text: str, start: int, end: int, kind: str, ref: SpeakerRef | None, index: int) -> Candidate:
    start, end = trim(text, start, end, _SEPARATORS + "”\"»“«'‘’")
    return Candidate(start, end, kind, None, ref, follow=ref is None, paragraph=index, headline=True)


def _speech_like(text: str, start: int, end: int) -> bool:
    """Words, not a title: two words or more, or a sentence ("”Vildanden”" is a play)."""
    words = text[start:end].split()
    return len(words) >= 3 or len(words) == 2 and text[start].islower() or text[end - 1:end] in (".", "!", "?")


def _colon_left(text: str, start: int, end: int, language: str) -> int | None:
    """Where the speaker side of a colon headline ends ("Forskaren: ..."), or None."""
    colon = _COLON_RE.search(text, start, end)
    if colon is None:
        return None
    # The speaker side may follow a dash: "Skolan läggs ned – föräldrarna: ”…”".
    left_start = start
    for dash in re.finditer(r"\s[–—-]\s", text[start : colon.start()]):
        left_start = start + dash.end()
    left = text[left_start : colon.start()]
    words = left.split()
    if not 1 <= len(words) <= MAX_LEFT_WORDS or _is_label(left, language) or any(ch.isdigit() for ch in left[-3:]):
        return None
    return colon.start()


def _left_ref(text: str, start: int, left_end: int) -> SpeakerRef:
    """The speaker side as a phrase: its first words up to "om", "efter", "till", "inför"."""
    toks = [m for m in TOKEN_RE.finditer(text, start, left_end)]
    for dash in re.finditer(r"\s[–—-]\s", text[start:left_end]):
        toks = [m for m in toks if m.start() >= start + dash.end()]
    head: list[re.Match[str]] = []
    for tok in toks:
        if head and tok.group().casefold() in _LEFT_STOPS:
            break
        head.append(tok)
    if not head:
        head = toks
    phrase_start, phrase_end = head[0].start(), head[-1].end()
    kind = "name" if all(t.group()[:1].isupper() for t in head) and len(head) > 1 else "noun"
    return SpeakerRef(phrase_start, phrase_end, kind, None, True)


_LEFT_STOPS = frozenset("om efter till inför i på vid about on after to at before".split())


def _reported(text: str, title: Block, voc: Vocabulary) -> list[Candidate]:
    """ "SMHI varnar för snöfall", "Met Police apologises for …", "…, court hears"."""
    court = _COURT_RE.search(text, title.start, title.end)
    if court is not None:
        start, end = trim(text, title.start, court.start())
        ref = SpeakerRef(court.start(), court.end(), "court")
        return [Candidate(start, end, "indirect", (court.start() + 1, court.end()), ref, paragraph=title.index,
                          headline=True)]
    out: list[Candidate] = []
    judging = [(s, e) for s, e in title.rule_words if text[s:e].casefold() in _evaluation_verbs(voc.language)]
    for verb_start, verb_end in list(title.verbs) + judging:
        ref = speaker_before(text, verb_start, title.start, voc)
        if ref is None:
            ref = _role_subject(text, title.start, verb_start, voc)
        if ref is None or ref.kind in ("pronoun", "plural", "it"):
            continue
        stop = _clause_end(text, verb_end, title.end)
        start, end = trim(text, verb_end, stop)
        if end > start:
            out.append(Candidate(start, end, "indirect", (ref.start, verb_end), ref, paragraph=title.index,
                                 headline=True))
    return out


_COURT_LEAD_RE = re.compile(
    r",\s+(?:an?|the)\s+(?:court|jury|tribunal|inquest)\s+(?:has\s+heard|heard|hears|was\s+told|has\s+been\s+told)\s*[.]?$",
    re.IGNORECASE,
)


_COURT_OPENS_RE = re.compile(
    r"\s*(?P<who>(?:The\s+)?(?:court|jury|Court|Jury|Jurors|jurors))\s+(?:heard|were\s+told|was\s+told)\s+(?:that\s+)?",
)


def court_heard(ctx) -> list[Candidate]:
    """ "A care home worker stole £48,000 from residents, a court has heard.": what the
    prosecution told the court, before the article names the prosecutor (resolved after the
    body, like a headline)."""
    text, block = ctx.text, ctx.block
    if ctx.voc.language != "en":
        return []
    low = text[block.start : block.end].casefold()
    if "court" not in low and "jur" not in low:
        return []
    out = []
    for sent_start, sent_end in block.sentences:
        m = _COURT_LEAD_RE.search(text, sent_start, sent_end)
        if m is None:
            opening = _COURT_OPENS_RE.match(text, sent_start, sent_end)
            if opening is not None:
                # "The court heard that Whitfield had been cycling home ...": the prosecution's account.
                start, end = trim(text, opening.end(), sent_end)
                ref = SpeakerRef(opening.start("who"), opening.end("who"), "court")
                out.append(Candidate(start, end, "indirect", (opening.start(), opening.end()), ref,
                                     paragraph=block.index, headline=True))
            continue
        start, end = trim(text, sent_start, m.start())
        ref = SpeakerRef(m.start() + 1, m.end(), "court")
        out.append(Candidate(start, end, "indirect", (m.start() + 1, m.end()), ref, paragraph=block.index,
                             headline=True))
    return out


def _clause_end(text: str, pos: int, end: int) -> int:
    """A headline's clause ends at " as ", " – ", ";" or ", ": "... target as critics warn"."""
    m = re.compile(r"\s+(?:as|while|när|medan|men|but)\s+|\s[–—-]\s|[;,]\s").search(text, pos, end)
    return m.start() if m else end


def _role_subject(text: str, start: int, verb: int, voc: Vocabulary) -> SpeakerRef | None:
    """ "Minister defends …", "Åklagaren yrkar …": a headline's subject may be a bare role."""
    words = list(TOKEN_RE.finditer(text, start, verb))
    if len(words) == 1 and voc.is_role_word(words[0].group()):
        return SpeakerRef(words[0].start(), words[0].end(), "noun", None, True)
    return None
