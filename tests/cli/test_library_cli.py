"""The library's commands, and every command on a damaged, read-only or full library: one line, never a traceback."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.core.library import Library
from tests.core.library_damage import damage, filled_library

ROOT = Path(__file__).resolve().parents[2]
QT_NOISE = ("This plugin does not support",)


def run(data_dir: Path, *args: str, prefix: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, VIEWPOINTS_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*(prefix or []), sys.executable, str(ROOT / "main.py"), *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=180)


def error_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if not line.startswith(QT_NOISE)]


def one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    lines = [line for line in error_lines(result) if not line.startswith("warning:")]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert all(word in lines[0] for word in words), lines[0]
    return lines[0]


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    data = tmp_path / "lib"
    assert run(data, "list").returncode == 0
    return data


# -- trash, corrections, edit ---------------------------------------------------------------


def test_trash_list_and_empty(lib: Path) -> None:
    assert run(lib, "trash", "list").stdout.strip() == "(the trash is empty)"
    assert run(lib, "remove", "1").returncode == 0
    listed = run(lib, "trash", "list")
    assert listed.returncode == 0 and "Expert: Sverige saknar koll" in listed.stdout
    [entry] = json.loads(run(lib, "trash", "list", "--json").stdout)
    assert entry["id"] == 1 and entry["expires_at"] > entry["removed_at"]
    assert run(lib, "trash", "empty", "--older-than", "30").stdout.strip() == "deleted 0 document(s) from the trash for good"
    assert run(lib, "trash", "empty").stdout.strip() == "deleted 1 document(s) from the trash for good"
    assert run(lib, "restore", "1").returncode == 1


def test_corrections_list_revert_reset_and_show_actor(lib: Path) -> None:
    with Library(lib / "library.sqlite3") as library:
        hide = library.add_correction(1, {"op": "hide_actor", "key": "magnus ranstorp", "name": "Magnus Ranstorp"})
        rename = library.add_correction(2, {"op": "rename_actor", "key": "polisen", "name": "Polismyndigheten",
                                            "old_name": "Polisen"})
        library.add_correction(2, {"op": "hide_actor", "key": "örebro"})
    listed = run(lib, "corrections", "list")
    assert listed.returncode == 0
    assert "Hide Magnus Ranstorp" in listed.stdout and "Rename Polisen to Polismyndigheten" in listed.stdout
    one = json.loads(run(lib, "corrections", "list", "2", "--json").stdout)
    assert [e["id"] for e in one] == [rename, rename + 1] and one[0]["document"].startswith("Örebro")

    reverted = run(lib, "corrections", "revert", str(rename), "9999")
    assert reverted.returncode == 1 and f"reverted {rename}: Rename Polisen to Polismyndigheten" in reverted.stdout
    one_line_error(reverted, "no correction 9999")
    shown = run(lib, "corrections", "show-actor", "1", "Magnus", "Ranstorp")
    assert shown.returncode == 0 and shown.stdout.strip() == "Magnus Ranstorp is shown again in document 1"
    one_line_error(run(lib, "corrections", "show-actor", "1", "Nobody"), "is not hidden", "hidden: none")
    reset = run(lib, "corrections", "reset", "2")
    assert reset.stdout.strip() == "document 2 is back to the automatic analysis (1 correction(s) removed)"
    assert run(lib, "corrections", "list").stdout.strip() == "(no corrections)"
    assert hide  # the hide of document 1 went with show-actor


def test_edit_changes_metadata_and_search_finds_the_outlet(lib: Path) -> None:
    edited = run(lib, "edit", "2", "--outlet", "Nerikes Allehanda", "--authors", "Per-Åke Sörman; Kenneth Nilsson")
    assert edited.returncode == 0 and "outlet: Nerikes Allehanda -> Nerikes Allehanda" in edited.stdout
    assert [d["id"] for d in json.loads(run(lib, "search", "--json", "Sörman").stdout)] == [2]
    one_line_error(run(lib, "edit", "2", "--genre", "satire"), "genre must be one of")
    one_line_error(run(lib, "edit", "99", "--title", "X"), "no document 99")


# -- repair and backup ----------------------------------------------------------------------


def test_repair_check_and_backups_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    filled_library(data / "healthy.sqlite3")
    damage("truncated", data / "healthy.sqlite3", data / "library.sqlite3")
    assert run(data, "backup", "--list").stdout.strip() == "(no backups yet)"

    checked = run(data, "repair", "--check")
    assert checked.returncode == 1 and "the library is damaged" in checked.stdout
    repaired = run(data, "repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "Recovered" in repaired.stdout and "The damaged file is kept as" in repaired.stdout
    assert run(data, "repair", "--check").returncode == 0

    made = run(data, "backup")
    assert made.returncode == 0 and made.stdout.startswith("backup made: ")
    assert "manual" in run(data, "backup", "--list").stdout
    restored = run(data, "repair", "--from-backup")
    assert restored.returncode == 0 and restored.stdout.startswith(f"Restored the backup of")


# -- every command on a damaged library -----------------------------------------------------


@pytest.fixture(scope="module")
def damaged(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("damaged")
    healthy = folder / "healthy.sqlite3"
    filled_library(healthy)
    result = {}
    for kind in ("truncated", "bad_text", "drop_documents", "page_mid"):
        (folder / kind).mkdir()
        damage(kind, healthy, folder / kind / "library.sqlite3")
        result[kind] = folder / kind
    return result


@pytest.mark.parametrize("kind, args", [
    ("truncated", ["list"]), ("truncated", ["search", "märke3x"]), ("truncated", ["remove", "3"]),
    ("drop_documents", ["list"]), ("drop_documents", ["trash", "list"]), ("drop_documents", ["corrections", "list"]),
    ("bad_text", ["analyze", "6"]), ("bad_text", ["export", "6", "7", "-o", "{out}.html"]),
    ("bad_text", ["screenshot", "{out}.png", "--left", "6", "--right", "7"]),
    ("page_mid", ["screenshot", "{out}.png"]),  # what it would show reads fine: the check finds it
])
def test_every_command_on_a_damaged_library_answers_in_one_line(damaged, tmp_path, kind, args):
    args = [a.replace("{out}", str(tmp_path / "out")) for a in args]
    result = run(damaged[kind], *args)
    one_line_error(result, str(damaged[kind] / "library.sqlite3"), "viewpoints repair")
    assert not list(tmp_path.iterdir())  # no output, no temporary


# -- read-only ------------------------------------------------------------------------------


def _unprivileged() -> list[str]:
    """A prefix that makes the command obey file permissions (root ignores them otherwise)."""
    if os.geteuid() != 0:
        return []
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]
    if shutil.which("setpriv") is None or subprocess.run([*prefix, "true"]).returncode != 0:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return prefix


@pytest.mark.parametrize("what", ["file", "folder"])
def test_reading_commands_work_on_a_read_only_library(tmp_path: Path, what: str) -> None:
    prefix = _unprivileged()
    data = tmp_path / "data"
    assert run(data, "remove", "2").returncode == 0
    library = data / "library.sqlite3"
    before = library.read_bytes()
    library.chmod(0o444)
    if what == "folder":
        for side in data.glob("library.sqlite3-*"):
            side.unlink()
        data.chmod(0o555)
    out = tmp_path / "out"
    out.mkdir()
    try:
        for args in (["list"], ["search", "återvändare"], ["analyze", "1"], ["trash", "list"],
                     ["corrections", "list"], ["repair", "--check"],
                     ["export", "1", "1", "-o", str(out / "x.html")]):
            result = run(data, *args, prefix=prefix)
            assert result.returncode == 0, (args, result.stderr)
            assert "Traceback" not in result.stderr
        assert (out / "x.html").read_bytes().startswith(b"<!DOCTYPE html>")
        if what == "folder":  # (no settings folder can be made there: the screenshot needs none)
            shot = run(data, "screenshot", str(out / "s.png"), prefix=prefix)
            assert shot.returncode == 0 and (out / "s.png").read_bytes().startswith(b"\x89PNG"), shot.stderr
        for args in (["remove", "1"], ["restore", "2"], ["edit", "1", "--title", "X"], ["trash", "empty"]):
            one_line_error(run(data, *args, prefix=prefix), "the library is read-only: nothing was changed")
    finally:
        data.chmod(0o755)
        library.chmod(0o644)
    assert library.read_bytes() == before  # reading never wrote


# -- a full disk ----------------------------------------------------------------------------

FULL_DISK = textwrap.dedent("""
    set -u
    mount -t tmpfs -o size=640k none "$MNT" || exit 77
    export VIEWPOINTS_DATA_DIR="$MNT/data"
    run() { echo "== $*"; "$PY" "$MAIN" "$@" 2>&1; echo "rc=$?"; }
    "$PY" "$MAIN" list > /dev/null
    printf 'Rubrik\\n\\nEn text om Malmö och Göteborg.\\n' > "$SRC/a.txt"
    "$PY" -c "import sys; sys.path.insert(0, '$ROOT'); from desktop_app.core.library import Library; \\
        Library(sys.argv[1]).add_correction(1, {'op': 'hide_actor', 'key': 'sverige'})" "$MNT/data/library.sqlite3"
    dd if=/dev/zero of="$MNT/filler" bs=4k 2>/dev/null
    run remove 1
    run edit 1 --title Ny
    run import "$SRC/a.txt"
    run export 1 2 -o "$MNT/x.html"
    run corrections reset 1
    VIEWPOINTS_DATA_DIR="$MNT/new" run list
    ls -A "$MNT/new" 2>/dev/null | sed 's/^/left: /'
    ls -A "$MNT" | grep -v -e '^data$' -e '^filler$' -e '^new$' | sed 's/^/left: /'
    rm "$MNT/filler"
    "$PY" -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('pragma integrity_check').fetchone()[0])" \\
        "$MNT/data/library.sqlite3" | sed 's/^/integrity: /'
