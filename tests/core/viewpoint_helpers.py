"""Building document views for the viewpoint tests: real analyses of short real-style texts."""

from __future__ import annotations

import json
from functools import lru_cache

from desktop_app.core.analysis import analyze
from desktop_app.core.compare import DocumentView
from desktop_app.core.document import Document, Metadata, content_sha256
from desktop_app.core.viewpoints import ViewpointComparison, compare_viewpoints
from desktop_app.paths import SEEDS_DIR


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


NEWS = "000_2061872dff862ea4.txt"
OPINION = "003_6a2936062be1d440.txt"


@lru_cache(maxsize=None)
def seeds() -> tuple[DocumentView, DocumentView, ViewpointComparison]:
    meta = {d["file"]: d for d in json.loads((SEEDS_DIR / "seeds.json").read_text(encoding="utf-8"))["documents"]}

    def seed_view(name: str) -> DocumentView:
        raw = (SEEDS_DIR / name).read_text(encoding="utf-8")
        text = "\n\n".join(line.strip() for line in raw.splitlines() if line.strip())
        return view(text, meta[name]["language"], meta[name]["genre"], meta[name]["authors"])

    left, right = seed_view(NEWS), seed_view(OPINION)
    return left, right, compare_viewpoints(left, right)
