"""The library table as a Qt model: a thin adapter over ``list[DocumentSummary]``.

``LibraryModel`` holds the rows, sorted; ``library_proxy.LibraryFilterProxy``, the model the table
shows, keeps only the ids a full-text search or a filter allowed (the search itself is the
library's FTS index, not a scan of the rows here).

The model keeps its rows in the table's order (natural keys, ties in the library's order), so the
order Qt shows is known without asking Qt row by row: ``LibraryFilterProxy.source_rows`` lists the
model's rows in the table's order, which is how big selections are mapped, range by range.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import repeat
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    QT_TRANSLATE_NOOP,
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
TITLE_COLUMN = 0
GENRE_COLUMN = 3
WORDS_COLUMN = 5
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_ID = attrgetter("id")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
# roles the table's delegate asks for that this model never answers (font, colours, check state, icon)
_PLAIN_ROLES = frozenset(int(r) for r in (
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.TextAlignmentRole))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class LibraryModel(QAbstractTableModel):
    """One row per document that is not removed, in the order the table shows them.

    The rows are kept sorted here (``sort_rows``): one Python sort over cached keys, told to Qt
    as one layout change, where a sorting proxy would call back into Python per comparison.
    Column -1 is the library's own order (the order the documents arrived in).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentSummary] = []
        self._row_of: dict[int, int] = {}
        self._seq: dict[int, int] = {}  # doc id: place in the library's own order
        # natural_key of each value shown, on demand: the key depends on the text alone, so it
        # holds across model resets (an undo, a restore) and a sort after one is not cold
        self._sort_keys: dict[str, str] = {}
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.version = 0  # changes whenever the rows or their values do (the proxy's caches follow)

    # -- data in ----------------------------------------------------------------------------

    def set_documents(self, documents: Iterable[DocumentSummary]) -> None:
        docs = list(documents)
        self._seq = dict(zip(map(_ID, docs), range(len(docs))))  # in C: a reset of thousands of rows
        self._reset(docs)

    def _reset(self, docs: list[DocumentSummary]) -> None:
        self.beginResetModel()
        self._rows = self._ordered(docs)
        self._row_of = dict(zip(map(_ID, self._rows), range(len(self._rows))))
        self.version += 1
        self.endResetModel()

    def append_documents(self, documents: list[DocumentSummary]) -> None:
        """Add rows at the end in one insertion (a batch of an import that is still running);
        under a sort they then move to their places in one layout change."""
        new = [doc for doc in documents if doc.id not in self._row_of]
        if not new:
            return
        first = len(self._rows)
        seq = max(self._seq.values(), default=-1) + 1
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for offset, doc in enumerate(new):
            self._row_of[doc.id] = first + offset
            self._seq[doc.id] = seq + offset
        self._rows.extend(new)
        self.version += 1
        self.endInsertRows()
        # The titles' natural keys now, a batch at a time while an import runs, so the first
        # header click on Title after a big import is one sort, not ten thousand keys at once.
        self._column_keys(new, TITLE_COLUMN)
        if self.sort_column >= 0:
            self._resort()

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Drop these documents' rows (moved to the trash) without asking the library again."""
        gone = set(ids) & self._row_of.keys()
        if not gone:
            return
        for doc_id in gone:
            self._seq.pop(doc_id, None)
        self._reset([doc for doc in self._rows if doc.id not in gone])

    def last_id(self) -> int | None:
        return max(self._row_of, default=None)

    def update_document(self, summary: DocumentSummary) -> None:
        """Show new facts of one document (e.g. the language its analysis detected)."""
        row = self._row_of.get(summary.id)
        if row is None:
            return
        self._rows[row] = summary
        self.version += 1
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        if self.sort_column >= 0:
            self._resort()

    def documents(self) -> list[DocumentSummary]:
        return list(self._rows)

    def summary(self, doc_id: int) -> DocumentSummary | None:
        row = self._row_of.get(doc_id)
        return None if row is None else self._rows[row]

    def row_of(self, doc_id: int) -> int | None:
        return self._row_of.get(doc_id)

    def doc_id_at(self, row: int) -> int:
        return self._rows[row].id

    def missing(self, documents: Iterable[DocumentSummary]) -> list[DocumentSummary]:
        """Those of ``documents`` the table does not show (one pass, no call per document)."""
        docs, shown = list(documents), self._row_of
        return [doc for doc, doc_id in zip(docs, map(_ID, docs)) if doc_id not in shown]

    def rows_of(self, ids: Iterable[int]) -> list[int]:
        """The rows of those of ``ids`` that are in the table, in the order given (one pass, no
        call per id)."""
        return [row for row in map(self._row_of.get, ids) if row is not None]

    def ids_at(self, rows: Iterable[int]) -> list[int]:
        """The document ids of these rows."""
        docs = self._rows
        return [docs[row].id for row in rows]

    def sort_key(self, doc: DocumentSummary, column: int) -> Any:
        """What the column sorts by: the number of words, else the natural key of the text."""
        if column == WORDS_COLUMN:
            return doc.words
        shown = self._shown_text(doc, column)
        key = self._sort_keys.get(shown)
        if key is None:
            key = self._sort_keys[shown] = natural_key(shown)
        return key

    @staticmethod
    def _shown_text(doc: DocumentSummary, column: int) -> str:
        value = getattr(doc, COLUMNS[column][0])
        return str(i18n.text(value) if column == GENRE_COLUMN and value else value)  # sorted as read

    def _column_keys(self, docs: list[DocumentSummary], column: int) -> list[Any]:
        """``sort_key`` of each of ``docs`` (a list built at once: a header click over many rows)."""
        if column == WORDS_COLUMN:
            return [doc.words for doc in docs]
        if column == GENRE_COLUMN:
            shown = [self._shown_text(doc, column) for doc in docs]
        else:
            shown = list(map(str, map(attrgetter(COLUMNS[column][0]), docs)))
        cache = self._sort_keys
        try:
            return list(map(cache.__getitem__, shown))  # in C: a warm sort reads each key once
        except KeyError:
            for text in set(shown).difference(cache):
                cache[text] = natural_key(text)
            return list(map(cache.__getitem__, shown))

    # -- sorting ----------------------------------------------------------------------------

    def sort_rows(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Show the rows sorted by ``column`` (-1: the library's own order), in one layout change."""
        self.sort_column = column if 0 <= column < len(COLUMNS) else -1
        self.sort_order = Qt.SortOrder(order)
        self._resort()

    def _ordered(self, docs: list[DocumentSummary]) -> list[DocumentSummary]:
        """``docs`` in the order of the sort in force; ties keep the library's own order."""
        seq = self._seq.get
        places = list(map(seq, map(_ID, docs), repeat(0)))
        if places == sorted(places):  # mostly so already (an import's rows come in order)
            ordered = list(docs)
        else:
            ordered = [docs[i] for i in sorted(range(len(docs)), key=places.__getitem__)]
        column = self.sort_column
        if column >= 0:  # a stable sort: ties stay in the library's order, either way round
            keys = self._column_keys(ordered, column)
            order = sorted(range(len(ordered)), key=keys.__getitem__,
                           reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
            ordered = [ordered[i] for i in order]
        return ordered

    def _resort(self) -> None:
        old = self._rows
        rows = self._ordered(old)
        if all(a is b for a, b in zip(rows, old)):
            return
        self.layoutAboutToBeChanged.emit()
        self._rows = rows
        self._row_of = row_of = {doc.id: row for row, doc in enumerate(rows)}
        self.version += 1
        # the indexes Qt keeps (the proxy's, hence the selection's and the current row) follow
        persistent = self.persistentIndexList()
        if persistent:
            moved = [self.index(row_of[old[index.row()].id], index.column()) for index in persistent]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # Called from C++ for every cell painted: roles compared as plain ints (a comparison
        # with a Qt enum costs microseconds).
        if not index.isValid():
            return None
        return self.value_at(index.row(), index.column(), int(role))

    def multiData(self, index: _Index, roles: QModelRoleDataSpan) -> None:  # noqa: N802 - Qt override
        self.fill_roles(index.row(), index.column(), roles)

    def value_at(self, row: int, column: int, role: int) -> Any:
        """What ``data`` answers for the cell (row, column) of this model."""
        if not 0 <= row < len(self._rows):
            return None
        doc = self._rows[row]
        if role == _DISPLAY:
            return self._display(doc, column)
        if role == SORT_ROLE:  # numbers in titles by value: "part 278" before "part 1002"
            return self.sort_key(doc, column)
        if role == DOC_ID_ROLE:
            return doc.id
        if role == _TOOLTIP:
            return self.tr("{title}\n{source}\nimported {when}").format(
                title=doc.title, source=doc.source_name, when=doc.imported_at)
        if role == _ALIGNMENT and column == WORDS_COLUMN:
            return _RIGHT
        return None

    def fill_roles(self, row: int, column: int, roles: QModelRoleDataSpan) -> None:
        """``multiData`` of the cell (row, column): what a painted cell asks for (Qt's delegate asks
        seven roles at once), one call from C++ per cell where ``data`` would be called once per
        role. Only the text and the words' alignment have values among the delegate's roles."""
        rows = self._rows
        if not 0 <= row < len(rows):
            return
        for i in range(roles.size()):
            slot = roles[i]
            role = slot.role()
            if role == _DISPLAY:
                slot.setData(self._display(rows[row], column))
            elif role == _ALIGNMENT and column == WORDS_COLUMN:
                slot.setData(_RIGHT)
            elif role in _PLAIN_ROLES:
                slot.clearData()
            else:
                slot.setData(self.value_at(row, column, role))

    def _display(self, doc: DocumentSummary, column: int) -> Any:
        value = getattr(doc, COLUMNS[column][0])
        if column == GENRE_COLUMN:  # a code ("news"), shown in the interface's language
            return i18n.text(value) if value else value
        return f"{value:,}".replace(",", "\u202f") if column == WORDS_COLUMN else value

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
