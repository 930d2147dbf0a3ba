"""Markdown: the words without the markup, as a CommonMark parser (markdown-it-py) reads them.

markdown-it-py knows what our line rules never could: links whose address has parentheses,
``double-backtick`` code, entities (``&amp;``, ``&mdash;``), escapes, nested emphasis, tables. Its
tokens give the blocks (headings, paragraphs, list items, quotes, code, table rows); each becomes a
paragraph, and the soft line breaks inside a paragraph go through the plain-text layout rules, so a
file written one line per paragraph keeps its paragraphs. The first heading is the title; a
YAML-style front matter block (title/author/date/lang/outlet) fills the metadata.

Cost stays linear: brackets that can never close a link (the ``[[[[`` that made the old regexes
quadratic) are set aside before parsing, and a large file is parsed in pieces cut at blank lines,
so the token list never holds the whole document.
"""

from __future__ import annotations

import html
import re
from array import array
from collections.abc import Callable, Iterable, Iterator
from functools import partial

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers._errors import FormatError, check_text_size, utf8_result
from desktop_app.core.importers._layout import WINDOW, layout_text, sub_windowed
from desktop_app.core.importers._normalize import BlankLineJoined, clean_line, iso_date, \
    map_language, split_authors
from desktop_app.core.importers.text import decode_text, normalize_newlines

PIECE_CHARS = 1 << 18  # a large file is parsed this much at a time, cut at blank lines
_FRONT_KEY_RE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_BRACKET_RE = re.compile(r"\\.|[\[\]]|\n[ \t]*\n")
_PARKED_BRACKET = "\ufdd0"  # a noncharacter: never in real text, inert to the parser
_INLINE_TAG_RE = re.compile(r"</?(?:a|abbr|b|cite|code|em|i|kbd|mark|q|s|small|span|strong|sub|"
                            r"sup|u)\b[^<>]*>", re.I)
_TAG_RE = re.compile(r"<[^<>]*>")
_TAG_SAFE_RE = re.compile(r"<")
# Cheap rewrites that spare the pure-Python parser work it would spend per character or line:
# a simple image (dropped from the text anyway) on a line without code spans, and the line break
# between two lines that both start with a letter and hold no table bar: such a break is always
# inside one paragraph, so it is hidden from the parser and becomes a line break again after it.
_LINK_LINE_RE = re.compile(r"^[^\n`]*\[[^\n`]*$", re.M)
_SIMPLE_IMAGE_RE = re.compile(r'!\[[^\[\]\n]*\]\([^()\s]*(?:\s+"[^"\n]*")?\)')
# A link or image opening ("![label](" or "[label](") made literal: the image's "!" unless a
# neighbour reads it (see _link_line), the "[", and the "]" unless a backslash escapes it.
_PARK_IMAGE_RE = re.compile(r"(?<![\\<*_~])!\[([^\[\]\n]*?)(\\?)\]\(")
_PARK_LINK_RE = re.compile(r"(?<!\\)\[([^\[\]\n]*?)(\\?)\]\(")  # "\\[" is no opening
# Before a "[" that no "!" or "\\" precedes, or before the "![" of an image whose "!" no
# neighbour reads: no opening can straddle such a place (each holds one "[" and one "![" at most,
# at its start), and a look back from an opening at a window's start comes out the same; so a
# line of many links is rewritten a window at a time (re's list of pieces stays small: on a line
# of 160,000 images it held several times the line).
_PARK_SAFE_RE = re.compile(r"(?<![!\\])(?=\[)|(?<![\\<*_~])(?=!\[)")
# What may define a reference (an over-estimate: anywhere, not only at a block's start).
_DEFINITION_RE = re.compile(r"\[((?:[^\[\]\\]|\\.){1,999})\]:")
_PLAIN_BREAK_RE = re.compile(r"^([^\W\d_][^\n|]*)\n(?=[^\W\d_][^\n|]*$)", re.M)
_HIDDEN_BREAK = "\ufdd1"
_PARKED_BANG = "\ufdd2"  # the "!" of an image whose bracket is parked
_PARKED_CLOSER = "\ufdd3"  # the "]" of a parked bracket's label
_PARKED_IMAGE = _PARKED_BANG + _PARKED_BRACKET
_LINE_SAFE_RE = re.compile(r"(?<=\n)")
_FENCE_RE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})", re.M)
_CUT_RE = re.compile(r"\n[ \t]*\n(?=\S)")


