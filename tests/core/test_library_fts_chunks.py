"""The full-text index in chunks (schema 8): the same documents and ranking as the one-row index
for ordinary texts, every word found in a long text wherever it is, the index kept exact through
edits, trash and purges, an old library migrated, and a missing index row found by the check."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import _fts_index as fts
from desktop_app.core import _schema
from desktop_app.core._fts_query import fts_query
from desktop_app.core.document import ImportedText, Metadata, content_sha256
from desktop_app.core.library import Library, repair
from tests.core.library_fixtures import add

WORDS = ("och att det som en på är av för med polisen regeringen kommunen återvändare extremism "
         "forskare säger enligt menar örebro malmö skolan budget kritik beslut").split()
QUERIES = ["polisen", "polis", "återvänd", "örebro malmö", "kritik beslut skolan", '"säger enligt"',
           "regeringen polisen och", "författare", "tt", "dokument 3", "märke", "extremism örebro",
           '"polisen säger"', "malmö författare 2"]
# The search as it was, over one index row per document (schema 7).
_OLD_SEARCH = ("SELECT documents_fts.rowid FROM documents_fts JOIN documents d ON d.id = "
               "documents_fts.rowid WHERE documents_fts MATCH ? AND d.removed_at IS NULL "
               "ORDER BY bm25(documents_fts, 3.0, 2.0, 2.0, 1.0), documents_fts.rowid LIMIT 1000")


def _text(rng: random.Random, words: int) -> str:
    paragraphs = []
    while words > 0:
        size = min(words, rng.randint(5, 60))
        paragraphs.append(" ".join(rng.choices(WORDS, k=size)))
        words -= size
    return "\n\n".join(paragraphs)


def _documents(rng: random.Random, count: int, words: tuple[int, int] = (20, 400)):
    for n in range(count):
        text = f"Dokument {n}\n\nMärke{n} " + _text(rng, rng.randint(*words))
        yield text, Metadata(title=f"Dokument {n}", authors=[f"Författare {n % 7}"],
                             outlet=rng.choice(["TT", "Nerikes Allehanda", ""]))


def _old_library(path: Path, documents) -> None:
    """A schema 7 library (one index row per document, kept by triggers)."""
    conn = sqlite3.connect(path, isolation_level=None)
    _schema.migrate(conn, upto=7)
    for text, meta in documents:
        conn.execute("INSERT INTO documents (title, authors, outlet, sha256, imported_at, words, "
                     "text) VALUES (?, ?, ?, ?, '2020-01-01', 1, ?)",
                     (meta.title, str(meta.authors).replace("'", '"'), meta.outlet,
                      content_sha256(text), text))
    conn.close()


def _old_search(path: Path, query: str) -> list[int]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute(_OLD_SEARCH, (fts_query(query),))]


def _vocabulary(conn: sqlite3.Connection) -> list[tuple]:
    """Every (term, column, rows, occurrences) of the index: equal only if the index is."""
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, documents_fts, col)")
    return conn.execute("SELECT term, col, doc, cnt FROM temp.vocab ORDER BY term, col").fetchall()


def _rebuilt_vocabulary(path: Path, tmp_path: Path) -> list[tuple]:
    copy = tmp_path / "rebuilt.sqlite3"
    with sqlite3.connect(path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("BEGIN")
    fts.reindex_all(conn)
    conn.execute("COMMIT")
    try:
        return _vocabulary(conn)
    finally:
        conn.close()


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of at least 300 bytes, so that short test texts have many."""
    monkeypatch.setattr(fts, "CHUNK_BYTES", 300)


def test_ordinary_texts_are_found_and_ranked_exactly_as_by_the_one_row_index(tmp_path):
    path = tmp_path / "library.sqlite3"
    documents = list(_documents(random.Random(3), 60))
    _old_library(path, documents)
    before = {query: _old_search(path, query) for query in QUERIES}
    assert sum(map(len, before.values())) > 200  # the queries find something to rank
    with Library(path) as lib:  # migrated to the chunks
        after = {query: lib.search(query) for query in QUERIES}
    assert after == before


@given(text=st.text(st.sampled_from("ab åö😀\n–x"), min_size=0, max_size=3000))
@settings(max_examples=80, deadline=None)
def test_a_text_is_cut_into_chunks_that_join_to_it(text):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, text)")
    conn.execute("INSERT INTO documents VALUES (1, ?)", (text.encode(),))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fts, "CHUNK_BYTES", 40)
        chunks = list(fts.text_chunks(conn, 1))
    assert "".join(chunks) == text
    sizes = [len(chunk.encode()) for chunk in chunks]
    assert all(40 <= size <= 80 for size in sizes[:-1])
    assert all(chunk[-1] in "\n " for chunk in chunks[:-1] if " " in chunk[40:] or "\n" in chunk)


