"""The trash: removed documents stay, restorable, until 30 days have passed or it is emptied.

Removing a document only marks it (``removed_at``); it leaves the list, the search and ``get``,
and keeps its originals, analysis and corrections, across restarts. ``empty_trash`` deletes for
good (everything attached goes with the row); the window empties what is older than
``TRASH_DAYS`` when it closes, ``viewpoints trash empty`` empties it on request.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from desktop_app.core import _fts_index as fts
from desktop_app.core.library.connection import Store
from desktop_app.core.library.documents import utc_now

TRASH_DAYS = 30
_CHUNK = 500  # ids per statement (SQLite's default limit on parameters is far above)


@dataclass
class TrashEntry:
    """A removed document: what the trash list shows."""

    id: int
    title: str
    outlet: str
    date: str
    words: int
    removed_at: str  # ISO 8601, UTC
    expires_at: str  # when ``empty_trash(older_than_days=TRASH_DAYS)`` will delete it


class TrashStore(Store):
    """Removal, restore and the trash; see ``Library`` for the whole API."""

    def remove(self, ids: Iterable[int], *, progress: Callable[[int, int], None] | None = None) -> list[int]:
        """Move documents to the trash (undo with ``restore``); returns the ids that were removed.

        One transaction; ``progress(done, total)`` is called after each chunk of ids.
        """
        return self._set_removed(ids, removed=True, progress=progress)

    def restore(self, ids: Iterable[int], *, progress: Callable[[int, int], None] | None = None) -> list[int]:
        """Bring documents back from the trash; returns the ids that were in it (as ``remove``)."""
        return self._set_removed(ids, removed=False, progress=progress)

    def _set_removed(self, ids: Iterable[int], *, removed: bool,
                     progress: Callable[[int, int], None] | None = None) -> list[int]:
        wanted = sorted({int(i) for i in ids})
        changed: list[int] = []
        state = "removed_at IS NULL" if removed else "removed_at IS NOT NULL"
        stamp = utc_now() if removed else None
        with self.writing() as conn:
            for first in range(0, len(wanted), _CHUNK):  # thousands at once: a statement per chunk
                chunk = wanted[first:first + _CHUNK]
                marks = ", ".join("?" * len(chunk))
                rows = conn.execute(f"SELECT id FROM documents WHERE id IN ({marks}) AND {state}", chunk)
                changed.extend(row[0] for row in rows.fetchall())
                conn.execute(f"UPDATE documents SET removed_at = ? WHERE id IN ({marks}) AND {state}",
                             (stamp, *chunk))
                if progress is not None:
                    progress(first + len(chunk), len(wanted))
        return sorted(changed)

    def removed_ids(self) -> list[int]:
        """The ids in the trash, in id order."""
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT id FROM documents WHERE removed_at IS NOT NULL ORDER BY id"
            ).fetchall()
        return [row[0] for row in rows]

    def trash_count(self) -> int:
        """How many documents are in the trash."""
        with self.reading() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM documents WHERE removed_at IS NOT NULL").fetchone()[0])

    def trash_entries(self) -> list[TrashEntry]:
        """What is in the trash, most recently removed first."""
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT id, title, outlet, date, words, removed_at FROM documents "
                "WHERE removed_at IS NOT NULL ORDER BY removed_at DESC, id DESC"
            ).fetchall()
        return [TrashEntry(*row, expires_at=_expiry(row[5])) for row in rows]

    def empty_trash(self, older_than_days: float | None = None) -> int:
        """Delete documents in the trash for good, with their originals, analyses and corrections.

        ``older_than_days``: only those removed at least that long ago (None: all). Returns how
        many were deleted.
        """
        with self.writing() as conn:
            if older_than_days is None:
                rows = conn.execute("SELECT id FROM documents WHERE removed_at IS NOT NULL")
            else:
                cutoff = (datetime.now(timezone.utc) - timedelta(days=older_than_days)).isoformat(
                    timespec="seconds")
                rows = conn.execute("SELECT id FROM documents WHERE removed_at IS NOT NULL "
                                    "AND removed_at <= ?", (cutoff,))
            ids = [row[0] for row in rows.fetchall()]
            for doc_id in ids:  # out of the index first: it is told what the row held
                fts.unindex_document(conn, doc_id)
                conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            return len(ids)

    def purge_removed(self, older_than_days: float | None = None) -> int:
        """The former name of ``empty_trash``."""
        return self.empty_trash(older_than_days)


def _expiry(removed_at: str) -> str:
    try:
        when = datetime.fromisoformat(removed_at)
    except (TypeError, ValueError):
        return ""
    return (when + timedelta(days=TRASH_DAYS)).isoformat(timespec="seconds")
