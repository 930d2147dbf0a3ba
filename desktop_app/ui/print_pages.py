"""The comparison on pages and in one image: print and PDF (paginated), PNG (one tall picture).

Printing and PDF share one code path (``print_comparison`` onto a QPrinter or QPdfWriter): the
layout of ``print_layout`` paginated onto the page, with both titles at the top and the page number
and print date at the bottom of every page. PNG is the same layout as one tall image. None of it
needs the UI thread: ``printing`` runs it in a worker and registers the PDF and PNG writers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSizeF, Qt
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
)
from PySide6.QtPrintSupport import QPrinter

from desktop_app.core.compare import Comparison
from desktop_app.core.export.chart import side_titles
from desktop_app.core.export.files import ExportCancelled, Progress
from desktop_app.core.filters import FilterCriteria
from desktop_app.ui.print_formats import LAYOUT_DPI, layout_device
from desktop_app.ui.print_layout import PrintPages, build_print_document, build_print_pages, print_date
from desktop_app.ui.translations import translate

PNG_WIDTH = 1500  # layout units (LAYOUT_DPI) across: a wide, readable image of both columns
PNG_MAX_HEIGHT = 14000  # a longer comparison is cut here, with a note (the PDF has everything)
BAND_MM = 9.0  # height of the running header and of the footer on each page


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
                     document: PrintPages | None = None, progress: Progress | None = None) -> None:
    """Lay the comparison out on the pages of a printer or PDF writer (print, preview and PDF).

    ``document`` is a layout made before (``build_print_pages`` for this device's ``page_body``);
    without it, or for another page size, the layout is made here. Runs in a worker thread too.
    """
    page, band, scale, body = _page_geometry(device)
    release = document is None or document.page_size() != body  # made here for one run over the pages
    if release:
        laid_out = None if progress is None else (lambda done, total: progress(translate("Printout", "laying out"), done, total))
        document = build_print_pages(comparison, criteria, body, progress=laid_out)
    titles = side_titles(comparison)
    painter = QPainter()
    if not painter.begin(device):
        target = (device.outputFileName() or device.printerName()) if isinstance(device, QPrinter) else ""
        raise OSError(f"cannot start printing to {target or 'the PDF file'}")
    try:
        pages = document.page_count()
        furniture = _Furniture(device, page.width(), band, titles, print_date())
        for index in range(pages):
            if progress is not None:
                progress(translate("Printout", "page {number} of {pages}").format(number=index + 1, pages=pages), index, pages)
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, band)
            painter.scale(scale, scale)
            document.draw_page(painter, index, release=release)
            painter.restore()
            furniture.draw(painter, page.width(), page.height(), index + 1, pages)
    except ExportCancelled:
        if isinstance(device, QPrinter):
            device.abort()  # nothing reaches the printer
        raise
    finally:
        painter.end()


class _Furniture:
    """Both titles above the text, page number and print date below it, on every page: the font,
    the shortened titles and the pens made once for all pages."""

    def __init__(self, device: QPagedPaintDevice, width: float, band: float, titles: dict[str, str], when: str) -> None:
        self.band = band
        self.font = QFont("DejaVu Sans")
        self.font.setPointSizeF(7.5)
        metrics = QFontMetricsF(self.font, device)
        half = width / 2
        self.baseline = band * 0.55
        self.descent = metrics.descent()
        self.titles = [metrics.elidedText(titles[side] or translate("Printout", "(no document)"),
                                          Qt.TextElideMode.ElideRight, half - band * 0.4)
                       for side in ("left", "right")]
        self.text_pen = QPen(QColor("#444444"))
        self.rule_pen = QPen(QColor("#BBBBBB"))
        self.rule_pen.setWidthF(max(1.0, device.logicalDpiX() / 300))
        self.printed = translate("Printout", "Printed {when}").format(when=when)
        self.page_text = translate("Printout", "Page {number} of {pages}")

    def draw(self, painter: QPainter, width: float, height: float, number: int, pages: int) -> None:
        band = self.band
        painter.save()
        painter.setFont(self.font)
        half = width / 2
        painter.setPen(self.text_pen)
        for i, text in enumerate(self.titles):
            painter.drawText(QRectF(i * half, 0, half, self.baseline + self.descent),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)
        painter.setPen(self.rule_pen)
        painter.drawLine(0, round(band * 0.72), round(width), round(band * 0.72))
        painter.drawLine(0, round(height - band * 0.72), round(width), round(height - band * 0.72))
        painter.setPen(self.text_pen)
        footer = QRectF(0, height - band * 0.62, width, band * 0.62)
        painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.printed)
        painter.drawText(footer, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, "Viewpoints")
        painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         self.page_text.format(number=number, pages=pages))
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
    writer.setTitle(" \u2194 ".join(t for t in side_titles(comparison).values() if t) or translate("Printout", "Comparison"))
    print_comparison(writer, comparison, criteria, progress=progress)


def render_png(comparison: Comparison, criteria: FilterCriteria, progress: Progress | None = None) -> QImage:
    """The comparison view as one image: header, legend, chart and both columns (cut when very long)."""
    pad = 36
    laid_out = None if progress is None else (lambda done, total: progress(translate("Printout", "laying out"), done, total))
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
                         translate("Printout", "\u2026 the texts continue: export as PDF or HTML for the whole comparison"))
    painter.end()
    return image


def export_png(path: str | Path, comparison: Comparison, criteria: FilterCriteria,
               progress: Progress | None = None) -> None:
    image = render_png(comparison, criteria, progress)
    if progress is not None:
        progress(translate("Printout", "saving the image"), 0, 0)
    if not image.save(str(path), "PNG"):
        raise OSError("could not write the PNG image")
