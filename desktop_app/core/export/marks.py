"""What a comparison looks like on paper: paragraphs cut into styled runs, the same for HTML and print.

Quotes, claims and mentions that pass the active filters become ``Run`` objects carrying a plain
description of their look (colours as hex strings, underline kinds, tooltips). The HTML export and
the Qt print layout both draw from this one description, so the two can never disagree about
what is marked. Co-authors each speak an author-voice passage (one quote per author on one span):
a paragraph gets one margin bar naming them all, and a passage counts once. No Qt here.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from desktop_app.core.analysis.model import Claim, Mention, Quote
from desktop_app.core.compare import SIDES, ComparedActor, Comparison, DocumentView
from desktop_app.core.filters import (
    MARK_KINDS,
    FilterCriteria,
    keys_of,
    visible_claims,
    visible_mentions,
    visible_quotes,
)
from desktop_app.core.palette import AUTHOR_VOICE, CLAIM_BADGES, UNKNOWN_SPEAKER, tint, voice_colour

QUOTE_LABELS = {"direct": "Direct quote", "indirect": "Indirect speech", "author": "Author's voice"}
# The legend of marks: (mark kind, label, how it looks). Shared by every export and the printout.
MARK_LEGEND: tuple[tuple[str, str, str], ...] = (
    ("direct", "Direct quote", "background tint in the speaker's colour"),
    ("indirect", "Indirect speech", "underline in the speaker's colour"),
    ("author", "Author's voice", "bar in the margin"),
    ("cue", "Speech cue", "bold (\u201csays\u201d, \u201caccording to\u201d)"),
    ("mention", "Actor named", "name in the actor's colour"),
    ("claim", "Claim", "dotted underline with a badge of its kind"),
)
DIRECT_TINT = 0.28  # strength of the direct-quote background on white


@dataclass(frozen=True)
class RunStyle:
    """How one stretch of text is drawn; None/False means 'not marked that way'."""

    background: str | None = None  # direct quote: tint of the speaker's colour
    underline: str | None = None  # indirect quote: colour of a solid underline
    dotted: str | None = None  # claim: colour of a dotted underline
    bold: bool = False  # speech cue
    colour: str | None = None  # actor name: text colour
    tooltip: str = ""

    @property
    def plain(self) -> bool:
        return self == RunStyle()


@dataclass
class Run:
    text: str
    start: int
    end: int
    style: RunStyle
    badges: list[str] = field(default_factory=list)  # claim badges drawn right after this run


@dataclass
class ParagraphView:
    index: int
    start: int
    end: int
    runs: list[Run]
    author_colour: str | None = None  # margin bar when the paragraph carries the author's voice
    author_tip: str = ""
    heading: bool = False
    has_marks: bool = False


@dataclass
class SideView:
    """One document ready to be laid out: header facts and styled paragraphs."""

    side: str
    title: str
    outlet: str
    date: str
    authors: list[str]
    genre: str
    language: str
    source_name: str
    paragraphs: list[ParagraphView]
    counts: dict[str, int] = field(default_factory=dict)  # visible marks by kind


@dataclass
class VisibleMarks:
    quotes: list[Quote]
    claims: list[Claim]
    mentions: list[Mention]


def visible_marks(comparison: Comparison, side: str, criteria: FilterCriteria) -> VisibleMarks:
    """The quotes, claims and mentions of one side that the filters let through."""
    view = comparison.view(side)
    if view is None:
        return VisibleMarks([], [], [])
    analysis = view.analysis
    key_of = keys_of(analysis)
    return VisibleMarks(
        quotes=visible_quotes(analysis, criteria, key_of),
        claims=visible_claims(analysis, criteria, key_of),
        mentions=visible_mentions(analysis, criteria, key_of),
    )


def visible_actors(comparison: Comparison, criteria: FilterCriteria) -> list[ComparedActor]:
    """The actors the filters show, most mentioned first (the legend and the chart)."""
    return [a for a in comparison.actors if criteria.actor_visible(a.key)]


def side_view(comparison: Comparison, side: str, criteria: FilterCriteria) -> SideView | None:
    view = comparison.view(side)
    if view is None:
        return None
    marks = visible_marks(comparison, side, criteria)
    paragraphs = _styled_paragraphs(comparison, side, view, marks)
    if criteria.only_matching_paragraphs:
        paragraphs = [p for p in paragraphs if p.has_marks]
    meta = view.document.metadata
    counts: dict[str, int] = {}
    for kind, _, _ in {(q.kind, q.start, q.end) for q in marks.quotes}:  # a shared passage counts once
        counts[kind] = counts.get(kind, 0) + 1
    counts["claim"] = len(marks.claims)
    counts["mention"] = len(marks.mentions)
    return SideView(
        side=side,
        title=meta.title or view.document.source_name or f"Document {view.document.id}",
        outlet=meta.outlet,
        date=meta.date,
        authors=list(meta.authors),
        genre=view.analysis.genre or meta.genre,
        language=view.analysis.language or meta.language,
        source_name=view.document.source_name,
        paragraphs=paragraphs,
        counts=counts,
    )


def side_views(comparison: Comparison, criteria: FilterCriteria) -> dict[str, SideView | None]:
    return {side: side_view(comparison, side, criteria) for side in SIDES}


def paragraph_rows(
    left: SideView | None, right: SideView | None
) -> list[tuple[ParagraphView | None, ParagraphView | None]]:
    """Paragraph i of the left text beside paragraph i of the right text, as the panes show them."""
    lefts = left.paragraphs if left else []
    rights = right.paragraphs if right else []
    rows = []
    for i in range(max(len(lefts), len(rights))):
        rows.append((lefts[i] if i < len(lefts) else None, rights[i] if i < len(rights) else None))
    return rows


def describe_filters(comparison: Comparison, criteria: FilterCriteria) -> str:
    """One line saying what the active filters hide ('' when everything is shown)."""
    if criteria.is_default:
        return ""
    parts = []
    names = {a.key: a.name for a in comparison.actors}
    hidden = sorted(names.get(k, k) for k in criteria.hidden_actors if k in names)
    if hidden:
        parts.append("hidden actors: " + ", ".join(hidden))
    off = [k for k in MARK_KINDS if k not in criteria.mark_kinds]
    if off:
        parts.append("hidden marks: " + ", ".join(k.replace("claim:", "claim ") for k in off))
    if criteria.only_matching_paragraphs:
        parts.append("only paragraphs with visible marks")
    return "; ".join(parts)


# --- styling ---------------------------------------------------------------------------------


@dataclass
class _Mark:
    start: int
    end: int
    layer: str  # "direct" | "indirect" | "cue" | "claim" | "mention"
    colour: str
    tooltip: str
    badge: str = ""
    badge_at: int = -1  # where the badge goes: the mark's end, within its last paragraph


def _styled_paragraphs(
    comparison: Comparison, side: str, view: DocumentView, marks: VisibleMarks
) -> list[ParagraphView]:
    analysis = view.analysis
    text = view.document.text
    actors = analysis.actors_by_id()

    def name_of(actor_id: str | None, unknown: str = "unknown speaker") -> str:
        actor = actors.get(actor_id) if actor_id else None
        return actor.name if actor else unknown

    def colour_of(actor_id: str | None) -> str:
        return comparison.colour_of(comparison.actor_key(side, actor_id))

    inline: list[_Mark] = []
    author_spans: list[tuple[int, int, str, str, bool]] = []  # span, colour, speaker, corrected
    for q in marks.quotes:
        label = QUOTE_LABELS.get(q.kind, q.kind) + f" \u2014 {name_of(q.speaker)}"
        if q.corrected:
            label += " (corrected)"
        colour = colour_of(q.speaker)
        if q.kind == "author":
            voice_of = colour if q.speaker else AUTHOR_VOICE
            author_spans.append((q.start, q.end, voice_of, name_of(q.speaker), q.corrected))
        else:
            inline.append(_Mark(q.start, q.end, q.kind if q.kind == "indirect" else "direct", colour, label))
        if q.cue is not None:
            inline.append(_Mark(q.cue.start, q.cue.end, "cue", colour, f"Speech cue \u2014 {name_of(q.speaker)}"))
    for c in marks.claims:
        who = name_of(c.speaker, "the text's own narration")
        tip = f"Claim ({c.kind}) \u2014 {who}" + (" (corrected)" if c.corrected else "")
        inline.append(
            _Mark(c.start, c.end, "claim", colour_of(c.speaker) if c.speaker else UNKNOWN_SPEAKER, tip,
                  CLAIM_BADGES.get(c.kind, c.kind))
        )
    for m in marks.mentions:
        actor = actors.get(m.actor)
        if actor is None:
            continue
        via = "" if m.via == "name" else f", via {m.via}"
        inline.append(_Mark(m.start, m.end, "mention", colour_of(m.actor), f"{actor.name} ({actor.kind}{via})"))

    heading_starts = {h.start for h in analysis.headings}
    paragraphs = view.document.paragraphs()
    starts = [p.start for p in paragraphs]
    per_paragraph: list[list[_Mark]] = [[] for _ in paragraphs]
    for mark in inline:
        if mark.end <= mark.start:
            continue
        hit = _overlapping(starts, paragraphs, mark.start, mark.end)
        for i in hit:
            per_paragraph[i].append(mark)
        if hit:
            mark.badge_at = min(mark.end, paragraphs[hit[-1]].end)
    voices: dict[int, list[tuple[str, str, bool]]] = {}
    for start, end, colour, name, corrected in author_spans:
        for i in _overlapping(starts, paragraphs, start, end):
            voices.setdefault(i, []).append((colour, name, corrected))
    authored = {i: _voice_bar(voice) for i, voice in voices.items()}

    result = []
    for i, para in enumerate(paragraphs):
        runs = _runs(text, para.start, para.end, per_paragraph[i])
        colour, tip = authored.get(i, (None, ""))
        result.append(
            ParagraphView(
                index=para.index,
                start=para.start,
                end=para.end,
                runs=runs,
                author_colour=colour,
                author_tip=tip,
                heading=para.start in heading_starts,
                has_marks=bool(per_paragraph[i]) or i in authored,
            )
        )
    return result


def _voice_bar(voice: list[tuple[str, str, bool]]) -> tuple[str, str]:
    """A paragraph's one margin bar: its colour and a tooltip naming every author once."""
    names = ", ".join(dict.fromkeys(name for _, name, _ in voice))
    tip = f"{QUOTE_LABELS['author']} \u2014 {names}"
    if any(corrected for _, _, corrected in voice):
        tip += " (corrected)"
    return voice_colour(colour for colour, _, _ in voice), tip


