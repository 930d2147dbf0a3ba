"""File > Trash…: the documents removed in the last 30 days, restorable, and Empty Trash.

The trash is the library's (``Library.trash_entries``), so it survives restarts; the window empties
what is older than 30 days when it closes. Restoring or emptying reports through ``trash_changed``
and the window shows the restored rows in its library table. The table is a thin model over the
trash entries (thousands are one model reset).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QT_TRANSLATE_NOOP,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.library import Library, TrashEntry
from desktop_app.ui import dialogs

_COLUMNS = (QT_TRANSLATE_NOOP("TrashDialog", "Title"), QT_TRANSLATE_NOOP("TrashDialog", "Outlet"),
            QT_TRANSLATE_NOOP("TrashDialog", "Removed"),
            QT_TRANSLATE_NOOP("TrashDialog", "Deleted for good after"))
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ID = int(Qt.ItemDataRole.UserRole)


class TrashModel(QAbstractTableModel):
    """The trash as a table: a thin adapter over ``list[TrashEntry]`` (thousands of entries are
    one model reset, not an item per cell)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[TrashEntry] = []

    def set_entries(self, entries: list[TrashEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        row = index.row()
        if not 0 <= row < len(self.entries) or not index.isValid():
            return None
        entry, role = self.entries[row], int(role)
        if role == _ID:
            return entry.id
        if role == _DISPLAY:
            return (entry.title, entry.outlet, entry.removed_at.replace("T", " ")[:16],
                    entry.expires_at[:10])[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if int(role) == _DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < len(_COLUMNS):
            return QCoreApplication.translate("TrashDialog", _COLUMNS[section])
        return None


class _TrashTable(QTableView):
    def rowCount(self) -> int:  # noqa: N802 - as QTableWidget's, which this table once was
        return self.model().rowCount()


class TrashDialog(QDialog):
    """A table of the trash with Restore (the selected documents) and Empty Trash (all, for good)."""

    trash_changed = Signal(list, bool)  # doc ids, True when restored (False: deleted for good)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self._library = library
        self.info = QLabel(self)
        self.model = TrashModel(self)
        self.table = _TrashTable(self)
        self.table.setObjectName("trashTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setResizeContentsPrecision(200)  # sized from the first 200 rows
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.empty_button = QPushButton(self.tr("&Empty Trash…"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty)
        for button in (self.restore_button, self.empty_button):
            button.setAutoDefault(False)  # Return closes the dialog; it never empties the trash
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.reload()

    def reload(self) -> None:
        entries = self._library.trash_entries()
        self.model.set_entries(entries)
        self.table.resizeColumnsToContents()
        self.info.setText(self.tr("%n document(s) in the trash; each is deleted for good 30 days after "
                                  "its removal.", "", len(entries)) if entries
                          else self.tr("The trash is empty."))
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        """The selected entries' ids, in the table's order (summed over the selection's ranges)."""
        spans = sorted((r.top(), r.bottom()) for r in self.table.selectionModel().selection())
        entries, ids, end = self.model.entries, [], -1
        for top, bottom in spans:
            top = max(top, end + 1)
            if top <= bottom:
                ids.extend(entry.id for entry in entries[top:bottom + 1])
                end = bottom
        return ids

    def restore_selected(self) -> list[int]:
        """Bring the selected documents back into the library; the ids restored."""
        restored = self._library.restore(self.selected_ids())
        self.reload()
        if restored:
            self.trash_changed.emit(restored, True)
        return restored

    def empty(self) -> int:
        """Delete everything in the trash for good, once the user confirms; how many were deleted."""
        count = self.table.rowCount()
        if not count or not dialogs.confirm(
            self, self.tr("Empty Trash"),
            self.tr("Delete %n document(s) in the trash for good? This cannot be undone.", "", count),
            self.tr("Empty Trash"),
        ):
            return 0
        ids = [entry.id for entry in self.model.entries]
        deleted = self._library.empty_trash()
        self.reload()
        self.trash_changed.emit(ids, False)
        return deleted

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.table.selectionModel().hasSelection())
        self.empty_button.setEnabled(self.table.rowCount() > 0)
