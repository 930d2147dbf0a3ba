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
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWhatsThis, QWidget

from desktop_app.core.palette import claim_badge
from desktop_app.ui.highlighter import Highlighter
from desktop_app.core.marks import Mark, bars

LEFT_MARGIN = 12  # the author-voice bar
RIGHT_MARGIN = 58  # claim badges (a badge wider than the strip is narrowed to fit it)
BAR_WIDTH = 4
BADGE_GAP = 2  # between two badges, and from the strip's edges


def layout_badges(items: list[tuple[int, int]], strip_width: int, height: int) -> list[QRect]:
    """Boxes for badges wanted at (line top, width): side by side from the right edge while they fit
    the strip, else stacked under the ones already there; never overlapping, never past the edges."""
    placed: list[QRect] = []
    for top, width in items:
        width = min(width, strip_width - 2 * BADGE_GAP)
        y = top + 1
        while True:
            row = [r for r in placed if r.top() < y + height and y < r.bottom() + 1]
            right = min((r.left() for r in row), default=strip_width) - BADGE_GAP
            if right - width >= BADGE_GAP:
                break
            y = max(r.bottom() + 1 for r in row) + 1  # the next free row under this one
        box = QRect(right - width, y, width, height)
        placed.append(box)
    return placed


_HELP_EVENTS = (QEvent.Type.ToolTip, QEvent.Type.WhatsThis, QEvent.Type.QueryWhatsThis)


class _MarginStrip(QWidget):
    """A strip beside the text; the view paints into it."""

    def __init__(self, view: DocumentTextView, side: str) -> None:
        super().__init__(view)
        self._view = view
        self.side = side
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(LEFT_MARGIN if self.side == "left" else self._view.right_margin(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._view.paint_margin(self, event)

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if self.side == "right" and isinstance(event, QHelpEvent) and kind in _HELP_EVENTS:
            text = self._view.badge_tooltip(event.pos())
            if kind == QEvent.Type.QueryWhatsThis:
                event.setAccepted(bool(text))
            elif kind == QEvent.Type.WhatsThis and text:
                QWhatsThis.showText(event.globalPos(), text, self)
            elif text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


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
        self.badges: list[tuple[QRect, Mark]] = []  # where the last paint put each claim's badge
        self._right_margin = RIGHT_MARGIN
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
        if event.type() in (QEvent.Type.WhatsThis, QEvent.Type.QueryWhatsThis) and isinstance(event, QHelpEvent):
            text = self.whats_this_at(event.pos())
            if event.type() == QEvent.Type.QueryWhatsThis:
                event.setAccepted(bool(text))
            elif text:
                QWhatsThis.showText(event.globalPos(), text, self.viewport())
            return True
        return super().viewportEvent(event)

    def whats_this_at(self, pos: QPoint) -> str:
        """Help > What's This? on the text: what the marks under ``pos`` are; empty off the marks."""
        from desktop_app.ui.help import marks_whats_this

        return marks_whats_this(self.marks_at(pos))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_strips()

    def right_margin(self) -> int:
        """The width of the badge strip: the widest badge fits at the current font."""
        return self._right_margin

    def _place_strips(self) -> None:
        view = self.viewport().geometry()  # the strips sit in the viewport margins, beside the text
        self.left_strip.setGeometry(QRect(view.left() - LEFT_MARGIN, view.top(), LEFT_MARGIN, view.height()))
        self.right_strip.setGeometry(QRect(view.right() + 1, view.top(), self._right_margin, view.height()))

    def badge_tooltip(self, pos: QPoint) -> str:
        """What the badge under ``pos`` (in the badge strip) means; empty off the badges."""
        from desktop_app.ui.legend import claim_explanation

        for box, mark in self.badges:
            if box.contains(pos):
                return claim_explanation(mark.detail)
        return ""

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
        if strip.side == "right":
            self.badges = []
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

    def _badge_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.62))
        font.setBold(True)
        return font

    def _badge_metrics(self) -> QFontMetrics:
        return QFontMetrics(self._badge_font())

    def _paint_badges(self, painter: QPainter, marks: list[Mark], first_block: int) -> None:
        assert self.highlighter is not None
        painter.setFont(self._badge_font())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        shown = [m for m in marks if self.highlighter.block_of(m.start) >= first_block]  # else above the view
        shown.sort(key=lambda m: m.start)
        labels = [claim_badge(m.detail) for m in shown]
        wanted = [(self._rect_at(m.start).top(), metrics.horizontalAdvance(label) + 6)
                  for m, label in zip(shown, labels)]
        boxes = layout_badges(wanted, self._right_margin, metrics.height() + 1)
        self.badges = list(zip(boxes, shown))
        for box, mark, label in zip(boxes, shown, labels):
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
