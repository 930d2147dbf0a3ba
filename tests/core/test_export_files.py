"""Writing exports: never a partial file, never an overwrite without being asked, one-line errors."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.core.filters import FilterCriteria
from desktop_app.core.export import ExportError, export_chart, export_comparison
from tests.export_fixtures import small_comparison

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("fmt", ["html", "csv", "json"])
def test_refuses_to_overwrite_without_force(tmp_path, fmt):
    out = tmp_path / f"view.{fmt}"
    out.write_text("keep me")
    with pytest.raises(ExportError) as info:
        export_comparison(small_comparison(), FilterCriteria(), fmt, out)
    assert "exists" in str(info.value) and "\n" not in str(info.value) and str(out) in str(info.value)
    assert out.read_text() == "keep me"
    export_comparison(small_comparison(), FilterCriteria(), fmt, out, force=True)
    assert out.read_bytes() != b"keep me" and "Örebro" in out.read_bytes().decode("utf-8-sig")
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no temporary left behind


def test_missing_folder_and_folder_as_target(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_comparison(small_comparison(), FilterCriteria(), "html", tmp_path / "nope" / "x.html")
    with pytest.raises(ExportError, match="is a folder"):
        export_comparison(small_comparison(), FilterCriteria(), "html", tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ExportError):
        export_comparison(small_comparison(), FilterCriteria(), "json", blocker / "x.json")


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ExportError, match="unknown format"):
        export_comparison(small_comparison(), FilterCriteria(), "docx", tmp_path / "x.docx")
    with pytest.raises(ExportError, match="chart exports as"):
        export_chart(small_comparison(), FilterCriteria(), "json", tmp_path / "x.json")
    assert not list(tmp_path.iterdir())


def test_chart_svg_and_csv_files(tmp_path):
    export_chart(small_comparison(), FilterCriteria(), "svg", tmp_path / "c.svg")
    export_chart(small_comparison(), FilterCriteria(), "csv", tmp_path / "c.csv")
    assert (tmp_path / "c.svg").read_text(encoding="utf-8").lstrip().startswith("<svg")
    assert (tmp_path / "c.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_disk_full_leaves_no_partial_file(tmp_path):
    """A file-size limit makes writes fail like a full disk (EFBIG/ENOSPC) part-way through."""
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        from desktop_app.core.filters import FilterCriteria
        from desktop_app.core.export import ExportError, export_comparison
        from tests.export_fixtures import small_comparison
        comparison = small_comparison()
        resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))
        try:
            export_comparison(comparison, FilterCriteria(), "html", __import__("pathlib").Path({str(tmp_path / 'big.html')!r}))
        except ExportError as exc:
            print("ERR", exc)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ERR "), result.stdout + result.stderr
    assert "big.html" in lines[0] and "large" in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_export_gets_ordinary_file_permissions(tmp_path):
    """The temporary file is private while written; the finished export is readable like any file."""
    import os

    old = os.umask(0o022)
    try:
        export_comparison(small_comparison(), FilterCriteria(), "csv", tmp_path / "x.csv")
    finally:
        os.umask(old)
    assert (tmp_path / "x.csv").stat().st_mode & 0o777 == 0o644
