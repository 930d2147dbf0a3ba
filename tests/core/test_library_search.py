"""Library search: Swedish words, prefixes, phrases, ranking; user input is never FTS syntax."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.library import Library
from tests.core.library_fixtures import add, lib, three  # noqa: F401  (fixtures)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("återvändare", ["returnees"]),
        ("återvänd", ["returnees"]),  # prefix
        ("ÅTERVÄNDARE", ["returnees"]),  # case-insensitive, also for å ä ö
        ("Försvarshögskolan", ["returnees"]),
        ("försvars", ["returnees"]),
        ("våldsbejakande extremism", ["orebro"]),
        ('"våldsbejakande extremism"', ["orebro"]),
        ('"extremism våldsbejakande"', []),  # a phrase keeps its order
        ("extrem", ["orebro", "farming"]),  # "extremism" and "extremt"
        ("får", ["farming"]),  # å is not a: "får" is not "far"
        ("far", ["farming"]),
        ("polisen", ["orebro"]),
        ("återvändare polisen", []),  # every word must match
        ("atervandare", []),
    ],
)
def test_search_finds_swedish_words(
    lib: Library, three: dict[str, int], query: str, expected: list[str]
) -> None:
    assert sorted(lib.search(query)) == sorted(three[name] for name in expected)


def test_search_ranks_title_and_frequent_hits_first(lib: Library) -> None:
    once = add(lib, "Lokalt\n\nEn mening om polisen bland mycket annat om skolor och vägar.")
    often = add(lib, "Polisen\n\nPolisen säger att polisen behöver fler poliser.")
    assert lib.search("polisen") == [often, once]
    assert lib.search("polisen", limit=1) == [often]


@pytest.mark.parametrize(
    "query",
    ['"', '""', "AND", "OR NOT", "*", "a*b*", "NEAR(", "NEAR(a b, 2)", "title:x", "^", "-", "(",
     ")", "{a b}", "😀", "polis 😀", "\x00", "'; DROP TABLE documents; --", "å\"ä\"ö\""],
)
def test_any_user_query_is_safe(lib: Library, three: dict[str, int], query: str) -> None:
    assert isinstance(lib.search(query), list)
    assert lib.count() == 3


def test_fts_words_are_literal_not_operators(lib: Library) -> None:
    doc_id = add(lib, "Rubrik\n\nHan sa AND och OR och NOT i samma mening.")
    assert lib.search("AND") == [doc_id]
    assert lib.search("NOT OR") == [doc_id]


@pytest.mark.parametrize("query", ["", "   ", "\n\t", "* - ( )"])
def test_empty_query_finds_nothing(lib: Library, three: dict[str, int], query: str) -> None:
    assert lib.search(query) == []


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    query=st.one_of(
        st.text(max_size=40),
        st.text(alphabet=list('"*()^:-+{},. \x00åäöANDORNTEA0😀'), max_size=30),
    )
)
def test_random_queries_never_raise(lib: Library, query: str) -> None:
    assert isinstance(lib.search(query), list)
