"""What each paragraph is: the title line, a sub-heading, or body text (or, marked later by
the opinion stage, a signature).

Titles and sub-headings ("Snabbt tillbaka", "Dålig beredskap") are never quotes or claims. A
sub-heading is a short line without sentence-final punctuation that has body text after it.
"""

from __future__ import annotations

import re

from desktop_app.core.analysis.model import Span
from desktop_app.core.document import Paragraph

MAX_HEADING_WORDS = 10
MAX_HEADING_CHARS = 90
MAX_TITLE_WORDS = 25

_WORD_RE = re.compile(r"\w+")
_DASH_OR_QUOTE = "–—−―-\"”“«»„'"
_FINAL_PUNCT = ".!:;,…\"”»’)"


def _words(text: str, limit: int) -> int:
    count = 0
    for _ in _WORD_RE.finditer(text):
        count += 1
        if count > limit:
            break
    return count


# A wire dateline opening a paragraph: "PHOENIX (AP) — ", "LONDON, June 3 (Reuters) - ",
# "STOCKHOLM (TT) ": where the news was filed, not part of what anyone says.
_DATELINE_RE = re.compile(
    r"[A-ZÅÄÖ]{3,}[A-ZÅÄÖ.'-]*(?:[ \t]+[A-ZÅÄÖ]{2,}[A-ZÅÄÖ.'-]*){0,3}"
    r"(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"
    r"(?P<agency>[ \t]*\([A-Z][A-Za-z .&-]{1,25}\))?[ \t]*(?P<dash>[—–-])?[ \t]+"
)


def dateline_end(text: str, start: int, end: int) -> int:
    """Where a paragraph's text starts after a wire dateline ("PHOENIX (AP) — "), else ``start``."""
    m = _DATELINE_RE.match(text, start, end)
    if m is None or not (m.group("agency") or m.group("dash") in ("—", "–") and m.end() - start > 6):
        return start
    return m.end()


def looks_like_heading(line: str) -> bool:
    """A short line that does not end like a sentence and does not open a quote."""
    line = line.strip()
    if not line or len(line) > MAX_HEADING_CHARS:
        return False
    if line[0] in _DASH_OR_QUOTE or not (line[0].isupper() or line[0].isdigit()):
        return False
    if line.endswith(tuple(_FINAL_PUNCT)) or "," in line:
        return False  # "Det stämmer, säger hon" without its period is still a sentence
    words = _words(line, MAX_HEADING_WORDS)
    if line.endswith("?") and words > 6:
        return False
    return 0 < words <= MAX_HEADING_WORDS


def is_title_line(line: str, title: str | None) -> bool:
    """The first paragraph repeats the document's title, or reads like one."""
    line = " ".join(line.split())
    if title and " ".join(title.split()).casefold() == line.casefold():
        return True
    if not line or line[0] in _DASH_OR_QUOTE or line.endswith(tuple(".!:;,…")):
        return False
    return _words(line, MAX_TITLE_WORDS) <= MAX_TITLE_WORDS and not line.endswith("?")


def classify_paragraphs(text: str, paragraphs: list[Paragraph], title: str | None) -> list[str]:
    """One role per paragraph: "title", "heading" or "body"."""
    roles = ["body"] * len(paragraphs)
    for i, para in enumerate(paragraphs):
        line = text[para.start : para.end]
        has_next = i + 1 < len(paragraphs)
        if i == 0 and has_next and is_title_line(line, title):
            roles[i] = "title"
        elif has_next and looks_like_heading(line):
            roles[i] = "heading"
    return roles


def questions_as_body(text: str, paragraphs: list[Paragraph], roles: list[str]) -> None:
    """In an interview a short line ending in "?" is a question, not a sub-heading: make it body."""
    for i, para in enumerate(paragraphs):
        if roles[i] == "heading" and text[para.start : para.end].rstrip("”\"»’ ").endswith("?"):
            roles[i] = "body"


def body_paragraphs(paragraphs: list[Paragraph], roles: list[str]) -> list[tuple[int, int, int]]:
    """(index, start, end) of the paragraphs whose role is "body"."""
    return [(p.index, p.start, p.end) for p, role in zip(paragraphs, roles) if role == "body"]


def heading_spans(paragraphs: list[Paragraph], roles: list[str]) -> list[Span]:
    """The title and the sub-headings, as spans."""
    return [Span(p.start, p.end) for p, role in zip(paragraphs, roles) if role in ("title", "heading")]
