"""The user's corrections as a log: what was changed, when, in which document, and undoing any of it.

Corrections are replayed in the order they were made (``core.corrections.apply_corrections``), so
taking one out of the log reverts it alone: the analysis is what it would be had that one never
been made. A later correction that leaned on it (a quote given to a name a reverted rename made)
still applies where it fits and is skipped where it no longer does. Every removal returns the
entries it took out, and ``reinstate_correction`` puts an entry back in its place (same id,
same time), which is how the window undoes a revert or a reset.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from desktop_app.core.corrections import describe, validate
from desktop_app.core.library.connection import Store
from desktop_app.core.library.documents import _existing_text, utc_now

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CorrectionEntry:
    """One correction as the corrections list shows it."""

    id: int  # the correction's id in the library (``delete_correction``, ``revert_correction``)
    doc_id: int
    document: str  # the document's title
    created_at: str  # ISO 8601, UTC
    data: dict = field(hash=False, compare=False)  # the correction itself (see core.corrections)
    description: str = ""  # "Merge Löfven into Stefan Löfven", as the Edit menu says it
    problem: str | None = None  # why it cannot apply (malformed), None when it is well-formed

    @property
    def op(self) -> str:
        return str(self.data.get("op", ""))

    @property
    def actor_key(self) -> str | None:
        """The actor a rename, merge or hide is about (None for a quote or claim correction)."""
        return self.data.get("key") if self.op in ("rename_actor", "merge_actor", "hide_actor") else None


_ENTRY_SQL = (
    "SELECT c.id, c.doc_id, d.title, c.created_at, c.json FROM corrections c "
    "JOIN documents d ON d.id = c.doc_id WHERE d.removed_at IS NULL"
)


class CorrectionStore(Store):
    """Corrections in and out, and the log over them; see ``Library`` for the whole API."""

    def add_correction(self, doc_id: int, data: dict) -> int:
        """Store a correction of a document's analysis (applied after every earlier one); its id."""
        with self.writing() as conn:
            _existing_text(conn, doc_id)
            cur = conn.execute(
                "INSERT INTO corrections (doc_id, created_at, json) VALUES (?, ?, ?)",
                (doc_id, utc_now(), json.dumps(data, ensure_ascii=False)),
            )
            return int(cur.lastrowid)

    def list_corrections(self, doc_id: int) -> list[tuple[int, dict]]:
        """A document's corrections in the order they apply, as (id, data); damaged rows skipped."""
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT id, json FROM corrections WHERE doc_id = ? ORDER BY id", (doc_id,)
            ).fetchall()
        return [(row[0], data) for row in rows if (data := _data(row[0], row[1])) is not None]

    def delete_correction(self, correction_id: int) -> None:
        """Take a correction out (no error when it is not there: undo after a revert)."""
        with self.writing() as conn:
            conn.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))

    def correction_entries(self, doc_id: int | None = None) -> list[CorrectionEntry]:
        """The corrections log, oldest first: of one document, or of every document in the library.

        Documents in the trash are left out (their corrections come back with them).
        """
        sql, params = _ENTRY_SQL, ()
        if doc_id is not None:
            sql, params = sql + " AND c.doc_id = ?", (doc_id,)
        with self.reading() as conn:
            rows = conn.execute(sql + " ORDER BY c.id", params).fetchall()
        return [entry for row in rows if (entry := _entry(*row)) is not None]

    def correction_entry(self, correction_id: int) -> CorrectionEntry:
        """One entry of the log; KeyError when there is no such correction."""
        with self.reading() as conn:
            row = conn.execute(_ENTRY_SQL + " AND c.id = ?", (correction_id,)).fetchone()
        entry = _entry(*row) if row is not None else None
        if entry is None:
            raise KeyError(correction_id)
        return entry

    def revert_correction(self, correction_id: int) -> CorrectionEntry:
        """Undo one correction, wherever it is in the log; returns it (``reinstate_correction``
        puts it back). KeyError when there is no such correction. Reverting a merge unmerges."""
        entry = self.correction_entry(correction_id)
        with self.writing() as conn:
            conn.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))
        return entry

    def reinstate_correction(self, entry: CorrectionEntry) -> None:
        """Put a reverted entry back where it was in the log (its id and time), e.g. for undo.

        KeyError when its document is gone; ValueError when a correction has that id already.
        """
        with self.writing() as conn:
            _existing_text(conn, entry.doc_id)
            if conn.execute("SELECT 1 FROM corrections WHERE id = ?", (entry.id,)).fetchone():
                raise ValueError(f"correction {entry.id} is in the library already")
            conn.execute(
                "INSERT INTO corrections (id, doc_id, created_at, json) VALUES (?, ?, ?, ?)",
                (entry.id, entry.doc_id, entry.created_at, json.dumps(entry.data, ensure_ascii=False)),
            )

    def reset_document(self, doc_id: int) -> list[CorrectionEntry]:
        """Back to the automatic analysis: every correction of the document goes; returns them.

        KeyError when the document is absent or in the trash.
        """
        with self.writing() as conn:
            _existing_text(conn, doc_id)
            rows = conn.execute(_ENTRY_SQL + " AND c.doc_id = ? ORDER BY c.id", (doc_id,)).fetchall()
            conn.execute("DELETE FROM corrections WHERE doc_id = ?", (doc_id,))
        return [entry for row in rows if (entry := _entry(*row)) is not None]

    def hidden_actors(self, doc_id: int) -> list[CorrectionEntry]:
        """The "hide actor" corrections of a document: the actors the user took out of it.

        ``entry.actor_key`` is the actor's key, ``entry.data.get("name")`` its name when recorded.
        """
        return [e for e in self.correction_entries(doc_id) if e.op == "hide_actor"]

    def restore_actor(self, doc_id: int, key: str) -> list[CorrectionEntry]:
        """Show a hidden actor again: its "hide actor" corrections go; returns them (for undo)."""
        hidden = [e for e in self.hidden_actors(doc_id) if e.actor_key == key]
        if hidden:
            with self.writing() as conn:
                conn.executemany("DELETE FROM corrections WHERE id = ?", [(e.id,) for e in hidden])
        return hidden


def _data(correction_id: int, text: object) -> dict | None:
    try:
        data = json.loads(text) if isinstance(text, (str, bytes)) else None
    except ValueError:
        data = None
    if not isinstance(data, dict):
        log.warning("correction %s is damaged (not a JSON object); skipped", correction_id)
        return None
    return data


def _entry(correction_id: int, doc_id: int, title: str, created_at: str, text: object) -> CorrectionEntry | None:
    data = _data(correction_id, text)
    if data is None:
        return None
    return CorrectionEntry(correction_id, doc_id, str(title), str(created_at), data,
                           describe(data), validate(data))
