"""Named-entity recognition never raises, stays linear and gives the same answer twice."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.analysis.entities.recognizer import find_entities
from desktop_app.paths import SEEDS_DIR
from tests.core.entity_checks import check_spans, pairs

SEED_NEWS = (SEEDS_DIR / "000_2061872dff862ea4.txt").read_text(encoding="utf-8")
SEED_OPINION = (SEEDS_DIR / "003_6a2936062be1d440.txt").read_text(encoding="utf-8")

# ---------------------------------------------------------------------------- robustness
def test_empty_and_blank_text() -> None:
    assert find_entities("", "sv") == []
    assert find_entities("   \n\n\t ", "en") == []
    assert find_entities("...!?", "sv") == []


def test_unknown_language_falls_back_to_swedish() -> None:
    assert pairs("Magnus Ranstorp bor i Sverige.", "de") == [
        ("Magnus Ranstorp", "PER"), ("Sverige", "LOC")]


def test_deterministic() -> None:
    first = find_entities(SEED_NEWS + "\n\n" + SEED_OPINION, "sv")
    again = find_entities(SEED_NEWS + "\n\n" + SEED_OPINION, "sv")
    assert first == again


def test_large_text_is_linear_and_valid() -> None:
    block = SEED_NEWS + "\n\n" + SEED_OPINION + "\n\n"
    text = block * (5_000_000 // len(block) + 1)
    assert len(text) >= 5_000_000
    started = time.process_time()
    spans = find_entities(text, "sv")
    elapsed = time.process_time() - started
    one = find_entities(block, "sv")
    assert len(spans) == len(one) * (len(text) // len(block))
    assert elapsed < 30, f"5 MB took {elapsed:.1f} s"
    check_spans(text, spans[:500])


@pytest.mark.parametrize(
    "text",
    [
        "ord " * 250_000,  # 1 MB without punctuation or capitals
        "Anders Svensson Bengt " * 50_000,  # 1 MB of capitalized words, no punctuation
        "AAA BBB CCC " * 80_000,  # all caps
        "von der " * 100_000 + "Leyen",  # particles without end
        "Ministry of Defence and " * 40_000,
        ("(S) " * 100_000),
    ],
)
def test_pathological_inputs_finish(text: str) -> None:
    started = time.process_time()
    spans = find_entities(text, "sv")
    assert time.process_time() - started < 20
    check_spans(text, spans[:1000])


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from(["sv", "en"]))
def test_random_unicode_never_raises(text: str, language: str) -> None:
    spans = find_entities(text, language)
    check_spans(text, spans)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["Anna", "Sverige", "IS", "(S)", "von", "der", "al-Abadi", "Örebro", "kommun", "polisen",
     "säger", ",", ".", "\n", "Statsminister", "Per-Åke", "USA:s", "of", "Ministry", "–", "i",
     "Mr.", "F.", "AB", "Region", "Stockholms", "län", "'s", "Det", "IF"]), max_size=40))
def test_random_name_soup_never_raises(words: list[str]) -> None:
    text = " ".join(words)
    for language in ("sv", "en"):
        check_spans(text, find_entities(text, language))
