"""File > Corrections…: the corrections log — what was changed, when, in which document.

Each entry can be reverted (a merge reverted is an unmerge, a hidden actor reverted is shown
again), a document can be reset to the automatic analysis; every one of these goes through the
``CorrectionService`` and so lands on the undo stack. The log is the library's, so corrections of
earlier sessions are listed and revertable too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.library import CorrectionEntry
from desktop_app.ui import dialogs
from desktop_app.ui.corrections import CorrectionService


class CorrectionsPanel(QDialog):
    """The corrections of the library (or of the open documents), with Revert and Reset."""

    def __init__(self, service: CorrectionService, open_documents: Callable[[], dict[str, int | None]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionsPanel")
        self.setWindowTitle(self.tr("Corrections"))
        self._service = service
        self._open_documents = open_documents
        self._entries: list[CorrectionEntry] = []
        self.only_open = QCheckBox(self.tr("Only the documents on screen"), self)
        self.only_hidden = QCheckBox(self.tr("Only hidden actors"), self)
        self.only_open.toggled.connect(self.reload)
        self.only_hidden.toggled.connect(self.reload)
        self.info = QLabel(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("correctionsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Change"), self.tr("When"), self.tr("Document")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 340)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.revert_button = QPushButton(self.tr("&Revert"), self)
        self.revert_button.setToolTip(self.tr("Undo the selected corrections; a merge reverted is "
                                              "an unmerge, a hidden actor is shown again"))
        self.reset_button = QPushButton(self.tr("Re&set Document…"), self)
        self.reset_button.setToolTip(self.tr("Back to the automatic analysis of the selected entry's document"))
        self.revert_button.clicked.connect(self.revert_selected)
        self.reset_button.clicked.connect(self.reset_selected_document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        options = QHBoxLayout()
        options.addWidget(self.only_open)
        options.addWidget(self.only_hidden)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        self.resize(760, 440)
        service.corrections_changed.connect(lambda _doc_id: self.reload())
        self.reload()

    def entries(self) -> list[CorrectionEntry]:
        """The entries shown, in the table's order (newest first)."""
        return list(self._entries)

    def reload(self) -> None:
        entries = self._service.library.correction_entries()
        if self.only_open.isChecked():
            shown = {d for d in self._open_documents().values() if d is not None}
            entries = [e for e in entries if e.doc_id in shown]
        if self.only_hidden.isChecked():
            entries = [e for e in entries if e.op == "hide_actor"]
        self._entries = list(reversed(entries))
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            change = entry.description + (self.tr(" (cannot apply: %1)").replace("%1", entry.problem)
                                          if entry.problem else "")
            values = (change, entry.created_at.replace("T", " ")[:16], entry.document)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(1)
        self.info.setText(self.tr("%n correction(s)", "", len(self._entries)) if self._entries
                          else self.tr("No corrections."))
        self._update_buttons()

    def select_rows(self, rows: list[int]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in rows:
            self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def selected_entries(self) -> list[CorrectionEntry]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._entries[row] for row in rows]

    def revert_selected(self) -> None:
        """Revert the selected entries as one undoable step."""
        self._service.revert(e.id for e in self.selected_entries())

    def reset_selected_document(self) -> bool:
        """Reset the selected entry's document to the automatic analysis (asked first)."""
        selected = self.selected_entries()
        if not selected:
            return False
        entry = selected[0]
        count = sum(1 for e in self._service.library.correction_entries(entry.doc_id))
        if not dialogs.confirm(self, self.tr("Reset Document"),
                               self.tr("Take all %n correction(s) out of “%1” and go back to the automatic "
                                       "analysis? Edit > Undo brings them back.", "", count).replace(
                                           "%1", entry.document),
                               self.tr("Reset")):
            return False
        self._service.reset_document(entry.doc_id)
        return True

    def _update_buttons(self) -> None:
        has = self.table.selectionModel().hasSelection()
        self.revert_button.setEnabled(has)
        self.reset_button.setEnabled(has)