def test_every_word_of_a_long_text_is_found_whichever_chunk_holds_it(library, small_chunks):
    rng = random.Random(5)
    long = add(library, "Långtext\n\nBörjanord " + _text(rng, 600) + " Mittenord " + _text(rng, 600)
               + " Slutord.", title="Långtext", authors=["Åsa Berg"])
    short = add(library, "Kort\n\nBörjanord och polisen.")
    with library.reading() as conn:
        chunks = conn.execute("SELECT count(*) FROM documents_fts_docsize WHERE id >> ? = ?",
                              (fts.CHUNK_SHIFT, long)).fetchone()[0]
    assert chunks > 10
    assert library.search("slutord") == [long]
    assert library.search("börjanord slutord") == [long]  # the words in different chunks
    assert library.search("långtext slutord") == [long]  # the title with the last chunk
    assert library.search("åsa mittenord") == [long]
    assert set(library.search("börjanord")) == {long, short}
    assert library.search("slutord kort") == []  # every word in the same document


def test_edits_trash_and_purges_keep_the_index_exactly_that_of_the_documents(
        library, small_chunks, tmp_path):
    rng = random.Random(9)
    ids = [library.add(ImportedText(text, meta, "txt"), source_name=f"{n}.txt",
                       original=text.encode()).doc_id
           for n, (text, meta) in enumerate(_documents(rng, 12, (50, 900)))]
    library.edit_metadata(ids[0], title="Ny rubrik", authors=["Karin Ek"], outlet="SvD")
    library.update_metadata(ids[1], Metadata(title="Annan rubrik", outlet="DN"))
    library.remove(ids[2:6])
    library.restore([ids[2]])
    assert library.empty_trash() == 3
    assert library.search("karin") == [ids[0]] and library.search("svd") == [ids[0]]
    assert library.search("annan rubrik") == [ids[1]] and library.search("dn") == [ids[1]]
    assert library.search("märke3") == [] and library.search("märke2") == [ids[2]]
    with library.reading() as conn:
        assert fts.unindexed(conn) == ([], [])
        kept = _vocabulary(conn)
        conn.execute("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)")
    assert kept == _rebuilt_vocabulary(library.path, tmp_path)


def test_a_text_is_stored_as_utf8_and_read_back_as_it_was(library):
    text = "Rubrik\n\nÅ ä ö – € 😀 " * 1000
    doc_id = add(library, text)
    with library.reading() as conn:
        assert conn.execute("SELECT typeof(text), length(CAST(text AS BLOB)) FROM documents "
                            "WHERE id = ?", (doc_id,)).fetchone() == ("blob", len(text.encode()))
    assert library.get(doc_id).text == text
    assert repair.check(library.path).ok


def test_an_old_library_with_long_texts_migrates_in_one_transaction_and_searches_the_same(
        tmp_path, small_chunks):
    path = tmp_path / "library.sqlite3"
    documents = list(_documents(random.Random(11), 8, (200, 2000)))
    _old_library(path, documents)
    queries = [f"märke{n}" for n in range(8)] + ["dokument", "författare 3", "tt polisen"]
    before = {query: sorted(_old_search(path, query)) for query in queries}
    with Library(path) as lib:
        after = {query: sorted(lib.search(query)) for query in queries}
        with lib.reading() as conn:
            assert conn.execute("SELECT count(*) FROM documents_fts_docsize").fetchone()[0] > 8 * 3
            assert fts.unindexed(conn) == ([], [])
    assert after == before  # the same documents (the ranking of long texts is by best chunk)


def test_a_failed_migration_leaves_the_old_index(tmp_path, monkeypatch):
    path = tmp_path / "library.sqlite3"
    _old_library(path, _documents(random.Random(2), 5))

    def fail(conn, doc_id):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(fts, "index_document", fail)
    with pytest.raises(Exception):
        Library(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
    assert _old_search(path, "märke3") == [4]


def test_a_document_missing_from_the_index_is_damage_that_a_repair_mends(tmp_path):
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        ids = [add(lib, f"Rubrik {n}\n\nOrd{n} och polisen.", f"{n}.txt") for n in range(4)]
    with sqlite3.connect(path) as conn:
        fts.unindex_document(conn, ids[2])
    health = repair.check(path)
    assert f"document {ids[2]} is missing from the search index" in health.problems
    assert repair.repair(path).usable
    assert repair.check(path).ok
    with Library(path) as lib:
        assert lib.search("ord2") == [ids[2]] and len(lib.search("polisen")) == 4
