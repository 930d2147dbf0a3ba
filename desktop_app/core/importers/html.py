"""Saved web pages: the article text and its byline, without menus, ads, scripts or footers.

trafilatura finds the article and its metadata (offline: it is only ever handed a parsed tree,
never a URL to fetch). Its cost grows with the page's elements far faster than ours, so it reads
pages of up to ``TRAFILATURA_MAX_ELEMENTS`` elements; every page is also read once as a stream
(``_html_stream``: bounded memory), which gives the page's metadata and the text of its
<article>/<main>/<body> when trafilatura finds nothing or the page is too large for it.
"""

from __future__ import annotations

import logging
import re
from datetime import date

from lxml import etree

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers._blocks import block_paragraphs
from desktop_app.core.importers._errors import FormatError, utf8_result
from desktop_app.core.importers._html_stream import MAX_DEPTH, StreamedPage, stream_page
from desktop_app.core.importers._layout import sub_windowed
from desktop_app.core.importers._normalize import clean_line, genre_from_labels, iso_date, \
    join_consumed, map_language, split_authors
from desktop_app.core.importers._safe import decode_markup, parse_html, strip_prolog

TRAFILATURA_MAX_ELEMENTS = 5_000  # real article pages have 1,000-4,000; it needs ~0.3 ms each
TRAFILATURA_MAX_CHARS = 8_000_000
MAX_ATTRIBUTES = 200  # per tag: libxml2's HTML parser checks duplicates in quadratic time
# A start tag longer than this is cut down to its first attributes before parsing; the class
# ``[^<>]`` keeps the scan linear (each "<" looks only as far as the next "<" or ">").
_LONG_TAG_RE = re.compile(r"<([A-Za-z][\w:.-]*)([^<>]{4096,})")
_ATTRIBUTE_RE = re.compile(r"""\s*[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?""")
_TAG_SAFE_RE = re.compile(r"<")
TOO_DEEP = f"the page is nested more than {MAX_DEPTH} levels deep and cannot be read"
TOO_DEEP_WARNING = (f"the page is nested more than {MAX_DEPTH} levels deep: the text below that "
                    "depth was left out")


def parse(data: bytes, name: str) -> ImportedText:
    """Import a saved HTML page."""
    return import_markup(decode_markup(data))


def _cap_attributes(match: re.Match[str]) -> str:
    kept: list[str] = []
    for attribute in _ATTRIBUTE_RE.finditer(match.group(2)):
        if len(kept) >= MAX_ATTRIBUTES or not attribute.group().strip():
            break
        kept.append(attribute.group())
    return f"<{match.group(1)}{''.join(kept)}"


def import_markup(markup: str) -> ImportedText:
    """Article text and metadata from decoded HTML (also used for pasted HTML)."""
    markup = sub_windowed(_LONG_TAG_RE, _cap_attributes, strip_prolog(markup), _TAG_SAFE_RE)
    if not markup.strip():
        raise FormatError("no HTML content")
    page = stream_page(markup)
    paragraphs: list[str] = []
    found: dict = {}
    if page.elements <= TRAFILATURA_MAX_ELEMENTS and len(markup) <= TRAFILATURA_MAX_CHARS and \
            not page.too_deep:
        paragraphs, found = _trafilatura_article(parse_html(markup))
    del markup
    if not paragraphs:
        paragraphs = page.best_paragraphs()
    metadata = _metadata(page, found)
    if metadata.title and (not paragraphs or
                           clean_line(paragraphs[0]).casefold() != metadata.title.casefold()):
        paragraphs.insert(0, metadata.title)  # the headline opens the text, as in a newspaper
    page.paragraphs = []  # (``paragraphs`` may be a slice of them) joined and freed as they go
    joined = join_consumed(paragraphs, utf8_result.get())
    if not joined.done.has_word:
        raise FormatError(TOO_DEEP if page.too_deep else "no article text found in the HTML")
    warnings: list[str] = []
    if page.too_deep:
        warnings.append(TOO_DEEP_WARNING)
    return joined.done.imported(metadata, "html", warnings)


def _metadata(page: StreamedPage, found: dict) -> Metadata:
    """What trafilatura found, else what the page's <head> and <html> say about the article."""
    title = page.meta("og:title", "twitter:title") or page.h1 or page.title
    language = page.language or page.meta("og:locale", "language", "content-language",
                                          "dc.language") or \
        page.metas.get(("http-equiv", "content-language"), "")
    author = page.meta("author", "article:author", "dc.creator", "byl")
    labels = " ".join(filter(None, (
        page.meta("og:type"), page.meta("article:section"), page.meta("section"),
        page.meta("parsely-section"), page.meta("articleSection"))))
    return Metadata(
        title=clean_line(found.get("title") or title),
        authors=split_authors(found.get("author") or
                              ("" if author.startswith(("http:", "https:")) else author)),
        outlet=clean_line(found.get("sitename") or page.meta("og:site_name", "application-name")),
        date=iso_date(found.get("date") or page.meta(
            "article:published_time", "date", "dc.date", "pubdate", "datePublished")),
        genre=genre_from_labels([labels, *found.get("categories", [])]),
        language=map_language(language),
    )


def _trafilatura_article(tree: etree._Element | None) -> tuple[list[str], dict]:
    """Paragraphs and metadata from trafilatura; ([], {}) when it finds no article.

    trafilatura gets a tree parsed by our safe parser, never a string: given a string that looks
    like a URL, its loader (and htmldate's) would download it.
    """
    if tree is None:
        return [], {}
    try:
        import trafilatura

        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
        logging.getLogger("htmldate").setLevel(logging.CRITICAL)
        found = trafilatura.bare_extraction(
            tree, with_metadata=True, favor_precision=True, include_comments=False,
            include_tables=True, include_images=False, include_links=False,
            # no "extensive" date search: it calls dateparser, whose first use takes seconds
            date_extraction_params={"extensive_search": False, "original_date": True,
                                    "max_date": date.today().isoformat()},
        )
    except Exception:  # noqa: BLE001 - any extractor failure just means "use the fallback"
        return [], {}
    if found is None:
        return [], {}
    info = {key: getattr(found, key, None) or "" for key in ("title", "author", "date", "sitename")}
    info["categories"] = list(getattr(found, "categories", None) or [])
    body = getattr(found, "body", None)
    paragraphs = block_paragraphs(body, skip=frozenset()) if body is not None else []
    if not paragraphs and getattr(found, "text", None):
        paragraphs = found.text.split("\n")
    return paragraphs, info
