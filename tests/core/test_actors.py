"""Actors: names grouped into people, organizations and places, with roles, party and gender."""

from __future__ import annotations

import pytest

from desktop_app.core.analysis import Analysis, analyze


def actors_of(text: str, language: str = "sv") -> dict[str, object]:
    analysis = analyze(text, language=language, genre="news")
    return {a.name: a for a in analysis.actors}


@pytest.mark.parametrize(
    ("text", "name", "role", "party"),
    [
        ("Iraks premiärminister Haider al-Abadi besökte Mosul.", "Haider al-Abadi", "Iraks premiärminister", None),
        (
            "Enligt Magnus Ranstorp, terrorforskare vid Försvarshögskolan, växer hotet.",
            "Magnus Ranstorp",
            "terrorforskare vid Försvarshögskolan",
            None,
        ),
        ("Statsminister Stefan Löfven (S) håller inte med.", "Stefan Löfven", "statsminister", "S"),
        (
            "Zan Jankovski, samordnare mot våldsbejakande extremism i Göteborg, säger att det går långsamt.",
            "Zan Jankovski",
            "samordnare mot våldsbejakande extremism i Göteborg",
            None,
        ),
        ("Anna Ek, vd för Volvo, och Bo Berg (L), kommunalråd i Lund, möttes.", "Bo Berg", "kommunalråd i Lund", "L"),
        ("Senator Elizabeth Warren (D) disagreed.", "Elizabeth Warren", "senator", "D"),
    ],
)
def test_roles_and_party_next_to_the_name(text: str, name: str, role: str, party: str | None) -> None:
    language = "en" if "disagreed" in text else "sv"
    person = actors_of(text, language)[name]
    assert person.kind == "person"
    assert role in person.roles
    assert person.party == party


@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        ("Socialdemokraten Anna Ek vill sänka skatten.", "Anna Ek", "S"),
        ("I går sa moderaten Bo Berg nej.", "Bo Berg", "M"),
        ("Ebba Busch (KD) svarade direkt.", "Ebba Busch", "KD"),
    ],
)
def test_party_labels_and_member_nouns(text: str, name: str, party: str) -> None:
    assert actors_of(text)[name].party == party


@pytest.mark.parametrize("name", ["Johan von Knorring", "Per-Åke Sörman", "Haider al-Abadi"])
def test_names_with_particles_and_hyphens_stay_whole(name: str) -> None:
    text = f"I går talade {name} om saken. Senare svarade {name} på frågor."
    found = actors_of(text)
    assert name in found
    assert found[name].mentions == 2


def test_gender_from_first_name() -> None:
    found = actors_of("Anna Ek och Magnus Berg träffades.")
    assert found["Anna Ek"].gender == "female"
    assert found["Magnus Berg"].gender == "male"


def test_places_and_organizations() -> None:
    found = actors_of("Örebro kommun samarbetar med polisen. Kommunen satsar i Vivalla och i Sverige.")
    assert found["Örebro kommun"].kind == "organization"
    assert "kommunen" in found["Örebro kommun"].aliases
    assert found["Polisen"].kind == "organization"
    assert found["Sverige"].kind == "place"


def test_headings_sentence_starts_and_ordinary_words_are_not_actors() -> None:
    text = "Snabbt tillbaka\n\nMånga vill flytta. Det är svårt att säga. Under natten brann det. Vi vet inte."
    assert actors_of(text) == {}


def test_mentions_count_names_and_pronouns_apart() -> None:
    text = "Magnus Ranstorp är forskare. Ranstorp varnar.\n\n– Det är allvarligt och hans kollegor håller med, säger han."
    analysis: Analysis = analyze(text, language="sv", genre="news")
    ranstorp = next(a for a in analysis.actors if a.name == "Magnus Ranstorp")
    assert ranstorp.mentions == 2
    assert ranstorp.pronoun_mentions == 1  # "hans" inside the quoted words is not counted
    assert sum(1 for m in analysis.mentions if m.actor == ranstorp.id) == 3


def test_actor_ids_follow_first_mention_and_key_is_the_folded_name() -> None:
    analysis = analyze("Bo Ek reste till Sverige. Anna Ek stannade.", language="sv", genre="news")
    assert [a.id for a in analysis.actors] == [f"a{i + 1}" for i in range(len(analysis.actors))]
    firsts = [min(m.start for m in analysis.mentions if m.actor == a.id) for a in analysis.actors]
    assert firsts == sorted(firsts)
    assert analysis.actors[0].key == "bo ek"


@pytest.mark.parametrize(
    ("text", "org", "alias"),
    [
        # an acronym whose last letter starts the second part of a compound
        (
            "Arbetslösheten steg enligt Statistiska centralbyrån. Det framgår av siffror som SCB publicerade.",
            "Statistiska centralbyrån",
            "SCB",
        ),
    ],
)
def test_acronym_of_a_compound_name_joins_the_long_name(text: str, org: str, alias: str) -> None:
    actors = actors_of(text)
    assert alias not in actors
    assert alias in actors[org].aliases


@pytest.mark.parametrize(
    ("text", "org", "not_a_person"),
    [
        # a lone genitive before a role and a person is the person's organization
        ("– Vi jobbar dygnet runt, säger Vattenfalls presschef Maria Lund.", "Vattenfall", "Vattenfalls"),
        # a name after a noun ending in "koncernen"/"bolaget" is that company, wherever it stands
        ("Industrikoncernen Kvarntek varslar 200. Enligt Kvarntek har orderingången rasat.", "Kvarntek", None),
    ],
)
def test_organizations_are_not_taken_for_people(text: str, org: str, not_a_person: str | None) -> None:
    actors = actors_of(text)
    assert actors[org].kind == "organization"
    if not_a_person:
        assert not_a_person not in actors
