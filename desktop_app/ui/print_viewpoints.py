"""The printed "Viewpoints" section: one row per link, question by question (print, PDF and PNG).

From the same rows as the HTML, CSV and JSON exports (``core.export.viewpoints``), so the filters
apply alike. The relation is printed as a symbol and a word as well as a colour (= agree,
≠ disagree, ~ related), so the table reads on a greyscale printer.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor, QTextCursor, QTextFrameFormat, QTextLength, QTextTableFormat

from desktop_app.core import i18n
from desktop_app.core.compare import Comparison
from desktop_app.core.export.viewpoints import (
    ORIGIN_NOTES,
    RELATION_STYLES,
    ViewpointsTable,
    describe_relations,
    viewpoint_table,
)
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.viewpoints.why_text import why_text
from desktop_app.ui.print_formats import BODY_PT, block, chars, mm
from desktop_app.ui.translations import translate

HEADERS = (QT_TRANSLATE_NOOP("Printout", "Question"), QT_TRANSLATE_NOOP("Printout", "Left actor (polarity)"),
           QT_TRANSLATE_NOOP("Printout", "Relation"), QT_TRANSLATE_NOOP("Printout", "Right actor (polarity)"),
           QT_TRANSLATE_NOOP("Printout", "Why"))
WIDTHS = (19, 19, 12, 19, 31)  # per cent of the page width


def insert_viewpoints(cursor: QTextCursor, comparison: Comparison, criteria: FilterCriteria) -> None:
    """The section at the cursor, when the comparison carries viewpoints; nothing otherwise."""
    table = viewpoint_table(comparison, criteria)
    if table is None:
        return
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock(block(space_before=mm(3), space_after=mm(1)))
    cursor.insertText(translate("Printout", "Viewpoints"), chars(bold=True, size=BODY_PT + 0.5))
    note = _note(table)
    if note:
        cursor.insertText(f"  \u2014 {note}", chars(size=BODY_PT - 1, colour="#555555"))
    if not table.rows:
        cursor.insertBlock(block())
        cursor.insertText(translate("Printout", "No link between the two texts is shown."), chars(colour="#555555", italic=True))
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return
    grid = cursor.insertTable(len(table.rows) + 1, len(HEADERS), _table_format())
    size = BODY_PT - 1
    for column, title in enumerate(HEADERS):
        cell = grid.cellAt(0, column)
        cell_format = cell.format().toTableCellFormat()
        cell_format.setBottomBorder(mm(0.4))
        cell_format.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        cell_format.setBottomBorderBrush(QBrush(QColor("#999999")))
        cell.setFormat(cell_format)
        cell.firstCursorPosition().insertText(translate("Printout", title), chars(bold=True, size=size, colour="#555555"))
    last_question = None
    for number, row in enumerate(table.rows, start=1):
        style = RELATION_STYLES[row.relation]
        if row.question_id != last_question:
            grid.cellAt(number, 0).firstCursorPosition().insertText(row.question, chars(bold=True, size=size))
        last_question = row.question_id
        grid.cellAt(number, 1).firstCursorPosition().insertText(f"{row.left_shown} ({i18n.text(row.left_polarity)})",
                                                                chars(size=size))
        relation = grid.cellAt(number, 2).firstCursorPosition()
        relation.insertText(style.symbol, chars(bold=True, size=size + 1.5, colour=style.colour))
        relation.insertText(f" {style.label}", chars(bold=True, size=size, colour=style.colour))
        if row.origin in ORIGIN_NOTES:
            relation.insertText(f" ({i18n.text(ORIGIN_NOTES[row.origin])})", chars(size=size - 1, colour="#555555"))
        grid.cellAt(number, 3).firstCursorPosition().insertText(f"{row.right_shown} ({i18n.text(row.right_polarity)})",
                                                                chars(size=size))
        grid.cellAt(number, 4).firstCursorPosition().insertText(why_text(row.why), chars(size=size - 0.5, colour="#444444"))
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _note(table: ViewpointsTable) -> str:
    parts = [describe_relations(table.relations)]
    if table.filtered:
        parts.append(translate("Printout", "{shown} of {total} links shown").format(shown=len(table.rows), total=table.total))
    if table.dropped:
        parts.append(translate("Printout", "{n} correction(s) no longer apply").format(n=len(table.dropped)))
    return "; ".join(p for p in parts if p)


def _table_format() -> QTextTableFormat:
    fmt = QTextTableFormat()
    fmt.setBorder(0)
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
    fmt.setCellSpacing(0)
    fmt.setCellPadding(mm(0.7))
    fmt.setHeaderRowCount(1)  # repeated on every page the table runs over
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, w) for w in WIDTHS])
    return fmt
