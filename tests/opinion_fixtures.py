"""Seed 003, an opinion piece signed by three authors, read as the app reads it and analysed by the
real engine: for the tests of what comes after the engine when co-authors share author-voice quotes
(one ``author`` quote per author on each passage) — panes, filters, corrections and exports.
"""

from __future__ import annotations

import json
from functools import lru_cache

from desktop_app.core.analysis import analyze_document
from desktop_app.core.compare import Comparison, DocumentView, build_comparison
from desktop_app.core.document import Document, Metadata
from desktop_app.core.importers import import_bytes
from desktop_app.paths import SEEDS_DIR

OPINION_FILE = "003_6a2936062be1d440.txt"
SIGNERS = ("Kenneth Nilsson", "Per-Åke Sörman", "Lennart Bondeson")
SIGNER_KEYS = tuple(name.casefold() for name in SIGNERS)
JOINT = "Author's voice: Kenneth Nilsson, Per-Åke Sörman, Lennart Bondeson"


@lru_cache(maxsize=1)
def _document() -> Document:
    path = SEEDS_DIR / OPINION_FILE
    original = path.read_bytes()
    imported = import_bytes(original, path.name)
    entry = next(d for d in json.loads((SEEDS_DIR / "seeds.json").read_text())["documents"] if d["file"] == path.name)
    fields = ("title", "authors", "outlet", "date", "genre", "language")
    listed = Metadata(**{key: entry[key] for key in fields if key in entry})
    return Document(3, imported.text, imported.metadata.merged_with(listed), source_name=path.name)


def opinion_view() -> DocumentView:
    """A fresh view (the analysis is a new object each time, so tests may change it)."""
    document = _document()
    return DocumentView(document, analyze_document(document))


def opinion_comparison() -> Comparison:
    return build_comparison(opinion_view(), None)


def author_passages(view: DocumentView) -> dict[tuple[int, int], list[str]]:
    """Each author-voice span -> the names of its speakers, in the analysis' order."""
    names = {a.id: a.name for a in view.analysis.actors}
    out: dict[tuple[int, int], list[str]] = {}
    for quote in view.analysis.quotes:
        if quote.kind == "author":
            out.setdefault((quote.start, quote.end), []).append(names.get(quote.speaker, ""))
    return out
