"""HTML read as a stream: paragraphs and page metadata with memory bounded by the deepest path.

A full tree of a tag-dense page costs 20-100 times the page in memory (and trafilatura's copies
more). Here lxml's HTML parser is given a target instead of building a tree: it calls ``start``,
``data`` and ``end`` as it reads, so no element is ever made, kept or deleted, and only the open
path (one small frame per open element) stays in memory. Each text arrives in document order
inside its innermost open element. Block elements start paragraphs; scripts, navigation and the
containers whose class or id says "ad", "menu", "share" ... are left out. Also used for EPUB
chapters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from desktop_app.core.importers._blocks import BREAKS, HTML_BLOCKS, HTML_SKIP, SPACED
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
    """An open element: its name, whether its text is left out, whether it is a block, and
    whether it is one of the few (``_METADATA_NAMES``) whose closing is watched."""

    __slots__ = ("name", "skip", "block", "watched")

    def __init__(self, name: str, skip: bool, block: bool, watched: bool) -> None:
        self.name, self.skip, self.block, self.watched = name, skip, block, watched


class _TagInfo:
    """What a tag means, worked out once per distinct tag (the cache of ``_Reader.tags``)."""

    __slots__ = ("name", "skipped", "flushes", "spaced", "watched", "checked", "plain",
                 "skipping")

    def __init__(self, tag: object, skip_names: frozenset[str]) -> None:
        name = _name(tag)
        self.name = name
        self.skipped = not name or name in skip_names
        block = name in HTML_BLOCKS
        self.flushes = block or name in BREAKS
        self.spaced = name in SPACED
        self.watched = name in _METADATA_NAMES
        self.checked = name not in _KEEP_ALWAYS  # its class/id/role may mark boilerplate
        # elements that are not watched share one frame per tag and skip state
        self.plain = _Frame(name, False, block, self.watched)
        self.skipping = _Frame(name, True, block, self.watched)


def _name(tag: object) -> str:
    """Tag name without namespace or prefix, lower-cased (``local_name`` of a tag string)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


class _Reader:
    """The parser target of one pass: lxml calls ``start``, ``data`` and ``end`` as it reads.

    No tree is built: each text arrives in document order inside the innermost open element.
    libxml2 stops building a tree at ``MAX_DEPTH`` open elements and reads nothing after; a
    target is never stopped, so the reader stops itself at the same place (``halted``).
    """

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
        self.tags: dict[str, _TagInfo] = {}  # the first tags met
        self.halted = False

    def flush(self) -> None:
        text = "".join(self.parts).strip()
        if text:
            self.page.paragraphs.append(text)
            self.size += len(text)
            check_text_size(self.size)
        self.parts.clear()

    def data(self, text: str) -> None:
        if self.halted or not text:
            return
        if self.collect is not None:
            self.collect.append(text)
        stack = self.stack
        if stack and not stack[-1].skip:
            self.parts.append(text)

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        # The hot path of a tag-dense page: what a tag means is looked up, attributes are
        # looked at only when there are any, and a frame is made only for the watched names.
        if self.halted:
            return
        stack = self.stack
        self.page.elements += 1
        if len(stack) >= MAX_DEPTH:  # where libxml2 would stop building the tree (the element
            self.halted = True  # was made, then refused)
            return
        info = self.tags.get(tag)
        if info is None:
            info = _TagInfo(tag, self.skip_names)
            if len(self.tags) < _NAMES_CACHED:
                self.tags[tag] = info
        skip = (stack and stack[-1].skip) or info.skipped or bool(
            attrib and self.boilerplate and info.checked and
            BOILERPLATE_RE.search(f"{attrib.get('class', '')} {attrib.get('id', '')} "
                                  f"{attrib.get('role', '')}"))
        if not skip:
            if info.flushes:
                self.flush()
            elif info.spaced:
                self.parts.append(" ")
        if info.watched:
            frame = _Frame(info.name, skip, info.plain.block, True)
            self._metadata_start(frame, attrib)
        else:
            frame = info.skipping if skip else info.plain
        stack.append(frame)
        if len(stack) >= MAX_DEPTH:
            self.page.too_deep = True

    def _metadata_start(self, frame: _Frame, attrib: dict[str, str]) -> None:
        page, name = self.page, frame.name
        if name == "html" and not page.language:
            page.language = attrib.get("lang") or \
                attrib.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
        elif name == "meta" and len(page.metas) < _MAX_METAS:
            content = (attrib.get("content") or "").strip()
            for attr in ("property", "name", "itemprop", "http-equiv"):
                key = attrib.get(attr)
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

    def end(self, tag: str | None = None) -> None:
        if self.halted or not self.stack:
            return
        self._close()

    def _close(self) -> None:
        frame = self.stack.pop()
        if frame.block and not frame.skip:
            self.flush()
        if not frame.watched:
            return
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

    def close(self) -> StreamedPage:
        while self.stack:
            self._close()
        self.flush()
        return self.page


def stream_page(markup: str, *, skip: frozenset[str] = FALLBACK_SKIP,
                boilerplate: bool = True) -> StreamedPage:
    """Read decoded HTML once: paragraphs (not yet whitespace-cleaned) and page metadata."""
    reader = _Reader(skip, boilerplate)
    parser = etree.HTMLParser(target=reader, no_network=True, huge_tree=True,
                              remove_comments=True, remove_pis=True, encoding="utf-8")
    data = markup.encode("utf-8", "surrogatepass")
    del markup
    try:
        for offset in range(0, len(data), _FEED):
            parser.feed(data[offset:offset + _FEED])
            if reader.halted:
                break
        parser.close()
    except etree.LxmlError:
        pass  # the HTML parser recovers from what it can; whatever was read stays read
    return reader.close()
