"""Read a PDF's text back in tests with pypdf (a dependency already), so no test needs poppler-utils."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader


def pdf_pages(pdf: Path, *, layout: bool = True) -> list[str]:
    """The text of each page, NFKC-normalized so ligatures (ﬁ) read as letters.

    ``layout`` keeps the page's lines and columns in place, as ``pdftotext -layout`` does. Qt's PDF
    writer places words one by one, which pypdf reads as tabs between them: they become spaces.
    """
    mode = "layout" if layout else "plain"
    return [unicodedata.normalize("NFKC", page.extract_text(extraction_mode=mode) or "").replace("\t", " ")
            for page in PdfReader(str(pdf)).pages]


def pdf_text(pdf: Path, *, layout: bool = True) -> str:
    """The whole document's text, pages joined by form feeds (as pdftotext prints them)."""
    return "\f".join(pdf_pages(pdf, layout=layout))
