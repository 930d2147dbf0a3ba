"""The rows the library table shows: ``LibraryFilterProxy`` over ``library_model.LibraryModel``.

A search or filter keeps only the ids it allowed, in the model's order, so the table's order is
known without asking Qt row by row (``source_rows``), which is how big selections are mapped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.ui.library_model import COLUMNS, LibraryModel

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)

class LibraryFilterProxy(QAbstractTableModel):
    """The rows the table shows: all of the model's, or while a search or filter is active only
    the allowed ids, in the model's order (the model sorts; a header click's ``sort`` goes there).

    A table model of its own over a list of the model's rows, not a ``QSortFilterProxyModel``:
    Qt's proxy asks Python whether each row passes on every reset, insertion and sort of the
    model (ten thousand calls), answers a painted cell role by role, and makes each selected
    range's checks in a paint go through its mapping (a scattered selection of thousands of
    ranges cost 65 ms a paint, 20 ms on a table model). Here a filter change is one model reset
    of this model, a sort one layout change that moves the persistent indexes (the selection,
    the current row) by document id, and the model's appended rows one insertion at the end.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._model: LibraryModel | None = None
        self._allowed: frozenset[int] | None = None
        self._shown: list[int] | None = None  # the model rows shown, in order; None: every row
        self._count = 0  # rows shown
        self._positions: list[int] | None = None  # per model row, its row here (-1 hidden), on demand
        self._saved: list[tuple[QPersistentModelIndex, int, int]] = []  # across a model layout change

    # -- the model underneath ------------------------------------------------------------

    def setSourceModel(self, model: LibraryModel) -> None:  # noqa: N802 - as Qt's proxies
        old = self._model
        if old is not None:
            for signal, slot in self._links(old):
                signal.disconnect(slot)
        self.beginResetModel()
        self._model = model
        self._refilter()
        self.endResetModel()
        for signal, slot in self._links(model):
            signal.connect(slot)

    def sourceModel(self) -> LibraryModel | None:  # noqa: N802 - as Qt's proxies
        return self._model

    def _links(self, model: LibraryModel) -> list[tuple[Any, Any]]:
        return [(model.modelAboutToBeReset, self.beginResetModel), (model.modelReset, self._on_reset),
                (model.rowsInserted, self._on_inserted), (model.dataChanged, self._on_data_changed),
                (model.layoutAboutToBeChanged, self._on_layout_about),
                (model.layoutChanged, self._on_layout_changed)]

    def _refilter(self) -> None:
        model, allowed = self._model, self._allowed
        count = model.rowCount() if model is not None else 0
        if allowed is None or model is None:
            self._shown = None
            self._count = count
        else:
            self._shown = [row for row, doc_id in enumerate(model.ids_at(range(count))) if doc_id in allowed]
            self._count = len(self._shown)
        self._positions = None

    def _on_reset(self) -> None:
        self._refilter()
        self.endResetModel()

    def _on_inserted(self, parent: _Index, first: int, last: int) -> None:
        model = self._model
        assert model is not None
        if (first != model.rowCount() - (last - first + 1) or self._positions_after_end(first)
                or (self._shown is None and self._count != first)):
            self.beginResetModel()  # rows inserted other than at the end (the model never does)
            self._on_reset()
            return
        if self._shown is None:
            new = last - first + 1
        else:
            allowed = self._allowed or frozenset()
            rows = [row for row, doc_id in zip(range(first, last + 1), model.ids_at(range(first, last + 1)))
                    if doc_id in allowed]
            new = len(rows)
        if not new:
            self._positions = None
            return
        self.beginInsertRows(QModelIndex(), self._count, self._count + new - 1)
        if self._shown is not None:
            self._shown.extend(rows)
        self._count += new
        self._positions = None
        self.endInsertRows()

    def _positions_after_end(self, first: int) -> bool:
        return self._shown is not None and bool(self._shown) and self._shown[-1] >= first

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = ()) -> None:
        positions = self.proxy_positions()
        shown = [positions[row] for row in range(top_left.row(), bottom_right.row() + 1)
                 if 0 <= row < len(positions) and positions[row] >= 0]
        if shown:
            self.dataChanged.emit(self.index(min(shown), top_left.column()),
                                  self.index(max(shown), bottom_right.column()))

    def _on_layout_about(self, *_args: Any) -> None:
        # The model's rows are about to move (a sort): the indexes Qt keeps here (the selection's,
        # the current row's) remembered by document id, moved when the new order is known.
        self.layoutAboutToBeChanged.emit()
        self._saved = self._remember()

    def _on_layout_changed(self, *_args: Any) -> None:
        self._refilter()
        self._move_persistent(self._saved)
        self._saved = []
        self.layoutChanged.emit()

    def _remember(self) -> list[tuple[QPersistentModelIndex, int, int]]:
        persistent = self.persistentIndexList()
        if not persistent:
            return []
        model = self._model
        assert model is not None
        shown = self._shown
        ids = model.ids_at([index.row() if shown is None else shown[index.row()] for index in persistent])
        return [(index, doc_id, index.column()) for index, doc_id in zip(persistent, ids)]

    def _move_persistent(self, saved: list[tuple[QPersistentModelIndex, int, int]]) -> None:
        if not saved:
            return
        model = self._model
        assert model is not None
        positions = self.proxy_positions()
        moved = []
        for _index, doc_id, column in saved:
            row = model.row_of(doc_id)
            position = -1 if row is None else positions[row]
            moved.append(self.index(position, column) if position >= 0 else QModelIndex())
        self.changePersistentIndexList([index for index, _id, _column in saved], moved)

    # -- the filter ------------------------------------------------------------------------

    def set_allowed_ids(self, ids: Iterable[int] | None) -> None:
        """``None`` shows every row; a collection shows only those document ids (one reset)."""
        allowed = None if ids is None else frozenset(ids)
        if allowed == self._allowed:
            return
        self.beginResetModel()
        self._allowed = allowed
        self._refilter()
        self.endResetModel()

    def allowed_ids(self) -> frozenset[int] | None:
        return self._allowed

    def source_rows(self) -> list[int]:
        """The model's rows in the order the table shows them (the hidden ones left out)."""
        return self.proxy_positions() if self._shown is None else self._shown  # every row: the same list

    def proxy_positions(self) -> list[int]:
        """For each model row, its row in the table (-1 when hidden)."""
        if self._positions is None:
            if self._shown is None:
                self._positions = list(range(self._count))
            else:
                positions = [-1] * (self._model.rowCount() if self._model is not None else 0)
                for position, row in enumerate(self._shown):
                    positions[row] = position
                self._positions = positions
        return self._positions

    def row_selection(self, runs: Iterable[tuple[int, int]]) -> QItemSelection:
        """A selection of these (first, last) runs of rows, every column: each range made without
        ``index`` (which asks Python for the row and column counts, four calls a range)."""
        selection = QItemSelection()
        last_column = len(COLUMNS) - 1
        count, make = self._count, self.createIndex
        for top, bottom in runs:
            if 0 <= top <= bottom < count:
                selection.select(make(top, 0), make(bottom, last_column))
        return selection

    def mapToSource(self, index: _Index) -> QModelIndex:  # noqa: N802 - as Qt's proxies
        if not index.isValid() or self._model is None or not 0 <= index.row() < self._count:
            return QModelIndex()
        row = index.row() if self._shown is None else self._shown[index.row()]
        return self._model.index(row, index.column())

    def mapFromSource(self, index: _Index) -> QModelIndex:  # noqa: N802 - as Qt's proxies
        if not index.isValid():
            return QModelIndex()
        positions = self.proxy_positions()
        row = index.row()
        position = positions[row] if 0 <= row < len(positions) else -1
        return self.index(position, index.column()) if position >= 0 else QModelIndex()

    # -- sorting: the model's --------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._model is not None:
            self._model.sort_rows(column, order)

    def sortColumn(self) -> int:  # noqa: N802 - as Qt's proxies
        return self._model.sort_column if self._model is not None else -1

    def sortOrder(self) -> Qt.SortOrder:  # noqa: N802 - as Qt's proxies
        return self._model.sort_order if self._model is not None else Qt.SortOrder.AscendingOrder

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        row = index.row()
        if self._model is None or not 0 <= row < self._count or not index.isValid():
            return None
        return self._model.value_at(row if self._shown is None else self._shown[row], index.column(), int(role))

    def multiData(self, index: _Index, roles: QModelRoleDataSpan) -> None:  # noqa: N802 - Qt override
        row = index.row()
        if self._model is not None and 0 <= row < self._count:
            self._model.fill_roles(row if self._shown is None else self._shown[row], index.column(), roles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._model is None:
            return None
        return self._model.headerData(section, orientation, role)
