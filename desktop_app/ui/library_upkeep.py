"""The window's library upkeep: the trash, the corrections panel, metadata edits and an actor
across the library — the dialogs they open and the undoable steps they push.

A mixin of ``MainWindow`` (kept apart so the window stays a wiring class): it uses the window's
``library``, ``undo_stack``, ``corrections``, ``library_pane`` and ``compare_view``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from desktop_app.ui import dialogs

if TYPE_CHECKING:
    from desktop_app.core.library import Library


class LibraryUpkeep:
    """File > Trash…, File > Corrections…, Edit > Edit Metadata…, "Show … in All Documents"."""

    library: Library
    undo_stack: Any
    corrections: Any
    library_pane: Any
    library_jobs: Any
    compare_view: Any
    _pending_scroll: dict[str, tuple[int, int]]

    def show_trash(self) -> None:
        """File > Trash…: restore removed documents or empty the trash."""
        from desktop_app.ui.trash_dialog import TrashDialog

        dialog = TrashDialog(self.library, self, jobs=self.library_jobs)
        # Restored rows are read alone (or by the worker that restored them); documents deleted
        # for good were not in the table.
        dialog.trash_changed.connect(lambda ids, restored: restored and self.library_pane.restore_documents(
            ids, dialog.take_restored_rows()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.trash_dialog = dialog

    def show_corrections(self) -> None:
        """File > Corrections…: the corrections log, with revert, restore and reset."""
        from desktop_app.ui.corrections_panel import CorrectionsPanel

        panel = CorrectionsPanel(self.corrections, self.compare_view.doc_ids, self)
        panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        panel.show()
        self.corrections_panel = panel

    def show_actor_everywhere(self, name: str) -> None:
        """“Show in All Documents”: the actor's quotes and claims across the library."""
        from desktop_app.ui.actor_across_dialog import ActorAcrossDialog

        dialog = ActorAcrossDialog(self.library, name, self.open_statement, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.actor_across_dialog = dialog

    def open_statement(self, statement: object, side: str) -> None:
        """Open a statement's document in a pane and scroll to it (once its marks are shown)."""
        doc_id, start = statement.doc_id, statement.start  # type: ignore[attr-defined]
        self._pending_scroll[side] = (doc_id, start)
        self.open_document(doc_id, side)
        self._scroll_pending()

    def _scroll_pending(self) -> None:
        for side, (doc_id, offset) in list(self._pending_scroll.items()):
            pane = self.compare_view.pane(side)
            if pane.doc_id != doc_id:
                del self._pending_scroll[side]
            elif pane.view is not None:
                pane.text_edit.scroll_to_offset(offset)
                del self._pending_scroll[side]

    def edit_metadata(self, doc_id: int | None) -> bool:
        """Edit > Edit Metadata…: the dialog, then one undoable step; False when nothing changed."""
        from desktop_app.ui.metadata_dialog import MetadataDialog

        if doc_id is None:
            return False
        try:
            metadata = self.library.get(doc_id).metadata
        except KeyError:
            return False
        dialog = MetadataDialog(metadata, self)
        while dialogs.run(dialog):
            changes = dialog.changes()
            if not changes:
                return False
            try:
                return self.apply_metadata(doc_id, changes)
            except ValueError as exc:
                dialog.show_error(str(exc))
        return False

    def apply_metadata(self, doc_id: int, changes: dict[str, object]) -> bool:
        """Store a metadata edit (ValueError naming the field when refused) as one undoable step."""
        from desktop_app.ui.metadata_dialog import EditMetadataCommand

        previous = self.library.edit_metadata(doc_id, **changes)
        self.undo_stack.push(EditMetadataCommand(self.library, doc_id, changes, self._on_metadata_edited,
                                                 previous=previous))
        return True

    def _on_metadata_edited(self, doc_id: int) -> None:
        self.library_pane.refresh_document(doc_id)
        self.compare_view.refresh_metadata(doc_id)  # the pane's header, then the window's title
        self.compare_view.refresh_document(doc_id)
        self._on_documents_changed({})
