"""Files the app is started with ("Open with Viewpoints", ``viewpoints FILE...``) are imported and shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app import DESKTOP_ID
from desktop_app.ui.app import make_application, open_files


def test_the_desktop_file_name_groups_the_windows(qapp):
    make_application()
    assert QCoreApplication.instance().desktopFileName() == DESKTOP_ID


def test_two_files_open_side_by_side(qtbot, window, tmp_path):
    left, right = tmp_path / "vänster.txt", tmp_path / "höger.txt"
    left.write_text("Kommunen satsar på skolan\n\n– Vi satsar på skolan, säger Anna Berg.\n", encoding="utf-8")
    right.write_text("Oppositionen kritiserar\n\n– Det räcker inte, säger Per Lind.\n", encoding="utf-8")
    open_files(window, [left, right])
    qtbot.waitUntil(lambda: window.compare_view.titles() == ["Kommunen satsar på skolan", "Oppositionen kritiserar"],
                    timeout=60_000)


def test_a_file_already_in_the_library_is_shown_as_it_is_there(qtbot, window, tmp_path):
    copy = tmp_path / "igen.txt"
    copy.write_text("Kommunen satsar igen\n\nInget mer.\n", encoding="utf-8")
    open_files(window, [copy])
    qtbot.waitUntil(lambda: window.compare_view.titles()[:1] == ["Kommunen satsar igen"], timeout=60_000)
    window.compare_view.open_document(window.compare_view.doc_ids()["right"], "left")
    open_files(window, [copy])  # a duplicate: shown, not imported twice
    qtbot.waitUntil(lambda: window.compare_view.titles()[:1] == ["Kommunen satsar igen"], timeout=60_000)
    assert sum(d.title == "Kommunen satsar igen" for d in window.library.list_documents()) == 1
