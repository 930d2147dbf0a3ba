"""The viewpoints table in the exports: HTML, CSV and JSON carry it, with the filters applied."""

from __future__ import annotations

import csv
import io
import json
from functools import lru_cache

import lxml.html

from desktop_app.core.compare import build_comparison
from desktop_app.core.export import render_csv, render_html, render_json
from desktop_app.core.export.viewpoints import (
    COLUMNS,
    RELATION_STYLES,
    compute_viewpoints,
    viewpoint_table,
    with_viewpoints,
)
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.viewpoints.corrections import link_anchors
from tests.core.viewpoint_helpers import seeds


@lru_cache(maxsize=None)
def _plain():
    left, right, _ = seeds()
    return build_comparison(left, right)


def _with(relations=frozenset(RELATION_STYLES), corrections=()):
    comparison = _plain()
    return with_viewpoints(comparison, compute_viewpoints(comparison, list(corrections)), relations)


def _csv_sections(data: bytes) -> tuple[list[list[str]], list[dict[str, str]]]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    blank = rows.index([])
    assert rows[blank + 1] == ["Viewpoints"] and tuple(rows[blank + 2]) == COLUMNS
    return rows[:blank], [dict(zip(COLUMNS, r)) for r in rows[blank + 3 :]]


def test_a_plain_comparison_has_no_viewpoints_section():
    assert viewpoint_table(_plain(), FilterCriteria()) is None
    assert b"Viewpoints" not in render_csv(_plain(), FilterCriteria())
    assert "viewpoints" not in json.loads(render_json(_plain(), FilterCriteria()))


def test_csv_has_the_marks_then_one_row_per_link():
    comparison = _with()
    marks, links = _csv_sections(render_csv(comparison, FilterCriteria()))
    assert marks[0][0] == "document" and len(marks) > 10
    vp = comparison.viewpoints.comparison
    assert len(links) == len(vp.links)
    assert {(r["left actor"], r["relation"], r["right actor"]) for r in links} == {
        (lk.left.speaker.name, lk.relation, lk.right.speaker.name) for lk in vp.links}
    left_text = comparison.left.document.text
    for row in links:
        assert row["left text"] == " ".join(left_text[int(row["left start"]) : int(row["left end"])].split())
        assert row["left polarity"] in ("positive", "negative", "neutral") and row["why"]


def test_the_actor_filter_and_the_relation_filter_apply():
    hide = FilterCriteria().with_actor("magnus ranstorp", False)
    _, links = _csv_sections(render_csv(_with(), hide))
    assert links and all(r["left actor"] != "Magnus Ranstorp" for r in links)
    _, disagreements = _csv_sections(render_csv(_with(frozenset({"disagree"})), FilterCriteria()))
    assert disagreements and {r["relation"] for r in disagreements} == {"disagree"}
    # the authors are one group: hidden only when every signer is
    comparison = _with()
    signers = [a.key for a in comparison.right.analysis.actors if a.is_author]
    one = FilterCriteria().with_actor(signers[0], False)
    assert any(r.right_actor == "the authors" for r in viewpoint_table(comparison, one).rows)
    everyone = FilterCriteria(hidden_actors=frozenset(signers))
    assert all(r.right_actor != "the authors" for r in viewpoint_table(comparison, everyone).rows)


def test_json_carries_the_links_by_question():
    comparison = _with(frozenset({"agree", "disagree"}))
    data = json.loads(render_json(comparison, FilterCriteria()))
    section = data["viewpoints"]
    assert section["relations"] == ["agree", "disagree"]
    links = [lk for q in section["questions"] for lk in q["links"]]
    assert links and {lk["relation"] for lk in links} <= {"agree", "disagree"}
    assert section["links_in_all"] == len(comparison.viewpoints.comparison.links)
    first = links[0]
    assert set(first["left"]) == {"start", "end", "speaker", "polarity"} and first["why"]


def test_html_has_a_viewpoints_table_with_symbols_that_survive_greyscale():
    page = lxml.html.fromstring(render_html(_with(), FilterCriteria()))
    rows = page.xpath('//table[@class="viewpoints"]/tbody/tr')
    assert len(rows) == len(_with().viewpoints.comparison.links)
    relations = [r.xpath('./td[@class="rel"]')[0].text_content() for r in rows]
    assert any(t.startswith("\u2260 disagree") for t in relations) and any(t.startswith("= agree") for t in relations)
    header = [th.text_content() for th in page.xpath('//table[@class="viewpoints"]//th')]
    assert header == ["Question", "Left actor (polarity)", "Relation", "Right actor (polarity)", "Why"]
    assert any("Magnus Ranstorp (negative)" in row.text_content() for row in rows)


def test_corrections_show_in_the_exports():
    comparison = _plain()
    base = compute_viewpoints(comparison).comparison
    link = next(lk for lk in base.links if lk.relation == "agree")
    data = {"op": "set_relation", "relation": "disagree",
            **link_anchors(link, comparison.left.document.text, comparison.right.document.text)}
    corrected = _with(corrections=[(1, data)])
    _, links = _csv_sections(render_csv(corrected, FilterCriteria()))
    assert [r["corrected"] for r in links].count("relation corrected") == 1
    page = render_html(corrected, FilterCriteria())
    assert "(relation corrected)" in page
