"""How the library table orders and narrows its rows, without Qt: natural order of titles and the
outlet / genre / language / date filters (the full-text search is the library's FTS index)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

from desktop_app.core.library.documents import DocumentSummary

_DIGITS = re.compile(r"(\d+)")
_LENGTHS = tuple(f"{n:02d}" for n in range(100))


def natural_key(text: str) -> str:
    """A key that sorts numbers by value as plain strings do: "part 278" before "part 1002".

    Each run of digits becomes its length (two digits) followed by the digits without leading
    zeros, so comparing the keys as strings compares the numbers by size first; case is ignored.
    (Split around the digit runs, not a substitution calling back per run: a header click's
    sort makes one key per row.)
    """
    parts = _DIGITS.split(text.casefold())
    for i in range(1, len(parts), 2):  # the odd parts are the digit runs
        digits = parts[i].lstrip("0") or "0"
        parts[i] = _LENGTHS[min(len(digits), 99)] + digits
    return "".join(parts)


@dataclass(frozen=True)
class ListingFilter:
    """The library table's filters; an empty field does not filter.

    ``date_from`` / ``date_to`` are ISO dates or their prefixes ("2019", "2019-03"), both inclusive;
    a document without a date passes only when no date bound is set; a partial date ("2019")
    passes when its period overlaps the bounds.
    """

    outlet: str = ""
    genre: str = ""
    language: str = ""
    date_from: str = ""
    date_to: str = ""

    @property
    def active(self) -> bool:
        return any((self.outlet, self.genre, self.language, self.date_from, self.date_to))

    def matches(self, doc: DocumentSummary) -> bool:
        if self.outlet and doc.outlet != self.outlet:
            return False
        if self.genre and doc.genre != self.genre:
            return False
        if self.language and doc.language != self.language:
            return False
        if self.date_from or self.date_to:
            if not doc.date:
                return False
            if self.date_from and _cut(doc.date, self.date_from) < _cut(self.date_from, doc.date):
                return False
            if self.date_to and _cut(doc.date, self.date_to) > _cut(self.date_to, doc.date):
                return False
        return True

    def ids(self, documents: Iterable[DocumentSummary]) -> set[int]:
        """The ids of ``documents`` that pass."""
        return {doc.id for doc in documents if self.matches(doc)}


def _cut(value: str, other: str) -> str:
    """``value`` as precise as ``other``: dates of different precision compare on what both say."""
    return value[:min(len(value), len(other))]


def facet_values(documents: Iterable[DocumentSummary], name: str) -> list[str]:
    """The distinct non-empty values of one field (outlet, genre, language), naturally sorted."""
    distinct = set(map(attrgetter(name), documents))  # in C: this runs over every row after an import
    return sorted({value for raw in distinct if (value := str(raw))}, key=natural_key)
