"""Importers: turn a file (or pasted text) into normalized text plus metadata.

One module per format; this registry picks the module from the content (see ``_sniff``) and the
extension, enforces the size limit, and turns every failure into one :class:`ImportFailure` line
naming the file and the reason.
"""

from __future__ import annotations

import errno
import importlib
import os
import re
import traceback
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath

from desktop_app.core.document import GENRES, ImportedText, Metadata
from desktop_app.core.importers._errors import FormatError, ImportFailure, TextTooLong, \
    text_limit, utf8_result
from desktop_app.core.importers._folders import Source, expand, path_problem
from desktop_app.core.importers._layout import layout_text
from desktop_app.core.importers._normalize import TITLE_MAX_CHARS, clean_line, first_line, \
    first_line_title, trim_title
from desktop_app.core.importers._sniff import EXTENSIONS, choose_format

__all__ = [
    "DEFAULT_MAX_BYTES", "DEFAULT_MAX_CHARS", "ImportFailure", "import_bytes", "import_file",
    "import_pasted", "display_name", "expand_sources", "iter_importable", "read_source",
    "Source", "supported_extensions",
]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# The text a file may bring in: a file of the largest size holds at most this much plain text, and
# a small compressed document (DOCX, ODT, EPUB) may not bring in more.
DEFAULT_MAX_CHARS = 50 * 1000 * 1000
PASTED_NAME = "pasted text"
_WORD_CHAR_RE = re.compile(r"[^\W_]")
_LINE_END_RE = re.compile(rb"\n")

# format name -> module with ``parse(data: bytes, name: str) -> ImportedText``; imported on first
# use so that starting the app does not load trafilatura or PDFium.
_MODULES: dict[str, str] = {
    "txt": "text", "md": "markdown", "html": "html", "xml": "xml",
    "docx": "docx", "odt": "odt", "epub": "epub", "pdf": "pdf",
}
_LABELS = {"txt": "text", "md": "Markdown", "html": "HTML", "xml": "XML", "docx": "DOCX",
           "odt": "ODT", "epub": "EPUB", "pdf": "PDF"}


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


def _chars(count: int) -> str:
    return f"{count / 1e6:.1f} million" if count >= 100_000 else f"{count:,}".replace(",", " ")


def text_too_long(name: str, count: int | None, max_chars: int) -> ImportFailure:
    """The refusal of a file whose text passes ``max_chars`` (e.g. a small DOCX that unpacks).

    ``count`` is None when reading stopped at the limit, before the whole text was known.
    """
    if count is None:
        return ImportFailure(name, f"its text is too long (more than {_chars(max_chars)} "
                                   "characters, the limit)")
    return ImportFailure(name, f"its text is too long ({_chars(count)} characters; the limit is "
                               f"{_chars(max_chars)})")


def display_name(name: str) -> str:
    """A file name fit to store and print: bytes that are not UTF-8 become U+FFFD.

    Python keeps undecodable bytes of Linux file names as lone surrogates, which neither SQLite
    nor a UTF-8 terminal accepts.
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_source(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A file's bytes, refusing before reading when it is larger than ``max_bytes``.

    Opened without blocking and checked on the open descriptor, so a pipe or device swapped in
    after a check cannot make the read wait forever.
    """
    path = Path(path)
    name = display_name(path.name or str(path))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | \
        getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except IsADirectoryError:
        raise ImportFailure(name, "is a folder, not a file") from None
    except OSError as exc:
        if exc.errno == errno.ENOENT and not os.path.lexists(path):
            raise ImportFailure(name, "file not found") from None
        raise ImportFailure(name, path_problem(exc, link=os.path.islink(path))) from None
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise ImportFailure(name, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            # Reading a pipe or a device could block forever or never end.
            raise ImportFailure(name, "not a regular file (a pipe, device or socket)")
        if info.st_size > max_bytes:
            raise _too_large(name, info.st_size, max_bytes)
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            data = handle.read(max_bytes + 1)
    except BlockingIOError:
        raise ImportFailure(name, "cannot be read now (a special file that waits for data)") \
            from None
    except OSError as exc:
        raise ImportFailure(name, f"cannot read the file ({exc.strerror or exc})") from None
    finally:
        os.close(descriptor)
    if data is None:
        raise ImportFailure(name, "cannot be read now (a special file that waits for data)")
    if len(data) > max_bytes:  # it grew while we looked
        raise _too_large(name, len(data), max_bytes)
    return data


def import_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
                max_chars: int = DEFAULT_MAX_CHARS) -> ImportedText:
    """Import one file in this process; raises :class:`ImportFailure` with a one-line reason."""
    path = Path(path)
    return import_bytes(read_source(path, max_bytes=max_bytes), display_name(path.name),
                        max_bytes=max_bytes, max_chars=max_chars)


