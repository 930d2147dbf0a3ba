"""kill -9 at random moments of an import, an analysis and an export; SIGTERM of an export.

    .venv/bin/python benchmarks/kill_test.py [--rounds 20] [--only import,first-start,analysis,export,term] [--seed N]

Each round starts the real work in a process of its own and kills it after a random delay within
the time a whole run takes (measured first), then checks what the issue asks:

- import (``viewpoints import`` of a folder of 300 texts): the integrity check and the full-text
  index's own check are ok, and every document in the library is whole (its text is the file's,
  its hash matches, its original bytes are there) or absent;
- first-start (``viewpoints list`` on a new data folder, killed while it creates and seeds the
  library): no library, or one with every seed; the next start has the seeds, no leftovers;
- analysis (``analysis_store.load_or_compute`` of every document, as the window does it): the
  integrity check is ok and every stored analysis reads back whole, for the current engine;
- export (``viewpoints export`` to PDF, PNG and HTML in turn): the output is whole (PDF ends with
  %%EOF, PNG with its IEND chunk, HTML with </html>) or absent; a ``.part`` temporary a kill strands
  is removed by the next export into that folder, and by the next start of any command;
- term (SIGTERM instead of SIGKILL, during an export): no ``.part`` is left at all.

Prints one line of counts per kind and exits 1 when any check failed (tests/core/test_library_crash.py
runs a few rounds of each in ``make test``; 20 each here). Timings are noisy on a shared machine:
the kills land at different stages from run to run, which is the point.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.core.document import content_sha256  # noqa: E402
from desktop_app.core.library.documents import stored_text  # noqa: E402

MAIN = str(ROOT / "main.py")
WORDS = ("och att det som en på är av för med till den har inte om ett han men hon de sig vi polisen "
         "regeringen kommunen återvändare extremism forskare säger enligt menar").split()
SEED_TEXTS = sorted((ROOT / "seeds").glob("*.txt"))

ANALYSE = r"""
import sys
sys.path.insert(0, sys.argv[1])
from desktop_app.core import analysis_store
from desktop_app.core.library import Library
with Library(sys.argv[2]) as library:
    for summary in library.list_documents():
        analysis_store.load_or_compute(library, summary.id)
        print(summary.id, flush=True)
