"""What a user types into the search box, made into a safe FTS5 query for the library."""

from __future__ import annotations


def fts_query(query: str) -> str | None:
    """``fts_terms`` joined into one FTS5 expression (the terms ANDed), or None."""
    terms = fts_terms(query)
    return " ".join(terms) if terms else None


def fts_terms(query: str) -> list[str]:
    """What a user typed as safe FTS5 terms (none when nothing is searchable).

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
    return terms


def _searchable(word: str) -> bool:
    return any(ch.isalnum() for ch in word)
