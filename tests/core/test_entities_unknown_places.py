"""Places that no list knows, typed by the words around them (issue 12, NER), and the GeoNames
lists rebuilt by benchmarks/build_place_lists.py. The invented names ("Tallmora", "Kvarnhed")
are in no list, so each row tests a rule, not a list entry; rows with [] or another kind check that
the rule does not fire where the name is someone's."""

from __future__ import annotations

import pytest

from desktop_app.core.analysis.entities.gazetteer import gazetteer
from desktop_app.core.analysis.entities.recognizer import find_entities
from tests.core.entity_checks import check_spans, pairs

INVENTED = ("Tallbrinken", "Tremona", "Gruvlinge", "Kvarnhed", "Velmora", "Tallmora", "Grönhagen", "Puerto Madryn")

ROWS = [
    # a verb or noun of going before "till"; not a recipient ("sade till", "gav ... till")
    ("Familjen flyttade till Tallbrinken förra året.", [("Tallbrinken", "LOC")]),
    ("Efter resan till Tallmora var hon trött.", [("Tallmora", "LOC")]),
    ("Hon sade till Tallmora att gå.", []),
    ("Hon gav pengarna till Tallmora Grönhagen.", [("Tallmora Grönhagen", "PER")]),
    # a town's genitive before its streets, schools, inhabitants; not before any noun
    ("Det var kaos på Tremonas gator i natt.", [("Tremonas", "LOC")]),
    ("Tremonas invånare får vänta på bussen.", [("Tremonas", "LOC")]),
    ("Han läste Tremonas bok.", []),
    # a name joined by "och" or "," to a place after it, read from the end of the list
    ("Avbrotten drabbade Gruvlinge och Värmdö.", [("Gruvlinge", "LOC"), ("Värmdö", "LOC")]),
    ("Gruvlinge, Tallmora och Värmdö drabbades.", [("Gruvlinge", "LOC"), ("Tallmora", "LOC"), ("Värmdö", "LOC")]),
    # ... and after a place guessed from its context ("i Uddevalla och Herrljunga")
    ("Butikerna i Tallmora och Gruvlinge klagade.", [("Tallmora", "LOC"), ("Gruvlinge", "LOC")]),
    # the two ends of a route
    ("Trafiken på sträckan Sundsvall – Kvarnhed stoppades.", [("Sundsvall", "LOC"), ("Kvarnhed", "LOC")]),
    ("Nattåget till Östersund / Kvarnhed spårade ur.", [("Östersund", "LOC"), ("Kvarnhed", "LOC")]),
    # a kind of town before the name, without the article, and plurals before a list
    ("Landets huvudstad Velmora ligger vid havet.", [("Velmora", "LOC")]),
    ("I kommunerna Tallmora och Gruvlinge regnade det.", [("Tallmora", "LOC"), ("Gruvlinge", "LOC")]),
    # ... a name that merely ends like one is no kind noun: "Kristianstad Lars Dahlberg"
    ("Lektor vid högskolan i Kristianstad Lars Dahlberg svarar.", [("Kristianstad", "LOC"), ("Lars Dahlberg", "PER")]),
    # "över" before an unknown name
    ("Norrskenet syntes över Tallmora i natt.", [("Tallmora", "LOC")]),
    # an unknown run of words after "i" with no first name or surname is a place
    ("Han bor i Puerto Madryn sedan 2010.", [("Puerto Madryn", "LOC")]),
    ("Hon har jobbat i Tallmora Grönhagen i tio år.", [("Tallmora Grönhagen", "LOC")]),
    ("Han satt i Anna Lindhs regering.", [("Anna Lindhs", "PER")]),
    # a preposition of place that opens the sentence
    ("Runt Velmora slogs en järnring.", [("Velmora", "LOC")]),
    # a sentence's first word that lies some distance from a place
    ("Gruvlinge ligger en dryg halvmil nordväst om Lund.", [("Gruvlinge", "LOC"), ("Lund", "LOC")]),
    # a capitalized compound of a kind of place before the name
    ("Två kvinnor boende i Malmöstadsdelen Kvarnhed utsattes.", [("Kvarnhed", "LOC")]),
    # after a person's full name and a comma, at the end of the sentence: where the person works
    ("– Det kan ta eld, säger brandinspektör Marcus Örnroth, Kvarnhed.", [("Marcus Örnroth", "PER"), ("Kvarnhed", "LOC")]),
    # ... not inside a list, where the words after the comma are not read as places
    ("Han träffade Marcus Örnroth, Kvarnhed och Gruvlinge.", [("Marcus Örnroth", "PER")]),
    # a town's genitive before a player's role is the club
    ("Ipswichs kapten missar matchen mot Leeds.", [("Ipswichs", "ORG"), ("Leeds", "ORG")]),
    # cities the old GeoNames filter left out (simplemma knows proper names too)
    ("Tegucigalpa ligger högt.", [("Tegucigalpa", "LOC")]),
    ("Mannheim och Trondheim fick snö.", [("Mannheim", "LOC"), ("Trondheim", "LOC")]),
    ("Zug är en liten stad.", [("Zug", "LOC")]),
]


def test_invented_names_are_in_no_list() -> None:
    gaz = gazetteer("sv")
    for name in INVENTED:
        words = name.split()
        assert gaz.lookup(words) is None, name
        assert not any(gaz.info(w).first_name or gaz.info(w).surname for w in words), name


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_unknown_places_by_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text, "sv") == expected
    check_spans(text, find_entities(text, "sv"))


def test_geonames_lists_keep_ordinary_words_out() -> None:
    # words whose lemma is lowercase in simplemma, and first names, stay out of the lists
    gaz = gazetteer("sv")
    for word in ("Reading", "Medan", "Hassan"):
        assert gaz.lookup([word]) is None, word
