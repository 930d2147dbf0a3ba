"""Libraries damaged the ways the fault campaign found (a helpers module, not a test file).

``filled_library`` makes a library of generated Swedish-like documents with corrections and
analyses; ``damage`` breaks a copy of it one way: pages overwritten (mid-file, the documents'
root, the header, the whole first page), the file cut short, tables dropped, JSON or text spoiled.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.library import Library

WORDS = ("och att det som en på är av för med till den har inte om ett han men hon de sig vi "
         "polisen regeringen kommunen återvändare extremism forskare säger enligt menar").split()
PAGE = 4096

DAMAGES = ("page_mid", "pages_three", "documents_root", "header", "first_page", "truncated",
           "drop_originals", "drop_documents", "drop_corrections", "drop_fts", "bad_json", "bad_text")


def document_text(n: int, rng: random.Random) -> str:
    body = "\n\n".join(" ".join(rng.choices(WORDS, k=rng.randint(40, 900))) for _ in range(rng.randint(1, 3)))
    return f"Dokument {n}\n\nMärke{n}x inleder texten.\n\n{body}"


def filled_library(path: Path, count: int = 80) -> dict[int, str]:
    """A library of ``count`` documents (every 10th with a correction and an analysis); {id: text}."""
    rng = random.Random(7)
    texts: dict[int, str] = {}
    with Library(path) as lib:
        for n in range(count):
            text = document_text(n, rng)
            meta = Metadata(title=f"Dokument {n}", authors=[f"Författare {n}"], outlet="TT")
            doc_id = lib.add(ImportedText(text, meta, "txt"), source_name=f"{n}.txt",
                             original=text.encode("utf-8")).doc_id
            texts[doc_id] = text
            if n % 10 == 0:
                lib.add_correction(doc_id, {"op": "hide_actor", "key": "polisen", "name": "Polisen"})
                lib.save_analysis(doc_id, "test", {"language": "sv", "actors": []})
    return texts


def _overwrite(path: Path, page: int, seed: int, size: int = PAGE) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    offset = (page - 1) * PAGE
    data[offset:offset + size] = bytes(rng.randrange(256) for _ in range(size))
    path.write_bytes(bytes(data))


def damage(kind: str, source: Path, target: Path) -> Path:
    """A copy of the library ``source`` at ``target``, damaged the ``kind`` way (one of DAMAGES)."""
    shutil.copy(source, target)
    pages = target.stat().st_size // PAGE
    if kind == "page_mid":
        _overwrite(target, pages // 2, 1)
    elif kind == "pages_three":
        for seed, share in enumerate((0.3, 0.5, 0.7)):
            _overwrite(target, int(pages * share), seed)
    elif kind == "documents_root":
        with closing(sqlite3.connect(target)) as conn, conn:  # closed: its WAL is in the file
            root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'documents'").fetchone()[0]
        _overwrite(target, root, 2)
    elif kind == "header":
        _overwrite(target, 1, 3, size=100)
    elif kind == "first_page":
        _overwrite(target, 1, 4)
    elif kind == "truncated":
        with open(target, "r+b") as handle:
            handle.truncate(target.stat().st_size // 2)
    elif kind.startswith("drop_"):
        table = {"fts": "documents_fts"}.get(kind[5:], kind[5:])
        with closing(sqlite3.connect(target)) as conn, conn:  # closed: its WAL is in the file
            if table == "documents":
                conn.execute("DROP TRIGGER IF EXISTS documents_fts_delete")
            conn.execute(f"DROP TABLE {table}")
    elif kind == "bad_json":
        with closing(sqlite3.connect(target)) as conn, conn:  # closed: its WAL is in the file
            conn.execute("UPDATE documents SET authors = '[\"oops' WHERE id IN (3, 4)")
            conn.execute("UPDATE analyses SET json = '{not json' WHERE doc_id = 11")
            conn.execute("UPDATE corrections SET json = 'nope' WHERE id = 2")
    elif kind == "bad_text":
        with closing(sqlite3.connect(target)) as conn, conn:  # closed: its WAL is in the file
            conn.execute("UPDATE documents SET text = text || ' tillagt' WHERE id = 5")
            conn.execute("UPDATE documents SET text = x'00ff00' WHERE id = 6")
    else:
        raise ValueError(kind)
    return target
