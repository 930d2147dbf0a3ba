"""File > Import…, Import Folder… and Paste as New Document in the main window.

The window asks for files through its facade (``ask_import_paths``, ``ask_import_folder``); the tests
answer in its place, so the import logic runs without a dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.window_fixtures import SEED_NEWS, doc_id_by_title

NEW_TEXT = "Ny artikel om skolan\n\nRektorn Anna Berg säger att skolan behöver mer pengar.\n"
IMPORT_TIMEOUT_MS = 30_000


def _titles(window) -> list[str]:
    return [d.title for d in window.library.list_documents()]


def test_import_files_imports_what_the_user_picked(window_factory, qtbot, tmp_path, monkeypatch):
    window = window_factory(wait=False)
    path = tmp_path / "ny.txt"
    path.write_text(NEW_TEXT, encoding="utf-8")
    asked: list[list[str]] = []

    def pick(extensions):
        asked.append(list(extensions))
        return [path]

    monkeypatch.setattr(window, "ask_import_paths", pick)
    with qtbot.waitSignal(window.imports.controller.documents_imported, timeout=IMPORT_TIMEOUT_MS):
        window.actions.import_files.trigger()
    assert ".txt" in asked[0] and ".docx" in asked[0]  # the dialog offers every format we read
    assert "Ny artikel om skolan" in _titles(window)
    assert window.library_pane.proxy.rowCount() == 3
    new_id = doc_id_by_title(window, "Ny artikel om skolan")
    assert window.library_pane.selected_ids() == [new_id]  # the new document is selected
    assert window.statusBar().currentMessage() == "Imported “Ny artikel om skolan”."


def test_cancelled_file_dialog_imports_nothing(window_factory, monkeypatch):
    window = window_factory(wait=False)
    monkeypatch.setattr(window, "ask_import_paths", lambda extensions: [])
    monkeypatch.setattr(window, "ask_import_folder", lambda: None)
    window.actions.import_files.trigger()
    window.actions.import_folder.trigger()
    assert not window.imports.controller.busy
    assert window.library_pane.proxy.rowCount() == 2


def test_import_folder_imports_its_files_and_counts_duplicates(window_factory, qtbot, tmp_path, monkeypatch):
    window = window_factory(wait=False)
    folder = tmp_path / "mapp"
    (folder / "inre").mkdir(parents=True)
    (folder / "ny.txt").write_text(NEW_TEXT, encoding="utf-8")
    news = window.library.get(doc_id_by_title(window, SEED_NEWS))
    (folder / "inre" / "kopia.txt").write_text(news.text, encoding="utf-8")
    monkeypatch.setattr(window, "ask_import_folder", lambda: folder)
    with qtbot.waitSignal(window.imports.controller.documents_imported, timeout=IMPORT_TIMEOUT_MS) as blocker:
        window.actions.import_folder.trigger()
    outcomes, side = blocker.args
    assert side is None
    assert sorted(o.status for o in outcomes) == ["duplicate", "imported"]
    assert window.library_pane.proxy.rowCount() == 3
    assert window.statusBar().currentMessage() == "1 imported, 1 already in the library, 0 failed."


def test_paste_makes_a_document_of_the_clipboard_text(window_factory, qtbot):
    window = window_factory(wait=False)
    QApplication.clipboard().setText("Klippt ur en tidning\n\nKommunen satsar, säger Åsa Öst.\n")
    with qtbot.waitSignal(window.imports.controller.documents_imported, timeout=IMPORT_TIMEOUT_MS):
        window.actions.paste.trigger()
    assert "Klippt ur en tidning" in _titles(window)
    assert window.library_pane.proxy.rowCount() == 3


def test_paste_of_an_empty_clipboard_says_so(window_factory, qtbot):
    window = window_factory(wait=False)
    QApplication.clipboard().clear()
    with qtbot.assertNotEmitted(window.imports.controller.documents_imported):
        window.actions.paste.trigger()
    assert not window.imports.controller.busy
    assert window.statusBar().currentMessage() == "The clipboard holds nothing to import."


def test_ctrl_v_in_a_pane_imports_the_clipboard_and_opens_it_there(window, qtbot):
    from PySide6.QtCore import Qt

    view = window.compare_view.pane("right").text_edit
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=5000)
    QApplication.clipboard().setText("Inklistrad i rutan\n\nRegionen satsar, säger Åsa Öst.\n")
    with qtbot.waitSignal(window.imports.controller.documents_imported, timeout=IMPORT_TIMEOUT_MS) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    outcomes, side = blocker.args
    assert side == "right" and outcomes[0].status == "imported"
    qtbot.waitUntil(lambda: window.compare_view.pane("right").doc_id == outcomes[0].doc_id, timeout=10000)
    assert "Inklistrad i rutan" in _titles(window)


def test_ctrl_v_in_the_search_box_pastes_into_it_not_into_the_library(window_factory, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    window = window_factory(wait=False)
    search = window.library_pane.findChild(QLineEdit)
    window.activateWindow()
    search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search, timeout=5000)
    QApplication.clipboard().setText("Örebro")
    with qtbot.assertNotEmitted(window.imports.controller.documents_imported, wait=300):
        qtbot.keyClick(search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == "Örebro" and len(_titles(window)) == 2  # searched, nothing imported
