"""Print, print preview, PDF and PNG of the comparison, and File > Export….

Printing and PDF share one code path (``print_comparison`` onto a QPrinter or QPdfWriter): the
layout of ``print_layout`` paginated onto the page, with both titles at the top and the page number
and print date at the bottom of every page. PNG is the same layout as one tall image. None of it
needs the UI thread: printing and exports run in a worker; only the print preview draws its pages
in the UI thread (Qt asks for them there), from a layout made in the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRect, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop_app.core.compare import Comparison
from desktop_app.core.export.chart import DEFAULT_TOP_N, side_titles
from desktop_app.core.export.files import ExportCancelled, Progress
from desktop_app.core.export.registry import CHART, COMPARISON, export_chart, export_comparison
from desktop_app.core.filters import FilterCriteria
from desktop_app.ui.jobs import BackgroundJobs
from desktop_app.ui.chart_drawing import save_chart_png
from desktop_app.ui.print_formats import LAYOUT_DPI, layout_device
from desktop_app.ui.print_layout import build_print_document, print_date

PNG_WIDTH = 1500  # layout units (LAYOUT_DPI) across: a wide, readable image of both columns
PNG_MAX_HEIGHT = 14000  # a longer comparison is cut here, with a note (the PDF has everything)
BAND_MM = 9.0  # height of the running header and of the footer on each page

# What File > Export… offers: file-dialog filter -> (what, format).
EXPORT_CHOICES: dict[str, tuple[str, str]] = {
    "PDF document (*.pdf)": ("comparison", "pdf"),
    "Web page, self-contained (*.html)": ("comparison", "html"),
    "PNG image of the view (*.png)": ("comparison", "png"),
    "CSV table of all marks (*.csv)": ("comparison", "csv"),
    "JSON analyses (*.json)": ("comparison", "json"),
    "Chart as PNG image (*.png)": ("chart", "png"),
    "Chart as SVG drawing (*.svg)": ("chart", "svg"),
    "Chart as CSV table (*.csv)": ("chart", "csv"),
}


def page_body(device: QPagedPaintDevice) -> QSizeF:
    """The size (in layout units) of the text area of one page of ``device``, between the bands."""
    return _page_geometry(device)[3]


def _page_geometry(device: QPagedPaintDevice) -> tuple[QRect, float, float, QSizeF]:
    dpi = device.resolution()
    page = device.pageLayout().paintRectPixels(dpi)
    band = BAND_MM / 25.4 * dpi
    scale = dpi / LAYOUT_DPI
    return page, band, scale, QSizeF(page.width() / scale, (page.height() - 2 * band) / scale)


def print_comparison(device: QPagedPaintDevice, comparison: Comparison, criteria: FilterCriteria, *,
                     document: QTextDocument | None = None, progress: Progress | None = None) -> None:
    """Lay the comparison out on the pages of a printer or PDF writer (print, preview and PDF).

    ``document`` is a layout made before (``build_print_document`` for this device's ``page_body``);
    without it, or for another page size, the layout is made here. Runs in a worker thread too.
    """
    page, band, scale, body = _page_geometry(device)
    if document is None or document.pageSize() != body:
        laid_out = None if progress is None else (lambda done, total: progress("laying out", done, total))
        document = build_print_document(comparison, criteria, body, progress=laid_out)
    titles = side_titles(comparison)
    painter = QPainter()
    if not painter.begin(device):
        target = (device.outputFileName() or device.printerName()) if isinstance(device, QPrinter) else ""
        raise OSError(f"cannot start printing to {target or 'the PDF file'}")
    try:
        pages = document.pageCount()
        when = print_date()
        for index in range(pages):
            if progress is not None:
                progress(f"page {index + 1} of {pages}", index, pages)
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, band)
            painter.scale(scale, scale)
            painter.translate(0, -index * body.height())
            document.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
            painter.restore()
            _page_furniture(painter, page.width(), page.height(), band, index + 1, pages, titles, when)
    except ExportCancelled:
        if isinstance(device, QPrinter):
            device.abort()  # nothing reaches the printer
        raise
    finally:
        painter.end()


def _page_furniture(painter: QPainter, width: float, height: float, band: float, number: int,
                    pages: int, titles: dict[str, str], when: str) -> None:
    """Both titles above the text, page number and print date below it, on every page."""
    painter.save()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(7.5)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    half = width / 2
    painter.setPen(QColor("#444444"))
    baseline = band * 0.55
    for i, side in enumerate(("left", "right")):
        text = metrics.elidedText(titles[side] or "(no document)", Qt.TextElideMode.ElideRight, half - band * 0.4)
        painter.drawText(QRectF(i * half, 0, half, baseline + metrics.descent()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)
    pen = QPen(QColor("#BBBBBB"))
    pen.setWidthF(max(1.0, painter.device().logicalDpiX() / 300))
    painter.setPen(pen)
    painter.drawLine(0, round(band * 0.72), round(width), round(band * 0.72))
    painter.drawLine(0, round(height - band * 0.72), round(width), round(height - band * 0.72))
    painter.setPen(QColor("#444444"))
    footer = QRectF(0, height - band * 0.62, width, band * 0.62)
    painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"Printed {when}")
    painter.drawText(footer, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, "Viewpoints")
    painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"Page {number} of {pages}")
    painter.restore()


def pdf_printer(path: str | Path) -> QPrinter:
    """A QPrinter that writes an A4 PDF: the same object File > Print… would hand over."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(_a4())
    printer.setCreator("Viewpoints")
    return printer


def _a4() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(14, 12, 14, 10), QPageLayout.Unit.Millimeter)


