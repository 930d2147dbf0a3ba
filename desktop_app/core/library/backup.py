"""Automatic backups of the library: copies made with SQLite's online backup API, a few kept.

A backup is made at most once a day (when the window starts, or a writing command runs), after a
large import, and before a schema upgrade or a repair. Each is one self-contained SQLite file in
``backups/`` beside the library, named by when and why it was made; the newest ``GENERATIONS``
are kept. A library that fails SQLite's quick check is not backed up, so damage never pushes the
good copies out. A backup that cannot be made (full disk, read-only folder) is logged and skipped:
it never stops the user's work.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from desktop_app.core.library.connection import discard_database, process_alive
from desktop_app.core.library.errors import REPAIR_HINT, LibraryDamaged, LibraryError, first_problem, library_error

log = logging.getLogger(__name__)

FOLDER = "backups"
GENERATIONS = 3  # backups kept, newest first
EVERY = timedelta(hours=24)  # at most one daily backup per this interval
LARGE_IMPORT_DOCUMENTS = 100  # an import of this many documents ...
LARGE_IMPORT_BYTES = 50 * 1024 * 1024  # ... or this much text and originals is backed up after
_PAGES_PER_STEP = 4096  # copied per step of the backup API (other connections may write between)
_NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12})Z-(?P<reason>[a-z-]+)\.sqlite3$")
_STAMP = "%Y%m%dT%H%M%S%f"


@dataclass(frozen=True)
class Backup:
    """One backup file: where it is, when it was made (UTC) and why."""

    path: Path
    made_at: datetime
    reason: str  # "daily", "after-import", "before-upgrade", "before-repair", "manual"

    def describe(self) -> str:
        local = self.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return f"{local} ({self.reason.replace('-', ' ')}, {self.path.stat().st_size / 1e6:.1f} MB)"


def folder_of(library_path: Path) -> Path:
    return Path(library_path).parent / FOLDER


def list_backups(library_path: Path) -> list[Backup]:
    """The backups of the library at ``library_path``, newest first."""
    folder = folder_of(library_path)
    found: list[Backup] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME_RE.match(entry.name)
        if match is None or match["stem"] != Path(library_path).stem or not entry.is_file():
            continue
        try:
            made = _stamp_time(match["stamp"])
        except ValueError:  # digits that are no time (a month 13): not one of ours
            continue
        found.append(Backup(entry, made, match["reason"]))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def _stamp_time(stamp: str) -> datetime:
    """The UTC time of a name's stamp (``_STAMP``: 8 digits, "T", 12 digits). Read by hand, not
    with ``datetime.strptime``, whose first call costs every start some milliseconds."""
    s = stamp
    return datetime(int(s[0:4]), int(s[4:6]), int(s[6:8]), int(s[9:11]), int(s[11:13]), int(s[13:15]),
                    int(s[15:21]), tzinfo=timezone.utc)


def is_large_import(documents: int, size: int) -> bool:
    return documents >= LARGE_IMPORT_DOCUMENTS or size >= LARGE_IMPORT_BYTES


def make_backup(conn: sqlite3.Connection, library_path: Path, reason: str,
                *, keep: int = GENERATIONS) -> Backup:
    """Copy the library open on ``conn`` into a new backup; the oldest beyond ``keep`` go.

    Raises ``LibraryDamaged`` when the library fails the quick check (nothing is copied), another
    ``LibraryError`` when the copy cannot be written (nothing is left of it).
    """
    library_path = Path(library_path)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)").fetchall()]
    except sqlite3.Error as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        raise LibraryDamaged(f"{library_path}: the library is damaged ({first_problem(problems)}), so no "
                             f"backup was made: {REPAIR_HINT}")
    folder = folder_of(library_path)
    made_at = datetime.now(timezone.utc)
    final = folder / f"{library_path.stem}-{made_at.strftime(_STAMP)}Z-{reason}.sqlite3"
    tmp = folder / f".{final.name}.part-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale_parts(folder)
        target = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            conn.backup(target, pages=_PAGES_PER_STEP)
            target.execute("PRAGMA journal_mode = DELETE").fetchone()  # one self-contained file
        finally:
            target.close()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, final)
    except (sqlite3.Error, OSError) as exc:
        discard_database(tmp)
        reason_text = str(library_error(final, exc, changing=False)).split(": ", 1)[-1]
        raise LibraryError(f"{final.parent}: the backup could not be written ({reason_text})") from None
    backup = Backup(final, made_at, reason)
    prune(library_path, keep)
    return backup


def try_backup(conn: sqlite3.Connection, library_path: Path, reason: str) -> Backup | None:
    """``make_backup``, logging instead of raising: a backup never stops the user's work."""
    try:
        backup = make_backup(conn, library_path, reason)
    except LibraryDamaged as exc:
        log.warning("%s", exc)
        return None
    except LibraryError as exc:  # a full disk or a read-only folder: the command says so itself
        log.info("%s", exc)
        return None
    log.info("backup made: %s", backup.path)
    return backup


def backup_if_due(conn: sqlite3.Connection, library_path: Path, *, every: timedelta = EVERY,
                  now: datetime | None = None) -> Backup | None:
    """The daily backup: made when the newest backup is older than ``every`` (or there is none)."""
    newest = next(iter(list_backups(library_path)), None)
    now = now or datetime.now(timezone.utc)
    if newest is not None and now - newest.made_at < every:
        return None
    return try_backup(conn, library_path, "daily")


def prune(library_path: Path, keep: int = GENERATIONS) -> list[Path]:
    """Delete the backups beyond the newest ``keep``; returns what was deleted."""
    removed: list[Path] = []
    for old in list_backups(library_path)[max(keep, 1):]:
        with suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def _remove_stale_parts(folder: Path) -> None:
    """A backup killed half-way leaves ``.NAME.part-PID``: removed once that process is gone."""
    for part in folder.glob(".*.part-*"):
        pid = part.name.rsplit(".part-", 1)[1]
        if pid.isdigit() and int(pid) != os.getpid() and not process_alive(int(pid)):
            discard_database(part)

