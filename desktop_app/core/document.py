"""The document model: what an importer produces and what the library stores.

Text is normalized (``\\n`` line endings, one paragraph per line, paragraphs separated by one
blank line), and every analysis span is a character offset into that text.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass, field

GENRES: tuple[str, ...] = ("news", "opinion", "interview", "other")
LANGUAGES: tuple[str, ...] = ("sv", "en")

_WORD_RE = re.compile(r"\w+", re.UNICODE)


@dataclass
class Metadata:
    """Bibliographic facts about a text; every field may be empty when unknown."""

    title: str = ""
    authors: list[str] = field(default_factory=list)
    outlet: str = ""
    date: str = ""  # ISO 8601 date (YYYY-MM-DD) when known, else ""
    genre: str = "other"  # one of GENRES
    language: str = ""  # "sv", "en" or "" (unknown: the analysis detects it)

    def merged_with(self, other: Metadata) -> Metadata:
        """Fields of ``other`` win where they are non-empty (used for seeds.json and user edits)."""
        return Metadata(
            title=other.title or self.title,
            authors=list(other.authors) or list(self.authors),
            outlet=other.outlet or self.outlet,
            date=other.date or self.date,
            genre=other.genre if other.genre and other.genre != "other" else self.genre,
            language=other.language or self.language,
        )


@dataclass
class ImportedText:
    """What an importer returns: normalized text plus whatever metadata the format carried."""

    text: str
    metadata: Metadata
    format: str  # short format name: "txt", "md", "html", "xml", "docx", "odt", "epub", "pdf"
    # What could not be read although the rest was ("pages 3 and 7 are damaged; skipped"): one
    # short line each, shown with the import's outcome.
    warnings: list[str] = field(default_factory=list)
    # The text as UTF-8, never decoded, where the caller asked for it (``import_bytes(...,
    # utf8=True)``, the import worker's answer): ``text`` is then "" and ``chars`` its length in
    # characters. A long text is then held once, in 1 byte per ASCII character, not as a str.
    utf8: bytes | bytearray | memoryview | None = None
    chars: int = 0


@dataclass(frozen=True)
class Paragraph:
    """A paragraph as a span of the document text (a non-empty line)."""

    index: int
    start: int
    end: int


@dataclass
class Document:
    """A document as stored in the library."""

    id: int | None
    text: str
    metadata: Metadata
    source_name: str = ""  # the original file name (or "pasted text")
    sha256: str = ""
    imported_at: str = ""  # ISO 8601 timestamp, UTC
    format: str = "txt"

    @property
    def title(self) -> str:
        return self.metadata.title

    def paragraphs(self) -> list[Paragraph]:
        return split_paragraphs(self.text)

    @property
    def word_count(self) -> int:
        return count_words(self.text)


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs are the non-empty lines of the text, numbered from 0."""
    paragraphs: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            paragraphs.append(
                Paragraph(len(paragraphs), pos + lead, pos + lead + len(stripped))
            )
        pos = end + 1
    return paragraphs


_COUNT_WINDOW = 1 << 18

# The class of each Latin-1 character as one byte: b"w" for a word character (what ``\\w``
# matches: ``str.isalnum()`` or "_"), b" " for any other.
_LATIN1_CLASS = bytes(ord("w") if chr(code).isalnum() or code == 0x5F else ord(" ")
                      for code in range(256))
# Past this share of characters beyond Latin-1 (Cyrillic, Greek, CJK text), a window is counted
# by ``findall``: the error handler below is called once per run of such characters.
_BEYOND_LATIN1_SHARE = 64


class _Classes(dict):
    """Character -> "w" (word) or " ", filled as characters are met (``str.translate`` table)."""

    def __missing__(self, code: int) -> str:
        self[code] = found = "w" if chr(code).isalnum() or code == 0x5F else " "
        return found


_BEYOND_LATIN1 = _Classes()


def _classify_beyond_latin1(error: UnicodeEncodeError) -> tuple[str, int]:
    """Encoding error handler: a run of characters past Latin-1 as "w" (word) or " " (other)."""
    return error.object[error.start:error.end].translate(_BEYOND_LATIN1), error.end


codecs.register_error("viewpoints-word-class", _classify_beyond_latin1)


def count_words(text: str) -> int:
    """How many words (runs of ``\\w``): ``len(re.findall(r"\\w+", text))`` (tested), without a
    Python step per word.

    A window of the text is encoded as Latin-1 (a C loop; characters past it, rare in Swedish
    and English, go through an error handler a run at a time), its bytes are mapped to one class
    byte each (b"w" word, b" " other) and the word starts counted as b" w" pairs. A window
    mostly past Latin-1 is counted by ``findall``; a word cut by a window's end counts once.
    """
    total = 0
    before = b" "  # the class of the character before the window
    for start in range(0, len(text), _COUNT_WINDOW):
        window = text[start:start + _COUNT_WINDOW]
        beyond = len(window) - len(window.encode("latin-1", "ignore"))
        if beyond * _BEYOND_LATIN1_SHARE > len(window):
            total += len(_WORD_RE.findall(window))
            if before == b"w" and _WORD_RE.match(window):
                total -= 1  # one word on both sides of the cut
            last = window[-1]
            before = b"w" if last.isalnum() or last == "_" else b" "
            continue
        classes = window.encode("latin-1", "viewpoints-word-class").translate(_LATIN1_CLASS)
        total += classes.count(b" w") + (before == b" " and classes[:1] == b"w")
        before = classes[-1:]
    return total


def content_sha256(text: str) -> str:
    """Identity of a document's content: the hash of its normalized text.

    Hashing the normalized text (not the file's bytes) makes the same article saved as UTF-8 and as
    Windows-1252, or with other line endings, a duplicate rather than a second copy.
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
