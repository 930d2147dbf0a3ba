"""The two texts of a paged printout as two documents side by side, one per column.

A QTextTable lays every cell out twice (once at an unbounded width to find the columns' minimum
and maximum widths, although the columns are fixed at 50 %), and its page-break handling can lay
a table out a third time: most of the cost of a PDF. Here each text is one document of its
column's width, paginated on the same pages as the printout, and laid out once. The rows keep step
as the table's did: row r of both columns starts at the same height, the taller of the two cells
of the row before (``balanced_rows``); each row's first block gets the top margin that puts it
there, computed from the layout of the row before, so nothing is laid out again. The geometry (the
cells' left edge and width, their paddings, the author's-voice bar) is read once from a one-row
table made with the very formats of the table layout, so the columns sit where the table's cells
sat. ``print_pages`` draws the columns beside the main document, page by page.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QColor, QImage, QPainter, QTextBlockFormat, QTextCursor, QTextDocument, QTextTable

from desktop_app.core.export.paper import ParagraphView
from desktop_app.ui.print_formats import Formats, block, mm

@dataclass
class _Cell:
    """Where a column's text sits inside its cell, in layout units."""

    x: float
    width: float
    top: float  # from the row's top to its text
    pads: float  # the cell's height beyond its text (top and bottom padding)


@dataclass
class _Geometry:
    cells: dict[tuple[bool, int, bool], _Cell]  # (in a table with a bar on the left, column, with a bar)
    bars: dict[tuple[bool, int], tuple[float, float]]  # (that, column): (x, width) of the author's bar


@dataclass
class TextColumns:
    """Both texts laid out, and where they go on the printout's pages."""

    docs: list[QTextDocument]
    xs: list[float]
    base: float  # the printout's y of the columns' y 0 (a page's top)
    bars: list[tuple[float, float, float, float, str]] = field(default_factory=list)  # x, y, w, h, colour

    def page_count(self, page_height: float) -> int:
        pages = max(doc.pageCount() for doc in self.docs)
        return round(self.base / page_height) + pages

    def draw(self, painter: QPainter, clip: QRectF) -> None:
        """Draw what falls in ``clip`` (the printout's coordinates, as for ``drawContents``)."""
        local = clip.translated(0, -self.base)
        for doc, x in zip(self.docs, self.xs):
            painter.save()
            painter.translate(x, self.base)
            doc.drawContents(painter, QRectF(0, local.top(), doc.pageSize().width(), local.height()))
            painter.restore()
        painter.save()
        painter.setClipRect(clip)
        for x, y, w, h, colour in self.bars:
            if y + self.base < clip.bottom() and y + h + self.base > clip.top():
                painter.fillRect(QRectF(x, y + self.base, w, h), QColor(colour))
        painter.restore()


def lay_out_columns(rows: list[tuple[list[ParagraphView], list[ParagraphView]]], shifted: list[bool],
                    top: float, page: float, geometry: _Geometry, new_document: Callable[[], QTextDocument],
                    paragraph: Callable[[QTextCursor, ParagraphView, Formats], None], styles: Formats,
                    scale: float, progress: Callable[[int, int], None] | None = None) -> TextColumns:
    """The rows laid out in two column documents, starting at the printout's y ``top`` on pages of
    height ``page``. ``shifted[r]``: row r is in a table with a bar in its left column (the table
    layout's chunks); ``paragraph`` inserts one paragraph (the table layout's own); ``scale`` is
    what Qt multiplies a block's margins by on the layout device."""
    base = math.floor(top / page) * page
    widest = [geometry.cells[(False, column, False)] for column in (0, 1)]  # the column's own width
    docs, cursors = [], []
    for column in (0, 1):
        doc = new_document()
        doc.setPageSize(QSizeF(widest[column].width, page))
        # A cell's lines stay its paddings clear of a page's bottom and top: the root frame's
        # margins do that on every page of a column.
        frame = doc.rootFrame().frameFormat()
        frame.setTopMargin(widest[column].top / scale)
        frame.setBottomMargin((widest[column].pads - widest[column].top) / scale)
        doc.rootFrame().setFrameFormat(frame)
        docs.append(doc)
        cursors.append(QTextCursor(doc))
    y = top - base  # the row's top, in the columns' coordinates
    ends = [_spacer(cursor, y - cell.top, scale) + cell.top  # where each column's text ends so far
            for cursor, cell in zip(cursors, widest)]
    columns = TextColumns(docs, [cell.x for cell in widest], base)
    for number, pair in enumerate(rows):
        heights = []
        for column, paragraphs in enumerate(pair):
            if not paragraphs:
                continue
            cell = geometry.cells[(shifted[number], column, paragraphs[0].author_colour is not None)]
            cursor = cursors[column]
            cursor.beginEditBlock()
            cursor.insertBlock(block(space_before=(y + cell.top - ends[column]) / scale))
            first = cursor.position()
            for k, para in enumerate(paragraphs):
                if k:
                    cursor.insertBlock(block(space_before=mm(2.2)))  # as between two rows
                paragraph(cursor, para, styles)
            left = cell.x - widest[column].x
            right = widest[column].x + widest[column].width - cell.x - cell.width
            if abs(left) > 0.01 or abs(right) > 0.01:  # this cell's text is narrower than the column
                cursor.setPosition(first, QTextCursor.MoveMode.KeepAnchor)
                narrower = QTextBlockFormat()
                narrower.setLeftMargin(left / scale)
                narrower.setRightMargin(right / scale)
                cursor.mergeBlockFormat(narrower)
                cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.endEditBlock()
            ends[column] = docs[column].documentLayout().blockBoundingRect(cursor.block()).bottom()
            heights.append(round(ends[column] - y - cell.top + cell.pads))
        height = max(heights, default=0)
        for column, paragraphs in enumerate(pair):
            if paragraphs and paragraphs[0].author_colour:
                x, width = geometry.bars[(shifted[number], column)]
                columns.bars.append((x, y, width, height, paragraphs[0].author_colour))
        y += height
        if progress is not None and number % 50 == 49:
            progress(number + 1, len(rows))
    return columns


