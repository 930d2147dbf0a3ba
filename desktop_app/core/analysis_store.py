"""Analyses kept with their documents: computed once, recomputed when the engine's version changes.

The raw engine result is cached in the library; the user's corrections are applied on top each time
a document is shown or exported, so corrections survive re-analysis. A library opened read-only (the
reading commands: analyze, export, screenshot) keeps the result in memory and records nothing:
reading never writes. A cached analysis that no longer reads (damaged) is computed again.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from desktop_app.core.analysis.version import ENGINE_VERSION
from desktop_app.core.analysis.model import Analysis
from desktop_app.core.compare import DocumentView
from desktop_app.core.corrections import apply_corrections
from desktop_app.core.document import GENRES, Document
from desktop_app.core.library import Library

log = logging.getLogger(__name__)


def load_or_compute(library: Library, doc_id: int) -> Analysis:
    """The engine's analysis of a document, from the library's cache when it is current."""
    cached = library.load_analysis(doc_id, ENGINE_VERSION)
    if cached is not None:
        try:
            return Analysis.from_dict(cached)
        except (KeyError, TypeError, ValueError, AttributeError):
            log.warning("%s: cached analysis of document %s is damaged; recomputing", library.path, doc_id)
    from desktop_app.core.analysis.pipeline import analyze_document  # the engine: only when not stored

    document = library.get(doc_id)
    analysis = analyze_document(document)
    library.save_analysis(doc_id, ENGINE_VERSION, analysis.to_dict())  # in memory when read-only
    if not library.read_only:
        _record_detected_metadata(library, document, analysis)
    return analysis


def _record_detected_metadata(library: Library, document: Document, analysis: Analysis) -> None:
    """Language and genre the engine detected fill the document's metadata where it had none.

    What the user or the file said is never overwritten; only empty language and genre "other".
    """
    meta = document.metadata
    language = meta.language or analysis.language
    genre = analysis.genre if meta.genre == "other" and analysis.genre in GENRES else meta.genre
    if (language, genre) != (meta.language, meta.genre):
        library.update_metadata(document.id, replace(meta, language=language, genre=genre))


def corrected_analysis(library: Library, doc_id: int) -> Analysis:
    """The analysis as the user sees it: engine result with their corrections applied."""
    corrections = [data for _, data in library.list_corrections(doc_id)]
    analysis = load_or_compute(library, doc_id)
    return apply_corrections(analysis, corrections) if corrections else analysis


def document_view(library: Library, doc_id: int) -> DocumentView:
    return DocumentView(document=library.get(doc_id), analysis=corrected_analysis(library, doc_id))


def is_current(library: Library, doc_id: int) -> bool:
    """True when the document's analysis is cached for this engine version (no work needed)."""
    return library.analysis_version(doc_id) == ENGINE_VERSION
