"""The claim-term stemmers: inflections of one word meet, unrelated words stay apart."""

from __future__ import annotations

import pytest

from desktop_app.core.analysis.claims.terms import claim_terms
from desktop_app.core.analysis.text.stemming import stem, stem_en, stem_sv

SWEDISH_SAME = [
    ("arbete", "arbetet", "arbeten"),
    ("insatser", "insatserna"),
    ("regeringen", "regeringens", "regering"),
    ("otillräcklig", "otillräckliga"),
    ("återvändare", "återvändarna"),
    ("beslutet", "beslut", "besluten"),
    ("stödet", "stöd"),
]
SWEDISH_APART = [("arbete", "arbetslös"), ("skola", "skatt"), ("polis", "politik")]
ENGLISH_SAME = [
    ("measures", "measured", "measure", "measuring"),
    ("inputs", "input"),
    ("states", "state", "stated"),
    ("statement", "statements"),
    ("policy", "policies"),
    ("running", "runs", "run"),
]
ENGLISH_APART = [("statement", "states"), ("new", "news"), ("general", "generous"), ("university", "universe")]


@pytest.mark.parametrize("words", SWEDISH_SAME)
def test_swedish_inflections_share_a_stem(words: tuple[str, ...]) -> None:
    assert len({stem_sv(w) for w in words}) == 1, {w: stem_sv(w) for w in words}


@pytest.mark.parametrize("words", SWEDISH_APART)
def test_unrelated_swedish_words_stay_apart(words: tuple[str, ...]) -> None:
    assert len({stem_sv(w) for w in words}) == len(words)


@pytest.mark.parametrize("words", ENGLISH_SAME)
def test_english_inflections_share_a_stem(words: tuple[str, ...]) -> None:
    assert len({stem_en(w) for w in words}) == 1, {w: stem_en(w) for w in words}


@pytest.mark.parametrize("words", ENGLISH_APART)
def test_unrelated_english_words_stay_apart(words: tuple[str, ...]) -> None:
    assert len({stem_en(w) for w in words}) == len(words)


def test_case_and_apostrophes_do_not_change_a_stem() -> None:
    assert stem_sv("Arbetet") == stem_sv("arbetet")
    assert stem_en("Government’s") == stem_en("government's") == stem_en("government")


def test_other_languages_are_stemmed_as_swedish() -> None:
    assert stem("arbetet", "sv") == stem("arbetet", "da") == stem_sv("arbetet")
    assert stem("statements", "en") == stem_en("statements")


def test_claims_of_two_texts_meet_on_the_definite_form() -> None:
    assert claim_terms("Arbetet med integrationen", "sv") == claim_terms("arbete med integration", "sv")
    assert claim_terms("the new statement", "en") != claim_terms("the news states", "en")
