"""Small dialogs shared by the parts of the window: progress of background work, confirmations."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget


def progress_dialog(
    parent: QWidget | None, title: str, label: str, on_cancel: Callable[[], None]
) -> QProgressDialog:
    """A non-modal busy dialog with Cancel, so the window stays usable; the caller shows it."""
    dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(on_cancel)
    return dialog


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    """Ask before something large (removing many documents, emptying the trash); True for yes.

    The window's logic calls this through the module (``dialogs.confirm``), so a test answers it by
    patching this function, never a Qt method.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def run(dialog: QDialog) -> bool:
    """Show a modal dialog and wait; True when accepted. Tests patch this to fill and accept it."""
    return dialog.exec() == QDialog.DialogCode.Accepted
