"""What a user types into the search box, made into a safe FTS5 query for the library."""

from __future__ import annotations


def fts_query(query: str) -> str | None:
    """Turn what a user typed into a safe FTS5 expression, or None when nothing is searchable.

    Each whitespace-separated word becomes a quoted prefix term ("återvänd" finds "återvändare");
    text between double quotes becomes one phrase whose last word is a prefix. Terms are ANDed.
    Words without any letter or digit (``*``, ``(``, emoji) are dropped.
    """
    segments = query.replace("\x00", " ").split('"')
    if len(segments) % 2 == 0:  # an unmatched quote: treat the rest as plain words
        segments[-2:] = [segments[-2] + " " + segments[-1]]
    terms: list[str] = []
    for index, segment in enumerate(segments):
        words = [word for word in segment.split() if _searchable(word)]
        if not words:
            continue
        if index % 2:  # inside quotes
            terms.append('"' + " ".join(words) + '"*')
        else:
            terms.extend(f'"{word}"*' for word in words)
    return " ".join(terms) if terms else None


def _searchable(word: str) -> bool:
    return any(ch.isalnum() for ch in word)
