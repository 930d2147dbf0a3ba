"""Every visible mark as one spreadsheet row: quotes, claims and mentions of both documents.

UTF-8 with a byte-order mark, so spreadsheet programs show å ä ö without an import dialog.
Offsets are character offsets into the document text (the same spans as the JSON export).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from desktop_app.core.compare import SIDES, Comparison
from desktop_app.core.export.paper import visible_marks
from desktop_app.core.export.viewpoints import viewpoint_table, write_csv_section
from desktop_app.core.filters import FilterCriteria

COLUMNS: tuple[str, ...] = (
    "document", "side", "actor", "actor kind", "mark kind", "start", "end", "text",
)


@dataclass
class MarkRow:
    document: str
    side: str
    actor: str  # "" for an unknown speaker or the text's own narration
    actor_kind: str
    mark_kind: str  # "direct" | "indirect" | "author" | "claim:<kind>" | "mention"
    start: int
    end: int
    text: str

    def as_list(self) -> list[str | int]:
        return [self.document, self.side, self.actor, self.actor_kind, self.mark_kind,
                self.start, self.end, self.text]


def mark_rows(comparison: Comparison, criteria: FilterCriteria) -> list[MarkRow]:
    """Rows of both sides in text order; the filters decide which marks are included."""
    rows: list[MarkRow] = []
    for side in SIDES:
        view = comparison.view(side)
        if view is None:
            continue
        text = view.document.text
        title = view.document.metadata.title or view.document.source_name
        actors = view.analysis.actors_by_id()
        marks = visible_marks(comparison, side, criteria)
        items: list[tuple[str | None, str, int, int]] = []
        items += [(q.speaker, q.kind, q.start, q.end) for q in marks.quotes]
        items += [(c.speaker, f"claim:{c.kind}", c.start, c.end) for c in marks.claims]
        items += [(m.actor, "mention", m.start, m.end) for m in marks.mentions]
        items.sort(key=lambda item: (item[2], -item[3], item[1]))
        for actor_id, kind, start, end in items:
            actor = actors.get(actor_id) if actor_id else None
            rows.append(
                MarkRow(
                    document=title,
                    side=side,
                    actor=actor.name if actor else "",
                    actor_kind=actor.kind if actor else "",
                    mark_kind=kind,
                    start=start,
                    end=end,
                    text=" ".join(text[start:end].split()),
                )
            )
    return rows


def render_csv(comparison: Comparison, criteria: FilterCriteria) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for row in mark_rows(comparison, criteria):
        writer.writerow(row.as_list())
    write_csv_section(writer, viewpoint_table(comparison, criteria))  # after a blank row, when there are viewpoints
    return buffer.getvalue().encode("utf-8-sig")
