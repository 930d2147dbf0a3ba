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
from desktop_app.core.importers._normalize import clean_line, iso_date, join_paragraphs, \
    map_language, split_authors
from desktop_app.core.importers.text import normalize_newlines, paragraphs_from_layout

if TYPE_CHECKING:
    from pypdf import PdfReader

NO_TEXT_LAYER = "PDF has no text layer (scanned images?); run OCR first"
_PAGE_NUMBER_RE = re.compile(r"^\s*(?:-\s*)?\d{1,4}(?:\s*-)?\s*$|^\s*(?:sida|page)\s+\d+.*$", re.I)
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
    lines = [line for line in normalize_newlines("\n".join(pages)).split("\n")
             if not _PAGE_NUMBER_RE.match(line)]
    text = join_paragraphs(paragraphs_from_layout("\n".join(lines)))
    if not any(ch.isalnum() for ch in text):
        raise FormatError(NO_TEXT_LAYER)
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
