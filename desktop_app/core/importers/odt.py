"""OpenDocument ``.odt``: headings and paragraphs of content.xml, metadata from meta.xml.

Footnotes, comments and the deleted text kept for tracked changes are left out; ``text:s``
(repeated spaces) and tabs become spaces.
"""

from __future__ import annotations

from lxml import etree

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers._normalize import clean_line, iso_date, join_paragraphs, \
    map_language, require_text, split_authors
from desktop_app.core.importers._safe import parse_xml
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
    content = parse_xml(archive.read("content.xml"), "content.xml")
    body = content.find(f"{OFFICE}body")
    paragraphs: list[str] = []
    for block in (body if body is not None else content).iter(*_BLOCKS):
        if any(a.tag in _BLOCKS or a.tag in _LEFT_OUT for a in block.iterancestors()):
            continue
        paragraphs.extend(_block_lines(block))
    text = require_text(join_paragraphs(paragraphs), "no text in the OpenDocument file")
    return ImportedText(text=text, metadata=_meta(archive), format="odt")


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
    meta = parse_xml(raw, "meta.xml")

    def field(tag: str) -> str:
        node = meta.find(f".//{tag}")
        return clean_line(node.text or "") if node is not None else ""

    return Metadata(
        title=field(f"{DC}title"),
        authors=split_authors(field(f"{DC}creator") or field(f"{META}initial-creator")),
        date=iso_date(field(f"{META}creation-date") or field(f"{DC}date")),
        language=map_language(field(f"{DC}language")),
    )
