"""Opening the user's library, the same from the window and every command.

The first start creates the library whole, seeds included, or not at all (``connection.
create_file``); a library whose first start was cut short before seeding (made by an older
version) is seeded at the next. A library that can be written empties the trash of what is older
than ``TRASH_DAYS`` and keeps its daily backup; one that cannot is opened read-only, and the
reading commands ask for read-only even when it could be written, so they never change it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app import paths
from desktop_app.core.library import backup
from desktop_app.core.library.connection import create_file, writable
from desktop_app.core.library.errors import (
    REPAIR_HINT,
    DiskFull,
    LibraryBusy,
    LibraryDamaged,
    LibraryError,
    first_problem,
)
from desktop_app.core.library.store import Library
from desktop_app.core.library.trash import TRASH_DAYS


def open_library(*, seed: bool = True, read_only: bool = False, check: bool = False,
                 daily_backup: bool = True) -> Library:
    """Open (creating if needed) the library in the data dir.

    ``seed``: a new library gets the seed texts, once in its life (a user who removed them does
    not get them back). ``read_only``: open for reading only (the list, search, analyze, export
    and screenshot commands); a library that is new, unseeded or of an older schema is still set
    up first when it can be written. ``check``: run SQLite's quick check and raise
    ``LibraryDamaged`` when it fails (the window asks first, to offer a repair). ``daily_backup``:
    make the day's backup now if due (the window makes it in the background instead).
    """
    path = paths.library_path()
    library = _open_for_reading(path, seed=seed) if read_only else None
    if library is None:
        library = _open_for_writing(path, seed=seed) if writable(path) else Library(path, read_only=True)
        if read_only and not library.read_only:
            library.close()
            library = Library(path, read_only=True)
    try:
        if check:
            check_quickly(library)
        if not library.read_only:
            library.empty_trash(older_than_days=TRASH_DAYS)
            if daily_backup:
                make_daily_backup(library)
    except BaseException:
        library.close()
        raise
    return library


def _open_for_reading(path: Path, *, seed: bool) -> Library | None:
    """The library read-only as it is, or None when it must be set up first and can be.

    Setting up (creating, seeding, upgrading) writes; a library that needs none is never opened
    for writing, so reading works on a full disk. When the set-up fails (a full disk, a lock),
    the library is read as it is.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    library = Library(path, read_only=True)
    try:
        ready = not library.upgraded_in_memory and (not seed or library.info("seeded") is not None)
    except BaseException:
        library.close()
        raise
    if ready or not writable(path):
        return library
    library.close()
    try:
        _open_for_writing(path, seed=seed).close()
    except (DiskFull, LibraryBusy):
        pass
    return Library(path, read_only=True)


def _open_for_writing(path: Path, *, seed: bool) -> Library:
    if path.exists() and path.stat().st_size == 0:
        # What a full disk left in older versions, or damage: new if nothing was ever backed up.
        if backup.list_backups(path):
            raise LibraryDamaged(f"{path}: the library file is empty: {REPAIR_HINT} (it restores the backup)")
        path.unlink()
    if not path.exists():
        create_file(path, fill=_seed_new_file if seed else None)
    library = Library(path)
    if seed and not library.read_only:
        try:
            _seed(library)
        except BaseException:
            library.close()
            raise
    return library


def _seed_new_file(tmp: Path) -> None:
    with Library(tmp) as library:
        _seed(library)


def _seed(library: Library) -> None:
    if library.info("seeded") is not None:  # a normal start: no importers needed
        return
    from desktop_app.core.seeds import seed_once

    seed_once(library)


def check_quickly(library: Library) -> None:
    """SQLite's quick check of the whole file (about 0.4 s for 10,000 documents); raises
    ``LibraryDamaged`` naming the first problem."""
    with library.reading() as conn:
        try:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)").fetchall()]
        except sqlite3.DatabaseError as exc:
            problems = [str(exc).splitlines()[0] if str(exc) else type(exc).__name__]
    if problems != ["ok"]:
        raise LibraryDamaged(f"{library.path}: the library file is damaged ({first_problem(problems)}): {REPAIR_HINT}")


def make_daily_backup(library: Library) -> backup.Backup | None:
    """The day's backup of a library, if none was made in the last 24 hours (errors are logged)."""
    try:
        with library.reading() as conn:
            return backup.backup_if_due(conn, library.path)
    except LibraryError:
        return None
