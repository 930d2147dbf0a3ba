"""Choosing actors by name for an export (``export --actor NAME``): criteria that hide all the others."""

from __future__ import annotations

from desktop_app.core.analysis.model import actor_key
from desktop_app.core.compare import Comparison
from desktop_app.core.export.files import ExportError
from desktop_app.core.filters import FilterCriteria


def criteria_for_actors(comparison: Comparison, names: list[str]) -> FilterCriteria:
    """Criteria that hide every actor but the named ones (a name matches a full name or one of its words)."""
    if not names:
        return FilterCriteria()
    keep: set[str] = set()
    for name in names:
        wanted = actor_key(name)
        matches = [a.key for a in comparison.actors if a.key == wanted]
        if not matches:
            matches = [a.key for a in comparison.actors if _words_in(wanted, a.key)]
        if not matches:
            raise ExportError(f"{name}: no such actor in either document")
        keep.update(matches)
    return FilterCriteria(hidden_actors=frozenset(a.key for a in comparison.actors if a.key not in keep))


def _words_in(wanted: str, key: str) -> bool:
    words, target = wanted.split(), key.split()
    return any(target[i : i + len(words)] == words for i in range(len(target) - len(words) + 1))
