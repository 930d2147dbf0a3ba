"""The engine's analyses kept with their documents, as a cache: one per document and engine version.

A library opened read-only keeps the analyses it computes in memory instead (shared by every
``Library`` of this process on the same file, so the window's worker and its panes share them):
reading never writes, and a second look at a document is still fast. A stored analysis whose
JSON is damaged reads as none: it is recomputed, never a traceback.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import OrderedDict

from desktop_app.core.library.connection import Store
from desktop_app.core.library.documents import _existing_text, utc_now

log = logging.getLogger(__name__)

_MEMORY_LIMIT = 64  # analyses kept in memory for read-only libraries (least recently used go)
_memory: OrderedDict[tuple[str, int], tuple[str, dict]] = OrderedDict()
_memory_lock = threading.Lock()


class AnalysisStore(Store):
    """Analyses in and out; see ``Library`` for the whole API."""

    def save_analysis(self, doc_id: int, engine_version: str, data: dict) -> None:
        """Keep the engine's result for this document (in memory when the library is read-only)."""
        if self.read_only:
            with self.reading() as conn:
                _existing_text(conn, doc_id)
            with _memory_lock:
                _memory[self._memory_key(doc_id)] = (engine_version, data)
                while len(_memory) > _MEMORY_LIMIT:
                    _memory.popitem(last=False)
            return
        with self.writing() as conn:
            _existing_text(conn, doc_id)
            conn.execute(
                "INSERT OR REPLACE INTO analyses (doc_id, engine_version, json, computed_at) "
                "VALUES (?, ?, ?, ?)",
                (doc_id, engine_version, json.dumps(data, ensure_ascii=False), utc_now()),
            )

    def load_analysis(self, doc_id: int, engine_version: str) -> dict | None:
        """The stored analysis, or None when there is none, another engine version made it, or it
        is damaged."""
        remembered = self._remembered(doc_id)
        if remembered is not None:
            return remembered[1] if remembered[0] == engine_version else None
        with self.reading() as conn:
            row = conn.execute(
                "SELECT engine_version, json FROM analyses WHERE doc_id = ?", (doc_id,)
            ).fetchone()
        if row is None or row[0] != engine_version:
            return None
        try:
            data = json.loads(row[1])
        except (TypeError, ValueError):
            log.warning("%s: the stored analysis of document %s is damaged; recomputing",
                        self.path, doc_id)
            return None
        return data if isinstance(data, dict) else None

    def analysis_version(self, doc_id: int) -> str | None:
        """The engine version of the stored analysis, without reading the analysis itself."""
        remembered = self._remembered(doc_id)
        if remembered is not None:
            return remembered[0]
        with self.reading() as conn:
            row = conn.execute(
                "SELECT engine_version FROM analyses WHERE doc_id = ?", (doc_id,)
            ).fetchone()
        return None if row is None else row[0]

    def _remembered(self, doc_id: int) -> tuple[str, dict] | None:
        if not self.read_only:
            return None
        with _memory_lock:
            found = _memory.get(self._memory_key(doc_id))
            if found is not None:
                _memory.move_to_end(self._memory_key(doc_id))
            return found

    def _forget_memory_analysis(self, doc_id: int) -> None:
        with _memory_lock:
            _memory.pop(self._memory_key(doc_id), None)

    def _memory_key(self, doc_id: int) -> tuple[str, int]:
        return (str(self.path.resolve()), int(doc_id))
