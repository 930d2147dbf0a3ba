"""A neutral statement takes its speaker's stance toward the link's question (apply_question_stance)."""

from __future__ import annotations

import pytest

from desktop_app.core.viewpoints.model import Link, Position, Speaker
from desktop_app.core.viewpoints.relations import apply_question_stance


def _pos(side: str, speaker: str, start: int, polarity: int, words: tuple[str, ...]) -> Position:
    return Position(side, start, Speaker(speaker, speaker), start, start + 5, start, polarity,
                    features={w: 1.0 for w in words}, text=f"{speaker} {start}")


def _pair(left_other: int, right_polarity: int, right_other: int = 0):
    """A left speaker neutral in the link, with another statement of ``left_other`` polarity about
    the same words; the right statement of ``right_polarity``."""
    left_link = _pos("left", "anna", 0, 0, ("bussar", "linje"))
    left = [left_link, _pos("left", "anna", 10, left_other, ("bussar", "landsbygd"))]
    right_link = _pos("right", "per", 0, right_polarity, ("bussar", "linje"))
    right = [right_link]
    if right_other:
        right.append(_pos("right", "per", 10, right_other, ("bussar",)))
    link = Link(left_link, right_link, "related", 0.5, "shared: bussar, linje; neutral vs neutral",
                ("bussar", "linje"))
    return link, left, right


@pytest.mark.parametrize(("left_other", "right_polarity", "right_other", "expected"), [
    (-1, -1, 0, "agree"),  # both against the buses
    (-1, 1, 0, "disagree"),
    (1, 1, 0, "agree"),
    (0, 1, 0, "related"),  # the neutral speaker says nothing else: no stance to take
    (-1, 0, 1, "disagree"),  # both neutral here, each with a stance elsewhere
])
def test_a_neutral_statement_takes_its_speakers_stance(left_other, right_polarity, right_other, expected):
    link, left, right = _pair(left_other, right_polarity, right_other)
    apply_question_stance([link], left, right)
    assert link.relation == expected
    if expected != "related":
        assert link.why.endswith(f"their stances on the question ({expected})")


def test_the_question_stance_is_symmetric():
    link, left, right = _pair(-1, 1)
    mirrored = [Position("right" if p.side == "left" else "left", *[getattr(p, f) for f in
                ("index", "speaker", "start", "end", "paragraph", "polarity")], features=p.features, text=p.text)
                for p in left]
    swapped = Link(link.right, mirrored[0], "related", 0.5, link.why, link.terms)
    apply_question_stance([link], left, right)
    apply_question_stance([swapped], right, mirrored)
    assert link.relation == swapped.relation == "disagree"


def test_a_decided_link_keeps_its_relation():
    link, left, right = _pair(-1, 1)
    link.relation = "agree"
    apply_question_stance([link], left, right)
    assert link.relation == "agree"
