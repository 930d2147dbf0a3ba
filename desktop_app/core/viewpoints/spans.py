"""Span arithmetic for positions: whose words lie where, cut at sentence ends and around the words
a speaker only reports of others."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from desktop_app.core.viewpoints.model import AUTHORS_KEY, TEXT_KEY

LEAD_IN_WORDS = 12  # at most this many words before someone else's words are only their lead-in


def inside_any(s: int, e: int, spans: Iterable[tuple[int, int]], overlap: bool = False) -> bool:
    for a, b in spans:
        if overlap and a < e and s < b:
            return True
        if not overlap and a <= s and e <= b:
            return True
    return False


def voiced_pieces(voiced, reported, sentences, sent_starts, text: str) -> list[tuple[int, int, str, tuple[int, int]]]:
    """(start, end, speaker key, sentence) of every speaker's words, cut at sentence ends.

    The authors' (and the text's) spans lose what they only report of others, the words of
    unnamed speakers included, and the short lead-in to such words ("Polisen menar att").
    """
    by_key: dict[str, list[tuple[int, int]]] = {}
    for s, e, k in voiced:
        by_key.setdefault(k, []).append((s, e))
    others_of: dict[str, list[tuple[int, int]]] = {}
    for key in (AUTHORS_KEY, TEXT_KEY):
        if key in by_key:
            others = [(s, e) for s, e, k in voiced if k not in (AUTHORS_KEY, TEXT_KEY)] + list(reported)
            others_of[key] = merge_spans(others)
    out = []
    for key, spans in by_key.items():
        merged = merge_spans(spans)
        holes = others_of.get(key)
        if holes:
            merged = subtract_spans(merged, holes)
            hole_starts = {h[0] for h in holes}
        for s, e in merged:
            i = max(0, bisect.bisect_right(sent_starts, s) - 1)
            while i < len(sentences) and sentences[i][0] < e:
                a, b = sentences[i]
                lo, hi = max(a, s), min(b, e)
                if lo < hi and not (holes and _lead_in(text, lo, hi, hole_starts)):
                    out.append((lo, hi, key, (a, b)))
                i += 1
    out.sort(key=lambda p: (p[0], p[1]))
    return out


def _lead_in(text: str, start: int, end: int, hole_starts: set[int]) -> bool:
    """A few words that only introduce someone else's words: "Handlarna menar att"."""
    gap = end
    while gap < len(text) and text[gap] in " \t":
        gap += 1
    return (gap in hole_starts or end in hole_starts) and len(text[start:end].split()) <= LEAD_IN_WORDS


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def subtract_spans(spans: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    hole_starts = [h[0] for h in holes]
    for s, e in spans:
        cur = s
        i = max(0, bisect.bisect_right(hole_starts, s) - 1)
        while i < len(holes) and holes[i][0] < e:
            hs, he = holes[i]
            if he > cur:
                if hs > cur:
                    out.append((cur, hs))
                cur = max(cur, he)
            i += 1
        if cur < e:
            out.append((cur, e))
    return out
