"""The import log: the technical detail behind every refusal and warning, in the data folder.

Users see one short line per file; the parser's own words (lxml's, PDFium's, a traceback) go to
``import.log`` next to the library, rotated at 512 KB with two old generations kept, so it can
never grow without bound. Writing the log never makes an import fail.
"""

from __future__ import annotations

import logging
import logging.handlers
import threading
from pathlib import Path

LOG_NAME = "import.log"
MAX_BYTES = 512 * 1024
BACKUPS = 2

logger = logging.getLogger("viewpoints.import")
logger.setLevel(logging.INFO)
logger.propagate = False  # details are for the file, never for the terminal
_lock = threading.Lock()


class _QuietRotatingHandler(logging.handlers.RotatingFileHandler):
    """A log file that stays silent when it cannot be written (read-only or full disk)."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        pass


_handlers: dict[Path, logging.Handler] = {}


def use_folder(folder: Path) -> Path | None:
    """Send the import log to ``folder/import.log`` from now on; the path, or None if unusable."""
    folder = Path(folder)
    with _lock:
        if folder in _handlers:
            return folder / LOG_NAME
        try:
            handler = _QuietRotatingHandler(
                folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8",
                delay=True)
        except OSError:
            return None
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        for old in _handlers.values():  # one library at a time: the newest folder wins
            logger.removeHandler(old)
            old.close()
        _handlers.clear()
        _handlers[folder] = handler
        logger.addHandler(handler)
        return folder / LOG_NAME


def record(level: int, path: str, message: str, detail: str = "") -> None:
    """One entry: the file, what the user was told, and the detail behind it (may be multi-line)."""
    text = f"{path}: {message}"
    if detail:
        text += "\n    " + "\n    ".join(detail.strip().splitlines()[-40:])
    try:
        logger.log(level, text)
    except Exception:  # noqa: BLE001 - a full disk must not turn a refusal into a crash
        pass
