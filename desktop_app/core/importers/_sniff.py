"""Decide which importer reads a file: strong content signatures first, then the extension.

A ``.txt`` that is really a saved web page, a ``.docx`` that is really a PDF, and files with no
extension all go to the importer their bytes call for.
"""

from __future__ import annotations

import codecs
import re

from desktop_app.core.importers._errors import FormatError
from desktop_app.core.importers._zip import SafeZip, zip_kind

EXTENSIONS: dict[str, str] = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "xml",
    ".docx": "docx",
    ".odt": "odt",
    ".epub": "epub",
    ".pdf": "pdf",
}
_ZIP_FORMATS = {"docx", "odt", "epub"}
_HTML_START_RE = re.compile(r"^(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_HTML_TAG_RE = re.compile(r"<(?:head|body|meta|title|article|div|p)[\s>]", re.I)
_UNSUPPORTED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"{\\rtf", "RTF documents are not supported; save it as DOCX, ODT or plain text"),
    (b"\xd0\xcf\x11\xe0", "old Office (.doc) files are not supported; save it as DOCX or ODT"),
    (b"\x89PNG", "this is a PNG image, not a text"),
    (b"\xff\xd8\xff", "this is a JPEG image, not a text"),
    (b"GIF8", "this is a GIF image, not a text"),
    (b"\x1f\x8b", "this is a gzip archive; unpack it first"),
    (b"7z\xbc\xaf", "this is a 7-Zip archive; unpack it first"),
    (b"Rar!", "this is a RAR archive; unpack it first"),
)


def extension_of(name: str) -> str:
    """The lower-case extension of a file name ("" when it has none)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    if "." not in base.lstrip("."):
        return ""
    return "." + base.rsplit(".", 1)[-1].lower()


def _markup_head(data: bytes) -> str:
    """The first characters of the file as text, good enough to spot markup."""
    head = data[:2048]
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(encoding, "ignore").lstrip()
    if head[1:2] == b"\x00" and head[0:1] != b"\x00":
        return head.decode("utf-16-le", "ignore").lstrip()
    if head[0:1] == b"\x00" and head[1:2] != b"\x00":
        return head.decode("utf-16-be", "ignore").lstrip()
    return head.decode("latin-1").lstrip()


def sniff(data: bytes) -> str | None:
    """The format the bytes themselves announce, or None when they announce nothing."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return zip_kind(data) or "zip"
    head = _markup_head(data)
    if head.startswith("<?xml"):
        lowered = head.lower()
        return "html" if "<html" in lowered or "xhtml" in lowered else "xml"
    if _HTML_START_RE.match(head):
        return "html"
    if head.startswith("<") and _HTML_TAG_RE.search(head):
        return "html-like"  # markup with HTML tags, but no <html> or doctype to prove it
    return None


def choose_format(data: bytes, name: str) -> str:
    """The importer for ``data`` named ``name``; :class:`FormatError` if none can read it."""
    ext = extension_of(name)
    by_extension = EXTENSIONS.get(ext)
    sniffed = sniff(data)
    if sniffed in {"pdf", *_ZIP_FORMATS}:
        return sniffed
    if sniffed == "zip":
        if by_extension in _ZIP_FORMATS:
            return by_extension  # its importer names what is missing or damaged
        SafeZip(data, "ZIP")  # a damaged archive says so
        raise FormatError("a ZIP archive that is not a DOCX, ODT or EPUB document")
    if sniffed == "html" and by_extension in {None, "txt", "md", "xml"}:
        return "html"
    if sniffed == "html-like" and by_extension in {None, "txt"}:
        return "html"
    if sniffed == "xml" and by_extension in {None, "txt"}:
        return "xml"
    for magic, reason in _UNSUPPORTED_MAGIC:
        if data.startswith(magic):
            raise FormatError(reason)
    if by_extension:
        return by_extension
    if ext:
        raise FormatError(f"unsupported file type {ext} (readable: .txt, .md, .html, .xml, "
                          ".docx, .odt, .epub, .pdf)")
    return "txt"
