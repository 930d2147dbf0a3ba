"""The library's store of viewpoint corrections: what the user fixed in the links between two documents.

A mixin of ``Library`` (same connection, lock and transactions), kept apart so the document store
stays small. Each row belongs to a pair of documents in the order they were shown (left, right);
asking for the pair the other way round gives the same corrections with left and right exchanged,
so swapping the panes keeps them. The rows go with either document when it is purged.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timezone

from desktop_app.core.library.connection import Store


class ViewpointCorrectionStore(Store):
    """``add_viewpoint_correction``, ``list_viewpoint_corrections``, ``delete_viewpoint_correction``."""

    def add_viewpoint_correction(self, left_id: int, right_id: int, data: dict) -> int:
        """Store one correction of the pair's links; its id. KeyError when a document is absent."""
        with self.writing() as conn:
            for doc_id in (left_id, right_id):
                row = conn.execute(
                    "SELECT 1 FROM documents WHERE id = ? AND removed_at IS NULL", (doc_id,)
                ).fetchone()
                if row is None:
                    raise KeyError(doc_id)
            cur = conn.execute(
                "INSERT INTO viewpoint_corrections (left_id, right_id, created_at, json) VALUES (?, ?, ?, ?)",
                (left_id, right_id, datetime.now(timezone.utc).isoformat(timespec="seconds"),
                 json.dumps(data, ensure_ascii=False)),
            )
            return int(cur.lastrowid)

    def list_viewpoint_corrections(self, left_id: int, right_id: int) -> list[tuple[int, dict]]:
        """The pair's corrections in the order they were made, seen with ``left_id`` on the left."""
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT id, left_id, json FROM viewpoint_corrections "
                "WHERE (left_id = ? AND right_id = ?) OR (left_id = ? AND right_id = ?) ORDER BY id",
                (left_id, right_id, right_id, left_id),
            ).fetchall()
        return [(row_id, data if stored_left == left_id else _mirrored(data))
                for row_id, stored_left, data in _decoded(rows)]

    def delete_viewpoint_correction(self, correction_id: int) -> None:
        with self.writing() as conn:
            conn.execute("DELETE FROM viewpoint_corrections WHERE id = ?", (correction_id,))


def _decoded(rows: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, dict]]:
    for row_id, stored_left, text in rows:
        try:
            data = json.loads(text)
        except ValueError:  # a damaged row is shown as a correction that no longer applies
            data = {"op": None, "json": text}
        yield row_id, stored_left, data


def _mirrored(data: dict) -> dict:
    """The correction with its two sides exchanged (the documents are shown the other way round)."""
    if not isinstance(data, dict):
        return data
    out = dict(data)
    out["left"], out["right"] = data.get("right"), data.get("left")
    return out
