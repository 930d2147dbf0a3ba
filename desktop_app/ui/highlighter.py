"""Marks → character formats on a QTextDocument, fast enough for a 1 MB text.

The document is built once (one block per paragraph); formats are set per block with
``QTextLayout.setFormats`` (no cursor edits, no undo history, no re-parsing). A filter change only
recomputes which marks are visible and re-sets the blocks whose marks changed, so toggling one actor
touches only the paragraphs where that actor appears. Folding ("only paragraphs that match") hides
blocks without rebuilding anything.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLayout,
)

from desktop_app.core.document import Paragraph
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.palette import tint
from desktop_app.ui.marks import Mark

DIRECT_TINT = 0.30
PARAGRAPH_SPACING = 8.0
LEFT_MARGIN = 16.0  # room for the author-voice bar
RIGHT_MARGIN = 54.0  # room for claim badges


def build_text_document(paragraphs: list[str], parent: object | None = None) -> QTextDocument:
    """A read-only document with one block per paragraph and room in the margins for marks."""
    document = QTextDocument(parent)  # type: ignore[arg-type]
    document.setUndoRedoEnabled(False)
    document.setPlainText("\n".join(paragraphs))
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    block_format = QTextBlockFormat()
    block_format.setBottomMargin(PARAGRAPH_SPACING)
    block_format.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor.mergeBlockFormat(block_format)
    frame_format = document.rootFrame().frameFormat()
    frame_format.setLeftMargin(LEFT_MARGIN)
    frame_format.setRightMargin(RIGHT_MARGIN)
    document.rootFrame().setFrameFormat(frame_format)
    return document


class Highlighter:
    """Applies marks to a document whose blocks are ``paragraphs`` of the source text, in order."""

    def __init__(self, document: QTextDocument, paragraphs: list[Paragraph]) -> None:
        self.document = document
        self.paragraphs = paragraphs
        self._starts = [p.start for p in paragraphs]
        self._positions: list[int] = []  # QTextDocument position of each block
        pos = 0
        for p in paragraphs:
            self._positions.append(pos)
            pos += p.end - p.start + 1
        self.marks: list[Mark] = []
        self._block_marks: list[list[int]] = [[] for _ in paragraphs]
        self._applied: list[tuple[int, ...]] = [() for _ in paragraphs]
        self._visible: list[bool] = []
        self._formats: dict[tuple[str, str], QTextCharFormat] = {}
        self._folded = False
        self.criteria = FilterCriteria()

    # -- offsets ----------------------------------------------------------------------------

    def block_of(self, offset: int) -> int:
        """Index of the paragraph holding (or preceding) a source-text offset."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def to_position(self, offset: int) -> int:
        """QTextDocument position of a source-text offset (clamped into its paragraph)."""
        if not self.paragraphs:
            return 0
        i = self.block_of(offset)
        p = self.paragraphs[i]
        return self._positions[i] + min(max(offset, p.start), p.end) - p.start

    def to_offset(self, position: int) -> int:
        """Source-text offset of a QTextDocument position."""
        if not self.paragraphs:
            return 0
        i = max(0, bisect_right(self._positions, position) - 1)
        p = self.paragraphs[i]
        return p.start + min(position - self._positions[i], p.end - p.start)

    # -- marks ------------------------------------------------------------------------------

    def set_marks(self, marks: list[Mark], criteria: FilterCriteria) -> None:
        """Replace every mark (a new analysis or comparison) and apply ``criteria``."""
        self.marks = marks
        self._block_marks = [[] for _ in self.paragraphs]
        starts = self._starts
        n = len(self.paragraphs)
        for index, mark in enumerate(marks):
            i = max(0, bisect_right(starts, mark.start) - 1)
            while i < n and starts[i] < mark.end:
                if self.paragraphs[i].end > mark.start:
                    self._block_marks[i].append(index)
                i += 1
        for lst in self._block_marks:
            lst.sort(key=lambda idx: marks[idx].layer)
        self.criteria = criteria
        self._visible = self._compute_visible(criteria)
        self._apply_all(force=True)

    def apply(self, criteria: FilterCriteria) -> None:
        """Show what ``criteria`` lets through; only blocks whose visible marks changed are redone."""
        if criteria == self.criteria and self._visible:
            return
        self.criteria = criteria
        self._visible = self._compute_visible(criteria)
        self._apply_all(force=False)

    def _compute_visible(self, criteria: FilterCriteria) -> list[bool]:
        cache: dict[tuple[str | None, str | None], bool] = {}
        visible: list[bool] = []
        for mark in self.marks:
            group = (mark.actor_key, mark.filter_kind)
            seen = cache.get(group)
            if seen is None:
                seen = cache[group] = mark.filter_kind is None or (
                    criteria.actor_visible(mark.actor_key) and criteria.kind_visible(mark.filter_kind)
                )
            visible.append(seen)
        return visible

    def _apply_all(self, *, force: bool) -> None:
        document = self.document
        visible = self._visible
        marks = self.marks
        fold = self.criteria.only_matching_paragraphs
        first = last = -1
        block = document.firstBlock()
        for i, indexes in enumerate(self._block_marks):
            if not block.isValid():
                break
            shown = tuple(idx for idx in indexes if visible[idx])
            if force or shown != self._applied[i]:
                self._applied[i] = shown
                block.layout().setFormats(self._ranges(i, shown))
                first = i if first < 0 else first
                last = i
            if fold or self._folded:
                want = not fold or any(marks[idx].filter_kind is not None for idx in shown)
                if block.isVisible() != want:
                    block.setVisible(want)
                    first = i if first < 0 or i < first else first
                    last = max(last, i)
            block = block.next()
        self._folded = fold
        if first >= 0:
            start = self._positions[first]
            end = self._positions[last] + self.paragraphs[last].end - self.paragraphs[last].start
            document.markContentsDirty(start, end - start + 1)

    def _ranges(self, block_index: int, shown: tuple[int, ...]) -> list[QTextLayout.FormatRange]:
        p = self.paragraphs[block_index]
        ranges: list[QTextLayout.FormatRange] = []
        for idx in shown:
            mark = self.marks[idx]
            start = max(mark.start, p.start)
            end = min(mark.end, p.end)
            if end <= start:
                continue
            fr = QTextLayout.FormatRange()
            fr.start = start - p.start
            fr.length = end - start
            fr.format = self._format(mark)
            ranges.append(fr)
        return ranges

    def _format(self, mark: Mark) -> QTextCharFormat:
        key = (mark.style, mark.colour)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = self._formats[key] = char_format(mark.style, mark.colour)
        return fmt

    # -- queries ----------------------------------------------------------------------------

    def visible_marks_at(self, offset: int) -> list[Mark]:
        """The marks the reader sees at a source-text offset."""
        if not self.paragraphs:
            return []
        i = self.block_of(offset)
        return [
            self.marks[idx]
            for idx in self._block_marks[i]
            if self._visible[idx] and self.marks[idx].start <= offset < self.marks[idx].end
        ]

    def visible_marks_in_blocks(self, first: int, last: int, styles: set[str]) -> list[Mark]:
        """Visible marks of some styles in blocks ``first..last`` (for painting badges and bars)."""
        found: dict[int, Mark] = {}
        for i in range(max(0, first), min(last, len(self.paragraphs) - 1) + 1):
            for idx in self._block_marks[i]:
                mark = self.marks[idx]
                if self._visible[idx] and mark.style in styles:
                    found[idx] = mark
        return [found[k] for k in sorted(found)]

    def matching_blocks(self) -> set[int]:
        """Paragraph indexes holding at least one visible (filterable) mark."""
        return {
            i
            for i, shown in enumerate(self._applied)
            if any(self.marks[idx].filter_kind is not None for idx in shown)
        }

    def block_formats(self, block_index: int) -> list[QTextLayout.FormatRange]:
        return list(self.document.findBlockByNumber(block_index).layout().formats())


