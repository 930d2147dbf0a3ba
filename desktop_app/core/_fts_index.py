"""The full-text index over the documents, kept in chunks so that indexing a long text costs
bounded memory.

FTS5 holds all the terms of the row it is indexing in memory until the row is done, so one row
for a 20 MB text cost about twice the text inside SQLite. The index (``documents_fts``, contentless:
the text is stored once, in ``documents.text``) therefore has one row per chunk of a text: the
chunk's rowid is ``doc_id << CHUNK_SHIFT | n``. Chunk 0 holds the title, the authors and the
outlet with the first stretch of text; a text of up to ``2 * CHUNK_BYTES`` of UTF-8 (every
ordinary article) is that one row, indexed exactly as before the chunks came. Longer texts are cut
after a line end (else after a space, else between two characters) at least ``CHUNK_BYTES`` into
each chunk. The cut depends only on the stored text, so the chunks can be rebuilt at any time to
take a document out of the index again (a contentless index is told what to forget).

Search (``search_sql``) scores each query term apart, a document's score for a term being its best
chunk's bm25, and adds the terms' scores up: for a one-chunk document this is exactly the bm25 of
the whole query, and every term must occur somewhere in the document (not all in one chunk). A
phrase that runs over a cut between two chunks is not found.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

# The index's columns, in order (bm25 takes one weight per column).
FTS_COLUMNS: tuple[str, ...] = ("title", "authors", "outlet", "text")
CHUNK_BYTES = 1 << 18  # a chunk is this long at least (the last one may be shorter), at most twice
CHUNK_SHIFT = 16  # rowid = doc_id << CHUNK_SHIFT | chunk number
_MAX_CHUNKS = 1 << CHUNK_SHIFT
_COLUMNS = ", ".join(FTS_COLUMNS)
_MARKS = ", ".join("?" * len(FTS_COLUMNS))
_INSERT = f"INSERT INTO documents_fts (rowid, {_COLUMNS}) VALUES (?, {_MARKS})"
_DELETE = f"INSERT INTO documents_fts (documents_fts, rowid, {_COLUMNS}) VALUES ('delete', ?, {_MARKS})"
# bm25 weight of a hit in each full-text column (title, authors, outlet, text) relative to the text.
COLUMN_WEIGHTS = {"title": 3.0, "authors": 2.0, "outlet": 2.0, "text": 1.0}
_BM25 = ", ".join(str(COLUMN_WEIGHTS[c]) for c in FTS_COLUMNS)


def chunk_rowid(doc_id: int, number: int) -> int:
    return (int(doc_id) << CHUNK_SHIFT) | number


def text_chunks(conn: sqlite3.Connection, doc_id: int) -> Iterator[str]:
    """The stored text of ``doc_id`` in its chunks, read a window at a time (never whole)."""
    try:
        blob = conn.blobopen("documents", "text", int(doc_id), readonly=True)
    except sqlite3.OperationalError:  # a NULL or a number where the text should be: damage
        return
    with blob:
        size, start = len(blob), 0
        while start < size:
            window = blob[start:start + 2 * CHUNK_BYTES]
            if start + len(window) >= size:
                cut = len(window)
            else:
                cut = _cut(window)
            yield str(window[:cut], "utf-8", "replace")
            start += cut


def _cut(window: bytes) -> int:
    """Where a chunk of ``window`` (2 * CHUNK_BYTES of a longer text) ends: after the first line
    end past CHUNK_BYTES, else after the first space, else at the last character's start."""
    for separator in (b"\n", b" "):
        found = window.find(separator, CHUNK_BYTES)
        if found >= 0:
            return found + 1
    return _character_start(window, len(window) - 1)


def _character_start(window: bytes, cut: int) -> int:
    """``cut`` moved back to the start of a UTF-8 character (never before CHUNK_BYTES)."""
    while cut > CHUNK_BYTES and 0x80 <= window[cut] <= 0xBF:
        cut -= 1
    return cut


def _metadata(conn: sqlite3.Connection, doc_id: int) -> tuple[object, object, object] | None:
    return conn.execute("SELECT title, authors, outlet FROM documents WHERE id = ?",
                        (doc_id,)).fetchone()


def index_document(conn: sqlite3.Connection, doc_id: int) -> None:
    """Add the stored document ``doc_id`` to the index, a chunk at a time."""
    metadata = _metadata(conn, doc_id)
    if metadata is None:
        return
    for number, chunk in _numbered(text_chunks(conn, doc_id)):
        conn.execute(_INSERT, (chunk_rowid(doc_id, number), *_row(metadata, number, chunk)))


