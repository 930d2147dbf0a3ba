"""The engine never raises, keeps every span inside the text and gives the same answer twice."""

from __future__ import annotations

import gc
import json

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.analysis import Analysis, analyze
from desktop_app.paths import SEEDS_DIR
from tests.core.analysis_helpers import CUE_WORD_RUNS


def check(text: str, **kwargs) -> Analysis:
    """Analyse twice; every span must lie inside the text and both runs must agree."""
    analysis = analyze(text, **kwargs)
    n = len(text)
    ids = {a.id for a in analysis.actors}
    assert len(ids) == len(analysis.actors)
    for q in analysis.quotes:
        assert 0 <= q.start < q.end <= n
        assert q.speaker is None or q.speaker in ids
        if q.cue is not None:
            assert 0 <= q.cue.start <= q.cue.end <= n
    for c in analysis.claims:
        assert 0 <= c.start < c.end <= n
        assert c.speaker is None or c.speaker in ids
    for m in analysis.mentions:
        assert 0 <= m.start < m.end <= n and m.actor in ids
    for h in analysis.headings:
        assert 0 <= h.start < h.end <= n
    assert analysis.language in ("sv", "en")
    assert analyze(text, **kwargs).to_dict() == analysis.to_dict()
    assert Analysis.from_dict(json.loads(json.dumps(analysis.to_dict()))).to_dict() == analysis.to_dict()
    return analysis


def seed_text() -> str:
    raw = (SEEDS_DIR / "000_2061872dff862ea4.txt").read_text(encoding="utf-8")
    return "\n\n".join(line.strip() for line in raw.splitlines() if line.strip())


def test_edge_inputs() -> None:
    for text in [
        "",
        " ",
        "\n\n\n",
        "ord",
        "–",
        "”",
        '"',
        "– , säger",
        "säger han",
        "enligt",
        "Enligt Anna",
        "«»«",
        "– Hej? säger",
        "Det säger",
        "Fråga:",
        "F: ?",
        "😀 säger hon 😀 – enligt 🙂",
        "İstanbul säger İİİ att",
        "ß" * 10,
        "\x00\x01\x02",
        "a\u0301b säger Anna Ek.",
    ]:
        for kwargs in ({}, {"language": "en"}, {"genre": "opinion", "authors": ["Anna Ek (S)", ""]}, {"genre": "interview"}):
            check(text, **kwargs)


def test_no_punctuation_no_capitals_unbalanced_marks() -> None:
    base = seed_text()
    check(base.replace(".", "").replace(",", "").replace("?", ""), language="sv")
    check(base.lower(), language="sv")
    check(base.replace("– ", "”"), language="sv")
    check("”" + base + "\n\n«" + base, language="sv")


def test_mixed_languages_and_emoji() -> None:
    text = seed_text() + "\n\n“We will not back down,” said Jane Doe. 🚀🔥\n\n" + "Ανακοίνωση: 東京で会議 – säger hon."
    analysis = check(text)
    assert analysis.language == "sv"
    assert any(a.name == "Magnus Ranstorp" for a in analysis.actors)


def test_large_text() -> None:
    # About 5 MB of running news text in many paragraphs.
    text = "\n\n".join([seed_text()] * 1900)
    assert len(text.encode("utf-8")) > 5_000_000
    analysis = analyze(text, language="sv", genre="news")
    assert len(analysis.quotes) > 1900
    assert all(0 <= q.start < q.end <= len(text) for q in analysis.quotes)


def test_one_huge_paragraph_without_punctuation_finishes() -> None:
    text = "och sedan sa hon att det var bra för alla i Sverige men inte för Anna Ek " * 3000
    analysis = check(text, language="sv")
    assert analysis.language == "sv"


@pytest.mark.parametrize(("base", "language"), CUE_WORD_RUNS)
def test_a_long_paragraph_of_cue_words_gives_valid_results(base: str, language: str) -> None:
    """One paragraph of cue words with no sentence end (benchmarks/analysis_speed.py prints how
    the time grows with its length)."""
    analysis = check(base * 2400, language=language)
    assert analysis.language == language


def test_analysis_makes_no_reference_cycles_and_leaves_the_collector_as_it_was() -> None:
    """The engine pauses the cyclic garbage collector while it runs: that is safe only while
    reference counting frees everything it leaves behind."""
    text = seed_text() + "\n\n“We will not back down,” said Jane Doe, a spokeswoman for the council."
    analyze(text, language="sv", genre="opinion", authors=["Anna Ek", "Per Berg"])
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for genre in ("news", "opinion", "interview", "other"):
            analyze(text, language="sv", genre=genre, authors=["Anna Ek", "Per Berg"])
            analyze(text, language="en", genre=genre)
        assert gc.collect() == 0
        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()
    analyze(text, language="sv")
    assert gc.isenabled() == was_enabled


QUOTE_ALPHABET = st.sampled_from(
    list("–—−-”“«»\"'.,!?:;()\n ") + ["säger", "hon", "han", "enligt", "Anna Ek", "att", "Det", "polisen", "IS"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_random_unicode_never_raises(text: str) -> None:
    check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(QUOTE_ALPHABET, max_size=80).map(" ".join),
    st.sampled_from([None, "sv", "en"]),
    st.sampled_from([None, "news", "opinion", "interview", "other"]),
)
def test_random_cue_soup_never_raises(text: str, language: str | None, genre: str | None) -> None:
    check(text, language=language, genre=genre)


def test_sentence_start_with_a_bounded_look_back_decides_as_the_full_scan() -> None:
    """The resolver's subject check looks back a bounded window for the sentence start (a
    paragraph without sentence ends stays linear); wherever that gives another start than the
    full backward scan, both starts mean "not the sentence's subject"."""
    import random

    from desktop_app.core.analysis.coreference.resolver import SUBJECT_WINDOW, _sentence_start

    def full_scan(text: str, pos: int) -> int:
        start = pos
        while start > 0 and text[start - 1] != "\n":
            if text[start - 1] == " " and start >= 2 and text[start - 2] in ".!?":
                break
            start -= 1
        return start

    def not_subject(text: str, start: int, pos: int) -> bool:
        before = text[start:pos]
        return len(before.split()) > 3 or any(ch in before for ch in ",:;”\"–(")

    rng = random.Random(7)
    pieces = ["a", "bc", " ", ". ", "!", "?", "\n", ",", "x" * (SUBJECT_WINDOW // 2)]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        for pos in range(0, len(text) + 1, 3):
            want, got = full_scan(text, pos), _sentence_start(text, pos)
            assert want == got or (not_subject(text, want, pos) and not_subject(text, got, pos)), (text, pos)