""")


def test_a_full_disk_is_one_clean_line_for_every_command(tmp_path: Path) -> None:
    if shutil.which("unshare") is None or subprocess.run(["unshare", "-rm", "true"]).returncode != 0:
        pytest.skip("no mount namespace here to make a small full disk in")
    (tmp_path / "mnt").mkdir()
    (tmp_path / "src").mkdir()
    env = dict(os.environ, MNT=str(tmp_path / "mnt"), SRC=str(tmp_path / "src"), PY=sys.executable, ROOT=str(ROOT),
               MAIN=str(ROOT / "main.py"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(["unshare", "-rm", "sh", "-c", FULL_DISK], capture_output=True, text=True,
                            env=env, timeout=300)
    if result.returncode == 77:
        pytest.skip("tmpfs cannot be mounted here")
    out = result.stdout + result.stderr
    assert "Traceback" not in out and "OperationalError" not in out, out
    sections = {block.split("\n", 1)[0]: block for block in out.split("== ")[1:]}
    for command in ("remove 1", "edit 1 --title Ny", "corrections reset 1"):
        assert "the disk is full: nothing was changed" in sections[command] and "rc=1" in sections[command]
    assert "the disk is full: nothing was changed" in sections[next(k for k in sections if k.startswith("import"))]
    assert "the disk is full: nothing was written" in sections[next(k for k in sections if k.startswith("export"))]
    assert "the disk is full: no library was created" in sections["list"]
    assert "left:" not in out  # no 0-byte library, no temporary
    assert "integrity: ok" in out


def test_files_a_busy_library_refused_are_listed_to_run_again(tmp_path: Path, capsys) -> None:
    import sqlite3

    from desktop_app import cli
    from desktop_app.core.importing import import_paths

    path = tmp_path / "library.sqlite3"
    Library(path).close()
    files = [tmp_path / "a b.txt", tmp_path / "c.txt"]
    for n, file in enumerate(files):
        file.write_text(f"Rubrik {n}\n\nText {n} om Malmö.", encoding="utf-8")
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    try:
        with Library(path, busy_timeout=0.05) as library:
            outcomes = import_paths(library, files)  # the other writer holds its lock throughout
            other.execute("COMMIT")  # before the library closes (its checkpoint writes)
    finally:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()
    cli._print_busy_files(outcomes)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "2 file(s) not imported because the library is busy (another program is writing to it); to import them, run again:"
    assert out[1] == f"  viewpoints import '{files[0]}' {files[1]}"


def test_a_swedish_repair_report_keeps_sqlite_s_words_under_the_line_that_says_them_in_swedish(tmp_path: Path) -> None:
    """``repair --language sv``: every line in Swedish, SQLite's reason in Swedish, and below such a
    line SQLite's own words as the English report quotes them; English prints no such line."""
    data = tmp_path / "data"
    data.mkdir()
    filled_library(data / "healthy.sqlite3")
    damage("pages_three", data / "healthy.sqlite3", data / "library.sqlite3")  # SQLite says "malformed"
    english = run(data, "repair", "--check").stdout.splitlines()
    swedish = run(data, "repair", "--check", "--language", "sv").stdout.splitlines()
    assert "  database disk image is malformed" in english and not any("(SQLite: " in line for line in english)
    at = swedish.index("  filens innehåll är skadat")
    assert swedish[at + 1] == "      (SQLite: database disk image is malformed)"
    # each Swedish line stands where its English one does; SQLite's words go under the ones that had them
    said = [line for line in swedish if "(SQLite: " not in line]
    assert len(said) == len(english) and not any("malformed" in line for line in said)
    for n, line in enumerate(swedish):
        if "(SQLite: " in line:
            words = line.strip().removeprefix("(SQLite: ").removesuffix(")")
            assert words in english[said.index(swedish[n - 1])], (line, swedish[n - 1])
    repaired = run(data, "repair", "--language", "sv").stdout.splitlines()
    assert re.search(r"biblioteket var skadat \(filens innehåll är skadat, och \d+ problem till\)$", repaired[0]), repaired
    assert repaired[1] == "    (SQLite: database disk image is malformed)"


