"""An actor across the library: every quote and claim of one actor in every analysed document.

The researcher's first question after reading two texts: what else has this person said? This
reads the analyses the library stores (with the user's corrections applied) and computes none,
so it is as fast as reading JSON; documents whose analysis is missing or stale are counted, not
analysed (``ActorAcross.unanalysed``). An actor is the same across documents when its key (the
case-folded canonical name) is, as everywhere in the comparison.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.core.analysis import ENGINE_VERSION
from desktop_app.core.analysis.model import Analysis, actor_key
from desktop_app.core.corrections import apply_corrections
from desktop_app.core.library import Library

log = logging.getLogger(__name__)
EXCERPT_CHARS = 240


@dataclass(frozen=True)
class ActorStatement:
    """One quote or claim of the actor, with where it stands."""

    doc_id: int
    title: str
    outlet: str
    date: str
    what: str  # "quote" | "claim"
    kind: str  # the quote's kind (direct, indirect, …) or the claim's (SHOULD, FACT, …)
    start: int  # character offsets into the document's text
    end: int
    text: str  # the quoted or claimed words (cut at EXCERPT_CHARS)


@dataclass
class ActorAcross:
    key: str
    name: str  # the name as the most recent document with a statement spells it
    statements: list[ActorStatement] = field(default_factory=list)
    documents: int = 0  # documents with at least one statement
    unanalysed: int = 0  # documents whose analysis is not stored for this engine version

    def by_document(self) -> dict[int, list[ActorStatement]]:
        grouped: dict[int, list[ActorStatement]] = {}
        for statement in self.statements:
            grouped.setdefault(statement.doc_id, []).append(statement)
        return grouped


def actor_across_library(library: Library, name_or_key: str,
                         cancelled: Callable[[], bool] = lambda: False) -> ActorAcross:
    """Every quote and claim of the actor in the library's analysed documents, newest first."""
    key = actor_key(name_or_key)
    result = ActorAcross(key=key, name=name_or_key)
    named_at = ""
    for summary in library.list_documents():
        if cancelled():
            break
        stored = library.load_analysis(summary.id, ENGINE_VERSION)
        if stored is None:
            result.unanalysed += 1
            continue
        try:
            analysis = Analysis.from_dict(stored)
        except (KeyError, TypeError, ValueError, AttributeError):
            log.warning("%s: stored analysis of document %s is damaged; skipped", library.path, summary.id)
            result.unanalysed += 1
            continue
        corrections = [data for _, data in library.list_corrections(summary.id)]
        if corrections:
            analysis = apply_corrections(analysis, corrections)
        ids = {a.id: a for a in analysis.actors if a.key == key}
        if not ids:
            continue
        spans = [("quote", q.kind, q.start, q.end) for q in analysis.quotes if q.speaker in ids]
        spans += [("claim", c.kind, c.start, c.end) for c in analysis.claims if c.speaker in ids]
        if not spans:
            continue
        text = library.get(summary.id).text
        for what, kind, start, end in sorted(spans, key=lambda s: (s[2], s[0])):
            words = " ".join(text[start:end].split())
            if len(words) > EXCERPT_CHARS:
                words = words[:EXCERPT_CHARS - 1].rstrip() + "…"
            result.statements.append(ActorStatement(summary.id, summary.title, summary.outlet, summary.date,
                                                    what, kind, start, end, words))
        result.documents += 1
        if summary.date >= named_at:
            named_at = summary.date
            result.name = next(iter(ids.values())).name
    result.statements.sort(key=lambda s: (s.date, s.doc_id), reverse=True)
    return result
