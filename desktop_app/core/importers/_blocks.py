"""Turn a parsed HTML/XML tree into paragraphs: block elements start new ones, inline ones don't.

Shared by the HTML fallback, generic XML, EPUB chapters and trafilatura's output tree. The walk is
iterative so deeply nested documents cannot exhaust Python's recursion limit.
"""

from __future__ import annotations

from collections.abc import Callable
from html.entities import html5

from lxml import etree

HTML_BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre "
    "section summary table tbody thead tfoot tr ul title "
    # trafilatura's output vocabulary (TEI-like)
    "head item list quote row code".split()
)
HTML_SKIP = frozenset(
    "script style noscript template iframe object embed svg math canvas button select option "
    "textarea input nav aside head".split()
)
BREAKS = frozenset({"br", "lb"})
SPACED = frozenset({"td", "th", "cell"})


def local_name(node: etree._Element) -> str:
    """Tag name without namespace, lower-cased; "" for comments, entities and PIs."""
    tag = node.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()


def _entity_text(node: etree._Element) -> str:
    """Only the standard HTML named entities are expanded; declared ones (XXE) never are."""
    if isinstance(node, etree._Entity):
        return html5.get(f"{node.name};", "")
    return ""


def html_is_block(node: etree._Element) -> bool:
    return local_name(node) in HTML_BLOCKS


def block_paragraphs(
    root: etree._Element,
    *,
    is_block: Callable[[etree._Element], bool] = html_is_block,
    skip: frozenset[str] = HTML_SKIP,
) -> list[str]:
    """Text of ``root`` as paragraphs (not yet whitespace-cleaned)."""
    paragraphs: list[str] = []
    parts: list[str] = []

    def flush() -> None:
        text = "".join(parts).strip()
        if text:
            paragraphs.append(text)
        parts.clear()

    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            if is_block(node):
                flush()
            if node is not root and node.tail:
                parts.append(node.tail)
            continue
        name = local_name(node)
        if not name or name in skip:
            parts.append(_entity_text(node))
            if node is not root and node.tail:
                parts.append(node.tail)
            continue
        if is_block(node) or name in BREAKS:
            flush()
        elif name in SPACED:
            parts.append(" ")
        if node.text:
            parts.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    flush()
    return paragraphs


def xml_is_block_factory(inline_names: frozenset[str]) -> Callable[[etree._Element], bool]:
    """For XML of unknown vocabulary: an element is a block unless it sits in mixed content.

    ``<p>Löfven <name>(S)</name> säger</p>``: the parent has text of its own, so ``name`` is
    inline; elements whose parent only holds elements (``<body><p/><p/></body>``) are blocks.
    """
    mixed_cache: dict[etree._Element, bool] = {}  # keyed by element: keeps its proxy alive

    def has_text(parent: etree._Element) -> bool:
        if parent not in mixed_cache:
            mixed_cache[parent] = bool((parent.text or "").strip()) or any(
                (child.tail or "").strip() for child in parent
            )
        return mixed_cache[parent]

    def is_block(node: etree._Element) -> bool:
        name = local_name(node)
        if not name or name in inline_names:
            return False
        parent = node.getparent()
        return parent is None or not has_text(parent)

    return is_block

