"""The read-only text widget of a document pane: paints claim badges and author-voice bars, explains
every mark in a tooltip.

Character formats come from the highlighter; what a character format cannot show (a bar in the
margin, a small tag naming a claim's kind) is painted here, for the visible part of the text only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPen, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from desktop_app.ui.highlighter import LEFT_MARGIN, Highlighter
from desktop_app.ui.marks import CLAIM_BADGES, Mark

BAR_WIDTH = 4


class DocumentTextView(QTextEdit):
    """QTextEdit that knows the marks of its document (through ``highlighter``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setMouseTracking(True)
        self.highlighter: Highlighter | None = None
        self.tooltip_for: Callable[[list[Mark], int], str] | None = None

    def set_highlighter(self, highlighter: Highlighter | None) -> None:
        self.highlighter = highlighter
        self.viewport().update()

    # -- positions --------------------------------------------------------------------------

    def offset_at(self, pos: QPoint) -> int | None:
        """Source-text offset of the character under a viewport point, or None."""
        if self.highlighter is None:
            return None
        cursor = self.cursorForPosition(pos)
        rect = self.cursorRect(cursor)
        position = cursor.position()
        # cursorForPosition snaps to the nearest gap; step back when the point is left of it.
        if pos.x() < rect.x() and position > 0:
            position -= 1
        return self.highlighter.to_offset(position)

    def marks_at(self, pos: QPoint) -> list[Mark]:
        offset = self.offset_at(pos)
        if offset is None or self.highlighter is None:
            return []
        return self.highlighter.visible_marks_at(offset)

    def selected_offsets(self) -> tuple[int, int] | None:
        """The selection as a source-text span, or None without a selection."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.highlighter is None:
            return None
        start = self.highlighter.to_offset(cursor.selectionStart())
        end = self.highlighter.to_offset(cursor.selectionEnd())
        return (start, end) if end > start else None

    def scroll_to_offset(self, offset: int) -> None:
        """Move the caret to a source-text offset and bring it to the upper part of the view."""
        if self.highlighter is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.highlighter.to_position(offset))
        self.setTextCursor(cursor)
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 4)

    # -- Qt overrides -----------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            marks = self.marks_at(event.pos())
            offset = self.offset_at(event.pos())
            text = self.tooltip_for(marks, offset or 0) if marks and self.tooltip_for else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.highlighter is None or not self.highlighter.marks:
            return
        viewport = self.viewport()
        first = self.cursorForPosition(QPoint(0, 0)).blockNumber()
        last = self.cursorForPosition(QPoint(viewport.width(), viewport.height())).blockNumber()
        marks = self.highlighter.visible_marks_in_blocks(first, last, {"author", "claim"})
        if not marks:
            return
        painter = QPainter(viewport)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        badge_font = QFont(self.font())
        badge_font.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.62))
        badge_font.setBold(True)
        painter.setFont(badge_font)
        used: dict[int, int] = {}  # line top -> x already used by badges on that line
        right = viewport.width() - 4
        for mark in marks:
            top = self._rect_at(mark.start)
            if mark.style == "author":
                bottom = self._rect_at(max(mark.start, mark.end - 1))
                x = int(LEFT_MARGIN / 2) - BAR_WIDTH // 2 + 2
                painter.fillRect(
                    QRect(x, top.top(), BAR_WIDTH, bottom.bottom() - top.top()), QColor(mark.colour)
                )
                continue
            label = CLAIM_BADGES.get(mark.detail, mark.detail[:4].upper())
            width = painter.fontMetrics().horizontalAdvance(label) + 6
            height = painter.fontMetrics().height() + 1
            x_end = used.get(top.top(), right)
            box = QRect(x_end - width, top.top() + 1, width, height)
            used[top.top()] = box.left() - 2
            colour = QColor(mark.colour)
            painter.setPen(QPen(colour, 1))
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(colour.darker(130))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.end()

    def _rect_at(self, offset: int) -> QRect:
        assert self.highlighter is not None
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.highlighter.to_position(offset))
        return self.cursorRect(cursor)
