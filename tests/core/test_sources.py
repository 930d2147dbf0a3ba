"""Sources that name no person: documents, institutions, unnamed groups -> (speaker, kind, words)."""

from __future__ import annotations

import pytest

from desktop_app.core.analysis.speech.word_classes import is_person_noun, is_plural_group, source_class
from tests.core.analysis_helpers import quotes_of


@pytest.mark.parametrize(
    ("word", "language", "kinds"),
    [
        ("prognosen", "sv", {"document"}),
        ("väderprognosen", "sv", {"document"}),
        ("uppgifterna", "sv", {"document"}),
        ("pressmeddelandet", "sv", {"document", "medium"}),
        ("miljöförvaltningen", "sv", {"institution"}),
        ("nämnden", "sv", {"institution"}),
        ("kapital", "sv", set()),  # "tal" ends it, but a short word counts only whole
        ("statements", "en", {"document", "medium"}),
        ("agencies", "en", {"institution"}),
        ("letter", "en", {"medium"}),
        ("weather", "en", set()),
    ],
)
def test_source_nouns_in_any_form(word: str, language: str, kinds: set[str]) -> None:
    assert source_class(word, language) == kinds


def test_people_nouns_and_groups() -> None:
    assert is_person_noun("handlare", "sv") and is_person_noun("residents", "en")
    assert not is_person_noun("Handlare", "sv") and not is_person_noun("budget", "en")
    assert is_plural_group("läkarna", "sv", role=False) and is_plural_group("officials", "en", role=True)
    assert not is_plural_group("tekniska", "sv", role=False) and not is_plural_group("boss", "en", role=True)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an organization named by a common noun, after "enligt" or as the subject
        (
            "Enligt miljöförvaltningen har utsläppen minskat med en fjärdedel.",
            "sv",
            ("miljöförvaltningen", "indirect", "har utsläppen minskat med en fjärdedel"),
        ),
        (
            "Enligt kultur- och fritidsförvaltningen räcker pengarna inte till badhuset.",
            "sv",
            ("kultur- och fritidsförvaltningen", "indirect", "räcker pengarna inte till badhuset"),
        ),
        (
            "Sociala nämnden bedömer att behovet av platser ökar.",
            "sv",
            ("Sociala nämnden", "indirect", "behovet av platser ökar"),
        ),
        # a document points to who issued it: after "från", or named before in the paragraph
        (
            "Enligt en rapport från Naturvårdsverket har antalet arter minskat.",
            "sv",
            ("Naturvårdsverket", "indirect", "har antalet arter minskat"),
        ),
        (
            "Trafikverket har mätt trafiken på bron. Enligt mätningen kör var tredje bil för fort.",
            "sv",
            ("Trafikverket", "indirect", "kör var tredje bil för fort"),
        ),
        (
            "Exports fell in March, according to a statement from the Ministry of Finance.",
            "en",
            ("Ministry of Finance", "indirect", "Exports fell in March"),
        ),
        # people the text does not name
        (
            "Biljetterna tog slut på en timme, enligt arrangörerna.",
            "sv",
            ("arrangörerna", "indirect", "Biljetterna tog slut på en timme"),
        ),
        ("Kritiker menar att reformen kommer för sent.", "sv", ("kritiker", "indirect", "reformen kommer för sent")),
        ("Flera ekonomer tror att räntan sänks i vår.", "sv", ("flera ekonomer", "indirect", "räntan sänks i vår")),
        ("Analysts said the merger would face scrutiny.", "en", ("analysts", "indirect", "the merger would face scrutiny")),
        ("Enligt uppgifter till Sydsvenskan har avtalet sagts upp.", "sv", ("uppgifter till Sydsvenskan", "indirect", "har avtalet sagts upp")),
        (
            "Fares will rise again, according to figures from the network operator.",
            "en",
            ("figures from the network operator", "indirect", "Fares will rise again"),
        ),
        # an organization reporting on a topic
        (
            "Räddningstjänsten rapporterar om flera bränder i skogsområdet.",
            "sv",
            ("Räddningstjänsten", "indirect", "flera bränder i skogsområdet"),
        ),
        ("I kväll varnar SMHI för kraftiga vindbyar.", "sv", ("SMHI", "indirect", "kraftiga vindbyar")),
        # a proposal said somewhere is words; a proposal alone is politics
        (
            "Moderaterna föreslår i en debattartikel att skatten sänks.",
            "sv",
            ("Moderaterna", "indirect", "skatten sänks"),
        ),
    ],
)
def test_sources_that_name_no_person(text: str, language: str, expected) -> None:
    assert expected in quotes_of(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Regeringen föreslår att fler poliser anställs.", "sv"),  # a proposal is a political act
        ("Enligt tidtabellen går bussen varje timme.", "sv"),  # a document nobody in the text issued
        ("Anna Ek berättar om sin uppväxt i Kiruna.", "sv"),  # a person telling about: narration
        ("Karin Berg rapporterar om kriget för Sveriges Radio.", "sv"),
    ],
)
def test_not_reported_speech(text: str, language: str) -> None:
    assert quotes_of(text, language) == []


def test_a_named_forecaster_service_speaks_for_its_forecasters() -> None:
    text = (
        "Storm nears the coast\n\n"
        "The storm gained strength overnight, the National Weather Service said.\n\n"
        "Forecasters said up to 20 centimetres of rain could fall by Friday."
    )
    found = quotes_of(text, "en")
    assert ("National Weather Service", "indirect", "up to 20 centimetres of rain could fall by Friday") in found
