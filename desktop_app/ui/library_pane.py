"""The library pane: a sortable table of documents with a full-text search box.

The pane owns its selection, its context menu and its keyboard handling; it reports what the user
asked for through signals (``open_requested``, ``compare_requested``) and the window decides. It
keeps its sort order between sessions (``save_state`` / ``restore_state``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QTimer, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.library import Library
from desktop_app.core.settings import Settings
from desktop_app.ui.actions import Actions
from desktop_app.ui.library_model import DOC_ID_ROLE, LibraryFilterProxy, LibraryModel
from desktop_app.ui.translations import translate

SEARCH_DEBOUNCE_MS = 180


class _LibraryTable(QTableView):
    """Enter opens the current row on the left, Shift+Enter on the right (also without shortcuts)."""

    def __init__(self, pane: LibraryPane) -> None:
        super().__init__(pane)
        self._pane = pane

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._pane.request_open("right" if shift else "left")
            return
        super().keyPressEvent(event)


class LibraryPane(QWidget):
    """Table of the library's documents, filtered by an FTS search as the user types."""

    open_requested = Signal(int, str)  # doc id, side
    compare_requested = Signal(int, int)  # left id, right id
    selection_changed = Signal(list)  # selected doc ids

    def __init__(self, library: Library, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPane")
        self._library = library
        self._actions = actions
        self.model = LibraryModel(self)
        self.proxy = LibraryFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("librarySearch")
        self.search_box.setPlaceholderText(self.tr("Search the library…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._schedule_search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.run_search)

        self.table = _LibraryTable(self)
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(0, 260)
        for column, width in ((1, 110), (2, 84), (3, 66), (4, 40), (5, 64)):
            header.resizeSection(column, width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        # Enter / Shift+Enter open the current row; only while the table has focus.
        self.table.addAction(actions.open_left)
        self.table.addAction(actions.open_right)
        self.addAction(actions.remove)
        self.addAction(actions.paste)
        actions.open_left.triggered.connect(lambda: self.request_open("left"))
        actions.open_right.triggered.connect(lambda: self.request_open("right"))
        actions.compare.triggered.connect(self.request_compare)
        actions.search_library.triggered.connect(self.focus_search)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("libraryCount")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.search_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    # -- content ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the rows from the library, keeping the selection and the active search."""
        selected = self.selected_ids()
        self.model.set_documents(self._library.list_documents())
        if self.search_box.text().strip():
            self.run_search()
        self.select_ids(selected)
        self._update_count()

    def refresh_document(self, doc_id: int) -> None:
        """Reload one row (its metadata changed), leaving the rest of the table alone."""
        try:
            self.model.update_document(self._library.summary(doc_id))
        except KeyError:  # removed meanwhile
            pass

    def run_search(self) -> None:
        """Filter the table to the documents the FTS index finds for the search box's text."""
        self._search_timer.stop()
        query = self.search_box.text().strip()
        if not query:
            self.proxy.set_allowed_ids(None)
        else:
            limit = max(1000, self.model.rowCount())
            self.proxy.set_allowed_ids(self._library.search(query, limit=limit))
        self._update_count()

    def _schedule_search(self) -> None:
        self._search_timer.start()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            text = self.tr("1 document") if total == 1 else self.tr("{total} documents")
        else:
            text = self.tr("{shown} of 1 document") if total == 1 else self.tr("{shown} of {total} documents")
        self.count_label.setText(text.format(shown=f"{shown:,}", total=f"{total:,}"))

    # -- selection --------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """Selected document ids, in the order they appear in the table."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [int(index.data(DOC_ID_ROLE)) for index in rows]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            ids = self.selected_ids()
            return ids[0] if ids else None
        return int(index.data(DOC_ID_ROLE))

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first: QModelIndex | None = None
        for doc_id in ids:
            row = self.model.row_of(doc_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                continue
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.select(index, flags)
            first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)

    def _on_selection_changed(self) -> None:
        self.selection_changed.emit(self.selected_ids())

    # -- user requests ----------------------------------------------------------------------

    def request_open(self, side: str) -> None:
        doc_id = self.current_id()
        if doc_id is not None:
            self.open_requested.emit(doc_id, side)

    def request_compare(self) -> bool:
        """Compare the first two selected rows (or one row with itself); False if none selected."""
        ids = self.selected_ids()
        if not ids:
            return False
        self.compare_requested.emit(ids[0], ids[1] if len(ids) > 1 else ids[0])
        return True

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(int(index.data(DOC_ID_ROLE)), "left")

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        if index.row() not in {i.row() for i in self.table.selectionModel().selectedRows()}:
            self.select_ids([int(index.data(DOC_ID_ROLE))])
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self._actions.open_left)
        menu.addAction(self._actions.open_right)
        menu.addAction(self._actions.compare)
        menu.addSeparator()
        menu.addAction(self._actions.remove)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # -- state between sessions -------------------------------------------------------------

    def save_state(self, settings: Settings) -> None:
        """The sort column and order into ``settings`` (column -1: the library's own order)."""
        header = self.table.horizontalHeader()
        settings.library_sort = [header.sortIndicatorSection(), header.sortIndicatorOrder().value]

    def restore_state(self, settings: Settings) -> None:
        column, order = (settings.library_sort + [-1, 0])[:2]
        if 0 <= column < self.model.columnCount() and order in (0, 1):
            self.table.sortByColumn(column, Qt.SortOrder(order))


class RemoveDocumentsCommand(QUndoCommand):
    """Soft-removes documents from the library; undo restores them (until the app closes)."""

    def __init__(self, library: Library, doc_ids: list[int], on_changed: Callable[[list[int], bool], None]) -> None:
        super().__init__(translate("RemoveDocumentsCommand", "Remove document") if len(doc_ids) == 1
                         else translate("RemoveDocumentsCommand", "Remove {n} documents").format(
                             n=len(doc_ids)))
        self._library = library
        self._ids = list(doc_ids)
        self._on_changed = on_changed

    def redo(self) -> None:
        removed = self._library.remove(self._ids)
        self._on_changed(removed, True)

    def undo(self) -> None:
        restored = self._library.restore(self._ids)
        self._on_changed(restored, False)
