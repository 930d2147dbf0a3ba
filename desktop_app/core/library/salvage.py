"""Reading what is still readable out of a damaged library into a new one.

Python's sqlite3 module has no ``.recover``, so a salvage reads each damaged library two ways.
First through SQLite, table by table in rowid order: where a damaged page stops the walk, it seeks
past it (farther and farther) and goes on. Then, when that walk met damage or could not start (a
destroyed header or first page, a file cut short), straight from the pages (``pagescan``): every
row still intact on its leaf page, whatever became of the pages above it. (The sqlite3 program's
``.recover`` was tried and left aside: the 3.40 here gives up on exactly those files, and most
users do not have the program.) Every document is checked against its content hash: one whose
text is damaged is read again from its original bytes (the importers give the same text back) or
left out, never kept half-right; an original whose document row is gone is imported again.
Analyses are a cache and corrections small: those that parse are kept, the others dropped.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core import _fts_index as fts
from desktop_app.core import _schema
from desktop_app.core.document import GENRES, content_sha256, count_words
from desktop_app.core.library.actor_colours import valid_colour
from desktop_app.core.library.connection import discard_database
from desktop_app.core.library.documents import parse_authors, stored_text, utc_now
from desktop_app.core.library.pagescan import scan_rows

log = logging.getLogger(__name__)

_DOCUMENT_FIELDS = ("title", "authors", "outlet", "date", "genre", "language", "source_name",
                    "sha256", "imported_at", "format", "words", "text", "removed_at")
_MAX_ROWID = 2**62
# Where salvaged rows wait until every source was read (a TEMP table of the new library's file).
_STASH = """
CREATE TEMP TABLE stash_originals (doc_id INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TEMP TABLE stash_pending (doc_id INTEGER PRIMARY KEY, fields TEXT NOT NULL);
CREATE TEMP TABLE stash_analyses (doc_id INTEGER PRIMARY KEY, engine_version TEXT, json TEXT, computed_at TEXT);
CREATE TEMP TABLE stash_corrections (id INTEGER PRIMARY KEY, doc_id INTEGER, created_at TEXT, json TEXT);
CREATE TEMP TABLE stash_info (key TEXT PRIMARY KEY, value TEXT);
CREATE TEMP TABLE stash_links (id INTEGER PRIMARY KEY, left_id INTEGER, right_id INTEGER, created_at TEXT, json TEXT);
CREATE TEMP TABLE stash_colours (n INTEGER PRIMARY KEY, key TEXT UNIQUE, colour TEXT, chosen INTEGER, given_at TEXT);
"""


@dataclass
class Found:
    """What a salvage took and what it had to leave, for the repair report."""

    documents: int = 0
    from_backup: int = 0
    scanned: int = 0  # documents found only by reading the pages directly
    texts_from_originals: int = 0
    reimported: int = 0  # documents whose row was gone, imported again from their original bytes
    unreadable: list[tuple[str, int, int]] = field(default_factory=list)  # (table, after, upto) rowids
    damaged_texts: list[str] = field(default_factory=list)  # "document 12 (Title)"
    lost_ids: list[int] = field(default_factory=list)  # documents only their attachments still name
    missing_tables: set[str] = field(default_factory=set)
    fixed_authors: int = 0
    without_original: int = 0
    corrections: int = 0
    corrections_dropped: int = 0
    analyses: int = 0
    analyses_dropped: int = 0

    @property
    def damaged_documents(self) -> bool:
        """Whether documents may be missing (a backup can fill them in)."""
        return bool(self.damaged_texts or self.lost_ids or "documents" in self.missing_tables
                    or any(table == "documents" for table, _, _ in self.unreadable))


def open_damaged(path: Path) -> sqlite3.Connection:
    """A read-only connection that changes nothing on disk (immutable when the -shm cannot be made).

    ``writable_schema`` lets SQLite open a file shorter than its header says (cut short).
    """
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        return conn
    except sqlite3.DatabaseError:
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
        conn.execute("PRAGMA writable_schema = ON")
        return conn


def scanned_source(path: Path, target: Path) -> Path:
    """The rows ``pagescan`` finds in ``path`` that look like ours, in a database file at ``target``.

    A document counts only when its text matches its hash; an original only when importing it again
    gives that document's text back (FTS blocks look like originals otherwise).
    """
    discard_database(target)
    conn = sqlite3.connect(str(target), isolation_level=None)
    columns = ", ".join(_DOCUMENT_FIELDS)
    conn.execute(f"CREATE TABLE documents (id INTEGER PRIMARY KEY, {columns})")
    conn.execute("CREATE TABLE originals (doc_id INTEGER PRIMARY KEY, data BLOB)")
    conn.execute("CREATE TABLE candidates (doc_id INTEGER, data BLOB)")
    conn.execute("CREATE TABLE analyses (doc_id INTEGER PRIMARY KEY, engine_version, json, computed_at)")
    conn.execute("CREATE TABLE corrections (id INTEGER PRIMARY KEY, doc_id, created_at, json)")
    conn.execute("BEGIN")
    for rowid, values in scan_rows(path):
        kind = _kind(values)
        if kind == "documents":
            row = values[1:] + [None] * (len(_DOCUMENT_FIELDS) + 1 - len(values))
            conn.execute(f"INSERT OR IGNORE INTO documents VALUES (?{', ?' * len(_DOCUMENT_FIELDS)})", (rowid, *row))
        elif kind == "candidate":
            conn.execute("INSERT INTO candidates VALUES (?, ?)", (rowid, values[1]))
        elif kind in ("analyses", "corrections"):
            conn.execute(f"INSERT OR IGNORE INTO {kind} VALUES (?, ?, ?, ?)", (rowid, *values[1:]))
    shas = dict(conn.execute("SELECT id, sha256 FROM documents"))
    for doc_id, data in conn.execute("SELECT doc_id, data FROM candidates").fetchall():
        if doc_id in shas and (text := _import_text(data, f"document-{doc_id}")) is not None \
                and content_sha256(text) == shas[doc_id]:
            conn.execute("INSERT OR IGNORE INTO originals VALUES (?, ?)", (doc_id, data))
    conn.execute("DROP TABLE candidates")
    conn.execute("COMMIT")
    conn.close()
    return target


def _kind(values: list) -> str | None:
    """Which of our tables a row from the pages belongs to, judged by its shape and content."""
    if not values or values[0] is not None:  # our tables' first column is the rowid alias
        return None
    if len(values) in (13, 14) and all(isinstance(v, str) for v in values[1:11]) \
            and isinstance(text := stored_text(values[12]), str) and content_sha256(text) == values[8]:
        return "documents"
    if len(values) == 2 and isinstance(values[1], bytes):
        return "candidate"
    if len(values) == 4 and all(isinstance(v, str) for v in values[2:]) and _json_object(values[3] if isinstance(values[1], int) else values[2]):
        if isinstance(values[1], int) and '"op"' in values[3]:
            return "corrections"
        if isinstance(values[1], str):
            return "analyses"
    return None


class Salvage:
    """A new library file at ``target``, filled from one damaged source after another.

    Documents are taken as each source is read (the first readable copy wins); everything attached
    to them waits in TEMP tables until ``finish``, so a document found in a later source still gets
    the original or corrections an earlier one held.
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        self.found = Found()
        self._conn = sqlite3.connect(str(target), isolation_level=None)
        _schema.migrate(self._conn)
        for statement in _STASH.strip().split(";"):
            if statement.strip():
                self._conn.execute(statement)
        self._conn.execute("BEGIN")
        self._ids: set[int] = set()
        self._shas: set[str] = set()
        self._no_corrections: set[int] = set()  # texts read again: old spans may no longer fit

    def take(self, source: sqlite3.Connection, *, from_backup: bool = False, first: bool = False,
             scanned: bool = False) -> None:
        """Everything readable in ``source`` that is not in the new library yet.

        ``first``: the damaged file itself, whose read errors and missing tables are reported.
        """
        tables = _tables(source)
        if first and tables:  # (no tables at all: the schema itself is unreadable, not missing)
            self.found.missing_tables |= {"documents", "originals", "corrections"} - tables
        report = self.found if first else None
        before = len(self._ids)
        if "documents" in tables:
            self._take_documents(source, report)
        stash = self._conn.execute
        if "originals" in tables:
            for doc_id, data in _rows(source, "originals", ("data",), report):
                if isinstance(data, bytes):
                    stash("INSERT OR IGNORE INTO stash_originals VALUES (?, ?)", (doc_id, data))
        if "analyses" in tables:
            for row in _rows(source, "analyses", ("engine_version", "json", "computed_at"), report):
                stash("INSERT OR IGNORE INTO stash_analyses VALUES (?, ?, ?, ?)", row)
        if "corrections" in tables:
            for row in _rows(source, "corrections", ("doc_id", "created_at", "json"), report):
                stash("INSERT OR IGNORE INTO stash_corrections VALUES (?, ?, ?, ?)", row)
        if "viewpoint_corrections" in tables:
            for row in _rows(source, "viewpoint_corrections", ("left_id", "right_id", "created_at", "json"), report):
                stash("INSERT OR IGNORE INTO stash_links VALUES (?, ?, ?, ?, ?)", row)
        if "actor_colours" in tables:  # in the order they were given: the first source's come first
            for row in _rows(source, "actor_colours", ("key", "colour", "chosen", "given_at"), report):
                stash("INSERT OR IGNORE INTO stash_colours (key, colour, chosen, given_at) VALUES (?, ?, ?, ?)",
                      row[1:])
        if "library_info" in tables:  # a few rows, WITHOUT ROWID: all or nothing
            try:
                info = source.execute("SELECT key, value FROM library_info").fetchall()
            except sqlite3.DatabaseError:
                info = []
            self._conn.executemany("INSERT OR IGNORE INTO stash_info VALUES (?, ?)",
                                   [(str(k), str(v)) for k, v in info])
        taken = len(self._ids) - before
        if from_backup:
            self.found.from_backup += taken
        if scanned:
            self.found.scanned += taken

    def _take_documents(self, source: sqlite3.Connection, report: Found | None) -> None:
        columns = [c for c in _DOCUMENT_FIELDS if c in _columns(source, "documents")]
        for row in _rows(source, "documents", columns, report):
            doc_id, values = row[0], dict(zip(columns, row[1:]))
            if doc_id in self._ids:
                continue
            text, sha = stored_text(values.get("text")), values.get("sha256")
            if isinstance(text, str) and isinstance(sha, str) and content_sha256(text) == sha:
                if sha not in self._shas:
                    self._insert_document(doc_id, text, sha, values)
                continue
            safe = {k: v for k, v in values.items() if k != "text" and isinstance(v, (str, int, type(None)))}
            self._conn.execute("INSERT OR IGNORE INTO stash_pending VALUES (?, ?)",
                               (doc_id, json.dumps(safe, ensure_ascii=False)))

    def _insert_document(self, doc_id: int, text: str, sha: str, values: dict) -> None:
        authors = parse_authors(values.get("authors", "[]"))
        if authors is None:
            authors = []
            self.found.fixed_authors += 1
        genre = values.get("genre") if values.get("genre") in GENRES else "other"
        words = values.get("words") if isinstance(values.get("words"), int) else count_words(text)
        removed_at = values.get("removed_at") if isinstance(values.get("removed_at"), str) else None
        title = values.get("title") if isinstance(values.get("title"), str) and values["title"].strip() else (
            text.strip().split("\n", 1)[0][:200] or "Untitled")
        self._conn.execute(
            "INSERT INTO documents (id, title, authors, outlet, date, genre, language, source_name, "
            "sha256, imported_at, format, words, text, removed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, title, json.dumps(authors, ensure_ascii=False), _text(values.get("outlet")),
             _text(values.get("date")), genre, _text(values.get("language")),
             _text(values.get("source_name")), sha, _text(values.get("imported_at")) or utc_now(),
             _text(values.get("format")) or "txt", words, text, removed_at),
        )
        fts.index_document(self._conn, doc_id)
        self._ids.add(doc_id)
        self._shas.add(sha)
        self.found.documents += 1

    # -- the end ----------------------------------------------------------------------------

    def finish(self) -> Found:
        """Attach what waited, commit, and leave one self-contained file ready to be put in place."""
        conn, found = self._conn, self.found
        self._resolve_pending()
        self._reimport_orphans()
        for doc_id, data in conn.execute("SELECT doc_id, data FROM stash_originals").fetchall():
            if doc_id in self._ids:
                conn.execute("INSERT OR IGNORE INTO originals (doc_id, data) VALUES (?, ?)", (doc_id, data))
        for doc_id, version, data, computed_at in conn.execute("SELECT * FROM stash_analyses").fetchall():
            if doc_id not in self._ids or doc_id in self._no_corrections:
                continue
            if not (isinstance(version, str) and _json_object(data)):
                found.analyses_dropped += 1
                continue
            conn.execute("INSERT INTO analyses (doc_id, engine_version, json, computed_at) VALUES (?, ?, ?, ?)",
                         (doc_id, version, data, _text(computed_at) or utc_now()))
            found.analyses += 1
        for cid, doc_id, created_at, data in conn.execute("SELECT * FROM stash_corrections ORDER BY id").fetchall():
            if doc_id not in self._ids:
                continue
            if doc_id in self._no_corrections or not _json_object(data):
                found.corrections_dropped += 1
                continue
            conn.execute("INSERT INTO corrections (id, doc_id, created_at, json) VALUES (?, ?, ?, ?)",
                         (cid, doc_id, _text(created_at) or utc_now(), data))
            found.corrections += 1
        for row in conn.execute("SELECT * FROM stash_links ORDER BY id").fetchall():  # the links' corrections
            if row[1] in self._ids and row[2] in self._ids and _json_object(row[4]):
                conn.execute("INSERT INTO viewpoint_corrections VALUES (?, ?, ?, ?, ?)",
                             (*row[:3], _text(row[3]) or utc_now(), row[4]))
        conn.execute("INSERT OR IGNORE INTO library_info (key, value) SELECT key, value FROM stash_info")
        for key, colour, chosen, given_at in conn.execute(
                "SELECT key, colour, chosen, given_at FROM stash_colours ORDER BY n").fetchall():
            if isinstance(key, str) and key and valid_colour(colour):
                conn.execute("INSERT OR IGNORE INTO actor_colours (key, colour, chosen, given_at) VALUES (?, ?, ?, ?)",
                             (key, colour, 1 if chosen == 1 else 0, _text(given_at) or utc_now()))
        conn.execute("INSERT OR IGNORE INTO library_info (key, value) VALUES ('seeded', ?)",
                     (f"kept by a repair on {utc_now()}",))
        named = {row[0] for row in conn.execute(
            "SELECT doc_id FROM stash_analyses UNION SELECT doc_id FROM stash_corrections")}
        found.lost_ids = sorted(i for i in named if isinstance(i, int) and i not in self._ids)
        found.without_original = conn.execute(
            "SELECT count(*) FROM documents WHERE id NOT IN (SELECT doc_id FROM originals)").fetchone()[0]
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        conn.close()
        with open(self.target, "rb+") as handle:
            os.fsync(handle.fileno())
        return found

    def _resolve_pending(self) -> None:
        """Documents whose text was damaged: read again from their original, or reported lost."""
        pending = self._conn.execute("SELECT doc_id, fields FROM stash_pending ORDER BY doc_id").fetchall()
        for doc_id, fields in pending:
            if doc_id in self._ids:
                continue
            values = json.loads(fields)
            row = self._conn.execute("SELECT data FROM stash_originals WHERE doc_id = ?", (doc_id,)).fetchone()
            text = _import_text(row[0], _name(values.get("source_name"), doc_id)) if row else None
            if text is None or content_sha256(text) in self._shas:
                title = values.get("title") or "no title"
                self.found.damaged_texts.append(f"document {doc_id} ({title})")
                continue
            if content_sha256(text) != values.get("sha256"):
                self._no_corrections.add(doc_id)  # the importers changed: old spans would misplace
            self._insert_document(doc_id, text, content_sha256(text), values)
            self.found.texts_from_originals += 1

    def _reimport_orphans(self) -> None:
        """Originals whose document row is gone (a lost page, a dropped table): imported again."""
        orphans = self._conn.execute("SELECT doc_id, data FROM stash_originals ORDER BY doc_id").fetchall()
        for doc_id, data in orphans:
            if doc_id in self._ids:
                continue
            text = _import_text(data, _name(None, doc_id))
            if text is None or content_sha256(text) in self._shas:
                continue
            self._insert_document(doc_id, text, content_sha256(text), {})
            self._no_corrections.add(doc_id)
            self.found.reimported += 1

    def abandon(self) -> None:
        try:
            self._conn.close()
        finally:
            discard_database(self.target)



