"""Named-entity recognition never raises, keeps its spans valid and gives the same answer twice."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.analysis.entities.recognizer import find_entities
from desktop_app.paths import SEEDS_DIR
from tests.core.entity_checks import PATHOLOGICAL, check_spans, pairs

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


def test_a_large_text_gives_each_repeat_the_same_names() -> None:
    """5 MB of the seeds over and over: every repeat gets the names one copy gets (how long
    that takes is printed by benchmarks/ner_eval.py)."""
    block = SEED_NEWS + "\n\n" + SEED_OPINION + "\n\n"
    text = block * (5_000_000 // len(block) + 1)
    assert len(text) >= 5_000_000
    spans = find_entities(text, "sv")
    one = find_entities(block, "sv")
    assert len(spans) == len(one) * (len(text) // len(block))
    last = spans[-len(one) :]
    offset = len(text) - len(block)
    assert [(s.start - offset, s.end - offset, s.kind, s.name) for s in last] == [
        (s.start, s.end, s.kind, s.name) for s in one
    ]
    check_spans(text, spans[:500])


@pytest.mark.parametrize("text", PATHOLOGICAL)
def test_pathological_inputs_give_valid_spans(text: str) -> None:
    """Long runs without sentences: the spans stay valid (benchmarks/ner_eval.py prints how
    long each input takes)."""
    check_spans(text, find_entities(text, "sv"))


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
