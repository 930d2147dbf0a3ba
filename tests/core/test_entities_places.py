"""Places of issue 12's NER round 4: localities and cities that only the GeoNames lists name
(resources/lexicons/*/places_geonames.txt), found where no preposition or place noun says what
they are; a town that ends a person's name after a first name ("Mats Berg"); and an unknown name
after a company role and "i" ("koncernchef i Ikea"), which is the company, or in the genitive
before the noun the preposition governs ("i Fortums transformatorstation")."""

from __future__ import annotations

import pytest

from desktop_app.core.analysis.entities.gazetteer import gazetteer
from desktop_app.core.analysis.entities.recognizer import find_entities
from tests.core.entity_checks import check_spans, pairs

LOCALITIES = [
    # Swedish localities of a few hundred inhabitants, at a sentence start or as a subject
    ("Löttorp ligger på norra Öland.", [("Löttorp", "LOC"), ("Öland", "LOC")]),
    ("Vägen mellan Hindås och Kållered stängdes efter olyckan.", [("Hindås", "LOC"), ("Kållered", "LOC")]),
    ("Stallarholmen har fått en ny skola.", [("Stallarholmen", "LOC")]),
    # a Finnish town and the world's cities by their local names
    ("Tävlingen i Kuusamo ställdes in.", [("Kuusamo", "LOC")]),
    ("Monterrey och Chengdu växer snabbt.", [("Monterrey", "LOC"), ("Chengdu", "LOC")]),
    # hand-written regions and landscapes
    ("Sälenfjällen och Kolmården lockar turister.", [("Sälenfjällen", "LOC"), ("Kolmården", "LOC")]),
]

TOWN_SURNAMES = [
    # a first name before a one-word town: the town is the surname
    ("– En tråkig historia, säger Mats Berg, befäl vid polisen.", [("Mats Berg", "PER"), ("polisen", "ORG")]),
    ("Whitney Houston var en stor artist.", [("Whitney Houston", "PER")]),
    ("Victor Öhling Norberg blev bäste svensk.", [("Victor Öhling Norberg", "PER")]),
    ("Whitney Houstons kvarlevor fördes hem.", [("Whitney Houstons", "PER")]),
    # ... but not after an employer's genitive, and a country or region is never a surname
    ("Jonas Jerebkos Detroit förlorade mot Philadelphia.",
     [("Jonas Jerebkos", "PER"), ("Detroit", "ORG"), ("Philadelphia", "ORG")]),
    ("Där representerade Anna Sverige i fjol.", [("Anna", "PER"), ("Sverige", "LOC")]),
    ("I dag besöker Erik Skåne.", [("Erik", "PER"), ("Skåne", "LOC")]),
    # a town that starts the chunk stays a place
    ("Berg är en kommun i Jämtland.", [("Berg", "LOC"), ("Jämtland", "LOC")]),
]

COMPANIES_AFTER_I = [
    # a company role or holding before "i": the unknown name is the company
    ("Han blev koncernchef i Scamatec förra året.", [("Scamatec", "ORG")]),
    ("Pengarna fanns på ett konto i Brixbank.", [("Brixbank", "ORG")]),
    ("Hon är vice ordförande i Norrvinga sedan maj.", [("Norrvinga", "ORG")]),
    # ... a known place stays a place, and without such a word an unknown name is a place
    ("Han är ordförande i Malmö.", [("Malmö", "LOC")]),
    ("Olyckan hände i Norrvinga i natt.", [("Norrvinga", "LOC")]),
]

GENITIVES_AFTER_A_PREPOSITION = [
    # the preposition governs the noun the genitive stands before: the name is no place
    ("Det var ett haveri i Fortums transformatorstation.", [("Fortums", "ORG")]),
    ("Han läste det i Carrs bok.", [("Carrs", "PER")]),
    # ... but a name before a verb, or before a place's own noun, stays a place
    ("I Vilnius finns en stor marknad.", [("Vilnius", "LOC")]),
    ("Hon bor i Kronobergs län.", [("Kronobergs län", "LOC")]),
]


@pytest.mark.parametrize(("text", "expected"), GENITIVES_AFTER_A_PREPOSITION)
def test_genitive_after_a_place_preposition(text: str, expected: list[tuple[str, str]]) -> None:
    check_spans(text, find_entities(text, "sv"))
    assert pairs(text) == expected

CLUBS_BY_NEW_SPORTS_WORDS = [
    ("Kalmar tog bonuspoängen efter straffläggningen.", [("Kalmar", "ORG")]),
    ("Växjö fick ett självmål i slutet.", [("Växjö", "ORG")]),
    ("Kalmar har fått ny belysning på torget.", [("Kalmar", "LOC")]),
]


@pytest.mark.parametrize(("text", "expected"), CLUBS_BY_NEW_SPORTS_WORDS)
def test_towns_as_clubs_by_more_sports_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), COMPANIES_AFTER_I)
def test_unknown_name_after_a_company_role_and_i(text: str, expected: list[tuple[str, str]]) -> None:
    check_spans(text, find_entities(text, "sv"))
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), LOCALITIES)
def test_localities_from_geonames(text: str, expected: list[tuple[str, str]]) -> None:
    check_spans(text, find_entities(text, "sv"))
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "expected"), TOWN_SURNAMES)
def test_a_town_after_a_first_name_is_a_surname(text: str, expected: list[tuple[str, str]]) -> None:
    check_spans(text, find_entities(text, "sv"))
    assert pairs(text) == expected


def test_geonames_lists_leave_out_ordinary_words_and_names() -> None:
    """The GeoNames lists add places, never a word or a name the other lists know otherwise."""
    gaz = gazetteer("sv")
    for word in ("Vi", "Man", "Bara", "Medan", "George", "Charlotte", "Reading"):
        assert gaz.kind_of(word) != "LOC", word
    assert gaz.kind_of("Stallarholmen") == "LOC"
    assert gaz.kind_of("Kelowna") == "LOC"