def char_format(style: str, colour: str) -> QTextCharFormat:
    """How each kind of mark looks; every kind differs in shape, not only in colour."""
    fmt = QTextCharFormat()
    if style == "direct":
        fmt.setBackground(QColor(tint(colour, DIRECT_TINT)))
    elif style == "indirect":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(colour))
        fmt.setBackground(QColor(tint(colour, 0.08)))
    elif style == "claim":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(colour))
    elif style == "mention":
        fmt.setForeground(QColor(colour))
        fmt.setFontWeight(QFont.Weight.DemiBold)
    elif style == "cue":
        fmt.setFontWeight(QFont.Weight.Bold)
    elif style == "heading":
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
    fmt.setProperty(QTextFormat.Property.UserProperty, style)
    return fmt


def colour_at(document: QTextDocument, position: int, prop: str = "background") -> str | None:
    """The colour a mark gave the character at ``position`` (for tests and exports), or None."""
    block = document.findBlock(position)
    column = position - block.position()
    result: str | None = None
    for fr in block.layout().formats():
        if fr.start <= column < fr.start + fr.length:
            brush = fr.format.background() if prop == "background" else fr.format.foreground()
            if brush.style() != Qt.BrushStyle.NoBrush:
                result = brush.color().name().upper()
            if prop == "underline" and fr.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline:
                result = fr.format.underlineColor().name().upper()
    return result
