"""The documents of the library: adding, reading, listing, searching and editing their metadata.

A document is its normalized text, its metadata and the original bytes it came from (kept apart,
so listing never reads them). Identical content (the same normalized-text hash) is one document.
Since schema 8 the text is written into its row as a BLOB of UTF-8, a megabyte at a time (rows of
older libraries keep TEXT; ``stored_text`` reads both), and indexed in chunks (``_fts_index``).
A row damaged on disk (text that is not UTF-8, authors that are not JSON) is read as far as it can
be and reported as damage, never as a traceback.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime, timezone
from pathlib import Path

from desktop_app.core import _fts_index as fts
from desktop_app.core._fts_query import fts_terms
from desktop_app.core.document import (
    GENRES,
    Document,
    ImportedText,
    Metadata,
    content_sha256,
    count_words,
)
from desktop_app.core.library.connection import Store
from desktop_app.core.library.errors import REPAIR_HINT, LibraryDamaged, LibraryError, library_error

log = logging.getLogger(__name__)

_TITLE_MAX = 200
# Fields whose change makes a stored analysis stale: the engine reads them (language, genre,
# authors for an opinion piece's voice, title for the headline).
_ANALYSED_FIELDS = ("title", "authors", "genre", "language")
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

_SUMMARY_COLUMNS = "id, title, outlet, date, genre, language, words, source_name, imported_at"
_DOCUMENT_COLUMNS = (
    "id, text, title, authors, outlet, date, genre, language, source_name, sha256, "
    "imported_at, format"
)


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


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class DocumentStore(Store):
    """Documents in and out, unchanged; see ``Library`` for the whole API."""

    def add(self, imported: ImportedText, *, source_name: str, original: bytes) -> AddResult:
        """Store a document and its original bytes, or report the copy already there.

        Identical content (same normalized-text hash) is a duplicate; if that copy was removed,
        it is restored and reported as imported, since that is what the user asked for. A text
        given as UTF-8 (``imported.utf8``) is taken over: it is set to None once SQLite has its
        copy, so the bytes are freed before the row is built.
        """
        if imported.utf8 is not None:
            return self._add_utf8(imported, source_name, original)
        text = imported.text
        if not text or text.isspace():  # as ``not text.strip()``, without a copy of the text
            raise ValueError(f"{source_name or 'document'}: no text to store")
        sha = content_sha256(text)
        metadata = _clean_metadata(imported.metadata, text, source_name)
        return self._store(imported, metadata, sha, count_words(text), text, source_name,
                           original, _utf8_size(text))

    def _add_utf8(self, imported: ImportedText, source_name: str, original: bytes) -> AddResult:
        """``add`` of a text given as UTF-8 (``imported.utf8``), never decoded whole: it is
        checked, counted and hashed a window at a time and written into the row as it is
        (``_write_text``), so the stored value and every figure are those of the decoded text.
        ValueError when it is not valid UTF-8 (the decoded text could not have been stored
        either)."""
        utf8 = imported.utf8
        assert utf8 is not None
        facts = _utf8_facts(utf8, source_name)
        if not facts.has_text:
            raise ValueError(f"{source_name or 'document'}: no text to store")
        metadata = _clean_metadata(imported.metadata, "", source_name,
                                   first_line=lambda: _utf8_first_line(imported.utf8 or b""))
        sha, size = hashlib.sha256(utf8).hexdigest(), len(utf8)
        del utf8
        return self._store(imported, metadata, sha, facts.words, None, source_name, original,
                           size)

    def _store(self, imported: ImportedText, metadata: Metadata, sha: str, words: int,
               text: str | None, source_name: str, original: bytes, size: int) -> AddResult:
        """The row for ``text``, or (None) for ``imported.utf8``, which is released once written.
        ``size``: the text's length in UTF-8."""
        with self.writing() as conn:
            row = conn.execute(
                "SELECT id, title, removed_at FROM documents WHERE sha256 = ?", (sha,)
            ).fetchone()
            if row is not None:
                doc_id, title, removed_at = row
                if removed_at is None:
                    return AddResult("duplicate", doc_id, title)
                conn.execute("UPDATE documents SET removed_at = NULL WHERE id = ?", (doc_id,))
                return AddResult("imported", doc_id, title)
            doc_id = _insert_document(conn, metadata, source_name, sha, imported.format, words,
                                      size)
            _write_text(conn, doc_id, imported if text is None else text)
            fts.index_document(conn, doc_id)  # read back from the row, a chunk at a time
            _insert_original(conn, doc_id, original)
        self._note_added(len(original) + size)
        return AddResult("imported", doc_id, metadata.title)

    def _note_added(self, size: int) -> None:
        """Called after each new document (the Library counts them for its backup after imports)."""

    def get(self, doc_id: int) -> Document:
        """The document with its text and metadata; KeyError if it is absent or removed."""
        with self.reading() as conn:
            row = conn.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ? AND removed_at IS NULL",
                (doc_id,),
            ).fetchone()
        if row is None:
            raise KeyError(doc_id)
        (id_, text, title, authors, outlet, date_, genre, language, source_name, sha,
         imported_at, fmt) = row
        text = stored_text(text)
        if text is None:
            raise LibraryDamaged(f"{self.path}: document {doc_id} is damaged (its text is "
                                 f"unreadable): {REPAIR_HINT}")
        metadata = Metadata(str(title), read_authors(authors, doc_id), str(outlet), str(date_),
                            str(genre), str(language))
        return Document(id_, text, metadata, source_name, sha, imported_at, fmt)

    def original_bytes(self, doc_id: int) -> bytes:
        with self.reading() as conn:
            row = conn.execute(
                "SELECT o.data FROM originals o JOIN documents d ON d.id = o.doc_id "
                "WHERE o.doc_id = ? AND d.removed_at IS NULL",
                (doc_id,),
            ).fetchone()
        if row is None:
            raise KeyError(doc_id)
        data = row[0]
        return data.encode("utf-8") if isinstance(data, str) else bytes(data)

    def list_documents(self, after_id: int | None = None) -> list[DocumentSummary]:
        """The documents not in the trash, in id order; ``after_id``: only those added after it
        (what an import running meanwhile has stored so far)."""
        with self.reading() as conn:
            rows = conn.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM documents WHERE removed_at IS NULL AND id > ? ORDER BY id",
                (-1 if after_id is None else after_id,),
            ).fetchall()
        return [DocumentSummary(*row) for row in rows]

    def summaries(self, ids: list[int]) -> list[DocumentSummary]:
        """The rows of these documents (those not in the trash), in id order."""
        wanted = sorted({int(i) for i in ids})
        found: list[DocumentSummary] = []
        with self.reading() as conn:
            for first in range(0, len(wanted), 500):
                chunk = wanted[first:first + 500]
                rows = conn.execute(
                    f"SELECT {_SUMMARY_COLUMNS} FROM documents WHERE removed_at IS NULL "
                    f"AND id IN ({', '.join('?' * len(chunk))}) ORDER BY id", chunk).fetchall()
                found.extend(DocumentSummary(*row) for row in rows)
        return found

    def summary(self, doc_id: int) -> DocumentSummary:
        """One row of the list; KeyError if the document is absent or removed."""
        with self.reading() as conn:
            row = conn.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM documents WHERE id = ? AND removed_at IS NULL",
                (doc_id,),
            ).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return DocumentSummary(*row)

    def count(self) -> int:
        with self.reading() as conn:
            return conn.execute(
                "SELECT count(*) FROM documents WHERE removed_at IS NULL"
            ).fetchone()[0]

    def search(self, query: str, limit: int = 1000) -> list[int]:
        """Ids of documents matching every word of ``query`` as a prefix, best first (bm25).

        Title, authors, outlet and text are searched; a hit in the title weighs most, then authors
        and outlet, then the text. A long text is indexed in chunks: a document's score for a
        word is that of its best chunk (``_fts_index.search_sql``), and a phrase across two
        chunks is not found. Any string is safe: words are quoted, so FTS operators typed by the
        user are just words. Text in double quotes is searched as a phrase.
        """
        terms = fts_terms(query)
        if not terms or limit <= 0:
            return []
        with self.reading() as conn:
            rows = conn.execute(fts.search_sql(len(terms)),
                                (" ".join(terms), *terms, limit)).fetchall()
        return [row[0] for row in rows]

    def update_metadata(self, doc_id: int, metadata: Metadata) -> None:
        """Replace the metadata as given (a missing title is filled, an odd genre becomes "other").

        Used for facts the engine detected; it keeps the stored analysis. A user's edit goes
        through ``edit_metadata``, which checks the values and drops an analysis they make stale.
        """
        with self.writing() as conn:
            text = _existing_text(conn, doc_id)
            _write_metadata(conn, doc_id, _clean_metadata(metadata, text, ""))

    def edit_metadata(self, doc_id: int, *, check: bool = True, **changes: object) -> Metadata:
        """Change some of a document's metadata fields; returns the metadata it replaced.

        ``changes`` names fields of ``Metadata``: ``title`` (not empty), ``authors`` (a list of
        names), ``outlet``, ``date`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, or empty),
        ``genre`` (one of GENRES) and ``language`` (a code such as "sv" or "en", or empty: the
        analysis detects it). A bad value raises ``ValueError`` naming the field, and nothing is
        stored. Changing the title, authors, genre or language drops the stored analysis, which
        was made with the old values (it is recomputed when the document is next shown).

        To undo, give back what was returned: ``edit_metadata(doc_id, check=False,
        **vars(previous))`` (``check=False`` accepts the old values as they were, even those an
        importer stored in another form).
        """
        unknown = set(changes) - {f.name for f in fields(Metadata)}
        if unknown:
            raise ValueError(f"no metadata field {', '.join(sorted(unknown))}")
        wanted = {name: _checked(name, value) if check else value for name, value in changes.items()}
        with self.writing() as conn:
            _existing_text(conn, doc_id)
            previous = _read_metadata(conn, doc_id)
            updated = Metadata(**{**vars(previous), **wanted})
            updated.authors = list(updated.authors)
            _write_metadata(conn, doc_id, updated)
            if any(getattr(previous, name) != getattr(updated, name) for name in _ANALYSED_FIELDS):
                conn.execute("DELETE FROM analyses WHERE doc_id = ?", (doc_id,))
        self._forget_memory_analysis(doc_id)
        return previous

    def copy_to(self, path: Path) -> DocumentStore:
        """A copy of the whole library in a new file at ``path`` (SQLite's online backup), opened."""
        with self.reading() as conn:
            try:
                target = sqlite3.connect(str(path))
                try:
                    conn.backup(target)
                finally:
                    target.close()
            except sqlite3.Error as exc:
                reason = str(library_error(path, exc)).split(": ", 1)[-1]
                raise LibraryError(f"{path}: cannot copy the library ({reason})") from None
        return type(self)(path)


