"""Word ``.docx``: paragraphs of word/document.xml; title/author/date from docProps/core.xml.

Deleted tracked changes (``w:delText``) and field codes are left out; text boxes are read once
(their ``mc:Fallback`` copy is skipped).
"""

from __future__ import annotations

from lxml import etree

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers._normalize import clean_line, genre_from_labels, iso_date, \
    join_paragraphs, map_language, require_text, split_authors
from desktop_app.core.importers._safe import parse_xml
from desktop_app.core.importers._zip import SafeZip

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"
CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_TITLE_STYLES = {"title", "rubrik", "heading1", "rubrik1"}


def parse(data: bytes, name: str) -> ImportedText:
    """Import a Word document."""
    archive = SafeZip(data, "DOCX")
    document = parse_xml(archive.read("word/document.xml"), "word/document.xml")
    body = document.find(f"{W}body")
    if body is None:
        body = document
    paragraphs: list[str] = []
    styled_title = ""
    for paragraph in body.iter(f"{W}p"):
        if _inside_fallback(paragraph):
            continue
        lines = _paragraph_lines(paragraph)
        paragraphs.extend(lines)
        if not styled_title and lines and _style(paragraph) in _TITLE_STYLES:
            styled_title = clean_line(lines[0])
    text = require_text(join_paragraphs(paragraphs), "no text in the Word document")
    metadata = _core_metadata(archive)
    metadata.title = metadata.title or styled_title
    metadata.language = metadata.language or _default_language(archive, document)
    return ImportedText(text=text, metadata=metadata, format="docx")


def _inside_fallback(node: etree._Element) -> bool:
    return any(ancestor.tag == MC_FALLBACK for ancestor in node.iterancestors())


def _owner(node: etree._Element) -> etree._Element | None:
    for ancestor in node.iterancestors(f"{W}p"):
        return ancestor
    return None


def _paragraph_lines(paragraph: etree._Element) -> list[str]:
    """The text of one ``w:p``; a manual line break (Shift+Enter) starts a new line."""
    lines: list[str] = []
    parts: list[str] = []
    for node in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"):
        if _owner(node) is not paragraph:
            continue  # belongs to a nested paragraph (text box): read on its own
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append(" ")
        elif node.tag == f"{W}noBreakHyphen":
            parts.append("-")
        elif node.get(f"{W}type") in (None, "textWrapping"):
            lines.append("".join(parts))
            parts = []
    lines.append("".join(parts))
    return [line for line in lines if line.strip()]


def _style(paragraph: etree._Element) -> str:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    return (style.get(f"{W}val") or "").lower() if style is not None else ""


def _core_metadata(archive: SafeZip) -> Metadata:
    raw = archive.read_optional("docProps/core.xml")
    if raw is None:
        return Metadata()
    core = parse_xml(raw, "docProps/core.xml")

    def field(tag: str) -> str:
        node = core.find(tag)
        return clean_line(node.text or "") if node is not None else ""

    return Metadata(
        title=field(f"{DC}title"),
        authors=split_authors(field(f"{DC}creator")),
        date=iso_date(field(f"{DCTERMS}created") or field(f"{DCTERMS}modified")),
        genre=genre_from_labels([field(f"{CP}category")]),
        language=map_language(field(f"{DC}language")),
    )


def _default_language(archive: SafeZip, document: etree._Element) -> str:
    """The language Word was told the text is in: style defaults, else the first run's."""
    raw = archive.read_optional("word/styles.xml")
    if raw is not None:
        styles = parse_xml(raw, "word/styles.xml")
        lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
        if lang is not None and map_language(lang.get(f"{W}val")):
            return map_language(lang.get(f"{W}val"))
    lang = document.find(f".//{W}lang")
    return map_language(lang.get(f"{W}val")) if lang is not None else ""
