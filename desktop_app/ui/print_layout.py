"""The comparison laid out for paper: header, legend, chart and viewpoints as a QTextDocument, then
the two text columns.

Built from ``core.export.paper`` (the same styled runs as the HTML export), so print, PDF and PNG
show exactly the marks of the view with the active filters. The layout is made at a fixed
resolution (``LAYOUT_DPI``) independent of the screen; ``print_pages`` scales it onto each page.
Pages (print, preview, PDF: ``build_print_pages``) get their texts as lines placed on the pages
(``print_columns``); the PNG's one endless page (``build_print_document``) has them as tables in the
document. No widget or pixmap is involved, so the layout is made in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QRectF, QSizeF, QUrl, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPainter,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextOption,
    QTextTableFormat,
)

from desktop_app.core import i18n
from desktop_app.core.compare import Comparison
from desktop_app.core.export.paper import (
    ParagraphView,
    Run,
    SideView,
    balanced_rows,
    block_pieces,
    counted,
    describe_filters,
    sample_style,
    side_views,
    visible_actors,
)
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.gc_pause import collector_paused
from desktop_app.core.marks import mark_legend
from desktop_app.core.palette import AUTHOR_VOICE, PALETTE, SIDE_COLOURS, UNKNOWN_SPEAKER
from desktop_app.ui.chart_drawing import chart_image
from desktop_app.ui.print_formats import (
    BLOCK_CHARS,
    BODY_PT,
    Formats,
    block,
    chars,
    insert_run,
    layout_device,
    mm,
)
from desktop_app.ui.print_columns import TextColumns
from desktop_app.ui.print_viewpoints import insert_viewpoints
from desktop_app.ui.translations import translate

LEGEND_ROWS = 14  # actors with a row of their own in the printed legend (as many as the chart's bars)
CHART_URL = QUrl("viewpoints://chart.png")
CHART_WIDTH_PX = 430  # the SVG's own width: narrow, so its labels stay legible at 92 mm; rendered at 2x
# The texts go in as tables of about this many characters each (of the longer side), one edit each,
# so Qt lays out one table at a time (tens of milliseconds) instead of the whole text in one call
# that holds Python's lock for seconds; each table is still taller than half a page, so Qt breaks
# it across pages instead of moving it whole to the next one.
CHUNK_CHARS = 16000

Progress = Callable[[int, int], None]  # (rows laid out, rows in all); may raise to stop the work


def build_print_document(
    comparison: Comparison,
    criteria: FilterCriteria,
    page_size: QSizeF,
    *,
    progress: Progress | None = None,
    max_height: float | None = None,
) -> QTextDocument:
    """The whole comparison as one rich-text document, laid out on pages of ``page_size``: the PNG's
    layout (one endless page, a height of -1), with the texts as tables.

    ``page_size`` is in layout units. With ``max_height`` the texts stop once the layout is taller
    than that (the PNG is cut there anyway). Uses no widget, pixmap or screen, so it may run in a
    worker thread (the document then belongs to that thread). Each text table is laid out as soon
    as it is in. Pages to print or write as PDF come from ``build_print_pages``.
    """
    with collector_paused():  # tens of thousands of runs and formats, no reference cycles among them
        doc, left, right = _print_document(comparison, criteria, page_size)
        _texts(QTextCursor(doc), left, right, progress, max_height)
        return doc


class PrintPages:
    """The comparison on pages: header, legend, chart and viewpoints as a paginated QTextDocument
    (``head``), the two texts after it as lines placed on the pages (``print_columns``)."""

    def __init__(self, head: QTextDocument, texts: TextColumns) -> None:
        self.head = head
        self.texts = texts

    def page_size(self) -> QSizeF:
        return self.head.pageSize()

    def page_count(self) -> int:
        return max(self.head.pageCount(), self.texts.page_count())

    def draw_page(self, painter: QPainter, index: int, *, release: bool = False) -> None:
        """Page ``index`` in layout units, its top at y = 0; ``release`` when it is drawn for the last
        time (``TextColumns.draw_page``)."""
        size = self.head.pageSize()
        painter.save()
        painter.translate(0, -index * size.height())
        if index < self.head.pageCount():
            self.head.drawContents(painter, QRectF(0, index * size.height(), size.width(), size.height()))
        self.texts.draw_page(painter, index, release=release)
        painter.restore()


def build_print_pages(comparison: Comparison, criteria: FilterCriteria, page_size: QSizeF, *,
                      progress: Progress | None = None) -> PrintPages:
    """The comparison laid out for print, preview and PDF on pages of ``page_size`` (layout units).

    May run in a worker thread, as ``build_print_document``; every text is shaped and laid out once.
    """
    with collector_paused():
        head, left, right = _print_document(comparison, criteria, page_size)
        top = head.documentLayout().documentSize().height()
        texts = TextColumns(left, right, page_size.width(), page_size.height(), top, head.layout_device,
                            progress=progress)
        return PrintPages(head, texts)


def _print_document(comparison: Comparison, criteria: FilterCriteria,
                    page_size: QSizeF) -> tuple[QTextDocument, SideView | None, SideView | None]:
    """The document up to the texts (header, legend, chart, viewpoints) and the two sides' views."""
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)  # built once, never edited: no undo step per inserted run
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # lines break between words, never inside one
    doc.setDefaultTextOption(option)
    # Page size and paint device before any text: the layout is then made once, at the right size.
    doc.layout_device = layout_device()  # the layout keeps a bare pointer: the document holds it alive
    doc.documentLayout().setPaintDevice(doc.layout_device)
    doc.setPageSize(page_size)
    views = side_views(comparison, criteria)
    left, right = views["left"], views["right"]
    doc.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle,
        " \u2194 ".join(v.title for v in (left, right) if v) or "Comparison",
    )
    chart = chart_image(comparison, criteria, width=CHART_WIDTH_PX, scale=2.0)
    doc.addResource(QTextDocument.ResourceType.ImageResource, CHART_URL, chart)

    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    _header(cursor, left, right)
    filters_line = describe_filters(comparison, criteria)
    if filters_line:
        cursor.insertBlock(block(space_before=mm(1.5)))
        cursor.insertText(translate("Printout", "Filtered: {filters}").format(filters=filters_line), chars(colour="#7A4B00", italic=True))
    _overview(cursor, comparison, criteria, left, right, chart)
    insert_viewpoints(cursor, comparison, criteria)  # the links between the texts, when there are any
    cursor.endEditBlock()
    return doc, left, right


