"""Work around PySide6 6.12.0 dropping references to True, False and None.

In PySide6 6.12.0, ``SignalInstance.emit()`` returns ``True`` without taking a new reference, and
Python slots called from C++ signals (and overrides such as ``QGraphicsItem.itemChange``, which
pyqtgraph uses) lose a reference to their ``None``/bool result. On Python 3.12+ these singletons
are immortal and nothing happens; on Python 3.11 each call lowers their reference count, and after
a few hundred filter clicks the interpreter aborts with "bool_dealloc: deallocating True or False".

``keep_singletons_alive`` gives the three singletons a reference count no session can use up,
which is what Python 3.12 does for them anyway. Call it once, before the first signal is emitted.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA_REFERENCES = 1 << 40
_done = False


def keep_singletons_alive() -> None:
    """Make True, False and None effectively immortal (a no-op on Python 3.12+ and when repeated)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    for singleton in (True, False, None):
        # ob_refcnt is the first field of every PyObject in release builds of CPython.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _EXTRA_REFERENCES
    _done = True
