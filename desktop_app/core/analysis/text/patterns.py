"""Word lists compiled into prefix-tree regular expressions.

A plain alternation of a few hundred words makes the regex engine try every word at every
position; the same list folded into a prefix tree ("otillräcklig(?:a|e|t)?") costs one step per
character, which keeps whole-text scans linear and fast.
"""

from __future__ import annotations

import re


def trie_alternation(words: list[str] | tuple[str, ...] | set[str] | frozenset[str]) -> str:
    """A regex (no anchors, no groups that capture) matching exactly the given words.

    Spaces inside an entry match any run of whitespace; the caller adds word boundaries.
    """
    root: dict[str, dict] = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root) if root else r"(?!x)x"


def _emit(node: dict[str, dict]) -> str:
    end = "" in node
    branches = [(_edge(ch) + _emit(child)) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and not end:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if end else body


def _edge(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def word_pattern(words, *, flags: int = 0, group: bool = False) -> re.Pattern[str]:
    """Whole-word matcher for ``words`` (hyphens count as word characters)."""
    body = trie_alternation(words)
    if group:
        body = f"({body})"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


LOWER_CHUNK = 1 << 18  # characters lower-cased at a time


def lowered(text: str) -> str | None:
    """``text.lower()`` when it keeps every character at its offset, else None.

    Scanning a lower-cased copy with case-sensitive patterns is much faster than
    ``re.IGNORECASE``; the rare text whose lower-casing changes length is scanned the slow way.
    Long texts are lowered a quarter megabyte at a time, cut after a whitespace character: ``str.lower``
    takes a work buffer of 12 bytes per character, and casing never looks across whitespace (the
    Greek final sigma looks only as far as the word's end), so the pieces join to the same string.
    """
    if len(text) <= LOWER_CHUNK:
        low = text.lower()
        return low if len(low) == len(text) else None
    pieces: list[str] = []
    start = 0
    while start < len(text):
        cut = _cut_after_space(text, start + LOWER_CHUNK)
        piece = text[start:cut].lower()
        if len(piece) != cut - start:
            return None
        pieces.append(piece)
        start = cut
    return "".join(pieces)


def _cut_after_space(text: str, at: int) -> int:
    """The first position at or after ``at`` that follows a whitespace character (or the end)."""
    if at >= len(text):
        return len(text)
    for space in ("\n", " "):
        found = text.find(space, at)
        if found != -1 and found - at < LOWER_CHUNK:
            return found + 1
    match = _SPACE_RE.search(text, at)
    return match.end() if match else len(text)


_SPACE_RE = re.compile(r"\s")


class WordScanner:
    """Finds the words of a list in a text, ignoring case, with offsets into the original."""

    def __init__(self, words, *, group: bool = False) -> None:
        forms = {w.lower() for w in words if w}
        self._fast = word_pattern(forms, group=group)
        self._forms = forms
        self._group = group
        self._slow: re.Pattern[str] | None = None

    def finditer(self, text: str, low: str | None, start: int = 0, end: int | None = None):
        """Matches over ``low`` (fast) or, when it is None, over ``text`` ignoring case."""
        stop = len(text) if end is None else end
        if low is not None:
            return self._fast.finditer(low, start, stop)
        if self._slow is None:
            self._slow = word_pattern(self._forms, group=self._group, flags=re.IGNORECASE)
        return self._slow.finditer(text, start, stop)

    def match(self, text: str, low: str | None, pos: int, end: int | None = None):
        stop = len(text) if end is None else end
        if low is not None:
            return self._fast.match(low, pos, stop)
        if self._slow is None:
            self._slow = word_pattern(self._forms, group=self._group, flags=re.IGNORECASE)
        return self._slow.match(text, pos, stop)


def last_word(text: str, lo: int, end: int) -> tuple[int, str] | None:
    """The word that ends ``text[lo:end]`` before spaces or tabs, as (start, word), or None.

    Same result as ``re.search(r"([^\\W\\d_][\\w-]*)[ \\t]+$", text, lo, end)`` (group 1), read
    backwards from ``end`` instead of trying every start position of the window.
    """
    e = end
    if e > lo and text[e - 1] == "\n":
        e -= 1  # "$" also matches before a final newline
    q = e
    while q > lo and text[q - 1] in " \t":
        q -= 1
    if q == e:
        return None
    r = q
    while r > lo and (text[r - 1].isalnum() or text[r - 1] in "_-"):
        r -= 1
    while r < q and (not text[r].isalnum() or text[r].isdecimal()):
        r += 1  # the word starts with a letter: [^\W\d_]
    return (r, text[r:q]) if r < q else None