# -- helpers (module level so tests can make one step of a transaction fail) ----------------


def _insert_document(
    conn: sqlite3.Connection,
    metadata: Metadata,
    source_name: str,
    sha: str,
    fmt: str,
    words: int,
    size: int,
) -> int:
    """The document row, its text ``size`` zero bytes for ``_write_text`` to fill."""
    cur = conn.execute(
        "INSERT INTO documents (title, authors, outlet, date, genre, language, source_name, "
        "sha256, imported_at, format, words, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "zeroblob(?))",
        (metadata.title, json.dumps(metadata.authors, ensure_ascii=False), metadata.outlet,
         metadata.date, metadata.genre, metadata.language, source_name, sha, utc_now(),
         fmt or "txt", words, size),
    )
    return int(cur.lastrowid)


def _write_text(conn: sqlite3.Connection, doc_id: int, text: str | ImportedText) -> None:
    """The text written into its row as UTF-8, a megabyte at a time, so that SQLite never holds
    it whole (an INSERT of the value held it three times over); it is stored as a BLOB of valid
    UTF-8 (``stored_text``). An ``ImportedText``'s ``utf8`` is released once written."""
    with conn.blobopen("documents", "text", doc_id) as blob:
        if isinstance(text, str):
            for start in range(0, len(text), _UTF8_WINDOW):
                blob.write(text[start:start + _UTF8_WINDOW].encode("utf-8"))
            return
        utf8 = memoryview(text.utf8 or b"").cast("B")
        for start in range(0, len(utf8), _UTF8_WINDOW):
            blob.write(utf8[start:start + _UTF8_WINDOW])
        utf8.release()
        text.utf8 = None


