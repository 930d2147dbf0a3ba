"""Connectors in the gap between the two panes, as a diff viewer draws them, and the marked passages.

The compare view's splitter handle is widened into a gap; each visible viewpoint link is a band
from its left passage's lines to its right passage's lines, filled and edged in the relation's
colour and line pattern (solid agree, dashed disagree, dotted related), so the bands read without
colour too. A band whose other end is scrolled away runs to the top or bottom edge of that pane.

Painting costs in proportion to the links, not the text: a link's blocks come from the
highlighter's offset index (a bisection), and only links with an end on screen are laid out
(``cursorRect`` of two offsets a side). The gap repaints when either pane scrolls, its layout
changes (zoom, resize) or the links change. Clicking a band selects its link.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QTextCursor, QTextFormat
from PySide6.QtWidgets import QSplitter, QSplitterHandle, QTextEdit, QWidget

from desktop_app.core.export.viewpoints import RELATION_STYLES, ViewpointRow

if TYPE_CHECKING:
    from desktop_app.ui.document_pane import DocumentPane
    from desktop_app.ui.highlighter import Highlighter
    from desktop_app.ui.text_view import DocumentTextView

GAP_WIDTH = 40  # pixels between the panes
OFF_SCREEN = 10  # how far past a pane's edge a band to a passage out of view runs
PEN_STYLES = {"solid": Qt.PenStyle.SolidLine, "dashed": Qt.PenStyle.DashLine, "dotted": Qt.PenStyle.DotLine}
MARK_ALPHA = 100  # the selected link's passages: the relation's colour over the text's own marks


@dataclass
class Band:
    """One painted connector: the link it stands for and the shape it was drawn with (for clicks)."""

    row: ViewpointRow
    path: QPainterPath


def row_key(row: ViewpointRow) -> tuple[tuple[int, int], tuple[int, int]]:
    return row.left_span, row.right_span


class ConnectorHandle(QSplitterHandle):
    """The splitter handle between the panes, painting the links' bands."""

    def __init__(self, orientation: Qt.Orientation, parent: ConnectorSplitter) -> None:
        super().__init__(orientation, parent)
        self._splitter = parent
        self._press: QPoint | None = None
        self.bands: list[Band] = []
        self.setMouseTracking(True)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        self.bands = self._splitter.paint_connectors(painter, self)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        pos = event.position().toPoint()
        if press is None or event.button() != Qt.MouseButton.LeftButton or (pos - press).manhattanLength() > 3:
            return  # a drag of the splitter, not a click
        band = self.band_at(QPointF(pos))
        if band is not None:
            self._splitter.link_clicked.emit(band.row)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton:
            band = self.band_at(event.position())
            self.setToolTip(_tip(band.row) if band is not None else "")

    def band_at(self, point: QPointF) -> Band | None:
        """The band under a point, the selected (topmost) one first."""
        for band in reversed(self.bands):
            if band.path.contains(point):
                return band
        return None


class ConnectorSplitter(QSplitter):
    """The compare view's splitter: its handle is the gap where the links are drawn."""

    link_clicked = Signal(object)  # ViewpointRow

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.setHandleWidth(GAP_WIDTH)
        self._panes: tuple[DocumentPane, DocumentPane] | None = None
        self.rows: list[ViewpointRow] = []
        self.selected: ViewpointRow | None = None

    def createHandle(self) -> QSplitterHandle:
        return ConnectorHandle(self.orientation(), self)

    def gap(self) -> ConnectorHandle | None:
        handle = self.handle(1) if self.count() > 1 else None
        return handle if isinstance(handle, ConnectorHandle) else None

    def set_panes(self, left: DocumentPane, right: DocumentPane) -> None:
        """The two ``DocumentPane``s whose passages the bands join; repaint as they scroll."""
        self._panes = (left, right)
        for pane in (left, right):
            bar = pane.text_edit.verticalScrollBar()
            bar.valueChanged.connect(self.refresh)
            bar.rangeChanged.connect(self.refresh)

    def set_links(self, rows: list[ViewpointRow], selected: ViewpointRow | None = None) -> None:
        self.rows = list(rows)
        keys = {row_key(r) for r in self.rows}
        self.selected = selected if selected is not None and row_key(selected) in keys else None
        self.refresh()

    def select(self, row: ViewpointRow | None) -> None:
        self.selected = row
        self.refresh()

    def refresh(self, *_args: object) -> None:
        gap = self.gap()
        if gap is not None:
            gap.update()

    # -- painting -----------------------------------------------------------------------------

    def paint_connectors(self, painter: QPainter, handle: ConnectorHandle) -> list[Band]:
        """Draw the bands of the links with an end on screen; return them for hit-testing."""
        if not self.rows or self._panes is None:
            return []
        sides = [_SideGeometry.of(pane, handle) for pane in self._panes]
        if sides[0] is None or sides[1] is None:
            return []
        left, right = sides
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(QRect(0, min(left.top, right.top), handle.width(),
                                  max(left.bottom, right.bottom) - min(left.top, right.top)))
        width = handle.width()
        bands: list[Band] = []
        chosen = row_key(self.selected) if self.selected is not None else None
        ordered = sorted(self.rows, key=lambda r: row_key(r) == chosen)  # the selected one on top
        for row in ordered:
            ys_left = left.span_y(*row.left_span)
            ys_right = right.span_y(*row.right_span)
            if not (ys_left[2] or ys_right[2]):
                continue  # neither end on screen: nothing to draw
            shape = _band(ys_left, ys_right, width)
            _draw(painter, shape, row.relation, selected=row_key(row) == chosen)
            bands.append(Band(row, shape[0]))
        return bands


