"""Interviews: questions and answers laid out as labelled turns, dashes, or plain paragraphs.

"Fråga: ..." / "Svar: ..." (or "F:", "S:", "Q:", "A:") label each turn; without labels, a
question paragraph followed by a dash answer, or, with neither dashes nor labels, a question
paragraph and then its answer. A question is nobody's quote (``Candidate.question``), but it
keeps the turn order: the answer after it is the interviewee's.
"""

from __future__ import annotations

import re

from desktop_app.core.analysis.speech.candidates import Candidate, RuleContext, trim
from desktop_app.core.analysis.text.blocks import DASH_RE, Block

_LABEL_RE = re.compile(
    r"(?P<label>Fråga|Svar|Question|Answer|F|S|Q|A)\s*[:.]\s+(?=\S)", re.IGNORECASE
)
_QUESTION_LABELS = frozenset({"fråga", "question", "f", "q"})
_LONG_LABELS = frozenset({"fråga", "svar", "question", "answer"})
_CLOSERS = "”\"» "


def looks_like_interview(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """Question/answer layout: labelled questions, or several questions each answered by a dash."""
    questions = 0
    for i, (start, end) in enumerate(paragraphs):
        label = _LABEL_RE.match(text, start, end)
        if label and label.group("label").casefold() in _LONG_LABELS:
            return True
        if i + 1 < len(paragraphs) and text[max(start, end - 8) : end].rstrip(_CLOSERS).endswith("?"):
            nxt = paragraphs[i + 1]
            if DASH_RE.match(text, nxt[0], nxt[1]):
                questions += 1
    return questions >= 2


def is_labelled(text: str, block: Block) -> bool:
    """The paragraph opens with a turn label: "Fråga:", "S:", "Q."."""
    return _LABEL_RE.match(text, block.start, block.end) is not None


def labelled_turn(ctx: RuleContext) -> list[Candidate] | None:
    """The turn of a labelled paragraph ("Svar: ..."), or None when it has no label.

    Short labels ("F:", "S:") count only in an interview; the turn is the whole paragraph.
    """
    text, block = ctx.text, ctx.block
    label = _LABEL_RE.match(text, block.start, block.end)
    if not label or not (ctx.interview or label.group("label").casefold() in _LONG_LABELS):
        return None
    body = label.end()
    if label.group("label").casefold() in _QUESTION_LABELS:
        return [Candidate(body, block.end, "direct", question=True, follow=True, paragraph=block.index)]
    return [Candidate(*trim(text, body, block.end), "direct", follow=True, paragraph=block.index)]


class PlainTurns:
    """An interview with neither dashes nor labels: a question paragraph, then its answer.

    A short question may have been taken for a sub-heading, outside the body paragraphs: the
    text between two body paragraphs is read too.
    """

    def __init__(self, text: str, blocks: list[Block], interview: bool) -> None:
        self.text = text
        self.active = interview and not any(b.dashes or is_labelled(text, b) for b in blocks)
        self._asked = False

    def turn(self, block: Block, prev_block: Block | None) -> Candidate | None:
        """The paragraph as a question or an answer, or None (not such an interview, or
        narration between the turns)."""
        if not self.active:
            return None
        text = self.text
        gap = text[prev_block.end if prev_block else 0 : block.start].rstrip("”\"» \n\t")
        self._asked = self._asked or (prev_block is not None and gap.endswith("?"))
        question = text[block.start : block.end].rstrip(_CLOSERS).endswith("?")
        if not (question or self._asked):
            return None
        self._asked = question
        return Candidate(block.start, block.end, "direct", follow=True, question=question, paragraph=block.index)
