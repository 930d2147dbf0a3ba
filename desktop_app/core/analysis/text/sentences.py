"""Sentences as character spans inside a paragraph.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (plus any closing quotation mark or bracket)
when the next word starts like a sentence: a capital, a digit, a dash or an opening quotation
mark. Abbreviations ("bl.a.", "t.ex.", "Mr.") and initials ("J. Smith") do not end one, and
"– Varför? säger hon." stays one sentence, so the cue keeps its quote.
"""

from __future__ import annotations

import re

# Abbreviations whose last period does not end a sentence (compared case-folded, without dots).
ABBREVIATIONS = frozenset(
    """
    bl t ex m fl dvs d v s osv s k ca cirka kl nr jfr resp st sk p g a o s v f d fr o m t o m
    tel mr mrs ms dr prof jr sr st vs etc e g i e inc ltd co corp gen col lt sgt rep sen gov
    no jan feb mar apr jun jul aug sep sept okt oct nov dec mån tis ons tors fre lör sön
    """.split()
)

# The end punctuation, then (looked at, not taken) the spaces and the next word's first character.
_END_RE = re.compile(r"[.!?…]+[”\"»’')\]]*(?=\s+(\S)?)")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)\.?$")
_SENTENCE_START_CHARS = "–—−―-\"”“«»„'(["


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` (one paragraph) into trimmed sentence spans, in order."""
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _END_RE.finditer(text, start, end):
        ch = match.group(1)
        if ch is None:
            break  # only spaces follow: the paragraph's last sentence
        if not (ch.isupper() or ch.isdigit() or ch in _SENTENCE_START_CHARS):
            continue
        stop = match.end()
        nxt = match.start(1)
        body = match.group()
        dot = match.start()
        # Six letters before the period make a word longer than any abbreviation.
        long_word = dot - 6 >= begin and text[dot - 6 : dot].isalpha()
        if body[0] == "." and not long_word and len(body.rstrip("”\"»’')]")) == 1:
            before = _WORD_BEFORE_RE.search(text, max(begin, match.start() - 12), match.start())
            if before:
                word = before.group(1)
                if word.casefold() in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                    continue
        _append_trimmed(text, begin, stop, spans)
        begin = nxt
    _append_trimmed(text, begin, end, spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
