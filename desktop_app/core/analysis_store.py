"""Analyses kept with their documents: computed once, recomputed when the engine's version changes.

The raw engine result is cached in the library; the user's corrections are applied on top each time
a document is shown or exported, so corrections survive re-analysis.
"""

from __future__ import annotations

from desktop_app.core.analysis import ENGINE_VERSION, analyze_document
from desktop_app.core.analysis.model import Analysis
from desktop_app.core.compare import DocumentView
from desktop_app.core.corrections import apply_corrections
from desktop_app.core.library import Library


def load_or_compute(library: Library, doc_id: int) -> Analysis:
    """The engine's analysis of a document, from the library's cache when it is current."""
    cached = library.load_analysis(doc_id, ENGINE_VERSION)
    if cached is not None:
        return Analysis.from_dict(cached)
    analysis = analyze_document(library.get(doc_id))
    library.save_analysis(doc_id, ENGINE_VERSION, analysis.to_dict())
    return analysis


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
