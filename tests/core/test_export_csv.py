"""The CSV export: one row per visible quote, claim and mention, readable by spreadsheet programs."""

from __future__ import annotations

import csv
import io

from desktop_app.core.compare import SIDES
from desktop_app.core.export import render_csv
from desktop_app.core.export.csv_export import COLUMNS
from desktop_app.core.filters import FilterCriteria
from tests.export_fixtures import small_comparison


def _read(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_one_row_per_quote_claim_and_mention():
    comparison = small_comparison()
    rows = _read(render_csv(comparison, FilterCriteria()))
    assert tuple(rows[0].keys()) == COLUMNS
    for side in SIDES:
        analysis = comparison.view(side).analysis
        text = comparison.view(side).document.text
        mine = [r for r in rows if r["side"] == side]
        expected = (
            {(q.kind, q.start, q.end) for q in analysis.quotes}
            | {(f"claim:{c.kind}", c.start, c.end) for c in analysis.claims}
            | {("mention", m.start, m.end) for m in analysis.mentions}
        )
        assert {(r["mark kind"], int(r["start"]), int(r["end"])) for r in mine} == expected
        assert len(mine) == len(analysis.quotes) + len(analysis.claims) + len(analysis.mentions)
        for row in mine:
            assert row["text"] == " ".join(text[int(row["start"]) : int(row["end"])].split())
            assert row["document"] == comparison.view(side).document.metadata.title


def test_actors_and_kinds_are_named():
    rows = _read(render_csv(small_comparison(), FilterCriteria()))
    direct = [r for r in rows if r["mark kind"] == "direct"]
    assert [(r["actor"], r["actor kind"], r["text"]) for r in direct] == [
        ("Magnus Ranstorp", "person", "Det här är ett jätteproblem för Sverige")
    ]
    narration = [r for r in rows if r["mark kind"] == "claim:statistic"]
    assert narration[0]["actor"] == "" and narration[0]["text"].startswith("Återvändarna")
    assert any(r["actor"] == "Säpo" and r["actor kind"] == "organization" for r in rows)
    assert any("Örebro" in r["text"] for r in rows)


def test_filters_apply():
    comparison = small_comparison()
    criteria = FilterCriteria().with_actor("säpo", False).with_kind("mention", False)
    rows = _read(render_csv(comparison, criteria))
    assert rows and all(r["actor"] != "Säpo" for r in rows)
    assert all(r["mark kind"] != "mention" for r in rows)


def test_co_authors_each_have_a_row_per_author_passage():
    """Seed 003: three rows per author-voice passage, one per signer; hiding one leaves two."""
    from tests.opinion_fixtures import SIGNERS, author_passages, opinion_comparison

    comparison = opinion_comparison()
    passages = author_passages(comparison.view("left"))
    rows = [r for r in _read(render_csv(comparison, FilterCriteria())) if r["mark kind"] == "author"]
    by_span: dict[tuple[int, int], list[str]] = {}
    for row in rows:
        by_span.setdefault((int(row["start"]), int(row["end"])), []).append(row["actor"])
    assert by_span.keys() == passages.keys()
    assert all(names == list(SIGNERS) for names in by_span.values())
    assert len(rows) == 3 * len(passages)
    hidden = FilterCriteria().with_actor("per-åke sörman", False)
    rows = [r for r in _read(render_csv(comparison, hidden)) if r["mark kind"] == "author"]
    assert len(rows) == 2 * len(passages) and "Per-Åke Sörman" not in {r["actor"] for r in rows}
