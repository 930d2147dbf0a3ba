""""A file path or a library id" made into a document and its analysis, the same for every command.

``analyze``, ``export``, ``screenshot`` and ``compare`` name their documents this way. A path to an
existing file wins: the file is imported and analysed in memory, never added to the library. A
number is a library id: the library's document with its analysis as the user sees it (their
corrections applied). Anything else, or an id the library does not hold, is a ``LoadError``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.compare import DocumentView

if TYPE_CHECKING:
    from desktop_app.core.library import Library


class LoadError(Exception):
    """A document that could not be loaded; ``str(e)`` is one line naming it and the reason."""


def is_library_id(target: str) -> bool:
    """True when ``target`` means a library document (digits that are not the name of a file)."""
    return target.isdigit() and not Path(target).is_file()


def load_view(target: str, library: Library | None, *, language: str | None = None) -> DocumentView:
    """The document ``target`` names, with its analysis; ``language`` overrides detection ("sv", "en").

    ``library`` may be None when no target is a library id (nothing is opened for a file).
    """
    path = Path(target)
    if path.is_file():
        return _file_view(path, language)
    if target.isdigit():
        if library is None:
            raise LoadError(f"{target}: a library id, but no library is open")
        return _library_view(library, int(target), language)
    raise LoadError(f"{target}: no such file, and not a library id")


def _file_view(path: Path, language: str | None) -> DocumentView:
    from desktop_app.core.analysis import analyze_document
    from desktop_app.core.document import Document, content_sha256
    from desktop_app.core.importers import ImportFailure, import_file

    try:
        imported = import_file(path)
    except ImportFailure as exc:
        raise LoadError(str(exc)) from None
    if language:
        imported.metadata.language = language
    document = Document(None, imported.text, imported.metadata, path.name, content_sha256(imported.text),
                        format=imported.format)
    return DocumentView(document, analyze_document(document))


def _library_view(library: Library, doc_id: int, language: str | None) -> DocumentView:
    from desktop_app.core.analysis_store import corrected_analysis

    try:
        document = library.get(doc_id)
    except KeyError:
        raise LoadError(f"{doc_id}: no document with this id in the library") from None
    if language and language != document.metadata.language:
        # Another language than the library's: analysed afresh (not cached), corrections replayed.
        from desktop_app.core.analysis import analyze_document
        from desktop_app.core.corrections import apply_corrections

        document.metadata.language = language
        corrections = [data for _, data in library.list_corrections(doc_id)]
        analysis = analyze_document(document)
        return DocumentView(document, apply_corrections(analysis, corrections) if corrections else analysis)
    return DocumentView(document, corrected_analysis(library, doc_id))
