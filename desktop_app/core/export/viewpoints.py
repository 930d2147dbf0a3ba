"""The viewpoints table of a comparison: who meets whom on which question, and how they relate.

One source for the Viewpoints dock, print, PDF, HTML, CSV and JSON: ``viewpoint_rows`` gives the
links the filters let through (the sidebar's actor filter: a link shows when neither of its two
speakers is hidden; the dock's relation filter), and each export renders those rows. How a
relation looks (``RELATION_STYLES``) is given in plain terms, a symbol and a line pattern as well as
a colour, so it reads in greyscale print too.

A ``Comparison`` carries its viewpoints as a ``ComparisonWithViewpoints`` (``with_viewpoints``):
the window and the command line attach the corrected comparison they computed; an export of a
plain ``Comparison`` has no viewpoints section. The engine (``core.viewpoints``) is imported only
when a comparison is computed, not to draw a table.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop_app.core import i18n
from desktop_app.core.compare import Comparison
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.viewpoints.why_text import why_text

if TYPE_CHECKING:
    from desktop_app.core.viewpoints import Link, Speaker
    from desktop_app.core.viewpoints.corrections import CorrectedViewpoints


class RelationStyle(NamedTuple):
    """How one relation looks everywhere: never colour alone."""

    symbol: str  # "=", "≠", "~"
    colour: str  # hex; dark enough for text on white
    pattern: str  # "solid" | "dashed" | "dotted": connector edges and print rules
    name: str  # "agree" (English; ``label`` is it in the interface language)
    fill_alpha: float  # how strongly a connector band is filled (0..1)

    @property
    def label(self) -> str:
        return i18n.text(self.name)


# Colour-blind safe and apart in lightness (greyscale: about 120, 60 and 160 of 255).
RELATION_STYLES: dict[str, RelationStyle] = {
    "agree": RelationStyle("=", "#1A9850", "solid", "agree", 0.30),
    "disagree": RelationStyle("\u2260", "#B2182B", "dashed", "disagree", 0.30),
    "related": RelationStyle("~", "#8C8C8C", "dotted", "related", 0.14),
}
ALL_RELATIONS: frozenset[str] = frozenset(RELATION_STYLES)
ORIGIN_NOTES = {"changed": "relation corrected", "added": "linked by hand"}
COLUMNS: tuple[str, ...] = (
    "question", "left actor", "left polarity", "relation", "right actor", "right polarity", "why",
    "score", "left start", "left end", "left text", "right start", "right end", "right text", "corrected",
)


@dataclass
class ComparisonWithViewpoints(Comparison):
    """A comparison together with its (corrected) viewpoints and the relations the user shows.

    ``pending`` holds the corrections when the viewpoints are not computed yet (the window's
    comparison still running): the export, in its worker, computes them on first use.
    """

    viewpoints: CorrectedViewpoints | None = None
    relations: frozenset[str] = ALL_RELATIONS
    pending: list[tuple[int | None, dict]] | None = None

    def corrected_viewpoints(self) -> CorrectedViewpoints | None:
        if self.viewpoints is None and self.pending is not None:
            self.viewpoints, self.pending = compute_viewpoints(self, self.pending), None
        return self.viewpoints


def with_viewpoints(comparison: Comparison, viewpoints: CorrectedViewpoints | None,
                    relations: frozenset[str] = ALL_RELATIONS, *,
                    pending: list[tuple[int | None, dict]] | None = None) -> ComparisonWithViewpoints:
    """``comparison`` carrying ``viewpoints`` for the exports (the same documents, analyses, actors);
    with ``pending`` (the corrections) instead, they are computed when an export first needs them."""
    return ComparisonWithViewpoints(comparison.left, comparison.right, comparison.actors,
                                    cued=comparison.cued, viewpoints=viewpoints,
                                    relations=frozenset(relations),
                                    pending=pending if viewpoints is None else None)


def compute_viewpoints(comparison: Comparison, corrections: list[tuple[int | None, dict]] | None = None
                       ) -> CorrectedViewpoints | None:
    """The engine's comparison of the two sides with ``corrections`` applied; None without two sides."""
    if comparison.left is None or comparison.right is None:
        return None
    from desktop_app.core.viewpoints import compare_viewpoints
    from desktop_app.core.viewpoints.corrections import apply_viewpoint_corrections

    found = compare_viewpoints(comparison.left, comparison.right)
    return apply_viewpoint_corrections(found, corrections or [], comparison.left.document.text,
                                       comparison.right.document.text)


# --- the rows -------------------------------------------------------------------------------


