"""core.i18n: every phrase the core shows a reader has its Swedish, and the core follows the language set."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop_app.core import i18n
from desktop_app.core.document import GENRES
from desktop_app.core.analysis.model import ACTOR_KINDS, CLAIM_KINDS, INTERVIEWER, MENTION_VIA, Actor, display_name
from desktop_app.core.viewpoints.model import AUTHORS_KEY, TEXT_KEY
from desktop_app.core.export.viewpoints import ORIGIN_NOTES, RELATION_STYLES, describe_relations, shown_speaker
from desktop_app.core.marks import ENGLISH_LABELS, LABELS, mark_legend
from desktop_app.core.palette import CLAIM_BADGES, claim_badge

CORE = Path(i18n.__file__).resolve().parent


@pytest.fixture(autouse=True)
def english_again():
    yield
    i18n.set_language("en")


def _phrases_in_the_core() -> list[str]:
    """The literal phrases the core's modules hand to ``i18n.text`` (or its local names ``t``, ``_t``)."""
    found: list[str] = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "i18n" \
                else getattr(func, "id", "")
            if name in ("text", "t", "_t"):
                found.append(node.args[0].value)
    return found


def test_every_phrase_of_the_core_has_a_swedish_translation():
    phrases = _phrases_in_the_core()
    assert len(phrases) > 40  # the scan found the headings, not nothing
    named = [*ENGLISH_LABELS.values(), *CLAIM_BADGES.values(), INTERVIEWER, AUTHORS_KEY, TEXT_KEY, *(looks for _, _, looks in mark_legend("en")), *RELATION_STYLES,
             *ORIGIN_NOTES.values(), *CLAIM_KINDS, *ACTOR_KINDS, *(v for v in MENTION_VIA if v != "author"),
             "positive", "negative", "neutral", *GENRES]
    assert i18n.missing("sv", phrases + named) == []


def test_the_placeholders_survive_translation():
    import re

    for english in _phrases_in_the_core():
        swedish = i18n.text(english, "sv")
        assert sorted(re.findall(r"\{\w*\}", english)) == sorted(re.findall(r"\{\w*\}", swedish)), english


def test_labels_and_legend_follow_the_language_set():
    assert LABELS["direct"] == "Direct quote" and LABELS["question"] == "Interviewer's question"
    i18n.set_language("sv")
    assert LABELS["direct"] == "Direktcitat" and LABELS["question"] == "Intervjuarens fråga"
    assert dict(LABELS)["claim"] == "Påstående"
    assert RELATION_STYLES["disagree"].label == "oense"
    assert describe_relations(frozenset({"agree"})) == "bara överens"
    assert mark_legend()[0] == ("direct", "Direktcitat", "bakgrundston i talarens färg")
    assert mark_legend("en")[0] == ("direct", "Direct quote", "background tint in the speaker's colour")


@pytest.mark.parametrize(("code", "language"), [("sv_SE", "sv"), ("sv-FI", "sv"), ("SV", "sv"), ("en_US", "en"),
                                                ("nb_NO", "en"), ("", "en"), (None, "en")])
def test_language_codes_are_normalised(code, language):
    assert i18n.set_language(code) == language == i18n.current_language()


def test_a_phrase_without_translation_stays_english():
    assert i18n.text("Some phrase no catalogue has", "sv") == "Some phrase no catalogue has"


def test_claim_badges_follow_the_language_set():
    assert claim_badge("prescription") == "SHOULD"
    assert claim_badge("prescription", "sv") == "BÖR"
    i18n.set_language("sv")
    assert [claim_badge(kind) for kind in ("evaluation", "stance")] == ["VÄRD", "STÅND"]
    assert claim_badge("unheard-of") == "UNHE"  # a kind without a badge: its first letters


def test_the_speakers_no_text_names_are_shown_in_the_language_set():
    interviewer = Actor("a1", INTERVIEWER, "interviewer")
    named = Actor("a2", "Magnus Ranstorp", "person")
    assert display_name(interviewer) == "the interviewer"
    assert shown_speaker(AUTHORS_KEY) == "the authors"
    i18n.set_language("sv")
    assert display_name(interviewer) == "intervjuaren" and display_name(named) == "Magnus Ranstorp"
    assert (shown_speaker(AUTHORS_KEY), shown_speaker(TEXT_KEY)) == ("skribenterna", "texten")
    assert shown_speaker("Left") == "Left"  # an actor's own name is never looked up in the catalogue


@pytest.mark.parametrize(("value", "decimals", "english", "swedish"), [
    (0.75, 2, "0.75", "0,75"),
    (12345, None, "12,345", "12\u00a0345"),
    (1234.5, 1, "1,234.5", "1\u00a0234,5"),
    (3, None, "3", "3"),
    (0.5, None, "0.50", "0,50"),
])
def test_figures_follow_the_language(value, decimals, english, swedish):
    assert i18n.number(value, decimals, "en") == english
    assert i18n.number(value, decimals, "sv") == swedish
    i18n.set_language("sv")
    assert i18n.number(value, decimals) == swedish


def test_figures_inside_a_text_take_the_swedish_marks_and_nothing_else_does():
    assert i18n.figures("52.3 MB of 12,345 words", "sv") == "52,3 MB of 12\u00a0345 words"
    assert i18n.figures("52.3 MB of 12,345 words", "en") == "52.3 MB of 12,345 words"
    for untouched in ("v1.2.3", "3,4", "file2.5x.txt", "page 3"):
        assert i18n.figures(untouched, "sv") == untouched
