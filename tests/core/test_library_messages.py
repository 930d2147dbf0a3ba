"""A repair's, a check's and a backup's report in Swedish (core.library_messages): every line the
real reports give, over every kind of damage the repair tests make, has a Swedish translation."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from desktop_app.core import i18n
from desktop_app.core.library import backup, repair
from desktop_app.core.library_messages import covers, line_text, lines_text, sqlite_words
from tests.core.library_damage import DAMAGES, damage, filled_library


@pytest.fixture(scope="module")
def healthy(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("healthy") / "healthy.sqlite3"
    filled_library(path)
    return path


# what SQLite says about a damaged file: the English report quotes it, a Swedish one must not
_SQLITE_WORDS = re.compile(r"malformed|not a database|no such|never used|invalid page|freelist|btree|error code|"
                           r"tree page|integrity")


def _variables(line: str, path: Path) -> str:
    """``line`` with its variable parts as «n», as the strict check wants them: paths, figures, titles."""
    marked = line.replace(str(path.parent), "«0»")
    marked = re.sub(r"«0»/\S+?(?=[:.)]?(?: |$))", "«1»", marked)
    marked = re.sub(r"Dokument \d+", "«2»", marked)
    return re.sub(r"(?<!«)(?:\d[\d.,:\- ]*\d|\d)(?!»)", "«3»", marked)


def _assert_swedish(lines: list[str], path: Path) -> None:
    for line in lines:
        assert covers(_variables(line, path), "sv"), f"no Swedish for the report line {line!r}"
        swedish = line_text(line, "sv").replace(str(path.parent), "")
        assert not _SQLITE_WORDS.search(swedish), f"SQLite's English left in {swedish!r}"


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


def test_sqlite_words_get_a_swedish_reason_and_unknown_ones_a_general_one():
    assert line_text("  documents after the 35th cannot be read (database disk image is malformed)", "sv") == \
        "  dokumenten efter nummer 35 kan inte läsas (filens innehåll är skadat)"
    assert line_text("  integrity check: On tree page 5 cell 43: invalid page number 244", "sv") == \
        "  integritetskontroll: trädsida 5, cell 43: ogiltigt sidnummer 244"
    assert line_text("  integrity check: Page 22 is never used", "sv") == "  integritetskontroll: sida 22 används aldrig"
    # wording no template knows: a Swedish line all the same (the English report keeps SQLite's words)
    assert line_text("  integrity check: Freelist: size is 7 but should be 9", "sv") == \
        "  integritetskontroll: ett fel som SQLite rapporterade"
    assert line_text("/d/l.sqlite3: the library was damaged (some new SQLite wording)", "sv") == \
        "/d/l.sqlite3: biblioteket var skadat (ett fel som SQLite rapporterade)"
    assert line_text("  integrity check: Freelist: size is 7 but should be 9", "en") == \
        "  integrity check: Freelist: size is 7 but should be 9"
    assert not covers("integrity check: Freelist: size is «1» but should be «2»", "sv")


def test_sqlite_s_own_words_are_found_where_a_swedish_line_says_them_otherwise():
    assert sqlite_words("  documents after the 35th cannot be read (database disk image is malformed)", "sv") == \
        ["database disk image is malformed"]
    assert sqlite_words("  integrity check: On tree page 5 cell 43: invalid page number 244", "sv") == \
        ["On tree page 5 cell 43: invalid page number 244"]
    assert sqlite_words("  integrity check: Freelist: size is 7 but should be 9", "sv") == \
        ["Freelist: size is 7 but should be 9"]  # the general Swedish reason
    assert sqlite_words("/d/l: the library was damaged (integrity check: Page 22 is never used, and 3 more "
                        "problem(s))", "sv") == ["Page 22 is never used"]
    assert sqlite_words("/d/l: the library file is damaged (a part is missing: no such table: documents): run: "
                        "viewpoints repair", "sv") == ["no such table: documents"]
    # our own words, English, and a line that stays English: nothing to add
    assert sqlite_words("/d/l: the library was damaged (the table documents is missing, and 2 more problem(s))",
                        "sv") == []
    assert sqlite_words("  documents after the 35th cannot be read (database disk image is malformed)", "en") == []
    assert sqlite_words("a line no template knows (database disk image is malformed)", "sv") == []


def test_a_damaged_library_met_at_start_is_said_in_swedish(healthy, data_dir):
    from desktop_app.core.library import LibraryDamaged, open_library
    from desktop_app import paths
    from desktop_app.core.library.errors import REPAIR_HINT

    met, targets = {}, {}
    try:
        for kind in DAMAGES:
            (data_dir / kind).mkdir(parents=True)
            targets[kind] = damage(kind, healthy, data_dir / kind / "library.sqlite3")
            paths.set_data_dir(data_dir / kind)
            try:
                open_library(check=True, daily_backup=False).close()
            except LibraryDamaged as exc:
                met[kind] = str(exc)
    finally:
        paths.set_data_dir(None)
    assert {"header", "truncated", "page_mid", "documents_root"} <= set(met)  # not a database; SQLite's checks
    for kind, message in met.items():
        for asked in (message, message.removesuffix(f": {REPAIR_HINT}")):  # the dialog asks without the hint
            swedish = line_text(asked, "sv")
            assert swedish != asked and ("biblioteksfilen" in swedish or "Viewpoints-bibliotek" in swedish), swedish
            assert not _SQLITE_WORDS.search(swedish.replace(str(targets[kind]), "")), (kind, swedish)
