"""Corrections of viewpoint links: removed, relation changed, linked by hand; kept when the engine
cuts its passages differently, dropped visibly when their passage is gone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.core.viewpoints import ViewpointComparison, to_json
from desktop_app.core.viewpoints.corrections import (
    ADDED,
    CHANGED,
    ENGINE,
    apply_viewpoint_corrections,
    describe,
    link_anchors,
    validate,
)
from tests.core.viewpoint_helpers import seeds


def _texts():
    left, right, _ = seeds()
    return left.document.text, right.document.text


def _apply(comparison: ViewpointComparison, *datas: dict):
    return apply_viewpoint_corrections(comparison, list(enumerate(datas, start=1)), *_texts())


def _link(speaker: str, relation: str):
    _, _, comparison = seeds()
    return next(lk for lk in comparison.links if lk.left.speaker.name == speaker and lk.relation == relation)


def _same(a, b) -> bool:
    return (a.left.start, a.left.end, a.right.start, a.right.end) == (b.left.start, b.left.end, b.right.start, b.right.end)


def _correction(op: str, link, **extra) -> dict:
    return {"op": op, **link_anchors(link, *_texts()), **extra}


def _spans(comparison: ViewpointComparison) -> list[tuple[int, int, int, int, str]]:
    return [(lk.left.start, lk.left.end, lk.right.start, lk.right.end, lk.relation) for lk in comparison.links]


def test_no_corrections_give_the_engines_links_and_leave_the_input_alone():
    _, _, comparison = seeds()
    before = _spans(comparison)
    result = _apply(comparison)
    assert _spans(result.comparison) == before
    assert result.origins == [ENGINE] * len(before) and result.dropped == []
    assert result.comparison.links[0] is not comparison.links[0]


def test_remove_a_wrong_link():
    _, _, comparison = seeds()
    wrong = _link("Zan Jankovski", "agree")
    result = _apply(comparison, _correction("remove_link", wrong))
    spans = _spans(result.comparison)
    assert (wrong.left.start, wrong.left.end, wrong.right.start, wrong.right.end, "agree") not in spans
    assert len(spans) == len(comparison.links) - 1
    # every question still has links, and every link points at its question
    for question in result.comparison.questions:
        assert question.links and all(lk.question == question.id for lk in question.links)
    # the JSON schema still holds: question ids are those of the questions list
    data = to_json(result.comparison, *seeds()[:2])
    assert {lk["question"] for lk in data["links"]} <= {q["id"] for q in data["questions"]}


def test_removing_the_only_link_of_a_question_removes_the_question_and_frees_its_passages():
    _, _, comparison = seeds()
    smallest = min(comparison.questions, key=lambda q: len(q.links))
    *others, link = smallest.links
    # first the question's other links, if it has any: it stays while one is left
    corrections = [_correction("remove_link", other) for other in others]
    if corrections:
        comparison = _apply(comparison, *corrections).comparison
        assert len(next(q for q in comparison.questions
                        if any(_same(lk, link) for lk in q.links)).links) == 1
    result = _apply(comparison, _correction("remove_link", link))
    assert len(result.comparison.questions) == len(comparison.questions) - 1
    assert [q.id for q in result.comparison.questions] == list(range(len(result.comparison.questions)))
    if not any(lk.left.start == link.left.start for lk in result.comparison.links):
        assert any(p.start == link.left.start for p in result.comparison.only_left)


def test_change_a_links_relation_and_say_so_in_why():
    _, _, comparison = seeds()
    link = _link("Stefan Löfven", "agree")
    result = _apply(comparison, _correction("set_relation", link, relation="disagree"))
    changed = [lk for lk, origin in zip(result.comparison.links, result.origins) if origin == CHANGED]
    assert len(changed) == 1
    assert changed[0].relation == "disagree" and (changed[0].left.start, changed[0].right.start) == (
        link.left.start, link.right.start)
    assert "relation set by hand (found: agree)" in changed[0].why
    # set back to what the engine found: an engine link again, the engine's why
    back = _apply(comparison, _correction("set_relation", link, relation="disagree"),
                  _correction("set_relation", link, relation="agree"))
    assert CHANGED not in back.origins
    assert _spans(back.comparison) == _spans(comparison)


def test_link_two_passages_by_hand():
    left_text, right_text = _texts()
    _, _, comparison = seeds()
    lpiece = "Vi är på bollen, men vi måste göra mer"
    rpiece = "Vi är medvetna om att arbetet har lång väg kvar"
    ls, rs = left_text.index(lpiece), right_text.index(rpiece)
    data = {"op": "add_link", "relation": "agree",
            "left": {"start": ls, "end": ls + len(lpiece), "text": lpiece},
            "right": {"start": rs, "end": rs + len(rpiece), "text": rpiece}}
    # the engine links these two already: the hand link sets the relation, it adds no twin
    result = _apply(comparison, dict(data, relation="related"))
    assert len(result.comparison.links) == len(comparison.links)
    assert CHANGED in result.origins

    other = "Ett hundratal personer som stridit för IS har återvänt till Sverige"
    os_ = left_text.index(other)
    data["left"] = {"start": os_, "end": os_ + len(other), "text": other}
    result = _apply(comparison, dict(data, relation="disagree", label="återvändarna"))
    added = [lk for lk, origin in zip(result.comparison.links, result.origins) if origin == ADDED]
    assert len(added) == 1
    link = added[0]
    assert (link.left.start, link.left.end, link.relation) == (os_, os_ + len(other), "disagree")
    assert link.left.text == other and link.right.speaker.name == "the authors"
    question = result.comparison.questions[link.question]
    assert link in question.links
    # a later correction of the hand-made link applies to it
    removed = _apply(comparison, dict(data, relation="disagree"), dict(data, op="remove_link"))
    assert ADDED not in removed.origins and len(removed.comparison.links) == len(comparison.links)


def test_corrections_survive_passages_cut_differently():
    """Re-analysis may cut a passage a sentence longer or shorter: the correction still finds its link."""
    _, _, comparison = seeds()
    link = _link("Stefan Löfven", "agree")
    correction = _correction("set_relation", link, relation="disagree")
    moved = ViewpointComparison(
        comparison.left_positions, comparison.right_positions,
        [replace(lk, right=replace(lk.right, end=lk.right.end + 40)) if lk is link else lk for lk in comparison.links],
        comparison.questions, comparison.only_left, comparison.only_right,
    )
    result = _apply(moved, correction)
    assert result.dropped == []
    assert [lk.relation for lk, o in zip(result.comparison.links, result.origins) if o == CHANGED] == ["disagree"]


def test_a_correction_whose_link_is_gone_is_dropped_with_its_reason():
    _, _, comparison = seeds()
    link = _link("Stefan Löfven", "agree")
    without = ViewpointComparison(comparison.left_positions, comparison.right_positions,
                                  [lk for lk in comparison.links if lk is not link], comparison.questions,
                                  comparison.only_left, comparison.only_right)
    result = _apply(without, _correction("set_relation", link, relation="disagree"))
    assert CHANGED not in result.origins  # never applied to another link
    assert len(result.dropped) == 1 and result.dropped[0].id == 1
    assert "no longer found" in result.dropped[0].reason


def test_a_passage_whose_words_are_gone_is_dropped_and_moved_words_are_found():
    _, _, comparison = seeds()
    link = _link("Stefan Löfven", "agree")
    gone = _correction("set_relation", link, relation="disagree")
    gone["left"] = dict(gone["left"], text="Ord som inte finns i texten")
    result = _apply(comparison, gone)
    assert len(result.dropped) == 1 and "no longer in the left text" in result.dropped[0].reason
    moved = _correction("set_relation", link, relation="disagree")
    moved["left"] = dict(moved["left"], start=moved["left"]["start"] + 5, end=moved["left"]["end"] + 5)
    result = _apply(comparison, moved)  # the offsets are off, the words are there: found by them
    assert result.dropped == [] and CHANGED in result.origins


@pytest.mark.parametrize(
    "data, problem",
    [
        ({"op": "merge"}, "unknown"),
        ({"op": "remove_link", "left": {"start": 0, "end": 5, "text": "x"}}, "right passage is missing"),
        ({"op": "set_relation", "left": {"start": 0, "end": 5, "text": "x"},
          "right": {"start": 0, "end": 5, "text": "y"}, "relation": "maybe"}, "relation"),
        ({"op": "add_link", "left": {"start": 5, "end": 5, "text": "x"},
          "right": {"start": 0, "end": 5, "text": "y"}, "relation": "agree"}, "empty"),
        ("not a dict", "JSON object"),
    ],
)
def test_malformed_corrections_are_refused_and_dropped(data, problem):
    assert problem in validate(data)
    _, _, comparison = seeds()
    result = _apply(comparison, data)
    assert len(result.dropped) == 1 and problem in result.dropped[0].reason


def test_descriptions_for_the_undo_stack():
    assert describe({"op": "remove_link"}) == "Remove viewpoint link"
    assert describe({"op": "set_relation", "relation": "agree"}) == "Mark link as agree"
    assert describe({"op": "add_link", "relation": "disagree"}) == "Link passages (disagree)"
