"""The engine's version: changes whenever its rules or word lists change.

Stored analyses carry the version that made them and are recomputed when it differs. A hand-kept
number is forgotten; this one is the rules' major version plus a digest of the engine's own source
files and lexicons, so any change to them invalidates old results.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from desktop_app.paths import LEXICONS_DIR

RULES_VERSION = "1"
_ENGINE_DIR = Path(__file__).resolve().parent
# Libraries whose results are part of the analysis: a new release may stem a word differently.
_LIBRARIES = ("snowballstemmer",)


def engine_digest(engine_dir: Path = _ENGINE_DIR, lexicons_dir: Path = LEXICONS_DIR) -> str:
    """A short digest of the engine's source files (every stage's subpackage included) and word lists."""
    h = hashlib.sha256()
    for root, suffix in ((engine_dir, ".py"), (lexicons_dir, ".txt")):
        for parts in _files(root, suffix):
            h.update("/".join(parts).encode("utf-8"))
            with open(os.path.join(root, *parts), "rb") as handle:
                h.update(handle.read())
    for name in _LIBRARIES:
        h.update(f"{name}=={library_version(name)}".encode("utf-8"))
    return h.hexdigest()[:12]


def _files(root: Path, suffix: str) -> list[tuple[str, ...]]:
    """The files under ``root`` whose names end in ``suffix``, as path parts relative to it, in the
    order of ``sorted(root.rglob("*" + suffix))`` (the digest's order). ``os.walk`` rather than
    ``rglob``: every start computes the digest, and pathlib's walk costs several times as much."""
    found: list[tuple[str, ...]] = []
    for folder, _dirs, names in os.walk(root):
        relative = os.path.relpath(folder, root)
        parts = () if relative == "." else tuple(relative.split(os.sep))
        found += [(*parts, name) for name in names if name.endswith(suffix)]
    return sorted(found)


def library_version(name: str) -> str:
    """An installed distribution's version, from its ``.dist-info`` folder's name where one is on
    ``sys.path`` (importing ``importlib.metadata`` costs start-up time), else from importlib.metadata."""
    for entry in sys.path:
        folder = Path(entry or ".")
        try:
            found = sorted(folder.glob(f"{name}-*.dist-info"))
        except OSError:
            continue
        if found:
            return found[0].name[len(name) + 1:-len(".dist-info")]
    from importlib import metadata

    return metadata.version(name)


ENGINE_VERSION = f"{RULES_VERSION}+{engine_digest()}"
