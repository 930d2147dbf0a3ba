"""EPUB: container.xml names the package (OPF); its spine gives the reading order of the chapters.

Chapters are XHTML, read with the HTML parser (which knows ``&nbsp;`` and friends without loading
a DTD), as a stream. A chapter the manifest names but the archive lacks is skipped, not fatal; a
chapter that is damaged is skipped with a warning naming it.
"""

from __future__ import annotations

import posixpath
from urllib.parse import unquote

from lxml import etree

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers._blocks import HTML_SKIP, local_name
from desktop_app.core.importers._errors import FormatError, check_text_size, utf8_result
from desktop_app.core.importers._html_stream import stream_page
from desktop_app.core.importers._normalize import JoinedParagraphs, clean_line, iso_date, \
    map_language
from desktop_app.core.importers._safe import decode_markup, parse_xml
from desktop_app.core.importers._zip import SafeZip

_CHAPTER_TYPES = {"application/xhtml+xml", "text/html", "application/xml", "text/xml", ""}


def parse(data: bytes, name: str) -> ImportedText:
    """Import an EPUB book or article collection."""
    archive = SafeZip(data, "EPUB")
    del data
    container = parse_xml(archive.read("META-INF/container.xml"), "the container file",
                          "damaged EPUB")
    rootfile = next((node.get("full-path") for node in container.iter()
                     if local_name(node) == "rootfile" and node.get("full-path")), None)
    if not rootfile:
        raise FormatError("not a valid EPUB (container.xml names no package file)")
    package = parse_xml(archive.read(rootfile), "the package file", "damaged EPUB")
    base = posixpath.dirname(rootfile)
    paragraphs = JoinedParagraphs(utf8_result.get())  # joined as they come: no list of all
    damaged: list[str] = []
    size = 0
    for href in _spine_hrefs(package):
        member = posixpath.normpath(posixpath.join(base, unquote(href.split("#", 1)[0])))
        if archive.has(member):
            try:
                chapter = _chapter_paragraphs(archive.read(member))
            except FormatError as exc:
                if "zip bomb" in exc.reason:
                    raise
                damaged.append(posixpath.basename(member))
                continue
            size += paragraphs.extend(chapter)
            del chapter
            check_text_size(size)
    paragraphs.finish()
    if not paragraphs.done.has_word:
        raise FormatError("no text in the EPUB's chapters")
    warnings = []
    if damaged:
        shown = ", ".join(damaged[:3]) + (f" and {len(damaged) - 3} more" if len(damaged) > 3
                                          else "")
        warnings.append(f"{len(damaged)} damaged chapter(s) skipped: {shown}")
    return paragraphs.done.imported(_metadata(package), "epub", warnings)


def _children(node: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in node.iter() if local_name(child) == name]


def _spine_hrefs(package: etree._Element) -> list[str]:
    """Chapter paths in reading order (``linear="no"`` extras such as covers left out)."""
    manifest = {
        item.get("id"): (item.get("href") or "", item.get("media-type") or "")
        for item in _children(package, "item")
    }
    hrefs: list[str] = []
    for itemref in _children(package, "itemref"):
        if itemref.get("linear") == "no":
            continue
        href, media_type = manifest.get(itemref.get("idref"), ("", ""))
        if href and media_type in _CHAPTER_TYPES:
            hrefs.append(href)
    return hrefs


def _chapter_paragraphs(raw: bytes) -> list[str]:
    return stream_page(decode_markup(raw), skip=HTML_SKIP, boilerplate=False).paragraphs


def _metadata(package: etree._Element) -> Metadata:
    def values(name: str) -> list[str]:
        return [text for text in (clean_line("".join(node.itertext()))
                                  for node in _children(package, name)) if text]

    titles, dates, languages = values("title"), values("date"), values("language")
    return Metadata(
        title=titles[0] if titles else "",
        authors=values("creator"),
        date=iso_date(dates[0]) if dates else "",
        language=map_language(languages[0]) if languages else "",
    )
