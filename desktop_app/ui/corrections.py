"""Corrections as undoable commands: each user fix is stored in the library and can be undone.

``CorrectionService`` turns a user's fix into correction dicts (see ``core/corrections.py``),
validates them and pushes one QUndoCommand: redo stores them with ``Library.add_correction``,
undo deletes exactly those rows. Whoever shows a document listens to ``corrections_changed(doc_id)``
and rebuilds its analysis with ``analysis_store.corrected_analysis``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.core.analysis.model import Claim, Quote, actor_key
from desktop_app.core.corrections import describe, validate
from desktop_app.core.library import CorrectionEntry, Library, LibraryError


class OneSpeaker(NamedTuple):
    """Narrows a quote correction to one speaker's quote where several share the span (co-authors)."""

    name: str | None  # None: the quote with an unknown speaker


class CorrectionCommand(QUndoCommand):
    """One user action: one or more corrections (one per document it touches)."""

    def __init__(self, service: CorrectionService, entries: list[tuple[int, dict]], text: str) -> None:
        super().__init__(text)
        self._service = service
        self._entries = entries
        self._stored: list[tuple[int, int]] = []  # (doc_id, correction id) while applied

    @property
    def entries(self) -> list[tuple[int, dict]]:
        return list(self._entries)

    def redo(self) -> None:
        library = self._service.library
        self._stored = []
        for doc_id, data in self._entries:
            try:
                self._stored.append((doc_id, library.add_correction(doc_id, data)))
            except KeyError:  # the document left the library meanwhile: nothing to correct
                continue
        self._service._announce(doc_id for doc_id, _ in self._entries)

    def undo(self) -> None:
        library = self._service.library
        for _, correction_id in reversed(self._stored):
            library.delete_correction(correction_id)
        self._stored = []
        self._service._announce(doc_id for doc_id, _ in self._entries)


class RevertCommand(QUndoCommand):
    """Takes entries out of the corrections log (a revert, a reset, a hidden actor shown again);
    undo puts each back in its place. Works on corrections of earlier sessions too: the log is
    stored, so undo reaches across restarts through the corrections panel."""

    def __init__(self, service: CorrectionService, take: object, text: str) -> None:
        super().__init__(text)
        self._service = service
        self._take = take  # () -> list[CorrectionEntry]: what redo removes
        self._taken: list[CorrectionEntry] = []

    def redo(self) -> None:
        self._taken = list(self._take())  # type: ignore[operator]
        self._service._announce(e.doc_id for e in self._taken)

    def undo(self) -> None:
        library = self._service.library
        for entry in self._taken:
            try:
                library.reinstate_correction(entry)
            except (KeyError, ValueError):  # its document left the library, or it is back already
                continue
        self._service._announce(e.doc_id for e in self._taken)
        self._taken = []


class CorrectionService(QObject):
    """The one way the UI changes an analysis; every change lands on ``undo_stack``."""

    corrections_changed = Signal(int)  # doc_id

    def __init__(self, library: Library, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.undo_stack = undo_stack

    # --- quotes and claims: one document ---

    def change_speaker(
        self, doc_id: int, quote: Quote, speaker_name: str | None, *, only: OneSpeaker | None = None
    ) -> None:
        """Give the quote's span a new speaker: every quote on it, or ``only`` one speaker's."""
        data = {"op": "change_speaker", "start": quote.start, "end": quote.end, "speaker": speaker_name}
        if only is not None:
            data["old_speaker"] = only.name
        self._push([doc_id], data)

    def not_quote(self, doc_id: int, quote: Quote, *, only: OneSpeaker | None = None) -> None:
        """The span is no quote at all, or (with ``only``) not that speaker's."""
        data = {"op": "not_quote", "start": quote.start, "end": quote.end}
        if only is not None:
            data["speaker"] = only.name
        self._push([doc_id], data)

    def add_quote(
        self, doc_id: int, start: int, end: int, speaker_name: str | None, kind: str = "direct"
    ) -> None:
        self._push([doc_id], {"op": "add_quote", "start": start, "end": end, "speaker": speaker_name, "kind": kind})

    def mark_claim(self, doc_id: int, start: int, end: int, kind: str) -> None:
        self._push([doc_id], {"op": "mark_claim", "start": start, "end": end, "kind": kind})

    def not_claim(self, doc_id: int, claim: Claim) -> None:
        self._push([doc_id], {"op": "not_claim", "start": claim.start, "end": claim.end})

    # --- actors: named by key, so one action may cover both open documents ---

    def rename_actor(self, doc_ids: Iterable[int], key: str, new_name: str, *, old_name: str | None = None) -> None:
        """Rename; the actor keeps its colour under the new name's key (the old key keeps it too, for undo)."""
        try:
            self.library.move_actor_colour(key, actor_key(new_name.strip()))
        except LibraryError:
            pass
        self._push(doc_ids, {"op": "rename_actor", "key": key, "name": new_name.strip(), "old_name": old_name or key})

    def merge_actor(
        self,
        doc_ids: Iterable[int],
        key: str,
        into_key: str,
        *,
        name: str | None = None,
        into_name: str | None = None,
    ) -> None:
        data = {"op": "merge_actor", "key": key, "into": into_key, "name": name or key, "into_name": into_name or into_key}
        self._push(doc_ids, data)

    def hide_actor(self, doc_ids: Iterable[int], key: str, *, name: str | None = None) -> None:
        self._push(doc_ids, {"op": "hide_actor", "key": key, "name": name or key})

    # --- the log: revert, reset, show a hidden actor again (each undoable) ---

    def revert(self, correction_ids: Iterable[int]) -> None:
        """Revert these corrections (a reverted merge is an unmerge)."""
        ids = list(dict.fromkeys(correction_ids))
        if not ids:
            return
        library = self.library

        def take() -> list[CorrectionEntry]:
            taken = []
            for correction_id in ids:
                try:
                    taken.append(library.revert_correction(correction_id))
                except KeyError:
                    continue
            return taken

        text = self.tr("Revert correction") if len(ids) == 1 else self.tr("Revert {n} corrections").format(n=len(ids))
        self.undo_stack.push(RevertCommand(self, take, text))

    def reset_document(self, doc_id: int) -> None:
        """Back to the automatic analysis: every correction of the document goes."""
        self.undo_stack.push(RevertCommand(self, lambda: self.library.reset_document(doc_id),
                                           self.tr("Reset document {id} to the automatic analysis").format(id=doc_id)))

    def restore_actor(self, doc_id: int, key: str, name: str | None = None) -> None:
        """Show an actor hidden in the document again."""
        self.undo_stack.push(RevertCommand(self, lambda: self.library.restore_actor(doc_id, key),
                                           self.tr("Show {name} again").format(name=name or key)))

    # --- plumbing ---

    def _push(self, doc_ids: Iterable[int], data: dict) -> None:
        """Validate, then push one undoable command that stores ``data`` for each document."""
        reason = validate(data)
        if reason is not None:
            raise ValueError(reason)
        unique = list(dict.fromkeys(doc_ids))
        if not unique:
            return
        entries = [(doc_id, dict(data)) for doc_id in unique]
        self.undo_stack.push(CorrectionCommand(self, entries, describe(data)))

    def _announce(self, doc_ids: Iterable[int]) -> None:
        for doc_id in dict.fromkeys(doc_ids):
            self.corrections_changed.emit(doc_id)
