"""The texts a brand-new library starts with: seeds/*.txt with the metadata listed in seeds.json."""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import paths
from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers import ImportFailure, import_bytes

if TYPE_CHECKING:  # ``library.open_library`` imports this module: no circle at run time
    from desktop_app.core.library import Library

log = logging.getLogger(__name__)

_METADATA_FIELDS = ("title", "authors", "outlet", "date", "genre", "language")


def seed_once(library: Library, seeds_dir: Path | None = None) -> list[int]:
    """Seed a library once in its life: the seed texts if it never held a document, then a note.

    The note (``library_info`` 'seeded') is what makes it once: a first start killed before it was
    written seeds at the next start, and a library seeded once is never seeded again.
    """
    if library.info("seeded") is not None:
        return []
    ids = import_seeds_if_empty(library, seeds_dir)
    library.set_info("seeded", datetime.now(timezone.utc).isoformat(timespec="seconds"))
    return ids


def import_seeds_if_empty(library: Library, seeds_dir: Path | None = None) -> list[int]:
    """Import the seed texts into a library that has never held a document; returns new ids.

    A library whose documents were all removed is not empty: the user emptied it on purpose.
    A missing or unreadable seed is logged and skipped, so first launch never fails over it.
    """
    if library.count() or library.removed_ids():
        return []
    folder = Path(seeds_dir) if seeds_dir is not None else paths.SEEDS_DIR
    ids: list[int] = []
    for entry in _read_manifest(folder / "seeds.json"):
        path = folder / str(entry.get("file", ""))
        try:
            original = path.read_bytes()  # parsed and stored from the same read
            imported = import_bytes(original, path.name)
        except (ImportFailure, OSError) as exc:
            log.warning("seed skipped: %s", exc)
            continue
        listed = Metadata(**{key: entry[key] for key in _METADATA_FIELDS if key in entry})
        seeded = ImportedText(imported.text, imported.metadata.merged_with(listed), imported.format)
        try:
            result = library.add(seeded, source_name=path.name, original=original)
        except ValueError as exc:  # no text in it
            log.warning("seed skipped: %s", exc)
            continue
        if result.status == "imported":
            ids.append(result.doc_id)
    return ids


def _read_manifest(path: Path) -> list[dict]:
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("%s: cannot read seed list (%s)", path, exc)
        return []
    documents = manifest.get("documents", []) if isinstance(manifest, dict) else []
    return [entry for entry in documents if isinstance(entry, dict) and entry.get("file")]
