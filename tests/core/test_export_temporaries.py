"""Temporaries of exports a kill stranded: cleared by the next export into the folder and at start."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop_app.core.export import files
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.export import export_comparison
from tests.export_fixtures import small_comparison


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_the_next_export_into_a_folder_clears_what_a_killed_one_left(tmp_path):
    stranded = tmp_path / f".view.html.{_dead_pid()}-abc123.part"
    stranded.write_text("half")
    running = tmp_path / f".other.pdf.{os.getpid()}-def456.part"  # an export still running here
    running.write_text("busy")
    mine = tmp_path / ".notes.txt.part"  # not one of ours
    mine.write_text("keep")
    export_comparison(small_comparison(), FilterCriteria(), "html", tmp_path / "next.html")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["next.html", running.name, mine.name])


def test_the_next_start_clears_stranded_temporaries_wherever_they_are(tmp_path, data_dir):
    folder = tmp_path / "exports"
    folder.mkdir()
    notes = data_dir / "exports-in-progress"
    notes.mkdir(parents=True)
    dead = _dead_pid()
    stranded = folder / f".cmp.pdf.{dead}-abc123.part"
    stranded.write_text("half")
    (notes / f"{dead}-abc123.note").write_text(str(stranded), encoding="utf-8")
    alive = folder / f".cmp.png.{os.getpid()}-x.part"
    alive.write_text("busy")
    (notes / f"{os.getpid()}-x.note").write_text(str(alive), encoding="utf-8")
    assert files.clean_stale_temporaries() == [stranded]
    assert not stranded.exists() and alive.exists()
    assert [n.name for n in notes.iterdir()] == [f"{os.getpid()}-x.note"]


def test_an_export_in_progress_is_noted_and_the_note_goes_with_it(tmp_path, data_dir):
    seen = []

    def write(tmp):
        seen.append(sorted(p.name for p in (data_dir / "exports-in-progress").iterdir()))
        tmp.write_text("<html></html>")

    files.atomic_write(tmp_path / "x.html", write)
    assert len(seen[0]) == 1 and seen[0][0].startswith(f"{os.getpid()}-")
    assert list((data_dir / "exports-in-progress").iterdir()) == []
