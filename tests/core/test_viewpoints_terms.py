"""Matching beyond word forms: lemmas, compounds, near-synonyms; and the word lists' loading."""

from __future__ import annotations

import pytest

from desktop_app.core.viewpoints import lexicons
from desktop_app.core.viewpoints.lexicons import LexiconError, read_list
from desktop_app.core.viewpoints.terms import Vocabulary, tokenize


def features(word: str, language: str = "sv") -> set[str]:
    vocab = Vocabulary.get(language)
    (token,) = tokenize(word, 0, len(word), language)
    return {f for f, _ in vocab.features(token)}


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        ("återvändare", "IS-återvändare", "sv"),
        ("återvändarna", "IS-återvändare", "sv"),
        ("insatserna", "insats", "sv"),
        ("insatser", "arbete", "sv"),
        ("arbetet", "åtgärder", "sv"),
        ("samordnaren", "samordnare", "sv"),
        ("brottsförebyggande", "förebyggande", "sv"),
        ("lärarbristen", "lärarbrist", "sv"),
        ("lärarbristen", "lärare", "sv"),
        ("länders", "land", "sv"),
        ("efforts", "measures", "en"),
        ("returnees", "returnee", "en"),
    ],
)
def test_forms_of_one_word_meet(a: str, b: str, language: str) -> None:
    assert features(a, language) & features(b, language)


@pytest.mark.parametrize(("a", "b"), [("medborgare", "borgare"), ("polisen", "arbete"), ("bokbuss", "bibliotek")])
def test_different_words_do_not_meet(a: str, b: str) -> None:
    assert not features(a) & features(b)


def test_rare_words_weigh_more_than_common_ones() -> None:
    vocab = Vocabulary.get("sv")
    assert vocab.weight("återvändare") > vocab.weight("arbete") > vocab.weight("och")


def test_function_and_evaluative_words_are_no_topic() -> None:
    assert features("och") == set() and features("otillräckliga") == set() and features("inte") == set()


def test_every_list_exists_in_both_languages() -> None:
    for language in lexicons.LANGUAGES:
        for name in lexicons.LISTS:
            assert read_list(language, name)


def test_a_missing_list_is_an_error(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(lexicons, "LEXICON_DIR", tmp_path)
    with pytest.raises(LexiconError, match="viewpoint_negators.txt"):
        read_list("sv", "negators")


def test_an_empty_list_is_an_error(tmp_path, monkeypatch) -> None:
    (tmp_path / "sv").mkdir()
    (tmp_path / "sv" / "viewpoint_negators.txt").write_text("# nothing but a comment\n", encoding="utf-8")
    monkeypatch.setattr(lexicons, "LEXICON_DIR", tmp_path)
    with pytest.raises(LexiconError, match="empty"):
        read_list("sv", "negators")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_frequencies_read_band_by_band_are_wordfreqs_table(language):
    """The table read one band at a time (so the lock is given up between bands) is wordfreq's own,
    word for word, frequency for frequency, in the same order."""
    import wordfreq

    from desktop_app.core.viewpoints.terms import frequencies

    ours = frequencies(language)
    theirs = wordfreq.get_frequency_dict(language, wordlist="best")
    assert list(ours.items()) == list(theirs.items())
