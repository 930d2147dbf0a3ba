"""What a list of paths the user gave means as files to import, and what is skipped and why.

Files named by the user are imported whatever they are (a symbolic link is followed; a pipe gets
its reason from the reader). Inside a folder the rules are stricter, because nobody looked at each
entry: a symbolic link that leads out of the folder is not followed (it could be ``/etc/passwd``
or ``/proc/kmsg``), loops are detected, pipes, sockets and devices are skipped, and every entry
skipped for such a reason, and every subfolder that cannot be opened, gets a line saying so.
Hidden entries and files of other types are left out silently, as a file manager would.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath


@dataclass(frozen=True)
class Source:
    """A file to import (``problem`` empty), or a path that will not be, with the reason.

    ``skipped`` tells an entry passed over inside a folder from a path the user named that
    cannot be imported (an error).
    """

    path: Path
    problem: str = ""
    skipped: bool = False


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")  # ~$ : Office lock files


def path_problem(exc: OSError, *, link: bool = False) -> str:
    """A user's words for why a path cannot be used."""
    code = exc.errno
    if code == errno.ENOENT:
        return "a link to a file that does not exist" if link else "no such file or folder"
    if code in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if code == errno.ELOOP:
        return "a symbolic link that loops (it leads back to itself)"
    if code == errno.ENAMETOOLONG:
        return "the path is too long"
    if code == errno.ENOTDIR:
        return "no such file or folder (a part of the path is a file)"
    return f"cannot be opened ({exc.strerror or type(exc).__name__})"


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def expand(paths: list[Path], extensions: set[str]) -> Iterator[Source]:
    """Sources for ``paths`` in order: folders expanded recursively and sorted, duplicates once."""
    seen: set[tuple[int, int] | str] = set()
    for raw in paths:
        path = Path(raw)
        try:
            os.lstat(path)
            info = os.stat(path)
        except OSError as exc:
            yield Source(path, path_problem(exc, link=os.path.islink(path)))
            continue
        if stat.S_ISDIR(info.st_mode):
            for source in _walk(path, extensions):
                if not source.problem:
                    key = _key(source.path)
                    if key in seen:
                        continue
                    seen.add(key)
                yield source
            continue
        key = (info.st_dev, info.st_ino)
        if key not in seen:
            seen.add(key)
            yield Source(path)


def _key(path: Path) -> tuple[int, int] | str:
    try:
        info = os.stat(path)
    except OSError:
        return str(path.absolute())
    return (info.st_dev, info.st_ino)


def _walk(folder: Path, extensions: set[str]) -> Iterator[Source]:
    """Depth first in name order (a subfolder's files where its name sorts), see the module doc.

    An explicit stack of listings, not recursion: folder trees can be deeper than Python's stack.
    """
    root = os.path.realpath(folder)
    top = os.stat(folder)
    visited: set[tuple[int, int]] = {(top.st_dev, top.st_ino)}
    stack: list[tuple[Iterator[os.DirEntry], Path, str]] = []
    listing = _listing(folder)
    if isinstance(listing, Source):
        yield listing
        return
    stack.append((listing, folder, root))
    while stack:
        entries, directory, real_directory = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        if _hidden(entry.name):
            continue
        path = Path(directory, entry.name)
        try:
            found = _classify(entry, path, root, real_directory, visited, extensions)
        except OSError as exc:
            found = Source(path, f"skipped: {path_problem(exc)}", skipped=True)
        if isinstance(found, tuple):
            listing = _listing(found[0])
            if isinstance(listing, Source):
                yield listing
            else:
                stack.append((listing, found[0], found[1]))
        elif found is not None:
            yield found


def _listing(directory: Path) -> Iterator[os.DirEntry] | Source:
    """A folder's entries sorted by name, or the Source saying why it cannot be read."""
    try:
        with os.scandir(directory) as scan:
            return iter(sorted(scan, key=lambda e: e.name.casefold()))
    except OSError as exc:
        return Source(directory, f"folder not read: {path_problem(exc)}", skipped=True)


def _classify(entry: os.DirEntry, path: Path, root: str, real_directory: str,
              visited: set[tuple[int, int]],
              extensions: set[str]) -> Source | tuple[Path, str] | None:
    """One folder entry: a file Source, a problem Source, a subfolder to walk, or None."""
    wanted = PurePath(entry.name).suffix.lower() in extensions
    if entry.is_symlink():
        try:
            info = os.stat(path)
        except OSError as exc:
            return Source(path, f"skipped: {path_problem(exc, link=True)}", skipped=True)
        target = os.path.realpath(path)
        if not _inside(target, root):
            if not wanted and not stat.S_ISDIR(info.st_mode):
                return None
            return Source(path, "skipped: a symbolic link that leads out of the folder",
                          skipped=True)
        if stat.S_ISDIR(info.st_mode):
            if _inside(real_directory, target):
                return Source(path, "skipped: a symbolic link to a folder it is in (a loop)",
                              skipped=True)
            if (info.st_dev, info.st_ino) in visited:
                return None  # read once already, through its own path
            visited.add((info.st_dev, info.st_ino))
            return (path, target)
    else:
        info = entry.stat(follow_symlinks=False)
        if stat.S_ISDIR(info.st_mode):
            if (info.st_dev, info.st_ino) in visited:  # a bind mount of a folder above
                return Source(path, "skipped: the same folder again (a loop)", skipped=True)
            visited.add((info.st_dev, info.st_ino))
            return (path, os.path.join(real_directory, entry.name))
    if stat.S_ISREG(info.st_mode):
        return Source(path) if wanted else None
    if stat.S_ISDIR(info.st_mode):
        return None
    return Source(path, "skipped: not a regular file (a pipe, socket or device)", skipped=True)
