"""One SQLite connection to a library file: how it is opened, created and changed.

A library that can be written is opened read-write in WAL mode and migrated to the current schema.
One that cannot (a read-only file, folder or disk) is opened read-only, and, when its folder will
not take SQLite's ``-shm`` file, as immutable; an older schema is then upgraded in memory only. A
new file is made under a temporary name and linked into place whole, so a full disk or a kill
never leaves an empty ``library.sqlite3`` behind. Every change is one ``BEGIN IMMEDIATE``
transaction that retries a lock another program holds, with backoff, within a budget.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from desktop_app.core import _schema
from desktop_app.core.library.errors import (
    DiskFull,
    LibraryBusy,
    LibraryError,
    LibraryReadOnly,
    library_error,
)

log = logging.getLogger(__name__)

DEFAULT_BUSY_TIMEOUT = 10.0  # seconds one attempt waits for another program's transaction
BUDGET_FACTOR = 3  # a change keeps retrying a held lock for this many busy timeouts in all
MEMORY_UPGRADE_LIMIT = 512 * 1024 * 1024  # a read-only library of an older schema, upgraded in RAM
_SIDE_FILES = ("-wal", "-shm", "-journal")


def connect(path: Path, *, read_only: bool, timeout: float, immutable: bool = False) -> sqlite3.Connection:
    """Open the SQLite file (autocommit: we issue BEGIN/COMMIT ourselves). Tests wrap this seam."""
    if read_only:
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"
        uri = f"{path.resolve().as_uri()}?{flags}"
        return sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None,
                               check_same_thread=False)
    return sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=False)


def writable(path: Path) -> bool:
    """Whether SQLite could write the library: the file and its folder (for -wal and -shm)."""
    folder = path.parent
    return os.access(folder, os.W_OK | os.X_OK) and (not path.exists() or os.access(path, os.W_OK))


class Store:
    """A library file and its one connection, guarded by a lock so any thread may use it.

    ``read_only`` None decides from the file system; True opens for reading even when writable
    (the reading commands, which must never change the library).
    """

    def __init__(self, path: Path, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
                 read_only: bool | None = None) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._busy_timeout = busy_timeout
        self._busy_streak = False  # after a write gave up on a lock, the next ones try only once
        self._conn: sqlite3.Connection | None = None
        self.upgraded_in_memory = False  # a read-only library of an older schema, migrated in RAM
        try:
            exists = self.path.exists()
        except OSError as exc:
            raise library_error(self.path, exc, changing=False) from None
        if not exists:
            if read_only:
                raise LibraryError(f"{self.path}: no library here")
            create_file(self.path)
        self.read_only = (not writable(self.path)) if read_only is None else read_only
        self._conn = self._open_read_only() if self.read_only else self._open_read_write()

    # -- opening ----------------------------------------------------------------------------

    def _open_read_write(self) -> sqlite3.Connection:
        try:
            conn = connect(self.path, read_only=False, timeout=self._busy_timeout)
        except sqlite3.Error as exc:
            raise library_error(self.path, exc, changing=False) from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000):d}")
            conn.execute("PRAGMA foreign_keys = ON")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.OperationalError(f"cannot switch to WAL journal (got {mode})")
            # Under WAL, NORMAL never corrupts the file; at worst an OS crash loses the last commits.
            conn.execute("PRAGMA synchronous = NORMAL")
            self._before_upgrade(conn)
            _schema.migrate(conn)
        except _schema.SchemaTooNew as exc:
            conn.close()
            raise LibraryError(f"{self.path}: {exc}") from None
        except sqlite3.Error as exc:
            conn.close()
            raise library_error(self.path, exc, changing=False) from None
        return conn

    def _before_upgrade(self, conn: sqlite3.Connection) -> None:
        """Called before an existing library is migrated (the Library keeps a backup then)."""

    def _forget_memory_analysis(self, doc_id: int) -> None:
        """Called when a document's analysis becomes stale (read-only libraries cache in memory)."""

    def _open_read_only(self) -> sqlite3.Connection:
        try:
            try:
                conn = connect(self.path, read_only=True, timeout=self._busy_timeout)
                version = _schema.schema_version(conn)  # WAL in a read-only folder fails here
            except sqlite3.OperationalError:
                conn = connect(self.path, read_only=True, timeout=self._busy_timeout, immutable=True)
                version = _schema.schema_version(conn)
            conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000):d}")
            if version > _schema.SCHEMA_VERSION:
                conn.close()
                raise LibraryError(f"{self.path}: {_schema.SchemaTooNew(version)}")
            if version < _schema.SCHEMA_VERSION:
                conn = self._upgraded_in_memory(conn)
            conn.execute("PRAGMA query_only = 1")
        except sqlite3.Error as exc:
            raise library_error(self.path, exc, changing=False) from None
        return conn

    def _upgraded_in_memory(self, conn: sqlite3.Connection) -> sqlite3.Connection:
        """A read-only library of an older schema: a migrated copy in memory, read from there."""
        size = self.path.stat().st_size
        if size > MEMORY_UPGRADE_LIMIT:
            conn.close()
            raise LibraryReadOnly(
                f"{self.path}: made by an older Viewpoints and read-only: open it once where it can "
                "be written, so it is upgraded")
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.backup(memory)
        conn.close()
        _schema.migrate(memory)
        self.upgraded_in_memory = True
        return memory

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self):  # noqa: ANN204 - the subclass's type
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- transactions -----------------------------------------------------------------------

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One change: committed when the block ends, rolled back on any exception.

        SQLite's errors come out as ``LibraryError`` subclasses (``DiskFull``, ``LibraryBusy``,
        ``LibraryReadOnly``, ``LibraryDamaged``); our own (``KeyError``, ``ValueError``) as they are.
        """
        with self._lock:
            conn = self._connection()
            if self.read_only:
                raise LibraryReadOnly(f"{self.path}: the library is read-only: nothing was changed")
            self._begin(conn)
            try:
                yield conn
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                _rollback(conn)
                raise library_error(self.path, exc) from None
            except BaseException:
                _rollback(conn)
                raise

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The connection for queries; SQLite's errors come out as ``LibraryError`` subclasses."""
        with self._lock:
            conn = self._connection()
            try:
                yield conn
            except sqlite3.Error as exc:
                raise library_error(self.path, exc, changing=False) from None

    def _begin(self, conn: sqlite3.Connection) -> None:
        """BEGIN IMMEDIATE, retried with backoff while another program holds the write lock."""
        budget = 0.0 if self._busy_streak else self._busy_timeout * BUDGET_FACTOR
        deadline = time.monotonic() + budget
        delay = 0.05
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                error = library_error(self.path, exc)
                busy = isinstance(error, LibraryBusy)
                if not busy or time.monotonic() + delay > deadline:
                    self._busy_streak = busy
                    raise error from None
                log.info("%s: busy, retrying in %.2f s", self.path, delay)
                time.sleep(delay)
                delay = min(delay * 2, 2.0)
                continue
            self._busy_streak = False
            return

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise LibraryError(f"{self.path}: library is closed")
        return self._conn


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:  # SQLite may have rolled back already (a full disk does)
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


