"""Places of issue 12's NER round 8: a place before a distance and a compass bearing ("Kvarnby,
strax väster om Lund"), a place name with a capitalized place head ("Kista Centrum"), a results
heading's place that is also a first name, a preposition of place before a verb of saying, a
municipality in apposition to a place, a town described after a preposition in a sports sentence,
a multi-word place after a preposition and a nationality adjective, "Villa X", "-badet", and an
organization head that ends a compound ("Göteborgs musikgymnasium")."""

from __future__ import annotations

import pytest

from desktop_app.core.analysis.entities.recognizer import find_entities
from tests.core.entity_checks import check_spans, pairs

CASES = [
    # a distance between the place and its bearing
    ("Branden bröt ut vid Norrvinga två kilometer söder om Lund.", [("Norrvinga", "LOC"), ("Lund", "LOC")]),
    ("Bilen hittades i Kvarnbyheden, strax väster om Lund.", [("Kvarnbyheden", "LOC"), ("Lund", "LOC")]),
    # ... but a person counted in times stays a person
    ("Hon träffade Anna två gånger i våras.", [("Anna", "PER")]),
    # a known place and a capitalized place head
    ("Ett rån skedde i Kista Centrum på lördagen.", [("Kista Centrum", "LOC")]),
    ("Tåget blev stående vid Malmö Central.", [("Malmö Central", "LOC")]),
    # ... a known place and an unknown name stay an organization
    ("Stockholm Snipers vann serien.", [("Stockholm Snipers", "ORG")]),
    # a results heading: sport, event, place, date
    ("Friidrott, inomhus-VM, Florence, 5 juni.", [("Florence", "LOC")]),
    # a preposition of place before a verb of saying keeps the unknown name a place
    ("Läraren Oskar Lind i Tjåmotis tycker att skolan ska vara kvar.",
     [("Oskar Lind", "PER"), ("Tjåmotis", "LOC")]),
    ("Det är bra, tycker Molund.", [("Molund", "PER")]),
    # a municipality in apposition to a place is the place
    ("Två hus brann i Kvarnby, Lunds kommun, i natt.", [("Kvarnby", "LOC"), ("Lunds kommun", "LOC")]),
    ("Lunds kommun har beslutat att bygga en skola.", [("Lunds kommun", "ORG")]),
    # a described town in a sports sentence is the place, the bare town the club
    ("I ett blåsigt Göteborg vann hemmalaget mot Sundsvall med 3 – 1.",
     [("Göteborg", "LOC"), ("Sundsvall", "ORG")]),
    # a foreign place of two words after a preposition and a nationality adjective
    ("Tävlingen i franska Val Thorens ställdes in.", [("Val Thorens", "LOC")]),
    ("Aktierna i Svensk Fastighetsförmedling steg.", [("Svensk Fastighetsförmedling", "ORG")]),
    # a house's name, a bathing place
    ("Festen hölls på Villa Ekbacken i Djursholm.", [("Villa Ekbacken", "LOC"), ("Djursholm", "LOC")]),
    ("Simskolan flyttar till Eriksdalsbadet i höst.", [("Eriksdalsbadet", "LOC")]),
    # an organization head that ends a compound names the organization, a place's head does not
    ("Eleverna på Göteborgs musikgymnasium sjöng.", [("Göteborgs musikgymnasium", "ORG")]),
    ("Han flyttade till Kenyas huvudstad Nairobi.", [("Kenyas", "LOC"), ("Nairobi", "LOC")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round8_places(text: str, expected: list[tuple[str, str]]) -> None:
    check_spans(text, find_entities(text, "sv"))
    assert pairs(text) == expected
