"""Shared checks and inputs for the named-entity tests (and benchmarks/ner_eval.py)."""

from __future__ import annotations

from desktop_app.core.analysis.entities.recognizer import EntitySpan, find_entities


def pairs(text: str, language: str = "sv") -> list[tuple[str, str]]:
    return [(span.text, span.kind) for span in find_entities(text, language)]


def check_spans(text: str, spans: list[EntitySpan]) -> None:
    """Spans are inside the text, match it, are sorted and never overlap."""
    last_end = 0
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        assert span.start >= last_end
        assert span.kind in ("PER", "ORG", "LOC")
        last_end = span.end


# Inputs without sentences that once made a rule slow, up to 1 MB each.
PATHOLOGICAL: tuple[str, ...] = (
    "ord " * 250_000,  # 1 MB without punctuation or capitals
    "Anders Svensson Bengt " * 50_000,  # 1 MB of capitalized words, no punctuation
    "AAA BBB CCC " * 80_000,  # all caps
    "von der " * 100_000 + "Leyen",  # particles without end
    "Ministry of Defence and " * 40_000,
    "(S) " * 100_000,
)
