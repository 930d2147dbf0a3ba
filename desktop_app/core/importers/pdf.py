"""PDF: the text layer as PDFium extracts it, with the hard-wrapped lines joined into paragraphs.

PDFium (Chrome's PDF engine, through pypdfium2, whose wheels bundle it) reads text several times
faster than a pure-Python reader, which is what keeps a 50 MB PDF within issue 13's import budget.
It is C code: imports run in the import worker (core/import_worker.py), so a crash inside it fails
that file only. pypdfium2 is not thread-safe; imports never parse two files at once in one process.

A PDF without a text layer (a scan) cannot be read without OCR, and an encrypted one without its
password; both are refused with a reason the user can act on. A page that cannot be loaded is
skipped and named in a warning, so a damaged PDF gives what is readable and says what is not.
The pages' text is cleaned and laid out a piece at a time as it is read (``_LaidOut``), so the
raw text and its cleaned copies are never all held at once.
"""

from __future__ import annotations

import ctypes
import re
from typing import TYPE_CHECKING

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers._errors import FormatError, check_text_size, utf8_result
from desktop_app.core.importers._layout import layout_text, sub_windowed
from desktop_app.core.importers._normalize import BlankLineJoined, clean_line, iso_date, \
    map_language, split_authors
from desktop_app.core.importers.text import normalize_newlines

if TYPE_CHECKING:
    from pypdfium2 import PdfDocument

NO_TEXT_LAYER = "PDF has no text layer (scanned images?); run OCR first"
# A line that is only a page number ("12", "- 12 -", "Sida 3 av 9"): removed with its line end.
_PAGE_NUMBER_RE = re.compile(r"^[^\S\n]*(?:(?:-[^\S\n]*)?\d{1,4}(?:[^\S\n]*-)?[^\S\n]*|"
                             r"(?:sida|page)[^\S\n]+\d+[^\n]*)(?:\n|$)", re.I | re.M)
_LINE_START_RE = re.compile(r"(?<=\n)")
PIECE_CHARS = 1 << 18  # raw text cleaned and laid out this much at a time
_JUNK_TITLE_RE = re.compile(r"^(?:microsoft \w+ - |untitled|namnlös)|\.(?:docx?|odt|pdf|indd)$",
                            re.I)

