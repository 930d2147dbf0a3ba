"""The read-only text widget of a document pane: claim badges and author-voice bars in its margins,
a tooltip for every mark.

Character formats come from the highlighter; what a character format cannot show (a bar beside an
author's words, a small tag naming a claim's kind) is painted in two margin strips, for the visible
blocks only. A QPlainTextEdit lays out only what is on screen, which keeps a 1 MB text fast.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from desktop_app.core.palette import CLAIM_BADGES
from desktop_app.ui.highlighter import Highlighter
from desktop_app.core.marks import Mark, bars

LEFT_MARGIN = 12  # the author-voice bar
RIGHT_MARGIN = 58  # claim badges
BAR_WIDTH = 4


class _MarginStrip(QWidget):
    """A strip beside the text; the view paints into it."""

    def __init__(self, view: DocumentTextView, side: str) -> None:
        super().__init__(view)
        self._view = view
        self.side = side
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(LEFT_MARGIN if self.side == "left" else RIGHT_MARGIN, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._view.paint_margin(self, event)


class DocumentTextView(QPlainTextEdit):
    """QPlainTextEdit that knows the marks of its document (through ``highlighter``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setMouseTracking(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)  # read-only: Tab moves on to the next part of the window
        self.highlighter: Highlighter | None = None
        self.tooltip_for: Callable[[list[Mark], int], str] | None = None
        self.left_strip = _MarginStrip(self, "left")
        self.right_strip = _MarginStrip(self, "right")
        self.setViewportMargins(LEFT_MARGIN, 0, RIGHT_MARGIN, 0)
        self.updateRequest.connect(self._on_update_request)

    def set_highlighter(self, highlighter: Highlighter | None) -> None:
        self.highlighter = highlighter
        self.refresh_margins()

    def refresh_margins(self) -> None:
        self.viewport().update()
        self.left_strip.update()
        self.right_strip.update()

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
        self.centerCursor()

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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        view = self.viewport().geometry()  # the strips sit in the viewport margins, beside the text
        self.left_strip.setGeometry(QRect(view.left() - LEFT_MARGIN, view.top(), LEFT_MARGIN, view.height()))
        self.right_strip.setGeometry(QRect(view.right() + 1, view.top(), RIGHT_MARGIN, view.height()))

    def _on_update_request(self, _rect: QRect, _dy: int) -> None:
        self.left_strip.update()
        self.right_strip.update()

    # -- painting the margins -----------------------------------------------------------------

    def visible_blocks(self) -> list[QTextBlock]:
        blocks: list[QTextBlock] = []
        block = self.firstVisibleBlock()
        bottom = self.viewport().height()
        offset = self.contentOffset()
        while block.isValid():
            if block.isVisible():
                top = self.blockBoundingGeometry(block).translated(offset).top()
                if top > bottom:
                    break
                blocks.append(block)
            block = block.next()
        return blocks

    def paint_margin(self, strip: _MarginStrip, event: QPaintEvent) -> None:
        painter = QPainter(strip)
        painter.fillRect(event.rect(), self.palette().base())
        highlighter = self.highlighter
        if highlighter is None or not highlighter.marks:
            painter.end()
            return
        blocks = self.visible_blocks()
        if not blocks:
            painter.end()
            return
        style = "author" if strip.side == "left" else "claim"
        marks = highlighter.visible_marks_in_blocks(blocks[0].blockNumber(), blocks[-1].blockNumber(), {style})
        if strip.side == "left":
            self._paint_bars(painter, marks)
        else:
            self._paint_badges(painter, marks, blocks[0].blockNumber())
        painter.end()

    def _paint_bars(self, painter: QPainter, marks: list[Mark]) -> None:
        for mark in bars(marks):  # co-authors' shares of one passage: one bar
            top = self._rect_at(mark.start)
            bottom = self._rect_at(max(mark.start, mark.end - 1))
            painter.fillRect(
                QRect(LEFT_MARGIN - BAR_WIDTH - 3, top.top(), BAR_WIDTH, bottom.bottom() - top.top()),
                QColor(mark.colour),
            )

    def _paint_badges(self, painter: QPainter, marks: list[Mark], first_block: int) -> None:
        assert self.highlighter is not None
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.62))
        font.setBold(True)
        painter.setFont(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        used: dict[int, int] = {}  # line top -> x where the next badge on that line ends
        for mark in marks:
            if self.highlighter.block_of(mark.start) < first_block:
                continue  # its badge sits on a line above the view
            top = self._rect_at(mark.start).top()
            label = CLAIM_BADGES.get(mark.detail, mark.detail[:4].upper())
            width = metrics.horizontalAdvance(label) + 6
            x_end = used.get(top, RIGHT_MARGIN - 3)
            box = QRect(x_end - width, top + 1, width, metrics.height() + 1)
            used[top] = box.left() - 2
            colour = QColor(mark.colour)
            painter.setPen(QPen(colour, 1))
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(colour.darker(130))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)

    def _rect_at(self, offset: int) -> QRect:
        assert self.highlighter is not None
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.highlighter.to_position(offset))
        return self.cursorRect(cursor)
