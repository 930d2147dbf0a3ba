"""The JSON export: both analyses in the ``analyze --json`` schema, corrections applied and flagged."""

from __future__ import annotations

import json
from dataclasses import replace

from desktop_app.core.analysis.model import Analysis
from desktop_app.core.compare import build_comparison
from desktop_app.core.corrections import apply_corrections
from desktop_app.core.export import render_json
from desktop_app.core.filters import FilterCriteria
from tests.export_fixtures import left_view, right_view, small_comparison


def _read(comparison, criteria=FilterCriteria()) -> dict:
    return json.loads(render_json(comparison, criteria).decode("utf-8"))


def test_schema_and_round_trip():
    comparison = small_comparison()
    data = _read(comparison)
    assert data["schema"] == 1
    assert [d["title"] for d in data["documents"]] == [
        "Ranstorp varnar för återvändarna", "Örebro arbetar aktivt mot extremism",
    ]
    for record, side in zip(data["documents"], ("left", "right")):
        view = comparison.view(side)
        assert {"source", "title", "language", "genre", "text", "actors", "mentions", "quotes", "claims"} <= set(record)
        assert record["source"] == f"library:{view.document.id}"
        assert record["text"] == view.document.text
        assert Analysis.from_dict(record) == view.analysis


def test_corrections_are_applied_and_flagged():
    left = left_view()
    quote = left.analysis.quotes[1]  # "Regeringen måste agera snabbt", said by Ranstorp
    corrected = apply_corrections(
        left.analysis, [{"op": "change_speaker", "start": quote.start, "end": quote.end, "speaker": "Säpo"}]
    )
    comparison = build_comparison(replace(left, analysis=corrected), right_view())
    record = _read(comparison)["documents"][0]
    names = {a["id"]: a["name"] for a in record["actors"]}
    changed = [q for q in record["quotes"] if (q["start"], q["end"]) == (quote.start, quote.end)]
    assert names[changed[0]["speaker"]] == "Säpo"
    assert changed[0]["corrected"] is True
    assert sum(1 for q in record["quotes"] if q.get("corrected")) == 1


def test_filters_leave_out_hidden_actors_and_their_marks():
    data = _read(small_comparison(), FilterCriteria().with_actor("magnus ranstorp", False))
    left = data["documents"][0]
    assert "Magnus Ranstorp" not in {a["name"] for a in left["actors"]}
    ids = {a["id"] for a in left["actors"]}
    assert all(m["actor"] in ids for m in left["mentions"])
    assert all(q["speaker"] in ids or q["speaker"] is None for q in left["quotes"])
    assert len(left["quotes"]) == 1  # Säpo's indirect quote is all that is left