def export_pdf(path: str | Path, comparison: Comparison, criteria: FilterCriteria,
               progress: Progress | None = None) -> None:
    """The PDF of File > Export…: A4, as printed (a QPdfWriter needs no printer, in any thread)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(1200)  # as a high-resolution QPrinter
    writer.setPageLayout(_a4())
    writer.setCreator("Viewpoints")
    writer.setTitle(" \u2194 ".join(t for t in side_titles(comparison).values() if t) or "Comparison")
    print_comparison(writer, comparison, criteria, progress=progress)


def render_png(comparison: Comparison, criteria: FilterCriteria, progress: Progress | None = None) -> QImage:
    """The comparison view as one image: header, legend, chart and both columns (cut when very long)."""
    pad = 36
    laid_out = None if progress is None else (lambda done, total: progress("laying out", done, total))
    doc = build_print_document(comparison, criteria, QSizeF(PNG_WIDTH - 2 * pad, -1), progress=laid_out,
                               max_height=PNG_MAX_HEIGHT)
    full = doc.size().height()
    height = min(full, PNG_MAX_HEIGHT)
    image = QImage(PNG_WIDTH, round(height) + 2 * pad, QImage.Format.Format_RGB32)
    device = layout_device()
    image.setDotsPerMeterX(device.dotsPerMeterX())
    image.setDotsPerMeterY(device.dotsPerMeterY())
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(pad, pad)
    doc.drawContents(painter, QRectF(0, 0, PNG_WIDTH - 2 * pad, height))
    if full > height:
        painter.fillRect(QRectF(-pad, height - 40, PNG_WIDTH, 40 + pad), QColor("#FFF6E0"))
        painter.setPen(QColor("#7A4B00"))
        painter.drawText(QRectF(0, height - 40, PNG_WIDTH - 2 * pad, 40), Qt.AlignmentFlag.AlignCenter,
                         "\u2026 the texts continue: export as PDF or HTML for the whole comparison")
    painter.end()
    return image


def export_png(path: str | Path, comparison: Comparison, criteria: FilterCriteria,
               progress: Progress | None = None) -> None:
    image = render_png(comparison, criteria, progress)
    if progress is not None:
        progress("saving the image", 0, 0)
    if not image.save(str(path), "PNG"):
        raise OSError("could not write the PNG image")


def register_qt_formats() -> None:
    """PDF and PNG of the comparison and PNG of the chart: the exports that need Qt's painting.

    Called when this module is imported, so the window (and the command line, which imports this
    module with an offscreen QApplication) offers them next to the Qt-free formats of ``core.export``.
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
                 chart_top_n: Callable[[], int] | None = None) -> None:
        super().__init__(parent_widget)
        self._parent = parent_widget
        self._provider = comparison_provider
        self._chart_top_n = chart_top_n
        self.jobs = BackgroundJobs(parent_widget)
        self._printers: list[QPrinter] = []  # printers in use by a job: kept alive until it is over
        self._prepared: tuple[Comparison, FilterCriteria, QTextDocument] | None = None

    # --- the actions' slots ---
    def print_(self) -> None:
        if self._current() is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle("Print comparison")
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.start_print(printer)

    def preview(self) -> None:
        """Lay the pages out in the background, then show them (the preview draws them itself)."""
        current = self._current()
        if current is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        body = page_body(printer)

        def layout(progress: Progress) -> QTextDocument:
            return build_print_document(*current, body, progress=lambda done, total: progress("", done, total))

        def show(document: QTextDocument) -> None:
            self._prepared = (*current, document)
            try:
                dialog = self.preview_dialog(printer)
                if dialog is not None:
                    dialog.exec()
            finally:
                self._prepared = None

        self.jobs.start("Preparing the preview", layout, done=show,
                        failed=lambda reason: self.show_error(f"Print preview failed: {reason}"),
                        cancelled=lambda: self.show_status("Print preview cancelled."))

    def export_dialog(self) -> None:
        if self._current() is None:
            return
        choice = self.ask_export_path()
        if choice is None:
            return
        path, what, fmt = choice
        if not path.suffix:
            path = path.with_suffix("." + fmt)
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
                self.show_error(f"Printing failed: {reason}")
            elif outcome == "cancelled":
                self.show_status("Printing cancelled.")
            else:
                self.show_status("Printed the comparison.")
                self.printed.emit()

        self.show_status("Printing\u2026")
        self.jobs.start("Printing", lambda progress: print_comparison(printer, *current, progress=progress),
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
            self.show_error(f"Printing failed: {exc}")
        finally:
            QApplication.restoreOverrideCursor()

    def preview_dialog(self, printer: QPrinter | None = None) -> QPrintPreviewDialog | None:
        if self._current() is None:
            return None
        # The dialog does not own its printer: keep it alive as long as this controller.
        self._preview_printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(self._preview_printer, self._parent)
        dialog.setWindowTitle("Print preview")
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
        if what == "chart":
            top_n = self.chart_top_n()

            def write(comparison, criteria, fmt, out, *, force, progress):  # noqa: ANN001, ANN202
                export_chart(comparison, criteria, fmt, out, top_n=top_n, force=force, progress=progress)
        else:
            write = export_comparison

        def done(_: object) -> None:
            self.show_status(f"Exported to {path}")
            self.exported.emit(str(path))

        def failed(reason: str) -> None:
            self.show_status(f"Export to {path.name} failed.")
            self.show_error(reason)

        self.show_status(f"Exporting to {path.name}\u2026")
        self.jobs.start(f"Exporting {path.name}",
                        lambda progress: write(*current, fmt, path, force=force, progress=progress),
                        done=done, failed=failed,
                        cancelled=lambda: self.show_status(f"Export to {path.name} cancelled: nothing was written."))
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
            self.show_error("Open a document first: there is nothing to print or export.")
            return None
        return comparison, criteria

    # --- the facade to the user (dialogs) ---
    def ask_export_path(self) -> tuple[Path, str, str] | None:
        name, chosen = QFileDialog.getSaveFileName(
            self._parent, "Export comparison", str(Path.home() / "comparison.pdf"),
            ";;".join(EXPORT_CHOICES), options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return None
        what, fmt = EXPORT_CHOICES.get(chosen, ("comparison", Path(name).suffix.lstrip(".").lower() or "pdf"))
        return Path(name), what, fmt

    def confirm_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self._parent, "Replace file?", f"{path.name} already exists in {path.parent}.\nReplace it?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self._parent, "Viewpoints", message)

    def show_status(self, message: str) -> None:
        status = getattr(self._parent, "statusBar", None)
        if callable(status):
            status().showMessage(message, 5000)
