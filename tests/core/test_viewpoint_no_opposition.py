"""A link one side evaluates and the other only states something on agrees (apply_no_opposition)."""

from __future__ import annotations

import pytest

from desktop_app.core.viewpoints.model import Link, Position, Speaker
from desktop_app.core.viewpoints.relations import apply_no_opposition
from desktop_app.core.viewpoints.why import shown_why
from tests.core.viewpoint_helpers import compare, relations


def _link(left_polarity: int, right_polarity: int, relation: str = "related") -> Link:
    left = Position("left", 0, Speaker("anna", "Anna"), 0, 5, 1, left_polarity, {"bussar": 1.0})
    right = Position("right", 0, Speaker("per", "Per"), 0, 5, 1, right_polarity, {"bussar": 1.0})
    return Link(left, right, relation, 0.5, "shared: bussar; neutral vs neutral", ("bussar",))


@pytest.mark.parametrize(("left", "right", "relation", "expected"), [
    (-1, 0, "related", "agree"),  # a criticism beside a neutral statement of the same question
    (0, 1, "related", "agree"),
    (0, 0, "related", "related"),  # neither evaluates: neither supports nor contradicts the other
    (-1, 1, "disagree", "disagree"),  # a decided link keeps its relation
    (-1, 0, "disagree", "disagree"),  # ... also when one side is neutral (a cue set it)
    (1, 1, "agree", "agree"),
])
def test_only_an_unsettled_link_with_one_evaluating_side_agrees(left, right, relation, expected):
    link = _link(left, right, relation)
    apply_no_opposition([link])
    assert link.relation == expected
    assert link.why.endswith("nothing sets them against each other (agree)") == (relation != expected)


def test_the_rule_reads_the_same_from_either_side():
    link, mirrored = _link(-1, 0), _link(0, -1)
    apply_no_opposition([link, mirrored])
    assert link.relation == mirrored.relation == "agree"


def test_the_why_reads_in_swedish():
    link = _link(-1, 0)
    apply_no_opposition([link])
    assert shown_why(link.why, "sv").endswith("inget ställer dem mot varandra (överens)")


# (language, left text, right text, the relation of their link): one side evaluates, the other
# states a fact or a plan on the same question; two statements of fact; two opposite verdicts
TABLE = [
    ("en", "The council wants to close the Elm Street library.\n\n\"The Elm Street library building is in "
           "terrible shape and the repairs are far too expensive,\" said councillor Jane Ward.",
     "The Elm Street library may close this autumn.\n\n\"The repairs of the Elm Street library building would "
     "take the whole of next year,\" said property manager Tom Reed.", "agree"),
    ("en", "The trust plans to move the maternity unit from Ashford.\n\n\"The Ashford maternity unit is safe "
           "and works well,\" said midwife Kate Moss.",
     "The Ashford maternity unit may move.\n\n\"The Ashford maternity unit delivers most babies in the "
     "county,\" said manager Sam Cole.", "agree"),
    ("sv", "Regionen vill flytta förlossningen från Sollby.\n\n– Förlossningen i Sollby är trygg och väl "
           "fungerande, säger barnmorskan Anna Berg.",
     "Förlossningen i Sollby kan flyttas.\n\n– Förlossningen i Sollby tar emot de flesta födslarna i länet, "
     "säger verksamhetschefen Olle Ek.", "agree"),
    ("sv", "Kommunen vill lägga ner biblioteket på Storgatan.\n\n– Biblioteket på Storgatan är i uselt skick "
           "och reparationerna av biblioteket blir alldeles för dyra, säger kommunalrådet Eva Lind.",
     "Biblioteket på Storgatan kan stänga i höst.\n\n– Reparationerna av biblioteket på Storgatan skulle "
     "ta hela nästa år, säger fastighetschefen Per Holm.", "agree"),
    ("sv", "Regionen vill flytta förlossningen från Sollby.\n\n– Förlossningen i Sollby är trygg och väl "
           "fungerande, säger barnmorskan Anna Berg.",
     "Förlossningen i Sollby kan flyttas.\n\n– Förlossningen i Sollby är otrygg och fungerar dåligt, säger "
     "verksamhetschefen Olle Ek.", "disagree"),
]


@pytest.mark.parametrize(("language", "left", "right", "expected"), TABLE)
def test_sentence_pairs(language, left, right, expected):
    comparison = compare(left, right, language)
    assert [r for _, r, _ in relations(comparison)] == [expected]
    assert ("nothing sets them against each other" in comparison.links[0].why) == (expected == "agree")
    mirrored = relations(compare(right, left, language))
    assert [r for _, r, _ in mirrored] == [expected]