def shown_speaker(name: str) -> str:
    """A speaker's name for a reader: the speakers no text names — the signers together, the text
    itself — in the interface's language; an actor's name as written. (Data keeps the English key.)"""
    from desktop_app.core.viewpoints.model import AUTHORS_KEY, TEXT_KEY  # loaded once rows exist

    return i18n.text(name) if name in (AUTHORS_KEY, TEXT_KEY) else name


@dataclass(frozen=True)
class ViewpointRow:
    """One link as a table row (both exports and the printout)."""

    question: str
    question_id: int
    left_actor: str
    left_polarity: str
    relation: str
    right_actor: str
    right_polarity: str
    why: str
    score: float
    left_span: tuple[int, int]
    left_text: str
    right_span: tuple[int, int]
    right_text: str
    origin: str = "engine"  # "engine" | "changed" | "added"

    @property
    def left_shown(self) -> str:
        """The left speaker as a reader sees it ("the authors" in the interface's language)."""
        return shown_speaker(self.left_actor)

    @property
    def right_shown(self) -> str:
        return shown_speaker(self.right_actor)

    def as_list(self) -> list[Any]:
        return [self.question, self.left_actor, self.left_polarity, self.relation, self.right_actor,
                self.right_polarity, self.why, f"{self.score:.3f}", *self.left_span, self.left_text,
                *self.right_span, self.right_text, ORIGIN_NOTES.get(self.origin, "")]


@dataclass
class ViewpointsTable:
    """The rows the filters let through, and how many links there are in all."""

    rows: list[ViewpointRow] = field(default_factory=list)
    total: int = 0
    relations: frozenset[str] = ALL_RELATIONS
    dropped: list[str] = field(default_factory=list)  # reasons of corrections that no longer apply

    @property
    def filtered(self) -> bool:
        return len(self.rows) < self.total


def speaker_visible(speaker: Speaker, side: str, comparison: Comparison, criteria: FilterCriteria) -> bool:
    """Whether the actor filter shows this speaker: the authors unless every signer is hidden; the
    text's own voice and unknown speakers always."""
    keys = [comparison.actor_key(side, actor_id) for actor_id in speaker.actor_ids]
    keys = [k for k in keys if k is not None]
    if not keys:
        return True
    if speaker.members:  # the authors: one group, hidden only when all of them are
        return any(criteria.actor_visible(k) for k in keys)
    return all(criteria.actor_visible(k) for k in keys)


def link_visible(link: Link, comparison: Comparison, criteria: FilterCriteria,
                 relations: frozenset[str] = ALL_RELATIONS) -> bool:
    """A link shows when its relation is chosen and neither of its speakers is hidden."""
    return (link.relation in relations
            and speaker_visible(link.left.speaker, "left", comparison, criteria)
            and speaker_visible(link.right.speaker, "right", comparison, criteria))


def viewpoint_table(comparison: Comparison, criteria: FilterCriteria) -> ViewpointsTable | None:
    """The viewpoints the comparison carries, as rows question by question; None when it has none."""
    if not isinstance(comparison, ComparisonWithViewpoints):
        return None
    corrected = comparison.corrected_viewpoints()
    if corrected is None:
        return None
    relations = getattr(comparison, "relations", ALL_RELATIONS)
    vp = corrected.comparison
    origins = {id(link): origin for link, origin in zip(vp.links, corrected.origins)}
    rows = []
    for question in vp.questions:
        for link in question.links:
            if link_visible(link, comparison, criteria, relations):
                rows.append(_row(question.label, question.id, link, origins.get(id(link), "engine")))
    return ViewpointsTable(rows, len(vp.links), relations, [d.reason for d in corrected.dropped])


def _row(label: str, question_id: int, link: Link, origin: str) -> ViewpointRow:
    return ViewpointRow(
        question=label, question_id=question_id,
        left_actor=link.left.speaker.name, left_polarity=link.left.polarity_name,
        relation=link.relation,
        right_actor=link.right.speaker.name, right_polarity=link.right.polarity_name,
        why=link.why, score=link.score,
        left_span=(link.left.start, link.left.end), left_text=" ".join(link.left.text.split()),
        right_span=(link.right.start, link.right.end), right_text=" ".join(link.right.text.split()),
        origin=origin,
    )


def describe_relations(relations: frozenset[str]) -> str:
    """'' when every relation shows, else 'only disagree' / 'only agree, related'."""
    if relations >= ALL_RELATIONS:
        return ""
    shown = [i18n.text(r) for r in RELATION_STYLES if r in relations]
    return i18n.text("only {relations}").format(relations=", ".join(shown)) if shown else i18n.text("no relation chosen")


