"""A repair's, a check's and a backup's report in Swedish (core.library_messages): every line the
real reports give, over every kind of damage the repair tests make, has a Swedish translation."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from desktop_app.core import i18n
from desktop_app.core.library import backup, repair
from desktop_app.core.library_messages import covers, line_text, lines_text
from tests.core.library_damage import DAMAGES, damage, filled_library


@pytest.fixture(scope="module")
def healthy(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("healthy") / "healthy.sqlite3"
    filled_library(path)
    return path


# what SQLite says about a damaged file (the report quotes it as it is)
_SQLITE = r"database disk image is malformed|file is not a database|no such table: \w+|malformed database schema[^)]*"


def _variables(line: str, path: Path) -> str:
    """``line`` with its variable parts as «n», as the strict check wants them: paths, figures, titles."""
    marked = line.replace(str(path.parent), "«0»")
    marked = re.sub(r"«0»/\S+?(?=[:.)]?(?: |$))", "«1»", marked)
    marked = re.sub(r"Dokument \d+", "«2»", marked)
    marked = re.sub(r"(?<!«)(?:\d[\d.,:\- ]*\d|\d)(?!»)", "«3»", marked)
    return re.sub(_SQLITE, "«4»", marked)  # SQLite's own words stay as SQLite wrote them


def _assert_swedish(lines: list[str], path: Path) -> None:
    for line in lines:
        assert covers(_variables(line, path), "sv"), f"no Swedish for the report line {line!r}"


@pytest.mark.parametrize("kind", DAMAGES)
def test_every_line_of_a_check_and_a_repair_has_swedish(healthy, tmp_path, kind):
    target = damage(kind, healthy, tmp_path / "library.sqlite3")
    _assert_swedish(repair.check(target).lines(), target)
    report = repair.repair(target)
    _assert_swedish(report.lines(), target)
    _assert_swedish(repair.check(target).lines(), target)  # healthy now


def test_a_restored_backup_and_a_failure_have_swedish(healthy, tmp_path):
    library = tmp_path / "library.sqlite3"
    shutil.copy(healthy, library)
    import sqlite3

    with sqlite3.connect(library) as conn:
        made = backup.make_backup(conn, library, "manual")
    damage("header", healthy, library)
    _assert_swedish(repair.restore_backup(library).lines(), library)
    _assert_swedish(repair.restore_backup(library, tmp_path / "none.sqlite3").lines(), library)
    assert re.fullmatch(r"\S+ \S+ \(manuell, \d+,\d MB\)", line_text(made.describe(), "sv"))


def test_report_lines_in_swedish():
    assert line_text("/d/library.sqlite3: the library is healthy (80 documents)", "sv") == \
        "/d/library.sqlite3: biblioteket är i gott skick (80 dokument)"
    assert line_text("/d/l.sqlite3: the library was damaged (the table documents is missing, and 2 more "
                     "problem(s))", "sv") == \
        "/d/l.sqlite3: biblioteket var skadat (tabellen documents saknas, och 2 problem till)"
    assert line_text("Restored the backup of 2026-12-03 09:00 (before repair, 1.5 MB): 80 document(s).", "sv") == \
        "Säkerhetskopian från 2026-12-03 09:00 (före reparation, 1,5 MB) är återställd: 80 dokument."
    assert lines_text(["  … and 3 more", "  Lost: document 12 (Dokument 12): its text is damaged and its "
                       "original unreadable."], "sv") == \
        ["  … och 3 till", "  Förlorat: dokument 12 (Dokument 12): dess text är skadad och originalet kan inte läsas."]


def test_english_stays_and_unknown_lines_stay_english():
    line = "/d/l.sqlite3: the library is damaged:"
    assert line_text(line, "en") == line
    assert line_text("a line no template knows", "sv") == "a line no template knows"
    i18n.set_language("sv")
    try:
        assert line_text(line) == "/d/l.sqlite3: biblioteket är skadat:"
    finally:
        i18n.set_language("en")
    assert not covers("the banana part is missing", "sv")
