"""The engine's version: changes whenever its rules or word lists change.

Stored analyses carry the version that made them and are recomputed when it differs. A hand-kept
number is forgotten; this one is the rules' major version plus a digest of the engine's own source
files and lexicons, so any change to them invalidates old results.
"""

from __future__ import annotations

import hashlib
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
    for root, pattern in ((engine_dir, "*.py"), (lexicons_dir, "*.txt")):
        for path in sorted(root.rglob(pattern)):
            h.update(path.relative_to(root).as_posix().encode("utf-8"))
            h.update(path.read_bytes())
    for name in _LIBRARIES:
        h.update(f"{name}=={library_version(name)}".encode("utf-8"))
    return h.hexdigest()[:12]


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