def import_bytes(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                 max_chars: int = DEFAULT_MAX_CHARS, utf8: bool = False) -> ImportedText:
    """Import a file's bytes; ``name`` (a file name) gives the extension and the messages.

    Runs in this process with no time limit: :mod:`desktop_app.core.import_worker` adds one.
    ``utf8``: the text may come as UTF-8 (``ImportedText.utf8``, ``text`` then ""), which some
    formats build without ever holding the whole text as a str.
    """
    if len(data) > max_bytes:
        raise _too_large(name, len(data), max_bytes)
    if not data:
        raise ImportFailure(name, "file is empty")
    fmt = ""
    try:
        fmt = choose_format(data, name)
        module = importlib.import_module(f"{__name__}.{_MODULES[fmt]}")
        token, utf8_token = text_limit.set(max_chars), utf8_result.set(utf8)
        try:
            imported: ImportedText = module.parse(data, name)
        finally:
            text_limit.reset(token)
            utf8_result.reset(utf8_token)
    except FormatError as exc:
        raise ImportFailure(name, exc.reason, exc.detail) from None
    except ImportFailure:
        raise
    except TextTooLong as exc:
        raise text_too_long(name, None, max_chars) from None
    except MemoryError:
        raise ImportFailure(name, "too large to import: reading it needs more memory than "
                                  "the import may use") from None
    except RecursionError:
        raise ImportFailure(name, "nested too deeply to read") from None
    except Exception as exc:  # noqa: BLE001 - a library's surprise must not become a traceback
        label = _LABELS.get(fmt, "")
        raise ImportFailure(name, f"could not read this {label + ' ' if label else ''}file "
                                  "(it may be damaged)",
                            traceback.format_exc()) from None
    chars = len(imported.text) if imported.utf8 is None else imported.chars
    if chars > max_chars:
        raise text_too_long(name, chars, max_chars)
    return _finish(imported, PurePath(name.replace("\\", "/")).stem or name)


def _finish(imported: ImportedText, fallback_title: str) -> ImportedText:
    """House rules every importer's result obeys: a title, a known genre, clean fields."""
    meta = imported.metadata
    if clean_line(meta.title):
        meta.title = trim_title(meta.title)
    elif imported.utf8 is not None:  # the first line, decoded alone
        meta.title = first_line_title(utf8_first_line(imported.utf8), fallback_title)
    else:
        meta.title = first_line_title(imported.text, fallback_title)
    meta.authors = [clean_line(author) for author in meta.authors if clean_line(author)]
    meta.outlet = clean_line(meta.outlet)
    if meta.genre not in GENRES:
        meta.genre = "other"
    return imported


def utf8_first_line(utf8: bytes | memoryview) -> str:
    """``first_line`` of a text given as UTF-8 (the bytes up to its first line end, decoded).

    A line end is one ASCII byte, never part of another character. Of a long first line only
    the start is decoded when that start alone, stripped, is already longer than a title.
    """
    view = memoryview(utf8).cast("B")
    end = _LINE_END_RE.search(view)
    stop = end.start() if end else len(view)
    cut = 4 * (TITLE_MAX_CHARS + 1)  # bytes of more characters than a title may have
    while cut < stop and view[cut] & 0xC0 == 0x80:  # not inside a character
        cut -= 1
    if cut < stop:
        start = str(view[:cut], "utf-8", "replace")
        if len(start.strip()) > TITLE_MAX_CHARS:  # so is the whole line's: never a title
            return start
    return str(view[:stop], "utf-8", "replace")


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
        imported.metadata.title = trim_title(first_line(imported.text))
    return _finish(imported, PASTED_NAME)


def iter_importable(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to import: folders expanded recursively (sorted; hidden entries, files of other
    types, links out of the folder and special files left out); files named explicitly are kept
    whatever their type, so they get a reason. :func:`expand_sources` also says what was left out.
    """
    for source in expand_sources(paths):
        if not source.skipped:
            yield source.path


def expand_sources(paths: Iterable[Path]) -> Iterator[Source]:
    """Every path the user gave, folders expanded: files to import, and what is not, and why."""
    return expand([Path(p) for p in paths], set(EXTENSIONS))