def _overlapping(starts: list[int], paragraphs, start: int, end: int) -> list[int]:
    """Indexes of the paragraphs that the span [start, end) touches."""
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    last = bisect.bisect_left(starts, end)
    return [i for i in range(first, last) if paragraphs[i].end > start and paragraphs[i].start < end]


_LAYER_ORDER = ("direct", "indirect", "claim", "mention", "cue")


def _runs(text: str, start: int, end: int, marks: list[_Mark]) -> list[Run]:
    """Cut the paragraph [start, end) at every mark boundary; each piece gets its marks' look."""
    cuts = {start, end}
    for mark in marks:
        cuts.add(min(max(mark.start, start), end))
        cuts.add(min(max(mark.end, start), end))
    points = sorted(cuts)
    runs: list[Run] = []
    for a, b in zip(points, points[1:]):
        if b <= a:
            continue
        covering = [m for m in marks if m.start < b and m.end > a]
        style = _style(covering)
        badges = [m.badge for m in marks if m.badge and m.badge_at == b]
        if runs and not badges and not runs[-1].badges and runs[-1].style == style:
            runs[-1].text += text[a:b]
            runs[-1].end = b
            continue
        runs.append(Run(text[a:b], a, b, style, badges))
    return runs


def _style(covering: list[_Mark]) -> RunStyle:
    if not covering:
        return RunStyle()
    # Shorter marks are more specific: they win within a layer (a quote inside a quote).
    by_layer: dict[str, _Mark] = {}
    for mark in sorted(covering, key=lambda m: -(m.end - m.start)):
        by_layer[mark.layer] = mark
    tips = [by_layer[layer].tooltip for layer in _LAYER_ORDER if layer in by_layer and layer != "cue"]
    direct, indirect = by_layer.get("direct"), by_layer.get("indirect")
    claim, mention = by_layer.get("claim"), by_layer.get("mention")
    return RunStyle(
        background=tint(direct.colour, DIRECT_TINT) if direct else None,
        underline=indirect.colour if indirect else None,
        dotted=claim.colour if claim else None,
        bold="cue" in by_layer,
        colour=mention.colour if mention else None,
        tooltip="\n".join(dict.fromkeys(tips)),
    )
