"""Building document views for the viewpoint tests: real analyses of short real-style texts."""

from __future__ import annotations

from desktop_app.core.analysis import analyze
from desktop_app.core.compare import DocumentView
from desktop_app.core.document import Document, Metadata, content_sha256
from desktop_app.core.viewpoints import ViewpointComparison, compare_viewpoints


def view(text: str, language: str = "sv", genre: str = "news", authors: list[str] | None = None) -> DocumentView:
    """A document view of ``text`` (paragraphs separated by blank lines) with the engine's analysis."""
    meta = Metadata(title="", authors=list(authors or []), genre=genre, language=language)
    doc = Document(None, text, meta, "test.txt", content_sha256(text))
    return DocumentView(doc, analyze(text, language=language, genre=genre, authors=list(authors or [])))


def compare(left: str, right: str, language: str = "sv") -> ViewpointComparison:
    return compare_viewpoints(view(left, language), view(right, language))


def relations(comparison: ViewpointComparison) -> list[tuple[str, str, str]]:
    """(left speaker, relation, right speaker) of every link."""
    return [(lk.left.speaker.name, lk.relation, lk.right.speaker.name) for lk in comparison.links]
