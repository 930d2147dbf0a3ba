"""PDF: the text layer as pypdf extracts it, with the hard-wrapped lines joined into paragraphs.

A PDF without a text layer (a scan) cannot be read without OCR, and an encrypted one without its
password; both are refused with a reason the user can act on. A page that cannot be read is
skipped and named in a warning, so a damaged PDF gives what is readable and says what is not.
"""

from __future__ import annotations

import io
import logging
import re
from typing import TYPE_CHECKING

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers._errors import FormatError, check_text_size
from desktop_app.core.importers._layout import layout_text, sub_windowed
from desktop_app.core.importers._normalize import clean_line, iso_date, map_language, \
    require_text, split_authors
from desktop_app.core.importers.text import normalize_newlines

if TYPE_CHECKING:
    from pypdf import PdfReader

NO_TEXT_LAYER = "PDF has no text layer (scanned images?); run OCR first"
# A line that is only a page number ("12", "- 12 -", "Sida 3 av 9"): removed with its line end.
_PAGE_NUMBER_RE = re.compile(r"^[^\S\n]*(?:(?:-[^\S\n]*)?\d{1,4}(?:[^\S\n]*-)?[^\S\n]*|"
                             r"(?:sida|page)[^\S\n]+\d+[^\n]*)(?:\n|$)", re.I | re.M)
_LINE_START_RE = re.compile(r"(?<=\n)")
_JUNK_TITLE_RE = re.compile(r"^(?:microsoft \w+ - |untitled|namnlös)|\.(?:docx?|odt|pdf|indd)$",
                            re.I)


_READ_ERRORS = (ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
                AssertionError, ZeroDivisionError, OverflowError, LookupError, EOFError,
                NotImplementedError, UnicodeError, ArithmeticError)


def parse(data: bytes, name: str) -> ImportedText:
    """Import a PDF's text layer."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # it logs every repair it makes
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            _decrypt(reader)
        page_list = reader.pages
        count = len(page_list)
    except FormatError:
        raise
    except DependencyError:
        raise FormatError("encrypted PDF (AES) cannot be opened; save an unprotected copy")
    except (PyPdfError, *_READ_ERRORS) as exc:
        raise FormatError("damaged PDF: its structure cannot be read",
                          f"{type(exc).__name__}: {exc}") from None
    pages: list[str] = []
    skipped: list[int] = []
    size = 0
    for number in range(count):
        try:
            page_text = page_list[number].extract_text() or ""
        except (PyPdfError, *_READ_ERRORS):
            skipped.append(number + 1)
            continue
        pages.append(page_text)
        size += len(page_text)
        check_text_size(size)
    if skipped and len(skipped) == count:
        raise FormatError("damaged PDF: none of its pages can be read")
    lines = sub_windowed(_PAGE_NUMBER_RE, "", normalize_newlines("\n".join(pages)),
                         _LINE_START_RE)
    text = require_text(layout_text(lines), NO_TEXT_LAYER)
    info, language = _document_info(reader)
    title = clean_line(str(info.get("/Title", "") or ""))
    metadata = Metadata(
        title="" if _JUNK_TITLE_RE.search(title) else title,
        authors=split_authors(str(info.get("/Author", "") or "")),
        date=iso_date(str(info.get("/CreationDate", "") or "")),
        language=map_language(language),
    )
    warnings = [f"damaged PDF: {_pages(skipped)} of {count} could not be read and "
                f"{'was' if len(skipped) == 1 else 'were'} skipped"] if skipped else []
    return ImportedText(text=text, metadata=metadata, format="pdf", warnings=warnings)


def _pages(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:8]) + (" …" if len(numbers) > 8 else "")
    return f"page {shown}" if len(numbers) == 1 else f"{len(numbers)} pages ({shown})"


def _document_info(reader: PdfReader) -> tuple[dict, str]:
    """The document information dictionary and the catalog's /Lang; empty when damaged."""
    from pypdf.errors import PyPdfError

    info: dict = {}
    language = ""
    try:
        found = reader.metadata
        if found:
            info = {key: found.get(key) for key in ("/Title", "/Author", "/CreationDate")}
    except (PyPdfError, *_READ_ERRORS):
        pass
    try:
        root = reader.trailer.get("/Root")
        language = str(root.get_object().get("/Lang", "")) if root is not None else ""
    except (PyPdfError, *_READ_ERRORS):
        pass
    return info, language


def _decrypt(reader: PdfReader) -> None:
    """Open a PDF that is only locked against editing (empty user password); refuse the rest."""
    try:
        opened = reader.decrypt("")
    except NotImplementedError as exc:
        raise FormatError("encrypted PDF with an unsupported kind of encryption; save an "
                          "unprotected copy", str(exc)) from None
    if not opened:
        raise FormatError("encrypted PDF (password protected); save an unprotected copy")