def unindex_document(conn: sqlite3.Connection, doc_id: int) -> None:
    """Take ``doc_id`` out of the index, as it is stored now (call before changing or deleting
    the row)."""
    metadata = _metadata(conn, doc_id)
    if metadata is None:
        return
    for number, chunk in _numbered(text_chunks(conn, doc_id)):
        conn.execute(_DELETE, (chunk_rowid(doc_id, number), *_row(metadata, number, chunk)))


def first_chunk(conn: sqlite3.Connection, doc_id: int) -> str:
    chunks = text_chunks(conn, doc_id)
    try:
        return next(chunks, "")
    finally:
        chunks.close()


def unindex_metadata(conn: sqlite3.Connection, doc_id: int) -> str:
    """Take chunk 0 (the title, authors, outlet and first text) out of the index before the
    metadata changes; returns that text for ``index_metadata``."""
    metadata = _metadata(conn, doc_id)
    chunk = first_chunk(conn, doc_id)
    if metadata is not None:
        conn.execute(_DELETE, (chunk_rowid(doc_id, 0), *_row(metadata, 0, chunk)))
    return chunk


def index_metadata(conn: sqlite3.Connection, doc_id: int, chunk: str) -> None:
    """Chunk 0 again, with the metadata as it is stored now."""
    metadata = _metadata(conn, doc_id)
    if metadata is not None:
        conn.execute(_INSERT, (chunk_rowid(doc_id, 0), *_row(metadata, 0, chunk)))


def reindex_all(conn: sqlite3.Connection) -> None:
    """Empty the index and index every document again (trash included), in the open transaction."""
    conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('delete-all')")
    for (doc_id,) in conn.execute("SELECT id FROM documents ORDER BY id").fetchall():
        index_document(conn, doc_id)


def unindexed(conn: sqlite3.Connection) -> tuple[list[int], list[int]]:
    """(documents without chunk 0 in the index, index chunks whose document is gone): both empty
    when the index covers exactly the documents."""
    missing = [row[0] for row in conn.execute(
        f"SELECT id FROM documents WHERE (id << {CHUNK_SHIFT}) NOT IN "
        "(SELECT id FROM documents_fts_docsize) ORDER BY id")]
    stray = [row[0] for row in conn.execute(
        f"SELECT DISTINCT id >> {CHUNK_SHIFT} FROM documents_fts_docsize "
        f"WHERE id >> {CHUNK_SHIFT} NOT IN (SELECT id FROM documents) ORDER BY 1")]
    return missing, stray


def search_sql(terms: int) -> str:
    """The query for ``terms`` FTS5 terms; its parameters are all the terms in one expression,
    then each term, then the limit. Documents not in the trash holding every term, by the sum of
    the terms' best-chunk bm25, then id. A document of one chunk is scored by the query as a
    whole (the same sum, to the bit, and one pass over the index instead of one per term)."""
    score = f"bm25(documents_fts, {_BM25})"
    doc = f"rowid >> {CHUNK_SHIFT}"
    parts = [f"many(doc) AS MATERIALIZED (SELECT id >> {CHUNK_SHIFT} FROM documents_fts_docsize "
             f"WHERE id & {_MAX_CHUNKS - 1} = 1)",
             f"one AS MATERIALIZED (SELECT {doc} AS doc, {score} AS score FROM documents_fts "
             f"WHERE documents_fts MATCH ? AND {doc} NOT IN many)"]
    parts += [f"t{i} AS MATERIALIZED (SELECT {doc} AS doc, {score} AS score FROM documents_fts "
              f"WHERE documents_fts MATCH ? AND {doc} IN many), "
              f"s{i} AS (SELECT doc, min(score) AS score FROM t{i} GROUP BY doc)"
              for i in range(terms)]
    joins = " ".join(f"JOIN s{i} ON s{i}.doc = s0.doc" for i in range(1, terms))
    total = " + ".join(f"s{i}.score" for i in range(terms))
    return (f"WITH {', '.join(parts)}, hits AS (SELECT doc, score FROM one UNION ALL "
            f"SELECT s0.doc, {total} FROM s0 {joins}) "
            "SELECT d.id FROM hits JOIN documents d ON d.id = hits.doc "
            "WHERE d.removed_at IS NULL ORDER BY hits.score, d.id LIMIT ?")


def _numbered(chunks: Iterator[str]) -> Iterator[tuple[int, str]]:
    for number, chunk in enumerate(chunks):
        if number >= _MAX_CHUNKS:
            raise ValueError("the text is too long to index")
        yield number, chunk


def _row(metadata: tuple[object, object, object], number: int, chunk: str) -> tuple[object, ...]:
    title, authors, outlet = metadata if number == 0 else (None, None, None)
    return title, authors, outlet, chunk
