"""The library table as a Qt model: a thin adapter over ``list[DocumentSummary]``.

``LibraryModel`` shows the rows; ``LibraryFilterProxy`` sorts them and keeps only the ids a full-text
search returned (the search itself is the library's FTS index, not a scan of the rows here).

The proxy's order is a ranking made here in Python (natural keys, ties broken by the row), so the
order Qt shows is known without asking Qt row by row: ``LibraryFilterProxy.source_rows`` lists the
model's rows in the table's order, which is how big selections are mapped, range by range.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QT_TRANSLATE_NOOP,
    QSortFilterProxyModel,
    Qt,
)

from desktop_app.core import i18n
from desktop_app.core.library import DocumentSummary
from desktop_app.core.library.listing import natural_key

COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", QT_TRANSLATE_NOOP("LibraryModel", "Title")),
    ("outlet", QT_TRANSLATE_NOOP("LibraryModel", "Outlet")),
    ("date", QT_TRANSLATE_NOOP("LibraryModel", "Date")),
    ("genre", QT_TRANSLATE_NOOP("LibraryModel", "Genre")),
    ("language", QT_TRANSLATE_NOOP("LibraryModel", "Language")),
    ("words", QT_TRANSLATE_NOOP("LibraryModel", "Words")),
)
GENRE_COLUMN = 3
WORDS_COLUMN = 5
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class LibraryModel(QAbstractTableModel):
    """One row per document that is not removed, in the order the library lists them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentSummary] = []
        self._row_of: dict[int, int] = {}
        self._sort_keys: dict[tuple[int, int], str] = {}  # (row, column): natural_key, made on demand
        self.version = 0  # changes whenever the rows or their values do (the proxy's caches follow)

    # -- data in ----------------------------------------------------------------------------

    def set_documents(self, documents: Iterable[DocumentSummary]) -> None:
        self.beginResetModel()
        self._rows = list(documents)
        self._row_of = {doc.id: row for row, doc in enumerate(self._rows)}
        self._sort_keys = {}
        self.version += 1
        self.endResetModel()

    def append_documents(self, documents: list[DocumentSummary]) -> None:
        """Add rows at the end in one insertion (a batch of an import that is still running)."""
        new = [doc for doc in documents if doc.id not in self._row_of]
        if not new:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for offset, doc in enumerate(new):
            self._row_of[doc.id] = first + offset
        self._rows.extend(new)
        self.version += 1
        self.endInsertRows()

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Drop these documents' rows (moved to the trash) without asking the library again."""
        gone = set(ids) & self._row_of.keys()
        if not gone:
            return
        self.set_documents([doc for doc in self._rows if doc.id not in gone])

    def last_id(self) -> int | None:
        return max(self._row_of, default=None)

    def update_document(self, summary: DocumentSummary) -> None:
        """Show new facts of one document (e.g. the language its analysis detected)."""
        row = self._row_of.get(summary.id)
        if row is None:
            return
        self._rows[row] = summary
        for column in range(len(COLUMNS)):
            self._sort_keys.pop((row, column), None)
        self.version += 1
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def documents(self) -> list[DocumentSummary]:
        return list(self._rows)

    def summary(self, doc_id: int) -> DocumentSummary | None:
        row = self._row_of.get(doc_id)
        return None if row is None else self._rows[row]

    def row_of(self, doc_id: int) -> int | None:
        return self._row_of.get(doc_id)

    def doc_id_at(self, row: int) -> int:
        return self._rows[row].id

    def sort_key(self, row: int, column: int) -> Any:
        """What the column sorts by: the number of words, else the natural key of the text."""
        if column == WORDS_COLUMN:
            return self._rows[row].words
        key = self._sort_keys.get((row, column))
        if key is None:
            value = getattr(self._rows[row], COLUMNS[column][0])
            shown = i18n.text(value) if column == GENRE_COLUMN and value else value  # sorted as read
            key = self._sort_keys[(row, column)] = natural_key(str(shown))
        return key

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # Called from C++ for every cell painted: roles compared as plain ints (a comparison
        # with a Qt enum costs microseconds).
        row = index.row()
        if not 0 <= row < len(self._rows) or not index.isValid():
            return None
        doc = self._rows[row]
        role = int(role)
        column = index.column()
        if role == _DISPLAY:
            value = getattr(doc, COLUMNS[column][0])
            if column == GENRE_COLUMN:  # a code ("news"), shown in the interface's language
                return i18n.text(value) if value else value
            return f"{value:,}".replace(",", "\u202f") if column == WORDS_COLUMN else value
        if role == SORT_ROLE:  # numbers in titles by value: "part 278" before "part 1002"
            return self.sort_key(row, column)
        if role == DOC_ID_ROLE:
            return doc.id
        if role == _TOOLTIP:
            return self.tr("{title}\n{source}\nimported {when}").format(
                title=doc.title, source=doc.source_name, when=doc.imported_at)
        if role == _ALIGNMENT and column == WORDS_COLUMN:
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(COLUMNS[section][1])
        return None

    # flags(): Qt's own (enabled, selectable) — a Python override is called for every selected cell.


