"""Typed results of a viewpoint comparison: positions, links between them, questions.

Every span is a character offset into its side's document text, as in the analysis.
"""

from __future__ import annotations

from dataclasses import dataclass, field

RELATIONS: tuple[str, ...] = ("agree", "disagree", "related")
POLARITIES: dict[int, str] = {1: "positive", -1: "negative", 0: "neutral"}
AUTHORS_KEY = "the authors"  # the signers of an opinion piece, together
TEXT_KEY = "the text"  # a news text's own finding ("an analysis by this newspaper shows")


@dataclass(frozen=True)
class Speaker:
    """Who holds a position: an actor of the analysis, the authors together, or the text itself."""

    key: str  # actor key across documents, or AUTHORS_KEY / TEXT_KEY
    name: str  # shown: "Magnus Ranstorp", "the authors", "the text"
    members: tuple[str, ...] = ()  # the signers' names, for the authors
    actor_ids: tuple[str, ...] = ()  # ids in that side's analysis


@dataclass(frozen=True)
class Cue:
    """An explicit stance cue: "håller inte med om att", "agrees with the authors"."""

    relation: str  # "agree" or "disagree"
    text: str  # the cue as written
    target: str | None = None  # actor key (or AUTHORS_KEY) the cue is aimed at, when named
    complement: frozenset[str] = frozenset()  # features of what is agreed or rejected ("att X")
    complement_polarity: int = 0  # the polarity of X itself


@dataclass
class Position:
    """One statement a speaker makes: a sentence (or part) of a claim or quote."""

    side: str  # "left" or "right"
    index: int  # within its side, in text order
    speaker: Speaker
    start: int
    end: int
    paragraph: int  # non-empty line of the text, from 0
    polarity: int  # +1, -1 or 0
    features: dict[str, float] = field(default_factory=dict)  # feature -> weight
    evidence: tuple[str, ...] = ()  # the words that set the polarity
    cue: Cue | None = None
    need_more: bool = False  # says more must be done
    inherited: bool = False  # polarity taken from the speaker's other statements in the paragraph
    segments: tuple[tuple[frozenset[str], int], ...] = ()  # (features, polarity) of its comma-separated parts
    claim_kinds: tuple[str, ...] = ()  # kinds of the analysis claims it lies in
    text: str = ""
    direct: bool = False  # in a direct quote of its speaker ("– ..., säger hon")
    figure: bool = False  # states a figure and nothing else: a number, no stance ("6 000 pass förra året")
    lead: bool = False  # in the text's lead, the first paragraph under the headline
    quoted: bool = False  # in a quote of its speaker, direct or reported ("She said residents could ...")
    frame: dict[str, float] = field(default_factory=dict)  # features of the narration around it

    @property
    def takes_position(self) -> bool:
        """More than a reported figure: a quote, a stance, an evaluation (a bare statistic is not,
        nor a statement of a figure, nor a neutral statement of the lead, which sums up the story)."""
        if self.polarity or self.cue is not None or self.need_more:
            return True
        if self.figure or self.lead:
            return False  # a bare figure; the lead's summary of the story, neutral
        return not (self.claim_kinds and all(k == "statistic" for k in self.claim_kinds))

    @property
    def polarity_name(self) -> str:
        return POLARITIES[self.polarity]


@dataclass
class Link:
    """A left position and a right position about the same question, and how they relate."""

    left: Position
    right: Position
    relation: str  # one of RELATIONS
    score: float  # 0..1: how surely the two are about the same question
    why: str  # "shared: arbete, återvändare; negative vs positive"
    terms: tuple[str, ...] = ()  # the shared features, most telling first
    question: int = -1  # index into ViewpointComparison.questions


@dataclass
class Question:
    """A group of links about one question, with a short label from their shared terms."""

    id: int
    label: str  # "arbetet med återvändare"
    terms: tuple[str, ...]
    links: list[Link] = field(default_factory=list)


@dataclass
class ViewpointComparison:
    """What two texts say about the same questions, and whether they agree."""

    left_positions: list[Position]
    right_positions: list[Position]
    links: list[Link]
    questions: list[Question]
    only_left: list[Position]  # positions on questions only the left text takes up
    only_right: list[Position]
