"""Shared checks for the named-entity tests."""

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
