"""Print, print preview and File > Export… of the comparison, and the exports that need Qt.

``PrintController`` runs printing and exports in a worker (``jobs.BackgroundJobs``); only the print
preview draws its pages in the UI thread (Qt asks for them there), from a layout made in the worker.
Importing this module registers the PDF and PNG writers (``print_pages``, ``chart_drawing``) with
``core.export``, next to its Qt-free formats.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.core.compare import Comparison
from desktop_app.core.export.chart import DEFAULT_TOP_N
from desktop_app.core.export.files import Progress
from desktop_app.core.export.registry import CHART, COMPARISON, export_chart, export_comparison
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.settings import Settings
from desktop_app.ui import dialogs
from desktop_app.ui.chart_drawing import save_chart_png
from desktop_app.ui.jobs import BackgroundJobs
from desktop_app.ui.print_layout import PrintPages, build_print_pages
from desktop_app.ui.print_pages import export_pdf, export_png, page_body, pdf_printer, print_comparison, render_png

__all__ = ["EXPORT_CHOICES", "PrintController", "default_export_name", "export_target", "page_body",
           "pdf_printer", "print_comparison", "register_qt_formats", "render_png"]

# What File > Export… offers: file-dialog filter -> (what, format).
EXPORT_CHOICES: dict[str, tuple[str, str]] = {
    QT_TRANSLATE_NOOP("PrintController", "PDF document (*.pdf)"): ("comparison", "pdf"),
    QT_TRANSLATE_NOOP("PrintController", "Web page, self-contained (*.html)"): ("comparison", "html"),
    QT_TRANSLATE_NOOP("PrintController", "PNG image of the view (*.png)"): ("comparison", "png"),
    QT_TRANSLATE_NOOP("PrintController", "CSV table of all marks (*.csv)"): ("comparison", "csv"),
    QT_TRANSLATE_NOOP("PrintController", "JSON analyses (*.json)"): ("comparison", "json"),
    QT_TRANSLATE_NOOP("PrintController", "Chart as PNG image (*.png)"): ("chart", "png"),
    QT_TRANSLATE_NOOP("PrintController", "Chart as SVG drawing (*.svg)"): ("chart", "svg"),
    QT_TRANSLATE_NOOP("PrintController", "Chart as CSV table (*.csv)"): ("chart", "csv"),
}

DEFAULT_CHOICE = "PDF document (*.pdf)"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def export_target(name: str, chosen: str) -> tuple[Path, str, str]:
    """Where and what File > Export… writes: the extension of the typed name decides the format.

    The chosen type only says comparison or chart when both write that format (PNG, CSV), and gives
    the extension when the name has none it knows ("report" or "report v1.2" get ".pdf" when PDF
    is chosen). So the bytes always are what the name says.
    """
    path = Path(name)
    what, fmt = EXPORT_CHOICES.get(chosen, EXPORT_CHOICES[DEFAULT_CHOICE])
    suffix = path.suffix.lstrip(".").lower()
    if suffix == fmt:
        return path, what, fmt
    if suffix in COMPARISON.offered:
        return path, "comparison", suffix
    if suffix in CHART.offered:
        return path, "chart", suffix
    return path.with_name(f"{path.name}.{fmt}"), what, fmt


def default_export_name(comparison: Comparison | None, fmt: str = "pdf") -> str:
    """A file name made from the two titles: "Title one vs Title two.pdf" (each cut at a word)."""
    titles = []
    for view in (comparison.left, comparison.right) if comparison is not None else ():
        if view is not None and view.document.title.strip():
            titles.append(_short(_UNSAFE.sub(" ", view.document.title)))
    stem = " vs ".join(titles) or "comparison"
    return f"{stem}.{fmt}"


def _short(title: str, limit: int = 48) -> str:
    words = " ".join(title.split())
    if len(words) <= limit:
        return words.strip(". ")
    cut = words[:limit].rsplit(" ", 1)[0]
    return (cut or words[:limit]).strip(". ")


def register_qt_formats() -> None:
    """PDF and PNG of the comparison and PNG of the chart: the exports that need Qt's painting.

    Called when this module is imported: the window, and the command line (which imports it with an
    offscreen QApplication), then offer them next to the Qt-free formats of ``core.export``.
    """
    COMPARISON.register("pdf", export_pdf)
    COMPARISON.register("png", export_png)
    CHART.register("png", save_chart_png)


register_qt_formats()


class PrintController(QObject):
    """File > Print…, Print Preview… and Export… for the comparison the window shows.

    Printing and exports run in a worker thread (``jobs.BackgroundJobs``), so the window stays usable; a
    progress dialog with Cancel appears when they take more than a second, and the status bar says
    when they are done. Dialogs are opened only in the small ``ask_*``/``show_*`` methods, so the
    work itself (``start_print``, ``print_to``, ``export_to``) can be driven without clicking.
    """

    exported = Signal(str)  # path of a file just written
    printed = Signal()  # a print job was handed to the printer

    def __init__(self, parent_widget: QWidget,
                 comparison_provider: Callable[[], tuple[Comparison | None, FilterCriteria]],
                 chart_top_n: Callable[[], int] | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent_widget)
        self._parent = parent_widget
        self._settings = settings  # remembers the folder of the last export
        self._provider = comparison_provider
        self._chart_top_n = chart_top_n
        self.jobs = BackgroundJobs(parent_widget)
        self._printers: list[QPrinter] = []  # printers in use by a job: kept alive until it is over
        self._prepared: tuple[Comparison, FilterCriteria, PrintPages] | None = None

    # --- the actions' slots ---
    def print_(self) -> None:
        if self._current() is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(self.tr("Print comparison"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.start_print(printer)

    def preview(self) -> None:
        """Lay the pages out in the background, then show them (the preview draws them itself)."""
        current = self._current()
        if current is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        body = page_body(printer)

        def layout(progress: Progress) -> PrintPages:
            return build_print_pages(*current, body, progress=lambda done, total: progress("", done, total))

        def show(document: PrintPages) -> None:
            self._prepared = (*current, document)
            try:
                dialog = self.preview_dialog(printer)
                if dialog is not None:
                    dialog.exec()
            finally:
                self._prepared = None

        self.jobs.start(self.tr("Preparing the preview"), layout, done=show,
                        failed=lambda reason: self.show_error(self.tr("Print preview failed: {reason}").format(reason=reason)),
                        cancelled=lambda: self.show_status(self.tr("Print preview cancelled.")))

    def export_dialog(self) -> None:
        if self._current() is None:
            return
        choice = self.ask_export_path()
        if choice is None:
            return
        path, what, fmt = choice
        suffix = path.suffix.lstrip(".").lower()
        if suffix not in (*COMPARISON.offered, *CHART.offered):
            path = path.with_name(f"{path.name}.{fmt}")
        elif suffix != fmt:  # a name's extension and its bytes never disagree
            what, fmt = "chart" if suffix not in COMPARISON.offered else "comparison", suffix
        self._remember_folder(path.parent)
        if path.exists() and not self.confirm_overwrite(path):
            return
        self.export_to(path, what, fmt, force=True)

    # --- the work ---
    def start_print(self, printer: QPrinter) -> bool:
        """Print the current comparison in the background on a printer set up by the print dialog."""
        current = self._current()
        if current is None:
            return False
        self._printers.append(printer)

        def finish(outcome: str, reason: str = "") -> None:
            self._printers.remove(printer)
            if outcome == "failed":
                self.show_error(self.tr("Printing failed: {reason}").format(reason=reason))
            elif outcome == "cancelled":
                self.show_status(self.tr("Printing cancelled."))
            else:
                self.show_status(self.tr("Printed the comparison."))
                self.printed.emit()

        self.show_status(self.tr("Printing\u2026"))
        self.jobs.start(self.tr("Printing"), lambda progress: print_comparison(printer, *current, progress=progress),
                        done=lambda _: finish("done"), failed=lambda reason: finish("failed", reason),
                        cancelled=lambda: finish("cancelled"))
        return True

    def print_to(self, printer: QPrinter) -> None:
        """Print the current comparison now, in this thread (what the print preview asks for)."""
        current = self._current()
        if current is None:
            return
        prepared = self._prepared
        same = prepared is not None and prepared[0] is current[0] and prepared[1] == current[1]
        document = prepared[2] if same else None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            print_comparison(printer, *current, document=document)
        except OSError as exc:
            self.show_error(self.tr("Printing failed: {reason}").format(reason=exc))
        finally:
            QApplication.restoreOverrideCursor()

    def preview_dialog(self, printer: QPrinter | None = None) -> QPrintPreviewDialog | None:
        if self._current() is None:
            return None
        # The dialog does not own its printer: keep it alive as long as this controller.
        self._preview_printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(self._preview_printer, self._parent)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(self.print_to)
        return dialog

    def export_to(self, path: Path, what: str, fmt: str, *, force: bool = False) -> bool:
        """Start writing the comparison (or its chart) to ``path``; False when there is nothing to write.

        ``exported`` follows when the file is complete; a failure is shown in a dialog, and nothing
        is left behind on failure or Cancel (``core.export`` writes a temporary file first). The chart
        is written as the chart shows it: its "Top N" actors (``chart_top_n``).
        """
        current = self._current()
        if current is None:
            return False
        path = Path(path)
        write = partial(export_chart, top_n=self.chart_top_n()) if what == "chart" else export_comparison

        def done(_: object) -> None:
            self.show_status(self.tr("Exported to {path}").format(path=path))
            self.exported.emit(str(path))

        def failed(reason: str) -> None:
            self.show_status(self.tr("Export to {name} failed.").format(name=path.name))
            self.show_error(reason)

        self.show_status(self.tr("Exporting to {name}\u2026").format(name=path.name))
        self.jobs.start(self.tr("Exporting {name}").format(name=path.name),
                        lambda progress: write(*current, fmt, path, force=force, progress=progress),
                        done=done, failed=failed,
                        cancelled=lambda: self.show_status(
                            self.tr("Export to {name} cancelled: nothing was written.").format(name=path.name)))
        return True

    def shutdown(self) -> None:
        """The window is closing: stop what is running (a cancelled export leaves no file)."""
        self.jobs.shutdown()

    def chart_top_n(self) -> int:
        """How many actors the chart shows: the window's chart's "Top N" box (default without one)."""
        if self._chart_top_n is not None:
            return self._chart_top_n()
        chart = getattr(self._parent, "chart", None)  # the main window's MentionsChart
        top_n = getattr(chart, "top_n", None)
        return top_n.value() if top_n is not None else DEFAULT_TOP_N

    def _current(self) -> tuple[Comparison, FilterCriteria] | None:
        comparison, criteria = self._provider()
        if comparison is None or (comparison.left is None and comparison.right is None):
            self.show_error(self.tr("Open a document first: there is nothing to print or export."))
            return None
        return comparison, criteria

    def export_folder(self) -> Path:
        """Where the export dialog opens: the folder of the last export while it exists, else home."""
        folder = Path(self._settings.export_folder) if self._settings and self._settings.export_folder else None
        return folder if folder is not None and folder.is_dir() else Path.home()

    def _remember_folder(self, folder: Path) -> None:
        if self._settings is None or str(folder) == self._settings.export_folder:
            return
        self._settings.export_folder = str(folder)
        try:
            self._settings.save()
        except OSError as exc:  # the export goes on; the folder is just not remembered
            self.show_status(self.tr("{path}: could not save the settings ({reason})").format(
                path=self._settings.path, reason=exc.strerror or exc))

    # --- the facade to the user (dialogs) ---
    def ask_export_path(self) -> tuple[Path, str, str] | None:
        """The file to write and its format: the typed name's extension decides (``export_target``)."""
        comparison = self._provider()[0]
        start = self.export_folder() / default_export_name(comparison)
        shown = {self.tr(choice): choice for choice in EXPORT_CHOICES}  # translated filter -> EXPORT_CHOICES key
        answer = dialogs.ask_save_path(self._parent, self.tr("Export comparison"), start, list(shown),
                                       self.tr(DEFAULT_CHOICE))
        if answer is None or not answer[0]:
            return None
        return export_target(answer[0], shown.get(answer[1], answer[1]))

    def confirm_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self._parent, self.tr("Replace file?"),
            self.tr("{name} already exists in {folder}.\nReplace it?").format(name=path.name, folder=path.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self._parent, "Viewpoints", message)

    def show_status(self, message: str) -> None:
        status = getattr(self._parent, "statusBar", None)
        if callable(status):
            status().showMessage(message, 5000)
