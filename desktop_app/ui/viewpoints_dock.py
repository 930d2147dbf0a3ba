"""The Viewpoints dock: questions and their links between the two texts, a relation filter, and the
corrections; ``ViewpointsController`` wires it to the service, the panes and the filters.

Selecting a link scrolls both panes to its passages and marks them (``CompareView.show_link``);
clicking a connector in the gap selects its link here. The sidebar's actor filter and the dock's
relation filter decide which links show, in the dock, in the gap and in print and exports alike
(``core.export.viewpoints.viewpoint_table``). Dialogs sit behind ``ask_relation`` so the logic
runs in tests without one.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QObject, QPoint, QTimer, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QProgressBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.export.viewpoints import (
    RELATION_STYLES,
    ViewpointRow,
    ViewpointsTable,
    viewpoint_table,
)
from desktop_app.ui.actions import Actions
from desktop_app.ui.compare_view import CompareView
from desktop_app.ui.filter_state import FilterState
from desktop_app.ui.viewpoints_model import LEFT, RELATION, RIGHT, ViewpointsModel, relation_icon
from desktop_app.ui.viewpoints_service import ViewpointsService
from desktop_app.ui.translations import translate

PROGRESS_DELAY_MS = 1000  # the busy bar shows only when a comparison takes longer than this


def ask_relation(parent: QWidget, current: str | None = None) -> str | None:
    """The relation the user picks for two passages, or None when cancelled."""
    labels = [f"{style.symbol}  {style.label}" for style in RELATION_STYLES.values()]
    index = list(RELATION_STYLES).index(current) if current in RELATION_STYLES else 1
    choice, ok = QInputDialog.getItem(parent, translate("ViewpointsPanel", "Link These Passages"),
                                      translate("ViewpointsPanel", "How do the two passages relate?"),
                                      labels, index, False)
    return list(RELATION_STYLES)[labels.index(choice)] if ok and choice in labels else None


class ViewpointsPanel(QWidget):
    """Relation filter buttons, a status line, the tree of questions and links."""

    link_selected = Signal(object)  # ViewpointRow | None
    relations_changed = Signal(object)  # frozenset[str]
    forget_requested = Signal()

    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewpointsPanel")
        self._actions = actions
        self.filter_buttons: dict[str, QToolButton] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        bar.addWidget(QLabel(self.tr("Show:"), self))
        for relation, style in RELATION_STYLES.items():
            button = QToolButton(self)
            button.setText(style.label)
            button.setIcon(relation_icon(relation))
            button.setCheckable(True)
            button.setChecked(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(self.tr("Show the links whose relation is \u201c{relation}\u201d ({symbol})").format(
                relation=style.label, symbol=style.symbol))
            button.toggled.connect(lambda _on: self.relations_changed.emit(self.relations))
            self.filter_buttons[relation] = button
            bar.addWidget(button)
        bar.addStretch(1)

        self.status = QLabel(self)
        self.status.setObjectName("viewpointsStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #555555;")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(10)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.dropped = QLabel(self)
        self.dropped.setObjectName("viewpointsDropped")
        self.dropped.setWordWrap(True)
        self.dropped.setStyleSheet("color: #7A4B00; background: #FFF6E0; padding: 3px;")
        self.dropped.setTextFormat(Qt.TextFormat.RichText)
        self.dropped.linkActivated.connect(lambda _link: self.forget_requested.emit())
        self.dropped.hide()

        self.model = ViewpointsModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("viewpointsTree")
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_menu)
        self.tree.setAccessibleName(self.tr("Viewpoint links by question"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        self.tree.setIndentation(12)
        for column in (LEFT, RIGHT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RELATION, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.tree.addAction(actions.remove_link)  # Delete removes the selected link

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.dropped)
        layout.addWidget(self.tree, 1)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.timeout.connect(self.progress.show)

    # -- state ----------------------------------------------------------------------------------

    @property
    def relations(self) -> frozenset[str]:
        return frozenset(r for r, b in self.filter_buttons.items() if b.isChecked())

    def set_relations(self, relations: frozenset[str]) -> None:
        for relation, button in self.filter_buttons.items():
            button.setChecked(relation in relations)

    def current_row(self) -> ViewpointRow | None:
        indexes = self.tree.selectionModel().selectedRows()
        return self.model.row_of(indexes[0]) if indexes else None

    def set_table(self, table: ViewpointsTable | None) -> None:
        """Show new rows; the selected link stays selected when it is still there."""
        current = self.current_row()
        blocker = self.tree.selectionModel().blockSignals(True)
        self.model.set_table(table)
        for row in range(self.model.rowCount()):  # a question's label runs over the whole row
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        index = self.model.index_of(current) if current is not None else QModelIndex()
        if index.isValid():
            self.tree.setCurrentIndex(index)
        self.tree.selectionModel().blockSignals(blocker)
        now = self.current_row()
        if (now is None) != (current is None) or (now and current and (now.relation, now.origin) != (current.relation, current.origin)):
            self.link_selected.emit(now)

    def select_row(self, row: ViewpointRow) -> None:
        index = self.model.index_of(row)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def set_busy(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start(PROGRESS_DELAY_MS)
        else:
            self._busy_timer.stop()
            self.progress.hide()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_dropped(self, reasons: list[str]) -> None:
        if not reasons:
            self.dropped.hide()
            return
        n = len(reasons)
        items = "".join(f"<li>{_escape(r)}</li>" for r in reasons)
        text = self.tr("1 correction of these links no longer applies and is left out. "
                       "<a href='forget'>Forget it</a>") if n == 1 else \
            self.tr("{n} corrections of these links no longer apply and are left out. "
                    "<a href='forget'>Forget them</a>").format(n=n)
        self.dropped.setText("\u26a0 " + text)
        self.dropped.setToolTip(f"<ul>{items}</ul>")
        self.dropped.show()

    # -- events ---------------------------------------------------------------------------------

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.link_selected.emit(self.current_row())

    def _show_menu(self, pos: QPoint) -> None:
        self.build_menu(pos).exec(self.tree.viewport().mapToGlobal(pos))

    def build_menu(self, pos: QPoint) -> QMenu:
        """The context menu at a point of the tree: the corrections of the link there."""
        index = self.tree.indexAt(pos)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        a = self._actions
        menu = QMenu(self)
        row = self.current_row()
        if row is not None:
            style = RELATION_STYLES[row.relation]
            title = menu.addAction(f"{row.left_shown} {style.symbol} {row.right_shown}")
            title.setEnabled(False)
        for action in (a.mark_agree, a.mark_disagree, a.mark_related, None, a.remove_link, None, a.link_passages):
            menu.addSeparator() if action is None else menu.addAction(action)
        return menu


class ViewpointsController(QObject):
    """Connects the dock, the service, the compare view, the filters and the viewpoint actions."""

    def __init__(self, service: ViewpointsService, panel: ViewpointsPanel, view: CompareView,
                 filter_state: FilterState, actions: Actions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service, self.panel, self.view = service, panel, view
        self.filter_state, self.actions = filter_state, actions
        self.table: ViewpointsTable | None = None
        view.comparison_changed.connect(service.set_comparison)
        view.link_clicked.connect(panel.select_row)
        service.changed.connect(self.refresh)
        service.busy_changed.connect(self._on_busy)
        filter_state.criteria_changed.connect(self.refresh)
        panel.relations_changed.connect(self.refresh)
        panel.link_selected.connect(self._on_link_selected)
        panel.forget_requested.connect(service.forget_dropped)
        actions.remove_link.triggered.connect(lambda: self._with_row(service.remove_link))
        for relation in RELATION_STYLES:
            getattr(actions, f"mark_{relation}").triggered.connect(
                lambda _checked=False, r=relation: self._with_row(lambda row: service.set_relation(row, r)))
        actions.link_passages.triggered.connect(self.link_selected_passages)
        for pane in view.panes():
            pane.text_edit.selectionChanged.connect(self.update_actions)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Rows for what the filters show now: the dock, the connectors and the status line."""
        service = self.service
        comparison = service.attached(service.comparison, self.panel.relations)
        ready = comparison is not None and service.corrected is not None  # never computed here, in the UI thread
        self.table = viewpoint_table(comparison, self.filter_state.criteria) if ready else None
        self.panel.set_table(self.table)
        self.view.set_links(self.table.rows if self.table else [])
        self.panel.set_dropped(self.table.dropped if self.table else [])
        self.panel.set_status(self._status())
        self.update_actions()

    def link_selected_passages(self) -> None:
        """Link the text selected in the left pane to the text selected in the right one."""
        spans = [pane.text_edit.selected_offsets() for pane in self.view.panes()]
        if spans[0] is None or spans[1] is None or self.service.pair() is None:
            return
        relation = ask_relation(self.panel)
        if relation is None:
            return
        self.service.link_passages(spans[0], spans[1], relation)
        made = [r for r in dock_rows(self.panel.model) if (r.left_span, r.right_span) == (spans[0], spans[1])]
        if made:  # show the new link (the filters may hide it: then nothing to show)
            self.panel.select_row(made[0])

    def update_actions(self, *_args: object) -> None:
        a = self.actions
        row = self.panel.current_row()
        for action in (a.remove_link, a.mark_agree, a.mark_disagree, a.mark_related):
            action.setEnabled(row is not None)
        for relation in RELATION_STYLES:
            getattr(a, f"mark_{relation}").setChecked(row is not None and row.relation == relation)
        both = all(pane.text_edit.selected_offsets() is not None for pane in self.view.panes())
        a.link_passages.setEnabled(both and self.service.pair() is not None)

    def _status(self) -> str:
        service = self.service
        if service.comparison is None or service.comparison.left is None or service.comparison.right is None:
            if any(doc_id is None for doc_id in self.view.doc_ids().values()):
                return self.tr("Open a document in each pane to compare what they say.")
            return self.tr("Waiting for the analyses\u2026")
        if service.busy:
            return self.tr("Comparing the two texts\u2026")
        if service.failure:
            return self.tr("The comparison failed: {reason}").format(reason=service.failure)
        table = self.table
        if table is None or service.corrected is None:
            return ""
        questions = len({r.question_id for r in table.rows})
        if not table.total:
            return self.tr("The two texts take no position on the same question.")
        links = len(table.rows)
        text = (self.tr("1 question") if questions == 1 else self.tr("{n} questions").format(n=questions)) + " \u00b7 " + \
            (self.tr("1 link") if links == 1 else self.tr("{n} links").format(n=links))
        if table.filtered:
            text += " " + self.tr("(of {total}; the filters hide the others)").format(total=table.total)
        return text

    def _on_busy(self, busy: bool) -> None:
        self.panel.set_busy(busy)
        self.panel.set_status(self._status())

    def _on_link_selected(self, row: ViewpointRow | None) -> None:
        self.view.show_link(row)
        self.update_actions()

    def _with_row(self, act) -> None:  # noqa: ANN001
        row = self.panel.current_row()
        if row is not None:
            act(row)


def dock_rows(model: ViewpointsModel) -> list[ViewpointRow]:
    """Every link row of the model, question by question."""
    return [row for group in model.groups for row in group.rows]


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
