"""The speaker-phrase memo gives the answers the rule gives without it, for its own text only."""

from __future__ import annotations

import re

from desktop_app.core.analysis.speech import speaker_phrase
from desktop_app.core.analysis.speech.speaker_phrase import speaker_after, speaker_memo
from desktop_app.core.analysis.text.vocabulary import vocabulary

TEXT = (
    "– Vi måste göra mer, säger Anna Ek. Enligt forskaren Lars Berg har läget förvärrats. "
    "Det menar hon. ”Vi ger inte upp”, säger statsministern Per Olsson till TT."
)


def _cue_ends(text: str) -> list[int]:
    return [m.end() + 1 for m in re.finditer(r"säger|Enligt|menar", text)]


def test_memo_answers_as_the_rule_does() -> None:
    voc = vocabulary("sv")
    plain = [speaker_after(TEXT, pos, len(TEXT), voc) for pos in _cue_ends(TEXT)]
    assert any(ref is not None and ref.kind == "name" for ref in plain)
    with speaker_memo(TEXT):
        first = [speaker_after(TEXT, pos, len(TEXT), voc) for pos in _cue_ends(TEXT)]
        again = [speaker_after(TEXT, pos, len(TEXT), voc) for pos in _cue_ends(TEXT)]
        # Another text with the same offsets is not answered from the memo.
        other = TEXT.replace("Anna Ek", "han ändå")
        other_refs = [speaker_after(other, pos, len(other), voc) for pos in _cue_ends(TEXT)]
    assert first == plain and again == plain
    assert other_refs == [speaker_after(other, pos, len(other), voc) for pos in _cue_ends(TEXT)]
    assert other_refs != plain


def test_memo_is_dropped_when_its_scope_ends() -> None:
    with speaker_memo(TEXT):
        speaker_after(TEXT, _cue_ends(TEXT)[0], len(TEXT), vocabulary("sv"))
        assert speaker_phrase._MEMO.state[1]
    assert speaker_phrase._MEMO.state is None
