"""Print, print preview, PDF and PNG of the comparison, and File > Export….

Printing and PDF share one code path (``print_comparison`` onto a QPrinter): the layout of
``print_layout`` paginated onto the page, with both titles at the top and the page number and print
date at the bottom of every page. PNG is the same layout as one tall image.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop_app.core.compare import Comparison
from desktop_app.core.export.chart_svg import side_titles
from desktop_app.core.filters import FilterCriteria
from desktop_app.ui.print_layout import LAYOUT_DPI, build_print_document, chart_image, layout_device, print_date

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


def print_comparison(printer: QPrinter, comparison: Comparison, criteria: FilterCriteria) -> None:
    """Lay the comparison out on the printer's pages (File > Print…, preview and PDF)."""
    doc = build_print_document(comparison, criteria)
    titles = side_titles(comparison)
    painter = QPainter()
    if not painter.begin(printer):
        target = printer.outputFileName() or printer.printerName() or "the printer"
        raise OSError(f"cannot start printing to {target}")
    try:
        dpi = printer.resolution()
        page = printer.pageLayout().paintRectPixels(dpi)
        band = BAND_MM / 25.4 * dpi
        scale = dpi / LAYOUT_DPI
        body = QSizeF(page.width() / scale, (page.height() - 2 * band) / scale)
        doc.setPageSize(body)
        pages = doc.pageCount()
        when = print_date()
        for index in range(pages):
            if index:
                printer.newPage()
            painter.save()
            painter.translate(0, band)
            painter.scale(scale, scale)
            painter.translate(0, -index * body.height())
            doc.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
            painter.restore()
            _page_furniture(painter, page.width(), page.height(), band, index + 1, pages, titles, when)
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
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(14, 12, 14, 10), QPageLayout.Unit.Millimeter)
    )
    printer.setCreator("Viewpoints")
    return printer


def export_pdf(path: str | Path, comparison: Comparison, criteria: FilterCriteria) -> None:
    printer = pdf_printer(path)
    printer.setDocName(" \u2194 ".join(t for t in side_titles(comparison).values() if t) or "Comparison")
    print_comparison(printer, comparison, criteria)


def render_png(comparison: Comparison, criteria: FilterCriteria) -> QImage:
    """The comparison view as one image: header, legend, chart and both columns."""
    doc = build_print_document(comparison, criteria)
    pad = 36
    doc.setTextWidth(PNG_WIDTH - 2 * pad)
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


def export_png(path: str | Path, comparison: Comparison, criteria: FilterCriteria) -> None:
    if not render_png(comparison, criteria).save(str(path), "PNG"):
        raise OSError(f"could not write the PNG image {Path(path).name}")


def export_chart_png(path: str | Path, comparison: Comparison, criteria: FilterCriteria) -> None:
    if not chart_image(comparison, criteria, width=640, scale=2.0).save(str(path), "PNG"):
        raise OSError(f"could not write the PNG image {Path(path).name}")


class PrintController(QObject):
    """File > Print…, Print Preview… and Export… for the comparison the window shows.

    Dialogs are opened only in the small ``ask_*``/``show_*`` methods, so the work itself
    (``print_to``, ``export_to``) can be driven without clicking.
    """

    exported = Signal(str)  # path of a file just written

    def __init__(self, parent_widget: QWidget,
                 comparison_provider: Callable[[], tuple[Comparison | None, FilterCriteria]]) -> None:
        super().__init__(parent_widget)
        self._parent = parent_widget
        self._provider = comparison_provider

    # --- the actions' slots ---
    def print_(self) -> None:
        if self._current() is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle("Print comparison")
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def preview(self) -> None:
        dialog = self.preview_dialog()
        if dialog is not None:
            dialog.exec()

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
    def print_to(self, printer: QPrinter) -> None:
        """Print the current comparison on an already set-up printer (also used for PDF)."""
        current = self._current()
        if current is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            print_comparison(printer, *current)
        except OSError as exc:
            self.show_error(f"Printing failed: {exc}")
        finally:
            QApplication.restoreOverrideCursor()

    def preview_dialog(self) -> QPrintPreviewDialog | None:
        if self._current() is None:
            return None
        # The dialog does not own its printer: keep it alive as long as this controller.
        self._preview_printer = printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self._parent)
        dialog.setWindowTitle("Print preview")
        dialog.paintRequested.connect(self.print_to)
        return dialog

    def export_to(self, path: Path, what: str, fmt: str, *, force: bool = False) -> bool:
        from desktop_app.exporting import ExportError, chart_export, export_comparison

        current = self._current()
        if current is None:
            return False
        write = chart_export if what == "chart" else export_comparison
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write(current[0], current[1], fmt, Path(path), force=force)
        except ExportError as exc:
            self.show_error(str(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.show_status(f"Exported to {path}")
        self.exported.emit(str(path))
        return True

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
