"""Edit > Edit Metadata…: a document's title, authors, outlet, date, genre and language.

The edit is stored by the library's own ``edit_metadata`` (the function behind ``viewpoints edit``)
as one undoable step; the dialog only gathers the values and shows the library's reason when one
is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.core import i18n
from desktop_app.core.document import GENRES, Metadata
from desktop_app.core.library import Library
from desktop_app.ui.translations import translate


class EditMetadataCommand(QUndoCommand):
    """Redo stores the new values (checked by the library); undo puts the previous ones back."""

    def __init__(self, library: Library, doc_id: int, changes: dict[str, object],
                 on_changed: Callable[[int], None], *, previous: Metadata | None = None) -> None:
        """``previous``: the edit is stored already (``edit_metadata`` returned it), the first redo
        only announces it; the window stores first so that a refused value never reaches the stack."""
        super().__init__(translate("EditMetadataCommand", "Edit metadata of document {id}").format(id=doc_id))
        self._library = library
        self._doc_id = doc_id
        self._changes = dict(changes)
        self._on_changed = on_changed
        self._previous = previous
        self._stored = previous is not None

    def redo(self) -> None:
        if not self._stored:
            self._previous = self._library.edit_metadata(self._doc_id, **self._changes)
        self._stored = False
        self._on_changed(self._doc_id)

    def undo(self) -> None:
        if self._previous is not None:
            self._library.edit_metadata(self._doc_id, check=False, **vars(self._previous))
            self._on_changed(self._doc_id)


class MetadataDialog(QDialog):
    """The six fields of one document; ``changes()`` is what the user altered."""

    def __init__(self, metadata: Metadata, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metadataDialog")
        self.setWindowTitle(self.tr("Edit Metadata"))
        self._original = metadata
        self.title = QLineEdit(metadata.title, self)
        self.authors = QLineEdit("; ".join(metadata.authors), self)
        self.authors.setPlaceholderText(self.tr("names separated by semicolons"))
        self.outlet = QLineEdit(metadata.outlet, self)
        self.date = QLineEdit(metadata.date, self)
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.genre = QComboBox(self)
        for genre in GENRES:  # shown in the interface's language, stored as the genre's code
            self.genre.addItem(i18n.text(genre), genre)
        self.genre.setCurrentIndex(max(0, self.genre.findData(metadata.genre)))
        self.language = QLineEdit(metadata.language, self)
        self.language.setPlaceholderText(self.tr("sv, en … (empty: detected)"))
        self.error = QLabel(self)
        self.error.setObjectName("metadataError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Authors:"), self.authors)
        form.addRow(self.tr("&Outlet:"), self.outlet)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Genre:"), self.genre)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.resize(460, self.sizeHint().height())

    def changes(self) -> dict[str, object]:
        """The fields whose value differs from the document's."""
        values: dict[str, object] = {
            "title": self.title.text(), "outlet": self.outlet.text(), "date": self.date.text(),
            "genre": self.genre.currentData(), "language": self.language.text(),
            "authors": [a.strip() for a in self.authors.text().split(";") if a.strip()],
        }
        return {name: value for name, value in values.items() if value != getattr(self._original, name)}

    def show_error(self, reason: str) -> None:
        self.error.setText(reason)
        self.error.show()