def _utf8_size(text: str) -> int:
    return sum(len(text[start:start + _UTF8_WINDOW].encode("utf-8"))
               for start in range(0, len(text), _UTF8_WINDOW))


def stored_text(value: object) -> str | None:
    """A document's stored text as str: a TEXT value (written before schema 8, or by a repair)
    or a BLOB of UTF-8; None when it is neither (damage)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return None
    return None


_UTF8_WINDOW = 1 << 20
_BREAK_RE = re.compile(rb"[\n ]")
_LINE_RE = re.compile(rb"[^\n]+")


@dataclass
class _Utf8Facts:
    words: int = 0
    has_text: bool = False  # a character that is not whitespace


def _utf8_windows(utf8: bytes | memoryview):  # noqa: ANN202 - an iterator of str
    """``utf8`` decoded (strictly) a window of about a megabyte at a time, each cut after a line
    end or a space (an ASCII byte: never inside a character, and never inside a word), so the
    windows' word counts add up to the whole text's."""
    view = memoryview(utf8).cast("B")
    size = len(view)
    start = 0
    while start < size:
        found = _BREAK_RE.search(view, start + _UTF8_WINDOW) if start + _UTF8_WINDOW < size \
            else None
        end = found.end() if found else size
        yield str(view[start:end], "utf-8")
        start = end


def _utf8_facts(utf8: bytes | memoryview, source_name: str) -> _Utf8Facts:
    facts = _Utf8Facts()
    try:
        for window in _utf8_windows(utf8):
            facts.words += count_words(window)
            facts.has_text = facts.has_text or not window.isspace()
    except UnicodeDecodeError:
        raise ValueError(f"{source_name or 'document'}: its text is not valid UTF-8") from None
    return facts


def _utf8_first_line(utf8: bytes | memoryview) -> str:
    """``_first_text_line`` of the decoded text, decoding it only up to that line."""
    for line in _LINE_RE.finditer(memoryview(utf8).cast("B")):
        text = str(line.group(), "utf-8")
        if text.strip():
            return " ".join(text.split())
    return ""


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
    return stored_text(row[0]) or ""


def _read_metadata(conn: sqlite3.Connection, doc_id: int) -> Metadata:
    row = conn.execute(
        "SELECT title, authors, outlet, date, genre, language FROM documents WHERE id = ?",
        (doc_id,),
    ).fetchone()
    title, authors, outlet, date_, genre, language = row
    return Metadata(title, read_authors(authors, doc_id), outlet, date_, genre, language)


def _write_metadata(conn: sqlite3.Connection, doc_id: int, metadata: Metadata) -> None:
    """The new metadata, and the index's chunk 0 (which holds title, authors and outlet) again."""
    first_chunk = fts.unindex_metadata(conn, doc_id)
    conn.execute(
        "UPDATE documents SET title = ?, authors = ?, outlet = ?, date = ?, genre = ?, "
        "language = ? WHERE id = ?",
        (metadata.title, json.dumps(metadata.authors, ensure_ascii=False), metadata.outlet,
         metadata.date, metadata.genre, metadata.language, doc_id),
    )
    fts.index_metadata(conn, doc_id, first_chunk)


