"""The sidebar's actor list as an item model: actors of a Comparison grouped by kind.

A thin QStandardItemModel: group rows (People, Organizations, Places), under each one row per actor
with a checkable name (checked = shown), its colour swatch and the mention counts in the left and
right document. Ticking a box only reports ``visibility_changed``; FilterState stays the one owner
of the criteria and ``set_criteria`` brings the boxes in line with it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop_app.core.analysis.model import ACTOR_KINDS
from desktop_app.core.compare import SIDES, ComparedActor, Comparison
from desktop_app.core.filters import FilterCriteria
from desktop_app.ui.legend import swatch_icon
from desktop_app.ui.translations import translate

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # actor key on the name item of an actor row
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2  # what the text box matches: name, aliases, roles
GROUP_TITLES: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("ActorModel", "People"),
    "organization": QT_TRANSLATE_NOOP("ActorModel", "Organizations"),
    "place": QT_TRANSLATE_NOOP("ActorModel", "Places"),
    "unnamed": QT_TRANSLATE_NOOP("ActorModel", "Unnamed sources"),
    "interviewer": QT_TRANSLATE_NOOP("ActorModel", "Interviewer"),
}
COLUMNS: tuple[str, ...] = (QT_TRANSLATE_NOOP("ActorModel", "Actor"), QT_TRANSLATE_NOOP("ActorModel", "Left"),
                            QT_TRANSLATE_NOOP("ActorModel", "Right"))


class ActorModel(QStandardItemModel):
    """Actors of the current comparison; emits ``visibility_changed(key, visible)`` on a tick."""

    visibility_changed = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self._items: dict[str, QStandardItem] = {}
        self._syncing = False
        self.itemChanged.connect(self._on_item_changed)

    def set_comparison(self, comparison: Comparison | None, criteria: FilterCriteria) -> None:
        """Rebuild the rows for a new pair of documents (or none)."""
        self._syncing = True
        try:
            self.removeRows(0, self.rowCount())
            self._items = {}
            if comparison is None:
                return
            for side, column in zip(SIDES, (1, 2)):
                view = comparison.view(side)
                title = view.document.title if view is not None else self.tr("no document")
                tip = self.tr("Mentions in the left document: {title}") if side == "left" else \
                    self.tr("Mentions in the right document: {title}")
                self.horizontalHeaderItem(column).setToolTip(tip.format(title=title))
            sides = [s for s in SIDES if comparison.view(s) is not None]
            for kind in (*ACTOR_KINDS, *sorted({a.kind for a in comparison.actors} - set(ACTOR_KINDS))):
                members = [a for a in comparison.actors if a.kind == kind]
                if members:
                    self.appendRow(self._group_row(kind, members, sides, criteria))
        finally:
            self._syncing = False

    def set_criteria(self, criteria: FilterCriteria) -> None:
        """Tick exactly the actors the criteria show, without reporting it back."""
        self._syncing = True
        try:
            for key, item in self._items.items():
                state = Qt.CheckState.Checked if criteria.actor_visible(key) else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
        finally:
            self._syncing = False

    def keys(self) -> list[str]:
        """Actor keys in display order."""
        return list(self._items)

    def name_item(self, key: str) -> QStandardItem | None:
        return self._items.get(key)

    def key_at(self, index: QModelIndex) -> str | None:
        """The actor key of any cell of an actor row (None for group rows)."""
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(KEY_ROLE)

    def _group_row(
        self, kind: str, members: list[ComparedActor], sides: list[str], criteria: FilterCriteria
    ) -> list[QStandardItem]:
        title = self.tr(GROUP_TITLES[kind]) if kind in GROUP_TITLES else kind.capitalize()
        group = QStandardItem(f"{title} ({len(members)})")
        group.setEditable(False)
        group.setSelectable(False)
        font = group.font()
        font.setBold(True)
        group.setFont(font)
        group.setData("", FILTER_ROLE)
        totals = [_plain(str(sum(a.counts.get(s, 0) for a in members)) if s in sides else "") for s in SIDES]
        for total in totals:
            total.setSelectable(False)
        for actor in members:
            group.appendRow(self._actor_row(actor, sides, criteria))
        return [group, *totals]

    def _actor_row(
        self, actor: ComparedActor, sides: list[str], criteria: FilterCriteria
    ) -> list[QStandardItem]:
        name = QStandardItem(actor.name)
        name.setEditable(False)
        name.setCheckable(True)
        name.setCheckState(Qt.CheckState.Checked if criteria.actor_visible(actor.key) else Qt.CheckState.Unchecked)
        name.setIcon(swatch_icon(actor.colour))
        name.setData(actor.key, KEY_ROLE)
        name.setData(" ".join([actor.name, *actor.roles, actor.party or ""]), FILTER_ROLE)
        name.setToolTip(_tooltip(actor, sides))
        self._items[actor.key] = name
        counts = []
        for side in SIDES:
            cell = _plain(str(actor.counts.get(side, 0)) if side in sides else "–")
            cell.setToolTip(
                f"{actor.counts.get(side, 0)} mentions by name, {actor.pronoun_counts.get(side, 0)} by pronoun, "
                f"{actor.quotes.get(side, 0)} quotes in the {side} document"
            )
            counts.append(cell)
        return [name, *counts]

    def _on_item_changed(self, item: QStandardItem) -> None:
        key = item.data(KEY_ROLE)
        if self._syncing or key is None or not item.isCheckable():
            return
        self.visibility_changed.emit(key, item.checkState() == Qt.CheckState.Checked)


def _plain(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _tooltip(actor: ComparedActor, sides: list[str]) -> str:
    lines = [f"<b>{actor.name}</b>"]
    if actor.roles:
        lines.append("; ".join(actor.roles[:3]))
    if actor.party:
        lines.append(translate("ActorModel", "party: {party}").format(party=actor.party))
    for side in sides:
        line = translate("ActorModel", "left: {mentions} mentions, {quotes} quotes") if side == "left" \
            else translate("ActorModel", "right: {mentions} mentions, {quotes} quotes")
        lines.append(line.format(mentions=actor.counts.get(side, 0), quotes=actor.quotes.get(side, 0)))
    lines.append(translate(
        "ActorModel", "<i>Click to go to the next quote; right-click to rename, merge or hide.</i>"))
    return "<br>".join(lines)


class ActorFilterProxy(QSortFilterProxyModel):
    """Filters actor rows by the sidebar's text box; a group shows while any of its actors does."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
