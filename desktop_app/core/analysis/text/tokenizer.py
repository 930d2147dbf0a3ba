"""Tokenizer shared by the analysis: words, numbers and punctuation as character spans.

Names keep their inner hyphens and apostrophes (al-Abadi, Per-Åke, O'Brien) and the Swedish
colon genitive of abbreviations (USA:s), so a name is always one token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

# One alternation, tried left to right at each position; no nested quantifiers, so linear time.
#  1. words (not starting with a digit) with inner hyphens/apostrophes and an optional
#     ":s"-style genitive: USA:s
#  2. numbers with inner separators and a hyphenated tail: 31.000, 10:30, 19-åringen
#  3. any other single non-space character (punctuation, symbols)
# Words come first because they are the commonest; the quantifiers are possessive (nothing after
# them can fail, so giving back is never needed and the engine does less bookkeeping).
TOKEN_RE = re.compile(
    r"[^\W\d]\w*+(?:[-'’]\w++)*+(?::[^\W\d_]{1,3}(?!\w))?"
    r"|\d++(?:[.,:]\d++)*+(?:-\w++)*+"
    r"|[^\s\w]"
)


_SPLIT_RE = re.compile(f"({TOKEN_RE.pattern})")


@dataclass(frozen=True)
class Token:
    """One token: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word, number and punctuation tokens, in order."""
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


def token_spans(text: str) -> list[tuple[int, int, str]]:
    """Like :func:`tokenize` but as plain tuples, for the hot loops of the analysis."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


def window_tokens(text: str, start: int, end: int, limit: int = 0) -> list[tuple[int, int, str]]:
    """Tokens of ``text[start:end]`` as (start, end, text); the first ``limit`` when given."""
    found = TOKEN_RE.finditer(text, start, end)
    if limit:
        found = islice(found, limit)
    return [(m.start(), m.end(), m.group()) for m in found]


def split_tokens(text: str) -> list[str]:
    """Whitespace and tokens alternating: ``[gap0, token0, gap1, token1, ..., gap_n]``.

    The fastest form for scanning long texts: every gap is whitespace (possibly empty), so
    ``"".join(parts) == text`` and character offsets are sums of lengths.
    """
    return _SPLIT_RE.split(text)
