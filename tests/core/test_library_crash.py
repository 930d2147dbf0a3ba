"""A library killed in the middle of an import stays intact: each document is whole or absent.

Also kill -9 at random moments of a command-line import, a first start, an analysis and an
export, and SIGTERM of an export, a few rounds each (benchmarks/kill_test.py, 20 rounds each there).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop_app.core.document import content_sha256
from desktop_app.core.library import Library

REPO = Path(__file__).resolve().parents[2]

# Imports documents until killed; prints "<doc id> <n>" after each add() has returned (committed).
IMPORTER = r"""
import random, sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.library import Library

words = "och att det som en på är av för med till den har inte om ett han men hon de sig vi".split()
words += "polisen regeringen kommunen återvändare extremism forskare säger enligt menar".split()
rng = random.Random(int(sys.argv[3]))
library = Library(Path(sys.argv[2]))
for n in range(int(sys.argv[3]), 10**9):
    body = "\n\n".join(" ".join(rng.choices(words, k=300)) for _ in range(6))
    text = f"Dokument {n}\n\nMärke{n}x inleder texten.\n\n{body}"
    result = library.add(ImportedText(text, Metadata(title=f"Dokument {n}"), "txt"),
                         source_name=f"{n}.txt", original=text.encode("utf-8") + b"\xff")
    print(result.doc_id, n, flush=True)
"""


def run_and_kill(db: Path, start: int, wait_for: int) -> dict[int, int]:
    """Start the importer, SIGKILL it after ``wait_for`` commits; returns committed {id: n}."""
    proc = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(REPO), str(db), str(start)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    committed: dict[int, int] = {}
    assert proc.stdout is not None
    while len(committed) < wait_for:
        line = proc.stdout.readline()
        assert line, f"importer died early: {proc.stderr.read() if proc.stderr else ''}"
        doc_id, n = map(int, line.split())
        committed[doc_id] = n
    os.kill(proc.pid, signal.SIGKILL)
    rest, _ = proc.communicate(timeout=30)
    for line in rest.splitlines():  # commits reported between our last read and the kill
        doc_id, n = map(int, line.split())
        committed[doc_id] = n
    assert proc.returncode == -signal.SIGKILL
    return committed


def test_killed_import_leaves_every_document_whole_or_absent(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    committed: dict[int, int] = {}
    for round_, start in enumerate((0, 10_000, 20_000)):  # reopening a killed library, twice
        committed |= run_and_kill(db, start, wait_for=15 + 5 * round_)

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.execute(
            "INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)"
        )
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        originals = conn.execute("SELECT count(*) FROM originals").fetchone()[0]
        indexed = conn.execute("SELECT count(*) FROM documents_fts_docsize").fetchone()[0]
        stray_originals = conn.execute(
            "SELECT count(*) FROM originals WHERE doc_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
    assert documents == originals == indexed
    assert stray_originals == 0

    with Library(db) as lib:
        present = {row.id: row for row in lib.list_documents()}
        assert set(committed) <= set(present), "a document reported as imported was lost"
        for doc_id in present:
            doc = lib.get(doc_id)
            n = int(doc.title.split()[1])
            assert committed.get(doc_id, n) == n
            assert doc.sha256 == content_sha256(doc.text)
            assert lib.original_bytes(doc_id) == doc.text.encode("utf-8") + b"\xff"
            assert lib.search(f"märke{n}x") == [doc_id]
        # Not a single marker of a document that did not make it is findable.
        numbers = {int(row.title.split()[1]) for row in present.values()}
        for start in (0, 10_000, 20_000):
            tail = max((k for k in numbers if start <= k < start + 10_000), default=start)
            assert lib.search(f"märke{tail + 1}x") == []
            assert lib.search(f"märke{tail + 2}x") == []
        # And the killed library keeps working.
        assert lib.remove([min(present)]) == [min(present)]
        assert lib.purge_removed() == 1


def test_kills_at_random_moments_leave_nothing_half_done() -> None:
    """Two rounds of each kind of benchmarks/kill_test.py; it exits 1 when any check failed."""
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "kill_test.py"), "--rounds", "2"],
        capture_output=True, text=True, timeout=600, cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": ok: ") == 5, result.stdout
