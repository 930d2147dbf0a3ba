"""Claims: sentences that take a position, with who holds it and the terms it is about.

A sentence is a claim when it holds a claim cue (``kinds``); the speaker is the speaker of the
quote the cue sits in (the authors, in an opinion piece) or nobody, for the outlet's own
narration. Terms are stemmed content words (``terms``), so claims of two texts can be matched
by topic.
"""

from __future__ import annotations

from bisect import bisect_right

from desktop_app.core.analysis.claims.kinds import claim_cues, strongest
from desktop_app.core.analysis.claims.terms import claim_terms
from desktop_app.core.analysis.model import Claim, Quote
from desktop_app.core.analysis.text.blocks import Block
from desktop_app.core.analysis.text.cue_scan import CueHits, scan_cues


class _QuoteIndex:
    """Which quote (its words or its cue) holds a position."""

    def __init__(self, quotes: list[Quote]) -> None:
        spans: list[tuple[int, int, Quote, bool]] = []
        seen: set[tuple[int, int]] = set()
        for q in quotes:
            if (q.start, q.end) in seen:
                continue  # co-authors' quotes share a span: the first author holds its claims
            seen.add((q.start, q.end))
            spans.append((q.start, q.end, q, True))
            if q.cue is not None:
                spans.append((q.cue.start, q.cue.end, q, False))
        spans.sort(key=lambda s: (s[0], s[1]))
        self.spans = spans
        self.starts = [s[0] for s in spans]

    def at(self, pos: int) -> tuple[Quote, bool] | None:
        i = bisect_right(self.starts, pos) - 1
        # Spans may nest (an author quote around a cue); look back a few for the innermost.
        best: tuple[int, Quote, bool] | None = None
        for j in range(i, max(-1, i - 6), -1):
            start, end, quote, words = self.spans[j]
            if start <= pos < end and (best is None or end - start < best[0]):
                best = (end - start, quote, words)
        return None if best is None else (best[1], best[2])


def find_claims(
    text: str,
    blocks: list[Block],
    quotes: list[Quote],
    language: str,
    low: str | None = None,
    hits: CueHits | None = None,
) -> list[Claim]:
    """Claims in the body blocks; ``quotes`` decide who holds each one.

    ``hits`` are the document's cue words (``cue_scan``); scanned here when not given.
    """
    if not blocks:
        return []
    if hits is None:
        hits = scan_cues(text, low, language)
    index = _QuoteIndex(quotes)
    starts = [b.start for b in blocks]
    first: dict[tuple[int, int], dict[str, int]] = {}
    owner: dict[tuple[int, int], Block] = {}
    for pos, kind in claim_cues(text, low, blocks[0].start, blocks[-1].end, language, hits):
        i = bisect_right(starts, pos) - 1
        if i < 0 or pos >= blocks[i].end:
            continue
        sentence = blocks[i].sentence_at(pos)
        kinds = first.setdefault(sentence, {})
        if kind not in kinds or pos < kinds[kind]:
            kinds[kind] = pos
        owner[sentence] = blocks[i]
    claims: list[Claim] = []
    for (sent_start, sent_end), hits in sorted(first.items()):
        kind = strongest(hits)
        pos = hits[kind]
        holder = index.at(pos)
        speaker = None
        start, end = sent_start, sent_end
        words = ""
        if holder is not None:
            quote, in_words = holder
            speaker = quote.speaker
            if in_words:
                start, end = max(sent_start, quote.start), min(sent_end, quote.end)
            elif quote.cue is not None:
                # The topic is what is said, not who says it: leave the cue's words out.
                words = text[start : max(start, quote.cue.start)] + " " + text[min(end, quote.cue.end) : end]
        if end <= start:
            continue
        claims.append(Claim(speaker, kind, start, end, claim_terms(words or text[start:end], language)))
    return claims
