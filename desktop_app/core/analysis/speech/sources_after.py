"""Reported speech whose source is named after the words: "..., as some volunteers had
claimed, ...", "Mannen har gripits. Uppgifterna bekräftas av polisen." Each public function is
a rule of ``rules.REPORTED_RULES``.
"""

from __future__ import annotations

import re

from desktop_app.core.analysis.speech.candidates import Candidate, RuleContext, inside, trim, trim_sentence_end
from desktop_app.core.analysis.speech.speaker_phrase import speaker_after
from desktop_app.core.analysis.speech.speaker_before import speaker_before

_AS_CLAIMED_RE = re.compile(
    r",\s+(?:as|som)\s+(?P<who>[^,;:]{2,50}?)\s+(?:had\s+|have\s+|has\s+|hade\s+|har\s+)?"
    r"(?P<verb>claimed|said|suggested|reported|alleged|argued|feared|warned|predicted|påstått|hävdat|sagt|befarat)(?!\w)"
)


def as_claimed(ctx: RuleContext) -> list[Candidate]:
    """ "Asked whether the search had been scaled back, as some volunteers had claimed, ...":
    the clause before ", as X claimed" is X's claim."""
    text, block, voc = ctx.text, ctx.block, ctx.voc
    out: list[Candidate] = []
    if not block.verbs or ", as " not in text[block.start : block.end] and ", som " not in text[block.start : block.end]:
        return out
    for verb_start, _ in block.verbs:
        sent_start, sent_end = block.sentence_at(verb_start)
        m = _AS_CLAIMED_RE.search(text, max(sent_start, verb_start - 80), min(sent_end, verb_start + 20))
        if m is None or m.start("verb") != verb_start or inside(verb_start, ctx.covered):
            continue
        ref = speaker_before(text, verb_start, m.start("who"), voc)
        if ref is None or ref.kind in ("pronoun", "plural", "it"):
            continue
        span = trim(text, sent_start, m.start())
        if span[1] - span[0] > 2:
            out.append(Candidate(span[0], span[1], "indirect", (ref.start, m.end("verb")), ref, paragraph=block.index))
    return out


_CONFIRMED_BY_RE = {
    "sv": re.compile(
        r"\s*(?:Uppgifterna|Uppgiften|Det|Detta|Beskedet|Informationen|Siffrorna)\s+(?:bekräftas|bekräftades|"
        r"har\s+bekräftats|uppges|meddelas|meddelades)\s+(?:också\s+|även\s+)?av\s+"
    ),
    "en": re.compile(
        r"\s*(?:The\s+(?:reports?|figures?|information|news|details?)|This|That|It)\s+(?:was|were|has\s+been|have\s+been)"
        r"\s+confirmed\s+by\s+"
    ),
}


def confirmed_by(ctx: RuleContext) -> list[Candidate]:
    """ "Uppgifterna bekräftas av polisen.", "That was confirmed by the ministry.": the sentence
    before (or this one, when it opens the paragraph) is what the source confirms."""
    text, block, voc = ctx.text, ctx.block, ctx.voc
    pattern = _CONFIRMED_BY_RE.get(voc.language)
    if pattern is None or not block.rule_words:
        return []
    out: list[Candidate] = []
    for sent_start, sent_end in block.sentences:
        m = pattern.match(text, sent_start, sent_end)
        if m is None or inside(sent_start, ctx.covered):
            continue
        ref = speaker_after(text, m.end(), sent_end, voc, allow_object=True)
        if ref is None or ref.kind in ("plural", "pronoun"):
            continue
        if sent_start > block.start:
            span = trim_sentence_end(text, *trim(text, block.sentence_at(sent_start - 1)[0], sent_start))
        else:
            span = trim_sentence_end(text, sent_start, sent_end)
        if span[1] > span[0]:
            out.append(Candidate(span[0], span[1], "indirect", (m.start(), ref.end), ref, paragraph=block.index))
    return out
