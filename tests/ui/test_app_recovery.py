"""A damaged library met at start: the window offers a repair, a backup, or to quit."""

from __future__ import annotations

import sys

import pytest

from desktop_app.core.library import Library, backup
from desktop_app.ui import app
from tests.core.library_damage import damage, filled_library


class Script:
    """Plays the user: answers the questions in turn and keeps what was shown."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, bool]] = []
        self.told: list[tuple[str, list[str], bool]] = []

    def ask(self, message: str, backup_available: bool) -> str:
        self.asked.append((message, backup_available))
        return self.answers.pop(0)

    def tell(self, title: str, lines: list[str], failed: bool) -> None:
        self.told.append((title, lines, failed))


def _damaged_library(data_dir, kind="truncated", with_backup=False):
    data_dir.mkdir(parents=True)
    healthy = data_dir.parent / "healthy.sqlite3"
    filled_library(healthy)
    if with_backup:
        with Library(healthy) as lib, lib.reading() as conn:
            made = backup.make_backup(conn, healthy, "daily")
        (data_dir / "backups").mkdir()
        made.path.rename(data_dir / "backups" / made.path.name.replace("healthy-", "library-"))
    return damage(kind, healthy, data_dir / "library.sqlite3")


def test_repair_is_offered_and_the_window_gets_the_repaired_library(data_dir):
    path = _damaged_library(data_dir)
    user = Script(app.REPAIR)
    library = app.open_for_window(user.ask, user.tell)
    try:
        [(message, backup_available)] = user.asked
        assert message.startswith(f"{path}: the library file is damaged") and not backup_available
        [(title, lines, failed)] = user.told
        assert title == "Repair" and not failed and any(line.startswith("Recovered") for line in lines)
        assert library is not None and library.count() > 20
    finally:
        library.close()


def test_the_newest_backup_can_be_put_in_place(data_dir):
    _damaged_library(data_dir, "first_page", with_backup=True)
    user = Script(app.BACKUP)
    library = app.open_for_window(user.ask, user.tell)
    try:
        assert user.asked[0][1] is True
        assert user.told[0][0] == "Open a backup" and user.told[0][1][-1].startswith("The damaged file is kept as")
        assert library.count() == 80
    finally:
        library.close()


def test_quit_leaves_the_library_as_it_was(data_dir):
    path = _damaged_library(data_dir)
    before = path.read_bytes()
    user = Script(app.QUIT)
    assert app.open_for_window(user.ask, user.tell) is None
    assert path.read_bytes() == before and user.told == []


def test_a_failed_repair_is_shown_and_asked_again(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "library.sqlite3").write_bytes(b"not a library at all " * 500)
    user = Script(app.REPAIR, app.QUIT)
    assert app.open_for_window(user.ask, user.tell) is None
    assert len(user.asked) == 2
    [(title, lines, failed)] = user.told
    assert failed and "nothing could be read and there is no backup" in lines[-1]


def test_run_gui_ends_with_status_one_when_the_user_quits(data_dir, qapp):
    _damaged_library(data_dir)
    user = Script(app.QUIT)
    assert app.run_gui([], ask=user.ask, tell=user.tell) == 1


def test_the_question_offers_three_answers(qapp):
    box = app.recovery_box("library.sqlite3: the library file is damaged", backup_available=False)
    buttons = {b.text(): b for b in box.buttons()}
    assert set(buttons) == {"Repair", "Open a backup", "Quit"}
    assert [buttons[t].property("choice") for t in ("Repair", "Open a backup", "Quit")] == [
        app.REPAIR, app.BACKUP, app.QUIT]
    assert box.defaultButton() is buttons["Repair"]
    assert not buttons["Open a backup"].isEnabled()
    assert "library.sqlite3: the library file is damaged" in box.informativeText()
    with_backup = app.recovery_box("x", backup_available=True)
    assert all(b.isEnabled() for b in with_backup.buttons())


def test_the_application_lets_the_ui_thread_win_the_interpreter_lock_back_quickly(qapp):
    sys.setswitchinterval(0.005)  # Python's default
    app.make_application()
    assert sys.getswitchinterval() == pytest.approx(app.UI_SWITCH_INTERVAL_S) and app.UI_SWITCH_INTERVAL_S < 0.005


def test_in_swedish_the_question_gives_sqlite_s_reason_in_swedish_and_its_words_as_details(qapp):
    from desktop_app.core import i18n

    message = "/d/library.sqlite3: the library file is damaged (database disk image is malformed)"
    i18n.set_language("sv")
    try:
        box = app.recovery_box(message, backup_available=False)
    finally:
        i18n.set_language("en")
    assert box.informativeText().startswith("/d/library.sqlite3: biblioteksfilen är skadad (filens innehåll är skadat)")
    assert "malformed" not in box.informativeText() and box.detailedText() == message
    assert app.recovery_box(message, backup_available=False).detailedText() == ""  # English: nothing to add


def test_in_swedish_a_repair_report_keeps_the_report_as_written_as_its_details(qapp):
    from desktop_app.core import i18n

    lines = ["/d/l.sqlite3: the library was damaged (database disk image is malformed)",
             "Recovered 80 document(s) into a new library (read through SQLite)."]
    i18n.set_language("sv")
    try:
        box = app.report_box("Repair", lines, failed=False)
    finally:
        i18n.set_language("en")
    assert box.informativeText().splitlines() == [
        "/d/l.sqlite3: biblioteket var skadat (filens innehåll är skadat)",
        "80 dokument räddades till ett nytt bibliotek (lästa genom SQLite)."]
    assert box.detailedText().splitlines() == lines
    assert app.report_box("Repair", lines, failed=True).detailedText().splitlines() == lines
