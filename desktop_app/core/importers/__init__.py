"""Importers: turn a file (or pasted text) into normalized text plus metadata.

One module per format; this registry picks the module from the content (see ``_sniff``) and the
extension, enforces the size limit, and turns every failure into one :class:`ImportFailure` line
naming the file and the reason.
"""

from __future__ import annotations

import importlib
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath

from desktop_app.core.document import GENRES, ImportedText, Metadata
from desktop_app.core.importers._errors import FormatError, ImportFailure
from desktop_app.core.importers._layout import layout_text
from desktop_app.core.importers._normalize import clean_line, first_line_title, trim_title
from desktop_app.core.importers._sniff import EXTENSIONS, choose_format

__all__ = [
    "DEFAULT_MAX_BYTES", "ImportFailure", "import_bytes", "import_file", "import_pasted",
    "display_name", "iter_importable", "read_source", "supported_extensions",
]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
PASTED_NAME = "pasted text"
_WORD_CHAR_RE = re.compile(r"[^\W_]")

# format name -> module with ``parse(data: bytes, name: str) -> ImportedText``; imported on first
# use so that starting the app does not load trafilatura or pypdf.
_MODULES: dict[str, str] = {
    "txt": "text", "md": "markdown", "html": "html", "xml": "xml",
    "docx": "docx", "odt": "odt", "epub": "epub", "pdf": "pdf",
}


def supported_extensions() -> tuple[str, ...]:
    """Extensions the importers read, lower-case with the dot: ``(".txt", ".text", ".md", ...)``."""
    return tuple(EXTENSIONS)


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{size / 1024:.1f} KB" if size >= 1024 else f"{size} bytes"


def _too_large(name: str, size: int, max_bytes: int) -> ImportFailure:
    return ImportFailure(name, f"file is too large ({_size(size)}; the limit is "
                               f"{_size(max_bytes)})")


def display_name(name: str) -> str:
    """A file name fit to store and print: bytes that are not UTF-8 become U+FFFD.

    Python keeps undecodable bytes of Linux file names as lone surrogates, which neither SQLite
    nor a UTF-8 terminal accepts.
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_source(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A file's bytes, refusing before reading when it is larger than ``max_bytes``."""
    path = Path(path)
    name = display_name(path.name or str(path))
    try:
        if path.is_dir():
            raise ImportFailure(name, "is a folder, not a file")
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # Reading a pipe or a device could block forever or never end.
            raise ImportFailure(name, "not a regular file (a pipe, device or socket)")
        size = info.st_size
        if size > max_bytes:
            raise _too_large(name, size, max_bytes)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise ImportFailure(name, "file not found") from None
    except PermissionError:
        raise ImportFailure(name, "permission denied") from None
    except OSError as exc:
        raise ImportFailure(name, f"cannot read the file ({exc.strerror or exc})") from None
    if len(data) > max_bytes:  # it grew while we looked
        raise _too_large(name, len(data), max_bytes)
    return data


def import_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ImportedText:
    """Import one file; raises :class:`ImportFailure` with a one-line reason."""
    path = Path(path)
    return import_bytes(read_source(path, max_bytes=max_bytes), path.name, max_bytes=max_bytes)


def import_bytes(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ImportedText:
    """Import a file's bytes; ``name`` (a file name) gives the extension and the messages."""
    if len(data) > max_bytes:
        raise _too_large(name, len(data), max_bytes)
    if not data:
        raise ImportFailure(name, "file is empty")
    try:
        fmt = choose_format(data, name)
        module = importlib.import_module(f"{__name__}.{_MODULES[fmt]}")
        imported: ImportedText = module.parse(data, name)
    except FormatError as exc:
        raise ImportFailure(name, exc.reason) from None
    except ImportFailure:
        raise
    except (MemoryError, RecursionError):
        raise ImportFailure(name, "document is too large or too deeply nested to read") from None
    except Exception as exc:  # noqa: BLE001 - a library's surprise must not become a traceback
        detail = str(exc).split("\n", 1)[0]
        raise ImportFailure(name, f"could not read the file ({type(exc).__name__}: {detail})") \
            from None
    return _finish(imported, PurePath(name.replace("\\", "/")).stem or name)


def _finish(imported: ImportedText, fallback_title: str) -> ImportedText:
    """House rules every importer's result obeys: a title, a known genre, clean fields."""
    meta = imported.metadata
    meta.title = trim_title(meta.title) if clean_line(meta.title) else \
        first_line_title(imported.text, fallback_title)
    meta.authors = [clean_line(author) for author in meta.authors if clean_line(author)]
    meta.outlet = clean_line(meta.outlet)
    if meta.genre not in GENRES:
        meta.genre = "other"
    return imported


def import_pasted(text: str | None, html: str | None = None) -> ImportedText:
    """Import dropped or pasted text; HTML (when given) is cleaned like a saved web page.

    The title is the first line, cut to about 120 characters.
    """
    from desktop_app.core.importers import html as html_importer, text as text_importer

    imported: ImportedText | None = None
    if html and html.strip():
        try:
            imported = html_importer.import_markup(html)
        except Exception:  # noqa: BLE001 - unusable HTML: fall back to the plain text
            imported = None
    if imported is None and text and text.strip():
        body = layout_text(text_importer.normalize_newlines(text))
        if _WORD_CHAR_RE.search(body):
            imported = ImportedText(text=body, metadata=Metadata(), format="txt")
    if imported is None:
        raise ImportFailure(PASTED_NAME, "nothing to import")
    if not clean_line(imported.metadata.title):
        imported.metadata.title = trim_title(imported.text.split("\n", 1)[0])
    return _finish(imported, PASTED_NAME)


def iter_importable(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to import: folders expanded recursively (sorted, hidden entries and files of other
    types skipped); files named explicitly are kept whatever their type, so they get a reason."""
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        candidates = _folder_files(path) if path.is_dir() else [path]
        for candidate in candidates:
            key = candidate.resolve() if candidate.exists() else candidate.absolute()
            if key not in seen:
                seen.add(key)
                yield candidate


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")  # ~$ : Office lock files


def _folder_files(folder: Path) -> list[Path]:
    found: list[Path] = []
    extensions = set(EXTENSIONS)
    for directory, subdirs, files in os.walk(folder, followlinks=False):
        subdirs[:] = [d for d in subdirs if not _hidden(d)]
        for file_name in files:
            if not _hidden(file_name) and PurePath(file_name).suffix.lower() in extensions:
                candidate = Path(directory, file_name)
                if candidate.is_file():  # not a pipe, socket or dangling link
                    found.append(candidate)
    return sorted(found, key=lambda p: tuple(part.casefold()
                                             for part in p.relative_to(folder).parts))
