"""Units and text formats of the printed comparison: layout units, character, cell and block formats.

Shared by ``print_layout``, which assembles the document. The formats are print-friendly versions of
the panes' marks, made from the same ``RunStyle`` as the HTML export.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
    QTextTableCellFormat,
)

from desktop_app.core.export.paper import Run, RunStyle

LAYOUT_DPI = 144  # layout units per inch: fine enough that glyph rounding does not show when scaled
BODY_PT = 9.5
# Qt draws a page of a text block in time that grows with the whole block: a paragraph longer than
# this goes in as several blocks or layouts (no space between them), so printing stays linear.
BLOCK_CHARS = 8000


def layout_device() -> QImage:
    """A paint device with a fixed DPI, so font sizes in points lay out the same on every screen."""
    device = QImage(4, 4, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    return device


def mm(value: float) -> float:
    """Millimetres in layout units."""
    return value / 25.4 * LAYOUT_DPI


def chars(
    *, size: float | None = None, bold: bool = False, italic: bool = False, colour: str | None = None
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if size:
        fmt.setFontPointSize(size)
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if colour:
        fmt.setForeground(QColor(colour))
    return fmt


def block(*, space_before: float = 0, space_after: float = 0) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(space_before)
    fmt.setBottomMargin(space_after)
    return fmt


class Formats:
    """Formats made once per look instead of once per run or cell (tens of thousands of each)."""

    def __init__(self) -> None:
        self._runs: dict[tuple, QTextCharFormat] = {}
        self._styles: list[RunStyle] = []  # keeps every style keyed by its id alive (ids stay unique)
        self._cells: dict[tuple, QTextTableCellFormat] = {}
        self._badges: dict[float, tuple[QTextCharFormat, QTextCharFormat]] = {}

    def run(self, style: RunStyle, size: float, bold: bool) -> QTextCharFormat:
        # Keyed by the style object: the paper makes one per distinct look, so hashing its fields
        # for each of tens of thousands of runs is saved; an equal style made apart only costs a
        # second, equal format (Qt stores equal formats once).
        key = (id(style), size, bold)
        fmt = self._runs.get(key)
        if fmt is None:
            fmt = self._runs[key] = run_format(style, size, bold=bold)
            self._styles.append(style)
        return fmt

    def badge(self, size: float) -> tuple[QTextCharFormat, QTextCharFormat]:
        """(the thin space before a claim badge, the badge): ``insert_run``'s formats, made once per size."""
        pair = self._badges.get(size)
        if pair is None:
            pair = self._badges[size] = (chars(size=size), badge_format(size))
        return pair

    def cell(self, column: int, *, bottom: str | None = None, author: str | None = None) -> QTextTableCellFormat:
        key = (column, bottom, author)
        if key not in self._cells:
            self._cells[key] = cell_format(column, bottom=bottom, author=author)
        return self._cells[key]


def cell_format(column: int, *, bottom: str | None = None, author: str | None = None) -> QTextTableCellFormat:
    fmt = QTextTableCellFormat()
    gutter = mm(3)
    # The gutter belongs to the left column, so an author bar sits next to its own text.
    fmt.setLeftPadding(mm(2.2))
    fmt.setRightPadding(2 * gutter if column == 0 else 0)
    fmt.setTopPadding(mm(0.6))
    fmt.setBottomPadding(mm(1.6))
    none = QTextFrameFormat.BorderStyle.BorderStyle_None
    for setter in (fmt.setTopBorderStyle, fmt.setRightBorderStyle, fmt.setBottomBorderStyle, fmt.setLeftBorderStyle):
        setter(none)
    if bottom:
        fmt.setBottomBorder(mm(0.7))
        fmt.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBottomBorderBrush(QBrush(QColor(bottom)))
        fmt.setBottomPadding(mm(1))
    if author:
        # The author's voice: a bar in the margin, as in the panes.
        fmt.setLeftBorder(mm(1.1))
        fmt.setLeftBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setLeftBorderBrush(QBrush(QColor(author)))
    return fmt


def insert_run(cursor: QTextCursor, run: Run, size: float, *, bold: bool = False,
               styles: Formats | None = None) -> None:
    fmt = styles.run(run.style, size, bold) if styles else run_format(run.style, size, bold=bold)
    cursor.insertText(run.text, fmt)
    if run.badges:
        gap, look = styles.badge(size) if styles else (chars(size=size), badge_format(size))
        for badge in run.badges:
            cursor.insertText("\u2009", gap)
            cursor.insertText(f"\u00a0{badge}\u00a0", look)


def run_format(style: RunStyle, size: float = BODY_PT, *, bold: bool = False) -> QTextCharFormat:
    """Character format of one styled run: print-friendly versions of the panes' marks."""
    fmt = QTextCharFormat()
    fmt.setFontPointSize(size)
    if bold or style.bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if style.background:
        fmt.setBackground(QColor(style.background))
    if style.colour:
        fmt.setForeground(QColor(style.colour))
        if not (bold or style.bold):
            fmt.setFontWeight(QFont.Weight.DemiBold)
    if style.underline:  # indirect speech: solid underline (wins over a claim's dots; the badge stays)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(style.underline))
    elif style.dotted:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(style.dotted))
    elif style.wavy:  # a speaker past the eighth: the second cue
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(style.wavy))
    if style.italic:
        fmt.setFontItalic(True)
    if style.tooltip:
        fmt.setToolTip(style.tooltip)
    return fmt


def badge_format(size: float) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontPointSize(size * 0.85)
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setForeground(QColor("#FFFFFF"))
    fmt.setBackground(QColor("#5A5A5A"))
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    return fmt
