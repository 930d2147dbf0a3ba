"""Word ``.docx``: paragraphs of word/document.xml; title/author/date from docProps/core.xml.

Deleted tracked changes (``w:delText``) and field codes are left out; text boxes are read once
(their ``mc:Fallback`` copy is skipped). The document part is read as a stream, one top-level
paragraph at a time, so memory follows the text rather than the XML; a part that is damaged
half-way gives the paragraphs before the damage, with a warning saying the rest is missing.
"""

from __future__ import annotations

from lxml import etree

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers._errors import FormatError, check_text_size, utf8_result
from desktop_app.core.importers._normalize import JoinedParagraphs, clean_line, \
    genre_from_labels, iso_date, map_language, split_authors
from desktop_app.core.importers._safe import XML_OPTIONS, parse_xml, xml_failure
from desktop_app.core.importers._zip import SafeZip

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"
CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_P, _LANG, _VAL = f"{W}p", f"{W}lang", f"{W}val"
_T, _TAB, _NO_BREAK_HYPHEN, _TYPE = f"{W}t", f"{W}tab", f"{W}noBreakHyphen", f"{W}type"
_TEXT_TAGS = (_T, _TAB, f"{W}br", f"{W}cr", _NO_BREAK_HYPHEN)
_PPR, _PSTYLE = f"{W}pPr", f"{W}pStyle"
_WALKED = (_P, _LANG, MC_FALLBACK, _PSTYLE, *_TEXT_TAGS)
_TITLE_STYLES = {"title", "rubrik", "heading1", "rubrik1"}


def parse(data: bytes, name: str) -> ImportedText:
    """Import a Word document."""
    archive = SafeZip(data, "DOCX")
    del data
    paragraphs = JoinedParagraphs(utf8_result.get())
    styled_title = ""
    found_lang: list[str] = []
    warnings: list[str] = []
    size = 0
    try:
        for lines, inner, styled in _paragraphs(archive, found_lang):
            if not lines:
                continue
            size += paragraphs.extend(lines)
            check_text_size(size)
            if styled and not styled_title and _style(inner) in _TITLE_STYLES:
                styled_title = clean_line(lines[0])
    except FormatError as damage:
        if not paragraphs.count or "zip bomb" in damage.reason:
            raise
        count = f"{paragraphs.count} paragraph" + ("s" if paragraphs.count > 1 else "")
        warnings.append(f"the document part is damaged after {count}; the rest could not be "
                        "read")
    paragraphs.finish()
    if not paragraphs.done.has_word:
        raise FormatError("no text in the Word document")
    metadata = _optional(archive, _core_metadata, Metadata(), warnings,
                         "the document properties (title, author, date) are damaged; ignored")
    metadata.title = metadata.title or styled_title
    metadata.language = metadata.language or _optional(
        archive, _style_language, "", warnings, "") or (found_lang[0] if found_lang else "")
    return paragraphs.done.imported(metadata, "docx", warnings)


_Joined = JoinedParagraphs  # the name the tests know


class _Open:
    """A paragraph being read: its text elements in document order, and (a top-level one) the
    paragraphs nested in it (text boxes) in the order they start."""

    __slots__ = ("node", "skipped", "texts", "nested", "fallback", "styled")

    def __init__(self, skipped: bool, fallback: int) -> None:
        self.node: etree._Element | None = None
        self.skipped = skipped
        self.texts: list[etree._Element] = []
        self.nested: list[_Open] = []
        self.fallback = fallback
        self.styled = False  # a w:pStyle started inside it (and in no paragraph inside it)


