"""Small dialogs shared by the parts of the window that run work in the background."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.ui.translations import translate


def progress_dialog(
    parent: QWidget | None, title: str, label: str, on_cancel: Callable[[], None]
) -> QProgressDialog:
    """A non-modal busy dialog with Cancel, so the window stays usable; the caller shows it."""
    dialog = QProgressDialog(label, translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(on_cancel)
    return dialog
