"""The marks: every analysis span the reader sees, its label and its look, for the screen and for paper.

One source for the panes (``ui.highlighter`` turns a ``Look`` into a character format, ``ui.text_view``
paints bars and badges), the HTML export and the printout (``core.export.paper`` cuts paragraphs
into runs from the same marks and looks). Plain Python, so the mapping from analysis to what the
reader sees is testable on its own. Co-authors each speak an author-voice passage (one quote, so
one mark, per author on the same span): one margin bar per span, in the colour ``voice_colour``
gives them. An interview's questions (direct quotes of the interviewer, actor kind
"interviewer") have a mark of their own, "question": italic words on a light wash, so question
and answer read apart.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from desktop_app.core import i18n
from desktop_app.core.analysis.model import Analysis
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.palette import DIRECT_TINT, AUTHOR_VOICE, UNKNOWN_SPEAKER, readable, tint, voice_colour

# Layers, painted in this order so later ones win where properties collide.
LAYER_HEADING, LAYER_QUOTE, LAYER_CLAIM, LAYER_MENTION, LAYER_CUE = range(5)

# What each kind of mark is called: tooltips, menus, the legends of the HTML page and the printout
# (English here; ``LABELS`` gives them in the interface language, ``core.i18n``).
ENGLISH_LABELS: dict[str, str] = {
    "direct": "Direct quote",
    "question": "Interviewer's question",
    "indirect": "Indirect speech",
    "author": "Author's voice",
    "cue": "Speech cue",
    "mention": "Mention",
    "claim": "Claim",
}


class _Labels(Mapping[str, str]):
    """The marks' labels in the language ``core.i18n`` is set to, looked up when read."""

    def __getitem__(self, kind: str) -> str:
        return i18n.text(ENGLISH_LABELS[kind])

    def __iter__(self) -> Iterator[str]:
        return iter(ENGLISH_LABELS)

    def __len__(self) -> int:
        return len(ENGLISH_LABELS)


LABELS: Mapping[str, str] = _Labels()
KIND_LABELS = LABELS  # the name the panes' menus know it by

# The legend of marks on paper and in HTML: (mark kind, how it looks), in English.
_LEGEND_LOOKS: tuple[tuple[str, str], ...] = (
    ("direct", "background tint in the speaker's colour"),
    ("question", "italics on a light tint: the interviewer asks"),
    ("indirect", "underline in the speaker's colour"),
    ("author", "bar in the margin"),
    ("cue", "bold (\u201csays\u201d, \u201caccording to\u201d)"),
    ("mention", "name in the actor's colour"),
    ("claim", "dotted underline with a badge of its kind"),
)


def mark_legend(language: str | None = None) -> tuple[tuple[str, str, str], ...]:
    """The legend of marks on paper and in HTML: (mark kind, label, how it looks) in ``language``
    (default: the interface language)."""
    return tuple((kind, i18n.text(ENGLISH_LABELS[kind], language), i18n.text(looks, language))
                 for kind, looks in _LEGEND_LOOKS)


QUESTION_TINT = 0.12  # an interviewer's question: a lighter wash, in italics
INDIRECT_TINT = 0.08  # indirect speech: a faint wash of the speaker's colour under its underline


@dataclass(frozen=True, slots=True)
class Look:
    """How the characters of one kind of mark look, in plain terms (colours as hex strings)."""

    background: str | None = None
    underline: str | None = None  # colour of a solid underline
    dotted: str | None = None  # colour of a dotted underline
    foreground: str | None = None
    weight: str | None = None  # "bold" | "demibold"
    larger: bool = False  # a sub-heading
    italic: bool = False  # an interviewer's question
    wavy: str | None = None  # colour of a wavy underline: the second cue of speakers past the eighth


def look(style: str, colour: str, cued: bool = False) -> Look:
    """The look of a mark of ``style`` in ``colour``: every kind differs in shape, not only in colour.

    The author's voice has no character look: it is a bar in the margin. ``cued``: a speaker past
    the eighth of the comparison, whose direct quotes and questions also get a wavy underline (a
    second cue besides the tint, which can no longer stay far from every other). A name is written
    in a shade of the colour that reads on the page (``palette.readable``).
    """
    if style == "direct":
        return Look(background=tint(colour, DIRECT_TINT), wavy=colour if cued else None)
    if style == "question":
        return Look(background=tint(colour, QUESTION_TINT), italic=True, wavy=colour if cued else None)
    if style == "indirect":
        return Look(underline=colour, background=tint(colour, INDIRECT_TINT))
    if style == "claim":
        return Look(dotted=colour)
    if style == "mention":
        return Look(foreground=readable(colour), weight="demibold")
    if style == "cue":
        return Look(weight="bold")
    if style == "heading":
        return Look(weight="bold", larger=True)
    return Look()


