"""The headless commands as a user runs them: exit codes, one line per file, a summary."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, VIEWPOINTS_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    return tmp_path / "lib"


def test_new_library_holds_the_seeds(lib: Path) -> None:
    result = run(lib, "list", "--json")
    assert result.returncode == 0, result.stderr
    docs = json.loads(result.stdout)
    assert [d["title"] for d in docs] == [
        "Expert: Sverige saknar koll på IS-återvändare",
        "Örebro arbetar aktivt mot våldsbejakande extremism",
    ]
    assert docs[1]["genre"] == "opinion"


def test_import_reports_each_file_and_exit_codes(lib: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Rubrik\n\nEn text om Göteborg och Malmö.\n", encoding="utf-8")
    (folder / "sub" / "b.txt").write_bytes("Räksmörgås åt Åsa i Växjö.\n".encode("cp1252"))
    ok = run(lib, "import", str(folder))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert ok.stdout.count("imported:") == 2
    assert "2 imported, 0 duplicate(s), 0 failed" in ok.stdout

    (folder / "junk.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    again = run(lib, "import", str(folder))
    assert again.returncode == 1
    assert again.stdout.count("duplicate:") == 2
    error_lines = [line for line in again.stdout.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1 and "junk.txt" in error_lines[0]
    assert "Traceback" not in again.stdout + again.stderr

    missing = run(lib, "import", str(tmp_path / "nope.txt"))
    assert missing.returncode == 1 and "nope.txt" in missing.stdout


def test_search_remove_restore(lib: Path, tmp_path: Path) -> None:
    found = run(lib, "search", "--json", "återvändare")
    assert found.returncode == 0, found.stderr
    ids = [d["id"] for d in json.loads(found.stdout)]
    assert ids, found.stdout
    removed = run(lib, "remove", str(ids[0]))
    assert removed.returncode == 0 and "restore" in removed.stdout
    after = json.loads(run(lib, "search", "--json", "återvändare").stdout)
    assert ids[0] not in [d["id"] for d in after]
    assert run(lib, "remove", "9999").returncode == 1
    restored = run(lib, "restore", str(ids[0]))
    assert restored.returncode == 0
    assert ids[0] in [d["id"] for d in json.loads(run(lib, "list", "--json").stdout)]


def test_analyze_json_follows_the_schema(lib: Path) -> None:
    result = run(lib, "analyze", "1", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == 1
    doc = data["documents"][0]
    for key in ("source", "title", "language", "genre", "text", "actors", "mentions", "quotes", "claims"):
        assert key in doc
    assert doc["language"] == "sv"
    ids = {a["id"] for a in doc["actors"]}
    names = {a["name"] for a in doc["actors"]}
    assert {"Magnus Ranstorp", "Stefan Löfven"} <= names
    for quote in doc["quotes"]:
        assert quote["speaker"] is None or quote["speaker"] in ids
        assert 0 <= quote["start"] < quote["end"] <= len(doc["text"])
    for mention in doc["mentions"]:
        assert mention["actor"] in ids


def test_analyze_file_and_summary(lib: Path, tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text(
        "Storm warning\n\n“We are not ready for this,” said Jane Smith, the mayor of Springfield.\n",
        encoding="utf-8",
    )
    result = run(lib, "analyze", str(path))
    assert result.returncode == 0, result.stderr
    assert "Jane Smith" in result.stdout
    bad = run(lib, "analyze", str(tmp_path / "missing.txt"))
    assert bad.returncode == 1 and "missing.txt" in bad.stderr


def test_screenshot_shows_a_file_without_adding_it(lib: Path, tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text("Storm warning\n\n“We are not ready,” said Jane Smith, the mayor.\n", encoding="utf-8")
    out = tmp_path / "shot.png"
    result = run(lib, "screenshot", str(out), "--left", str(path), "--right", "2", "--size", "900x600")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
    assert len(json.loads(run(lib, "list", "--json").stdout)) == 2  # still just the seeds
    bad = run(lib, "screenshot", str(tmp_path / "bad.png"), "--left", "999")
    assert bad.returncode == 1 and "999" in bad.stderr and "Traceback" not in bad.stderr
    assert not (tmp_path / "bad.png").exists()


def test_an_unusable_data_dir_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run(blocker, "list")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(blocker) in lines[0]


def test_a_pipe_is_refused_not_waited_on(lib: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = run(lib, "import", str(fifo))
    assert result.returncode == 1
    assert "pipe.txt" in result.stdout and "not a regular file" in result.stdout


def test_a_file_name_that_is_not_utf8_imports(lib: Path, tmp_path: Path) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/caf\xe9 notes.txt"  # Latin-1 byte in the name
    with open(raw, "wb") as handle:
        handle.write("Kaffe i Sundsvall kostar mer i år.\n".encode("utf-8"))
    result = run(lib, "import", str(folder))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "caf\ufffd notes.txt" in result.stdout


def test_files_to_open_are_told_apart_from_qt_options(tmp_path):
    """``viewpoints FILE...`` (the desktop entry's Exec=viewpoints %F, or %U URLs): paths to open;
    Qt's options and their values stay Qt's."""
    from desktop_app.cli import split_open_paths

    first, second = tmp_path / "a.txt", tmp_path / "b b.md"
    first.write_text("A\n", encoding="utf-8")
    second.write_text("B\n", encoding="utf-8")
    files, qt_args = split_open_paths(
        ["-platform", "offscreen", str(first), f"file://{str(second).replace(' ', '%20')}", "-style", "fusion"])
    assert files == [first, second]
    assert qt_args == ["-platform", "offscreen", "-style", "fusion"]
    assert split_open_paths([str(tmp_path / "missing.txt")]) == ([], [str(tmp_path / "missing.txt")])


def test_import_remove_and_restore_speak_swedish_with_language_sv(lib: Path, tmp_path: Path) -> None:
    """``--language sv``: each line, the importers' reasons and the summary in Swedish."""
    from tests.core.importer_samples import make_pdf_pages

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Rubrik\n\nEn text om Göteborg och Malmö.\n", encoding="utf-8")
    (folder / "tom.txt").write_bytes(b"")
    pdf = make_pdf_pages([["Sidan ett."], ["Sidan två finns kvar."]])
    (folder / "skadad.pdf").write_bytes(pdf.replace(b"/Kids [5 0 R", b"/Kids [50 0 R", 1))
    result = run(lib, "import", str(folder), "--language", "sv")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("importerad: ") and line.endswith("a.txt som 3 (Rubrik)") for line in lines)
    assert f"fel: {folder / 'tom.txt'}: filen är tom" in lines
    assert f"varning: {folder / 'skadad.pdf'}: skadad PDF: sida 1 av 2 kunde inte läsas och hoppades över" in lines
    assert lines[-1] == "2 importerade, 0 dubbletter, 1 misslyckades"
    removed = run(lib, "remove", "3", "99", "--language", "sv")
    assert removed.stdout.splitlines() == ["fel: inget dokument 99", "tog bort 3 (ångra med: restore 3)"]
    assert run(lib, "restore", "3", "--language", "sv").stdout.splitlines() == ["återställde 3"]
    assert run(lib, "restore", "--language", "sv").stdout.splitlines() == ["återställde inget"]


def test_every_message_of_the_command_line_has_its_swedish() -> None:
    """The phrases cli.py hands to ``_t`` are all in core.i18n's Swedish catalogue."""
    import ast

    from desktop_app.core import i18n

    tree = ast.parse((ROOT / "desktop_app" / "cli.py").read_text(encoding="utf-8"))
    phrases = [node.args[0].value for node in ast.walk(tree)
               if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_t"
               and node.args and isinstance(node.args[0], ast.Constant)]
    assert len(phrases) >= 10
    assert i18n.missing("sv", phrases) == []
