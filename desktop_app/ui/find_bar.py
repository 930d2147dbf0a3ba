"""Find (Ctrl+F): one search box for both panes, with next / previous (F3 / Shift+F3).

Searching goes forward through the pane the reader is in, then on into the other pane, and wraps
around; the match is selected and scrolled into view. The bar also says how often the words occur
on each side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

if TYPE_CHECKING:
    from desktop_app.ui.compare_view import CompareView
    from desktop_app.ui.document_pane import DocumentPane


class _SearchBox(QLineEdit):
    def __init__(self, bar: FindBar) -> None:
        super().__init__(bar)
        self._bar = bar

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self._bar.find_previous()
            else:
                self._bar.find_next()
            return
        if event.key() == Qt.Key.Key_Escape:
            self._bar.hide()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """A bar under the panes; hidden until Find is used."""

    def __init__(self, compare_view: CompareView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._view = compare_view
        self._side = "left"
        self.search_box = _SearchBox(self)
        self.search_box.setPlaceholderText(self.tr("Find in both documents"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._update_counts)
        self.counts_label = QLabel(self)
        previous = QToolButton(self)
        previous.setText("◀")
        previous.setToolTip(self.tr("Previous match (Shift+F3)"))
        previous.clicked.connect(self.find_previous)
        following = QToolButton(self)
        following.setText("▶")
        following.setToolTip(self.tr("Next match (F3)"))
        following.clicked.connect(self.find_next)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(QLabel(self.tr("Find:"), self))
        layout.addWidget(self.search_box, 1)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(self.counts_label)
        layout.addWidget(close)
        for pane in compare_view.panes():
            pane.text_edit.cursorPositionChanged.connect(lambda s=pane.side: self._set_side(s))
        self.hide()

    def activate(self) -> None:
        self.show()
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    @property
    def current_side(self) -> str:
        return self._side

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _set_side(self, side: str) -> None:
        self._side = side

    def _find(self, *, backward: bool) -> bool:
        """Select the next match after (or before) the caret; False when neither pane has one."""
        query = self.search_box.text()
        if not query:
            self.activate()
            return False
        if self.isHidden():
            self.show()
        first = self._view.pane(self._side)
        other = self._view.pane("right" if self._side == "left" else "left")
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        here = first.text_edit.textCursor()
        for pane, cursor in (
            (first, here),
            (other, self._edge(other, backward)),
            (first, self._edge(first, backward)),
        ):
            if pane.doc_id is None:
                continue
            found = pane.text_edit.document().find(query, cursor, flags)
            if not found.isNull():
                self._select(pane, found)
                return True
        self.counts_label.setText(self.tr("not found"))
        return False

    @staticmethod
    def _edge(pane: DocumentPane, at_end: bool) -> QTextCursor:
        cursor = QTextCursor(pane.text_edit.document())
        cursor.movePosition(QTextCursor.MoveOperation.End if at_end else QTextCursor.MoveOperation.Start)
        return cursor

    def _select(self, pane: DocumentPane, cursor: QTextCursor) -> None:
        pane.text_edit.setTextCursor(cursor)
        pane.text_edit.ensureCursorVisible()
        self._side = pane.side
        self._update_counts()

    def _update_counts(self) -> None:
        query = self.search_box.text().casefold()
        if not query:
            self.counts_label.setText("")
            return
        parts = []
        for pane in self._view.panes():
            if pane.document is not None:
                found = pane.document.text.casefold().count(query)
                parts.append((self.tr("{n} left") if pane.side == "left" else self.tr("{n} right")).format(n=found))
        self.counts_label.setText(" · ".join(parts))
