"""Parsers that cannot be turned against the reader: no external entities, no DTDs, no network.

Every XML and HTML byte string any importer reads goes through here, so the XXE / billion-laughs
protection lives in one place.
"""

from __future__ import annotations

import codecs
import re

from lxml import etree, html as lxml_html

from desktop_app.core.importers._errors import FormatError
from desktop_app.core.importers.text import decode_text

_XML_DECL_RE = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_META_CHARSET_RE = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
_PROLOG_RE = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>)?",
                        re.I | re.S)
_LXML_WHERE_RE = re.compile(r",? \(<string>, line \d+\)$")
_LEGACY_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                   "us-ascii": "cp1252", "ascii": "cp1252"}  # as browsers read them


def xml_parser() -> etree.XMLParser:
    """A strict XML parser with entity expansion, DTD loading and network access all off."""
    return etree.XMLParser(**XML_OPTIONS)


# Options of every XML parse: no entity expansion, no DTD, no network; huge_tree so that a long
# paragraph is not refused (nothing is expanded, so it opens no door to billion laughs).
XML_OPTIONS = {"resolve_entities": False, "no_network": True, "huge_tree": True,
               "load_dtd": False, "dtd_validation": False, "remove_comments": True,
               "remove_pis": True}


def xml_failure(exc: etree.LxmlError, what: str, damaged: str | None = None) -> FormatError:
    """A user's reason for lxml's complaint about ``what``; lxml's words go to the detail.

    ``damaged``: the prefix for a part of a container ("damaged DOCX"), which is corrupt rather
    than "not well-formed" to its user.
    """
    detail = _LXML_WHERE_RE.sub("", str(exc).split("\n", 1)[0])
    lowered = detail.lower()
    if "amplification" in lowered or ("entity" in lowered and "loop" in lowered):
        return FormatError(f"refused: explosive entity expansion in {what} "
                           "(a billion-laughs document)", detail)
    if "depth" in lowered:
        reason = f"{what} is nested too deeply to read"
    elif damaged:
        reason = f"{what} is corrupt"
    else:
        line = getattr(exc, "lineno", None)
        reason = f"{what} is not well-formed{'' if 'XML' in what else ' XML'}" + \
            (f" (line {line})" if line else "")
    return FormatError(f"{damaged}: {reason}" if damaged else reason, detail)


def parse_xml(data: bytes, what: str = "the file", damaged: str | None = None) -> etree._Element:
    """Parse XML bytes safely; :class:`FormatError` naming ``what`` when they are not XML."""
    try:
        root = etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as exc:
        raise xml_failure(exc, what, damaged) from None
    if root is None:
        raise FormatError(f"{what} has no XML content")
    return root


def release(node: etree._Element) -> None:
    """Forget an element read in full during ``iterparse``, and the siblings before it."""
    node.clear()
    parent = node.getparent()
    if parent is not None:
        while node.getprevious() is not None:
            del parent[0]


def html_parser() -> lxml_html.HTMLParser:
    # huge_tree: a paragraph of more than 10 MB is still a paragraph; the HTML parser expands no
    # declared entities, so this opens no door to billion laughs.
    return lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                                huge_tree=True, default_doctype=False)


def strip_prolog(markup: str) -> str:
    """Drop the XML declaration and DOCTYPE (with any internal entity subset) of HTML text.

    The HTML parser neither needs nor understands them: an internal subset would otherwise show
    up as text, and entities declared there must never be expanded anyway.
    """
    return _PROLOG_RE.sub("", markup, count=1)


def parse_html(markup: str) -> etree._Element | None:
    """Parse decoded HTML/XHTML text (HTML rules: knows &nbsp; etc., never loads a DTD)."""
    markup = strip_prolog(markup)
    if not markup.strip():
        return None
    try:
        return lxml_html.document_fromstring(markup, parser=html_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def decode_markup(data: bytes) -> str:
    """Decode HTML/XML bytes: byte-order mark, then the declared charset if it holds, else sniff."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or \
            b"\x00" in data[:4096]:
        return decode_text(data)
    head = data[:4096]
    match = _XML_DECL_RE.match(head) or _META_CHARSET_RE.search(head)
    if match:
        declared = match.group(1).decode("ascii").lower()
        declared = _LEGACY_ALIASES.get(declared, declared)
        try:
            codecs.lookup(declared)
            if "16" not in declared and "32" not in declared:  # those need a BOM or NUL check
                return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common (cp1252 pages that claim UTF-8)
    return decode_text(data)
