"""The seed pair: the researcher and the authors disagree on the work with returnees, the Prime
Minister and the authors agree; and the comparison as JSON and as a table."""

from __future__ import annotations

import json

from desktop_app.core.compare import DocumentView
from desktop_app.core.document import split_paragraphs
from desktop_app.core.viewpoints import format_table, to_json
from desktop_app.core.viewpoints.linking import relation_of
from tests.core.viewpoint_helpers import seeds

def paragraphs(view_: DocumentView, start: int, end: int) -> set[int]:
    return {p.index for p in split_paragraphs(view_.document.text) if p.start < end and start < p.end}


def links_between(left_speaker: str, right_speaker: str):
    left, right, comparison = seeds()
    return [
        (paragraphs(left, lk.left.start, lk.left.end), lk.relation, paragraphs(right, lk.right.start, lk.right.end))
        for lk in comparison.links
        if lk.left.speaker.name == left_speaker and lk.right.speaker.name == right_speaker
    ]


def test_the_researcher_and_the_authors_disagree_on_the_work_with_returnees() -> None:
    found = links_between("Magnus Ranstorp", "the authors")
    # "otillräckliga" / "undermåligt" (paragraphs 1, 2, 9, 10) against "gediget", "nationellt erkänt" (3, 9)
    assert any(rel == "disagree" and lp & {1, 2, 9, 10} and rp & {3, 9} for lp, rel, rp in found), found
    assert all(rel != "agree" for lp, rel, rp in found if rp & {3, 9}), found


def test_the_prime_minister_and_the_authors_agree() -> None:
    found = links_between("Stefan Löfven", "the authors")
    assert any(rel == "agree" and lp & {12, 13, 15} and rp & {3, 9} for lp, rel, rp in found), found
    # "vi måste göra mer" meets "arbetet har lång väg kvar"
    assert any(rel == "agree" and 13 in lp and 10 in rp for lp, rel, rp in found), found
    assert all(rel == "agree" for _, rel, _ in found), found


def test_the_prime_minister_rejects_what_the_researcher_holds() -> None:
    left, _, comparison = seeds()
    ranstorp = next(p for p in comparison.left_positions if "otillräckliga" in p.text)
    lofven = next(p for p in comparison.left_positions if "håller inte med" in p.text)
    assert (ranstorp.polarity, lofven.polarity) == (-1, 1)
    assert lofven.cue is not None and lofven.cue.relation == "disagree"
    assert relation_of(ranstorp, lofven)[0] == "disagree"


def test_the_three_signers_are_one_speaker_the_authors() -> None:
    _, _, comparison = seeds()
    names = {p.speaker.name for p in comparison.right_positions}
    assert "the authors" in names
    assert not names & {"Kenneth Nilsson", "Per-Åke Sörman", "Lennart Bondeson"}


def test_json_follows_the_schema() -> None:
    left, right, comparison = seeds()
    data = to_json(comparison, left, right)
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert set(data) == {"schema", "left", "right", "questions", "links", "only_left", "only_right"}
    assert data["schema"] == 1
    assert set(data["left"]) == {"source", "title", "text"} and data["left"]["text"] == left.document.text
    question_ids = {q["id"] for q in data["questions"]}
    assert all(set(q) == {"id", "label", "terms"} and q["label"] for q in data["questions"])
    assert data["links"]
    for link in data["links"]:
        assert set(link) == {"question", "relation", "score", "why", "left", "right"}
        assert link["question"] in question_ids and link["relation"] in ("agree", "disagree", "related")
        for side, view_ in (("left", left), ("right", right)):
            span = link[side]
            assert set(span) == {"start", "end", "speaker"}
            assert 0 <= span["start"] < span["end"] <= len(view_.document.text)
            assert span["speaker"] and view_.document.text[span["start"] : span["end"]].strip()
    for side in ("only_left", "only_right"):
        for item in data[side]:
            assert set(item) == {"start", "end", "speaker", "polarity", "terms"}
            assert item["polarity"] in ("positive", "negative", "neutral")


def test_table_shows_every_question_and_relation() -> None:
    _, _, comparison = seeds()
    table = format_table(comparison)
    for question in comparison.questions:
        assert f"Question {question.id + 1}: {question.label}" in table
    assert "disagree" in table and "agree" in table and "Magnus Ranstorp" in table and "the authors" in table