def _spacer(cursor: QTextCursor, height: float, scale: float) -> float:
    """Make the document's first block an empty line ``height`` tall, so the texts start below the
    printout's header (Qt ignores the top margin of a document's first block); where it ends. Qt
    scales the fixed line height by ``scale``, as a margin (and reports the line's own height as
    the block's, so the height is not read back)."""
    height = max(height, scale)
    spacer = QTextBlockFormat()
    spacer.setLineHeight(height / scale, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    cursor.setBlockFormat(spacer)
    return height


def measure(new_document: Callable[[], QTextDocument], width: float,
            insert_table: Callable[[QTextCursor, list[list[str | None]]], QTextTable], author: str) -> _Geometry:
    """The cells' geometry, read from small tables of the table layout's formats at ``width``: a
    table with an author's bar in its left column sits half that bar further in (Qt's collapsed
    borders), so both kinds of table are measured."""
    cells: dict[tuple[bool, int, bool], _Cell] = {}
    bars: dict[tuple[bool, int], tuple[float, float]] = {}
    probes = {False: [[None, None], [None, author]], True: [[author, None], [None, author]]}
    for shifted, rows in probes.items():
        doc = new_document()
        doc.setPageSize(QSizeF(width, -1))
        table = insert_table(QTextCursor(doc), rows)
        layout = doc.documentLayout()
        height = table_bottom(doc)
        row_top = 0.0
        for r, row in enumerate(rows):
            rects = [layout.blockBoundingRect(table.cellAt(r, c).firstCursorPosition().block()) for c in (0, 1)]
            bottom = height if r == len(rows) - 1 else layout.blockBoundingRect(
                table.cellAt(r + 1, 0).firstCursorPosition().block()).y() - (rects[0].y() - row_top)
            for column, rect in enumerate(rects):
                cells[(shifted, column, row[column] is not None)] = _Cell(
                    rect.x(), rect.width(), rect.y() - row_top, bottom - row_top - rect.height())
            for column in (0, 1):
                if row[column] is not None:
                    edges = _bar_edges(doc, QRectF(0, 0, width, height), rects[0].center().y(), author,
                                       rects[0].right())
                    bars[(shifted, column)] = edges[column]
            row_top = bottom
    return _Geometry(cells, bars)


def table_bottom(doc: QTextDocument) -> float:
    """Where a document that ends in a table ends: the top of a block after it that holds a zero
    width space (Qt hides an empty block after a table, and places it elsewhere)."""
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\u200b")
    return doc.documentLayout().blockBoundingRect(cursor.block()).y()


def _bar_edges(doc: QTextDocument, frame: QRectF, middle_y: float, colour: str,
               left_end: float) -> dict[int, tuple[float, float]]:
    """(x, width) of the author's bar in each column, found in a drawing of the probe table."""
    zoom = 16  # one pixel is 1/16 of a layout unit: the bar's edges within a PDF's dot
    image = QImage(math.ceil(frame.right() + 2) * zoom, 1, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(zoom, zoom)
    painter.translate(0, -middle_y)
    doc.drawContents(painter, QRectF(0, middle_y - 1, image.width() / zoom, 2))
    painter.end()
    target = QColor(colour).rgb()
    hits = [x for x in range(image.width()) if image.pixel(x, 0) == target]
    middle = left_end * zoom  # the left column's text ends before the right column's bar
    edges = {}
    for column, xs in enumerate(([x for x in hits if x < middle], [x for x in hits if x >= middle])):
        if xs:
            edges[column] = (min(xs) / zoom, (max(xs) - min(xs) + 1) / zoom)
    return edges
