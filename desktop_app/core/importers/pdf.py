"""PDF: the text layer as pypdf extracts it, with the hard-wrapped lines joined into paragraphs.

A PDF without a text layer (a scan) cannot be read without OCR, and an encrypted one without its
password; both are refused with a reason the user can act on.
"""

from __future__ import annotations

import io
import logging
import re
from typing import TYPE_CHECKING

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers._errors import FormatError
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


def parse(data: bytes, name: str) -> ImportedText:
    """Import a PDF's text layer."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # it logs every repair it makes
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            _decrypt(reader)
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        root = reader.trailer.get("/Root")
        language = str(root.get_object().get("/Lang", "")) if root is not None else ""
    except FormatError:
        raise
    except DependencyError:
        raise FormatError("encrypted PDF (AES) cannot be opened; save an unprotected copy")
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        detail = str(exc).split("\n", 1)[0] or type(exc).__name__
        raise FormatError(f"damaged or unreadable PDF ({detail})") from None
    lines = sub_windowed(_PAGE_NUMBER_RE, "", normalize_newlines("\n".join(pages)),
                         _LINE_START_RE)
    text = require_text(layout_text(lines), NO_TEXT_LAYER)
    title = clean_line(str(info.title or "")) if info else ""
    metadata = Metadata(
        title="" if _JUNK_TITLE_RE.search(title) else title,
        authors=split_authors(str(info.author or "")) if info else [],
        date=iso_date(str(info.get("/CreationDate", ""))) if info else "",
        language=map_language(language),
    )
    return ImportedText(text=text, metadata=metadata, format="pdf")


def _decrypt(reader: PdfReader) -> None:
    """Open a PDF that is only locked against editing (empty user password); refuse the rest."""
    try:
        opened = reader.decrypt("")
    except NotImplementedError as exc:
        raise FormatError(f"encrypted PDF cannot be opened ({exc})") from None
    if not opened:
        raise FormatError("encrypted PDF (password protected); save an unprotected copy")
