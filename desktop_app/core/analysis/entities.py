"""Named entities (people, organizations, places) in Swedish and English news text.

Rule based, offline and linear in the text (the rules live in entity_scanner.py): capitalized
token runs are matched against the gazetteer (with genitives), split where a known organization
or place starts, stripped of titles ("Statsminister", "Dr") and of sentence-initial ordinary
words, and typed by name lists, word endings and the words around them. A second pass lets a
surname or a place recognized once be recognized again when it stands alone ("Ranstorp").
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.analysis.entity_scanner import EntityScanner
from desktop_app.core.analysis.gazetteer import Gazetteer, gazetteer, strip_genitive

KINDS: tuple[str, ...] = ("PER", "ORG", "LOC")


@dataclass(frozen=True)
class EntitySpan:
    """A name in the text: ``text == source[start:end]``.

    ``name`` is the name without a genitive ending ("Sverige" for "Sveriges"), equal to ``text``
    when there is none.
    """

    start: int
    end: int
    kind: str  # "PER" | "ORG" | "LOC"
    text: str
    name: str = ""


def find_entities(text: str, language: str) -> list[EntitySpan]:
    """People (PER), organizations (ORG) and places (LOC) named in ``text``.

    ``language`` is "sv" or "en" (anything else is read as Swedish). Spans are sorted and never
    overlap; a title or role before a name is not part of it ("Statsminister Stefan Löfven" gives
    "Stefan Löfven"); Swedish genitives keep their ending ("Sveriges" is a LOC span, name
    "Sverige"), English possessives do not ("Trump's" gives "Trump").
    """
    if not text:
        return []
    gaz = gazetteer(language)
    scanner = EntityScanner(text, gaz)
    spans: list[tuple[int, int, str, str]] = []
    for start, end, kind in scanner.char_spans(scanner.run()):
        if gaz.language == "en" and end - start > 2 and text.endswith(("'s", "’s"), start, end):
            end -= 2  # English possessive: the span is the name
        spans.append((start, end, kind, text[start:end]))
    seen = {word for *_, span_text in spans for word in span_text.split()}
    return [
        EntitySpan(start, end, kind, span_text, _name_of(span_text, gaz, seen))
        for start, end, kind, span_text in spans
    ]


def _name_of(span_text: str, gaz: Gazetteer, seen: set[str]) -> str:
    """The span without a genitive ending when the shorter form is a known name.

    Known: in the name lists or the gazetteer, or named without the ending elsewhere in the
    text ("Ranstorps" after "Magnus Ranstorp").
    """
    words = span_text.split()
    base = strip_genitive(words[-1])
    if base is None:
        return span_text
    known = (
        base in seen
        or base in gaz.first_names
        or base in gaz.surnames
        or gaz.lookup(words) is not None
    )
    return " ".join(words[:-1] + [base]) if known else span_text