def polarity_sign(polarity: str) -> str:
    """+, − or ○: a polarity in a narrow cell."""
    return {"positive": "+", "negative": "\u2212"}.get(polarity, "\u25cb")


# --- the exports' sections --------------------------------------------------------------------


def csv_section(table: ViewpointsTable) -> list[list[Any]]:
    """The rows the CSV export appends after the marks: a blank row, a title row, header, links."""
    rows: list[list[Any]] = [[], ["Viewpoints"], list(COLUMNS)]
    rows += [row.as_list() for row in table.rows]
    return rows


def write_csv_section(writer: Any, table: ViewpointsTable | None) -> None:
    if table is not None:
        for row in csv_section(table):
            writer.writerow(row)


def json_section(table: ViewpointsTable) -> dict[str, Any]:
    """The ``viewpoints`` member of the JSON export: the visible links grouped by question."""
    questions: dict[int, dict[str, Any]] = {}
    for row in table.rows:
        entry = questions.setdefault(row.question_id, {"id": row.question_id, "label": row.question, "links": []})
        entry["links"].append({
            "relation": row.relation, "score": round(row.score, 3), "why": row.why,
            "corrected": ORIGIN_NOTES.get(row.origin) or None,
            "left": {"start": row.left_span[0], "end": row.left_span[1], "speaker": row.left_actor,
                     "polarity": row.left_polarity},
            "right": {"start": row.right_span[0], "end": row.right_span[1], "speaker": row.right_actor,
                      "polarity": row.right_polarity},
        })
    return {
        "relations": [r for r in RELATION_STYLES if r in table.relations],
        "links_in_all": table.total,
        "questions": list(questions.values()),
        "dropped_corrections": list(table.dropped),
    }


def html_section(table: ViewpointsTable) -> str:
    """The HTML export's "Viewpoints" section: one row per link, question by question."""
    t = i18n.text
    out = [f'<section class="viewpoints"><h3>{escape(t("Viewpoints"))}</h3>']
    shown = t("{shown} of {total} links shown").format(shown=len(table.rows), total=table.total)
    notes = [n for n in (describe_relations(table.relations), shown if table.filtered else "") if n]
    if notes:
        out.append(f'<p class="meta">{escape("; ".join(notes))}</p>')
    if not table.rows:
        out.append(f'<p class="meta">{escape(t("No link between the two texts is shown."))}</p></section>')
        return "\n".join(out)
    heads = "".join(f"<th>{escape(t(h))}</th>" for h in
                    ("Question", "Left actor (polarity)", "Relation", "Right actor (polarity)", "Why"))
    out.append(f'<table class="viewpoints"><thead><tr>{heads}</tr></thead><tbody>')
    last = None
    for row in table.rows:
        style = RELATION_STYLES[row.relation]
        question = escape(row.question) if row.question_id != last else ""
        last = row.question_id
        note = f' <span class="meta">({escape(t(ORIGIN_NOTES[row.origin]))})</span>' if row.origin in ORIGIN_NOTES else ""
        out.append(
            f'<tr class="rel-{row.relation}"><td class="q">{question}</td>'
            f'<td title="{escape(row.left_text)}">{escape(row.left_shown)} ({escape(t(row.left_polarity))})</td>'
            f'<td class="rel" style="color:{style.colour};border-left:3px {style.pattern} {style.colour}">'
            f'<b>{escape(style.symbol)}</b> {escape(style.label)}{note}</td>'
            f'<td title="{escape(row.right_text)}">{escape(row.right_shown)} ({escape(t(row.right_polarity))})</td>'
            f'<td class="why">{escape(why_text(row.why))}</td></tr>'
        )
    out.append("</tbody></table></section>")
    return "\n".join(out)


HTML_CSS = """
section.viewpoints { margin: 1rem 0 1.4rem; }
section.viewpoints h3 { font-size: 1rem; margin: 0 0 .4rem; }
table.viewpoints { border-collapse: collapse; width: 100%; font-size: .9rem; }
table.viewpoints th { text-align: left; color: #555; border-bottom: 2px solid #ccc; padding: .2rem .5rem; }
table.viewpoints td { vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid #e6e6e6; }
table.viewpoints td.q { font-weight: 600; }
table.viewpoints td.rel { white-space: nowrap; }
table.viewpoints td.why { color: #555; }
@media print { table.viewpoints tr { break-inside: avoid; } }
"""


def render_csv_text(table: ViewpointsTable) -> str:
    """The section as CSV text on its own (tests, and a table pasted into a spreadsheet)."""
    buffer = io.StringIO()
    write_csv_section(csv.writer(buffer), table)
    return buffer.getvalue()
