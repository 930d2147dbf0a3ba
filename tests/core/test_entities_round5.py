"""Places and names of issue 12's NER round 5: unknown names with a Swedish place-name ending
(resources/lexicons/sv/place_name_endings.txt), "I X" at a sentence's start, "i närheten av X",
a place before a date in a results heading (never a club), city districts, and names written
in capitals (a signature "BENGT WADENSJÖ", a dateline "STOCKHOLM"), and a country's genitive
before a player no list knows ("Zambias Stoppila Sunzu")."""

from __future__ import annotations

import pytest

from desktop_app.core.analysis.entities.gazetteer import gazetteer
from desktop_app.core.analysis.entities.recognizer import find_entities
from tests.core.entity_checks import check_spans, pairs

PLACE_NAME_ENDINGS = [
    # villages no list knows, by their ending, with or without a place preposition
    ("Bussen körde av vägen vid Kvarnhammar i natt.", [("Kvarnhammar", "LOC")]),
    ("Sträckan mellan Ljungåsen och Björkvik är avstängd.", [("Ljungåsen", "LOC"), ("Björkvik", "LOC")]),
    ("Han växte upp på Hälsingö i skärgården.", [("Hälsingö", "LOC")]),
    ("Tåget stod still vid Grankällebro en timme.", [("Grankällebro", "LOC")]),
    # ... but a surname or a first name keeps its kind, and a word too short for its ending is none
    ("Intervjun gjordes av Nyström i går.", [("Nyström", "PER")]),
    ("Det sade Karin Lindbro till tidningen.", [("Karin Lindbro", "PER")]),
    # ... and after a verb the ending says nothing: "-vik" ends Norwegian surnames too
    ("I går tog Nordvik guld i sprinten.", []),
]

CONTEXTS = [
    # "I X" opening a sentence is "i X"
    ("I Vaduzberg, en ort med 5.000 invånare, bor hon nu.", [("Vaduzberg", "LOC")]),
    # a noun of nearness before "av"
    ("Ett nytt hotell byggs i närheten av Sarakinos.", [("Sarakinos", "LOC")]),
    ("De bor i utkanten av Thimphu.", [("Thimphu", "LOC")]),
    # the place and the date of a result's heading, also where the sentence is about sport
    ("Skidskytte, världscupen, Antholz, 17-20 januari.", [("Antholz", "LOC")]),
    ("Alpint, världscupen, Åre, 2 mars.", [("Åre", "LOC")]),
    # ... a name, a number and no month is still a person with an age
    ("Bergkvist, 45, greps i natt.", [("Bergkvist", "PER")]),
]

DISTRICTS = [
    ("Branden började i Hökarängen och spred sig till Gubbängen.", [("Hökarängen", "LOC"), ("Gubbängen", "LOC")]),
    ("Fosie och Kirseberg fick nya bibliotek.", [("Fosie", "LOC"), ("Kirseberg", "LOC")]),
    ("Polisen spärrade av Lilla Essingen.", [("Polisen", "ORG"), ("Lilla Essingen", "LOC")]),
]

CAPITALS = [
    # a debate article's signature in capitals: a first name, an initial, a surname
    ("BIRGITTA HOLMQVIST ordförande i förbundet", [("BIRGITTA HOLMQVIST", "PER")]),
    ("JOHAN K STENMARKER docent i historia", [("JOHAN K STENMARKER", "PER")]),
    # a known place in capitals opening a text, without a news agency
    ("GÖTEBORG Det regnade hela helgen.", [("GÖTEBORG", "LOC")]),
    # ... an ordinary word or a country after the first name ends the name, an acronym stays one
    ("VI MÖTER ANNA SVERIGE", [("SVERIGE", "LOC")]),
    ("Rapporten från SMHI kom i går.", [("SMHI", "ORG")]),
]


COUNTRY_GENITIVES = [
    # a country's genitive before unknown names: the country, then its player or leader
    ("Till slut avgjorde Kameruns Mbakwe matchen.", [("Kameruns", "LOC"), ("Mbakwe", "PER")]),
    ("Då sköt Ghanas Kofi Oduro över.", [("Ghanas", "LOC"), ("Kofi Oduro", "PER")]),
    # ... one unknown word outside sport may be a company: the run stays an organization
    ("Kinas Zhongxing höjer priserna.", [("Kinas Zhongxing", "ORG")]),
    # ... and a compound noun after it is an organization of the country
    ("Enligt Norges Skogsindustrier faller priserna.", [("Norges Skogsindustrier", "ORG")]),
    ("Hon talade på Finlands Tandläkarförbund.", [("Finlands Tandläkarförbund", "ORG")]),
    ("Enligt Sveriges Lärares ordförande är det fel.", [("Sveriges Lärares", "ORG")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTRY_GENITIVES)
def test_country_genitive_before_a_person(text: str, expected: list[tuple[str, str]]) -> None:
    check_spans(text, find_entities(text, "sv"))
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), PLACE_NAME_ENDINGS)
def test_unknown_names_with_a_place_name_ending(text: str, expected: list[tuple[str, str]]) -> None:
    check_spans(text, find_entities(text, "sv"))
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), CONTEXTS)
def test_place_contexts(text: str, expected: list[tuple[str, str]]) -> None:
    check_spans(text, find_entities(text, "sv"))
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), DISTRICTS)
def test_city_districts(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), CAPITALS)
def test_names_in_capitals(text: str, expected: list[tuple[str, str]]) -> None:
    check_spans(text, find_entities(text, "sv"))
    assert pairs(text) == expected


def test_english_has_no_place_name_endings() -> None:
    """The endings are Swedish toponymy: an English text's unknown "-ton" or "-vik" is no place."""
    assert gazetteer("en").place_endings == ("\0",)
    assert "vik" in gazetteer("sv").place_endings