def parse(data: bytes, name: str) -> ImportedText:
    """Import a PDF's text layer."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)  # an empty user password ("no editing" locks) opens
    except pdfium.PdfiumError as exc:
        raise _open_error(exc) from None
    try:
        return _read(document)
    finally:
        document.close()


def _open_error(exc: Exception) -> FormatError:
    import pypdfium2.raw as pdfium_c

    code = getattr(exc, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return FormatError("encrypted PDF (password protected); save an unprotected copy")
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return FormatError("encrypted PDF with an unsupported kind of encryption; save an "
                           "unprotected copy", str(exc))
    return FormatError("damaged PDF: its structure cannot be read", str(exc))


def _read(document: PdfDocument) -> ImportedText:
    import pypdfium2 as pdfium

    count = len(document)
    laid_out = _LaidOut(utf8_result.get())
    skipped: list[int] = []
    size = 0
    last_read = -1
    for number in range(count):
        try:
            page = document[number]
        except pdfium.PdfiumError:
            skipped.append(number + 1)
            continue
        try:
            textpage = page.get_textpage()
            try:
                page_text = textpage.get_text_range()
            finally:
                textpage.close()
        except pdfium.PdfiumError:
            skipped.append(number + 1)
            continue
        finally:
            page.close()
        size += len(page_text)
        check_text_size(size)
        if last_read >= 0:
            laid_out.add("\n")  # the line end between two pages read
        laid_out.add(page_text)
        last_read = number
    if skipped and len(skipped) == count:
        raise FormatError("damaged PDF: none of its pages can be read")
    laid_out.finish()
    if not laid_out.done.has_word:
        raise FormatError(NO_TEXT_LAYER)
    info = _document_info(document)
    title = clean_line(info.get("Title", ""))
    metadata = Metadata(
        title="" if _JUNK_TITLE_RE.search(title) else title,
        authors=split_authors(info.get("Author", "")),
        date=iso_date(info.get("CreationDate", "")),
        language=map_language(_language(document)),
    )
    warnings = [f"damaged PDF: {_pages(skipped)} of {count} could not be read and "
                f"{'was' if len(skipped) == 1 else 'were'} skipped"] if skipped else []
    return laid_out.done.imported(metadata, "pdf", warnings)


class _LaidOut:
    """The pages' text normalized, without page-number lines and laid out, a piece at a time.

    It gives what the whole text would give, without holding it whole in several copies: raw
    text is cleaned up to its last line end (the normalization and the page-number lines are
    rules about characters and whole lines), and cleaned text is laid out up to its last blank
    line (the layout's rules stay inside a block between blank lines).
    """

    def __init__(self, utf8: bool = False) -> None:
        self.raw: list[str] = []  # not yet cleaned
        self.raw_size = 0
        self.wait_for = PIECE_CHARS  # raw characters gathered before cleaning
        self.cleaned: list[str] = []  # cleaned, not yet laid out (no blank line in it yet)
        self.done = BlankLineJoined(utf8)  # laid-out pieces (UTF-8 with ``utf8``)

    def add(self, raw: str) -> None:
        self.raw.append(raw)
        self.raw_size += len(raw)
        if self.raw_size >= self.wait_for:
            self._clean(final=False)

    def finish(self) -> str | bytearray:
        self._clean(final=True)
        self._lay_out()
        return self.done.finish()

    def _clean(self, *, final: bool) -> None:
        raw = "".join(self.raw)
        self.raw.clear()
        rest = ""
        if not final:
            cut = raw.rfind("\n") + 1  # after a "\n": no "\r\n" and no line is split
            if cut == 0:  # one long line so far: wait for twice as much (linear in all)
                self.raw.append(raw)
                self.wait_for = 2 * len(raw)
                return
            self.wait_for = PIECE_CHARS
            raw, rest = raw[:cut], raw[cut:]
        if rest:
            self.raw.append(rest)
        self.raw_size = len(rest)
        cleaned = sub_windowed(_PAGE_NUMBER_RE, "",
                               normalize_newlines(raw).replace("\ufffe", "-\n"),
                               _LINE_START_RE)
        del raw
        blank = cleaned.rfind("\n\n")
        if blank < 0 and cleaned.startswith("\n") and self.cleaned and \
                self.cleaned[-1].endswith("\n"):
            blank = 0  # the blank line straddles the two pieces: cut before this one
            self.cleaned[-1] = self.cleaned[-1][:-1]
            cleaned = "\n" + cleaned
        if blank < 0:
            self.cleaned.append(cleaned)
            return
        rest = cleaned[blank + 2:]
        self.cleaned.append(cleaned[:blank])
        del cleaned
        self._lay_out()
        self.cleaned = [rest]

    def _lay_out(self) -> None:
        """Lay out the cleaned pieces gathered (one or more whole blocks) and forget them."""
        self.done.add(layout_text(self._take_cleaned()))

    def _take_cleaned(self) -> str:
        """The cleaned pieces joined, no longer held here: the layout's first copy frees them
        (a document without blank lines is one block, laid out whole)."""
        text = "".join(self.cleaned)
        self.cleaned = []
        return text


def _pages(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:8]) + (" …" if len(numbers) > 8 else "")
    return f"page {shown}" if len(numbers) == 1 else f"{len(numbers)} pages ({shown})"


def _document_info(document: PdfDocument) -> dict[str, str]:
    """Title, author and creation date of the information dictionary; empty when damaged."""
    import pypdfium2 as pdfium

    try:
        found = document.get_metadata_dict(skip_empty=True)
    except (pdfium.PdfiumError, UnicodeError, ValueError):
        return {}
    return {key: str(found.get(key, "") or "") for key in ("Title", "Author", "CreationDate")}


def _language(document: PdfDocument) -> str:
    """The catalog's /Lang (UTF-16LE with a terminating NUL from PDFium); empty when absent."""
    import pypdfium2.raw as pdfium_c

    needed = pdfium_c.FPDFCatalog_GetLanguage(document, None, 0)
    if needed <= 2 or needed > 1024:  # absent, or no language tag of any sensible length
        return ""
    buffer = ctypes.create_string_buffer(needed)
    pdfium_c.FPDFCatalog_GetLanguage(document, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)),
                                     needed)
    return buffer.raw[:needed - 2].decode("utf-16-le", errors="replace")
