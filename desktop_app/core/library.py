"""The library: imported documents, their original bytes, analyses and corrections in one SQLite file.

One ``Library`` object owns one connection, guarded by a lock so any thread may call it. Worker
threads (background import) open their own ``Library`` on the same file: WAL mode lets readers go on
while one writer writes, and ``busy_timeout`` makes a second writer wait instead of failing.
Every write is one ``BEGIN IMMEDIATE`` transaction, so a failure or a crash leaves no trace.
``open_library`` opens the user's library (seeded when new) for the window and every command.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from desktop_app import paths
from desktop_app.core import _schema
from desktop_app.core._fts_query import fts_query
from desktop_app.core.library_viewpoints import ViewpointCorrectionStore
from desktop_app.core.document import (
    GENRES,
    Document,
    ImportedText,
    Metadata,
    content_sha256,
    count_words,
)

DEFAULT_BUSY_TIMEOUT = 10.0  # seconds a writer waits for another instance's transaction
_TITLE_MAX = 200
_TITLE_WEIGHT = 3.0  # bm25 weight of a title hit relative to a hit in the text

_SUMMARY_COLUMNS = (
    "id, title, outlet, date, genre, language, words, source_name, imported_at"
)
_DOCUMENT_COLUMNS = (
    "id, text, title, authors, outlet, date, genre, language, source_name, sha256, "
    "imported_at, format"
)


class LibraryError(Exception):
    """The library file cannot be used; ``str(e)`` is one line naming the file and the reason."""


@dataclass
class AddResult:
    status: str  # "imported" | "duplicate"
    doc_id: int
    title: str


@dataclass
class DocumentSummary:
    """One row of the library list: everything but the text."""

    id: int
    title: str
    outlet: str
    date: str
    genre: str
    language: str
    words: int
    source_name: str
    imported_at: str


def open_library(*, seed: bool = True) -> Library:
    """Open (creating if needed) the user's library, the same from the GUI and the CLI.

    A brand-new library is filled with the seed texts. Seeding happens only when the database file
    did not exist yet, so a user who removed the seeds does not get them back at the next start.
    """
    path = paths.library_path()
    is_new = not path.exists()
    library = Library(path)
    if seed and is_new:
        from desktop_app.core.seeds import import_seeds_if_empty  # a normal start needs no importers

        import_seeds_if_empty(library)
    return library


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Library(ViewpointCorrectionStore):
    """The document store. Use as a context manager or call ``close()``.

    The corrections of viewpoint links between two documents: ``ViewpointCorrectionStore``.
    """

    def __init__(self, path: Path, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                str(self.path),
                timeout=busy_timeout,
                isolation_level=None,  # we issue BEGIN/COMMIT ourselves
                check_same_thread=False,  # the lock serializes use across threads
            )
        except (OSError, sqlite3.Error) as exc:
            raise LibraryError(f"{self.path}: cannot open library ({exc})") from None
        try:
            self._configure(busy_timeout)
            _schema.migrate(self._conn)
        except (sqlite3.Error, _schema.SchemaTooNew) as exc:
            self._conn.close()
            raise LibraryError(f"{self.path}: {_reason(exc)}") from None

    @classmethod
    def open_default(cls) -> Library:
        """The library in the data dir, as it is (never seeded: see ``open_library``)."""
        return cls(paths.library_path())

    def _configure(self, busy_timeout: float) -> None:
        conn = self._conn
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000):d}")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"cannot switch to WAL journal (got {mode})")
        # Under WAL, NORMAL never corrupts the file; at worst an OS crash loses the last commits.
        conn.execute("PRAGMA synchronous = NORMAL")

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None  # type: ignore[assignment]

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- transactions -----------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back on any exception."""
        with self._lock:
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._connection()

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise LibraryError(f"{self.path}: library is closed")
        return self._conn

    # -- documents --------------------------------------------------------------------------

    def add(self, imported: ImportedText, *, source_name: str, original: bytes) -> AddResult:
        """Store a document and its original bytes, or report the copy already there.

        Identical content (same normalized-text hash) is a duplicate; if that copy was removed,
        it is restored and reported as imported, since that is what the user asked for.
        """
        text = imported.text
        if not text.strip():
            raise ValueError(f"{source_name or 'document'}: no text to store")
        sha = content_sha256(text)
        metadata = _clean_metadata(imported.metadata, text, source_name)
        with self._write() as conn:
            row = conn.execute(
                "SELECT id, title, removed_at FROM documents WHERE sha256 = ?", (sha,)
            ).fetchone()
            if row is not None:
                doc_id, title, removed_at = row
                if removed_at is None:
                    return AddResult("duplicate", doc_id, title)
                conn.execute("UPDATE documents SET removed_at = NULL WHERE id = ?", (doc_id,))
                return AddResult("imported", doc_id, title)
            doc_id = _insert_document(conn, text, metadata, source_name, sha, imported.format)
            _insert_original(conn, doc_id, original)
        return AddResult("imported", doc_id, metadata.title)

    def get(self, doc_id: int) -> Document:
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ? AND removed_at IS NULL",
                (doc_id,),
            ).fetchone()
        if row is None:
            raise KeyError(doc_id)
        (id_, text, title, authors, outlet, date, genre, language, source_name, sha,
         imported_at, fmt) = row
        metadata = Metadata(title, json.loads(authors), outlet, date, genre, language)
        return Document(id_, text, metadata, source_name, sha, imported_at, fmt)

    def original_bytes(self, doc_id: int) -> bytes:
        with self._read() as conn:
            row = conn.execute(
                "SELECT o.data FROM originals o JOIN documents d ON d.id = o.doc_id "
                "WHERE o.doc_id = ? AND d.removed_at IS NULL",
                (doc_id,),
            ).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return bytes(row[0])

    def list_documents(self) -> list[DocumentSummary]:
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM documents WHERE removed_at IS NULL ORDER BY id"
            ).fetchall()
        return [DocumentSummary(*row) for row in rows]

    def summary(self, doc_id: int) -> DocumentSummary:
        """One row of the list; KeyError if the document is absent or removed."""
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM documents WHERE id = ? AND removed_at IS NULL",
                (doc_id,),
            ).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return DocumentSummary(*row)

    def count(self) -> int:
        with self._read() as conn:
            return conn.execute(
                "SELECT count(*) FROM documents WHERE removed_at IS NULL"
            ).fetchone()[0]

    def search(self, query: str, limit: int = 1000) -> list[int]:
        """Ids of documents matching every word of ``query`` as a prefix, best first (bm25).

        Any string is safe: words are quoted, so FTS operators typed by the user are just words.
        Text in double quotes is searched as a phrase.
        """
        match = fts_query(query)
        if match is None or limit <= 0:
            return []
        with self._read() as conn:
            rows = conn.execute(
                "SELECT documents_fts.rowid FROM documents_fts "
                "JOIN documents d ON d.id = documents_fts.rowid "
                "WHERE documents_fts MATCH ? AND d.removed_at IS NULL "
                f"ORDER BY bm25(documents_fts, {_TITLE_WEIGHT}, 1.0), documents_fts.rowid "
                "LIMIT ?",
                (match, limit),
            ).fetchall()
        return [row[0] for row in rows]

    def update_metadata(self, doc_id: int, metadata: Metadata) -> None:
        with self._write() as conn:
            text = _existing_text(conn, doc_id)
            clean = _clean_metadata(metadata, text, "")
            conn.execute(
                "UPDATE documents SET title = ?, authors = ?, outlet = ?, date = ?, genre = ?, "
                "language = ? WHERE id = ?",
                (clean.title, json.dumps(clean.authors, ensure_ascii=False), clean.outlet,
                 clean.date, clean.genre, clean.language, doc_id),
            )

    # -- removal ----------------------------------------------------------------------------

    def remove(self, ids: Iterable[int]) -> list[int]:
        """Hide documents (undoable with ``restore``); returns the ids that were removed."""
        return self._set_removed(ids, removed=True)

    def restore(self, ids: Iterable[int]) -> list[int]:
        return self._set_removed(ids, removed=False)

    def _set_removed(self, ids: Iterable[int], *, removed: bool) -> list[int]:
        wanted = sorted({int(i) for i in ids})
        changed: list[int] = []
        with self._write() as conn:
            for doc_id in wanted:
                if removed:
                    cur = conn.execute(
                        "UPDATE documents SET removed_at = ? WHERE id = ? AND removed_at IS NULL",
                        (utc_now(), doc_id),
                    )
                else:
                    cur = conn.execute(
                        "UPDATE documents SET removed_at = NULL "
                        "WHERE id = ? AND removed_at IS NOT NULL",
                        (doc_id,),
                    )
                if cur.rowcount:
                    changed.append(doc_id)
        return changed

    def removed_ids(self) -> list[int]:
        with self._read() as conn:
            rows = conn.execute(
                "SELECT id FROM documents WHERE removed_at IS NOT NULL ORDER BY id"
            ).fetchall()
        return [row[0] for row in rows]

    def purge_removed(self) -> int:
        """Delete removed documents for good, with their originals, analyses and corrections."""
        with self._write() as conn:
            return conn.execute("DELETE FROM documents WHERE removed_at IS NOT NULL").rowcount

    # -- analyses and corrections -----------------------------------------------------------

    def save_analysis(self, doc_id: int, engine_version: str, data: dict) -> None:
        with self._write() as conn:
            _existing_text(conn, doc_id)
            conn.execute(
                "INSERT OR REPLACE INTO analyses (doc_id, engine_version, json, computed_at) "
                "VALUES (?, ?, ?, ?)",
                (doc_id, engine_version, json.dumps(data, ensure_ascii=False), utc_now()),
            )

    def load_analysis(self, doc_id: int, engine_version: str) -> dict | None:
        """The stored analysis, or None when there is none or another engine version made it."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT engine_version, json FROM analyses WHERE doc_id = ?", (doc_id,)
            ).fetchone()
        if row is None or row[0] != engine_version:
            return None
        return json.loads(row[1])

    def analysis_version(self, doc_id: int) -> str | None:
        """The engine version of the stored analysis, without reading the analysis itself."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT engine_version FROM analyses WHERE doc_id = ?", (doc_id,)
            ).fetchone()
        return None if row is None else row[0]

    def add_correction(self, doc_id: int, data: dict) -> int:
        with self._write() as conn:
            _existing_text(conn, doc_id)
            cur = conn.execute(
                "INSERT INTO corrections (doc_id, created_at, json) VALUES (?, ?, ?)",
                (doc_id, utc_now(), json.dumps(data, ensure_ascii=False)),
            )
            return int(cur.lastrowid)

    def list_corrections(self, doc_id: int) -> list[tuple[int, dict]]:
        with self._read() as conn:
            rows = conn.execute(
                "SELECT id, json FROM corrections WHERE doc_id = ? ORDER BY id", (doc_id,)
            ).fetchall()
        return [(row[0], json.loads(row[1])) for row in rows]

    def copy_to(self, path: Path) -> Library:
        """A copy of the whole library in a new file at ``path`` (SQLite's online backup), opened."""
        with self._read() as conn:
            try:
                target = sqlite3.connect(str(path))
                try:
                    conn.backup(target)
                finally:
                    target.close()
            except sqlite3.Error as exc:
                raise LibraryError(f"{path}: cannot copy the library ({_reason(exc)})") from None
        return Library(path)

    def delete_correction(self, correction_id: int) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))


