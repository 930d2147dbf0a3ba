"""Saved web pages: the article text and its byline, without menus, ads, scripts or footers.

trafilatura finds the article and its metadata (offline: it is only ever handed the page, never a
URL to fetch). When it finds nothing, the text of <article>/<main>/<body> is taken instead.
"""

from __future__ import annotations

import logging
import re
from datetime import date

from lxml import etree

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers._blocks import HTML_SKIP, block_paragraphs, local_name
from desktop_app.core.importers._errors import FormatError
from desktop_app.core.importers._normalize import clean_line, genre_from_labels, iso_date, \
    join_paragraphs, map_language, require_text, split_authors
from desktop_app.core.importers._safe import decode_markup, parse_html, strip_prolog

_BOILERPLATE_RE = re.compile(
    r"(?:^|[\s_-])(?:ad|ads|advert\w*|annons\w*|banner|cookie\w*|promo\w*|sponsor\w*|related|"
    r"share|sharing|social|newsletter|paywall|comments?|menu|navigation|breadcrumbs?)(?:$|[\s_-])",
    re.I,
)
_FALLBACK_SKIP = HTML_SKIP | {"header", "footer", "figure"}


def parse(data: bytes, name: str) -> ImportedText:
    """Import a saved HTML page."""
    return import_markup(decode_markup(data))


def import_markup(markup: str) -> ImportedText:
    """Article text and metadata from decoded HTML (also used for pasted HTML)."""
    markup = strip_prolog(markup)
    tree = parse_html(markup)
    if tree is None:
        raise FormatError("no HTML content")
    page = _page_metadata(tree)
    paragraphs, found = _trafilatura_article(parse_html(markup))
    if not paragraphs:
        paragraphs = _fallback_paragraphs(tree)
    metadata = Metadata(
        title=clean_line(found.get("title") or page["title"]),
        authors=split_authors(found.get("author") or page["author"]),
        outlet=clean_line(found.get("sitename") or page["site"]),
        date=iso_date(found.get("date") or page["date"]),
        genre=genre_from_labels([page["labels"], *found.get("categories", [])]),
        language=map_language(page["language"]),
    )
    if metadata.title and (not paragraphs or
                           clean_line(paragraphs[0]).casefold() != metadata.title.casefold()):
        paragraphs.insert(0, metadata.title)  # the headline opens the text, as in a newspaper
    text = require_text(join_paragraphs(paragraphs), "no article text found in the HTML")
    return ImportedText(text=text, metadata=metadata, format="html")


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


def _fallback_paragraphs(tree: etree._Element) -> list[str]:
    """Text of the page's <article>, <main> or <body>, minus navigation and ad containers."""
    doomed = [
        node for node in tree.iter()
        if isinstance(node.tag, str) and local_name(node) not in {"html", "body", "article", "main"}
        and _BOILERPLATE_RE.search(f"{node.get('class', '')} {node.get('id', '')} "
                                   f"{node.get('role', '')}")
    ]
    doomed_set = set(doomed)
    for node in doomed:
        if not any(ancestor in doomed_set for ancestor in node.iterancestors()):
            node.drop_tree()
    for name in ("article", "main", "body"):
        found = tree.find(f".//{name}")
        if found is not None:
            paragraphs = block_paragraphs(found, skip=_FALLBACK_SKIP)
            if paragraphs:
                return paragraphs
    return block_paragraphs(tree, skip=_FALLBACK_SKIP)


def _meta(tree: etree._Element, *keys: str) -> str:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            for node in tree.iterfind(f".//meta[@{attr}='{key}']"):
                content = (node.get("content") or "").strip()
                if content:
                    return content
    return ""


def _page_metadata(tree: etree._Element) -> dict[str, str]:
    """What the page's <head> and <html> say about the article."""
    h1 = tree.find(".//h1")
    title_node = tree.find(".//title")
    title = _meta(tree, "og:title", "twitter:title") or \
        (h1.text_content() if h1 is not None else "") or \
        (title_node.text_content() if title_node is not None else "")
    language = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or \
        _meta(tree, "og:locale", "language", "content-language", "dc.language")
    if not language:
        for node in tree.iterfind(".//meta[@http-equiv]"):
            if node.get("http-equiv", "").lower() == "content-language":
                language = node.get("content", "")
    author = _meta(tree, "author", "article:author", "dc.creator", "byl")
    labels = " ".join(filter(None, (
        _meta(tree, "og:type"), _meta(tree, "article:section"), _meta(tree, "section"),
        _meta(tree, "parsely-section"), _meta(tree, "articleSection"))))
    return {
        "title": title,
        "author": "" if author.startswith(("http:", "https:")) else author,
        "site": _meta(tree, "og:site_name", "application-name"),
        "date": _meta(tree, "article:published_time", "date", "dc.date", "pubdate",
                      "datePublished"),
        "language": language,
        "labels": labels,
    }
