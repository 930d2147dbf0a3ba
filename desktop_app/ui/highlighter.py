"""Marks → character formats on a plain-text document, fast enough for a 1 MB text.

The document is the source text itself (one block per line, so positions are the text's offsets,
counted in UTF-16 as Qt does) laid out by QPlainTextDocumentLayout, which lays out only what is
shown. Formats are set per block with ``QTextLayout.setFormats`` (no cursor edits, no undo history).
A filter change touches only the blocks of the (actor, kind) groups whose visibility flipped, so
hiding one actor costs in proportion to where that actor appears. Folding ("only paragraphs that
match") hides blocks without rebuilding anything.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextDocument, QTextFormat, QTextLayout
from PySide6.QtWidgets import QPlainTextDocumentLayout

from desktop_app.core.document import Paragraph
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.marks import DIRECT_TINT, Mark, look, shown

__all__ = ["DIRECT_TINT", "Highlighter", "build_text_document", "char_format", "colour_at", "text_lines"]
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")  # two UTF-16 units each in Qt's strings


def build_text_document(text: str, parent: object | None = None) -> QTextDocument:
    """A read-only plain-text document of ``text`` (blank lines keep paragraphs apart)."""
    document = QTextDocument(parent)  # type: ignore[arg-type]
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setUndoRedoEnabled(False)
    document.setDocumentMargin(6)
    document.setPlainText(text)
    return document


def text_lines(text: str) -> list[Paragraph]:
    """Every line of the text (empty ones too) as a span: the blocks of the document."""
    lines: list[Paragraph] = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        lines.append(Paragraph(i, pos, pos + len(line)))
        pos += len(line) + 1
    return lines


class Highlighter:
    """Applies marks to a document built by ``build_text_document(text)``."""

    def __init__(self, document: QTextDocument, text: str) -> None:
        self.document = document
        self.text = text
        self.paragraphs = text_lines(text)  # one per block, blank lines included
        self._starts = [p.start for p in self.paragraphs]
        self._astral = {
            p.index for p in self.paragraphs if _ASTRAL.search(text, p.start, p.end) is not None
        } if _ASTRAL.search(text) else set()
        self._positions: list[int] = []  # QTextDocument position (UTF-16) of each block
        pos = 0
        for p in self.paragraphs:
            self._positions.append(pos)
            pos += self._col16(p.index, p.end - p.start) + 1
        n = len(self.paragraphs)
        self.marks: list[Mark] = []
        self._block_marks: list[list[int]] = [[] for _ in range(n)]
        self._applied: list[tuple[int, ...]] = [() for _ in range(n)]
        self._groups: list[tuple[str | None, str | None]] = []  # (actor key, filter kind)
        self._group_of: list[int] = []  # mark index -> group
        self._group_blocks: list[set[int]] = []  # group -> blocks holding its marks
        self._group_visible: list[bool] = []
        self._formats: dict[tuple[str, str, bool], QTextCharFormat] = {}
        self._folded = False
        self.criteria = FilterCriteria()

    # -- offsets ----------------------------------------------------------------------------

    def _col16(self, block: int, column: int) -> int:
        """A column (in code points) of a block as UTF-16 units."""
        if block not in self._astral:
            return column
        start = self.paragraphs[block].start
        return column + len(_ASTRAL.findall(self.text, start, start + column))

    def block_of(self, offset: int) -> int:
        """Index of the block (line) holding a source-text offset."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def to_position(self, offset: int) -> int:
        """QTextDocument position of a source-text offset."""
        if not self.paragraphs:
            return 0
        i = self.block_of(offset)
        p = self.paragraphs[i]
        return self._positions[i] + self._col16(i, min(max(offset, p.start), p.end) - p.start)

    def to_offset(self, position: int) -> int:
        """Source-text offset of a QTextDocument position."""
        if not self.paragraphs:
            return 0
        i = max(0, bisect_right(self._positions, position) - 1)
        p = self.paragraphs[i]
        units = position - self._positions[i]
        if i in self._astral:
            column = 0
            while column < p.end - p.start and self._col16(i, column + 1) <= units:
                column += 1
            return p.start + column
        return p.start + min(units, p.end - p.start)

    # -- marks ------------------------------------------------------------------------------

    def set_marks(self, marks: list[Mark], criteria: FilterCriteria) -> None:
        """Replace every mark (a new analysis or comparison) and apply ``criteria``."""
        self.marks = marks
        self._block_marks = [[] for _ in self.paragraphs]
        group_ids: dict[tuple[str | None, str | None], int] = {}
        self._group_of = []
        self._group_blocks = []
        starts = self._starts
        n = len(self.paragraphs)
        for index, mark in enumerate(marks):
            group = group_ids.setdefault((mark.actor_key, mark.filter_kind), len(group_ids))
            if group == len(self._group_blocks):
                self._group_blocks.append(set())
            self._group_of.append(group)
            i = max(0, bisect_right(starts, mark.start) - 1)
            while i < n and starts[i] < mark.end:
                if self.paragraphs[i].end > mark.start:
                    self._block_marks[i].append(index)
                    self._group_blocks[group].add(i)
                i += 1
        for lst in self._block_marks:
            lst.sort(key=lambda idx: marks[idx].layer)
        self._groups = list(group_ids)
        self.criteria = criteria
        self._group_visible = self._compute_visible(criteria)
        self._update_blocks(range(n), force=True)

    def apply(self, criteria: FilterCriteria) -> None:
        """Show what ``criteria`` lets through; only blocks whose visible marks changed are redone.

        Marks are grouped by (actor, kind): a change touches only the blocks of the groups whose
        visibility flipped, so hiding one actor costs in proportion to where that actor appears.
        """
        if criteria == self.criteria and self._group_visible:
            return
        old_fold = self.criteria.only_matching_paragraphs
        self.criteria = criteria
        visible = self._compute_visible(criteria)
        flipped = [g for g, (a, b) in enumerate(zip(visible, self._group_visible)) if a != b]
        self._group_visible = visible
        if old_fold != criteria.only_matching_paragraphs:
            blocks: Iterable[int] = range(len(self.paragraphs))
        else:
            touched: set[int] = set()
            for group in flipped:
                touched |= self._group_blocks[group]
            blocks = sorted(touched)
        self._update_blocks(blocks, force=False, fold_changed=old_fold != criteria.only_matching_paragraphs)

    def _compute_visible(self, criteria: FilterCriteria) -> list[bool]:
        return [shown(criteria, key, kind) for key, kind in self._groups]

    def _update_blocks(self, blocks: Iterable[int], *, force: bool, fold_changed: bool = False) -> None:
        """Re-set formats (and fold state) of ``blocks``; relayout only the runs that changed."""
        document = self.document
        visible = self._group_visible
        group_of = self._group_of
        marks = self.marks
        fold = self.criteria.only_matching_paragraphs
        check_fold = fold or fold_changed or self._folded
        changed: list[int] = []
        for i in blocks:
            shown = tuple(idx for idx in self._block_marks[i] if visible[group_of[idx]])
            block = None
            if force or shown != self._applied[i]:
                self._applied[i] = shown
                block = document.findBlockByNumber(i)
                if force and not shown:
                    if block.layout().formats():
                        block.layout().clearFormats()
                        changed.append(i)
                else:
                    block.layout().setFormats(self._ranges(i, shown))
                    changed.append(i)
            if check_fold and self.paragraphs[i].end > self.paragraphs[i].start:
                want = not fold or any(marks[idx].filter_kind is not None for idx in shown)
                block = block or document.findBlockByNumber(i)
                # The blank lines after a paragraph fold with it.
                j = i
                while block.isValid() and (j == i or not block.text()):
                    if block.isVisible() != want:
                        block.setVisible(want)
                        changed.append(j)
                    block = block.next()
                    j += 1
        self._folded = fold
        self._relayout(changed)

    def _relayout(self, changed: list[int]) -> None:
        """Tell the layout which blocks changed (the plain-text layout redoes them lazily)."""
        if not changed:
            return
        first, last = min(changed), max(changed)
        begin = self._positions[first]
        end = self._positions[last] + self._col16(last, self.paragraphs[last].end - self.paragraphs[last].start)
        self.document.markContentsDirty(begin, end - begin + 1)

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
            fr.start = self._col16(block_index, start - p.start)
            fr.length = self._col16(block_index, end - p.start) - fr.start
            fr.format = self._format(mark)
            ranges.append(fr)
        return ranges

    def _format(self, mark: Mark) -> QTextCharFormat:
        key = (mark.style, mark.colour, mark.cued)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = self._formats[key] = char_format(mark.style, mark.colour, mark.cued)
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
            if self._group_visible[self._group_of[idx]]
            and self.marks[idx].start <= offset < self.marks[idx].end
        ]

    def visible_marks_in_blocks(self, first: int, last: int, styles: set[str]) -> list[Mark]:
        """Visible marks of some styles in blocks ``first..last`` (for painting badges and bars)."""
        found: dict[int, Mark] = {}
        for i in range(max(0, first), min(last, len(self.paragraphs) - 1) + 1):
            for idx in self._block_marks[i]:
                mark = self.marks[idx]
                if self._group_visible[self._group_of[idx]] and mark.style in styles:
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


def char_format(style: str, colour: str, cued: bool = False) -> QTextCharFormat:
    """A mark's ``core.marks.look`` as a character format (the same look the exports draw)."""
    mark_look = look(style, colour, cued)
    fmt = QTextCharFormat()
    if mark_look.background:
        fmt.setBackground(QColor(mark_look.background))
    if mark_look.underline:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(mark_look.underline))
    elif mark_look.dotted:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(mark_look.dotted))
    elif mark_look.wavy:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(mark_look.wavy))
    if mark_look.foreground:
        fmt.setForeground(QColor(mark_look.foreground))
    if mark_look.weight:
        fmt.setFontWeight(QFont.Weight.Bold if mark_look.weight == "bold" else QFont.Weight.DemiBold)
    if mark_look.larger:
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
    if mark_look.italic:
        fmt.setFontItalic(True)
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
