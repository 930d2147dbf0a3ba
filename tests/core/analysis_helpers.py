"""Shared helpers and inputs for the analysis tests (and benchmarks/analysis_speed.py)."""

from __future__ import annotations

from desktop_app.core.analysis import analyze


def quotes_of(text: str, language: str = "sv", genre: str = "news", **kw) -> list[tuple[str | None, str, str]]:
    """(speaker name, kind, quoted words) for every quote, in text order."""
    analysis = analyze(text, language=language, genre=genre, **kw)
    names = {a.id: a.name for a in analysis.actors}
    return [(names.get(q.speaker), q.kind, text[q.start : q.end]) for q in analysis.quotes]


# Sentences of cue words without an end, repeated into one long paragraph: (base, language).
CUE_WORD_RUNS: tuple[tuple[str, str], ...] = (
    ("och sedan sa hon att det var bra för alla i Sverige men inte för Anna Ek ", "sv"),
    ("enligt en ny rapport föreslår kommunen att Polisen rapporterar om det i Malmö ", "sv"),
    ("and then she said that it was good for everyone in Sweden but not for Anna Ek ", "en"),
    ("asked about it the company said the officials warned of Smith of the Bank ", "en"),
)
