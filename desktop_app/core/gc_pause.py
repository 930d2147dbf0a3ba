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


_START_UP_PAUSE = {"state": "never"}  # never -> paused -> over (once per process)


def pause_for_start_up() -> bool:
    """The collector rests while the window starts (once per process; False when it already did or
    the collector is off): start-up builds modules, Qt's wrappers and widgets that live as long as the
    app, and collecting would only scan them again and again. ``end_start_up_pause`` ends it."""
    if _START_UP_PAUSE["state"] != "never" or not gc.isenabled():
        return False
    gc.disable()
    _START_UP_PAUSE["state"] = "paused"
    return True


def end_start_up_pause() -> None:
    """The window is up: what start-up built is moved out of the collector's reach (``gc.freeze``)
    and the collector runs again, scanning only what is new. Nothing happens when no pause is on."""
    if _START_UP_PAUSE["state"] != "paused":
        return
    _START_UP_PAUSE["state"] = "over"
    gc.freeze()
    gc.enable()