class LibraryFilterProxy(QSortFilterProxyModel):
    """Sorts by any column and, while a search is active, keeps only the matching ids.

    Sorting compares ranks computed once per column and model version (``sort_key``, ties broken
    by the model's row), so the order is a strict one that ``source_rows`` reproduces exactly.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._allowed: frozenset[int] | None = None
        self._filter_version = 0
        self._ranks: list[int] = []
        self._ranks_key: tuple[int, int] | None = None
        self._rows: list[int] = []
        self._positions: list[int] = []
        self._rows_key: tuple[object, ...] | None = None
        self._model: LibraryModel | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def setSourceModel(self, model: Any) -> None:  # noqa: N802 - Qt override
        self._model = model if isinstance(model, LibraryModel) else None
        super().setSourceModel(model)

    def set_allowed_ids(self, ids: Iterable[int] | None) -> None:
        """``None`` shows every row; a collection shows only those document ids."""
        allowed = None if ids is None else frozenset(ids)
        if allowed == self._allowed:
            return
        # One layout change (invalidate), not a removal per run of hidden rows as a filter
        # change makes (thousands of runs for a broad search, each one told to the view).
        self._allowed = allowed
        self._filter_version += 1
        self.invalidate()

    def allowed_ids(self) -> frozenset[int] | None:
        return self._allowed

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802 - Qt override
        # One call from C++ per row (Qt's own filter on a role would make four).
        allowed = self._allowed
        return allowed is None or self._model is None or self._model.doc_id_at(source_row) in allowed

    def lessThan(self, source_left: _Index, source_right: _Index) -> bool:  # noqa: N802 - Qt override
        ranks = self._ranks_for(source_left.column())
        return ranks[source_left.row()] < ranks[source_right.row()]

    def _ranks_for(self, column: int) -> list[int]:
        """Each model row's place in the column's ascending order (no two rows share one)."""
        model = self._model
        assert model is not None
        key = (model.version, column)
        if self._ranks_key != key:
            order = sorted(range(model.rowCount()), key=lambda row: (model.sort_key(row, column), row))
            ranks = [0] * len(order)
            for rank, row in enumerate(order):
                ranks[row] = rank
            self._ranks, self._ranks_key = ranks, key
        return self._ranks

    def source_rows(self) -> list[int]:
        """The model's rows in the order the table shows them (the hidden ones left out)."""
        self._map_rows()
        return self._rows

    def proxy_positions(self) -> list[int]:
        """For each model row, its row in the table (-1 when hidden)."""
        self._map_rows()
        return self._positions

    def _map_rows(self) -> None:
        model = self._model
        assert model is not None
        column, order = self.sortColumn(), self.sortOrder()
        key = (model.version, self._filter_version, column, order)
        if self._rows_key == key:
            return
        count = model.rowCount()
        if self._allowed is None:
            rows = list(range(count))
        else:
            allowed = self._allowed
            rows = [row for row in range(count) if model.doc_id_at(row) in allowed]
        if 0 <= column < len(COLUMNS):
            ranks = self._ranks_for(column)
            rows.sort(key=ranks.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        positions = [-1] * count
        for position, row in enumerate(rows):
            positions[row] = position
        self._rows, self._positions, self._rows_key = rows, positions, key