def print_date() -> str:
    return datetime.now().strftime("%Y-%m-%d %H:%M")


# --- parts --------------------------------------------------------------------------------------


def _plain_table(cursor: QTextCursor, rows: int, columns: int, widths: list[float]) -> object:
    fmt = QTextTableFormat()
    fmt.setBorder(0)
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
    fmt.setCellSpacing(0)
    fmt.setCellPadding(mm(0.8))
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, w) for w in widths])
    return cursor.insertTable(rows, columns, fmt)


def _header(cursor: QTextCursor, left: SideView | None, right: SideView | None) -> None:
    cursor.setBlockFormat(block(space_after=mm(1)))
    cursor.insertText(translate("Printout", "Viewpoints \u2014 who says what"), chars(size=BODY_PT + 1, bold=True, colour="#555555"))
    table = _plain_table(cursor, 1, 2, [50, 50])
    for column, (view, side) in enumerate(((left, "left"), (right, "right"))):
        cell = table.cellAt(0, column)
        cell_format = cell.format().toTableCellFormat()
        cell_format.setTopBorder(mm(1))
        cell_format.setTopBorderBrush(QBrush(QColor(SIDE_COLOURS[side])))
        cell_format.setTopBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        cell.setFormat(cell_format)
        c = cell.firstCursorPosition()
        if view is None:
            c.insertText(translate("Printout", "(no document)"), chars(size=13, bold=True, colour="#888888"))
            continue
        c.insertText(view.title, chars(size=13, bold=True))
        genre = i18n.text(view.genre) if view.genre else ""
        facts = " \u00b7 ".join(x for x in (view.outlet, view.date, genre, view.language) if x)
        if facts:
            c.insertBlock(block(space_before=mm(0.6)))
            c.insertText(facts, chars(colour="#555555"))
        if view.authors:
            c.insertBlock(block())
            c.insertText(translate("Printout", "By {authors}").format(authors="; ".join(view.authors)), chars(colour="#555555"))
        n = view.counts
        c.insertBlock(block())
        c.insertText(
            ", ".join((translate("Printout", "{n} direct").format(n=i18n.number(n.get("direct", 0))),
                       counted(n.get("indirect", 0), "indirect quote", "indirect quotes"),
                       counted(n.get("author", 0), "author passage", "author passages"),
                       counted(n.get("claim", 0), "claim", "claims"))),
            chars(colour="#555555", size=BODY_PT - 1),
        )
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _overview(cursor: QTextCursor, comparison, criteria, left, right, chart: QImage) -> None:
    """Legend of actors and marks beside the mentions chart."""
    table = _plain_table(cursor, 1, 2, [50, 50])
    c = table.cellAt(0, 0).firstCursorPosition()
    c.insertText(translate("Printout", "Legend"), chars(bold=True, size=BODY_PT + 0.5))
    everyone = visible_actors(comparison, criteria)
    actors, rest = everyone[:LEGEND_ROWS], everyone[LEGEND_ROWS:]
    legend = c.insertTable(len(actors) + 1, 5, _legend_format())
    for col, label in enumerate((translate("Printout", "Actor"), translate("Printout", "Kind"), translate("Printout", "Left"), translate("Printout", "Right"),
                                  translate("Printout", "Quotes"))):
        legend.cellAt(0, col).firstCursorPosition().insertText(label, chars(bold=True, colour="#555555", size=BODY_PT - 1))
    for row, actor in enumerate(actors, start=1):
        cc = legend.cellAt(row, 0).firstCursorPosition()
        cc.insertText("\u25a0 ", chars(colour=actor.colour, size=BODY_PT - 1))
        cc.insertText(actor.name, chars(colour=actor.colour, bold=True, size=BODY_PT - 1))
        values = (i18n.text(actor.kind), actor.counts.get("left", 0), actor.counts.get("right", 0), sum(actor.quotes.values()))
        for col, value in enumerate(values, start=1):
            legend.cellAt(row, col).firstCursorPosition().insertText(str(value), chars(size=BODY_PT - 1))
    c = table.cellAt(0, 0).lastCursorPosition()
    if rest:  # the long tail in one line, each name still in its colour
        c.insertBlock(block(space_before=mm(0.6)))
        c.insertText(translate("Printout", "Also: "), chars(size=BODY_PT - 1.5, colour="#555555"))
        for i, actor in enumerate(rest):
            c.insertText(actor.name, chars(size=BODY_PT - 1.5, colour=actor.colour))
            if i < len(rest) - 1:
                c.insertText(", ", chars(size=BODY_PT - 1.5, colour="#555555"))
    for kind, label, looks in mark_legend():
        c.insertBlock(block(space_before=mm(0.4)))
        _legend_sample(c, kind, label)
        c.insertText(f" \u2014 {looks}", chars(size=BODY_PT - 1, colour="#333333"))
    c = table.cellAt(0, 1).firstCursorPosition()
    c.insertText(translate("Printout", "Mentions"), chars(bold=True, size=BODY_PT + 0.5))
    c.insertBlock(block(space_before=mm(1)))
    image = QTextImageFormat()
    image.setName(CHART_URL.toString())
    # Qt scales image sizes by the layout device's DPI over the screen's, so undo that here.
    width = mm(92) / _image_scale()
    image.setWidth(width)
    image.setHeight(width * chart.height() / max(chart.width(), 1))
    c.insertImage(image)
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _image_scale() -> float:
    """What QTextDocument multiplies an image's size by: layout DPI over Qt's default DPI."""
    if QGuiApplication.testAttribute(Qt.ApplicationAttribute.AA_Use96Dpi):
        default = 96
    else:
        screen = QGuiApplication.primaryScreen()
        default = round(screen.logicalDotsPerInchY()) if screen else 96
    return layout_device().logicalDpiY() / max(default, 1)


