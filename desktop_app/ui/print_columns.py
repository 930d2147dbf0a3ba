"""The two texts of a paginated printout as lines placed on pages (print, preview and PDF).

Each paragraph is one ``QTextLayout``, shaped and broken into lines once at its column's width and
kept, glyphs too, for drawing (an export frees each layout once its last page is drawn). Lines are placed row by row (``balanced_rows``, so the columns
keep step), and a line that would cross a page's foot starts the next page: no line is cut by a
page break or drawn on two pages. A table of cells in the print document did the same work twice
per cell (Qt lays out each cell once unbounded to find its widths). The PNG (one endless page) keeps that table (``print_layout``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPaintDevice, QTextCharFormat, QTextLayout, QTextOption

from desktop_app.core.export.paper import ParagraphView, SideView, balanced_rows, block_pieces
from desktop_app.core.palette import SIDE_COLOURS
from desktop_app.ui.print_formats import BLOCK_CHARS, BODY_PT, LAYOUT_DPI, Formats, chars, mm
from desktop_app.ui.translations import translate

# The geometry of the table these columns replace (``print_formats.cell_format``) as Qt drew it on
# a 96 DPI screen: Qt scales the lengths of cells by the layout device's DPI over the screen's, and
# the cells gained about 0.5 mm on each side from their collapsed borders; these lengths include
# both, and do not depend on the screen.
_SCALE = LAYOUT_DPI / 96
TOP_MARGIN = mm(3.3) * _SCALE  # between the overview (or viewpoints) and the titles of the texts
PAD_LEFT = mm(2.7) * _SCALE
GUTTER = mm(6.3) * _SCALE  # right of the left column's text
PAD_TOP = mm(0.85) * _SCALE
PAD_BOTTOM = mm(1.85) * _SCALE
TITLE_RULE = mm(0.7) * _SCALE  # the side's colour under its title
TITLE_PAD_BOTTOM = mm(0.8) * _SCALE
AUTHOR_BAR = mm(1.1) * _SCALE  # the author's voice: a bar in the margin, as in the panes
PARAGRAPH_GAP = mm(2.2) * _SCALE  # between two paragraphs of one row's column
# Each layout keeps its glyphs after its layout, so drawing shapes nothing again: for 1 MB of text
# about 0.5-0.8 CPU s/MB less (under load), for about 40 MB more at the peak (every layout's glyphs
# at once). Without them Qt would shape the whole layout again for each line drawn.
KEEP_GLYPHS = True

Progress = Callable[[int, int], None]  # (rows laid out, rows in all); may raise to stop the work


@dataclass
class _Page:
    # (layout, first line, line after the last, origin): the lines of a layout on this page
    lines: list[tuple[QTextLayout, int, int, QPointF]] = field(default_factory=list)
    bars: list[tuple[QRectF, QColor]] = field(default_factory=list)


class TextColumns:
    """Both texts, titled, in two columns from ``top`` on pages ``page_height`` tall and ``width``
    wide (layout units, y running on from page to page as in a paginated ``QTextDocument``)."""

    def __init__(self, left: SideView | None, right: SideView | None, width: float, page_height: float,
                 top: float, device: QPaintDevice, *, progress: Progress | None = None) -> None:
        self.page_height = page_height
        self.pages: dict[int, _Page] = {}  # they hold the layouts of their lines
        self._device = device
        self._styles = Formats()
        self._first_line_page = 0  # the page of the first line of the last text laid out
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(BODY_PT)
        self._font = QFont(font, device)
        self._option = QTextOption()
        self._option.setWrapMode(QTextOption.WrapMode.WordWrap)  # between words, never inside one
        half = width / 2
        self._x = (PAD_LEFT, half + PAD_LEFT)
        self._widths = (half - PAD_LEFT - GUTTER, half - PAD_LEFT)
        self._cells = (0.0, half)  # where each column's cell starts (its author bar)
        self._cell_widths = (half, half)
        self.bottom = self._lay_out(left, right, top + TOP_MARGIN, progress)
        self._page_count = max(self.pages, default=-1) + 1

    # --- layout ---
    def _lay_out(self, left: SideView | None, right: SideView | None, y: float,
                 progress: Progress | None) -> float:
        title_format = chars(bold=True, size=BODY_PT + 0.5)
        bottom = y
        for column, (view, side) in enumerate(((left, "left"), (right, "right"))):
            title = view.title if view else translate("Printout", "(no document)")
            end = self._text(column, [(title, title_format)], y + PAD_TOP, self._font)
            bottom = max(bottom, end + TITLE_PAD_BOTTOM)
        for column, side in enumerate(("left", "right")):
            self._bar(QRectF(self._cells[column], bottom, self._cell_widths[column], TITLE_RULE),
                      QColor(SIDE_COLOURS[side]))
        y = bottom + TITLE_RULE
        rows = balanced_rows(left, right)
        for done, pair in enumerate(rows, start=1):
            y = self._row(pair, y)
            if progress is not None and (done % 64 == 0 or done == len(rows)):
                progress(done, len(rows))
        return y

    def _row(self, pair: tuple[list[ParagraphView], list[ParagraphView]], top: float) -> float:
        bottom = top
        starts = [top, top]  # where each column's bar starts: the next page's top when its first line went there
        for column, paragraphs in enumerate(pair):
            y = top + PAD_TOP
            for k, paragraph in enumerate(paragraphs):
                if k:
                    y += PARAGRAPH_GAP
                y = self._paragraph(column, paragraph, y)
                if not k and self._first_line_page > int(top // self.page_height):
                    starts[column] = self._first_line_page * self.page_height
            bottom = max(bottom, y + PAD_BOTTOM)
        for column, paragraphs in enumerate(pair):
            colour = paragraphs[0].author_colour if paragraphs else None
            if colour:
                self._bar(QRectF(self._cells[column], starts[column], AUTHOR_BAR, bottom - starts[column]),
                          QColor(colour))
        return bottom

    def _paragraph(self, column: int, paragraph: ParagraphView, y: float) -> float:
        size = BODY_PT + 1 if paragraph.heading else BODY_PT
        styles = self._styles
        gap, badge = styles.badge(size)
        for piece in block_pieces(paragraph.runs, BLOCK_CHARS):
            parts: list[tuple[str, QTextCharFormat]] = []
            for run in piece:
                parts.append((run.text, styles.run(run.style, size, paragraph.heading)))
                for label in run.badges:
                    parts.append(("\u2009", gap))
                    parts.append((f"\u00a0{label}\u00a0", badge))
            y = self._text(column, parts, y, self._font)
        return y

    def _text(self, column: int, parts: list[tuple[str, QTextCharFormat]], y: float, font: QFont) -> float:
        """Lay one block of text out at ``y`` in ``column``; returns where the next one starts."""
        merged: list[list] = []  # [start, length, format]: a run's format continued is one range
        at = 0
        for piece, fmt in parts:
            if not piece:
                continue
            if merged and merged[-1][2] is fmt:  # one format switch less to itemize, shape and draw
                merged[-1][1] += len(piece)
            else:
                merged.append([at, len(piece), fmt])
            at += len(piece)
        ranges = []
        for start, length, fmt in merged:
            r = QTextLayout.FormatRange()
            r.start, r.length, r.format = start, length, fmt
            ranges.append(r)
        layout = QTextLayout("".join(piece for piece, _ in parts), font, self._device)
        layout.setTextOption(self._option)
        layout.setFormats(ranges)
        layout.setCacheEnabled(KEEP_GLYPHS)
        width = self._widths[column]
        page_height = self.page_height
        page = int(y // page_height)
        foot = (page + 1) * page_height
        origin = QPointF(self._x[column], y)
        first = number = 0
        local = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            height = line.height()
            if y + local + height > foot and height < page_height:  # it would cross the page's foot
                if number > first:
                    self._page(page).lines.append((layout, first, number, origin))
                first = number
                page = int((y + local) // page_height) + 1
                foot = (page + 1) * page_height
                local = page * page_height + PAD_TOP - y  # it starts the next page
            line.setPosition(QPointF(0, local))
            if not number:
                self._first_line_page = page
            local += height
            number += 1
        layout.endLayout()
        if number > first:
            self._page(page).lines.append((layout, first, number, origin))
        return y + local

    def _bar(self, rect: QRectF, colour: QColor) -> None:
        """A filled rectangle (author bar, title rule), cut at each page it runs over."""
        top, bottom = rect.top(), rect.bottom()
        page = int(top // self.page_height)
        while top < bottom:
            foot = min(bottom, (page + 1) * self.page_height)
            if foot > top:
                self._page(page).bars.append((QRectF(rect.left(), top, rect.width(), foot - top), colour))
            page += 1
            top = page * self.page_height

    def _page(self, index: int) -> _Page:
        page = self.pages.get(index)
        if page is None:
            page = self.pages[index] = _Page()
        return page

    # --- drawing ---
    def page_count(self) -> int:
        return self._page_count

    def draw_page(self, painter: QPainter, index: int, *, release: bool = False) -> None:
        """Page ``index``'s part of the texts, in layout units of the whole flow (as ``drawContents``).

        With ``release`` the page is drawn for the last time (an export draws each page once): its
        lines go, and a layout with the page's last lines is freed with them.
        """
        page = self.pages.pop(index, None) if release else self.pages.get(index)
        if page is None:
            return
        for rect, colour in page.bars:
            painter.fillRect(rect, colour)
        for layout, first, end, origin in page.lines:  # this page's lines only, each drawn once
            for number in range(first, end):
                layout.lineAt(number).draw(painter, origin)
