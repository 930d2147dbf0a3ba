"""Writing an export to disk safely: a temporary file in the target folder, renamed into place.

An error (unwritable folder, disk full, a cancelled export) leaves no partial file, and an existing
file is never replaced without ``force``. ``Progress`` is how any long job (export, print, import)
reports its steps; raising ``Cancelled`` from it stops the job where it is.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

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
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise ExportError(f"{out}: cannot write in {folder}: {_reason(exc)}") from None
    tmp = Path(tmp_name)
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
    return exc.strerror.lower() if exc.strerror else str(exc)