# -- a new library file, made whole under a temporary name ----------------------------------


def create_file(path: Path, fill: Callable[[Path], None] | None = None) -> bool:
    """Create the library at ``path`` with the current schema, then ``fill(temporary path)``.

    Nothing appears at ``path`` until the file is complete: it is built under a hidden name in the
    same folder and hard-linked into place, so a kill or a full disk leaves no empty library (the
    hidden file of a killed start is removed at the next). Returns False when another program
    created ``path`` meanwhile (theirs is kept, ours discarded).
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise library_error(path, exc, changing=False) from None
    remove_stale_temporaries(path)
    import secrets  # only to create a library: not imported at every start

    tmp = folder / f".{path.name}.creating-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        conn = connect(tmp, read_only=False, timeout=DEFAULT_BUSY_TIMEOUT)
        try:
            _schema.migrate(conn)
        finally:
            conn.close()
        if fill is not None:
            fill(tmp)
        _flush_into_main_file(tmp)
        return _link_into_place(tmp, path)
    except (sqlite3.Error, OSError, LibraryError) as exc:
        error = exc if isinstance(exc, LibraryError) else library_error(path, exc, changing=False)
        if isinstance(error, DiskFull):
            raise DiskFull(f"{path}: the disk is full: no library was created") from None
        reason = str(error).split(": ", 1)[-1]
        raise type(error)(f"{path}: the library could not be created ({reason})") from None
    finally:
        discard_database(tmp)


def _flush_into_main_file(tmp: Path) -> None:
    """Everything in the main file (no WAL beside it), on disk, before it gets its real name."""
    conn = sqlite3.connect(str(tmp), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        conn.close()
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())


def _link_into_place(tmp: Path, path: Path) -> bool:
    try:
        os.link(tmp, path)  # fails if path exists: never replaces another program's new library
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links
        if path.exists():
            return False
        os.replace(tmp, path)
    fsync_folder(path.parent)
    return True


def remove_stale_temporaries(path: Path) -> None:
    """Remove what a killed creation of ``path`` left behind (its process is gone)."""
    for leftover in path.parent.glob(f".{path.name}.creating-*"):
        pid = leftover.name.rsplit(".creating-", 1)[1].split("-", 1)[0]
        if pid.isdigit() and not process_alive(int(pid)):
            discard_database(leftover)


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (leftovers of dead ones are stale)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but not ours to signal
        return True
    return True


def discard_database(tmp: Path) -> None:
    """Delete a database file and its side files (-wal, -shm, -journal), whatever is there."""
    for suffix in ("", *_SIDE_FILES):
        with suppress(OSError):
            Path(f"{tmp}{suffix}").unlink()


def fsync_folder(folder: Path) -> None:
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
