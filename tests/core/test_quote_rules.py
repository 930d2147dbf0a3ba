"""The table of quote rules (speech/rules.py): a new rule is one function and one table entry.

These tests follow the recipe of docs/engine.md with a rule of their own, so the recipe stays
true: nothing else in the engine needs to change for the rule to run, in its place in the order.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.analysis.speech import rules
from desktop_app.core.analysis.speech.candidates import Candidate, RuleContext, inside, trim_sentence_end
from desktop_app.core.analysis.speech.speaker_before import speaker_before
from desktop_app.core.analysis.text import cue_scan, lexicon, vocabulary
from desktop_app.paths import LEXICONS_DIR
from tests.core.analysis_helpers import quotes_of

_CRITICISM_RE = re.compile(r"(?<!\w)sätter\s+(?:\w+\s+)?ned\s+foten\s+mot\s+")
NARRATION = "Skolan stängs i höst.\n\nKommunalrådet Anna Ek sätter bestämt ned foten mot beslutet att stänga skolan."


def criticism(ctx: RuleContext) -> list[Candidate]:
    """ "Y sätter ned foten mot X": what Y opposes is Y's view."""
    text, block = ctx.text, ctx.block
    out: list[Candidate] = []
    for start, _ in block.rule_words:
        m = _CRITICISM_RE.search(text, max(block.start, start - 40), block.end)
        if m is None or inside(m.start(), ctx.covered):
            continue
        sent_start, sent_end = block.sentence_at(m.start())
        ref = speaker_before(text, m.start(), sent_start, ctx.voc)
        if ref is None or ref.kind == "plural":
            continue
        span = trim_sentence_end(text, m.end(), sent_end)
        out.append(Candidate(*span, "indirect", (ref.start, m.end()), ref, paragraph=block.index))
    return out


def _reload_word_lists() -> None:
    for cached in (lexicon.load_lines, vocabulary.vocabulary, cue_scan._table):
        cached.cache_clear()


@pytest.fixture
def rule_words(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """The word lists with one line added: "foten" in sv/quote_rule_words.txt."""
    lexicons = shutil.copytree(LEXICONS_DIR, tmp_path / "lexicons")
    with open(lexicons / "sv" / "quote_rule_words.txt", "a", encoding="utf-8") as rules_file:
        rules_file.write("foten\n")
    monkeypatch.setattr(lexicon, "LEXICONS_DIR", lexicons)
    _reload_word_lists()
    yield
    monkeypatch.undo()
    _reload_word_lists()


def test_narration_without_cue_words_reaches_no_rule() -> None:
    """Without its words in the one scan, a paragraph of narration is skipped before the rules."""
    assert quotes_of(NARRATION) == []


def test_a_new_rule_runs_from_one_table_entry_and_its_words(rule_words, monkeypatch: pytest.MonkeyPatch) -> None:
    assert quotes_of(NARRATION) == []  # the words alone wake the paragraph, but no rule reads them
    monkeypatch.setattr(rules, "REPORTED_RULES", (*rules.REPORTED_RULES, criticism))
    assert quotes_of(NARRATION) == [("Anna Ek", "indirect", "beslutet att stänga skolan")]


def test_a_rule_sees_what_the_rules_before_it_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """The direct quotes are found first; a later rule sees them in ctx.found."""
    seen: list[list[tuple[int, int]]] = []

    def spy(ctx: RuleContext) -> list[Candidate]:
        seen.append([(c.start, c.end) for c in ctx.found])
        return []

    monkeypatch.setattr(rules, "DIRECT_RULES", (*rules.DIRECT_RULES, spy))
    text = "Laget förlorade.\n\n– Vi var inte bra i dag, säger Emil Johansson."
    assert quotes_of(text) == [("Emil Johansson", "direct", "Vi var inte bra i dag")]
    assert [[text[s:e] for s, e in found] for found in seen] == [["Vi var inte bra i dag"]]
