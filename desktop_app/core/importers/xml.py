"""Generic XML (TEI, JATS, NITF, DocBook, home-made): paragraphs from the body's block elements.

The vocabulary is unknown, so structure decides: an element whose parent holds only elements is a
block (a paragraph of its own); an element inside running text is inline. XHTML goes to the HTML
importer.
"""

from __future__ import annotations

from lxml import etree

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers import html as html_importer
from desktop_app.core.importers._blocks import block_paragraphs, local_name, xml_is_block_factory
from desktop_app.core.importers._errors import FormatError, utf8_result
from desktop_app.core.importers._normalize import clean_line, iso_date, join_consumed, \
    map_language
from desktop_app.core.importers._safe import decode_markup, parse_xml

_INLINE = frozenset(
    "a abbr b code em emph foreign hi i name orgname persname placename ref rs span strong "
    "sub sup term u".split()
)
_BODY_NAMES = ("body", "text", "content")
_METADATA_CONTAINERS = frozenset({"teiheader", "front", "meta", "metadata", "info", "head"})
_TITLE_NAMES = ("article-title", "headline", "hl1", "title")
_AUTHOR_NAMES = frozenset({"author", "creator", "byline", "byttl"})
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def parse(data: bytes, name: str) -> ImportedText:
    """Import an XML file."""
    root = parse_xml(data, "the XML file")
    if local_name(root) == "html":
        return html_importer.import_markup(decode_markup(data))
    del data

    def elements():  # noqa: ANN202 - walked again for each question: no list of every element
        return (node for node in root.iter() if isinstance(node.tag, str))

    body = next((node for wanted in _BODY_NAMES for node in elements()
                 if local_name(node) == wanted and (wanted == "body" or len(node))), None)
    skip = frozenset() if body is not None else _METADATA_CONTAINERS
    paragraphs = block_paragraphs(body if body is not None else root,
                                  is_block=xml_is_block_factory(_INLINE), skip=skip)
    title = _first_text(elements, _TITLE_NAMES)
    if title and (not paragraphs or clean_line(paragraphs[0]).casefold() != title.casefold()):
        paragraphs.insert(0, title)
    metadata = Metadata(
        title=title,
        authors=_authors(elements),
        date=_date(elements),
        language=map_language(root.get(_XML_LANG) or _first_text(elements, ("language",))),
    )
    del root, body, elements  # the tree is freed before the text is joined
    joined = join_consumed(paragraphs, utf8_result.get())
    if not joined.done.has_word:
        raise FormatError("no text in the XML file")
    return joined.done.imported(metadata, "xml", [])


def _text_of(node: etree._Element) -> str:
    return clean_line("".join(node.itertext()))


def _first_text(elements, names: tuple[str, ...]) -> str:  # noqa: ANN001 - a node walker
    for wanted in names:
        for node in elements():
            if local_name(node) == wanted:
                text = _text_of(node)
                if text:
                    return text
    return ""


def _authors(elements) -> list[str]:  # noqa: ANN001
    authors: list[str] = []
    for node in elements():
        if local_name(node) in _AUTHOR_NAMES:
            text = _text_of(node)
            if text and len(text) <= 100 and text not in authors:
                authors.append(text)
    return authors[:10]


def _date(elements) -> str:  # noqa: ANN001
    for node in elements():
        if local_name(node) in {"date", "pubdate", "published", "date-published"}:
            found = iso_date(node.get("when") or node.get("iso-8601-date") or node.get("norm")
                             or _text_of(node))
            if found:
                return found
    return ""
