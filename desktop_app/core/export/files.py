"""Writing an export to disk safely: a temporary file in the target folder, renamed into place.

An error (unwritable folder, disk full, a cancelled export) leaves no partial file, and an existing
file is never replaced without ``force``. ``Progress`` is how any long job (export, print, import)
reports its steps; raising ``Cancelled`` from it stops the job where it is.

The temporary file (``.NAME.PID-XXXX.part``) must sit beside the target for the rename to be one
step, so a process killed while writing leaves it behind. Three things clear it up: SIGTERM removes
the temporaries in progress (``remove_temporaries_on_sigterm``); the next export into the same
folder removes those whose process is gone; and each is noted in the data dir while it is written
(``exports-in-progress/``), so the next start of the app or of any command removes the ones a
``kill -9`` stranded anywhere (``clean_stale_temporaries``).
"""

from __future__ import annotations

import errno
import logging
import os
import re
import signal
import tempfile
import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

log = logging.getLogger(__name__)

_PART_RE = re.compile(r"^\..+\.(?P<pid>\d+)-[^.]+\.part$")
_NOTES_FOLDER = "exports-in-progress"
_active: dict[Path, Path | None] = {}  # temporary file -> its note in the data dir (or None)
_active_lock = threading.Lock()

# Progress of a long job: (what is being done, steps done, steps in all; 0 in all when unknown).
# The window's callback raises ``Cancelled`` once the user has pressed Cancel.
Progress = Callable[[str, int, int], None]


class ExportError(Exception):
    """An export that could not be written; ``str(e)`` is one line naming the file and the reason."""


class Cancelled(Exception):
    """Raised from a ``Progress`` callback to stop a job; a half-written export is removed."""


ExportCancelled = Cancelled  # the name printing and the exports know it by


def atomic_write(out: Path, write: Callable[[Path], None], *, force: bool = False) -> None:
    """Let ``write`` fill a temporary file next to ``out``, then move it into place in one step."""
    out = Path(out)
    if out.is_dir():
        raise ExportError(f"{out}: is a folder")
    if out.exists() and not force:
        raise ExportError(f"{out}: file exists (use --force, or choose another name)")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{out}: folder {folder} does not exist")
    remove_stale_parts(folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.{os.getpid()}-", suffix=".part", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise ExportError(f"{out}: cannot write in {folder}: {_reason(exc)}") from None
    tmp = Path(tmp_name)
    _track(tmp)
    try:
        write(tmp)
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise OSError(f"nothing was written to {tmp.name}")
        # mkstemp makes the file private (0600); an export gets the usual permissions instead.
        os.chmod(tmp, 0o666 & ~_current_umask())
        os.replace(tmp, out)
    except ExportError:
        _discard(tmp)
        raise
    except OSError as exc:
        _discard(tmp)
        raise ExportError(f"{out}: {_reason(exc)}") from None
    except BaseException:
        _discard(tmp)
        raise
    finally:
        _untrack(tmp)


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` and make sure it reached the disk (for ``atomic_write``'s callback)."""
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _discard(tmp: Path) -> None:
    try:
        tmp.unlink()
    except OSError:
        pass


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full: nothing was written"
    return exc.strerror.lower() if exc.strerror else str(exc)


# -- temporaries a killed export left behind ---------------------------------------------------


def remove_stale_parts(folder: Path) -> list[Path]:
    """Remove the temporaries in ``folder`` whose export process is gone; returns them."""
    removed: list[Path] = []
    try:
        candidates = list(Path(folder).glob(".*.part"))
    except OSError:
        return removed
    for part in candidates:
        match = _PART_RE.match(part.name)
        if match is None or _alive(int(match["pid"])):
            continue
        with suppress(OSError):
            part.unlink()
            removed.append(part)
    return removed


def clean_stale_temporaries() -> list[Path]:
    """At start: remove every temporary a killed export left, wherever it was written."""
    notes = _notes_folder(create=False)
    removed: list[Path] = []
    if notes is None:
        return removed
    for note in notes.glob("*.note"):
        pid = note.name.split("-", 1)[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        with suppress(OSError, UnicodeDecodeError):
            part = Path(note.read_text(encoding="utf-8").strip())
            if _PART_RE.match(part.name) and part.is_file():
                part.unlink()
                removed.append(part)
        with suppress(OSError):
            note.unlink()
    return removed


def remove_temporaries_on_sigterm() -> bool:
    """Make SIGTERM remove the temporaries of exports in progress before the process ends.

    Call once from the main thread at start (the CLI and the window do); False when it cannot be
    installed (not the main thread). A handler someone installed before is called afterwards.
    """
    try:
        previous = signal.getsignal(signal.SIGTERM)

        def on_sigterm(signum: int, frame: object) -> None:
            remove_active_temporaries()
            if callable(previous):
                previous(signum, frame)
                return
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)

        if getattr(previous, "__name__", "") != "on_sigterm":
            signal.signal(signal.SIGTERM, on_sigterm)
    except ValueError:  # not the main thread
        return False
    return True


def remove_active_temporaries() -> None:
    """Remove the temporaries of the exports this process is writing (they will not finish)."""
    with _active_lock:
        active = list(_active.items())
        _active.clear()
    for tmp, note in active:
        _discard(tmp)
        if note is not None:
            _discard(note)


def _track(tmp: Path) -> None:
    note = None
    notes = _notes_folder(create=True)
    if notes is not None:
        note = notes / f"{os.getpid()}-{tmp.name.rsplit('.', 2)[-2]}.note"
        try:
            note.write_text(str(tmp.resolve()), encoding="utf-8")
        except OSError:  # a read-only or full data dir: the folder's own clean-up still works
            note = None
    with _active_lock:
        _active[tmp] = note


def _untrack(tmp: Path) -> None:
    with _active_lock:
        note = _active.pop(tmp, None)
    if note is not None:
        _discard(note)


def _notes_folder(*, create: bool) -> Path | None:
    from desktop_app import paths

    try:
        folder = paths.data_dir() / _NOTES_FOLDER
        if create:
            folder.mkdir(exist_ok=True)
        return folder if folder.is_dir() else None
    except (OSError, paths.DataDirError):
        return None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
