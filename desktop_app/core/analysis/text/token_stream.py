"""A text as alternating whitespace and tokens, with the questions every rule asks of it:
are two tokens on one line, does a capital start a sentence, is a line a headline.

Character offsets are only summed when a caller needs them, which keeps long texts cheap.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate, compress, repeat
from operator import contains

from desktop_app.core.analysis.text.tokenizer import split_tokens

OPENERS = frozenset("\"'“”„«»‘’([{–—-•*")
ENDERS = frozenset(".!?:…")
ABBREVIATIONS = frozenset(
    ("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
     "rev", "st", "jr", "sr", "fr", "mt", "no")
)
# capital letters (Latin, Greek, Cyrillic) that make a word count as capitalized in a headline
CAPITALS = frozenset(chr(c) for c in range(0x41, 0x530) if chr(c).isupper())


class TokenStream:
    """The tokens of one text: ``words[k]`` with ``gaps[k]``, the whitespace before it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words, self.gaps = _split(text)
        self.n = len(self.words)
        self._headlines = self._find_headlines()
        self._line_breaks: list[int] | None = None
        self._line_counts: list[int] = []

    def joined(self, i: int) -> bool:
        """True when token i follows token i-1 on the same line, separated by spaces only."""
        gap = self.gaps[i]
        return bool(gap) and "\n" not in gap

    def initial(self, i: int) -> bool:
        """True when the capital of token i says nothing: sentence start, line start, headline."""
        words, gaps = self.words, self.gaps
        j = i - 1
        while j >= 0 and words[j] in OPENERS and i - j < 4:
            j -= 1
        if j < 0:
            return True
        if words[j] in ENDERS:
            abbreviation = (
                words[j] == "."
                and j > 0
                and not gaps[j]
                and (
                    words[j - 1].casefold() in ABBREVIATIONS
                    or (len(words[j - 1]) == 1 and words[j - 1].isalpha())
                )
            )
            if not abbreviation:
                return True
        if "\n" in gaps[i] or (j < i - 1 and any("\n" in gaps[k] for k in range(j + 1, i))):
            return True
        return self.in_headline(i)

    def _find_headlines(self) -> set[int]:
        """Line numbers of title-case or all-caps lines, where capitals mean nothing."""
        lines: set[int] = set()
        for number, line in enumerate(_lines(self.text)):
            if len(line) < 600 and line.count(" ") >= 3:
                words = line.split(None, 25)  # 26 parts: too long for a headline
                count = len(words)
                if 4 <= count <= 25:
                    need = 0.7 * count  # words that start with a capital
                    other = 0
                    for word in words:  # stop at the first lowercase word too many
                        if word[0] not in CAPITALS:
                            other += 1
                            if count - other < need:
                                break
                    else:
                        lines.add(number)
        return lines

    def in_headline(self, i: int) -> bool:
        if not self._headlines:
            return False
        if self._line_breaks is None:  # token index of each line break, and lines so far
            gaps = self.gaps
            breaks = list(compress(range(len(gaps)), map(contains, gaps, repeat("\n"))))
            counts = list(accumulate(gaps[k].count("\n") for k in breaks))
            self._line_breaks, self._line_counts = breaks, counts
        k = bisect_right(self._line_breaks, i) - 1
        return (self._line_counts[k] if k >= 0 else 0) in self._headlines

    def char_spans(self, found: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str, int, int]]:
        """Character offsets of sorted token ranges, as (start, end, kind, i, j); a range that
        overlaps the one before it is left out (offsets are summed lazily, in order)."""
        words, gaps = self.words, self.gaps
        pos, k = 0, 0  # pos is the offset where gaps[k] starts
        for i, j, kind in found:
            if i < k:
                continue  # overlaps the previous span
            start = pos + sum(map(len, gaps[k : i + 1])) + sum(map(len, words[k:i]))
            end = start + len(words[i]) + sum(map(len, gaps[i + 1 : j])) + sum(map(len, words[i + 1 : j]))
            yield start, end, kind, i, j
            pos, k = end, j


SPLIT_CHUNK = 1 << 18  # characters split into tokens at a time


def _split(text: str) -> tuple[list[str], list[str]]:
    """The tokens of ``text`` and the whitespace before each (``gaps`` has one more, the tail).

    The text is split a quarter megabyte at a time, cut after a line break (no token holds one),
    and each distinct word is kept once: a long text then holds one string per distinct word, not
    per token (a 50 MB text has 9 million tokens, but a few hundred thousand distinct words).
    """
    if len(text) <= SPLIT_CHUNK:
        parts = split_tokens(text)
        return parts[1::2], parts[0::2]
    words: list[str] = []
    gaps: list[str] = [""]
    same: dict[str, str] = {}
    start = 0
    while start < len(text):
        cut = text.find("\n", start + SPLIT_CHUNK)
        cut = len(text) if cut == -1 else cut + 1
        parts = split_tokens(text[start:cut])
        tokens = parts[1::2]
        words.extend(map(same.setdefault, tokens, tokens))
        spaces = parts[0::2]
        gaps[-1] = same.setdefault(gaps[-1] + spaces[0], gaps[-1] + spaces[0])
        gaps.extend(map(same.setdefault, spaces[1:], spaces[1:]))
        start = cut
    return words, gaps


def _lines(text: str) -> Iterator[str]:
    """``text.split("\\n")`` one line at a time."""
    start = 0
    while True:
        end = text.find("\n", start)
        if end == -1:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1
