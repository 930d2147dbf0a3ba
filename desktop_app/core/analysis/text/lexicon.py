"""Word lists of the analysis, read from ``resources/lexicons/<language>/<name>.txt``.

One entry per line; ``#`` starts a comment; blank lines are ignored. Lists are read once and
cached, so callers may ask for them in hot code.
"""

from __future__ import annotations

from functools import lru_cache

from desktop_app.paths import LEXICONS_DIR, read_resource_text


@lru_cache(maxsize=None)
def load_lines(language: str, name: str) -> tuple[str, ...]:
    """The entries of one list, in file order; a missing or unreadable list raises ResourcesMissingError."""
    raw = read_resource_text(LEXICONS_DIR / language / f"{name}.txt")
    entries: list[str] = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(" ".join(line.split()))
    return tuple(entries)


@lru_cache(maxsize=None)
def load_words(language: str, name: str) -> frozenset[str]:
    """The entries of one list as a set, for membership tests."""
    return frozenset(load_lines(language, name))


@lru_cache(maxsize=None)
def load_folded(language: str, name: str) -> frozenset[str]:
    """The entries of one list, case-folded, for case-insensitive membership tests."""
    return frozenset(entry.casefold() for entry in load_lines(language, name))


@lru_cache(maxsize=None)
def load_folded_words(language: str, name: str) -> frozenset[str]:
    """Every word of every entry, case-folded, for lists written several words to a line."""
    return frozenset(word for entry in load_lines(language, name) for word in entry.casefold().split())
