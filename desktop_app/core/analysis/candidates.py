"""What the quote rules hand to coreference: a quoted span and the words naming its speaker."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.analysis.text.vocabulary import SpeakerRef


@dataclass(slots=True)
class Candidate:
    """A quote before its speaker is known.

    ``ref`` names the speaker when the cue does ("säger Anna Ek", "enligt polisen"); ``follow``
    marks a quote with no cue of its own, spoken by whoever speaks at that point (a dash
    paragraph after "..., säger Henrik Gustafsson och fortsätter:"). ``question`` marks an
    interviewer's question, which is nobody's quote but keeps the interview's turn order.
    ``org_only`` marks reported speech that is narration when a person speaks ("Polisen
    rapporterar om ...", not "Hon berättar om ...").
    """

    start: int
    end: int
    kind: str  # "direct" | "indirect"
    cue: tuple[int, int] | None = None
    ref: SpeakerRef | None = None
    follow: bool = False
    question: bool = False
    paragraph: int = -1
    org_only: bool = False  # reported speech only when the speaker is an organization
    runs_on: bool = False  # an unclosed quotation that goes on in the next paragraph

    @property
    def anchor(self) -> int:
        """Where, in reading order, the speaker becomes known."""
        if self.cue is not None:
            return self.cue[0]
        return self.start


def trim(text: str, start: int, end: int, chars: str = " \t,;:–—−―-") -> tuple[int, int]:
    """Shrink ``start:end`` past surrounding spaces and the given punctuation."""
    while start < end and (text[start].isspace() or text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return start, end


def trim_sentence_end(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and a final period (not ? or !) from a reported span."""
    start, end = trim(text, start, end)
    while end > start and text[end - 1] in ".”\"»’":
        end -= 1
    return trim(text, start, end)