# -- walking a damaged table ------------------------------------------------------------------


def _rows(conn: sqlite3.Connection, table: str, columns: tuple[str, ...] | list[str],
          found: Found | None, rowid: str = "rowid") -> Iterator[tuple]:
    """(rowid, *columns) of every row that can be read, in rowid order, past damaged pages."""
    select = f"SELECT {rowid}, {', '.join(columns)} FROM {table}"
    last = -_MAX_ROWID
    while True:
        try:
            for row in conn.execute(f"{select} WHERE {rowid} > ? ORDER BY {rowid}", (last,)):
                last = row[0]
                yield row
            return
        except sqlite3.DatabaseError:
            pass
        resume = _next_readable(conn, table, rowid, last)
        if found is not None:
            found.unreadable.append((table, last, resume if resume is not None else _MAX_ROWID))
        if resume is None:
            return
        try:
            row = conn.execute(f"{select} WHERE {rowid} = ?", (resume,)).fetchone()
        except sqlite3.DatabaseError:
            row = None  # this row itself is damaged: skip it
        if row is not None:
            yield row
        last = resume


def _next_readable(conn: sqlite3.Connection, table: str, rowid: str, last: int) -> int | None:
    """The first rowid after ``last`` the table's b-tree can still lead to, seeking farther and farther."""
    step = 1
    probe = last
    while probe < _MAX_ROWID:
        try:
            row = conn.execute(f"SELECT {rowid} FROM {table} WHERE {rowid} > ? ORDER BY {rowid} LIMIT 1",
                               (probe,)).fetchone()
            return None if row is None else int(row[0])
        except sqlite3.DatabaseError:
            probe = max(last, 0) + step
            step *= 2
    return None


def _tables(conn: sqlite3.Connection) -> set[str]:
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError:
        return set()


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    try:
        return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    except sqlite3.DatabaseError:
        return set()


def _import_text(data: bytes, name: str) -> str | None:
    # In the import worker with its deadline, as every import: a repair runs in the window's
    # process at start, where a parser's crash in C (PDFium, lxml) would take the window with it.
    from desktop_app.core.import_worker import parse_with_deadline
    from desktop_app.core.importers import ImportFailure

    try:
        text = parse_with_deadline(data, name).text
    except (ImportFailure, ValueError, OSError):
        return None
    return text if text.strip() else None


def _name(source_name: object, doc_id: int) -> str:
    return source_name if isinstance(source_name, str) and source_name else f"document-{doc_id}"


def _json_object(data: object) -> bool:
    try:
        return isinstance(json.loads(data), dict) if isinstance(data, (str, bytes)) else False
    except ValueError:
        return False


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""

