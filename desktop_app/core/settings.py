"""The user's choices that outlive a session, in one small JSON file in the config directory.

Window geometry lives in QSettings (Qt knows best how to restore it); everything else — open
documents, splitter sizes, dock layout, sync scrolling, zoom — is kept here as plain data, so it can
be read and tested without Qt. A damaged or foreign file never stops the app: unknown or ill-typed
values fall back to their defaults.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from desktop_app import paths

SETTINGS_FILE = "settings.json"
LANGUAGE_SETTINGS = ("system", "en", "sv")


@dataclass
class Settings:
    """Everything the window restores on start; ``path`` is where ``save`` writes."""

    open_documents: dict[str, int | None] = field(
        default_factory=lambda: {"left": None, "right": None}
    )
    main_splitter: list[int] = field(default_factory=list)  # library | comparison
    compare_splitter: list[int] = field(default_factory=list)  # left pane | right pane
    window_state: str = ""  # QMainWindow.saveState() (docks, toolbars) as base64
    sync_scroll: bool = True
    zoom: int = 0  # zoom steps relative to the default font size
    library_sort: list[int] = field(default_factory=lambda: [-1, 0])  # column, Qt.SortOrder
    export_folder: str = ""  # where File > Export… last wrote
    language: str = "system"  # the interface language: "system" (the locale's), "en" or "sv"
    path: Path | None = field(default=None, repr=False, compare=False)

    @classmethod
    def default_path(cls) -> Path:
        return paths.config_dir() / SETTINGS_FILE

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read the settings file; a missing or unreadable file gives the defaults."""
        path = path or cls.default_path()
        settings = cls(path=path)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return settings
        if not isinstance(raw, dict):
            return settings
        for f in fields(cls):
            if f.name == "path" or f.name not in raw:
                continue
            value = _checked(f.name, raw[f.name], getattr(settings, f.name))
            if value is not None:
                setattr(settings, f.name, value)
        return settings

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("path", None)
        return data

    def save(self) -> None:
        """Write atomically (temp file + rename) so a crash never leaves half a file."""
        path = self.path or self.default_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self.to_dict(), handle, indent=2, sort_keys=True)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def open_document(self, side: str) -> int | None:
        return self.open_documents.get(side)


def _checked(name: str, value: Any, default: Any) -> Any:
    """``value`` when it has the shape of ``default``'s field, else None (keep the default)."""
    if name == "open_documents":
        if not isinstance(value, dict):
            return None
        result: dict[str, int | None] = {"left": None, "right": None}
        for side in result:
            doc_id = value.get(side)
            if isinstance(doc_id, int) and not isinstance(doc_id, bool) and doc_id > 0:
                result[side] = doc_id
        return result
    if name == "language":
        return value if value in LANGUAGE_SETTINGS else None
    if isinstance(default, bool):
        return value if isinstance(value, bool) else None
    if isinstance(default, int):
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if isinstance(default, str):
        return value if isinstance(value, str) else None
    if isinstance(default, list):
        if isinstance(value, list) and all(
            isinstance(v, int) and not isinstance(v, bool) for v in value
        ):
            return list(value)
        return None
    return None