def shown(criteria: FilterCriteria, actor_key: str | None, filter_kind: str | None) -> bool:
    """Whether the criteria let a mark of this actor and filter kind through (None: never filtered)."""
    return filter_kind is None or (criteria.actor_visible(actor_key) and criteria.kind_visible(filter_kind))


def visible(marks: list[Mark], criteria: FilterCriteria) -> list[Mark]:
    """The marks the criteria let through, in their order."""
    return [m for m in marks if shown(criteria, m.actor_key, m.filter_kind)]


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span of the document text (character offsets, end exclusive)."""

    start: int
    end: int
    style: str  # "direct" | "question" | "indirect" | "author" | "cue" | "mention" | "claim" | "heading"
    filter_kind: str | None  # the FilterCriteria mark kind; None = never filtered (headings)
    actor_key: str | None  # whose mark it is (speaker / mentioned actor); None = unknown
    colour: str
    detail: str = ""  # claim kind, mention "via", or the cue text
    quote_index: int = -1  # index into Analysis.quotes for quotes and their cues
    claim_index: int = -1  # index into Analysis.claims for claims
    cued: bool = False  # its speaker is past the eighth: a second cue (``look``)

    @property
    def layer(self) -> int:
        return _LAYERS[self.style]


_LAYERS = {
    "heading": LAYER_HEADING,
    "direct": LAYER_QUOTE,
    "question": LAYER_QUOTE,
    "indirect": LAYER_QUOTE,
    "author": LAYER_QUOTE,
    "claim": LAYER_CLAIM,
    "mention": LAYER_MENTION,
    "cue": LAYER_CUE,
}


def build_marks(
    analysis: Analysis, colours: dict[str, str], text_length: int | None = None,
    cued: frozenset[str] | set[str] = frozenset(),
) -> list[Mark]:
    """Every mark of one document, sorted by start. ``colours`` maps actor keys to hex colours;
    the quotes of the speakers in ``cued`` (``Comparison.cued``) get a second cue."""
    actors = analysis.actors_by_id()
    key_cache: dict[str | None, str | None] = {None: None}
    asks = {a.id for a in analysis.actors if a.kind == "interviewer"}

    def key_of(actor_id: str | None) -> str | None:
        if actor_id not in key_cache:
            actor = actors.get(actor_id)  # type: ignore[arg-type]
            key_cache[actor_id] = actor.key if actor else None
        return key_cache[actor_id]

    def colour_of(key: str | None, fallback: str = UNKNOWN_SPEAKER) -> str:
        return colours.get(key, fallback) if key is not None else fallback

    limit = text_length if text_length is not None else 1 << 62
    marks: list[Mark] = []
    add = marks.append
    for span in analysis.headings:
        add(Mark(span.start, min(span.end, limit), "heading", None, None, ""))
    for i, quote in enumerate(analysis.quotes):
        key = key_of(quote.speaker)
        if quote.kind == "author":
            colour = colour_of(key, AUTHOR_VOICE)
        else:
            colour = colour_of(key)
        style = "question" if quote.kind == "direct" and quote.speaker in asks else quote.kind
        add(Mark(quote.start, min(quote.end, limit), style, quote.kind, key, colour,
                 quote_index=i, cued=key in cued))
        if quote.cue is not None and quote.kind != "author":
            add(Mark(quote.cue.start, min(quote.cue.end, limit), "cue", quote.kind, key, colour,
                     quote_index=i))
    for i, claim in enumerate(analysis.claims):
        key = key_of(claim.speaker)
        add(Mark(claim.start, min(claim.end, limit), "claim", f"claim:{claim.kind}", key,
                 colour_of(key), detail=claim.kind, claim_index=i))
    for mention in analysis.mentions:
        key = key_of(mention.actor)
        add(Mark(mention.start, min(mention.end, limit), "mention", "mention", key,
                 colour_of(key), detail=mention.via))
    marks = [m for m in marks if m.end > m.start]
    marks.sort(key=lambda m: (m.start, m.layer))
    return marks


def bars(marks: list[Mark]) -> list[Mark]:
    """One author-voice mark per span, coloured for all who speak it (``voice_colour``)."""
    spans: dict[tuple[int, int], list[Mark]] = {}
    for mark in marks:
        if mark.style == "author":
            spans.setdefault((mark.start, mark.end), []).append(mark)
    out = []
    for group in spans.values():
        colour = voice_colour(m.colour for m in group)
        out.append(replace(group[0], colour=colour))
    return out
