"""Viewpoints: which positions of two texts meet on the same question, and whether they agree.

``compare_viewpoints(left, right)`` takes two ``DocumentView``s (analyses with corrections
applied) and returns a :class:`ViewpointComparison`; ``to_json`` and ``format_table`` render it for
``compare [--json]``. How it works: docs/viewpoints.md. Qt-free.
"""

from __future__ import annotations

from desktop_app.core.viewpoints.engine import compare_viewpoints
from desktop_app.core.viewpoints.lexicons import LexiconError
from desktop_app.core.viewpoints.model import (
    AUTHORS_KEY,
    RELATIONS,
    TEXT_KEY,
    Cue,
    Link,
    Position,
    Question,
    Speaker,
    ViewpointComparison,
)
from desktop_app.core.viewpoints.report import format_table, to_json

__all__ = [
    "AUTHORS_KEY",
    "RELATIONS",
    "TEXT_KEY",
    "Cue",
    "LexiconError",
    "Link",
    "Position",
    "Question",
    "Speaker",
    "ViewpointComparison",
    "compare_viewpoints",
    "format_table",
    "to_json",
]