def read_authors(value: object, doc_id: int | None = None) -> list[str]:
    """The stored JSON list of authors; a damaged value reads as no authors (and is logged)."""
    authors = parse_authors(value)
    if authors is None:
        log.warning("document %s: its authors are damaged (%.60r); shown as none", doc_id, value)
        return []
    return authors


def parse_authors(value: object) -> list[str] | None:
    """The stored JSON list of authors, or None when it is not one (damaged)."""
    try:
        authors = json.loads(value) if isinstance(value, (str, bytes)) else None
    except ValueError:
        return None
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        return None
    return authors


def _checked(name: str, value: object) -> object:
    """A metadata value as stored, or ValueError saying what is wrong with it."""
    if name == "authors":
        if not isinstance(value, (list, tuple)) or not all(isinstance(a, str) for a in value):
            raise ValueError("authors must be a list of names")
        return [" ".join(a.split()) for a in value if a.strip()]
    if not isinstance(value, str):
        raise ValueError(f"{name} must be text")
    value = " ".join(value.split())
    if name == "title":
        if not value:
            raise ValueError("the title cannot be empty")
        return value[:_TITLE_MAX]
    if name == "genre" and value not in GENRES:
        raise ValueError(f"genre must be one of {', '.join(GENRES)}, not {value!r}")
    if name == "language" and value and not _LANGUAGE_RE.match(value):
        raise ValueError(f"language must be a code such as sv or en, not {value!r}")
    if name == "date" and value and not _valid_date(value):
        raise ValueError(f"date must look like 2019-03-28 (or 2019-03, 2019), not {value!r}")
    return value


def _valid_date(value: str) -> bool:
    if not _DATE_RE.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], *(parts[1:] + [1, 1])[:2])
    except ValueError:
        return False
    return True


def _clean_metadata(metadata: Metadata, text: str, source_name: str,
                    first_line: Callable[[], str] | None = None) -> Metadata:
    """Fill a missing title and keep the genre within GENRES; never invents other facts.

    ``first_line``: the text's first line with words (in place of reading ``text``)."""
    title = " ".join(metadata.title.split()) or \
        ((first_line or (lambda: _first_text_line(text)))() or Path(source_name).stem or
         "Untitled")
    return Metadata(
        title=title[:_TITLE_MAX],
        authors=[a.strip() for a in metadata.authors if a and a.strip()],
        outlet=metadata.outlet.strip(),
        date=metadata.date.strip(),
        genre=metadata.genre if metadata.genre in GENRES else "other",
        language=metadata.language.strip(),
    )


def _first_text_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return " ".join(line.split())
    return ""
