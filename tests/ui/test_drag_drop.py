"""Drops of files, folders, text and HTML onto a drop target of the ImportController."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog, QPushButton, QWidget

from desktop_app.core.library import Library
from desktop_app.ui.import_controller import ImportController, first_document

SWEDISH = "Återvändarna kommer hem\n\nMånga av dem vill ta sig tillbaka till Sverige, säger Ranstorp.\n"


@pytest.fixture
def setup(qtbot, tmp_path):
    """A window with one drop target per side, its controller, and the library it fills."""
    library_path = tmp_path / "library.sqlite3"
    Library(library_path).close()
    window = QMainWindow()
    qtbot.addWidget(window)
    left, right = QWidget(), QWidget()
    controller = ImportController(library_path, window)
    controller.install_drop_target(window, None)
    controller.install_drop_target(left, "left")
    controller.install_drop_target(right, "right")
    yield window, controller, library_path, {"left": left, "right": right}
    for widget in (left, right):
        widget.deleteLater()


@dataclass
class ImportGate:
    """Holds every file import in the worker until the test opens it (``open.set()``)."""

    open: threading.Event = field(default_factory=threading.Event)
    entered: threading.Event = field(default_factory=threading.Event)  # a file import is waiting


@pytest.fixture
def import_gate(monkeypatch):
    """The background import blocks on an event before each file, so a test decides what happens
    first (a Cancel, the end of the job) instead of racing the worker. Opened at teardown."""
    from desktop_app.core import importing

    gate = ImportGate()
    real = importing.import_one

    def gated(*args, **kwargs):
        gate.entered.set()
        gate.open.wait(timeout=120)  # never hangs the run: a test that forgot to open it fails
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "import_one", gated)
    yield gate
    gate.open.set()


def _urls(*paths: Path | str) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) if isinstance(p, Path) else QUrl(p) for p in paths])
    return mime


def _drag_enter(widget: QWidget, mime: QMimeData) -> bool:
    event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def _drop(widget: QWidget, mime: QMimeData) -> bool:
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def _drop_and_wait(qtbot, controller, widget, mime):
    assert _drag_enter(widget, mime)
    with qtbot.waitSignal(controller.documents_imported, timeout=20000) as blocker:
        assert _drop(widget, mime)
    return blocker.args


def _titles(library_path: Path) -> list[str]:
    with Library(library_path) as library:
        return [d.title for d in library.list_documents()]


def test_drop_files_imports_them_in_the_background(qtbot, setup, tmp_path):
    window, controller, library_path, _ = setup
    (tmp_path / "a.txt").write_text(SWEDISH, encoding="utf-8")
    (tmp_path / "b.md").write_text("# Rubrik om Örebro\n\nKommunen tar frågan på största allvar.\n", encoding="utf-8")
    outcomes, side = _drop_and_wait(qtbot, controller, window, _urls(tmp_path / "a.txt", tmp_path / "b.md"))
    assert side is None
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert sorted(_titles(library_path)) == ["Rubrik om Örebro", "Återvändarna kommer hem"]
    assert "2 imported" in window.statusBar().currentMessage()


def test_drop_folder_imports_its_files_recursively(qtbot, setup, tmp_path):
    window, controller, library_path, _ = setup
    folder = tmp_path / "artiklar"
    (folder / "inner").mkdir(parents=True)
    (folder / "ett.txt").write_text("Första texten\n\nOm Göteborg och Malmö.\n", encoding="utf-8")
    (folder / "inner" / "två.txt").write_text("Andra texten\n\nOm Luleå.\n", encoding="utf-8")
    (folder / ".dold.txt").write_text("Dold\n", encoding="utf-8")
    (folder / "bild.png").write_bytes(b"\x89PNG\r\n")
    outcomes, _ = _drop_and_wait(qtbot, controller, window, _urls(folder))
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert sorted(_titles(library_path)) == ["Andra texten", "Första texten"]


def test_drop_plain_text_makes_a_document_titled_by_its_first_line(qtbot, setup):
    window, controller, library_path, _ = setup
    mime = QMimeData()
    mime.setText("Säpo: läget är allvarligt\nHotnivån höjs, säger chefen.\n")
    outcomes, _ = _drop_and_wait(qtbot, controller, window, mime)
    assert outcomes[0].status == "imported"
    with Library(library_path) as library:
        doc = library.get(outcomes[0].doc_id)
    assert doc.title == "Säpo: läget är allvarligt"
    assert "Hotnivån höjs" in doc.text and doc.source_name == "pasted text"


def test_drop_html_is_cleaned_like_a_web_page(qtbot, setup):
    window, controller, library_path, _ = setup
    mime = QMimeData()
    mime.setHtml("<html><body><h1>Örebro satsar</h1><p>Kommunen <b>ökar</b> stödet.</p>"
                 "<script>track()</script><p>Det säger Kenneth Nilsson.</p></body></html>")
    mime.setText("Örebro satsar\nKommunen ökar stödet.")
    outcomes, _ = _drop_and_wait(qtbot, controller, window, mime)
    with Library(library_path) as library:
        doc = library.get(outcomes[0].doc_id)
    assert doc.title == "Örebro satsar"
    assert "Kommunen ökar stödet." in doc.text and "Kenneth Nilsson" in doc.text
    assert "<" not in doc.text and "track()" not in doc.text


def test_unsupported_file_is_refused_with_its_reason(qtbot, setup, tmp_path):
    window, controller, library_path, _ = setup
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ\x90\x00")
    mime = _urls(program)
    ok, reason = ImportController.can_accept(mime)
    assert not ok and "setup.exe" in reason and ".txt" in reason
    assert not _drag_enter(window, mime)
    assert "setup.exe" in controller.last_refusal
    assert "setup.exe" in window.statusBar().currentMessage()
    with qtbot.assertNotEmitted(controller.documents_imported):
        assert not _drop(window, mime)  # Qt does not deliver a drop the drag enter refused
        assert not controller.import_mime(mime)  # nor does a paste of the same get through
        assert not controller.busy  # no import was started that could report later
    assert "setup.exe" in controller.last_message
    assert _titles(library_path) == []


@pytest.mark.parametrize("url", ["https://www.svt.se/nyheter/artikel", "http://example.org/a.html"])
def test_remote_urls_are_refused_without_fetching(qtbot, setup, url):
    window, controller, library_path, _ = setup
    for mime in (_urls(url), _text_mime(url)):
        assert not _drag_enter(window, mime)
        assert "does not fetch" in controller.last_refusal
        with qtbot.assertNotEmitted(controller.documents_imported):
            assert not _drop(window, mime)
            assert not controller.import_mime(mime)
            assert not controller.busy
        assert "does not fetch" in controller.last_message
    assert _titles(library_path) == []


def _text_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    return mime


def test_drop_on_a_pane_reports_its_side(qtbot, setup, tmp_path):
    _, controller, _, panes = setup
    (tmp_path / "höger.txt").write_text("Högersidan\n\nEn text för den högra rutan.\n", encoding="utf-8")
    outcomes, side = _drop_and_wait(qtbot, controller, panes["right"], _urls(tmp_path / "höger.txt"))
    assert side == "right" and first_document(outcomes) == outcomes[0].doc_id


def test_duplicates_link_to_the_existing_document(qtbot, setup, tmp_path):
    window, controller, _, _ = setup
    (tmp_path / "a.txt").write_text(SWEDISH, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(SWEDISH.replace("\n", "\r\n"), encoding="utf-8")
    outcomes, _ = _drop_and_wait(qtbot, controller, window, _urls(tmp_path / "a.txt", tmp_path / "copy.txt"))
    assert [o.status for o in outcomes] == ["imported", "duplicate"]
    summary = controller.last_summary
    assert summary is not None and summary.isVisible()
    from PySide6.QtWidgets import QLabel

    label = summary.findChild(QLabel)
    assert f'href="doc:{outcomes[0].doc_id}"' in label.text() and "1 already in the library" in label.text()
    with qtbot.waitSignal(controller.duplicate_selected) as blocker:
        label.linkActivated.emit(f"doc:{outcomes[0].doc_id}")
    assert blocker.args == [outcomes[0].doc_id]


def test_failures_are_listed_with_reasons(qtbot, setup, tmp_path):
    window, controller, _, _ = setup
    (tmp_path / "bra.txt").write_text("En bra text\n\nMed innehåll.\n", encoding="utf-8")
    (tmp_path / "trasig.docx").write_bytes(b"not a zip at all")
    outcomes, _ = _drop_and_wait(qtbot, controller, window, _urls(tmp_path / "bra.txt", tmp_path / "trasig.docx"))
    assert [o.status for o in outcomes] == ["imported", "error"]
    from PySide6.QtWidgets import QLabel

    text = controller.last_summary.findChild(QLabel).text()
    assert "trasig.docx" in text and "1 failed" in text


def test_long_import_shows_progress_and_can_be_cancelled(qtbot, setup, tmp_path, import_gate):
    """Cancel while the first file is being imported: that file's parse is abandoned (nothing half
    stored), the others are not started, and the window says it was cancelled."""
    window, controller, library_path, _ = setup
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(20):
        (folder / f"{i:03}.txt").write_text(f"Text nummer {i}\n\nInnehåll {i} om Överkalix.\n", encoding="utf-8")
    controller.progress_delay_ms = 0
    controller.import_paths([folder])
    assert import_gate.entered.wait(timeout=60)  # the worker holds the first file
    qtbot.waitUntil(lambda: controller.progress_dialog is not None and controller.progress_dialog.isVisible(),
                    timeout=10_000)
    (button,) = controller.progress_dialog.findChildren(QPushButton)
    assert button.text() == "Cancel"
    button.click()
    with qtbot.waitSignal(controller.documents_imported, timeout=60_000) as blocker:
        import_gate.open.set()
    outcomes, _ = blocker.args
    assert outcomes == []
    assert _titles(library_path) == []
    assert isinstance(controller.progress_dialog, QProgressDialog) and not controller.progress_dialog.isVisible()
    assert "cancelled" in window.statusBar().currentMessage()


def test_quick_import_shows_no_progress_dialog(qtbot, setup, tmp_path):
    """The dialog waits for the delay; an import that ends first never shows it (nor a summary for a
    single new document). The delay is long here so that the import surely ends first."""
    window, controller, _, _ = setup
    controller.progress_delay_ms = 600_000
    (tmp_path / "a.txt").write_text(SWEDISH, encoding="utf-8")
    _drop_and_wait(qtbot, controller, window, _urls(tmp_path / "a.txt"))
    assert not controller.busy
    assert controller.progress_dialog is None and controller.last_summary is None


def _drop_on_window(qtbot, window, pane, mime):
    """Drag and drop onto the middle of ``pane`` the way Qt delivers it: to the widget under the cursor."""
    centre = pane.mapTo(window, pane.rect().center())
    target = window.childAt(centre)
    pos = target.mapFrom(window, centre)
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(window.imports.controller.documents_imported, timeout=20000) as blocker:
        drop = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(target, drop)
    return blocker.args


def test_drop_onto_the_right_pane_of_the_window_opens_it_there(qtbot, window, tmp_path):
    # the fixture waits until the start-up opening of the seeds is over
    article = tmp_path / "ny artikel.txt"
    article.write_text("Ny artikel om Umeå\n\n”Vi bygger nytt”, säger Åsa Öst.\n", encoding="utf-8")
    outcomes, side = _drop_on_window(qtbot, window, window.compare_view.pane("right"), _urls(article))
    assert side == "right" and outcomes[0].status == "imported"
    qtbot.waitUntil(lambda: window.compare_view.pane("right").doc_id == outcomes[0].doc_id, timeout=10000)
    assert window.compare_view.pane("left").doc_id != outcomes[0].doc_id


def test_drop_of_a_duplicate_and_a_new_file_opens_the_new_one(qtbot, window, tmp_path):
    """The batch order puts the duplicate first; the pane still shows the document the user just added."""
    known = tmp_path / "redan känd.txt"
    known.write_text(SWEDISH, encoding="utf-8")
    with qtbot.waitSignal(window.imports.controller.documents_imported, timeout=20000) as first:
        window.imports.import_paths([known])
    (known_outcome,), _ = first.args
    fresh = tmp_path / "ny.txt"
    fresh.write_text("Helt ny text om Kiruna\n\nGruvan flyttar, säger Åsa Öst.\n", encoding="utf-8")
    outcomes, side = _drop_on_window(qtbot, window, window.compare_view.pane("left"), _urls(known, fresh))
    assert side == "left" and [o.status for o in outcomes] == ["duplicate", "imported"]
    assert outcomes[0].doc_id == known_outcome.doc_id
    qtbot.waitUntil(lambda: window.compare_view.pane("left").doc_id == outcomes[1].doc_id, timeout=10000)


COPY_OR_MOVE = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction


def _hovered(widget: QWidget, mime: QMimeData, actions=COPY_OR_MOVE,
             modifiers=Qt.KeyboardModifier.ShiftModifier) -> QDragEnterEvent:
    """A drag entering ``widget``; Shift makes the source propose a move, as a file manager does."""
    event = QDragEnterEvent(QPoint(5, 5), actions, mime, Qt.MouseButton.LeftButton, modifiers)
    QApplication.sendEvent(widget, event)
    return event


def test_drags_and_drops_are_accepted_as_copies_never_moves(qtbot, setup, tmp_path):
    window, controller, library_path, panes = setup
    (tmp_path / "a.txt").write_text(SWEDISH, encoding="utf-8")
    mime = _urls(tmp_path / "a.txt")
    enter = _hovered(panes["left"], mime)
    assert enter.proposedAction() == Qt.DropAction.MoveAction  # what the source asked for
    assert enter.isAccepted() and enter.dropAction() == Qt.DropAction.CopyAction
    move = QDragMoveEvent(QPoint(8, 8), COPY_OR_MOVE, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.ShiftModifier)
    QApplication.sendEvent(panes["left"], move)
    assert move.isAccepted() and move.dropAction() == Qt.DropAction.CopyAction
    drop = QDropEvent(QPointF(8, 8), COPY_OR_MOVE, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(controller.documents_imported, timeout=20000):
        QApplication.sendEvent(panes["left"], drop)
    assert drop.isAccepted() and drop.dropAction() == Qt.DropAction.CopyAction
    assert (tmp_path / "a.txt").exists() and _titles(library_path) == ["Återvändarna kommer hem"]


def test_a_source_that_only_moves_is_refused(qtbot, setup, tmp_path):
    window, controller, library_path, panes = setup
    (tmp_path / "a.txt").write_text(SWEDISH, encoding="utf-8")
    mime = _urls(tmp_path / "a.txt")
    enter = _hovered(window, mime, actions=Qt.DropAction.MoveAction)
    assert not enter.isAccepted() and "moved" in controller.last_refusal
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.assertNotEmitted(controller.documents_imported):
        QApplication.sendEvent(window, drop)
    assert not drop.isAccepted() and _titles(library_path) == []


def test_the_drop_target_is_highlighted_while_a_drag_hovers(qtbot, setup, tmp_path):
    window, controller, library_path, panes = setup
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    (tmp_path / "a.txt").write_text(SWEDISH, encoding="utf-8")
    mime = _urls(tmp_path / "a.txt")
    assert _hovered(window, mime).isAccepted()
    frame = controller.drop_highlight
    assert frame is not None and frame.parent() is window and frame.isVisible()
    assert frame.geometry() == window.rect() and "library" in frame.text()
    QApplication.sendEvent(window, QDragLeaveEvent())
    assert controller.drop_highlight is None
    refused = _urls(tmp_path / "b.exe")
    (tmp_path / "b.exe").write_bytes(b"MZ")
    assert not _hovered(window, refused).isAccepted()
    assert controller.drop_highlight is None  # nothing lights up for what cannot be dropped
    assert _hovered(window, mime).isAccepted()
    drop = QDropEvent(QPointF(5, 5), COPY_OR_MOVE, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(controller.documents_imported, timeout=20000):
        QApplication.sendEvent(window, drop)
    assert controller.drop_highlight is None


def test_the_highlight_says_which_pane_opens_the_drop(qtbot, window, tmp_path):
    article = tmp_path / "ny.txt"
    article.write_text("Ny artikel\n\nText.\n", encoding="utf-8")
    pane = window.compare_view.pane("right")
    centre = pane.mapTo(window, pane.rect().center())
    target = window.childAt(centre)
    mime = _urls(article)  # kept alive: the event does not own it
    event = QDragEnterEvent(target.mapFrom(window, centre), COPY_OR_MOVE, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    frame = window.imports.controller.drop_highlight
    assert event.isAccepted() and frame is not None and frame.parent() is pane
    assert "right pane" in frame.text() and frame.geometry() == pane.rect()
    QApplication.sendEvent(target, QDragLeaveEvent())
    assert window.imports.controller.drop_highlight is None


def test_a_drop_of_new_files_reports_in_the_status_bar_not_in_a_window(qtbot, setup, tmp_path):
    """Several files, all new: the status bar counts them; the summary window is for failures and
    duplicates only."""
    window, controller, _, _ = setup
    (tmp_path / "a.txt").write_text("Första texten\n\nOm Kiruna.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Andra texten\n\nOm Luleå.\n", encoding="utf-8")
    outcomes, _ = _drop_and_wait(qtbot, controller, window, _urls(tmp_path / "a.txt", tmp_path / "b.txt"))
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert controller.last_summary is None
    assert window.statusBar().currentMessage() == "2 imported, 0 already in the library, 0 failed"
