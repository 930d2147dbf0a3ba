"""The dialogs the window's logic asks its questions through: one small function per question.

The logic (exports, colours, removals, background work) never opens a Qt dialog itself; it calls
these, so a test answers a question by patching one function here instead of clicking (or patching
Qt). Also the progress dialog of background work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QDialog, QFileDialog, QLineEdit, QMessageBox, QProgressDialog, \
    QWidget

from desktop_app.ui.translations import translate


def progress_dialog(
    parent: QWidget | None, title: str, label: str, on_cancel: Callable[[], None]
) -> QProgressDialog:
    """A non-modal busy dialog with Cancel, so the window stays usable; the caller shows it."""
    dialog = QProgressDialog(label, translate("Dialogs", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(on_cancel)
    return dialog


def filter_extensions(name_filter: str) -> list[str]:
    """The extensions a file-dialog filter names: "Web page (*.html *.htm)" -> ["html", "htm"]."""
    inside = name_filter[name_filter.rfind("(") + 1 : name_filter.rfind(")")]
    return [p[2:].lower() for p in inside.split() if p.startswith("*.") and len(p) > 2]


def filter_for_name(name: str, filters: Sequence[str], current: str) -> str | None:
    """The filter a typed file name belongs to: ``current`` when it fits, else the first that does."""
    suffix = Path(name).suffix.lstrip(".").lower()
    if not suffix:
        return None
    if suffix in filter_extensions(current):
        return current
    return next((f for f in filters if suffix in filter_extensions(f)), None)


def save_dialog(parent: QWidget | None, title: str, start: Path, filters: Sequence[str],
                selected: str) -> QFileDialog:
    """A Save dialog whose type box follows the extension typed in the name box.

    Qt's own (non-native) dialog, so the name box can be followed; choosing a type changes the
    typed extension (Qt does that in its save dialogs), typing an extension selects its type.
    """
    dialog = QFileDialog(parent, title, str(start.parent))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters(list(filters))
    dialog.selectNameFilter(selected)
    dialog.selectFile(start.name)
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    if edit is not None:
        def follow(text: str) -> None:
            match = filter_for_name(text, filters, dialog.selectedNameFilter())
            if match is not None and match != dialog.selectedNameFilter():
                dialog.selectNameFilter(match)

        edit.textEdited.connect(follow)
    return dialog


def ask_save_path(parent: QWidget | None, title: str, start: Path, filters: Sequence[str],
                  selected: str) -> tuple[str, str] | None:
    """The file name typed and the type chosen in a Save dialog; None when the user cancels."""
    dialog = save_dialog(parent, title, start, filters, selected)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def ask_colour(parent: QWidget | None, title: str, initial: str) -> str | None:
    """A colour picked in Qt's colour dialog as "#RRGGBB"; None when the user cancels."""
    colour = QColorDialog.getColor(QColor(initial), parent, title)
    return colour.name().upper() if colour.isValid() else None


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
