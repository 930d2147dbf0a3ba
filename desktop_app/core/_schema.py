"""The library's SQLite schema as an ordered list of migrations, tracked in ``PRAGMA user_version``.

A database at version N has had migrations 1..N applied. Opening a library applies the missing
ones inside one write transaction, so a half-migrated file never exists. Never edit a released
migration: append a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from desktop_app.core import _fts_index

_V1_TABLES = """
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,  -- ids are never reused after a purge
    title       TEXT NOT NULL,
    authors     TEXT NOT NULL DEFAULT '[]',         -- JSON list of strings
    outlet      TEXT NOT NULL DEFAULT '',
    date        TEXT NOT NULL DEFAULT '',
    genre       TEXT NOT NULL DEFAULT 'other',
    language    TEXT NOT NULL DEFAULT '',
    source_name TEXT NOT NULL DEFAULT '',
    sha256      TEXT NOT NULL UNIQUE,               -- content_sha256(text): duplicate detection
    imported_at TEXT NOT NULL,                      -- ISO 8601, UTC
    format      TEXT NOT NULL DEFAULT 'txt',
    words       INTEGER NOT NULL DEFAULT 0,
    text        TEXT NOT NULL
);

-- What the user gave us, byte for byte; kept apart so listing never reads it.
CREATE TABLE originals (
    doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    data   BLOB NOT NULL
);

CREATE TABLE analyses (
    doc_id         INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    engine_version TEXT NOT NULL,
    json           TEXT NOT NULL,
    computed_at    TEXT NOT NULL
);

CREATE TABLE corrections (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    json       TEXT NOT NULL
);
CREATE INDEX corrections_doc ON corrections(doc_id, id);

-- Full-text index over title and text. External content: the text is stored once, in documents.
-- remove_diacritics 0 keeps å, ä and ö distinct letters (Swedish "får" is not "far").
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content='documents', content_rowid='id',
    tokenize="unicode61 remove_diacritics 0"
);

-- Triggers keep the index in the same transaction as the row it indexes.
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"""

_V2_SOFT_DELETE = """
ALTER TABLE documents ADD COLUMN removed_at TEXT;  -- NULL = in the library; else when removed
CREATE INDEX documents_removed ON documents(removed_at) WHERE removed_at IS NOT NULL;
"""

_V3_LIST_INDEX = """
CREATE INDEX documents_list ON documents(
    id, title, outlet, date, genre, language, words, source_name, imported_at, removed_at
);
"""

_V4_LIBRARY_INFO = """
-- Facts about the library itself (key -> value); 'seeded' says the first start finished seeding.
CREATE TABLE library_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
-- A library that ever held a document was seeded (or was filled by the user): never seed it again.
INSERT INTO library_info (key, value)
    SELECT 'seeded', 'before schema version 4'
    WHERE EXISTS (SELECT 1 FROM documents)
       OR EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'documents' AND seq > 0);
"""

# The index over authors and outlet too; the columns keep the documents table's names (external
# content). ``authors`` is a JSON list: the tokenizer splits its brackets and quotes away.
_V5_FTS_AUTHORS_OUTLET = """
DROP TRIGGER documents_fts_insert;
DROP TRIGGER documents_fts_delete;
DROP TRIGGER documents_fts_update;
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, authors, outlet, text,
    content='documents', content_rowid='id',
    tokenize="unicode61 remove_diacritics 0"
);
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, authors, outlet, text)
        VALUES (new.id, new.title, new.authors, new.outlet, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, authors, outlet, text)
        VALUES ('delete', old.id, old.title, old.authors, old.outlet, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, authors, outlet, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, authors, outlet, text)
        VALUES ('delete', old.id, old.title, old.authors, old.outlet, old.text);
    INSERT INTO documents_fts(rowid, title, authors, outlet, text)
        VALUES (new.id, new.title, new.authors, new.outlet, new.text);
