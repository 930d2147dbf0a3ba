"""Which statements hold a position: a bare figure does not; a speaker's reported speech does."""

from __future__ import annotations

import pytest

from tests.core.viewpoint_helpers import compare, relations


# a statement of a figure that takes no stance is no position (model.Position.figure): it links
# to nothing; the same figure said with a verdict is a position
CRITIC = {
    "en": "The council wants to close the Elm Street library.\n\n\"The Elm Street library building is in "
          "terrible shape and the repairs are far too expensive,\" said councillor Jane Ward.",
    "sv": "Kommunen vill lägga ner biblioteket på Storgatan.\n\n– Biblioteket på Storgatan är i uselt skick "
          "och reparationerna av biblioteket blir alldeles för dyra, säger kommunalrådet Eva Lind.",
}
FIGURES = [
    ("en", "\"The repairs of the Elm Street library building would cost four million pounds,\" said "
           "property manager Tom Reed.", []),
    ("en", "\"The repairs of the Elm Street library building would cost 4,000,000 pounds, which is far "
           "too expensive,\" said property manager Tom Reed.", ["agree"]),
    ("sv", "– Reparationerna av biblioteket på Storgatan skulle kosta fyra miljoner kronor, säger "
           "fastighetschefen Per Holm.", []),
    ("sv", "– Reparationerna av biblioteket på Storgatan skulle kosta 4 miljoner kronor, vilket är alldeles "
           "för dyrt, säger fastighetschefen Per Holm.", ["agree"]),
]


@pytest.mark.parametrize(("language", "right", "expected"), FIGURES)
def test_a_bare_figure_holds_no_position(language, right, expected):
    right = "Biblioteket\n\n" + right
    assert [r for _, r, _ in relations(compare(CRITIC[language], right, language))] == expected
    assert [r for _, r, _ in relations(compare(right, CRITIC[language], language))] == expected



# reported speech of a named speaker ("She said residents could use the pool in Hatton") is their
# position, with or without an evaluative word: it is no speaker the text only mentions
REPORTED = [
    ("en", "Council to close Westbury pool\n\nCouncillor Priya Shah said residents could use the pool in "
           "Hatton and that the council would pay for the school swimming lessons to move there.",
     "Hatton is too far\n\n\"Moving the school swimming lessons to the pool in Hatton is a terrible "
     "idea,\" said headteacher Tom Hale.", ("Priya Shah", "Tom Hale")),
    ("sv", "Kommunen stänger badhuset\n\nKommunalrådet Eva Lind sa att eleverna kan ha simundervisningen i "
           "badhuset i Hatorp och att kommunen betalar bussarna dit.",
     "Hatorp är för långt bort\n\n– Att flytta simundervisningen till badhuset i Hatorp är en usel idé, "
     "säger rektorn Tom Holm.", ("Eva Lind", "Tom Holm")),
]


@pytest.mark.parametrize(("language", "left", "right", "speakers"), REPORTED)
def test_reported_speech_is_its_speakers_position(language, left, right, speakers):
    assert [(a, b) for a, _, b in relations(compare(left, right, language))] == [speakers]
    assert [(a, b) for a, _, b in relations(compare(right, left, language))] == [speakers[::-1]]
