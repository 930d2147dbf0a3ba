"""A link's why in the reader's language: Swedish in the window, printout and HTML; English data."""

from __future__ import annotations

import pytest

from desktop_app.core import i18n
from desktop_app.core.export.viewpoints import ViewpointRow, ViewpointsTable, csv_section, html_section, json_section
from desktop_app.core.viewpoints.why import PHRASES, parts, read_part, shown_why
from tests.core.viewpoint_helpers import seeds


@pytest.fixture
def swedish():
    before = i18n.current_language()
    i18n.set_language("sv")
    yield
    i18n.set_language(before)


@pytest.mark.parametrize(("why", "expected"), [
    ("shared: arbete, återvändare; negative (“otillräckliga”) vs positive (“gediget”)",
     "gemensamt: arbete, återvändare; negativ (“otillräckliga”) mot positiv (“gediget”)"),
    ("shared: skolor; neutral vs negative; as on their other statements (agree)",
     "gemensamt: skolor; neutral mot negativ; som i deras övriga uttalanden (överens)"),
    ("shared: x; the authors: “håller inte med om att”", "gemensamt: x; skribenterna: “håller inte med om att”"),
    ("shared: x; Anna Berg: “tillbakavisar” what the other says",
     "gemensamt: x; Anna Berg: “tillbakavisar” om det den andra säger"),
    ("Magnus Ranstorp in both texts", "Magnus Ranstorp i båda texterna"),
    ("shared: lag; the text in both texts", "gemensamt: lag; texten i båda texterna"),
    ("shared: a; the same words; a reply to the other text",
     "gemensamt: a; samma ord; ett svar på den andra texten"),
    ("shared: a; positive vs positive; their stances over both texts (disagree)",
     "gemensamt: a; positiv mot positiv; deras hållning i båda texterna (oense)"),
    ("shared: a; neutral vs neutral; relation set by hand (found: related)",
     "gemensamt: a; neutral mot neutral; relationen satt för hand (funnen: relaterad)"),
    ("linked by hand", "länkad för hand"),
])
def test_why_in_swedish(why, expected):
    assert shown_why(why, "sv") == expected
    assert shown_why(why, "en") == why


def test_a_cue_keeps_its_semicolon():
    assert parts("shared: a; X: “nej; aldrig”; a reply to the other text") == [
        "shared: a", "X: “nej; aldrig”", "a reply to the other text"]
    assert shown_why("shared: a; X: “nej; aldrig”", "sv") == "gemensamt: a; X: “nej; aldrig”"


def test_an_unknown_part_stays_as_written():
    assert read_part("something new", "sv") is None
    assert shown_why("shared: a; something new", "sv") == "gemensamt: a; something new"


def test_every_phrase_has_swedish():
    assert i18n.missing("sv", list(PHRASES)) == []


def test_every_seed_why_reads_in_swedish():
    links = seeds()[2].links
    assert links
    for link in links:
        for part in parts(link.why):
            assert read_part(part, "sv") is not None, part


def _row(why: str) -> ViewpointRow:
    return ViewpointRow("q", 0, "the authors", "negative", "disagree", "Anna", "positive", why, 0.5,
                        (0, 1), "a", (0, 1), "b")


def test_html_shows_swedish_and_data_keeps_english(swedish):
    why = "shared: arbete; negative vs positive; as on their other statements (disagree)"
    table = ViewpointsTable([_row(why)], 1, frozenset({"agree", "disagree", "related"}))
    assert "gemensamt: arbete; negativ mot positiv; som i deras övriga uttalanden (oense)" in html_section(table)
    assert json_section(table)["questions"][0]["links"][0]["why"] == why
    assert why in csv_section(table)[-1]
