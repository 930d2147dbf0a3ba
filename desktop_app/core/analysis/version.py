"""The engine's version: changes whenever its rules or word lists change.

Stored analyses carry the version that made them and are recomputed when it differs. A hand-kept
number is forgotten; this one is the rules' major version plus a digest of the engine's own source
files and lexicons, so any change to them invalidates old results.

Hashing those files (2 MB) at every start costs about 10 ms, so the digest is kept in the cache
folder (``paths.cache_dir``) under a key made of every file's name, size, modification and change
time and inode: a file edited, replaced, added, removed or renamed gives a new key, and the digest
is computed again from the contents. A key is only stored when every file is older than
``_SETTLED_NS`` (a file changed again within its clock's resolution would keep its times), so
the cache never stands for contents it has not hashed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from pathlib import Path

from desktop_app.paths import LEXICONS_DIR

RULES_VERSION = "1"
_ENGINE_DIR = Path(__file__).resolve().parent
# Libraries whose results are part of the analysis: a new release may stem a word differently.
_LIBRARIES = ("snowballstemmer",)


_SETTLED_NS = 2_000_000_000  # files younger than this are hashed, but not remembered by their times
_CACHE_NAME = "engine-digest.json"


def engine_digest(engine_dir: Path = _ENGINE_DIR, lexicons_dir: Path = LEXICONS_DIR) -> str:
    """A short digest of the engine's source files (every stage's subpackage included) and word lists."""
    return _digest(_sources(engine_dir, lexicons_dir), _library_versions())


def cached_engine_digest(engine_dir: Path = _ENGINE_DIR, lexicons_dir: Path = LEXICONS_DIR,
                         cache: Path | None = None) -> str:
    """``engine_digest``, read from ``cache`` (default: the cache folder's file) when no file has
    changed since it was stored there; computed, and stored, otherwise. A cache that cannot be read
    or written only costs the hashing."""
    sources = _sources(engine_dir, lexicons_dir)
    libraries = _library_versions()
    key, newest_ns = _stat_key(sources, libraries)
    if cache is None:
        cache = _cache_file()
    if key is None or cache is None:
        return _digest(sources, libraries)
    try:
        stored = json.loads(cache.read_text(encoding="utf-8"))
        if stored.get("key") == key and isinstance(stored.get("digest"), str):
            return stored["digest"]
    except (OSError, ValueError, AttributeError):
        pass  # none yet, or unreadable: computed below
    digest = _digest(sources, libraries)
    if newest_ns < time.time_ns() - _SETTLED_NS:
        try:
            partial = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
            partial.write_text(json.dumps({"key": key, "digest": digest}), encoding="utf-8")
            os.replace(partial, cache)  # whole or not at all, whoever reads it meanwhile
        except OSError:
            pass
    return digest


def _sources(engine_dir: Path, lexicons_dir: Path) -> list[tuple[str, tuple[str, ...]]]:
    """(root folder, path parts below it) of every file the digest reads, in its order."""
    return [(str(root), parts) for root, suffix in ((engine_dir, ".py"), (lexicons_dir, ".txt"))
            for parts in _files(root, suffix)]


def _library_versions() -> list[str]:
    return [f"{name}=={library_version(name)}" for name in _LIBRARIES]


def _digest(sources: list[tuple[str, tuple[str, ...]]], libraries: list[str]) -> str:
    h = hashlib.sha256()
    for root, parts in sources:
        h.update("/".join(parts).encode("utf-8"))
        with open(os.path.join(root, *parts), "rb") as handle:
            h.update(handle.read())
    for entry in libraries:
        h.update(entry.encode("utf-8"))
    return h.hexdigest()[:12]


def _stat_key(sources: list[tuple[str, tuple[str, ...]]], libraries: list[str]) -> tuple[str | None, int]:
    """A key that changes with any file's name, size, times or inode, and the newest of those times
    (nanoseconds); no key when a file cannot be looked at."""
    h = hashlib.sha256(RULES_VERSION.encode("utf-8"))
    newest = 0
    try:
        for root, parts in sources:
            st = os.stat(os.path.join(root, *parts))
            h.update(f"{root}\0{'/'.join(parts)}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0"
                     f"{st.st_ino}\n".encode("utf-8", "surrogateescape"))
            newest = max(newest, st.st_mtime_ns, st.st_ctime_ns)
    except OSError:
        return None, 0
    for entry in libraries:
        h.update(entry.encode("utf-8"))
    return h.hexdigest(), newest


def _cache_file() -> Path | None:
    from desktop_app import paths

    try:
        return paths.cache_dir() / _CACHE_NAME
    except paths.DataDirError:
        return None


def _files(root: Path, suffix: str) -> list[tuple[str, ...]]:
    """The files under ``root`` whose names end in ``suffix``, as path parts relative to it, in the
    order of ``sorted(root.rglob("*" + suffix))`` (the digest's order). ``os.walk`` rather than
    ``rglob``: every start computes the digest, and pathlib's walk costs several times as much."""
    found: list[tuple[str, ...]] = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = [name for name in dirs if name != "__pycache__"]  # bytecode only: never a source
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


ENGINE_VERSION = f"{RULES_VERSION}+{cached_engine_digest()}"
