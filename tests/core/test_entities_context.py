"""Names typed by the words around them (issue 12): places after a nationality adjective or a
compass bearing, clubs as opponents and employers, whole-quotation titles, compounds that are
things, English ministries and datelines. Each row: a sentence and the entities it must give, in
order; a pair that must not appear is checked by the exact list."""

from __future__ import annotations

import pytest

from desktop_app.core.analysis.entities.recognizer import find_entities
from tests.core.entity_checks import check_spans, pairs

SWEDISH = [
    # a nationality adjective before a name the lists do not know: the place
    ("Hon vann loppet i tjeckiska Pardubice på söndagen.", [("Pardubice", "LOC")]),
    ("Konferensen hölls i brasilianska Curitiba i fjol.", [("Curitiba", "LOC")]),
    # ... but the -e form is a man, and a known person stays one
    ("Segern togs av svenske Lindqvist.", [("Lindqvist", "PER")]),
    # a compass bearing on either side
    ("Byn ligger tre mil norr om Kandahar.", [("Kandahar", "LOC")]),
    ("Olyckan skedde vid Sörbyn nordost om Luleå.", [("Sörbyn", "LOC"), ("Luleå", "LOC")]),
    ("Trafiken stod still i höjd med Kungsängen på morgonen.", [("Kungsängen", "LOC")]),
    # clubs named after their town: the opponent, the employer
    ("Borta mot Linköping blev det förlust i torsdags.", [("Linköping", "ORG")]),
    ("Han spelade elva säsonger i Detroit innan han flyttade hem.", [("Detroit", "ORG")]),
    ("Hon flyttade till Linköping i fjol.", [("Linköping", "LOC")]),
    # a distance is no match score: the town stays a place
    ("Vinden in mot Malmö ligger på 10 – 12 meter per sekund.", [("Malmö", "LOC")]),
    # a name that fills a whole quotation is a title; a person's name there stays one
    ("Han anmälde filmen ”Call Girl” för förtal.", []),
    ("Skivan ”Blue Horizon” släpptes i fjol.", []),
    ("– Vi kallade honom ”Palme”, säger hon.", [("Palme", "PER")]),
    # a compound ending in an ordinary definite noun names a thing or an event
    ("Fordringsägarna i Volvokonkursen fick inget.", []),
    ("Han fick avgå efter Saudiskandalen i våras.", []),
    # ... but a place's own ending keeps it a place
    ("Branden startade på Kämpegatan i natt.", [("Kämpegatan", "LOC")]),
    # English place names in Swedish text
    ("Loppet avgjordes i Greenwich Park i London.", [("Greenwich Park", "LOC"), ("London", "LOC")]),
    ("Hon åker till S:t Moritz i februari.", [("S:t Moritz", "LOC")]),
    # a dateline with a date before the agency
    ("BAGDAD, 3 maj (TT) Minst tio personer dödades.", [("BAGDAD", "LOC"), ("TT", "ORG")]),
]

ENGLISH = [
    ("The talks failed, said the Foreign Ministry in Beijing.", [("Foreign Ministry", "ORG"), ("Beijing", "LOC")]),
    ("Growth slowed, according to the Finance Ministry.", [("Finance Ministry", "ORG")]),
    ("Finance Minister Ahmed Khan said the budget was balanced.", [("Ahmed Khan", "PER")]),
    ("LONDON, May 3 (Reuters) - Shares fell on Monday.", [("LONDON", "LOC"), ("Reuters", "ORG")]),
    ("NEW YORK (AP) — Stocks fell sharply.", [("NEW YORK", "LOC"), ("AP", "ORG")]),
    ("The village lies ten miles north of Kandahar.", [("Kandahar", "LOC")]),
    ("Crowds gathered in Tahrir Square and on Fifth Avenue.", [("Tahrir Square", "LOC"), ("Fifth Avenue", "LOC")]),
]


@pytest.mark.parametrize(("text", "expected"), SWEDISH)
def test_swedish_names_by_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text, "sv") == expected
    check_spans(text, find_entities(text, "sv"))


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_names_by_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text, "en") == expected
    check_spans(text, find_entities(text, "en"))
