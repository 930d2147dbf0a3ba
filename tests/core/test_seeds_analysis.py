"""What the two seed texts must give (paragraphs = non-empty lines, counted from 0)."""

from __future__ import annotations

import json
from bisect import bisect_right
from functools import lru_cache

import pytest

from desktop_app.core.analysis import Analysis, analyze
from desktop_app.core.document import split_paragraphs
from desktop_app.paths import SEEDS_DIR

NEWS = "000_2061872dff862ea4.txt"
OPINION = "003_6a2936062be1d440.txt"


@lru_cache(maxsize=None)
def seed(name: str) -> tuple[str, Analysis]:
    """The seed's normalized text and its analysis with the metadata in seeds.json."""
    raw = (SEEDS_DIR / name).read_text(encoding="utf-8")
    text = "\n\n".join(line.strip() for line in raw.splitlines() if line.strip())
    meta = next(d for d in json.loads((SEEDS_DIR / "seeds.json").read_text())["documents"] if d["file"] == name)
    analysis = analyze(
        text, language=meta["language"], genre=meta["genre"], authors=meta["authors"], title=meta["title"]
    )
    return text, analysis


def paragraph_of(text: str, pos: int) -> int:
    starts = [p.start for p in split_paragraphs(text)]
    return bisect_right(starts, pos) - 1


def quotes_by_paragraph(name: str) -> dict[int, list[tuple[str | None, str]]]:
    text, analysis = seed(name)
    names = {a.id: a.name for a in analysis.actors}
    out: dict[int, list[tuple[str | None, str]]] = {}
    for q in analysis.quotes:
        out.setdefault(paragraph_of(text, q.start), []).append((names.get(q.speaker), q.kind))
    return out


def test_news_slogan_is_the_terror_groups_and_enligt_is_al_abadis() -> None:
    text, analysis = seed(NEWS)
    names = {a.id: a.name for a in analysis.actors}
    para0 = [(names.get(q.speaker), q.kind, text[q.start : q.end]) for q in analysis.quotes if paragraph_of(text, q.start) == 0]
    assert ("IS", "direct", "Agera där ni är – kom inte hit") in para0
    assert any(speaker == "Haider al-Abadi" and kind == "indirect" for speaker, kind, _ in para0)
    slogan_speaker = next(a for a in analysis.actors if a.name == "IS")
    assert "terrorgruppen" in slogan_speaker.aliases


@pytest.mark.parametrize(
    ("paragraph", "speaker", "kind"),
    [
        (1, "Magnus Ranstorp", "indirect"),
        (2, "Magnus Ranstorp", "direct"),
        (4, "Magnus Ranstorp", "indirect"),
        (5, "Magnus Ranstorp", "direct"),
        (7, "Zan Jankovski", "indirect"),
        (8, "Zan Jankovski", "direct"),
        (9, "Magnus Ranstorp", "indirect"),
        (10, "Magnus Ranstorp", "direct"),
        (12, "Stefan Löfven", "indirect"),
        (13, "Stefan Löfven", "direct"),
        (15, "Stefan Löfven", "direct"),
    ],
)
def test_news_speakers_per_paragraph(paragraph: int, speaker: str, kind: str) -> None:
    quotes = quotes_by_paragraph(NEWS).get(paragraph, [])
    assert quotes and all(s == speaker for s, _ in quotes)
    assert (speaker, kind) in quotes


def test_news_loefven_disagrees() -> None:
    text, analysis = seed(NEWS)
    names = {a.id: a.name for a in analysis.actors}
    stances = [c for c in analysis.claims if c.kind == "stance" and paragraph_of(text, c.start) == 12]
    assert [names[c.speaker] for c in stances] == ["Stefan Löfven"]


def test_news_sub_headings_are_not_quotes_or_claims() -> None:
    text, analysis = seed(NEWS)
    headings = {paragraph_of(text, h.start) for h in analysis.headings}
    assert headings == {3, 6, 11}
    used = {paragraph_of(text, q.start) for q in analysis.quotes} | {paragraph_of(text, c.start) for c in analysis.claims}
    assert not used & {3, 6, 11}


def test_news_actors() -> None:
    _, analysis = seed(NEWS)
    kinds = {a.name: a.kind for a in analysis.actors}
    assert kinds["Försvarshögskolan"] == "organization"
    for place in ("Sverige", "Syrien", "Irak", "Mosul", "Tyskland", "Belgien", "Holland"):
        assert kinds.get(place) == "place", place
    people = {a.name: a for a in analysis.actors if a.kind == "person"}
    assert people["Stefan Löfven"].party == "S"
    assert "statsminister" in people["Stefan Löfven"].roles
    assert "terrorforskare vid Försvarshögskolan" in people["Magnus Ranstorp"].roles
    assert "Iraks premiärminister" in people["Haider al-Abadi"].roles
    assert people["Magnus Ranstorp"].pronoun_mentions == 3  # "säger han" in 2, 5 and 10
    assert people["Magnus Ranstorp"].mentions == 3  # full name once, "Ranstorp" twice


def test_opinion_authors_speak_the_text() -> None:
    text, analysis = seed(OPINION)
    authors = [a for a in analysis.actors if a.is_author]
    assert [a.name for a in authors] == ["Kenneth Nilsson", "Per-Åke Sörman", "Lennart Bondeson"]
    assert [a.party for a in authors] == ["S", "C", "KD"]
    ids = {a.id for a in authors}
    author_paragraphs = {paragraph_of(text, q.start) for q in analysis.quotes if q.kind == "author" and q.speaker in ids}
    assert author_paragraphs == set(range(1, 11))
    assert not any(paragraph_of(text, q.start) in (0, 11, 12, 13) for q in analysis.quotes)


def test_opinion_every_author_speaks_every_author_passage() -> None:
    text, analysis = seed(OPINION)
    names = {a.id: a.name for a in analysis.actors}
    voices: dict[tuple[int, int], list[str]] = {}
    for q in analysis.quotes:
        if q.kind == "author":
            assert q.cue is None
            voices.setdefault((q.start, q.end), []).append(names[q.speaker])
    assert {paragraph_of(text, start) for start, _ in voices} == set(range(1, 11))
    signers = ["Kenneth Nilsson", "Per-Åke Sörman", "Lennart Bondeson"]
    assert all(speakers == signers for speakers in voices.values())  # one quote each, signature order
    para8 = {(names.get(q.speaker), q.kind) for q in analysis.quotes if paragraph_of(text, q.start) == 8}
    assert {(name, "author") for name in signers} | {("Polisen", "indirect")} <= para8


def test_opinion_paragraph_8_reports_the_police() -> None:
    text, analysis = seed(OPINION)
    names = {a.id: a.name for a in analysis.actors}
    para8 = [(names.get(q.speaker), q.kind, text[q.start : q.end]) for q in analysis.quotes if paragraph_of(text, q.start) == 8]
    police = [q for q in para8 if q[0] == "Polisen"]
    assert police and police[0][1] == "indirect"
    assert police[0][2].startswith("det finns goda förutsättningar i Vivalla")
    assert any(kind == "author" for _, kind, _ in para8)


def test_seed_quotes_never_overlap() -> None:
    """Distinct quoted spans never overlap (co-authors' quotes share theirs exactly)."""
    for name in (NEWS, OPINION):
        _, analysis = seed(name)
        spans = sorted({(q.start, q.end) for q in analysis.quotes})
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:])), name
