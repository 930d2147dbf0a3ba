"""The comparison as the ``compare --json`` schema (docs/viewpoints.md) and as a readable table."""

from __future__ import annotations

import textwrap
from typing import Any

from desktop_app.core import i18n
from desktop_app.core.compare import DocumentView
from desktop_app.core.viewpoints.linking import display_terms
from desktop_app.core.viewpoints.model import AUTHORS_KEY, TEXT_KEY, Position, ViewpointComparison

SCHEMA = 1
ONLY_TERMS = 4  # words shown for a one-sided position


def to_json(comparison: ViewpointComparison, left_view: DocumentView, right_view: DocumentView) -> dict[str, Any]:
    """The comparison as a JSON-ready dict; offsets index into each side's ``text``."""
    return {
        "schema": SCHEMA,
        "left": _side(left_view),
        "right": _side(right_view),
        "questions": [{"id": q.id, "label": q.label, "terms": list(q.terms)} for q in comparison.questions],
        "links": [
            {
                "question": lk.question,
                "relation": lk.relation,
                "score": lk.score,
                "why": lk.why,
                "left": _span(lk.left),
                "right": _span(lk.right),
            }
            for lk in comparison.links
        ],
        "only_left": [_only(p) for p in comparison.only_left],
        "only_right": [_only(p) for p in comparison.only_right],
    }


def _side(view: DocumentView) -> dict[str, str]:
    doc = view.document
    return {"source": doc.source_name, "title": doc.title, "text": doc.text}


def _span(pos: Position) -> dict[str, Any]:
    return {"start": pos.start, "end": pos.end, "speaker": pos.speaker.name}


def _only(pos: Position) -> dict[str, Any]:
    ranked = [f for f, _ in sorted(pos.features.items(), key=lambda kv: -kv[1])]
    return {**_span(pos), "polarity": pos.polarity_name, "terms": list(display_terms(ranked, ONLY_TERMS))}


def format_table(comparison: ViewpointComparison, width: int = 100, language: str | None = None) -> str:
    """A plain-text table, question by question: who on the left, how they relate, who on the right.

    Its headings, relations, polarities and whys are in ``language`` (default: the one set, as
    ``compare --language`` sets it); the texts' own words and the actors' names stay as written."""
    from desktop_app.core.viewpoints.why import shown_why

    def t(english: str) -> str:
        return i18n.text(english, language)

    lines: list[str] = []
    if not comparison.questions:
        lines.append(t("No question on which both texts take a position."))
    col = max(20, (width - 14) // 2)
    for q in comparison.questions:
        lines.append(t("Question {number}: {label}").format(number=q.id + 1, label=q.label))
        lines.append(t("  terms: {terms}").format(terms=", ".join(q.terms)))
        for lk in q.links:
            left = _cell(lk.left, col, language)
            right = _cell(lk.right, col, language)
            rows = max(len(left), len(right))
            left += [""] * (rows - len(left))
            right += [""] * (rows - len(right))
            for n, (a, b) in enumerate(zip(left, right)):
                mid = f"{t(lk.relation):^10}" if n == 0 else " " * 10
                lines.append(f"  {a:<{col}} {mid} {b}")
            why = t("({why}; score {score})").format(why=shown_why(lk.why, language),
                                                     score=i18n.number(lk.score, 2, language))
            lines.append(f"  {'':<{col}} {'':10} {why}")
        lines.append("")
    for title, only in ((t("Only the left text takes a position on:"), comparison.only_left),
                        (t("Only the right text takes a position on:"), comparison.only_right)):
        if only:
            lines.append(title)
            for pos in only:
                ranked = [f for f, _ in sorted(pos.features.items(), key=lambda kv: -kv[1])]
                terms = ", ".join(display_terms(ranked, 3))
                lines.append(f"  - {terms} — {_speaker(pos, language)} ({t(pos.polarity_name)})")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _speaker(pos: Position, language: str | None) -> str:
    """The speakers no text names ("the authors", "the text") in ``language``; a name as written."""
    name = pos.speaker.name
    return i18n.text(name, language) if name in (AUTHORS_KEY, TEXT_KEY) else name


def _cell(pos: Position, width: int, language: str | None = None) -> list[str]:
    head = f"{_speaker(pos, language)} ({i18n.text(pos.polarity_name, language)}):"
    quote = " ".join(pos.text.split())
    if len(quote) > 3 * width:
        quote = quote[: 3 * width - 1] + "…"
    return [head] + textwrap.wrap(f"“{quote}”", width)
