"""Shared clean-up for every format: one paragraph per line, and metadata values in house form.

Each format module finds its paragraphs; these helpers turn them into the normalized text of
:class:`~desktop_app.core.document.ImportedText` and map language tags and dates to "sv"/"en" and
ISO dates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers._errors import FormatError
from desktop_app.core.importers._layout import INVISIBLE_RE as _INVISIBLE_RE, join_paragraphs

__all__ = ["BlankLineJoined", "JoinedParagraphs", "clean_line", "first_line", "has_word", "first_line_title", "genre_from_labels", "iso_date", "join_paragraphs",
           "map_language", "require_text", "split_authors", "trim_title"]

TITLE_MAX_CHARS = 120

_SPACE_RE = re.compile(r"[^\S\n]+")  # any whitespace except newline (includes NBSP, tabs)

_LANGUAGE_NAMES = {
    "sv": "sv", "swe": "sv", "swedish": "sv", "svenska": "sv",
    "en": "en", "eng": "en", "english": "en", "engelska": "en",
}


def clean_line(text: str) -> str:
    """One paragraph's text: invisible characters dropped, every run of whitespace one space."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE_RE.sub("", text)
    return _SPACE_RE.sub(" ", text.replace("\n", " ")).strip()


_WORD_CHAR_RE = re.compile(r"[^\W_]")


def has_word(text: str) -> bool:
    """Whether ``text`` has a letter or digit (what ``require_text`` asks for)."""
    return _WORD_CHAR_RE.search(text) is not None


def require_text(text: str, what: str = "no text found") -> str:
    """Refuse a result with no words in it (empty file, only markup, only whitespace)."""
    if not has_word(text):
        raise FormatError(what)
    return text


def first_line(text: str) -> str:
    """The text up to its first line end (without copying the rest, as ``split`` would)."""
    end = text.find("\n")
    return text if end < 0 else text[:end]


def first_line_title(text: str, fallback: str = "") -> str:
    """A title from the first line when it is short enough to be a headline, else ``fallback``."""
    first = first_line(text).strip()
    if first and len(first) <= TITLE_MAX_CHARS:
        return first
    return fallback


def trim_title(text: str, limit: int = TITLE_MAX_CHARS) -> str:
    """Cut a long first line at a word boundary, marking the cut with an ellipsis."""
    text = clean_line(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + "…"


def map_language(tag: str | None) -> str:
    """Map a language tag or name ("sv-SE", "swe", "English") to "sv"/"en", else ""."""
    if not tag:
        return ""
    value = tag.strip().lower().replace("_", "-")
    return _LANGUAGE_NAMES.get(value) or _LANGUAGE_NAMES.get(value.split("-", 1)[0], "")


_ISO_DATE_RE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_YEAR_ONLY_RE = re.compile(r"^\s*(\d{4})\s*$")


def iso_date(value: str | None) -> str:
    """Reduce a timestamp in any of the usual forms to ``YYYY-MM-DD`` ("" if it has no valid date).

    Handles ISO 8601 ("2019-03-28T10:00:00Z"), compact forms and PDF dates ("D:20190328104500").
    """
    if not value:
        return ""
    match = _ISO_DATE_RE.search(value)
    if not match:
        return ""
    year, month, day = (int(g) for g in match.groups())
    if not (1000 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def split_authors(value: str | None) -> list[str]:
    """Authors from a metadata field that may list several ("A; B", "A och B", "A and B")."""
    if not value:
        return []
    parts = re.split(r"\s*[;|]\s*|\s+\band\b\s+|\s+\boch\b\s+", value)
    return [clean_line(p) for p in parts if clean_line(p)]


_OPINION_WORDS = ("opinion", "debatt", "ledare", "ledarsida", "kolumn", "krönika", "editorial",
                  "commentary", "op-ed", "insändare", "signerat")
_INTERVIEW_WORDS = ("intervju", "interview")


def genre_from_labels(labels: Iterable[str]) -> str:
    """Genre from section/type labels a format carries (og:type, article:section, keywords)."""
    text = " ".join(labels).lower()
    if any(word in text for word in _OPINION_WORDS):
        return "opinion"
    if any(word in text for word in _INTERVIEW_WORDS):
        return "interview"
    return "other"


class BlankLineJoined:
    """``"\\n\\n".join`` of the non-empty pieces added, built as they come: as a list of str,
    or with ``utf8`` (an import that may give UTF-8, see ``utf8_result``) encoded into one
    buffer, so a long text is held once, as UTF-8, and never whole as a str. ``chars`` is the
    joined text's length in characters, ``has_word`` whether it has a letter or digit."""

    def __init__(self, utf8: bool = False) -> None:
        self.pieces: list[str] = []
        self.utf8 = bytearray() if utf8 else None
        self.chars = 0
        self.has_word = False

    def add(self, piece: str) -> None:
        if not piece:
            return
        self.has_word = self.has_word or has_word(piece)
        if self.chars:
            self.chars += 2
            if self.utf8 is not None:
                self.utf8 += b"\n\n"
        self.chars += len(piece)
        if self.utf8 is None:
            self.pieces.append(piece)
        else:
            self.utf8 += piece.encode("utf-8", "surrogatepass")

    def finish(self) -> str | bytearray:
        return "\n\n".join(self.pieces) if self.utf8 is None else self.utf8

    def imported(self, metadata: Metadata, fmt: str, warnings: list[str]) -> ImportedText:
        """The import's result: its text as a str, or (``utf8``) as UTF-8."""
        text = self.finish()
        if isinstance(text, str):
            return ImportedText(text=text, metadata=metadata, format=fmt, warnings=warnings)
        return ImportedText(text="", metadata=metadata, format=fmt, warnings=warnings, utf8=text,
                            chars=self.chars)


class JoinedParagraphs:
    """``join_paragraphs`` of every paragraph added, done a group at a time as they come, so
    the raw paragraphs of the whole document are never held beside their cleaned text (each
    rule of ``join_paragraphs`` stays inside a paragraph, so the groups join to the same text).
    Used by the formats that find their paragraphs one at a time (DOCX, ODT, EPUB, XML).

    With ``utf8`` the joined groups are kept encoded, in one buffer (``BlankLineJoined``): the
    text is then held once, as UTF-8 (about half a str's size for a text with any character
    past Latin-1), never whole as a str."""

    GROUP_CHARS = 1 << 18

    def __init__(self, utf8: bool = False) -> None:
        self.group: list[str] = []
        self.group_size = 0
        self.count = 0
        self.done = BlankLineJoined(utf8)

    def extend(self, paragraphs: list[str]) -> int:
        """Add ``paragraphs``; gives their size in characters."""
        self.group.extend(paragraphs)
        self.count += len(paragraphs)
        size = sum(map(len, paragraphs))
        self.group_size += size
        if self.group_size >= self.GROUP_CHARS:
            self._join()
        return size

    def _join(self) -> None:
        joined = join_paragraphs(self.group)
        self.group, self.group_size = [], 0
        self.done.add(joined)

    def finish(self) -> str | bytearray:
        self._join()
        return self.done.finish()


def join_consumed(paragraphs: list[str], utf8: bool = False) -> JoinedParagraphs:
    """``JoinedParagraphs`` of ``paragraphs`` (finished), emptying the list as it goes, so each
    raw paragraph is freed once its group is joined: the raw list and the joined text are never
    both held whole."""
    joined = JoinedParagraphs(utf8)
    paragraphs.reverse()
    while paragraphs:
        joined.extend([paragraphs.pop() for _ in range(min(len(paragraphs), 256))])
    joined.finish()
    return joined
