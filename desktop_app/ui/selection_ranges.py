"""Big selections as ranges: thousands of rows selected or replaced in one selection change."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView


def replace_selection(view: QAbstractItemView, selection: QItemSelection) -> None:
    """Select ``selection`` instead of what was selected, in one selection change.

    Qt works out what changed range against range, splitting as it goes: from thousands of
    scattered ranges to one that is seconds. Then the old selection is dropped without a signal
    (the view repaints) and the new one selected, which Qt compares with nothing.
    """
    selection_model = view.selectionModel()
    old = len(selection_model.selection())
    if old and len(selection) and old * len(selection) > 1000:
        current = selection_model.currentIndex()
        selection_model.reset()  # no signals
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.Select)
        if current.isValid():
            selection_model.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        view.viewport().update()
    else:
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def row_runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of adjacent rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