def _paragraphs(archive: SafeZip, found_lang: list[str]):  # noqa: ANN202 - an iterator
    """``(lines, element, styled)`` of each paragraph with text to read, in reading order: a
    top-level ``w:p``, then the paragraphs nested in it (text boxes), each with its own text
    only; ``styled`` is false when no ``w:pStyle`` is in the paragraph (outside those nested in
    it), so ``_style`` would find none and need not look.

    One pass of the parser, which reports only the tags that matter here (paragraphs, text
    elements, ``w:lang``, ``w:pStyle``, ``mc:Fallback``): each text element is put with the innermost open
    paragraph (its owner) as it starts, so no element's ancestors are walked. Paragraphs inside
    a ``mc:Fallback`` (the copy of a text box for old readers) are passed over; the first
    ``w:lang`` seen is put in ``found_lang``. A top-level paragraph read in full is deleted with
    everything before it (see ``_release_read``), so memory follows the longest paragraph.
    """
    stack: list[_Open] = []
    fallback = 0
    released = None  # the parent of the paragraph last released
    try:
        for event, node in etree.iterparse(archive.stream("word/document.xml"),
                                           events=("start", "end"), tag=_WALKED,
                                           **XML_OPTIONS):
            tag = node.tag
            if event == "start":
                if tag == _P:
                    if stack:
                        top = stack[0]
                        inner = _Open(top.skipped or fallback > top.fallback, fallback)
                        top.nested.append(inner)
                        stack.append(inner)
                    else:
                        stack.append(_Open(fallback > 0, fallback))
                elif tag == MC_FALLBACK:
                    fallback += 1
                elif tag == _LANG:
                    if not found_lang and map_language(node.get(_VAL)):
                        found_lang.append(map_language(node.get(_VAL)))
                elif tag == _PSTYLE:
                    if stack:
                        stack[-1].styled = True
                elif stack and not stack[-1].skipped:
                    stack[-1].texts.append(node)  # a text element of the innermost paragraph
                continue
            if tag == _P:
                done = stack.pop()
                done.node = node
                if stack:
                    continue
                if not done.skipped:
                    yield _lines(done.texts), node, done.styled
                    for inner in done.nested:
                        if not inner.skipped:
                            yield _lines(inner.texts), inner.node, inner.styled
                released = _release_read(node, released)
            elif tag == MC_FALLBACK:
                fallback -= 1
    except etree.LxmlError as exc:
        raise xml_failure(exc, "the document part", "damaged DOCX") from None


def _release_read(node: etree._Element,
                  released: etree._Element | None = None) -> etree._Element | None:
    """Forget a top-level paragraph read in full, and everything before it in the document: its
    earlier siblings and those of each of its ancestors (tables, cells, content controls).

    ``released`` is the parent of the paragraph released before (the value returned then): when
    this one has the same parent, the ancestors above it lost their earlier siblings then, and
    have had none added since (the parser adds elements only after the open path), so only this
    paragraph's earlier siblings are left to delete. Gives this paragraph's parent.
    """
    node.clear()
    first = node.getparent()
    if first is not None and first is released:
        while node.getprevious() is not None:
            del first[0]
        return first
    while True:
        parent = node.getparent()
        if parent is None:
            return first
        while node.getprevious() is not None:
            del parent[0]
        node = parent


def _optional(archive: SafeZip, read, default, warnings: list[str], warning: str):  # noqa: ANN001,ANN202
    """An optional part's value, or ``default`` (with ``warning``) when the part is damaged."""
    try:
        return read(archive)
    except FormatError:
        if warning:
            warnings.append(warning)
        return default


def _lines(texts: list[etree._Element]) -> list[str]:
    """A paragraph's text from its text elements; a manual line break (Shift+Enter) starts a
    new line, a page or column break does not."""
    if len(texts) == 1 and texts[0].tag == _T:  # the commonest paragraph: one w:t
        line = texts[0].text or ""
        return [line] if line.strip() else []
    if all(node.tag == _T for node in texts):  # most paragraphs: one line of w:t only
        line = "".join([node.text or "" for node in texts])
        return [line] if line.strip() else []
    lines: list[str] = []
    parts: list[str] = []
    for node in texts:
        tag = node.tag
        if tag == _T:
            parts.append(node.text or "")
        elif tag == _TAB:
            parts.append(" ")
        elif tag == _NO_BREAK_HYPHEN:
            parts.append("-")
        elif node.get(_TYPE) in (None, "textWrapping"):
            lines.append("".join(parts))
            parts = []
    lines.append("".join(parts))
    return [line for line in lines if line.strip()]


def _style(paragraph: etree._Element) -> str:
    """The paragraph's style name (of its first ``w:pPr``), lower-case; "" when it has none."""
    properties = next(paragraph.iterchildren(_PPR), None)  # find(), without ElementPath
    style = next(properties.iterchildren(_PSTYLE), None) if properties is not None else None
    return (style.get(_VAL) or "").lower() if style is not None else ""


def _core_metadata(archive: SafeZip) -> Metadata:
    raw = archive.read_optional("docProps/core.xml")
    if raw is None:
        return Metadata()
    core = parse_xml(raw, "the document properties", "damaged DOCX")

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


def _style_language(archive: SafeZip) -> str:
    """The language Word was told the text is in, from the style defaults."""
    raw = archive.read_optional("word/styles.xml")
    if raw is None:
        return ""
    styles = parse_xml(raw, "the styles part", "damaged DOCX")
    lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    return map_language(lang.get(f"{W}val")) if lang is not None else ""
