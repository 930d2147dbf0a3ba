"""Drag and drop, paste and background import: how texts get into the library from the window.

Files and folders are imported by a job (``ui.jobs``) with its own ``Library`` connection, so the
window stays responsive; a progress dialog appears only when the work takes more than a second
and can cancel it; a summary lists what was imported, what was already there (with a link to
select it) and what failed and why. Dropped or pasted text becomes a document titled by its first
line. Web addresses are refused: the app never fetches the web.

``WindowImports`` (at the end) is the window's side of it: File > Import…, Import Folder…, Paste,
the drop targets, and what the window shows after an import. It asks for files through the window's
facade (``ask_import_paths``, ``ask_import_folder``), never through a dialog of its own.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QElapsedTimer, QEvent, QMimeData, QObject, QT_TRANSLATE_NOOP, QTimer, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFrame, QLabel, QMessageBox, \
    QProgressDialog, QToolTip, QVBoxLayout, QWidget

from desktop_app.core.library import Library
from desktop_app.ui.dialogs import progress_dialog
from desktop_app.ui.import_summary import needs_summary, status_line, summary_html, summary_line
from desktop_app.ui.jobs import JobProgress, JobRunner, one_line
from desktop_app.ui.translations import translate

if TYPE_CHECKING:  # the importers load on the first import, not at start-up
    from desktop_app.core.importing import ImportOutcome
    from desktop_app.ui.compare_view import CompareView
    from desktop_app.ui.library_pane import LibraryPane

BATCH_INTERVAL_MS = 700  # how often a running import adds its new rows to the library table
PROGRESS_INTERVAL_MS = 50  # how often the progress dialog shows the file being imported
REMOTE_REFUSAL = QT_TRANSLATE_NOOP("ImportController", "Viewpoints does not fetch web pages. Save the page in your "
                                   "browser (Ctrl+S) and drop the saved file, or drag the selected text itself.")
_REMOTE_SCHEMES = ("http", "https", "ftp", "ftps")


def first_document(outcomes: list[ImportOutcome]) -> int | None:
    """The document to open after a drop onto a pane: the first new one, else the first duplicate."""
    for status in ("imported", "duplicate"):
        for outcome in outcomes:
            if outcome.status == status and outcome.doc_id is not None:
                return outcome.doc_id
    return None


def _error_outcome(reason: str) -> ImportOutcome:
    from desktop_app.core.importing import ImportOutcome

    return ImportOutcome("", "error", None, f"error: {reason}")


def _import_job(library_path: Path, paths: list[Path], text: tuple[str | None, str | None] | None,
                progress: JobProgress) -> tuple[list[ImportOutcome], bool]:
    """Runs in the worker: opens its own library connection and imports paths or text.

    Returns the outcomes and whether the user cancelled: a cancel stops the batch after the current
    file, and what is imported stays imported and is listed.
    """
    from desktop_app.core.importing import ImportOutcome, import_paths

    try:
        library = Library(library_path)
    except Exception as exc:  # noqa: BLE001 - reported to the user, never a traceback
        return [ImportOutcome(str(library_path), "error", None, f"error: cannot open the library ({exc})")], False
    try:
        if text is not None:
            outcomes = [_import_text(library, *text)]
        else:
            outcomes = import_paths(library, paths, cancelled=progress.cancelled,
                                    progress=throttled(progress.report, PROGRESS_INTERVAL_MS / 1000))
    except Exception as exc:  # noqa: BLE001
        outcomes = [ImportOutcome("", "error", None, f"error: {one_line(exc)}")]
    finally:
        library.close()
    return outcomes, progress.cancelled()


def throttled(report: Callable[[str, int, int], None], interval_s: float,
              clock: Callable[[], float] = time.monotonic) -> Callable[[int, int, str], None]:
    """An import's ``progress(done, total, path)`` passed on as ``report(path, done, total)`` at
    most once per ``interval_s``, and always for the first and the last file.

    Each report is a queued call into the UI thread: 10,000 small files reported one by one cost
    it half a second of work, in bunches that delay its painting, for a dialog that shows a
    twentieth of them.
    """
    last = [-interval_s]

    def progress(done: int, total: int, path: str) -> None:
        now = clock()
        if done <= 1 or done >= total or now - last[0] >= interval_s:
            last[0] = now
            report(path, done, total)

    return progress


def _import_text(library: Library, text: str | None, html: str | None) -> ImportOutcome:
    from desktop_app.core.importers import ImportFailure, import_pasted
    from desktop_app.core.importing import ImportOutcome

    try:
        imported = import_pasted(text, html)
    except ImportFailure as exc:
        return ImportOutcome("pasted text", "error", None, f"error: {exc.reason}")
    original = (html if html and html.strip() else text or "").encode("utf-8")
    result = library.add(imported, source_name="pasted text", original=original)
    verb = "imported as" if result.status == "imported" else "duplicate of"
    return ImportOutcome("pasted text", result.status, result.doc_id, f"{verb} {result.doc_id}", result.title)


class ImportController(QObject):
    """Imports for the main window: ``import_paths``, ``import_mime`` and drop targets."""

    documents_imported = Signal(list, object)  # list[ImportOutcome], side ("left" | "right" | None)
    duplicate_selected = Signal(int)  # the user asked to see the existing copy of a duplicate
    progressed = Signal(int, int)  # files done, files in all (while a batch runs)

    def __init__(self, library_path: Path, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.library_path = Path(library_path)
        self._parent = parent_widget
        self._runner = JobRunner(self)  # one writer at a time; later drops queue up
        self.progress_delay_ms = 1000
        self.progress_dialog: QProgressDialog | None = None
        self._progress_clock = QElapsedTimer()
        self.last_summary: QDialog | None = None
        self.last_message = ""
        self.last_refusal = ""  # why the last drag was refused (also shown at the cursor)
        self._targets: dict[QObject, str | None] = {}
        self.drop_highlight: DropHighlight | None = None  # shown over the target while a drag hovers

    # --- starting imports ---
    def import_paths(self, paths: list[Path], side: str | None = None) -> None:
        """Import files and folders in the background (File > Import…, drops)."""
        self._start([Path(p) for p in paths], None, side)

    def import_text(self, text: str | None, html: str | None = None, side: str | None = None) -> None:
        self._start([], (text, html), side)

    def import_mime(self, mime: QMimeData, side: str | None = None) -> bool:
        """Import what was dropped or pasted; False (and a message saying why) when refused."""
        ok, reason = self.can_accept(mime)
        if not ok:
            self.show_message(reason)
            return False
        local, remote = _split_urls(mime)
        if local:
            if remote:
                self.show_message(self.tr("{n} web address(es) skipped.").format(n=len(remote)) + " " + self.tr(REMOTE_REFUSAL))
            self.import_paths(local, side)
        else:
            self.import_text(mime.text() if mime.hasText() else None, mime.html() if mime.hasHtml() else None, side)
        return True

    def paste_from_clipboard(self, side: str | None = None) -> bool:
        """Edit > Paste in the library: clipboard text or files become documents."""
        mime = QApplication.clipboard().mimeData()
        return mime is not None and self.import_mime(mime, side)

    @staticmethod
    def can_accept(mime: QMimeData) -> tuple[bool, str]:
        """Whether a drag can be dropped (for dragEnterEvent), and why not."""
        local, remote = _split_urls(mime)
        if local:
            from desktop_app.core.importers import supported_extensions

            wanted = set(supported_extensions())
            if any(p.is_dir() or p.suffix.lower() in wanted for p in local):
                return True, translate("ImportController", "import {n} item(s)").format(n=len(local))
            names = ", ".join(p.name for p in local[:3]) + ("…" if len(local) > 3 else "")
            kinds = " ".join(sorted(wanted))
            return False, translate("ImportController", "{names}: not a file type Viewpoints reads ({kinds})").format(
                names=names, kinds=kinds)
        if remote:
            return False, translate("ImportController", REMOTE_REFUSAL)
        text = mime.text().strip() if mime.hasText() else ""
        if mime.hasHtml() and mime.html().strip() or text:
            if text and " " not in text and text.split(":", 1)[0].lower() in _REMOTE_SCHEMES:
                return False, translate("ImportController", REMOTE_REFUSAL)
            return True, translate("ImportController", "import the text as a new document")
        return False, translate("ImportController", "nothing here that Viewpoints can import")

    # --- drop targets ---
    def install_drop_target(self, widget: QWidget, side: str | None = None) -> None:
        """Make ``widget`` accept drops for this controller (a pane's viewport: side "left"/"right")."""
        widget.setAcceptDrops(True)
        self._targets[widget] = side
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if watched in self._targets and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            ok, reason = self.can_accept(event.mimeData())
            if ok and not event.possibleActions() & Qt.DropAction.CopyAction:
                ok, reason = False, self.tr("the source only lets these be moved; Viewpoints copies what "
                                            "it imports, so it leaves them where they are")
            if ok:
                accept_as_copy(event)
                if kind == QEvent.Type.DragEnter:
                    self._highlight(watched)
            else:
                # Refused: the cursor says no, and a tip at the cursor says why.
                event.ignore()
                self.last_refusal = reason
                if kind == QEvent.Type.DragEnter:
                    QToolTip.showText(watched.mapToGlobal(event.position().toPoint()), reason, watched)
            self.show_status(reason)
            return True
        if watched in self._targets and kind == QEvent.Type.DragLeave:
            QToolTip.hideText()
            self._unhighlight()
            return False
        if watched in self._targets and kind == QEvent.Type.Drop:
            self._unhighlight()
            if event.possibleActions() & Qt.DropAction.CopyAction and \
                    self.import_mime(event.mimeData(), self._targets[watched]):
                accept_as_copy(event)
            else:
                event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _highlight(self, widget: QObject) -> None:
        """Frame the widget a drop would land on, saying where the document goes."""
        if not isinstance(widget, QWidget):
            return
        if self.drop_highlight is None or self.drop_highlight.parent() is not widget:
            self._unhighlight()
            self.drop_highlight = DropHighlight(widget, self._drop_hint(self._targets.get(widget)))
        self.drop_highlight.cover()

    def _unhighlight(self) -> None:
        if self.drop_highlight is not None:
            self.drop_highlight.hide()
            self.drop_highlight.deleteLater()
            self.drop_highlight = None

    def _drop_hint(self, side: str | None) -> str:
        if side == "left":
            return self.tr("Drop to import and open in the left pane")
        if side == "right":
            return self.tr("Drop to import and open in the right pane")
        return self.tr("Drop to import into the library")

    # --- state ---
    @property
    def busy(self) -> bool:
        return self._runner.busy

    def cancel(self) -> None:
        """Stop the running batch after the current file; what is imported stays imported."""
        self._runner.cancel()

    # --- the work ---
    def _start(self, paths: list[Path], text: tuple[str | None, str | None] | None, side: str | None) -> None:
        if not self.busy:
            QTimer.singleShot(self.progress_delay_ms, self._show_progress)
        self.show_status(self.tr("Importing…"))
        library_path = self.library_path
        self._runner.start(
            lambda progress: _import_job(library_path, paths, text, progress), label=self.tr("Importing"),
            done=lambda result: self._on_finished(*result, side),
            failed=lambda reason: self._on_finished([_error_outcome(reason)], False, side),
            cancelled=lambda: self._on_finished([], True, side),  # cancelled before it began
            progressed=lambda job, path, done, total: self._on_progress(done, total, path),
        )

    def _show_progress(self) -> None:
        if not self.busy:
            return
        if self.progress_dialog is None:
            self.progress_dialog = progress_dialog(self._parent, self.tr("Importing"), self.tr("Importing…"), self.cancel)
        self.progress_dialog.show()

    def _on_progress(self, done: int, total: int, path: str) -> None:
        self.progressed.emit(done, total)
        dialog = self.progress_dialog
        # The dialog follows at most every PROGRESS_INTERVAL_MS: thousands of small files report
        # faster than it is worth relaying out a label for (a third of the UI thread's work).
        if done != total and self._progress_clock.isValid() and not self._progress_clock.hasExpired(
                PROGRESS_INTERVAL_MS):
            return
        self._progress_clock.start()
        if dialog is not None and dialog.isVisible():
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)
            dialog.setLabelText(self.tr("Importing {done} of {total}: {name}").format(done=done, total=total, name=Path(path).name)
                                if path else self.tr("Importing…"))

    def _on_finished(self, outcomes: list[ImportOutcome], cancelled: bool, side: str | None) -> None:
        if not self.busy and self.progress_dialog is not None:
            self.progress_dialog.hide()
        self.show_status(summary_line(outcomes, cancelled))
        if needs_summary(outcomes, cancelled):  # else the status bar's line says it all
            self.show_summary(outcomes, cancelled)
        self.documents_imported.emit(outcomes, side)

    # --- talking to the user ---
    def show_summary(self, outcomes: list[ImportOutcome], cancelled: bool = False) -> None:
        dialog = QDialog(self._parent)
        dialog.setWindowTitle(self.tr("Import finished"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(dialog)
        label = QLabel(summary_html(outcomes, cancelled))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(self._on_link)
        layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.close)
        layout.addWidget(buttons)
        dialog.setModal(False)
        dialog.show()
        self.last_summary = dialog

    def _on_link(self, link: str) -> None:
        if link.startswith("doc:"):
            self.duplicate_selected.emit(int(link[4:]))

    def show_message(self, text: str) -> None:
        self.last_message = text
        self.show_status(text)
        box = QMessageBox(QMessageBox.Icon.Information, "Viewpoints", text, QMessageBox.StandardButton.Ok, self._parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        box.show()

    def show_status(self, text: str) -> None:
        status = getattr(self._parent, "statusBar", None)
        if callable(status):
            status().showMessage(text, 6000)


def accept_as_copy(event: QDropEvent) -> None:
    """Accept a drag or drop as a copy, whatever was proposed: after a move, a file manager may
    delete the source, and the library keeps its own copy of what it imports anyway."""
    event.setDropAction(Qt.DropAction.CopyAction)
    event.accept()


class DropHighlight(QFrame):
    """A dashed frame over a drop target while a drag that can be dropped hovers, with a line
    saying where the document goes on an opaque label (the text below stays as it is).

    It lets every mouse and drag event through to the target below.
    """

    def __init__(self, target: QWidget, hint: str) -> None:
        super().__init__(target)
        self.setObjectName("dropHighlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setStyleSheet(
            "#dropHighlight { border: 3px dashed #1F5FA8; border-radius: 6px; background: rgba(31, 95, 168, 22); }"
            "#dropHint { background: #FFFFFF; color: #123F73; border: 1px solid #1F5FA8; border-radius: 4px; "
            "padding: 8px 14px; font-size: 15px; font-weight: 600; }"
        )
        self.label = QLabel(hint, self)
        self.label.setObjectName("dropHint")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def text(self) -> str:
        return self.label.text()

    def cover(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()


def _split_urls(mime: QMimeData) -> tuple[list[Path], list[str]]:
    local: list[Path] = []
    remote: list[str] = []
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                local.append(Path(url.toLocalFile()))
            elif url.scheme():
                remote.append(url.toString())
    return local, remote


# -- the window's import commands ---------------------------------------------------------


class ImportHost(Protocol):
    """What the window's import commands use of the window (``MainWindow`` is one)."""

    library: Library
    library_pane: LibraryPane
    compare_view: CompareView

    def show_message(self, text: str, msecs: int = 6000) -> None: ...

    def open_document(self, doc_id: int, side: str) -> None: ...

    def ask_import_paths(self, extensions: Sequence[str]) -> list[Path]: ...

    def ask_import_folder(self) -> Path | None: ...


class WindowImports(QObject):
    """File > Import…, Import Folder…, Paste and drops for a window, through one ImportController.

    After an import the library table shows and selects the new documents, the status bar counts
    them, and a drop onto a pane opens the new document in that pane.
    """

    def __init__(self, host: ImportHost, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._host = host
        self.controller = ImportController(host.library.path, parent_widget)
        self.controller.documents_imported.connect(self._after_import)
        self.controller.duplicate_selected.connect(lambda doc_id: host.library_pane.select_ids([doc_id]))
        # A long import shows its documents in batches as it goes, not all at the end.
        self._batch_clock = QElapsedTimer()
        self._batch_clock.start()
        self.controller.progressed.connect(self._on_progressed)

    def ask_files(self) -> None:
        """File > Import…: the files the user picks, in the background."""
        from desktop_app.core.importers import supported_extensions

        paths = self._host.ask_import_paths(supported_extensions())
        if paths:
            self.import_paths(paths)

    def ask_folder(self) -> None:
        """File > Import Folder…: every supported file in the folder and its subfolders."""
        folder = self._host.ask_import_folder()
        if folder is not None:
            self.import_paths([folder])

    def import_paths(self, paths: list[Path], side: str | None = None) -> None:
        """Import in the background; ``side``: open the first new document in that pane."""
        self.controller.import_paths(paths, side)

    def paste(self) -> None:
        """Paste as New Document: the clipboard's text or files; Ctrl+V in a pane opens it there, as
        a drop on the pane does."""
        if not self.controller.paste_from_clipboard(self.focused_side()):
            self._host.show_message(self.tr("The clipboard holds nothing to import."))

    def focused_side(self) -> str | None:
        """The pane ("left" | "right") holding the keyboard focus; None elsewhere."""
        focus = QApplication.focusWidget()
        for side in ("left", "right"):
            pane = self._host.compare_view.pane(side)
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                return side
        return None

    def install_drop_targets(self, window: QWidget) -> None:
        """Drops anywhere on ``window`` import; a drop on a pane also opens the document there.

        Called once the full window is up (``chart_loader.when_settled``), so nothing of importing
        is made, and no event goes through these filters, on the way to it.
        """
        self.controller.install_drop_target(window, None)
        for side in ("left", "right"):
            self.controller.install_drop_target(self._host.compare_view.pane(side), side)

    def _on_progressed(self, done: int, total: int) -> None:
        if self._batch_clock.elapsed() >= BATCH_INTERVAL_MS or done == total:
            self._batch_clock.restart()
            self._host.library_pane.add_new_documents()

    def _after_import(self, outcomes: list[ImportOutcome], side: str | None) -> None:
        host = self._host
        imported = [o for o in outcomes if o.status == "imported"]
        host.library_pane.show_documents([o.doc_id for o in imported])
        host.show_message(status_line(outcomes))
        if imported:
            host.library_pane.select_ids([o.doc_id for o in imported])
        if side is not None:
            target = first_document(outcomes)  # a new document rather than one already in the library
            if target is not None:
                host.open_document(target, side)
