"""The ``analyze`` command's output: the JSON schema of docs/analysis-schema.md and a readable summary."""

from __future__ import annotations

import json
from json.encoder import encode_basestring as _encode_string
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop_app.core.analysis.model import Analysis
from desktop_app.core.document import Document
from desktop_app.core.gc_pause import collector_paused


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
    # The collector rests over the whole loop, not only within each analysis: every record is
    # kept (hundreds of thousands of dicts, no cycle among them), and letting it run between two
    # files made it scan each file's fresh records again (a few per cent of many small files).
    try:
        with collector_paused():
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


def report_json(records: list[dict[str, Any]]) -> str:
    """The ``analyze --json`` output: ``json.dumps({"schema": 1, "documents": records},
    ensure_ascii=False, indent=2)``, character for character, made about three times faster.

    With ``indent`` the standard library leaves its C encoder for a pure-Python generator chain that
    yields every token through each level of nesting (a quarter of a large document's whole
    command); here each string and number is encoded by the same C and ``repr`` functions and the
    pieces are appended to one list.
    """
    out: list[str] = []
    with collector_paused():
        _encode({"schema": 1, "documents": records}, "\n", out)
    return "".join(out)


_JSON_CONSTANTS = {True: "true", False: "false", None: "null"}
_STR, _INT, _NONE = frozenset((str,)), frozenset((int,)), frozenset((str, type(None)))
_DICT, _DICT_NONE = frozenset((dict,)), frozenset((dict, type(None)))
_LIST = frozenset((list,))


def _encoded(value: Any, newline: str) -> str:
    if type(value) is str:
        return _encode_string(value)
    out: list[str] = []
    _encode(value, newline, out)
    return "".join(out)


def _row_strings(rows: list[Any], newline: str) -> list[str] | None:
    """Each of ``rows`` as indented JSON at ``newline`` when they are non-empty dicts that all
    have the same string keys in the same order (the schema's actors, mentions, quotes, claims),
    made a column at a time: each column's strings and numbers by one ``map`` of the C function,
    each row by one ``%`` of a template. None for any other list."""
    if not _DICT.issuperset(map(type, rows)) or len(set(map(tuple, rows))) != 1:
        return None
    keys = tuple(rows[0])
    if not keys or not _STR.issuperset(map(type, keys)):
        return None
    inner = newline + "  "
    columns = []
    for key in keys:
        column = [row[key] for row in rows]
        kinds = set(map(type, column))
        if kinds <= _STR:
            columns.append(list(map(_encode_string, column)))
        elif kinds <= _INT:
            columns.append(list(map(int.__repr__, column)))
        elif kinds <= _NONE:
            columns.append(["null" if value is None else _encode_string(value) for value in column])
        elif kinds <= _LIST and all(_STR.issuperset(map(type, value)) for value in column):
            # an actor's roles and aliases, a claim's terms: lists of strings, inline
            deeper = inner + "  "
            joiner = "," + deeper
            columns.append([
                "[" + deeper + joiner.join(map(_encode_string, value)) + inner + "]" if value else "[]"
                for value in column
            ])
        elif kinds <= _DICT_NONE and dict in kinds:  # a quote's cue: a span or null
            present = [value for value in column if value is not None]
            strings = _row_strings(present, inner) if all(present) else None
            if strings is None:
                columns.append([_encoded(value, inner) for value in column])
            else:
                found = iter(strings)
                columns.append(["null" if value is None else next(found) for value in column])
        else:
            columns.append([_encoded(value, inner) for value in column])
    template = "{" + ",".join(inner + _encode_string(key).replace("%", "%%") + ": %s" for key in keys) + \
        newline + "}"
    return [template % row for row in zip(*columns)]


def _encode(value: Any, newline: str, out: list[str]) -> None:
    """Append ``value`` as indented JSON; ``newline`` is "\\n" plus the current indentation."""
    kind = type(value)
    if kind is str:
        out.append(_encode_string(value))
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        first = True
        for key, item in value.items():
            if type(key) is not str:
                raise TypeError(f"report_json: keys must be strings, not {type(key).__name__}")
            head = ("{" if first else ",") + inner + _encode_string(key) + ": "
            first = False
            kind = type(item)
            if kind is str:  # the common leaves inline: a call per value costs more than its work
                out.append(head + _encode_string(item))
            elif kind is int:
                out.append(head + int.__repr__(item))
            else:
                out.append(head)
                _encode(item, inner, out)
        out.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        if _STR.issuperset(map(type, value)):  # a claim's terms, an actor's roles and aliases
            out.append("[" + inner + ("," + inner).join(map(_encode_string, value)) + newline + "]")
            return
        rows = _row_strings(value, inner)
        if rows is not None:
            out.append("[" + inner + ("," + inner).join(rows) + newline + "]")
            return
        first = True
        for item in value:
            out.append(("[" if first else ",") + inner)
            first = False
            _encode(item, inner, out)
        out.append(newline + "]")
    elif value is None or kind is bool:
        out.append(_JSON_CONSTANTS[value])
    else:  # floats (and anything else) exactly as json.dumps writes them
        out.append(json.dumps(value, ensure_ascii=False))
