"""File > Trash…: the documents removed in the last 30 days, restorable, and Empty Trash.

The trash is the library's (``Library.trash_entries``), so it survives restarts; the window empties
what is older than 30 days when it closes. Restoring or emptying reports through ``trash_changed``
and the window shows the restored rows in its library table. The table is a thin model over the
trash entries (thousands are one model reset).

Given the window's ``LibraryJobs``, a big trash (more than ``BACKGROUND_ABOVE`` entries) is read,
restored and emptied by a job in the worker, on a connection of its own, so the window never waits
for the database; the outcome comes back as one model reset.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QModelRoleDataSpan,
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

from desktop_app.core.library import DocumentSummary, Library, TrashEntry
from desktop_app.ui import dialogs
from desktop_app.ui.jobs import JobProgress
from desktop_app.ui.library_jobs import BACKGROUND_ABOVE, trash_job

if TYPE_CHECKING:
    from desktop_app.ui.library_jobs import LibraryJobs

_COLUMNS = (QT_TRANSLATE_NOOP("TrashDialog", "Title"), QT_TRANSLATE_NOOP("TrashDialog", "Outlet"),
            QT_TRANSLATE_NOOP("TrashDialog", "Removed"),
            QT_TRANSLATE_NOOP("TrashDialog", "Deleted for good after"))
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ID = int(Qt.ItemDataRole.UserRole)


def read_trash(library_path: Path) -> list[TrashEntry]:
    """In the worker: the trash's entries, on a connection of its own."""
    library = Library(library_path)
    try:
        return library.trash_entries()
    finally:
        library.close()


def empty_trash_job(library_path: Path) -> int:
    """In the worker: empty the trash for good; how many documents were deleted."""
    library = Library(library_path)
    try:
        return library.empty_trash()
    finally:
        library.close()


def _shown(entry: TrashEntry, column: int) -> str:
    if column == 0:
        return entry.title
    if column == 1:
        return entry.outlet
    return entry.removed_at.replace("T", " ")[:16] if column == 2 else entry.expires_at[:10]


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
            return _shown(entry, index.column())
        return None

    def multiData(self, index: QModelIndex | QPersistentModelIndex, roles: QModelRoleDataSpan) -> None:  # noqa: N802
        # A painted or measured cell asks seven roles at once (Qt's delegate): one call from C++ per
        # cell, not one per role (sizing the columns to 200 rows asked 5,600 times).
        row = index.row()
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        for i in range(roles.size()):
            slot = roles[i]
            role = slot.role()
            if role == _DISPLAY:
                slot.setData(_shown(entry, index.column()))
            elif role == _ID:
                slot.setData(entry.id)
            else:
                slot.clearData()

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

    def __init__(self, library: Library, parent: QWidget | None = None, *,
                 jobs: LibraryJobs | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self._library = library
        self._jobs = jobs
        self._busy = False  # a job of this dialog's is running
        self._restored_rows: list[DocumentSummary] | None = None  # as the worker read them
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
        # Each header section's paint asks whether its column is wholly selected, which Qt answers
        # row by row (calls into this model per row): a second per paint under thousands of
        # selected entries. The headers get a selection model of their own that stays empty.
        for side_header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            side_header.setSelectionModel(QItemSelectionModel(self.model, side_header))
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
        """Show what is in the trash (read by a worker when it is big and ``jobs`` were given)."""
        if self._jobs is None or self._library.trash_count() <= BACKGROUND_ABOVE:
            self._show(self._library.trash_entries())
            return
        path = self._library.path
        self.info.setText(self.tr("Reading the trash\u2026"))
        self._start(self.tr("Reading the trash"), lambda _progress: read_trash(path), self._show)

    def _show(self, entries: list[TrashEntry]) -> None:
        self.model.set_entries(entries)
        for column in range(1, self.model.columnCount()):  # the title's column stretches: not measured
            self.table.resizeColumnToContents(column)
        self.info.setText(self.tr("%n document(s) in the trash; each is deleted for good 30 days after "
                                  "its removal.", "", len(entries)) if entries
                          else self.tr("The trash is empty."))
        self._update_buttons()

    def _start(self, label: str, work: Any, done: Any) -> None:
        """Run ``work`` as a job of the window's; ``done(result)`` follows if this dialog still exists."""
        assert self._jobs is not None
        self._busy = True
        self._update_buttons()
        alive = [True]
        self.destroyed.connect(lambda *_args: alive.__setitem__(0, False))

        def finished(result: Any) -> None:
            if alive[0]:
                self._busy = False
                done(result)

        def failed(reason: str) -> None:
            if alive[0]:
                self._busy = False
                self._update_buttons()
                self.info.setText(reason)

        self._jobs.start(label, work, done=finished, failed=failed)

    def take_restored_rows(self) -> list[DocumentSummary] | None:
        """The rows of the documents just restored as the worker read them (None: not read)."""
        rows, self._restored_rows = self._restored_rows, None
        return rows

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
        """Bring the selected documents back into the library; the ids restored (for many, given
        ``jobs``: none yet; a worker restores them and ``trash_changed`` tells when)."""
        ids = self.selected_ids()
        if self._jobs is not None and len(ids) > BACKGROUND_ABOVE:
            path = self._library.path
            label = self.tr("Restoring %n document(s)", "", len(ids))

            def work(progress: JobProgress) -> tuple[list[int], list[DocumentSummary]]:
                return trash_job(path, ids, False, progress, label)

            self._start(label, work, self._restored)
            return []
        restored = self._library.restore(ids)
        self.reload()
        if restored:
            self.trash_changed.emit(restored, True)
        return restored

    def _restored(self, result: tuple[list[int], list[DocumentSummary]]) -> None:
        restored, rows = result
        gone = set(restored)
        self._show([entry for entry in self.model.entries if entry.id not in gone])
        if restored:
            self._restored_rows = rows
            self.trash_changed.emit(restored, True)
            self._restored_rows = None

    def empty(self) -> int:
        """Delete everything in the trash for good, once the user confirms; how many were deleted
        (for many, given ``jobs``: how many a worker is deleting; ``trash_changed`` tells when)."""
        count = self.table.rowCount()
        if not count or not dialogs.confirm(
            self, self.tr("Empty Trash"),
            self.tr("Delete %n document(s) in the trash for good? This cannot be undone.", "", count),
            self.tr("Empty Trash"),
        ):
            return 0
        ids = [entry.id for entry in self.model.entries]
        if self._jobs is not None and count > BACKGROUND_ABOVE:
            path = self._library.path
            self._start(self.tr("Emptying the trash"), lambda _progress: empty_trash_job(path),
                        lambda _deleted: self._emptied(ids))
            return count
        deleted = self._library.empty_trash()
        self.reload()
        self.trash_changed.emit(ids, False)
        return deleted

    def _emptied(self, ids: list[int]) -> None:
        self.reload()
        self.trash_changed.emit(ids, False)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(not self._busy and self.table.selectionModel().hasSelection())
        self.empty_button.setEnabled(not self._busy and self.table.rowCount() > 0)
