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


def quotes_by_paragraph(
    text: str, language: str, genre: str = "news", *, casefold: bool = False, **kw
) -> dict[int, set[tuple[str | None, str]]]:
    """(speaker name, kind) of every quote, by paragraph index (names case-folded if asked)."""
    from bisect import bisect_right

    from desktop_app.core.document import split_paragraphs

    analysis = analyze(text, language=language, genre=genre, **kw)
    names = {a.id: (a.name.casefold() if casefold else a.name) for a in analysis.actors}
    starts = [p.start for p in split_paragraphs(text)]
    out: dict[int, set[tuple[str | None, str]]] = {}
    for q in analysis.quotes:
        out.setdefault(bisect_right(starts, q.start) - 1, set()).add((names.get(q.speaker), q.kind))
    return out


def assert_speaker_row(text: str, language: str, paragraph: int, expected: tuple[str, str]) -> None:
    """One row of a rule table: ``(speaker, kind)`` must be among the paragraph's quotes (names
    compared case-insensitively); ``("__none__", kind)``: no quote of that kind there;
    ``(name, "__no_speaker__")``: no quote there is ``name``'s."""
    got = quotes_by_paragraph(text, language, casefold=True).get(paragraph, set())
    speaker, kind = expected
    if speaker == "__none__":
        assert not any(k == kind for _, k in got), got
    elif kind == "__no_speaker__":
        assert not any(name == speaker.casefold() for name, _ in got), got
    else:
        assert (speaker.casefold(), kind) in got, got
