"""Language detection: Swedish or English per document, with the metadata as override."""

from __future__ import annotations

import pytest

from desktop_app.core.analysis import analyze
from desktop_app.core.analysis.text.language import detect_language, resolve_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Det är ett ständigt pågående arbete, säger han.", "sv"),
        ("Många av dem vill ta sig tillbaka till Sverige, enligt Magnus Ranstorp.", "sv"),
        ("Vi måste göra mer", "sv"),
        ("The minister said that the plan would fail.", "en"),
        ("“We will not back down,” she said.", "en"),
        ("According to the police, no one was hurt in the fire.", "en"),
        ("Stockholm", "sv"),  # nothing to go on: the product's first language
        ("", "sv"),
    ],
)
def test_detects_swedish_and_english(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_mixed_text_goes_to_the_majority() -> None:
    text = "Det här är en svensk text om skolan och vården. " * 5 + "It has one English sentence in it."
    assert detect_language(text) == "sv"


@pytest.mark.parametrize(("override", "expected"), [("en", "en"), ("EN", "en"), ("sv-SE", "sv"), ("de", "sv"), ("", "sv")])
def test_override_wins_when_supported(override: str, expected: str) -> None:
    assert resolve_language("Det är bra, säger hon.", override) == expected


def test_analysis_uses_the_detected_language() -> None:
    assert analyze("The council said that the budget was too small.").language == "en"
    assert analyze("Kommunen säger att budgeten är för liten.").language == "sv"
    assert analyze("Kommunen säger att budgeten är för liten.", language="en").language == "en"
