"""The filter sidebar: which actors and which kinds of marks show, plus the legend.

Everything the user ticks goes to the one FilterState; the sidebar redraws itself from its
``criteria_changed`` signal, so other views (the chart's bar clicks) and this one stay in step.
Right-clicking an actor offers corrections (rename, merge, hide) through the CorrectionService.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.compare import SIDES, Comparison
from desktop_app.core.filters import MARK_KINDS, FilterCriteria
from desktop_app.ui.actor_model import ActorFilterProxy, ActorModel
from desktop_app.ui.corrections import CorrectionService
from desktop_app.ui.filter_state import FilterState
from desktop_app.ui.legend import Legend, mark_label, mark_qicon, swatch_icon


class ActorTreeView(QTreeView):
    """A tree that tells a click on an actor's name from a click on its checkbox.

    ``name_clicked`` fires for a left click that did not toggle the box, and for Enter.
    """

    name_clicked = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pressed = QModelIndex()
        self._state_at_press: object = None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._pressed = self.indexAt(event.position().toPoint())
        self._state_at_press = self._pressed.siblingAtColumn(0).data(Qt.ItemDataRole.CheckStateRole)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        index = self.indexAt(event.position().toPoint())
        pressed = self._pressed
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or not index.isValid() or index != pressed:
            return
        if index.siblingAtColumn(0).data(Qt.ItemDataRole.CheckStateRole) == self._state_at_press:
            self.name_clicked.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.name_clicked.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class FilterSidebar(QWidget):
    """Actors (with swatches and counts), mark kinds, "only matching paragraphs", clear, legend."""

    actor_activated = Signal(str)  # actor key: the window scrolls each pane to its next quote
    colour_requested = Signal(str)  # actor key: the user wants to pick the actor's colour
    actor_everywhere_requested = Signal(str)  # actor name: the window lists them across the library

    def __init__(
        self, filter_state: FilterState, corrections: CorrectionService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filterSidebar")
        self.filter_state = filter_state
        self.corrections = corrections
        self._comparison: Comparison | None = None
        self._doc_ids: dict[str, int] = {}

        self.model = ActorModel(self)
        self.proxy = ActorFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter actors…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter the actor list"))
        self.search.textChanged.connect(self._on_search)

        self.tree = ActorTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Actors"))
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.name_clicked.connect(self._on_name_clicked)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)

        self.kind_boxes: dict[str, QCheckBox] = {}
        marks = QGroupBox(self.tr("Marks"))
        marks_layout = QVBoxLayout(marks)
        marks_layout.setSpacing(2)
        for kind in MARK_KINDS:
            box = QCheckBox(mark_label(kind))
            box.setIcon(mark_qicon(kind))
            box.setIconSize(QSize(40, 18))
            box.setToolTip(self.tr("Show or hide “{marks}” in both documents").format(marks=mark_label(kind)))
            box.toggled.connect(lambda on, k=kind: self.filter_state.set_kind_visible(k, on))
            self.kind_boxes[kind] = box
            marks_layout.addWidget(box)
        self.only_matching = QCheckBox(self.tr("Only paragraphs that match"))
        self.only_matching.setToolTip(self.tr("Fold away the paragraphs that hold no visible mark"))
        self.only_matching.toggled.connect(self.filter_state.set_only_matching)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every actor and every kind of mark again"))
        self.clear_button.clicked.connect(self.filter_state.clear)

        self.legend = Legend()
        self.legend_toggle = QToolButton()
        self.legend_toggle.setText(self.tr("Legend"))
        self.legend_toggle.setCheckable(True)
        self.legend_toggle.setChecked(True)
        self.legend_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.legend_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.legend_toggle.setAutoRaise(True)
        self.legend_toggle.toggled.connect(self._on_legend_toggled)

        # "Only paragraphs that match" and "Clear filters" stay in sight above the actors, however
        # short the dock; the mark kinds and the legend scroll below them.
        search_row = QHBoxLayout()
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.clear_button, 0)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(search_row)
        top_layout.addWidget(self.only_matching)
        top_layout.addWidget(self.tree)
        options = QWidget()
        options_layout = QVBoxLayout(options)
        options_layout.setContentsMargins(0, 0, 4, 0)
        options_layout.addWidget(marks)
        options_layout.addWidget(self.legend_toggle)
        options_layout.addWidget(self.legend)
        options_layout.addStretch(1)
        bottom = QScrollArea()  # marks and legend scroll, so a short dock still shows the actors
        bottom.setWidgetResizable(True)
        bottom.setFrameShape(QFrame.Shape.NoFrame)
        bottom.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bottom.setWidget(options)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)  # the actor list gets most of the height
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self.model.visibility_changed.connect(self.filter_state.set_actor_visible)
        self.filter_state.criteria_changed.connect(self._show_criteria)
        self._show_criteria(self.filter_state.criteria)

    # --- public ---

    def set_comparison(self, comparison: Comparison | None, doc_ids: dict[str, int]) -> None:
        """Show the actors of a new comparison; ``doc_ids`` maps "left"/"right" to library ids."""
        self._comparison = comparison
        self._doc_ids = dict(doc_ids)
        self.model.set_comparison(comparison, self.filter_state.criteria)
        self.tree.expandAll()

    def actor_doc_ids(self, key: str) -> list[int]:
        """The open documents whose analysis has this actor: where an actor correction applies."""
        ids: list[int] = []
        if self._comparison is None:
            return ids
        for side in SIDES:
            view = self._comparison.view(side)
            doc_id = self._doc_ids.get(side)
            if view is None or doc_id is None or doc_id in ids:
                continue
            if any(actor.key == key for actor in view.analysis.actors):
                ids.append(doc_id)
        return ids

    def rename_actor(self, key: str, new_name: str) -> None:
        if new_name.strip() and new_name.strip() != self._name_of(key):
            self.corrections.rename_actor(self.actor_doc_ids(key), key, new_name, old_name=self._name_of(key))

    def merge_actor(self, key: str, into_key: str) -> None:
        self.corrections.merge_actor(
            self.actor_doc_ids(key), key, into_key, name=self._name_of(key), into_name=self._name_of(into_key)
        )

    def hide_actor(self, key: str) -> None:
        self.corrections.hide_actor(self.actor_doc_ids(key), key, name=self._name_of(key))

    def actor_menu(self, key: str) -> QMenu:
        """The right-click menu of one actor: Rename…, Merge into ▸, Hide."""
        menu = QMenu(self)
        name = self._name_of(key)
        menu.addAction(self.tr("Go to next quote by {name}").format(name=name),
                       lambda: self.actor_activated.emit(key))
        menu.addAction(self.tr("Show %1 in All Documents…").replace("%1", name),
                       lambda: self.actor_everywhere_requested.emit(name))
        menu.addSeparator()
        menu.addAction(self.tr("Rename…"), lambda: self._ask_rename(key))
        colour = menu.addAction(self.tr("Colour…"), lambda: self.colour_requested.emit(key))
        colour.setStatusTip(self.tr("Pick this actor's colour: it keeps it in every comparison"))
        merge = menu.addMenu(self.tr("Merge into"))
        others = [a for a in (self._comparison.actors if self._comparison else []) if a.key != key]
        for other in sorted(others, key=lambda a: a.name.casefold()):
            merge.addAction(swatch_icon(other.colour), other.name, lambda k=other.key: self.merge_actor(key, k))
        merge.setEnabled(bool(others))
        hide = menu.addAction(self.tr("Hide {name}").format(name=name), lambda: self.hide_actor(key))
        hide.setStatusTip(self.tr("Remove this actor from the analysis (Edit > Undo brings it back)"))
        return menu

    # --- slots ---

    def _show_criteria(self, criteria: FilterCriteria) -> None:
        self.model.set_criteria(criteria)
        for kind, box in self.kind_boxes.items():
            box.blockSignals(True)
            box.setChecked(criteria.kind_visible(kind))
            box.blockSignals(False)
        self.only_matching.blockSignals(True)
        self.only_matching.setChecked(criteria.only_matching_paragraphs)
        self.only_matching.blockSignals(False)
        self.clear_button.setEnabled(not criteria.is_default)

    def _on_search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.tree.expandAll()

    def _on_name_clicked(self, index: QModelIndex) -> None:
        key = self.model.key_at(self.proxy.mapToSource(index))
        if key is not None:
            self.actor_activated.emit(key)

    def _on_context_menu(self, pos: QPoint) -> None:
        key = self.model.key_at(self.proxy.mapToSource(self.tree.indexAt(pos)))
        if key is not None:
            self.actor_menu(key).exec(self.tree.viewport().mapToGlobal(pos))

    def _on_legend_toggled(self, shown: bool) -> None:
        self.legend.setVisible(shown)
        self.legend_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _ask_rename(self, key: str) -> None:
        name = self._name_of(key)
        new_name, ok = QInputDialog.getText(self, self.tr("Rename actor"), self.tr("New name for {name}:").format(name=name),
                                              text=name)
        if ok:
            self.rename_actor(key, new_name)

    def _name_of(self, key: str) -> str:
        for actor in self._comparison.actors if self._comparison else []:
            if actor.key == key:
                return actor.name
        return key
