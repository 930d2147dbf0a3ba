"""The ``analyze`` command's output: the JSON schema of docs/analysis-schema.md and a readable summary."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop_app.core.analysis.model import Analysis
from desktop_app.core.document import Document


def document_record(document: Document, analysis: Analysis, source: str) -> dict[str, Any]:
    """One entry of ``documents`` in the schema: the document's facts plus its analysis."""
    record: dict[str, Any] = {
        "source": source,
        "title": document.metadata.title,
        "language": analysis.language,
        "genre": analysis.genre,
        "text": document.text,
    }
    data = analysis.to_dict()
    for key in ("actors", "mentions", "quotes", "claims", "headings", "engine_version"):
        record[key] = data[key]
    return record


def analyze_targets(
    targets: Sequence[str],
    *,
    language: str | None = None,
    open_library: Callable[[], Any],
) -> tuple[list[dict[str, Any]], list[str]]:
    """Analyse library ids and files (read, not imported); returns (records, error lines).

    The library is opened only when a target is a library id: analysing a file never creates one.
    """
    from desktop_app.core.loading import LoadError, is_library_id, load_view

    records: list[dict[str, Any]] = []
    errors: list[str] = []
    library = None
    try:
        for target in targets:
            if library is None and is_library_id(target):
                library = open_library()
            try:
                view = load_view(target, library, language=language)
            except LoadError as exc:
                errors.append(str(exc))
                continue
            doc = view.document
            source = f"library:{doc.id}" if doc.id is not None else str(Path(target))
            records.append(document_record(doc, view.analysis, source))
    finally:
        if library is not None:
            library.close()
    return records, errors


def language_note(record: dict[str, Any]) -> str | None:
    """ "FILE: Danish text — Viewpoints analyses Swedish and English" for a text in a language the
    engine has no rules for (its analysis is empty); None for Swedish and English."""
    from desktop_app.core.analysis.text.language import is_supported, unsupported_message

    if is_supported(record["language"]):
        return None
    return f"{record['source']}: {unsupported_message(record['language'])}"


def format_summary(record: dict[str, Any]) -> str:
    """A readable account: the actors, then each quote with its speaker (co-authors on one line);
    one line only for a text in a language the engine does not analyse."""
    note = language_note(record)
    if note is not None:
        return note
    text = record["text"]
    names = {a["id"]: a["name"] for a in record["actors"]}
    passages: dict[tuple[int, int, str], list[str]] = {}
    for quote in record["quotes"]:
        speaker = names.get(quote["speaker"], "(unknown)")
        passages.setdefault((quote["start"], quote["end"], quote["kind"]), []).append(speaker)
    lines = [
        f"== {record['title'] or record['source']} ({record['source']}; {record['language']}, {record['genre']})",
        "Actors: "
        + (
            ", ".join(
                f"{a['name']} [{a['kind']}] ×{a['mentions']}"
                + (f"+{a['pronoun_mentions']} pron." if a["pronoun_mentions"] else "")
                for a in sorted(record["actors"], key=lambda a: -a["mentions"])
            )
            or "none"
        ),
        f"Quotes ({len(passages)}):",
    ]
    for (start, end, kind), speakers in passages.items():
        words = " ".join(text[start:end].split())
        if len(words) > 110:
            words = words[:107] + "…"
        lines.append(f"  [{kind:8}] {', '.join(dict.fromkeys(speakers))}: “{words}”")
    kinds: dict[str, int] = {}
    for claim in record["claims"]:
        kinds[claim["kind"]] = kinds.get(claim["kind"], 0) + 1
    lines.append("Claims: " + (", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "none"))
    return "\n".join(lines)
