"""Coreference: surnames, aliases and pronouns reach the right actor."""

from __future__ import annotations

import pytest

from desktop_app.core.analysis import analyze


def speakers(text: str, language: str = "sv") -> list[str | None]:
    analysis = analyze(text, language=language, genre="news")
    names = {a.id: a.name for a in analysis.actors}
    return [names.get(q.speaker) for q in analysis.quotes]


def actor(text: str, name: str, language: str = "sv"):
    analysis = analyze(text, language=language, genre="news")
    return next(a for a in analysis.actors if a.name == name)


def test_surname_alone_joins_the_full_name() -> None:
    text = "Magnus Ranstorp är forskare. Ranstorp har skrivit en bok om Ranstorps egen karriär."
    ranstorp = actor(text, "Magnus Ranstorp")
    assert ranstorp.aliases == ["Ranstorp"]
    assert ranstorp.mentions == 3
    analysis = analyze(text, language="sv", genre="news")
    vias = sorted(m.via for m in analysis.mentions if m.actor == ranstorp.id)
    assert vias == ["name", "surname", "surname"]


def test_pronoun_follows_gender() -> None:
    text = "Anna Ek och Bo Berg möttes i går.\n\n– Det var ett bra möte, säger hon.\n\n– Vi kom överens, säger han."
    assert speakers(text) == ["Anna Ek", "Bo Berg"]


def test_someone_introduced_in_narration_beats_the_previous_speaker() -> None:
    text = "– Vi måste agera, säger Anna Ek.\n\nKommunalrådet Eva Lind (M) sitter i nämnden.\n\n– Det är fel, säger hon."
    assert speakers(text) == ["Anna Ek", "Eva Lind"]


def test_previous_speaker_is_the_prior_when_no_one_new_is_named() -> None:
    text = (
        "Statsminister Stefan Löfven (S) håller inte med om att insatserna är sämre.\n\n"
        "– Vi är på bollen, säger han.\n\n"
        "Samtidigt finns saker som behöver förbättras.\n\n"
        "– Det är ett ständigt pågående arbete, säger han."
    )
    assert speakers(text) == ["Stefan Löfven"] * 3
    assert actor(text, "Stefan Löfven").pronoun_mentions == 2


def test_names_inside_quoted_words_are_not_antecedents() -> None:
    text = "Magnus Ranstorp är forskare.\n\n– Jag träffade Bo Ek och han sa att han var trött, säger han."
    assert speakers(text) == ["Magnus Ranstorp"]
    assert actor(text, "Bo Ek").pronoun_mentions == 0


def test_unknown_first_name_gets_the_pronouns_gender() -> None:
    text = "Zan Jankovski är samordnare.\n\n– Det går långsamt, säger han.\n\nHan menar att kommunerna får för lite information."
    zan = actor(text, "Zan Jankovski")
    assert zan.gender == "male"
    assert zan.pronoun_mentions == 2
    assert speakers(text) == ["Zan Jankovski", "Zan Jankovski"]


def test_role_noun_speaker_gives_gender() -> None:
    text = "Det hände i natt.\n\n– Jag blev rädd, säger kvinnan.\n\n– Han sprang efter mig, säger hon."
    assert speakers(text) == ["kvinnan", "kvinnan"]
    assert actor(text, "kvinnan").gender == "female"


def test_role_noun_finds_the_person_who_holds_the_role() -> None:
    text = "Magnus Ranstorp, terrorforskare vid Försvarshögskolan, har studerat frågan.\n\n– Det är allvarligt, säger forskaren."
    assert speakers(text) == ["Magnus Ranstorp"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Säkerhetspolisen, Säpo, varnar. Säpo menar att hotet har ökat.", ("Säkerhetspolisen", ["Säpo"], 3)),
        (
            "Center mot våldsbejakande extremism har fått mer pengar. CVE säger att pengarna behövs.",
            ("Center mot våldsbejakande extremism", ["CVE"], 2),
        ),
        (
            "Terrorgruppen har förlorat mark. IS drivs tillbaka i Irak och terrorgruppens ledare har flytt.",
            ("IS", ["terrorgruppen"], 2),
        ),
    ],
)
def test_aliases_join_their_organization(text: str, expected: tuple[str, list[str], int]) -> None:
    name, aliases, at_least = expected
    org = actor(text, name)
    assert org.kind == "organization"
    assert set(aliases) <= set(org.aliases)
    assert org.mentions >= at_least


def test_english_pronouns() -> None:
    text = "Jane Doe is the mayor. She met John Smith on Monday.\n\n“It went well,” he said.\n\n“We agree,” she said."
    assert speakers(text, "en") == ["John Smith", "Jane Doe"]
    assert actor(text, "Jane Doe", "en").pronoun_mentions == 2


def test_pronoun_without_antecedent_stays_unresolved() -> None:
    assert speakers("Hon säger till TT att hon inte tänker avgå.") == [None]