def test_repair_backup_and_trash_speak_swedish_with_language_sv(tmp_path: Path) -> None:
    """``--language sv``: the check, the repair's report, the backups and the trash in Swedish."""
    data = tmp_path / "data"
    data.mkdir()
    filled_library(data / "healthy.sqlite3")
    damage("truncated", data / "healthy.sqlite3", data / "library.sqlite3")
    assert run(data, "backup", "--list", "--language", "sv").stdout.strip() == "(inga säkerhetskopior än)"
    checked = run(data, "repair", "--check", "--language", "sv")
    assert checked.returncode == 1 and "biblioteket är skadat:" in checked.stdout
    assert "Kör `viewpoints repair` för att reparera det." in checked.stdout
    repaired = run(data, "repair", "--language", "sv")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "dokument räddades till ett nytt bibliotek" in repaired.stdout
    assert "Den skadade filen sparas som" in repaired.stdout
    for english in ("Recovered", "Kept", "document(s)", "the library"):
        assert english not in repaired.stdout, repaired.stdout
    assert "i gott skick" in run(data, "repair", "--check", "--language", "sv").stdout

    assert run(data, "backup", "--language", "sv").stdout.startswith("säkerhetskopia gjord: ")
    listed = run(data, "backup", "--list", "--language", "sv").stdout
    assert "(manuell, " in listed and " MB)" in listed and "," in listed.split("(manuell, ")[1]
    restored = run(data, "repair", "--from-backup", "--language", "sv")
    assert restored.returncode == 0 and restored.stdout.startswith("Säkerhetskopian från ")

    assert run(data, "trash", "list", "--language", "sv").stdout.strip() == "(papperskorgen är tom)"
    assert run(data, "remove", "1").returncode == 0
    header = run(data, "trash", "list", "--language", "sv").stdout.splitlines()[0]
    assert header.split() == ["ID", "BORTTAGEN", "RADERAS", "EFTER", "TITEL"]
    assert run(data, "trash", "empty", "--language", "sv").stdout.strip() == \
        "raderade 1 dokument ur papperskorgen för gott"
