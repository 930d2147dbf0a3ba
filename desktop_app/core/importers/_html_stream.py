"""HTML read as a stream: paragraphs and page metadata with memory bounded by the deepest path.

A full tree of a tag-dense page costs 20-100 times the page in memory (and trafilatura's copies
more). Here lxml's pull parser hands over elements as they open and close; each one's text is
taken in document order (its text when its first child opens, a child's tail when the next child
opens or the parent closes) and the elements already read are deleted, so only the open path
stays in memory. Block elements start paragraphs; scripts, navigation and the containers whose
class or id says "ad", "menu", "share" ... are left out. Also used for EPUB chapters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from desktop_app.core.importers._blocks import BREAKS, HTML_BLOCKS, HTML_SKIP, SPACED, local_name
from desktop_app.core.importers._errors import check_text_size

MAX_DEPTH = 2048  # libxml2's nesting limit with huge_tree: deeper content is never seen
_FEED = 1 << 16
_MAX_METAS = 1000
BOILERPLATE_RE = re.compile(
    r"(?:^|[\s_-])(?:ad|ads|advert\w*|annons\w*|banner|cookie\w*|promo\w*|sponsor\w*|related|"
    r"share|sharing|social|newsletter|paywall|comments?|menu|navigation|breadcrumbs?)(?:$|[\s_-])",
    re.I,
)
_KEEP_ALWAYS = frozenset({"html", "body", "article", "main"})
_METADATA_NAMES = frozenset({"html", "meta", "title", "h1", "article", "main"})
_NAMES_CACHED = 512  # distinct tag names remembered: a page of invented tags cannot grow it
FALLBACK_SKIP = HTML_SKIP | {"header", "footer", "figure"}


@dataclass
class StreamedPage:
    """What one pass over a page found: its paragraphs and what its markup says about it."""

    paragraphs: list[str] = field(default_factory=list)
    article: tuple[int, int] | None = None  # paragraph index range of the first <article>
    main: tuple[int, int] | None = None
    metas: dict[tuple[str, str], str] = field(default_factory=dict)  # (attr, key) -> content
    language: str = ""
    title: str = ""
    h1: str = ""
    elements: int = 0
    too_deep: bool = False

    def best_paragraphs(self) -> list[str]:
        """The first <article>'s paragraphs, else the first <main>'s, else all of them."""
        for span in (self.article, self.main):
            if span is not None and span[1] > span[0]:
                return self.paragraphs[span[0]:span[1]]
        return self.paragraphs

    def meta(self, *keys: str) -> str:
        for key in keys:
            for attr in ("property", "name", "itemprop"):
                content = self.metas.get((attr, key), "")
                if content:
                    return content
        return ""


class _Frame:
    __slots__ = ("element", "name", "skip", "block", "text_done")

    def __init__(self, element: etree._Element, name: str, skip: bool, block: bool) -> None:
        self.element, self.name, self.skip, self.block = element, name, skip, block
        self.text_done = False


class _Reader:
    """The state of one pass; ``start``/``end`` are fed the pull parser's events."""

    def __init__(self, skip: frozenset[str], boilerplate: bool) -> None:
        self.page = StreamedPage()
        self.skip_names, self.boilerplate = skip, boilerplate
        self.stack: list[_Frame] = []
        self.parts: list[str] = []
        self.size = 0
        self.collect: list[str] | None = None  # text of the <title> or first <h1> being read
        self.collecting: _Frame | None = None
        self.article_at: _Frame | None = None
        self.main_at: _Frame | None = None
        self.names: dict[object, str] = {}  # tag -> local_name(), for the first tags met

    def flush(self) -> None:
        text = "".join(self.parts).strip()
        if text:
            self.page.paragraphs.append(text)
            self.size += len(text)
            check_text_size(self.size)
        self.parts.clear()

    def text(self, frame: _Frame | None, text: str | None) -> None:
        if not text:
            return
        if self.collect is not None:
            self.collect.append(text)
        if frame is not None and not frame.skip:
            self.parts.append(text)

    def start(self, element: etree._Element) -> None:
        # The hot path of a tag-dense page (a few µs per element): attributes are looked at only
        # when there are any, names come from a small cache, metadata only for the few names
        # that carry it.
        page = self.page
        page.elements += 1
        stack = self.stack
        if stack:
            parent = stack[-1]
            if not parent.text_done:
                text = parent.element.text
                if text:
                    self.text(parent, text)
                parent.text_done = True
            previous = element.getprevious()
            if previous is not None:  # read its tail, then drop it (and anything before it)
                tail = previous.tail
                if tail:
                    self.text(parent, tail)
                container = parent.element
                del container[0]
                while element.getprevious() is not None:
                    del container[0]
            skip = parent.skip
        else:
            skip = False
        tag = element.tag
        name = self.names.get(tag)
        if name is None:
            name = local_name(element)
            if len(self.names) < _NAMES_CACHED and isinstance(tag, str):
                self.names[tag] = name
        if not skip:
            skip = not name or name in self.skip_names or bool(
                self.boilerplate and name not in _KEEP_ALWAYS and element.keys() and
                BOILERPLATE_RE.search(f"{element.get('class', '')} {element.get('id', '')} "
                                      f"{element.get('role', '')}"))
        frame = _Frame(element, name, skip, name in HTML_BLOCKS)
        if not skip:
            if frame.block or name in BREAKS:
                self.flush()
            elif name in SPACED:
                self.parts.append(" ")
        if name in _METADATA_NAMES:
            self._metadata_start(frame, element)
        stack.append(frame)
        if len(stack) >= MAX_DEPTH:
            page.too_deep = True

    def _metadata_start(self, frame: _Frame, element: etree._Element) -> None:
        page, name = self.page, frame.name
        if name == "html" and not page.language:
            page.language = element.get("lang") or \
                element.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
        elif name == "meta" and len(page.metas) < _MAX_METAS:
            content = (element.get("content") or "").strip()
            for attr in ("property", "name", "itemprop", "http-equiv"):
                key = element.get(attr)
                if key and content:
                    page.metas.setdefault((attr, key if attr != "http-equiv" else key.lower()),
                                          content)
        elif self.collecting is None and ((name == "title" and not page.title) or
                                          (name == "h1" and not page.h1)):
            self.collecting, self.collect = frame, []
        if not frame.skip:
            if name == "article" and page.article is None and self.article_at is None:
                self.article_at = frame
                page.article = (len(page.paragraphs), len(page.paragraphs))
            elif name == "main" and page.main is None and self.main_at is None:
                self.main_at = frame
                page.main = (len(page.paragraphs), len(page.paragraphs))

    def end(self) -> None:
        frame = self.stack.pop()
        element = frame.element
        if not frame.text_done:
            text = element.text
            if text:
                self.text(frame, text)
            frame.text_done = True
        if len(element):
            self.text(frame, element[-1].tail)
            del element[:]
        if frame.block and not frame.skip:
            self.flush()
        page = self.page
        if frame is self.collecting:
            text = " ".join("".join(self.collect or []).split())
            if frame.name == "title":
                page.title = text
            else:
                page.h1 = text
            self.collecting, self.collect = None, None
        if frame is self.article_at and page.article is not None:
            self.flush()
            page.article = (page.article[0], len(page.paragraphs))
            self.article_at = None
        if frame is self.main_at and page.main is not None:
            self.flush()
            page.main = (page.main[0], len(page.paragraphs))
            self.main_at = None


def stream_page(markup: str, *, skip: frozenset[str] = FALLBACK_SKIP,
                boilerplate: bool = True) -> StreamedPage:
    """Read decoded HTML once: paragraphs (not yet whitespace-cleaned) and page metadata."""
    parser = etree.HTMLPullParser(events=("start", "end"), no_network=True, huge_tree=True,
                                  remove_comments=True, remove_pis=True, encoding="utf-8")
    reader = _Reader(skip, boilerplate)
    data = markup.encode("utf-8", "surrogatepass")
    del markup

    start, end, stack = reader.start, reader.end, reader.stack

    def drain() -> None:
        for event, element in parser.read_events():
            if event == "start":
                start(element)
            elif stack:
                end()

    for offset in range(0, len(data), _FEED):
        parser.feed(data[offset:offset + _FEED])
        drain()
    try:
        parser.close()
    except etree.LxmlError:
        pass  # the HTML parser recovers from what it can; whatever was read stays read
    drain()
    while reader.stack:
        reader.end()
    reader.flush()
    return reader.page
