"""The one place that decides where Viewpoints keeps and finds its files.

Data and config directories come from appdirs, and can be moved with ``--data-dir`` (see
``set_data_dir``) or the ``VIEWPOINTS_DATA_DIR`` / ``VIEWPOINTS_CONFIG_DIR`` environment variables,
so tests never touch a real user's library.
"""

from __future__ import annotations

import os
from pathlib import Path

import appdirs

from desktop_app import APP_NAME

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PROJECT_ROOT / "resources"
LEXICONS_DIR = RESOURCES_DIR / "lexicons"
SEEDS_DIR = PROJECT_ROOT / "seeds"

_data_dir_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Override the data directory for this process (the ``--data-dir`` option)."""
    global _data_dir_override
    _data_dir_override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    """Directory that holds the library database; created on demand."""
    if _data_dir_override is not None:
        path = _data_dir_override
    elif os.environ.get("VIEWPOINTS_DATA_DIR"):
        path = Path(os.environ["VIEWPOINTS_DATA_DIR"]).expanduser()
    else:
        path = Path(appdirs.user_data_dir(APP_NAME, appauthor=False))
    _ensure_folder(path, "library folder")
    return path


def config_dir() -> Path:
    """Directory that holds the JSON settings file; created on demand."""
    if os.environ.get("VIEWPOINTS_CONFIG_DIR"):
        path = Path(os.environ["VIEWPOINTS_CONFIG_DIR"]).expanduser()
    elif _data_dir_override is not None or os.environ.get("VIEWPOINTS_DATA_DIR"):
        # A moved library carries its settings with it, so test runs stay self-contained.
        path = data_dir() / "config"
    else:
        path = Path(appdirs.user_config_dir(APP_NAME, appauthor=False))
    _ensure_folder(path, "settings folder")
    return path


class DataDirError(Exception):
    """The data or config folder cannot be used; the message is one line naming it."""


def _ensure_folder(path: Path, what: str) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = "it is a file" if isinstance(exc, (FileExistsError, NotADirectoryError)) else (
            exc.strerror or str(exc))
        raise DataDirError(f"{path}: cannot use it as the {what} ({reason})") from None


def library_path() -> Path:
    """The SQLite database file of the library."""
    return data_dir() / "library.sqlite3"
