"""The comparison laid out for paper as a QTextDocument: header, legend, chart, two text columns.

Built from ``core.export.marks`` (the same styled runs as the HTML export), so print, PDF and PNG
show exactly the marks of the view with the active filters. The document is laid out at a fixed
resolution (``LAYOUT_DPI``) independent of the screen; ``printing`` scales it onto each page.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPainter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextTableCellFormat,
    QTextTableFormat,
)
from PySide6.QtSvg import QSvgRenderer

from desktop_app.core.compare import Comparison
from desktop_app.core.export.chart_svg import render_chart_svg
from desktop_app.core.export.marks import (
    MARK_LEGEND,
    ParagraphView,
    Run,
    RunStyle,
    SideView,
    describe_filters,
    paragraph_rows,
    side_views,
    visible_actors,
)
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.palette import AUTHOR_VOICE, PALETTE, SIDE_COLOURS, UNKNOWN_SPEAKER, tint

LAYOUT_DPI = 144  # layout units per inch: fine enough that glyph rounding does not show when scaled
BODY_PT = 9.5
LEGEND_ROWS = 14  # actors with a row of their own in the printed legend (as many as the chart's bars)
CHART_URL = QUrl("viewpoints://chart.png")
CHART_WIDTH_PX = 430  # the SVG's own width: narrow, so its labels stay legible at 92 mm; rendered at 2x
_LAYOUT_DEVICE: QImage | None = None


def layout_device() -> QImage:
    """A paint device with a fixed DPI, so font sizes in points lay out the same on every screen."""
    global _LAYOUT_DEVICE
    if _LAYOUT_DEVICE is None:
        _LAYOUT_DEVICE = QImage(4, 4, QImage.Format.Format_RGB32)
        dots_per_metre = round(LAYOUT_DPI / 0.0254)
        _LAYOUT_DEVICE.setDotsPerMeterX(dots_per_metre)
        _LAYOUT_DEVICE.setDotsPerMeterY(dots_per_metre)
    return _LAYOUT_DEVICE


def mm(value: float) -> float:
    """Millimetres in layout units."""
    return value / 25.4 * LAYOUT_DPI


def build_print_document(comparison: Comparison, criteria: FilterCriteria) -> QTextDocument:
    """The whole comparison as one rich-text document, ready to paginate or render."""
    doc = QTextDocument()  # no layout yet: laying out after every insertion would take seconds
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    views = side_views(comparison, criteria)
    left, right = views["left"], views["right"]
    doc.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle,
        " \u2194 ".join(v.title for v in (left, right) if v) or "Comparison",
    )
    chart = chart_image(comparison, criteria, scale=2.0)
    doc.addResource(QTextDocument.ResourceType.ImageResource, CHART_URL, chart)

    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    _header(cursor, left, right)
    filters_line = describe_filters(comparison, criteria)
    if filters_line:
        cursor.insertBlock(_block(space_before=mm(1.5)))
        cursor.insertText(f"Filtered: {filters_line}", _chars(colour="#7A4B00", italic=True))
    _overview(cursor, comparison, criteria, left, right, chart)
    _texts(cursor, left, right)
    cursor.endEditBlock()
    doc.documentLayout().setPaintDevice(layout_device())
    return doc


def chart_image(
    comparison: Comparison, criteria: FilterCriteria, *, width: int = CHART_WIDTH_PX, scale: float = 2.0
) -> QImage:
    """The SVG mentions chart rendered to an image (the same chart as the HTML export)."""
    svg = render_chart_svg(comparison, criteria, width=width)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(QSize(round(size.width() * scale), round(size.height() * scale)), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def print_date() -> str:
    return datetime.now().strftime("%Y-%m-%d %H:%M")


# --- parts --------------------------------------------------------------------------------------


def _chars(
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


def _block(*, space_before: float = 0, space_after: float = 0) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(space_before)
    fmt.setBottomMargin(space_after)
    return fmt


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
    cursor.setBlockFormat(_block(space_after=mm(1)))
    cursor.insertText("Viewpoints \u2014 who says what", _chars(size=BODY_PT + 1, bold=True, colour="#555555"))
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
            c.insertText("(no document)", _chars(size=13, bold=True, colour="#888888"))
            continue
        c.insertText(view.title, _chars(size=13, bold=True))
        facts = " \u00b7 ".join(x for x in (view.outlet, view.date, view.genre, view.language) if x)
        if facts:
            c.insertBlock(_block(space_before=mm(0.6)))
            c.insertText(facts, _chars(colour="#555555"))
        if view.authors:
            c.insertBlock(_block())
            c.insertText("By " + "; ".join(view.authors), _chars(colour="#555555"))
        n = view.counts
        c.insertBlock(_block())
        c.insertText(
            f"{n.get('direct', 0)} direct, {n.get('indirect', 0)} indirect quotes, "
            f"{n.get('author', 0)} author passages, {n.get('claim', 0)} claims",
            _chars(colour="#555555", size=BODY_PT - 1),
        )
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _overview(cursor: QTextCursor, comparison, criteria, left, right, chart: QImage) -> None:
    """Legend of actors and marks beside the mentions chart."""
    table = _plain_table(cursor, 1, 2, [50, 50])
    c = table.cellAt(0, 0).firstCursorPosition()
    c.insertText("Legend", _chars(bold=True, size=BODY_PT + 0.5))
    everyone = visible_actors(comparison, criteria)
    actors, rest = everyone[:LEGEND_ROWS], everyone[LEGEND_ROWS:]
    legend = c.insertTable(len(actors) + 1, 5, _legend_format())
    for col, label in enumerate(("Actor", "Kind", "Left", "Right", "Quotes")):
        legend.cellAt(0, col).firstCursorPosition().insertText(label, _chars(bold=True, colour="#555555", size=BODY_PT - 1))
    for row, actor in enumerate(actors, start=1):
        cc = legend.cellAt(row, 0).firstCursorPosition()
        cc.insertText("\u25a0 ", _chars(colour=actor.colour, size=BODY_PT - 1))
        cc.insertText(actor.name, _chars(colour=actor.colour, bold=True, size=BODY_PT - 1))
        values = (actor.kind, actor.counts.get("left", 0), actor.counts.get("right", 0), sum(actor.quotes.values()))
        for col, value in enumerate(values, start=1):
            legend.cellAt(row, col).firstCursorPosition().insertText(str(value), _chars(size=BODY_PT - 1))
    c = table.cellAt(0, 0).lastCursorPosition()
    if rest:  # the long tail in one line, each name still in its colour
        c.insertBlock(_block(space_before=mm(0.6)))
        c.insertText("Also: ", _chars(size=BODY_PT - 1.5, colour="#555555"))
        for i, actor in enumerate(rest):
            c.insertText(actor.name, _chars(size=BODY_PT - 1.5, colour=actor.colour))
            if i < len(rest) - 1:
                c.insertText(", ", _chars(size=BODY_PT - 1.5, colour="#555555"))
    for kind, label, looks in MARK_LEGEND:
        c.insertBlock(_block(space_before=mm(0.4)))
        _legend_sample(c, kind, label)
        c.insertText(f" \u2014 {looks}", _chars(size=BODY_PT - 1, colour="#333333"))
    c = table.cellAt(0, 1).firstCursorPosition()
    c.insertText("Mentions", _chars(bold=True, size=BODY_PT + 0.5))
    c.insertBlock(_block(space_before=mm(1)))
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
        [QTextLength(QTextLength.Type.PercentageLength, w) for w in (36, 22, 12, 13, 17)]
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
        cursor.insertText("\u258c", _chars(colour=AUTHOR_VOICE, size=BODY_PT - 1))
        cursor.insertText(label, _chars(size=BODY_PT - 1))
        return
    styles = {
        "direct": RunStyle(background=tint(colour, 0.28)),
        "indirect": RunStyle(underline=colour),
        "cue": RunStyle(bold=True),
        "mention": RunStyle(colour=colour),
        "claim": RunStyle(dotted=UNKNOWN_SPEAKER),
    }
    _insert_run(cursor, Run(label, 0, len(label), styles[kind], ["STANCE"] if kind == "claim" else []), BODY_PT - 1)


def _texts(cursor: QTextCursor, left: SideView | None, right: SideView | None) -> None:
    """Both texts paragraph by paragraph; the title row repeats at the top of every page."""
    rows = paragraph_rows(left, right)
    fmt = QTextTableFormat()
    fmt.setBorder(0)
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
    fmt.setBorderCollapse(True)
    fmt.setCellSpacing(0)
    fmt.setCellPadding(0)
    fmt.setTopMargin(mm(3))
    fmt.setHeaderRowCount(1)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 50)] * 2)
    table = cursor.insertTable(len(rows) + 1, 2, fmt)
    for column, (view, side) in enumerate(((left, "left"), (right, "right"))):
        cell = table.cellAt(0, column)
        cell.setFormat(_cell_format(column, bottom=SIDE_COLOURS[side]))
        title = view.title if view else "(no document)"
        cell.firstCursorPosition().insertText(title, _chars(bold=True, size=BODY_PT + 0.5))
    for row, pair in enumerate(rows, start=1):
        for column, paragraph in enumerate(pair):
            cell = table.cellAt(row, column)
            cell.setFormat(_cell_format(column, author=paragraph.author_colour if paragraph else None))
            if paragraph is not None:
                _paragraph(cell.firstCursorPosition(), paragraph)
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _cell_format(column: int, *, bottom: str | None = None, author: str | None = None) -> QTextTableCellFormat:
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


def _paragraph(cursor: QTextCursor, paragraph: ParagraphView) -> None:
    size = BODY_PT + 1 if paragraph.heading else BODY_PT
    for run in paragraph.runs:
        _insert_run(cursor, run, size, bold=paragraph.heading)


def _insert_run(cursor: QTextCursor, run: Run, size: float, *, bold: bool = False) -> None:
    cursor.insertText(run.text, run_format(run.style, size, bold=bold))
    for badge in run.badges:
        cursor.insertText("\u2009", _chars(size=size))
        cursor.insertText(f"\u00a0{badge}\u00a0", _badge_format(size))


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
    if style.tooltip:
        fmt.setToolTip(style.tooltip)
    return fmt


def _badge_format(size: float) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontPointSize(size * 0.85)
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setForeground(QColor("#FFFFFF"))
    fmt.setBackground(QColor("#5A5A5A"))
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    return fmt
