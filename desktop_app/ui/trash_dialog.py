"""File > Trash…: the documents removed in the last 30 days, restorable, and Empty Trash.

The trash is the library's (``Library.trash_entries``), so it survives restarts; the window empties
what is older than 30 days when it closes. Restoring or emptying reports through ``trash_changed``
and the window refreshes its library table.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.library import Library
from desktop_app.ui import dialogs


class TrashDialog(QDialog):
    """A table of the trash with Restore (the selected documents) and Empty Trash (all, for good)."""

    trash_changed = Signal(list, bool)  # doc ids, True when restored (False: deleted for good)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self._library = library
        self.info = QLabel(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("trashTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Outlet"), self.tr("Removed"), self.tr("Deleted for good after")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
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
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (entry.title, entry.outlet, entry.removed_at.replace("T", " ")[:16], entry.expires_at[:10])
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.info.setText(self.tr("%n document(s) in the trash; each is deleted for good 30 days after "
                                  "its removal.", "", len(entries)) if entries
                          else self.tr("The trash is empty."))
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [int(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)) for row in rows]

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
        ids = [int(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)) for row in range(count)]
        deleted = self._library.empty_trash()
        self.reload()
        self.trash_changed.emit(ids, False)
        return deleted

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.table.selectionModel().hasSelection())
        self.empty_button.setEnabled(self.table.rowCount() > 0)
