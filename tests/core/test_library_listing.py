"""The library table's order and filters, without Qt."""

from __future__ import annotations

import re

import pytest

from desktop_app.core.library import DocumentSummary
from desktop_app.core.library.listing import ListingFilter, facet_values, natural_key


@pytest.mark.parametrize("titles", [
    ["part 2", "Part 10", "part 278", "part 1002"],
    ["a1b2", "a1b10", "a2b1"],
    ["007", "8", "10"],
    ["Örebro 3", "Örebro 20", "Östersund"],
])
def test_natural_order(titles):
    assert sorted(reversed(titles), key=natural_key) == titles


def _substituted_key(text):
    """natural_key as first written: a regex substitution calling back per run of digits."""
    def number(match):
        digits = match.group().lstrip("0") or "0"
        return f"{min(len(digits), 99):02d}{digits}"

    return re.sub(r"\d+", number, text.casefold())


@pytest.mark.parametrize("text", [
    "", "abc", "007", "0", "000", "Part 00278 of 1002", "a1b2c3", "12abc", "abc12", "Örebro 3",
    "ÄÖ 12 ß 3", "İstanbul 5", "ﬁle 2", "x" + "1" * 150, "٣ arabic-indic digits ٤٥", "tab\t9\n10",
])
def test_natural_key_is_the_same_key_as_before(text):
    assert natural_key(text) == _substituted_key(text)


def test_facet_values_are_the_distinct_non_empty_values_naturally_sorted():
    docs = [_doc(1, outlet="SvD 10"), _doc(2, outlet=""), _doc(3, outlet="SvD 9"), _doc(4, outlet="SvD 10")]
    assert facet_values(docs, "outlet") == ["SvD 9", "SvD 10"]
    assert facet_values([], "outlet") == []


def _doc(i, outlet="DN", genre="news", language="sv", date="2019-03-28"):
    return DocumentSummary(i, f"t{i}", outlet, date, genre, language, 10, "", "")


def test_filters_by_outlet_genre_language_and_date():
    docs = [_doc(1), _doc(2, outlet="SvD"), _doc(3, genre="opinion", date="2020-01-05"),
            _doc(4, language="en", date=""), _doc(5, date="2019")]
    assert ListingFilter().ids(docs) == {1, 2, 3, 4, 5} and not ListingFilter().active
    assert ListingFilter(outlet="SvD").ids(docs) == {2}
    assert ListingFilter(genre="opinion").ids(docs) == {3}
    assert ListingFilter(language="en").ids(docs) == {4}
    assert ListingFilter(date_from="2020").ids(docs) == {3}
    assert ListingFilter(date_to="2019-03").ids(docs) == {1, 2, 5}  # undated documents left out
    assert ListingFilter(outlet="DN", date_from="2019-03-28", date_to="2019-12-31").ids(docs) == {1, 5}
    assert facet_values(docs, "outlet") == ["DN", "SvD"]
