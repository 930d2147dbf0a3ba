"""Who speaks, read next to the cue: the English patterns of wire copy -> (speaker, kind, words)."""

from __future__ import annotations

import pytest

from tests.core.analysis_helpers import quotes_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening phrase before the subject is not what is said
        (
            "Asked about the layoffs, Lopez said the plant would stay open.",
            ("Lopez", "indirect", "the plant would stay open"),
        ),
        (
            "Speaking at a rally in Ohio, Senator Mark Hale said the bill was dead.",
            ("Mark Hale", "indirect", "the bill was dead"),
        ),
        (
            "In an interview with Reuters, Nora Kline criticised the plan and said it would cost jobs.",
            ("Nora Kline", "indirect", "it would cost jobs"),
        ),
        # appositions and affiliations between the name and the verb
        (
            "Its chief executive, Paul Ortiz, said the company would appeal.",
            ("Paul Ortiz", "indirect", "the company would appeal"),
        ),
        (
            "Health Secretary Dana Reyes, speaking after a visit to the hospital, said staff were exhausted.",
            ("Dana Reyes", "indirect", "staff were exhausted"),
        ),
        (
            "Lena Fisher of the Brookings Institution said the tariffs would backfire.",
            ("Lena Fisher", "indirect", "the tariffs would backfire"),
        ),
        (
            "Police in Leeds said two men had been arrested.",
            ("Police", "indirect", "two men had been arrested"),
        ),
        # people described, not named
        ('"The water rose in minutes," one resident said.', ("one resident", "direct", "The water rose in minutes")),
        ('"It was chaos," a passenger told the BBC.', ("a passenger", "direct", "It was chaos")),
        ('"We had no warning," the driver said.', ("the driver", "direct", "We had no warning")),
        ("Some economists said the cut came too late.", ("some economists", "indirect", "the cut came too late")),
        # "told" is followed by whom the words are told, not by who speaks
        (
            '"We will rebuild," Mayor Ann Cole told reporters, "street by street."',
            ("Ann Cole", "direct", "street by street."),
        ),
        # what follows "X said" is a clause, not a place or a time
        (
            '"It is over," the coach said on Sunday.',
            ("the coach", "direct", "It is over"),
        ),
        # the clause after a reporting participle belongs to the subject
        (
            "Tom Reid defended the deal, insisting it would create jobs.",
            ("Tom Reid", "indirect", "it would create jobs"),
        ),
        # a name with what it is: the name speaks
        (
            "But the Resolution Foundation think tank warned that wages were falling.",
            ("Resolution Foundation", "indirect", "wages were falling"),
        ),
        # a clause carrying quoted words is one direct quote
        (
            'Greta Moss said the ruling was "a victory for common sense."',
            ("Greta Moss", "direct", "a victory for common sense."),
        ),
    ],
)
def test_english_speaker_patterns(text: str, expected) -> None:
    assert expected in quotes_of(text, "en")


def test_a_clause_with_quoted_words_is_not_also_reported_speech() -> None:
    found = quotes_of('Greta Moss said the ruling was "a victory for common sense."', "en")
    assert [kind for _, kind, _ in found] == ["direct"]


def test_a_quote_over_several_paragraphs_is_the_speaker_named_at_its_end() -> None:
    text = (
        "Storm damage\n\n"
        '"We lost the roof in the first hour and the barn soon after.\n\n'
        '"Then the water came, and there was nothing left to save," said Ruth Adler, a farmer.'
    )
    found = quotes_of(text, "en")
    assert found[0] == ("Ruth Adler", "direct", "We lost the roof in the first hour and the barn soon after.")
    assert found[1][0] == "Ruth Adler"


def test_a_lead_that_names_a_role_is_the_person_named_next() -> None:
    text = (
        "Minister defends rail plan\n\n"
        "The transport secretary has defended the new rail line, insisting it will be built on time.\n\n"
        'Speaking on Sunday, Joanna Pike said: "We are on schedule."'
    )
    found = quotes_of(text, "en")
    assert ("Joanna Pike", "indirect", "it will be built on time") in found
    assert ("Joanna Pike", "indirect", "the new rail line") in found  # what she defended is her view too


def test_swedish_speaker_before_a_place_is_the_subject() -> None:
    found = quotes_of("Anna Ek i Umeå säger att bygget är försenat.")
    assert ("Anna Ek", "indirect", "bygget är försenat") in found
    assert ("en pendlare", "indirect", "bussarna är för få") in quotes_of(
        "En pendlare i Gävle, som tar bussen varje dag, säger att bussarna är för få."
    )