END;
"""

# The user's corrections of the viewpoint links between two documents (core/viewpoints/corrections.py).
# A pair is stored in the order it was shown; the other order reads it mirrored.
_V6_VIEWPOINT_CORRECTIONS = """
CREATE TABLE viewpoint_corrections (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    left_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    right_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    json       TEXT NOT NULL
);
CREATE INDEX viewpoint_corrections_pair ON viewpoint_corrections(left_id, right_id, id);
"""

# The colour each actor was given (core/library/actor_colours.py), by its cross-document key. The
# rowid says who had a colour first: of two that clash in one comparison, the older keeps it.
_V7_ACTOR_COLOURS = """
CREATE TABLE actor_colours (
    key      TEXT NOT NULL UNIQUE,
    colour   TEXT NOT NULL,                -- "#RRGGBB"
    chosen   INTEGER NOT NULL DEFAULT 0,   -- 1: picked by the user
    given_at TEXT NOT NULL
);
"""

# The index in chunks (core/_fts_index.py): contentless, one row per chunk of a text, filled by
# the library's code instead of triggers (a trigger cannot cut a text into chunks).
_V8_FTS_CHUNKS = """
DROP TRIGGER documents_fts_insert;
DROP TRIGGER documents_fts_delete;
DROP TRIGGER documents_fts_update;
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, authors, outlet, text,
    content='',
    tokenize="unicode61 remove_diacritics 0"
);
"""


def _v1_initial(conn: sqlite3.Connection) -> None:
    """Documents, original bytes, analyses, corrections and the full-text index."""
    _run_script(conn, _V1_TABLES)


def _v2_soft_delete(conn: sqlite3.Connection) -> None:
    """Removal becomes undoable: a removed_at mark instead of a DELETE."""
    _run_script(conn, _V2_SOFT_DELETE)


def _v3_list_index(conn: sqlite3.Connection) -> None:
    """A covering index, so the library list never reads the text pages (twice as fast at 10k)."""
    _run_script(conn, _V3_LIST_INDEX)


def _v4_library_info(conn: sqlite3.Connection) -> None:
    """A key-value table about the library; it records that seeding finished (first start)."""
    _run_script(conn, _V4_LIBRARY_INFO)


def _v5_fts_authors_outlet(conn: sqlite3.Connection) -> None:
    """Search finds authors and outlets too: the full-text index is rebuilt with both columns."""
    _run_script(conn, _V5_FTS_AUTHORS_OUTLET)


def _v6_viewpoint_corrections(conn: sqlite3.Connection) -> None:
    """Corrections of the viewpoint links of a pair of documents: removed, changed, added by hand."""
    _run_script(conn, _V6_VIEWPOINT_CORRECTIONS)


def _v7_actor_colours(conn: sqlite3.Connection) -> None:
    """Actor colours are kept: the same actor has the same colour in every comparison and session."""
    _run_script(conn, _V7_ACTOR_COLOURS)


def _v8_fts_chunks(conn: sqlite3.Connection) -> None:
    """The full-text index in chunks of at most half a megabyte: indexing a long text no longer
    holds all its terms in memory at once. Every document is indexed again."""
    _run_script(conn, _V8_FTS_CHUNKS)
    _fts_index.reindex_all(conn)


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1_initial,
    _v2_soft_delete,
    _v3_list_index,
    _v4_library_info,
    _v5_fts_authors_outlet,
    _v6_viewpoint_corrections,
    _v7_actor_colours,
    _v8_fts_chunks,
)
FTS_COLUMNS = _fts_index.FTS_COLUMNS  # the full-text index's columns at SCHEMA_VERSION
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(Exception):
    """The file was written by a newer Viewpoints; opening it could damage it."""

    def __init__(self, found: int) -> None:
        super().__init__(
            f"made by a newer Viewpoints (schema version {found}, this version knows up to "
            f"{SCHEMA_VERSION})"
        )
        self.found = found


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, upto: int = SCHEMA_VERSION) -> int:
    """Bring the database to version ``upto`` in one transaction; returns the version reached.

    ``conn`` must be in autocommit mode (isolation_level=None). BEGIN IMMEDIATE takes the write
    lock before the version is read, so two app instances opening a new file at once cannot both
    run a migration.
    """
    if schema_version(conn) >= upto:  # cheap common case, no write lock needed
        current = schema_version(conn)
        if current > SCHEMA_VERSION:
            raise SchemaTooNew(current)
        return current
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = schema_version(conn)
        if current > SCHEMA_VERSION:
            raise SchemaTooNew(current)
        for version in range(current + 1, upto + 1):
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version:d}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return max(current, upto)


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several statements without ``executescript`` (which would COMMIT our transaction)."""
    for statement in _split_statements(script):
        conn.execute(statement)


def _split_statements(script: str) -> list[str]:
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending.strip()[:60]}")
    return statements
