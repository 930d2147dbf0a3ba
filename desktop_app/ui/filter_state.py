"""The one source of truth for what is shown: a FilterCriteria behind a ``criteria_changed`` signal.

The sidebar, the chart and the panes all change the criteria through this object and react to its
signal; they never poke each other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop_app.core.filters import FilterCriteria


class FilterState(QObject):
    """Holds the current FilterCriteria; emits ``criteria_changed(criteria)`` on every real change."""

    criteria_changed = Signal(object)

    def __init__(self, criteria: FilterCriteria | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._criteria = criteria or FilterCriteria()

    @property
    def criteria(self) -> FilterCriteria:
        return self._criteria

    def set_criteria(self, criteria: FilterCriteria) -> None:
        """Replace the criteria; emits only when they differ from the current ones."""
        if criteria == self._criteria:
            return
        self._criteria = criteria
        self.criteria_changed.emit(criteria)

    def set_actor_visible(self, key: str, visible: bool) -> None:
        self.set_criteria(self._criteria.with_actor(key, visible))

    def toggle_actor(self, key: str) -> None:
        self.set_actor_visible(key, not self._criteria.actor_visible(key))

    def set_kind_visible(self, mark_kind: str, visible: bool) -> None:
        self.set_criteria(self._criteria.with_kind(mark_kind, visible))

    def set_only_matching(self, only: bool) -> None:
        self.set_criteria(self._criteria.with_only_matching(only))

    def clear(self) -> None:
        """Back to showing everything."""
        self.set_criteria(FilterCriteria())
