"""The library table as a Qt model: a thin adapter over ``list[DocumentSummary]``.

``LibraryModel`` shows the rows; ``LibraryFilterProxy`` sorts them and keeps only the ids a full-text
search returned (the search itself is the library's FTS index, not a scan of the rows here).
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


class LibraryModel(QAbstractTableModel):
    """One row per document that is not removed, in the order the library lists them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentSummary] = []
        self._row_of: dict[int, int] = {}
        self._sort_keys: dict[tuple[int, int], str] = {}  # (row, column): natural_key, made on demand

    # -- data in ----------------------------------------------------------------------------

    def set_documents(self, documents: Iterable[DocumentSummary]) -> None:
        self.beginResetModel()
        self._rows = list(documents)
        self._row_of = {doc.id: row for row, doc in enumerate(self._rows)}
        self._sort_keys = {}
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

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        doc = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(doc, COLUMNS[column][0])
            if column == GENRE_COLUMN:  # a code ("news"), shown in the interface's language
                return i18n.text(value) if value else value
            return f"{value:,}".replace(",", "\u202f") if column == WORDS_COLUMN else value
        if role == SORT_ROLE:  # numbers in titles by value: "part 278" before "part 1002"
            if column == WORDS_COLUMN:
                return doc.words
            key = self._sort_keys.get((index.row(), column))
            if key is None:
                value = getattr(doc, COLUMNS[column][0])
                shown = i18n.text(value) if column == GENRE_COLUMN and value else value  # sorted as read
                key = self._sort_keys[(index.row(), column)] = natural_key(str(shown))
            return key
        if role == DOC_ID_ROLE:
            return doc.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{title}\n{source}\nimported {when}").format(
                title=doc.title, source=doc.source_name, when=doc.imported_at)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == WORDS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
    """Sorts by any column and, while a search is active, keeps only the matching ids."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._allowed: frozenset[int] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_allowed_ids(self, ids: Iterable[int] | None) -> None:
        """``None`` shows every row; a collection shows only those document ids."""
        allowed = None if ids is None else frozenset(ids)
        if allowed == self._allowed:
            return
        # One layout change, not a removal per run of hidden rows (thousands for a broad search).
        self._allowed = allowed
        self.invalidate()

    def allowed_ids(self) -> frozenset[int] | None:
        return self._allowed

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._allowed is None:
            return True
        model = self.sourceModel()
        if not isinstance(model, LibraryModel):
            return True
        return model.doc_id_at(source_row) in self._allowed
