"""Gender from first names and role nouns, used to resolve han/hon and he/she."""

from __future__ import annotations

import pytest

from desktop_app.core.analysis.entities.gender import gender_of_first_name, gender_of_role
from desktop_app.core.analysis.text.lexicon import load_lines


@pytest.mark.parametrize(
    ("name", "language", "expected"),
    [
        ("Magnus Ranstorp", "sv", "male"),
        ("Zan Jankovski", "sv", None),  # not a name the lists know
        ("Stefan Löfven", "sv", "male"),
        ("Haider al-Abadi", "sv", "male"),
        ("Kenneth Nilsson", "sv", "male"),
        ("Per-Åke Sörman", "sv", "male"),
        ("Lennart Bondeson", "sv", "male"),
        ("Anna Svensson", "sv", "female"),
        ("Ann-Sofie", "sv", "female"),
        ("Märta", "sv", "female"),
        ("Åsa Romson", "sv", "female"),
        ("Magdalena Andersson", "sv", "female"),
        ("Ebba Busch", "sv", "female"),
        ("Ulf Kristersson", "sv", "male"),
        ("Jimmie Åkesson", "sv", "male"),
        ("Kim Andersson", "sv", None),  # unisex
        ("Ursula von der Leyen", "en", "female"),
        ("Joe Biden", "en", "male"),
        ("Angela Merkel", "en", "female"),
        ("Fatima Ahmed", "sv", "female"),
        ("Mohammed Ali", "sv", "male"),
        ("Jean-Claude Juncker", "en", "male"),
        ("Andrea Nilsson", "sv", "female"),  # a woman's name in Sweden ...
        ("ANNA", "sv", "female"),
        ("anna", None, "female"),
        ("Maria", None, "female"),
        ("", "sv", None),
        ("   ", "en", None),
        ("Sverige", "sv", None),
        ("(Anna)", "sv", "female"),
    ],
)
def test_gender_of_first_name(name: str, language: str | None, expected: str | None) -> None:
    assert gender_of_first_name(name, language) == expected


def test_language_decides_ambiguous_names() -> None:
    # "Andrea" is female in the Swedish lists and listed for both sexes in the English ones
    assert gender_of_first_name("Andrea", "sv") == "female"
    assert gender_of_first_name("Andrea", "en") is None


def test_name_lists_are_large_and_clean() -> None:
    female = load_lines("sv", "first_names_female") + load_lines("en", "first_names_female")
    male = load_lines("sv", "first_names_male") + load_lines("en", "first_names_male")
    assert len(set(female)) + len(set(male)) >= 2000
    assert all(name[0].isupper() and " " not in name for name in female + male)


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("mamma", "female"),
        ("mamman", "female"),
        ("kvinnan", "female"),
        ("flickan", "female"),
        ("hustrun", "female"),
        ("drottningen", "female"),
        ("affärskvinnan", "female"),
        ("den unga kvinnan", "female"),
        ("mannen", "male"),
        ("pojken", "male"),
        ("pappan", "male"),
        ("kungen", "male"),
        ("tonårspojken", "male"),
        ("statsministern", None),
        ("forskaren", None),
        ("personen", None),
        ("samordnaren", None),
        ("the wife", "female"),
        ("Woman", "female"),
        ("spokeswoman", "female"),
        ("spokesman", "male"),
        ("husband", "male"),
        ("president", None),
        ("human", None),
        ("", None),
    ],
)
def test_gender_of_role(noun: str, expected: str | None) -> None:
    assert gender_of_role(noun) == expected