def _legend_format() -> QTextTableFormat:
    fmt = QTextTableFormat()
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, w) for w in (38, 26, 11, 12, 13)]
    )
    fmt.setBorder(0)
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
    fmt.setCellPadding(mm(0.3))
    fmt.setCellSpacing(0)
    fmt.setTopMargin(mm(1))
    return fmt


def _legend_sample(cursor: QTextCursor, kind: str, label: str) -> None:
    colour = PALETTE[0]
    if kind == "author":
        cursor.insertText("\u258c", chars(colour=AUTHOR_VOICE, size=BODY_PT - 1))
        cursor.insertText(label, chars(size=BODY_PT - 1))
        return
    style = sample_style(kind, UNKNOWN_SPEAKER if kind == "claim" else colour)
    insert_run(cursor, Run(label, 0, len(label), style, ["STANCE"] if kind == "claim" else []), BODY_PT - 1)


def _texts(cursor: QTextCursor, left: SideView | None, right: SideView | None,
           progress: Progress | None, max_height: float | None) -> None:
    """Both texts side by side in rows that keep step by length (``balanced_rows``), one table per
    chunk.

    The tables follow each other without a gap, so they read as one; the titles head the first one
    (and the page furniture of ``printing`` repeats them on every page).
    """
    rows = balanced_rows(left, right)
    doc = cursor.document()
    styles = Formats()
    chunks = _chunks(rows)
    done = 0
    for number, chunk in enumerate(chunks):
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        table = cursor.insertTable(len(chunk) + (number == 0), 2, _texts_table_format(top=number == 0))
        first = 0
        if number == 0:
            for column, (view, side) in enumerate(((left, "left"), (right, "right"))):
                cell = table.cellAt(0, column)
                cell.setFormat(styles.cell(column, bottom=SIDE_COLOURS[side]))
                title = view.title if view else translate("Printout", "(no document)")
                cell.firstCursorPosition().insertText(title, chars(bold=True, size=BODY_PT + 0.5))
            first = 1
        for row, pair in enumerate(chunk, start=first):
            for column, paragraphs in enumerate(pair):
                cell = table.cellAt(row, column)
                cell.setFormat(styles.cell(column, author=paragraphs[0].author_colour if paragraphs else None))
                c = cell.firstCursorPosition()
                for k, paragraph in enumerate(paragraphs):
                    if k:
                        c.insertBlock(block(space_before=mm(2.2)))  # as between two rows
                    _paragraph(c, paragraph, styles)
        # An empty block (Qt hides it) keeps the next table's insertion clear of this one, which
        # Qt would otherwise lay out again with it.
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        cursor.endEditBlock()  # Qt lays out this table (and only this one) here
        done += len(chunk)
        if progress is not None:
            progress(done, len(rows))
        if max_height is not None and doc.documentLayout().documentSize().height() > max_height:
            break
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _chunks(rows: list) -> list[list]:
    """Rows cut into runs of at least ``CHUNK_CHARS`` characters (a short tail joins the last run)."""
    chunks: list[list] = [[]]
    size = 0
    for pair in rows:
        if size >= CHUNK_CHARS:
            chunks.append([])
            size = 0
        chunks[-1].append(pair)
        size += max((sum(p.end - p.start for p in side) for side in pair), default=0)
    if len(chunks) > 1 and size < CHUNK_CHARS:
        chunks[-2].extend(chunks.pop())
    return chunks


def _texts_table_format(*, top: bool) -> QTextTableFormat:
    fmt = QTextTableFormat()
    fmt.setBorder(0)
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
    fmt.setBorderCollapse(True)
    fmt.setCellSpacing(0)
    fmt.setCellPadding(0)
    fmt.setTopMargin(mm(3) if top else 0)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 50)] * 2)
    return fmt


def _paragraph(cursor: QTextCursor, paragraph: ParagraphView, styles: Formats) -> None:
    size = BODY_PT + 1 if paragraph.heading else BODY_PT
    # Qt draws a page of a block in time that grows with the whole block: a paragraph longer than
    # BLOCK_CHARS goes in as several blocks (no space between them), so printing stays linear.
    for number, piece in enumerate(block_pieces(paragraph.runs, BLOCK_CHARS)):
        if number:
            cursor.insertBlock(block())
        for run in piece:
            insert_run(cursor, run, size, bold=paragraph.heading, styles=styles)


