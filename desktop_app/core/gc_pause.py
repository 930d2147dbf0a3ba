"""``collector_paused()``: Python's cyclic garbage collector at rest while code that makes no
reference cycles allocates a great deal (the engine, the records and JSON of a large analysis).

Reference counting still frees everything dropped; the collector would only rescan the caller's
whole heap again and again meanwhile. It runs as usual afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
