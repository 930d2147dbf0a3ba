"""``Library``: the whole store on one file, assembled from one class per topic.

Documents (``documents``), the trash (``trash``), analyses (``analyses``), the corrections log
(``corrections_log``) and the actors' colours (``actor_colours``) each add their methods over one ``Store`` connection (``connection``). The
Library itself adds what spans them: facts about the library (``info``), and a backup after a large
import.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from desktop_app import paths
from desktop_app.core import _schema
from desktop_app.core.library import backup
from desktop_app.core.library.actor_colours import ActorColourStore
from desktop_app.core.library.analyses import AnalysisStore
from desktop_app.core.library.connection import DEFAULT_BUSY_TIMEOUT
from desktop_app.core.library.corrections_log import CorrectionStore
from desktop_app.core.library.documents import DocumentStore
from desktop_app.core.library.errors import LibraryError
from desktop_app.core.library.trash import TrashStore
from desktop_app.core.library.viewpoint_corrections import ViewpointCorrectionStore

log = logging.getLogger(__name__)


class Library(DocumentStore, TrashStore, AnalysisStore, CorrectionStore, ViewpointCorrectionStore,
              ActorColourStore):
    """The document store on one SQLite file. Use as a context manager or call ``close()``.

    ``read_only``: None (default) opens read-write when the file and its folder can be written,
    read-only otherwise; True opens read-only whatever the file system allows (the reading
    commands). A read-only library answers every change with ``LibraryReadOnly``, except that it
    keeps the analyses it is given in memory.

    One ``Library`` owns one connection, guarded by a lock so any thread may call it. Worker
    threads (background import, analysis) open their own ``Library`` on the same file: WAL lets
    readers go on while one writer writes, and a writer waits for another (``busy_timeout``, then
    retries with backoff) instead of failing at once.
    """

    def __init__(self, path: Path, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
                 read_only: bool | None = None) -> None:
        self._added_documents = 0
        self._added_bytes = 0
        super().__init__(path, busy_timeout=busy_timeout, read_only=read_only)

    @classmethod
    def open_default(cls) -> Library:
        """The library in the data dir, as it is (never seeded: see ``open_library``)."""
        return cls(paths.library_path())

    # -- facts about the library ----------------------------------------------------------

    def info(self, key: str) -> str | None:
        """A fact recorded about the library (``"seeded"``: when the first start seeded it)."""
        with self.reading() as conn:
            row = conn.execute("SELECT value FROM library_info WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_info(self, key: str, value: str) -> None:
        with self.writing() as conn:
            conn.execute("INSERT OR REPLACE INTO library_info (key, value) VALUES (?, ?)", (key, value))

    # -- backups ----------------------------------------------------------------------------

    def _note_added(self, size: int) -> None:
        self._added_documents += 1
        self._added_bytes += size

    def _before_upgrade(self, conn: sqlite3.Connection) -> None:
        """A copy of the library as it was, before a migration changes it for good."""
        if 0 < _schema.schema_version(conn) < _schema.SCHEMA_VERSION:
            backup.try_backup(conn, self.path, "before-upgrade")

    def close(self) -> None:
        """Close the connection; after a large import, keep a backup first (``backup``)."""
        with self._lock:
            if self._conn is not None and not self.read_only and backup.is_large_import(
                    self._added_documents, self._added_bytes):
                self._added_documents = self._added_bytes = 0
                try:
                    with self.reading() as conn:
                        backup.try_backup(conn, self.path, "after-import")
                except LibraryError as exc:  # closing never fails over a backup
                    log.warning("%s", exc)
            super().close()
