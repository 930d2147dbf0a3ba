"""Batch import: files and folders into the library, one outcome per file, bad files skipped.

Used by the CLI's ``import`` command and the UI's background import, so both report the same
outcomes: a missing path, a folder that cannot be entered, a link out of a folder or a pipe is an
outcome with its reason, never an exception that ends the batch. Each file is read once (its bytes
are both parsed and kept as the original), parsed in a worker process with a deadline (see
:mod:`desktop_app.core.import_worker`) and stored in one library transaction, so a failure half-way
through a batch leaves every earlier file imported and nothing half-stored. The technical detail
behind each refusal goes to ``import.log`` in the library's folder.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core import import_log
from desktop_app.core.import_worker import DEFAULT_DEADLINE, parse_with_deadline
from desktop_app.core.importers import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_CHARS,
    ImportFailure,
    Source,
    display_name,
    expand_sources,
    read_source,
)
from desktop_app.core.library import Library, LibraryError

ProgressCallback = Callable[[int, int, str], None]
STATUSES = ("imported", "duplicate", "skipped", "error")


@dataclass
class ImportOutcome:
    """What happened to one path: ``status`` is one of :data:`STATUSES`.

    "skipped" is an entry passed over inside a folder (a link out of it, a pipe, a folder that
    cannot be opened); "error" a file that could not be imported. ``warnings`` name what an
    imported file lost (unreadable pages), one short line each.
    """

    path: str
    status: str
    doc_id: int | None
    message: str  # "imported as 12", "duplicate of 3", "error: <reason>", "skipped: <reason>"
    title: str = ""
    warnings: list[str] = field(default_factory=list)


def _use_log(library: Library) -> None:
    folder = getattr(library, "path", None)
    if folder is not None:
        import_log.use_folder(Path(folder).parent)


def _error(shown: str, reason: str, detail: str = "") -> ImportOutcome:
    import_log.record(logging.WARNING, shown, f"not imported: {reason}", detail)
    return ImportOutcome(shown, "error", None, f"error: {reason}")


def import_one(library: Library, path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES,
               max_chars: int = DEFAULT_MAX_CHARS, deadline: float | None = DEFAULT_DEADLINE,
               cancelled: Callable[[], bool] | None = None) -> ImportOutcome:
    """Import one file into ``library``; never raises for a bad file, it reports it.

    ``deadline``: seconds its parsing may take (None: parse in this process, without limit).
    Raises ``InterruptedError`` only when ``cancelled()`` turned true while it was parsed.
    """
    _use_log(library)
    path = Path(path)
    shown = display_name(str(path))
    try:
        data = read_source(path, max_bytes=max_bytes)
        name = display_name(path.name)
        imported = parse_with_deadline(data, name, deadline=deadline, max_bytes=max_bytes,
                                       max_chars=max_chars, cancelled=cancelled, utf8=True)
        result = library.add(imported, source_name=name, original=data)
    except ImportFailure as exc:
        return _error(shown, exc.reason, exc.detail)
    except InterruptedError:  # cancelled while parsing: an OSError, but not a storage failure
        raise
    except (LibraryError, sqlite3.Error, ValueError, OSError) as exc:
        reason = str(exc).split("\n", 1)[0] or type(exc).__name__
        return _error(shown, f"could not store it ({reason})")
    for warning in imported.warnings:
        import_log.record(logging.INFO, shown, f"imported with a gap: {warning}")
    if result.status == "duplicate":
        return ImportOutcome(shown, "duplicate", result.doc_id, f"duplicate of {result.doc_id}",
                             result.title, list(imported.warnings))
    return ImportOutcome(shown, "imported", result.doc_id, f"imported as {result.doc_id}",
                         result.title, list(imported.warnings))


def _unusable(source: Source) -> ImportOutcome:
    shown = display_name(str(source.path))
    if source.skipped:
        import_log.record(logging.INFO, shown, source.problem)
        reason = source.problem.removeprefix("skipped: ")
        return ImportOutcome(shown, "skipped", None, f"skipped: {reason}")
    return _error(shown, source.problem)


def import_paths(
    library: Library,
    paths: Iterable[Path | str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
    deadline: float | None = DEFAULT_DEADLINE,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ImportOutcome]:
    """Import files and folders (expanded recursively) in order, carrying on past bad paths.

    ``progress(done, total, path)`` is called once with ``done == 0`` before the first file and
    then after each path; ``cancelled()`` is asked before each file and while one is parsed, and
    stops the batch (the files already imported stay imported). ``deadline`` is per file.
    """
    _use_log(library)
    sources = list(expand_sources(Path(p) for p in paths))
    total = len(sources)
    outcomes: list[ImportOutcome] = []
    if progress is not None:
        progress(0, total, "")
    for done, source in enumerate(sources, start=1):
        if cancelled is not None and cancelled():
            break
        if source.problem:
            outcomes.append(_unusable(source))
        else:
            try:
                outcomes.append(import_one(library, source.path, max_bytes=max_bytes,
                                           max_chars=max_chars, deadline=deadline,
                                           cancelled=cancelled))
            except InterruptedError:
                break
        if progress is not None:
            progress(done, total, str(source.path))
    return outcomes
