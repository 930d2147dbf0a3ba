"""Helpers for the Viewpoints dock tests: waiting for the comparison, finding links and rows."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from desktop_app.core.export.viewpoints import ViewpointRow
from desktop_app.ui.main_window import MainWindow

TIMEOUT_MS = 60_000


def wait_for_viewpoints(qtbot, window: MainWindow) -> None:
    """Until the dock shows the comparison of the two open documents."""
    qtbot.waitUntil(lambda: window.viewpoints.corrected is not None and not window.viewpoints.busy,
                    timeout=TIMEOUT_MS)


def dock_rows(window: MainWindow) -> list[ViewpointRow]:
    model = window.viewpoints_panel.model
    return [row for group in model.groups for row in group.rows]


def row_between(window: MainWindow, left_actor: str, relation: str) -> ViewpointRow:
    return next(r for r in dock_rows(window) if r.left_actor == left_actor and r.relation == relation)


def select(window: MainWindow, row: ViewpointRow) -> None:
    window.viewpoints_panel.select_row(row)
    assert window.viewpoints_panel.current_row() == row


def colour_pixels(image: QImage, colour: str, tolerance: int = 40) -> int:
    """Pixels near ``colour`` in hue and strength (a band's edge, or its fill where it is strong)."""
    target = QColor(colour)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - target.red()) + abs(pixel.green() - target.green())
                    + abs(pixel.blue() - target.blue())) <= tolerance:
                count += 1
    return count
