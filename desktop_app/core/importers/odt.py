"""OpenDocument ``.odt``: headings and paragraphs of content.xml, metadata from meta.xml.

Footnotes, comments and the deleted text kept for tracked changes are left out; ``text:s``
(repeated spaces) and tabs become spaces. content.xml is read as a stream, one top-level block at a
time; damage half-way keeps the blocks before it, with a warning.
"""

from __future__ import annotations

from lxml import etree

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers._errors import FormatError, check_text_size, utf8_result
from desktop_app.core.importers._normalize import JoinedParagraphs, clean_line, iso_date, \
    map_language, split_authors
from desktop_app.core.importers._safe import XML_OPTIONS, parse_xml, release, xml_failure
from desktop_app.core.importers._zip import SafeZip

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"
_BLOCKS = (f"{TEXT}p", f"{TEXT}h")
_LEFT_OUT = frozenset({f"{TEXT}note", f"{OFFICE}annotation", f"{TEXT}tracked-changes",
                       f"{DRAW}frame", f"{TEXT}bookmark-ref"})


def parse(data: bytes, name: str) -> ImportedText:
    """Import an OpenDocument text."""
    archive = SafeZip(data, "ODT")
    del data
    paragraphs = JoinedParagraphs(utf8_result.get())  # joined as they come: no list of all
    warnings: list[str] = []
    size = 0
    try:
        for block in _top_blocks(archive):
            size += paragraphs.extend(_block_lines(block))
            check_text_size(size)
            release(block)
    except FormatError as damage:
        if not paragraphs.count or "zip bomb" in damage.reason:
            raise
        count = f"{paragraphs.count} paragraph" + ("s" if paragraphs.count > 1 else "")
        warnings.append(f"the document part is damaged after {count}; the rest could not be "
                        "read")
    paragraphs.finish()
    if not paragraphs.done.has_word:
        raise FormatError("no text in the OpenDocument file")
    try:
        metadata = _meta(archive)
    except FormatError:
        metadata = Metadata()
        warnings.append("the document properties (title, author, date) are damaged; ignored")
    return paragraphs.done.imported(metadata, "odt", warnings)


def _top_blocks(archive: SafeZip):  # noqa: ANN202 - an iterator of elements
    """Headings and paragraphs that are not inside another block or a left-out element."""
    blocks = left_out = 0
    try:
        for event, node in etree.iterparse(archive.stream("content.xml"),
                                           events=("start", "end"), **XML_OPTIONS):
            tag = node.tag
            if event == "start":
                if tag in _BLOCKS:
                    blocks += 1
                elif tag in _LEFT_OUT:
                    left_out += 1
                continue
            if tag in _LEFT_OUT:
                left_out -= 1
            if tag in _BLOCKS:
                blocks -= 1
                if blocks == 0 and not left_out:
                    yield node
                    continue
            if blocks == 0:
                release(node)
    except etree.LxmlError as exc:
        raise xml_failure(exc, "the document part", "damaged ODT") from None


def _block_lines(block: etree._Element) -> list[str]:
    """Text of one ``text:p``/``text:h``; ``text:line-break`` starts a new line."""
    lines: list[str] = []
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        nonlocal parts
        if node.text:
            parts.append(node.text)
        for child in node:
            tag = child.tag
            if tag == f"{TEXT}s":
                count = child.get(f"{TEXT}c", "1")
                parts.append(" " * (min(int(count), 100) if count.isdigit() else 1))
            elif tag == f"{TEXT}tab":
                parts.append(" ")
            elif tag == f"{TEXT}line-break":
                lines.append("".join(parts))
                parts = []
            elif isinstance(tag, str) and tag not in _LEFT_OUT:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(block)
    lines.append("".join(parts))
    return [line for line in lines if line.strip()]


def _meta(archive: SafeZip) -> Metadata:
    raw = archive.read_optional("meta.xml")
    if raw is None:
        return Metadata()
    meta = parse_xml(raw, "the document properties", "damaged ODT")

    def field(tag: str) -> str:
        node = meta.find(f".//{tag}")
        return clean_line(node.text or "") if node is not None else ""

    return Metadata(
        title=field(f"{DC}title"),
        authors=split_authors(field(f"{DC}creator") or field(f"{META}initial-creator")),
        date=iso_date(field(f"{META}creation-date") or field(f"{DC}date")),
        language=map_language(field(f"{DC}language")),
    )
