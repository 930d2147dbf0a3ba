"""The library: imported documents, their original bytes, analyses and corrections in one SQLite file.

``open_library`` opens the user's library (created whole and seeded on first start) for the window
and every command; ``Library(path)`` opens any library file. Every change is one transaction, so a
failure or a crash leaves no trace; every failure is a ``LibraryError`` whose message is one line
naming the file and the reason (subclasses say which: ``LibraryDamaged``, ``LibraryReadOnly``,
``LibraryBusy``, ``DiskFull``). ``backup`` keeps automatic backups; ``repair`` checks a damaged
library and salvages what can be read.

The modules: ``connection`` (opening, creating, transactions), ``documents``, ``trash``,
``analyses``, ``corrections_log`` (one part of the API each), ``store`` (the ``Library`` made of
them), ``opening`` (``open_library``), ``backup``, ``repair`` (with ``salvage`` and ``pagescan``,
which read a damaged file), ``errors``.
"""

from __future__ import annotations

from desktop_app.core.library.connection import DEFAULT_BUSY_TIMEOUT
from desktop_app.core.library.corrections_log import CorrectionEntry
from desktop_app.core.library.documents import AddResult, DocumentSummary, utc_now
from desktop_app.core.library.errors import (
    BUSY_REASON,
    DiskFull,
    LibraryBusy,
    LibraryDamaged,
    LibraryError,
    LibraryReadOnly,
)
from desktop_app.core.library.opening import open_library
from desktop_app.core.library.store import Library
from desktop_app.core.library.trash import TRASH_DAYS, TrashEntry

__all__ = [
    "BUSY_REASON",
    "DEFAULT_BUSY_TIMEOUT",
    "TRASH_DAYS",
    "AddResult",
    "CorrectionEntry",
    "DiskFull",
    "DocumentSummary",
    "Library",
    "LibraryBusy",
    "LibraryDamaged",
    "LibraryError",
    "LibraryReadOnly",
    "TrashEntry",
    "open_library",
    "utc_now",
]