"""


def env_for(data: Path) -> dict[str, str]:
    return dict(os.environ, VIEWPOINTS_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.monotonic()
    subprocess.run(command, env=env, capture_output=True, timeout=600, check=False)
    return time.monotonic() - started


def kill_after(command: list[str], env: dict[str, str], delay: float, sig: int = signal.SIGKILL) -> bool:
    """Run ``command``, send ``sig`` after ``delay`` seconds; True when it was still running then."""
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, sig)
        proc.wait(timeout=60)
        return True


def integrity(path: Path) -> bool:
    with sqlite3.connect(path) as conn:
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            return False
        try:
            conn.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError:
            return False
    return True


# -- import -----------------------------------------------------------------------------------


def write_texts(folder: Path, rng: random.Random, first: int, count: int = 300) -> dict[str, str]:
    folder.mkdir()
    texts = {}
    for n in range(first, first + count):
        body = "\n\n".join(" ".join(rng.choices(WORDS, k=rng.randint(60, 400))) for _ in range(3))
        text = f"Dokument {n}\n\nMärke{n}x inleder texten.\n\n{body}"
        (folder / f"{n:05d}.txt").write_text(text, encoding="utf-8")
        texts[f"{n:05d}.txt"] = text
    return texts


def check_import(rounds: int, rng: random.Random, work: Path) -> Counter:
    data = work / "data"
    subprocess.run([sys.executable, MAIN, "list"], env=env_for(data), capture_output=True, check=True)
    probe = work / "probe-texts"
    write_texts(probe, rng, 0)
    subprocess.run([sys.executable, MAIN, "list"], env=env_for(work / "probe"), capture_output=True, check=True)
    full = timed([sys.executable, MAIN, "import", str(probe)], env_for(work / "probe"))
    counts: Counter = Counter()
    texts: dict[str, str] = {}
    path = data / "library.sqlite3"
    for n in range(rounds):
        source = work / f"texts{n}"
        texts |= write_texts(source, rng, 1000 * (n + 1))
        counts["killed"] += kill_after([sys.executable, MAIN, "import", str(source)], env_for(data),
                                       rng.uniform(0.2, full))
        counts["integrity ok"] += integrity(path)
        with sqlite3.connect(path) as conn:
            rows = conn.execute("SELECT d.source_name, d.text, d.sha256, o.data FROM documents d "
                                "LEFT JOIN originals o ON o.doc_id = d.id").fetchall()
        rows = [(name, stored_text(text), sha, original) for name, text, sha, original in rows]
        broken = [name for name, text, sha, original in rows
                  if name in texts and (text != texts[name] or sha != content_sha256(text)
                                        or original != texts[name].encode("utf-8"))]
        counts["documents"] = len(rows)
        counts["broken documents"] += len(broken)
    return counts


def check_first_start(rounds: int, rng: random.Random, work: Path) -> Counter:
    """Killed while the library is first created and seeded: none, or one with both seeds."""
    command = [sys.executable, MAIN, "list"]
    full = timed(command, env_for(work / "first-probe"))
    counts: Counter = Counter()
    for n in range(rounds):
        data = work / f"first{n}"
        counts["killed"] += kill_after(command, env_for(data), rng.uniform(0.1, full))
        path = data / "library.sqlite3"
        if path.exists():
            with sqlite3.connect(path) as conn:
                seeded = conn.execute("SELECT count(*) FROM documents").fetchone()[0] == len(SEED_TEXTS)
            counts["complete libraries"] += seeded
            counts["incomplete libraries"] += not seeded
        else:
            counts["no library yet"] += 1
        listed = subprocess.run(command, env=env_for(data), capture_output=True, text=True, check=False)
        counts["seeded at the next start"] += listed.stdout.count("\n") == len(SEED_TEXTS) + 1
        counts["leftovers"] += len([p for p in data.iterdir() if p.name.startswith(".library")])
    return counts


# -- analysis ---------------------------------------------------------------------------------


def check_analysis(rounds: int, rng: random.Random, work: Path) -> Counter:
    sys.path.insert(0, str(ROOT))
    from desktop_app.core.analysis import ENGINE_VERSION
    from desktop_app.core.analysis.model import Analysis
    from desktop_app.core.document import ImportedText, Metadata
    from desktop_app.core.library import Library

    path = work / "analysis" / "library.sqlite3"
    path.parent.mkdir()
    with Library(path) as library:
        for n in range(30):  # long enough that the kills land in the analyses, not the start-up
            seed = SEED_TEXTS[n % len(SEED_TEXTS)].read_text(encoding="utf-8").strip()
            text = "\n\n".join(f"{seed}\n\nVersion {n}.{part}." for part in range(4))
            library.add(ImportedText(text, Metadata(), "txt"), source_name=f"{n}.txt", original=text.encode())
    command = [sys.executable, "-c", ANALYSE, str(ROOT), str(path)]
    full = timed(command, env_for(work / "probe"))
    counts: Counter = Counter()
    for _ in range(rounds):
        with sqlite3.connect(path) as conn:
            conn.execute("DELETE FROM analyses")
        counts["killed"] += kill_after(command, env_for(work / "data"), rng.uniform(0.2, full))
        counts["integrity ok"] += integrity(path)
        with sqlite3.connect(path) as conn:
            stored = conn.execute("SELECT engine_version, json FROM analyses").fetchall()
        counts["analyses stored"] += len(stored)
        for version, data in stored:
            try:
                Analysis.from_dict(json.loads(data))
                whole = version == ENGINE_VERSION
            except (ValueError, KeyError, TypeError):
                whole = False
            counts["broken analyses"] += not whole
    return counts


# -- export -----------------------------------------------------------------------------------


def whole_output(path: Path) -> bool:
    data = path.read_bytes()
    if path.suffix == ".pdf":
        return data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    if path.suffix == ".png":
        return data.startswith(b"\x89PNG") and data.endswith(b"IEND\xaeB`\x82")
    return data.rstrip().endswith(b"</html>")


def check_export(rounds: int, rng: random.Random, work: Path, sig: int = signal.SIGKILL) -> Counter:
    data = work / ("export" if sig == signal.SIGKILL else "term")
    out = data / "out"
    out.mkdir(parents=True)
    elsewhere = data / "elsewhere"
    elsewhere.mkdir()
    subprocess.run([sys.executable, MAIN, "list"], env=env_for(data), capture_output=True, check=True)
    full = timed([sys.executable, MAIN, "export", "1", "2", "-o", str(out / "probe.pdf")], env_for(data))
    (out / "probe.pdf").unlink()
    counts: Counter = Counter()
    for n in range(rounds):
        fmt = ("pdf", "png", "html")[n % 3]
        folder = elsewhere if n % 2 else out
        target = folder / f"cmp{n}.{fmt}"
        command = [sys.executable, MAIN, "export", "1", "2", "-o", str(target)]
        counts["killed"] += kill_after(command, env_for(data), rng.uniform(0.3, full), sig)
        if target.exists():
            counts["whole outputs"] += 1
            counts["partial outputs"] += not whole_output(target)
        parts = list(folder.glob(".*.part"))
        counts[".part left by the kill"] += len(parts)
        if sig != signal.SIGKILL:
            continue
        if folder is out:  # the next export into that folder clears it
            subprocess.run([sys.executable, MAIN, "export", "1", "2", "-o", str(out / f"next{n}.html")],
                           env=env_for(data), capture_output=True, check=False)
        else:  # any next start clears it, wherever it was
            subprocess.run([sys.executable, MAIN, "list"], env=env_for(data), capture_output=True, check=False)
        counts[".part left after the next run"] += len(list(folder.glob(".*.part")))
    return counts


def failed(kind: str, counts: Counter, rounds: int) -> bool:
    if kind in ("import", "analysis"):
        broken = counts[f"broken {'documents' if kind == 'import' else 'analyses'}"]
        return counts["integrity ok"] != rounds or broken > 0
    if kind == "first-start":
        return counts["incomplete libraries"] > 0 or counts["seeded at the next start"] != rounds or counts["leftovers"] > 0
    if kind == "term":
        return counts["partial outputs"] > 0 or counts[".part left by the kill"] > 0
    return counts["partial outputs"] > 0 or counts[".part left after the next run"] > 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--only", default="import,first-start,analysis,export,term")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: from the time)")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else int(time.time())
    rng = random.Random(seed)
    print(f"seed {seed}, {args.rounds} round(s) each")
    bad = False
    with tempfile.TemporaryDirectory(prefix="viewpoints-kill-") as tmp:
        work = Path(tmp)
        for kind in args.only.split(","):
            started = time.monotonic()
            if kind == "import":
                counts = check_import(args.rounds, rng, work)
            elif kind == "first-start":
                counts = check_first_start(args.rounds, rng, work)
            elif kind == "analysis":
                counts = check_analysis(args.rounds, rng, work)
            elif kind == "export":
                counts = check_export(args.rounds, rng, work)
            elif kind == "term":
                counts = check_export(args.rounds, rng, work, signal.SIGTERM)
            else:
                parser.error(f"unknown kind {kind!r}")
            verdict = "FAILED" if failed(kind, counts, args.rounds) else "ok"
            bad = bad or verdict == "FAILED"
            figures = ", ".join(f"{key} {value}" for key, value in sorted(counts.items()))
            print(f"{kind}: {verdict}: {figures} ({time.monotonic() - started:.0f} s)", flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