# -- helpers (module level so tests can make one step of a transaction fail) ----------------


def _insert_document(
    conn: sqlite3.Connection,
    text: str,
    metadata: Metadata,
    source_name: str,
    sha: str,
    fmt: str,
) -> int:
    cur = conn.execute(
        "INSERT INTO documents (title, authors, outlet, date, genre, language, source_name, "
        "sha256, imported_at, format, words, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (metadata.title, json.dumps(metadata.authors, ensure_ascii=False), metadata.outlet,
         metadata.date, metadata.genre, metadata.language, source_name, sha, utc_now(),
         fmt or "txt", count_words(text), text),
    )
    return int(cur.lastrowid)


def _insert_original(conn: sqlite3.Connection, doc_id: int, original: bytes) -> None:
    conn.execute(
        "INSERT INTO originals (doc_id, data) VALUES (?, ?)", (doc_id, bytes(original))
    )


def _existing_text(conn: sqlite3.Connection, doc_id: int) -> str:
    row = conn.execute(
        "SELECT text FROM documents WHERE id = ? AND removed_at IS NULL", (doc_id,)
    ).fetchone()
    if row is None:
        raise KeyError(doc_id)
    return row[0]


def _clean_metadata(metadata: Metadata, text: str, source_name: str) -> Metadata:
    """Fill a missing title and keep the genre within GENRES; never invents other facts."""
    title = " ".join(metadata.title.split()) or _fallback_title(text, source_name)
    return Metadata(
        title=title[:_TITLE_MAX],
        authors=[a.strip() for a in metadata.authors if a and a.strip()],
        outlet=metadata.outlet.strip(),
        date=metadata.date.strip(),
        genre=metadata.genre if metadata.genre in GENRES else "other",
        language=metadata.language.strip(),
    )


def _fallback_title(text: str, source_name: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return " ".join(line.split())
    return Path(source_name).stem or "Untitled"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, sqlite3.DatabaseError) and "not a database" in str(exc):
        return "not a Viewpoints library (not an SQLite database)"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
