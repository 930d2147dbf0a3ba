"""Why the library could not do something, in one line a user understands.

SQLite reports a full disk, a read-only file, a lock held by another program and a damaged file
as ``sqlite3`` exceptions with its own wording. ``library_error`` turns each into a subclass of
``LibraryError`` whose message names the file and says what happened to the user's data, so every
command and the window can print it as it is and react to the kind (offer a repair, a retry).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

# SQLite's primary result codes (https://sqlite.org/rescode.html) that need their own message.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26

_ROOM_NEEDED = 128 * 1024  # bytes: the -shm file (32 KiB) and a few WAL frames
REPAIR_HINT = "run: viewpoints repair"


class LibraryError(Exception):
    """The library file cannot be used; ``str(e)`` is one line naming the file and the reason."""


class LibraryDamaged(LibraryError):
    """The file is not a healthy SQLite database (malformed page, truncated, not a database)."""


class LibraryReadOnly(LibraryError):
    """A change was asked of a library that can only be read (file, folder or disk read-only)."""


class LibraryBusy(LibraryError):
    """Another program kept the library locked for longer than we were prepared to wait."""


class DiskFull(LibraryError):
    """The disk holding the library is full; the change was rolled back."""


# The words the busy message carries: the import command looks for them to list files to re-run.
BUSY_REASON = "the library is busy (another program is writing to it)"


def library_error(path: Path | str, exc: BaseException, *, changing: bool = True) -> LibraryError:
    """The ``LibraryError`` for ``exc`` raised while using the library at ``path``.

    ``changing`` says whether a change was under way, so the message can promise that nothing was
    changed (every change is one transaction, rolled back on error).
    """
    nothing = ": nothing was changed" if changing else ""
    code = _primary_code(exc)
    text = _first_line(exc)
    if code == _SQLITE_FULL or _is_disk_full(exc) or (
            code in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and _no_room(Path(path))):
        # SQLite says "disk I/O error" when a full disk will not take its -shm or -wal file.
        return DiskFull(f"{path}: the disk is full: nothing was changed")
    if code == _SQLITE_READONLY or "readonly database" in text:
        return LibraryReadOnly(f"{path}: the library is read-only{nothing}")
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
        return LibraryBusy(f"{path}: {BUSY_REASON}{nothing}; try again when it has finished")
    if code == _SQLITE_NOTADB or "not a database" in text:
        return LibraryDamaged(f"{path}: not a Viewpoints library (not an SQLite database)")
    if code == _SQLITE_CORRUPT or "malformed" in text:
        return LibraryDamaged(f"{path}: the library file is damaged ({text}): {REPAIR_HINT}")
    if text.startswith(("no such table", "no such column")):  # a table dropped by hand or damage
        return LibraryDamaged(f"{path}: the library file is damaged (a part is missing: {text}): {REPAIR_HINT}")
    if code == _SQLITE_IOERR:
        return LibraryError(f"{path}: the library file cannot be read or written ({text})")
    if code == _SQLITE_CANTOPEN:
        return LibraryError(f"{path}: cannot open the library file ({text})")
    return LibraryError(f"{path}: {text}")


def first_problem(rows: list[str]) -> str:
    """The first line of SQLite's integrity or quick check that says something (not "*** in ...")."""
    lines = [line for row in rows for line in str(row).splitlines() if line and not line.startswith("***")]
    return lines[0] if lines else "unknown damage"


def _no_room(path: Path) -> bool:
    """Whether the disk holding ``path`` has less room than SQLite needs for its side files."""
    try:
        stat = os.statvfs(path.parent if not path.is_dir() else path)
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        return False
    return stat.f_bavail * stat.f_frsize < _ROOM_NEEDED


def _primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return "disk is full" in _first_line(exc)


def _first_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
