"""What a comparison looks like on paper: paragraphs cut into styled runs, the same for HTML and print.

The marks are ``core.marks``' (the very marks the panes show, with the same labels and looks); those
the active filters let through are cut into ``Run`` objects carrying a plain description of their
look (colours as hex strings, underline kinds, tooltips). The HTML export and the Qt print layout
both draw from this one description, so the two can never disagree about what is marked.
Co-authors each speak an author-voice passage (one quote per author on one span): a paragraph gets
one margin bar naming them all, and a passage counts once. Cutting a paragraph is one sweep over
its sorted mark boundaries, so a single long paragraph costs in proportion to its length. No Qt here.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from desktop_app.core import i18n
from desktop_app.core.analysis.model import Claim, Mention, Quote
from desktop_app.core.compare import SIDES, ComparedActor, Comparison, DocumentView
from desktop_app.core.gc_pause import collector_paused
from desktop_app.core.filters import (
    MARK_KINDS,
    FilterCriteria,
    keys_of,
    visible_claims,
    visible_mentions,
    visible_quotes,
)
from desktop_app.core.analysis.model import display_name
from desktop_app.core.marks import LABELS, Mark, build_marks, look, visible
from desktop_app.core.palette import claim_badge, voice_colour

__all__ = [
    "ParagraphView", "Run", "RunStyle", "SideView", "VisibleMarks", "describe_filters",
    "balanced_rows", "block_pieces", "counted", "paragraph_rows", "sample_style", "side_view", "side_views", "visible_actors", "visible_marks",
]


@dataclass(frozen=True)
class RunStyle:
    """How one stretch of text is drawn (from ``core.marks.look``); None/False: 'not marked that way'."""

    background: str | None = None  # a quote's tint: a direct quote's, else indirect speech's wash
    underline: str | None = None  # indirect quote: colour of a solid underline
    dotted: str | None = None  # claim: colour of a dotted underline
    wavy: str | None = None  # a speaker past the eighth: colour of a wavy underline (a second cue)
    bold: bool = False  # speech cue
    italic: bool = False  # an interviewer's question
    colour: str | None = None  # actor name: text colour
    tooltip: str = ""
    kinds: tuple[str, ...] = ()  # the kinds of mark on this stretch ("direct", "cue", …), in LAYERS order

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
    paragraphs = _styled_paragraphs(comparison, view, criteria)
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
        title=meta.title or view.document.source_name or i18n.text("Document {id}").format(id=view.document.id),
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
    with collector_paused():  # tens of thousands of runs, no reference cycles among them
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


def balanced_rows(
    left: SideView | None, right: SideView | None
) -> list[tuple[list[ParagraphView], list[ParagraphView]]]:
    """The two texts in rows that keep step by length, for paper: a row holds one or more paragraphs
    of each side, the shorter side taking in its next paragraph while that brings the two columns'
    ends closer. Paragraph i beside paragraph i leaves a column half blank wherever one text's
    paragraphs are much longer than the other's. A row's paragraphs on one side share their
    author's-voice bar (or its absence), which the paper draws per cell."""
    lefts = left.paragraphs if left else []
    rights = right.paragraphs if right else []
    total = {0: sum(p.end - p.start for p in lefts) or 1, 1: sum(p.end - p.start for p in rights) or 1}
    sides = (lefts, rights)
    at = [0, 0]
    done = [0.0, 0.0]  # the share of each text laid out so far
    rows: list[tuple[list[ParagraphView], list[ParagraphView]]] = []
    while at[0] < len(lefts) or at[1] < len(rights):
        row: tuple[list[ParagraphView], list[ParagraphView]] = ([], [])
        for k in (0, 1):
            if at[k] < len(sides[k]):
                paragraph = sides[k][at[k]]
                row[k].append(paragraph)
                at[k] += 1
                done[k] += (paragraph.end - paragraph.start) / total[k]
        while True:  # the side behind takes in its next paragraph while that closes the gap
            k = 0 if done[0] < done[1] else 1
            if at[k] >= len(sides[k]) or not row[k] or not row[1 - k]:
                break
            paragraph = sides[k][at[k]]
            share = (paragraph.end - paragraph.start) / total[k]
            if (abs(done[k] + share - done[1 - k]) >= abs(done[k] - done[1 - k])
                    or paragraph.author_colour != row[k][-1].author_colour or paragraph.heading):
                break
            row[k].append(paragraph)
            at[k] += 1
            done[k] += share
        rows.append(row)
    return rows


