"""“Show in All Documents”: one actor's quotes and claims across the library, each openable.

The search is ``core.actor_across.actor_across_library``, run in the background on its own library
connection (a big library's stored analyses take a while to read); this dialog only lists the
result, grouped by document with date and outlet, and asks the window to open a statement's
document in the left or right pane at that statement.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.actor_across import ActorAcross, ActorStatement, actor_across_library
from desktop_app.core.library import Library
from desktop_app.ui.jobs import JobProgress, JobRunner

OpenAt = Callable[[ActorStatement, str], None]  # statement, side


def _search(library_path: Path, key: str, progress: JobProgress) -> ActorAcross:
    library = Library(library_path, read_only=True)
    try:
        return actor_across_library(library, key, cancelled=progress.cancelled)
    finally:
        library.close()


class ActorAcrossDialog(QDialog):
    """Every quote and claim of one actor in the library; double-click opens one on the left."""

    def __init__(self, library: Library, name: str, open_at: OpenAt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actorAcrossDialog")
        self.setWindowTitle(self.tr("%1 in All Documents").replace("%1", name))
        self._open_at = open_at
        self.result: ActorAcross | None = None
        self.info = QLabel(self.tr("Searching the library…"), self)
        self.info.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("actorAcrossTree")
        self.tree.setHeaderLabels([self.tr("Document / statement"), self.tr("Kind"), self.tr("Date"),
                                   self.tr("Outlet")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.itemDoubleClicked.connect(lambda item, _column: self.open_selected("left"))
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.left_button = QPushButton(self.tr("Open &Left"), self)
        self.right_button = QPushButton(self.tr("Open &Right"), self)
        self.left_button.clicked.connect(lambda: self.open_selected("left"))
        self.right_button.clicked.connect(lambda: self.open_selected("right"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.left_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.right_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)
        self._update_buttons()
        self._runner = JobRunner(self)
        path = library.path
        self._runner.start(lambda progress: _search(path, name, progress),
                           label=self.tr("Finding the actor in every document"), done=self.show_result,
                           failed=lambda reason: self.info.setText(self.tr("The search failed: %1").replace("%1", reason)))

    def busy(self) -> bool:
        return self._runner.busy

    def show_result(self, result: ActorAcross) -> None:
        self.result = result
        self.tree.clear()
        for statements in result.by_document().values():
            first = statements[0]
            quotes = sum(1 for s in statements if s.what == "quote")
            claims = len(statements) - quotes
            head = QTreeWidgetItem([first.title, self.tr("%n quote(s)", "", quotes) + ", "
                                    + self.tr("%n claim(s)", "", claims), first.date, first.outlet])
            head.setData(0, Qt.ItemDataRole.UserRole, first)
            for statement in statements:
                child = QTreeWidgetItem([f"“{statement.text}”", statement.kind if statement.what == "claim"
                                         else self.tr("quote (%1)").replace("%1", statement.kind), "", ""])
                child.setData(0, Qt.ItemDataRole.UserRole, statement)
                child.setToolTip(0, statement.text)
                head.addChild(child)
            self.tree.addTopLevelItem(head)
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 440)
        self.tree.setColumnWidth(1, 170)
        text = (self.tr("%n statement(s)", "", len(result.statements)) + " "
                + self.tr("in %n document(s).", "", result.documents)) if result.statements else \
            self.tr("No quotes or claims of %1 in the analysed documents.").replace("%1", result.name)
        if result.unanalysed:
            text += " " + self.tr("%n document(s) not analysed yet were not searched (open them to "
                                  "analyse them).", "", result.unanalysed)
        self.info.setText(text)
        self._update_buttons()

    def statement_items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i).child(j) for i in range(self.tree.topLevelItemCount())
                for j in range(self.tree.topLevelItem(i).childCount())]

    def open_selected(self, side: str) -> bool:
        items = self.tree.selectedItems()
        if not items:
            return False
        statement = items[0].data(0, Qt.ItemDataRole.UserRole)
        if isinstance(statement, ActorStatement):
            self._open_at(statement, side)
            return True
        return False

    def _update_buttons(self) -> None:
        has = bool(self.tree.selectedItems())
        self.left_button.setEnabled(has)
        self.right_button.setEnabled(has)

    def done(self, result: int) -> None:  # noqa: D102 - QDialog override: stop the search on close
        self._runner.cancel()
        super().done(result)
