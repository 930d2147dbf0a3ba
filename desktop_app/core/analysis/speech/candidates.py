"""What the quote rules see and what they hand to coreference.

``SpeakerRef`` is the phrase that names a speaker ("säger Anna Ek", "enligt polisen"), before
coreference says which actor it is; ``Candidate`` is a quote before its speaker is known;
``RuleContext`` is what every rule of ``rules.py`` is given: one body paragraph and what the
rules before it found.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from desktop_app.core.analysis.text.blocks import Block
from desktop_app.core.analysis.text.vocabulary import Vocabulary

WINDOW = 160  # characters a speaker phrase may span on either side of its cue

SpeakerKind = Literal[
    "name", "pronoun", "noun", "plural", "it", "sentence", "unnamed", "document", "court", "you"
]
CandidateKind = Literal["direct", "indirect"]


class SpeakerRef(NamedTuple):
    """The words naming a speaker, before they are resolved to an actor.

    kind: "name" (capitalized words), "pronoun" (han/hon/he/she), "noun" (polisen, forskaren,
    terrorgruppen, en granne), "plural" (de/they: left unresolved), "it" (the organization
    spoken of last), "sentence" (an intro such as "Hon är tydlig:" whose first person is meant),
    "unnamed" (people or a source the text does not name: "enligt arrangörerna", "Kritiker
    menar", "en ny undersökning"), "document" ("enligt prognosen": whoever issued it) or
    "court" ("…, court hears": what the prosecution told the court) or "you" ("Du har sagt att
    ...?": in an interview's question, the interviewee).
    """

    start: int
    end: int
    kind: SpeakerKind
    gender: str | None = None
    sentence_initial: bool = False
    indefinite: bool = False  # "en granne", "a spokesman": a new, unnamed person


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
    kind: CandidateKind
    cue: tuple[int, int] | None = None
    ref: SpeakerRef | None = None
    follow: bool = False
    question: bool = False
    paragraph: int = -1
    org_only: bool = False  # reported speech only when the speaker is an organization
    runs_on: bool = False  # an unclosed quotation that goes on in the next paragraph
    headline: bool = False  # in the title: its speaker is the one the article quotes on it
    needs_speaker: bool = False  # narration unless its speaker is someone (praise, stance, topics)

    @property
    def anchor(self) -> int:
        """Where, in reading order, the speaker becomes known."""
        if self.cue is not None:
            return self.cue[0]
        return self.start


@dataclass(slots=True)
class RuleContext:
    """One body paragraph as the quote rules see it, in the order of ``rules.py``.

    A rule returns the candidates it finds; it may also complete candidates found before it
    (give a speaker to a quote that had none). A candidate a rule finds in the paragraph before
    (its ``paragraph`` says so) goes with that paragraph's.
    """

    text: str
    block: Block
    voc: Vocabulary
    interview: bool
    intro: SpeakerRef | None  # the speaker a colon ending the paragraph before introduced
    previous: list[Candidate]  # the candidates of the paragraph before ([] when it had none)
    prev_block: Block | None  # the body paragraph before, None for the first
    found: list[Candidate] = field(default_factory=list)  # this paragraph's candidates so far
    covered: list[tuple[int, int]] = field(default_factory=list)  # direct quotes' spans, sorted
    turns: Any = None  # an interview's name labels (interview.TurnLabels), None elsewhere


Rule = Callable[[RuleContext], list[Candidate]]


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


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Is ``pos`` inside one of ``spans`` (sorted by start, not overlapping)?"""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