def _parser():  # noqa: ANN202 - markdown_it.MarkdownIt, imported on first use
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"maxNesting": 20, "html": True})
    return parser.enable(["table", "strikethrough"])


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split off a leading ``---`` block of ``key: value`` lines, if the text has one."""
    if not text.startswith("---"):
        return {}, text
    lines = text[:20_000].split("\n", 61)[:61]
    if lines[0].strip() != "---":
        return {}, text
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in {"---", "..."}:
            fields: dict[str, str] = {}
            key = ""
            for line in lines[1:end]:
                match = _FRONT_KEY_RE.match(line)
                if match:
                    key = match.group(1).lower()
                    value = match.group(2).strip()
                    if value.startswith("[") and value.endswith("]"):  # an inline YAML list
                        value = "; ".join(v.strip().strip("\"'") for v in value[1:-1].split(","))
                    fields[key] = value.strip("\"'")
                elif key and line.strip().startswith("- "):  # a YAML list continues the key
                    item = line.strip()[2:].strip().strip("\"'")
                    fields[key] = f"{fields[key]}; {item}" if fields[key] else item
            consumed = sum(len(line) + 1 for line in lines[:end + 1])
            return fields, text[consumed:]
    return {}, text


def _replace_at(text: str, positions: Iterable[int], char: str) -> str:
    """``text`` with the character at each of the (ascending) ``positions`` replaced by ``char``.

    Built a window of about ``WINDOW`` characters at a time (a short list of pieces, joined),
    then the windows joined: no list of pieces as long as the text, and no ``io.StringIO``,
    whose buffer holds four bytes per character whatever the text.
    """
    windows: list[str] = []
    pieces: list[str] = []
    last = start = 0
    for position in positions:
        pieces.append(text[last:position])
        pieces.append(char)
        last = position + 1
        if last - start >= WINDOW:
            windows.append("".join(pieces))
            pieces.clear()
            start = last
    pieces.append(text[last:])
    windows.append("".join(pieces))
    del pieces
    return "".join(windows)


def park_unmatched_brackets(text: str) -> str:
    """Replace every ``[`` that no ``]`` closes (within its paragraph) by an inert placeholder.

    Such a bracket can never start a link or an image, but the parser would still try, once per
    bracket, across the rest of the paragraph.
    """
    if "[" not in text:
        return text
    open_at = array("q")
    unmatched = array("q")
    for match in _BRACKET_RE.finditer(text):
        token = match.group()
        if token == "[":
            open_at.append(match.start())
        elif token == "]":
            if open_at:
                open_at.pop()
        elif token[0] == "\n":  # a blank line ends the paragraph
            unmatched.extend(open_at)
            del open_at[:]
    unmatched.extend(open_at)
    del open_at
    if not unmatched:
        return text
    # ascending already: each paragraph's open brackets are a stack of rising positions, and
    # the paragraphs come in order (no sorted copy as a list of ints)
    return _replace_at(text, unmatched, _PARKED_BRACKET)


def _link_line(match: re.Match[str], labels: frozenset[str] = frozenset()) -> str:
    """One line with brackets and no code span: simple images dropped, and every link or image
    whose parenthesis no ")" after it on the line can close made literal (its brackets parked).

    An image's "!" before a parked bracket is parked too: it can start nothing any more, and the
    parser would stop at it and try each of its rules. It is kept where a neighbour could read it
    (an escape, an HTML "<!", or an emphasis marker, whose meaning depends on the next character).
    The label's "]" is parked as well (unless a backslash escapes it): the parser would stop there
    too, and with nothing left to open it is as inert as any letter. A label that a reference
    definition in the file names (``labels``) is left alone: ``[ref](`` is a reference link.
    Both rewrites are one regular expression pass each over the part of the line after its last
    ")".
    """
    line = _SIMPLE_IMAGE_RE.sub("", match.group()) if "![" in match.group() else match.group()
    cut = line.rfind(")") + 1
    tail = line[cut:]
    if "](" not in tail:
        return line
    image, link = _parker(_PARKED_IMAGE, labels), _parker(_PARKED_BRACKET, labels)
    if "![" in tail:
        tail = sub_windowed(_PARK_IMAGE_RE, image, tail, _PARK_SAFE_RE)
    tail = sub_windowed(_PARK_LINK_RE, link, tail, _PARK_SAFE_RE)
    return line[:cut] + tail.replace("\\" + _PARKED_CLOSER, "\\]")  # an escaped "]" stays


def _parker(opener: str, labels: frozenset[str]) -> Callable[[re.Match[str]], str]:
    """The replacement for one parked opening: a function, not a template (Python 3.11 expands
    a template in Python code for each match, several times slower)."""
    def replace(found: re.Match[str]) -> str:
        label, escape = found.groups()
        if labels and _normalize_label(label + escape) in labels:
            return found.group()
        return f"{opener}{label}{escape}{_PARKED_CLOSER}("
    return replace


def _normalize_label(label: str) -> str:
    from markdown_it.common.utils import normalizeReference

    return normalizeReference(label)


def reference_labels(text: str) -> frozenset[str]:
    """The (normalized) labels of everything in ``text`` that may be a reference definition."""
    if "]:" not in text:
        return frozenset()
    return frozenset(_normalize_label(found.group(1))
                     for found in _DEFINITION_RE.finditer(text) if found.group(1).strip())


def _prepare(piece: str, labels: frozenset[str] = frozenset()) -> str:
    """A piece of Markdown rewritten so the parser's cost stays linear (see the constants)."""
    if "[" in piece:
        piece = sub_windowed(_LINK_LINE_RE, partial(_link_line, labels=labels), piece,
                             _LINE_SAFE_RE)
    piece = park_unmatched_brackets(piece)
    return sub_windowed(_PLAIN_BREAK_RE, "\\1" + _HIDDEN_BREAK, piece, _LINE_SAFE_RE)


def _pieces(text: str) -> Iterator[str]:
    """The text in pieces of about PIECE_CHARS, cut only at a blank line outside code fences."""
    start = 0
    while len(text) - start > PIECE_CHARS:
        cut = None
        search = start + PIECE_CHARS
        while True:
            found = _CUT_RE.search(text, search)
            if found is None:
                break
            if len(_FENCE_RE.findall(text, start, found.start())) % 2 == 0:
                cut = found.end()
                break
            search = found.end()
        if cut is None:
            break
        yield text[start:cut]
        start = cut
    yield text[start:]


def _inline_text(token) -> str:  # noqa: ANN001 - a markdown_it Token
    """The words of an inline token: soft and hard line breaks kept as ``\\n``."""
    parts: list[str] = []
    for child in token.children or ():
        kind = child.type  # an image (with its alt text), inline HTML, markers: not the text
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


def _blocks(tokens: list) -> Iterator[tuple[str, str]]:
    """(kind, text) for each block of a token stream: "heading", "text", "code" or "row"."""
    row: list[str] | None = None
    heading = False
    for token in tokens:
        kind = token.type
        if kind == "heading_open":
            heading = True
        elif kind == "heading_close":
            heading = False
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            yield "row", " ".join(cell for cell in row if cell.strip())
            row = None
        elif kind == "inline":
            text = _inline_text(token)
            if row is not None:
                row.append(text.replace("\n", " ").strip())
            else:
                yield ("heading" if heading else "text"), text
        elif kind in ("fence", "code_block"):
            yield "code", token.content
        elif kind == "html_block":
            content = sub_windowed(_INLINE_TAG_RE, "", token.content, _TAG_SAFE_RE)
            yield "text", html.unescape(sub_windowed(_TAG_RE, "\n", content, _TAG_SAFE_RE))


def parse(data: bytes, name: str) -> ImportedText:
    """Import a Markdown file."""
    text = normalize_newlines(decode_text(data))
    fields, text = front_matter(text)
    parser = _parser()
    env: dict = {}
    laid_out = BlankLineJoined(utf8_result.get())  # each piece laid out on its own: pieces
    # end at blank lines; kept as UTF-8 in the import worker
    first_heading = ""
    size = 0
    labels = reference_labels(text)
    for piece in _pieces(text):
        blocks: list[str] = []
        for kind, block in _blocks(parser.parse(_prepare(piece, labels), env)):
            block = block.replace(_PARKED_BRACKET, "[").replace(_PARKED_BANG, "!") \
                .replace(_PARKED_CLOSER, "]") \
                .replace(_HIDDEN_BREAK, "\n")
            if kind == "heading" and not first_heading:
                first_heading = clean_line(block)
            if block.strip():
                blocks.append(block)
        piece = layout_text("\n\n".join(blocks))
        del blocks
        laid_out.add(piece)
        size += len(piece)
        check_text_size(size)
    del text
    if not laid_out.has_word:
        raise FormatError("no text in the Markdown file")
    metadata = Metadata(
        title=clean_line(fields.get("title", "")) or first_heading,
        authors=split_authors(fields.get("authors") or fields.get("author")),
        outlet=clean_line(fields.get("outlet") or fields.get("publication") or
                          fields.get("source") or ""),
        date=iso_date(fields.get("date")),
        language=map_language(fields.get("lang") or fields.get("language")),
    )
    return laid_out.imported(metadata, "md", [])
