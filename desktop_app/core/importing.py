"""Batch import: files and folders into the library, one outcome per file, bad files skipped.

Used by the CLI's ``import`` command and the UI's background import. Each file is read once (its
bytes are both parsed and kept as the original) and stored in one library transaction, so a
failure half-way through a batch leaves every earlier file imported and nothing half-stored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.importers import (
    DEFAULT_MAX_BYTES,
    ImportFailure,
    display_name,
    import_bytes,
    iter_importable,
    read_source,
)
from desktop_app.core.library import Library, LibraryError

ProgressCallback = Callable[[int, int, str], None]


@dataclass
class ImportOutcome:
    """What happened to one file: ``status`` is "imported", "duplicate" or "error"."""

    path: str
    status: str
    doc_id: int | None
    message: str  # "imported as 12", "duplicate of 3", "error: <reason>" (path is in .path)
    title: str = ""


def import_one(library: Library, path: Path | str, *,
               max_bytes: int = DEFAULT_MAX_BYTES) -> ImportOutcome:
    """Import one file into ``library``; never raises for a bad file, it reports it."""
    path = Path(path)
    shown = display_name(str(path))
    try:
        data = read_source(path, max_bytes=max_bytes)
        name = display_name(path.name)
        imported = import_bytes(data, name, max_bytes=max_bytes)
        result = library.add(imported, source_name=name, original=data)
    except ImportFailure as exc:
        return ImportOutcome(shown, "error", None, f"error: {exc.reason}")
    except (LibraryError, sqlite3.Error, ValueError, OSError) as exc:
        reason = str(exc).split("\n", 1)[0] or type(exc).__name__
        return ImportOutcome(shown, "error", None, f"error: could not store it ({reason})")
    if result.status == "duplicate":
        return ImportOutcome(shown, "duplicate", result.doc_id,
                             f"duplicate of {result.doc_id}", result.title)
    return ImportOutcome(shown, "imported", result.doc_id, f"imported as {result.doc_id}",
                         result.title)


def import_paths(
    library: Library,
    paths: Iterable[Path | str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ImportOutcome]:
    """Import files and folders (expanded recursively) in order, carrying on past bad files.

    ``progress(done, total, path)`` is called once with ``done == 0`` before the first file and
    then after each file; ``cancelled()`` is asked before each file and stops the batch (the
    files already imported stay imported).
    """
    files = list(iter_importable(Path(p) for p in paths))
    total = len(files)
    outcomes: list[ImportOutcome] = []
    if progress is not None:
        progress(0, total, "")
    for done, path in enumerate(files, start=1):
        if cancelled is not None and cancelled():
            break
        outcomes.append(import_one(library, path, max_bytes=max_bytes))
        if progress is not None:
            progress(done, total, str(path))
    return outcomes
