"""An optional record of the linking decisions, for ``benchmarks/viewpoint_eval.py --explain``.

The engine calls :func:`note` at every decision about a pair (left unit, right unit): proposed
with a score, rejected by a gate (and which), pruned, linked. Nothing is recorded unless a caller
opened :func:`recording`; then the cost is one list append per decision. The record says *why*
a pair the reader expected was not linked: never proposed (no shared word, a score under the
bar), proposed but stopped by a gate or pruned, or linked with another relation.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from desktop_app.core.viewpoints.model import Position

_LOCAL = threading.local()


@dataclass(frozen=True)
class Event:
    stage: str  # "weak" (under the score bar), "rejected", "pruned", "linked"
    left: Position
    right: Position
    score: float
    detail: str = ""  # the gate that rejected it, the relation it got


def active() -> bool:
    return getattr(_LOCAL, "events", None) is not None


def note(stage: str, left: Position, right: Position, score: float, detail: str = "") -> None:
    events = getattr(_LOCAL, "events", None)
    if events is not None:
        events.append(Event(stage, left, right, score, detail))


@contextmanager
def recording() -> Iterator[list[Event]]:
    """Collect the decisions of the comparisons run inside the block (this thread only)."""
    previous = getattr(_LOCAL, "events", None)
    events: list[Event] = []
    _LOCAL.events = events
    try:
        yield events
    finally:
        _LOCAL.events = previous