class _SideGeometry:
    """Where one pane's text lines are, in the handle's coordinates."""

    def __init__(self, text_edit: DocumentTextView, highlighter: Highlighter, top: int, bottom: int) -> None:
        self.text_edit = text_edit
        self.highlighter = highlighter
        self.top, self.bottom = top, bottom
        viewport = text_edit.viewport()
        self.first = text_edit.firstVisibleBlock().blockNumber()
        self.last = text_edit.cursorForPosition(QPoint(0, viewport.height() - 1)).blockNumber()

    @classmethod
    def of(cls, pane: DocumentPane, handle: QWidget) -> _SideGeometry | None:
        text_edit, highlighter = pane.text_edit, pane.highlighter
        if highlighter is None or pane.document is None or not text_edit.isVisible():
            return None
        viewport = text_edit.viewport()
        top = handle.mapFromGlobal(viewport.mapToGlobal(QPoint(0, 0))).y()
        return cls(text_edit, highlighter, top, top + viewport.height())

    def span_y(self, start: int, end: int) -> tuple[float, float, bool]:
        """(top, bottom, on screen) of a passage's lines; off screen: pinned past the nearer edge."""
        hl = self.highlighter
        first_block = hl.block_of(start)
        last_block = hl.block_of(max(start, end - 1))
        if last_block < self.first:
            return self.top - OFF_SCREEN, self.top - OFF_SCREEN + 2, False
        if first_block > self.last:
            return self.bottom + OFF_SCREEN - 2, self.bottom + OFF_SCREEN, False
        y_top = self._y(start, top=True) if first_block >= self.first else self.top - OFF_SCREEN
        y_bottom = self._y(max(start, end - 1), top=False) if last_block <= self.last else self.bottom + OFF_SCREEN
        return max(y_top, self.top - OFF_SCREEN), min(y_bottom, self.bottom + OFF_SCREEN), True

    def _y(self, offset: int, *, top: bool) -> float:
        cursor = QTextCursor(self.text_edit.document())
        cursor.setPosition(self.highlighter.to_position(offset))
        rect = self.text_edit.cursorRect(cursor)
        return self.top + (rect.top() if top else rect.bottom() + 1)


def _band(left: tuple[float, float, bool], right: tuple[float, float, bool], width: int
          ) -> tuple[QPainterPath, QPainterPath]:
    """A band from the left edge (its passage's lines) to the right edge, curved like a diff viewer's,
    and its two long edges (what is stroked: the short ends lie on the panes' borders)."""
    (lt, lb, _), (rt, rb, _) = left, right
    mid = width / 2
    path = QPainterPath(QPointF(0, lt))
    path.cubicTo(QPointF(mid, lt), QPointF(mid, rt), QPointF(width, rt))
    path.lineTo(QPointF(width, rb))
    path.cubicTo(QPointF(mid, rb), QPointF(mid, lb), QPointF(0, lb))
    path.closeSubpath()
    edges = QPainterPath(QPointF(0, lt))
    edges.cubicTo(QPointF(mid, lt), QPointF(mid, rt), QPointF(width, rt))
    edges.moveTo(QPointF(0, lb))
    edges.cubicTo(QPointF(mid, lb), QPointF(mid, rb), QPointF(width, rb))
    return path, edges


def _draw(painter: QPainter, shape: tuple[QPainterPath, QPainterPath], relation: str, *, selected: bool) -> None:
    style = RELATION_STYLES[relation]
    colour = QColor(style.colour)
    fill = QColor(colour)
    fill.setAlphaF(min(1.0, style.fill_alpha * (2.2 if selected else 1.0)))
    painter.fillPath(shape[0], fill)
    pen = QPen(colour, 2.2 if selected else 1.2, PEN_STYLES[style.pattern])
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.strokePath(shape[1], pen)


def _tip(row: ViewpointRow) -> str:
    style = RELATION_STYLES[row.relation]
    return f"{row.left_shown} {style.symbol} {row.right_shown} ({style.label}) \u2014 {row.question}"


# -- the selected link's passages in the panes ---------------------------------------------------


def passage_selection(text_edit: DocumentTextView, highlighter: Highlighter, span: tuple[int, int], relation: str
                      ) -> QTextEdit.ExtraSelection:
    """An extra selection marking a passage in the relation's colour (over the text's own marks)."""
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(text_edit.document())
    cursor.setPosition(highlighter.to_position(span[0]))
    cursor.setPosition(highlighter.to_position(span[1]), QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    colour = QColor(RELATION_STYLES[relation].colour)
    colour.setAlpha(MARK_ALPHA)
    selection.format.setBackground(colour)
    selection.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
    return selection
