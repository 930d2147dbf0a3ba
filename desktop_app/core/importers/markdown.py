"""Markdown: the words without the markup (headings, emphasis, links, lists, code fences, tables).

The first heading is the title; a YAML-style front matter block (title/author/date/lang/outlet), as
note-taking and static-site tools write it, fills the metadata. Paragraph layout then follows the
plain-text rules, so hard-wrapped and one-line-per-paragraph files both come out right.
"""

from __future__ import annotations

import re

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers._normalize import clean_line, iso_date, join_paragraphs, \
    map_language, require_text, split_authors
from desktop_app.core.importers.text import decode_text, normalize_newlines, \
    paragraphs_from_layout

_FENCE_RE = re.compile(r"^\s{0,3}(```|~~~)")
_ATX_RE = re.compile(r"^\s{0,3}#{1,6}(?:\s+(.*?))?\s*#*\s*$")
_SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE_RE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_QUOTE_RE = re.compile(r"^\s{0,3}(?:>\s?)+")
_ITEM_RE = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_REFDEF_RE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_TABLE_SEP_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_PUA = 0xE000  # escaped characters hide here while the markup is stripped

_INLINE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),  # images: not part of the text
    (re.compile(r"!\[([^\]]*)\]\[[^\]]*\]"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](url "title")
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML tags
    (re.compile(r"`+\s?(.+?)\s?`+"), r"\1"),  # code spans
    (re.compile(r"(\*{1,3})(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<!\w)(_{1,3})(?=\S)(.+?)(?<=\S)\1(?!\w)"), r"\2"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
)


def strip_inline(text: str) -> str:
    """One line of Markdown as plain text."""
    text = _ESCAPE_RE.sub(lambda m: chr(_PUA + ord(m.group(1))), text)
    for _ in range(3):  # nested emphasis (**_x_**) needs more than one pass
        before = text
        for pattern, replacement in _INLINE_RULES:
            text = pattern.sub(replacement, text)
        if text == before:
            break
    return re.sub("[\uE000-\uE07F]", lambda m: chr(ord(m.group(0)) - _PUA), text)


def _front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Split off a leading ``---`` block of ``key: value`` lines, if the file has one."""
    if not lines or lines[0].strip() != "---":
        return {}, lines
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in {"---", "..."}:
            fields: dict[str, str] = {}
            key = ""
            for line in lines[1:end]:
                match = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$", line)
                if match:
                    key = match.group(1).lower()
                    value = match.group(2).strip()
                    if value.startswith("[") and value.endswith("]"):  # an inline YAML list
                        value = "; ".join(v.strip().strip("\"'") for v in value[1:-1].split(","))
                    fields[key] = value.strip("\"'")
                elif key and line.strip().startswith("- "):  # a YAML list continues the key
                    item = line.strip()[2:].strip().strip("\"'")
                    fields[key] = f"{fields[key]}; {item}" if fields[key] else item
            return fields, lines[end + 1:]
    return {}, lines


def markdown_to_layout(lines: list[str]) -> tuple[list[str], str]:
    """Plain lines (blank lines between blocks) and the first heading's text."""
    out: list[str] = []
    first_heading = ""
    in_fence = False
    for line in lines:
        if _FENCE_RE.match(line):
            in_fence = not in_fence
            out.append("")
            continue
        if in_fence:
            out.append(line)
            continue
        line = _QUOTE_RE.sub("", line)
        heading = _ATX_RE.match(line)
        setext = _SETEXT_RE.match(line)
        if setext and out and out[-1].strip() and not _ITEM_RE.match(out[-1]):
            if not first_heading:
                first_heading = clean_line(out[-1])
            out.append("")
        elif _RULE_RE.match(line) or setext or _REFDEF_RE.match(line) or \
                _TABLE_SEP_RE.match(line) and "-" in line:
            out.append("")
        elif heading:
            text = strip_inline(heading.group(1) or "")
            first_heading = first_heading or clean_line(text)
            out.extend(["", text, ""])
        elif _ITEM_RE.match(line):
            out.extend(["", strip_inline(_ITEM_RE.sub("", line, count=1))])
        elif line.lstrip().startswith("|"):
            cells = [strip_inline(cell) for cell in line.strip().strip("|").split("|")]
            out.extend(["", " ".join(cell.strip() for cell in cells if cell.strip()), ""])
        else:
            out.append(strip_inline(line))
    return out, first_heading


def parse(data: bytes, name: str) -> ImportedText:
    """Import a Markdown file."""
    lines = normalize_newlines(decode_text(data)).split("\n")
    fields, lines = _front_matter(lines)
    layout, first_heading = markdown_to_layout(lines)
    text = require_text(join_paragraphs(paragraphs_from_layout("\n".join(layout))),
                        "no text in the Markdown file")
    metadata = Metadata(
        title=clean_line(fields.get("title", "")) or first_heading,
        authors=split_authors(fields.get("authors") or fields.get("author")),
        outlet=clean_line(fields.get("outlet") or fields.get("publication") or
                          fields.get("source") or ""),
        date=iso_date(fields.get("date")),
        language=map_language(fields.get("lang") or fields.get("language")),
    )
    return ImportedText(text=text, metadata=metadata, format="md")
