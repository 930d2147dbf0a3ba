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


# a neutral statement in the lead (the first paragraph under the headline, with more of the story
# after it) sums the story up: it holds no position of its speaker, and links to nothing
LEADS = [
    ("en",
     "Swim club offers to run the pool\n\n"
     "The swimming club says it could take over the running of the Riverside pool, said chair Anita Gill, "
     "a week after the council voted to close the pool.\n\n"
     "\"We are asking for a chance. Community groups run pools all over the country, and they do it "
     "well,\" said treasurer Per Eck.\n\n"
     "The council will decide in July.",
     "Council closes the Riverside pool\n\n"
     "Westbury council has voted to close the Riverside pool in September.\n\n"
     "\"Running the Riverside pool costs far too much, and the club could never take over the running of "
     "a building in this state,\" said councillor Priya Shah.\n\n"
     "The gym will stay open."),
    ("sv",
     "Simklubben vill driva badhuset\n\n"
     "Simklubben kan ta över driften av badhuset i Åby, säger ordföranden Anita Gill, en vecka efter att "
     "kommunen beslutade att stänga badhuset.\n\n"
     "– Vi ber bara om en chans. Föreningar driver badhus i hela landet, och de gör det bra, säger "
     "kassören Per Ek.\n\n"
     "Kommunen fattar beslut i juli.",
     "Kommunen stänger badhuset\n\n"
     "Kommunfullmäktige i Åby har beslutat att stänga badhuset i september.\n\n"
     "– Driften av badhuset kostar alldeles för mycket, och klubben kan aldrig ta över driften av en "
     "byggnad i det här skicket, säger kommunalrådet Eva Lind.\n\n"
     "Gymmet blir kvar."),
]


@pytest.mark.parametrize(("language", "left", "right"), LEADS)
def test_a_neutral_lead_holds_no_position(language, left, right, monkeypatch):
    assert "Anita Gill" not in {a for a, _, _ in relations(compare(left, right, language))}
    assert "Anita Gill" not in {b for _, _, b in relations(compare(right, left, language))}
    from desktop_app.core.viewpoints import positions

    monkeypatch.setattr(positions, "LEAD_MIN_PARAGRAPHS", 99)  # no lead: her summary links
    assert "Anita Gill" in {a for a, _, _ in relations(compare(left, right, language))}