def block_pieces(runs: list[Run], limit: int) -> list[list[Run]]:
    """A paragraph's runs in pieces of at most about ``limit`` characters, for a layout whose cost of
    drawing one page grows with the length of the paragraph being drawn (Qt's text blocks): the paper
    cuts a very long paragraph into several blocks. A cut falls after a sentence's end within the
    window's second half, else after its last space, and inside a word only when the window has no
    space; each piece holds the runs' text in order, so joined they are the paragraph. A paragraph
    within the limit is one piece (every real paragraph).
    """
    if sum(len(run.text) for run in runs) <= limit:  # every real paragraph: one piece, nothing cut
        kept = [run for run in runs if run.text or run.badges]
        return [kept] if kept else [[]]
    pieces: list[list[Run]] = [[]]
    filled = 0
    for run in runs:
        while filled + len(run.text) > limit:
            room = limit - filled
            window = run.text[:room]
            cut = max(window.rfind(mark, room // 2) for mark in (". ", "? ", "! "))
            cut = cut + 2 if cut >= 0 else window.rfind(" ") + 1
            if cut <= 0 and filled:  # nothing to cut at here: start a new piece before this run
                pieces.append([])
                filled = 0
                continue
            if cut <= 0:
                cut = room
            pieces[-1].append(Run(run.text[:cut], run.start, run.start + cut, run.style, []))
            run = Run(run.text[cut:], run.start + cut, run.end, run.style, run.badges)
            pieces.append([])
            filled = 0
        if run.text or run.badges:
            pieces[-1].append(run)
            filled += len(run.text)
    return [piece for piece in pieces if piece] or [[]]


def counted(n: int, singular: str, plural: str) -> str:
    """ "1 claim", "2 claims": a count with its noun in the right number (and the interface language)."""
    return f"{i18n.number(n)} {i18n.text(singular if n == 1 else plural)}"


def describe_filters(comparison: Comparison, criteria: FilterCriteria) -> str:
    """One line saying what the active filters hide ('' when everything is shown)."""
    if criteria.is_default:
        return ""
    parts = []
    names = {a.key: a.name for a in comparison.actors}
    hidden = sorted(names.get(k, k) for k in criteria.hidden_actors if k in names)
    if hidden:
        parts.append(i18n.text("hidden actors: ") + ", ".join(hidden))
    off = [k for k in MARK_KINDS if k not in criteria.mark_kinds]
    if off:
        parts.append(i18n.text("hidden marks: ") + ", ".join(_mark_kind_name(k) for k in off))
    if criteria.only_matching_paragraphs:
        parts.append(i18n.text("only paragraphs with visible marks"))
    return "; ".join(parts)


def _mark_kind_name(kind: str) -> str:
    """A filter mark kind as the reader says it: "claim prediction", "direct", in the interface language."""
    if kind.startswith("claim:"):
        return f"{i18n.text('claim')} {i18n.text(kind.removeprefix('claim:'))}"
    return i18n.text(kind)


# --- styling ---------------------------------------------------------------------------------

LAYERS = ("direct", "question", "indirect", "claim", "cue", "mention")  # the run's marks, one per layer


def _corrected() -> str:
    """The note on a mark the user corrected, after its tooltip: " (corrected)"."""
    return f" ({i18n.text('corrected')})"


NARRATION = "the text's own narration"  # who makes a claim no one is quoted for


def sample_style(kind: str, colour: str) -> RunStyle:
    """The look of one kind of mark alone, for the legends' samples (a claim's in the unknown grey)."""
    return _style({kind: _Mark(0, 1, kind, colour, "")})


@dataclass
class _Mark:
    start: int
    end: int
    layer: str  # one of LAYERS
    colour: str
    tooltip: str
    badge: str = ""
    order: int = 0  # the analysis' order: of two equally long marks of a layer, the later wins
    badge_at: int = -1  # where the badge goes: the mark's end, within its last paragraph
    cued: bool = False  # a speaker past the eighth: a wavy underline besides the tint


def _paper_marks(view: DocumentView, marks: list[Mark]) -> tuple[list[_Mark], list[tuple[Mark, str, bool]]]:
    """The inline marks with their tooltips, and the author-voice marks (mark, speaker, corrected)."""
    analysis = view.analysis
    actors = analysis.actors_by_id()
    by_key = {actor.key: actor for actor in analysis.actors}

    def name_of(actor_id: str | None, unknown: str = "unknown speaker") -> str:
        actor = actors.get(actor_id) if actor_id else None
        return display_name(actor) if actor else unknown

    inline: list[_Mark] = []
    voices: list[tuple[Mark, str, bool]] = []
    for n, mark in enumerate(marks):
        if mark.style in ("direct", "question", "indirect", "author", "cue"):
            quote = analysis.quotes[mark.quote_index]
            who = name_of(quote.speaker)
            if mark.style == "author":
                voices.append((mark, who, quote.corrected))
            elif mark.style == "cue":
                inline.append(_Mark(mark.start, mark.end, "cue", mark.colour, f"{LABELS['cue']} \u2014 {who}",
                                    order=mark.quote_index))
            else:
                tip = f"{LABELS[mark.style]} \u2014 {who}" + (_corrected() if quote.corrected else "")
                inline.append(_Mark(mark.start, mark.end, mark.style, mark.colour, tip, order=mark.quote_index,
                                    cued=mark.cued))
        elif mark.style == "claim":
            claim = analysis.claims[mark.claim_index]
            who = name_of(claim.speaker, i18n.text(NARRATION))
            tip = f"{LABELS['claim']} ({i18n.text(claim.kind)}) \u2014 {who}" + (_corrected() if claim.corrected else "")
            inline.append(_Mark(mark.start, mark.end, "claim", mark.colour, tip,
                                claim_badge(claim.kind), order=mark.claim_index))
        elif mark.style == "mention":
            actor = by_key.get(mark.actor_key) if mark.actor_key else None
            if actor is None:
                continue
            via = "" if mark.detail == "name" else f", via {mark.detail}"
            inline.append(_Mark(mark.start, mark.end, "mention", mark.colour, f"{actor.name} ({actor.kind}{via})",
                                order=n))
    return inline, voices


def _styled_paragraphs(comparison: Comparison, view: DocumentView, criteria: FilterCriteria) -> list[ParagraphView]:
    analysis = view.analysis
    text = view.document.text
    marks = visible(build_marks(analysis, comparison.colours(), len(text), comparison.cued), criteria)
    inline, voice_marks = _paper_marks(view, marks)

    heading_starts = {h.start for h in analysis.headings}
    paragraphs = view.document.paragraphs()
    starts = [p.start for p in paragraphs]
    per_paragraph: list[list[_Mark]] = [[] for _ in paragraphs]
    for mark in inline:
        hit = _overlapping(starts, paragraphs, mark.start, mark.end)
        for i in hit:
            per_paragraph[i].append(mark)
        if hit:
            mark.badge_at = min(mark.end, paragraphs[hit[-1]].end)
    voices: dict[int, list[tuple[str, str, bool]]] = {}
    for mark, name, corrected in voice_marks:
        for i in _overlapping(starts, paragraphs, mark.start, mark.end):
            voices.setdefault(i, []).append((mark.colour, name, corrected))
    authored = {i: _voice_bar(voice) for i, voice in voices.items()}

    result = []
    looks: dict[tuple, RunStyle] = {}  # one RunStyle per distinct look: a few hundred per text
    for i, para in enumerate(paragraphs):
        runs = _runs(text, para.start, para.end, per_paragraph[i], looks)
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
    tip = f"{LABELS['author']} \u2014 {names}"
    if any(corrected for _, _, corrected in voice):
        tip += _corrected()
    return voice_colour(colour for colour, _, _ in voice), tip


def _overlapping(starts: list[int], paragraphs, start: int, end: int) -> list[int]:
    """Indexes of the paragraphs that the span [start, end) touches."""
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    last = bisect.bisect_left(starts, end)
    return [i for i in range(first, last) if paragraphs[i].end > start and paragraphs[i].start < end]


def _runs(text: str, start: int, end: int, marks: list[_Mark],
          looks: dict[tuple, RunStyle] | None = None) -> list[Run]:
    """Cut the paragraph [start, end) at every mark boundary; each piece gets its marks' look.

    One sweep over the sorted boundaries: the marks that cover a piece are the ones started and not
    yet ended, so each piece looks only at those (a handful: marks nest a few deep), never at every
    mark of the paragraph.
    """
    clipped = sorted(((max(m.start, start), min(m.end, end), m) for m in marks), key=lambda item: item[0])
    points = sorted({start, end, *(a for a, _, _ in clipped), *(b for _, b, _ in clipped)})
    badges_at: dict[int, list[str]] = {}
    for m in marks:  # in the paragraph's mark order, as the badges follow each other
        if m.badge:
            badges_at.setdefault(m.badge_at, []).append(m.badge)
    pieces: list[list] = []  # [start, end, style, badges]
    active: list[tuple[int, int, _Mark]] = []
    following = 0
    for a, b in zip(points, points[1:]):
        while following < len(clipped) and clipped[following][0] <= a:
            active.append(clipped[following])
            following += 1
        active = [item for item in active if item[1] > a]
        style = _covering_style(active, looks)
        badges = badges_at.get(b, [])
        if pieces and not badges and not pieces[-1][3] and (pieces[-1][2] is style or pieces[-1][2] == style):
            pieces[-1][1] = b
            continue
        pieces.append([a, b, style, list(badges)])
    return [Run(text[a:b], a, b, style, badges) for a, b, style, badges in pieces]


def _covering_style(covering: list[tuple[int, int, _Mark]],
                    looks: dict[tuple, RunStyle] | None = None) -> RunStyle:
    """The look of a piece covered by these marks; ``looks`` remembers the looks made before
    (keyed by what ``_style`` reads of each layer's mark), so each distinct look is made once."""
    if not covering:
        return _PLAIN
    if len(covering) == 1 and looks is not None:  # the common case: one mark, its look made once
        mark = covering[0][2]
        key = ((mark.layer, mark.colour, mark.cued, mark.tooltip),)
        style = looks.get(key)
        if style is None:
            style = looks[key] = _style({mark.layer: mark})
        return style
    # Shorter marks are more specific: they win within a layer (a quote inside a quote); of two
    # equally long ones, the later in the analysis.
    by_layer: dict[str, _Mark] = {}
    for _, _, mark in covering:
        best = by_layer.get(mark.layer)
        if best is None or (mark.end - mark.start, -mark.order) < (best.end - best.start, -best.order):
            by_layer[mark.layer] = mark
    if looks is None:
        return _style(by_layer)
    key = tuple(sorted((layer, m.colour, m.cued, m.tooltip) for layer, m in by_layer.items()))
    style = looks.get(key)
    if style is None:
        style = looks[key] = _style(by_layer)
    return style


_PLAIN = RunStyle()


def _style(by_layer: dict[str, _Mark]) -> RunStyle:
    looks = {layer: look(layer, mark.colour, mark.cued) for layer, mark in by_layer.items()}
    quote = looks.get("direct") or looks.get("question") or looks.get("indirect")
    tips = [by_layer[layer].tooltip for layer in LAYERS if layer in by_layer and layer != "cue"]
    return RunStyle(
        background=quote.background if quote else None,
        underline=looks["indirect"].underline if "indirect" in looks else None,
        dotted=looks["claim"].dotted if "claim" in looks else None,
        wavy=quote.wavy if quote else None,
        bold="cue" in looks,
        italic="question" in looks and "direct" not in looks,
        colour=looks["mention"].foreground if "mention" in looks else None,
        tooltip="\n".join(dict.fromkeys(tip for tip in tips if tip)),
        kinds=tuple(layer for layer in LAYERS if layer in looks),
    )
