"""Plain text: find the encoding, then rebuild paragraphs from whatever line layout the file uses.

Decoding prefers what can be proven (byte-order marks, strict UTF-8), then the Windows-1252 /
Latin-1 family that old Swedish files use, and only then charset-normalizer's statistical guess,
which is unreliable on short texts. :func:`paragraphs_from_layout` also serves Markdown and PDF.
"""

from __future__ import annotations

import codecs
import re

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers._errors import FormatError
from desktop_app.core.importers._normalize import clean_line, join_paragraphs, require_text

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Non-ASCII characters that Western European text (Swedish first) is made of in Windows-1252.
_WESTERN_LETTERS = set("åäöÅÄÖéÉèÈêÊëËàÀâÂáÁíÍìîÎïÏóÓòôÔúÚùûÛüÜñÑçÇæÆøØßÿœ")
_WESTERN_PUNCT = set("–—‘’‚“”„…«»€•°§½¼¾´·×±¢£¥©®™\u00a0¡¿²³¹")
_TEXT_CONTROLS = frozenset(b"\t\n\r\f")
_MAX_CONTROL_SHARE = 0.05
_WESTERN_MAX_ACCENTED_WORDS = 0.2  # Swedish: ~0 % ("ö" is one letter); Cyrillic as cp1252: ~100 %
_WORD_RE = re.compile(r"[^\W\d_]+")


def decode_text(data: bytes) -> str:
    """Decode a text file's bytes; :class:`FormatError` when it is binary or undecodable."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise FormatError(f"invalid {encoding.upper()} text after its byte-order mark "
                                  f"(byte {exc.start + len(bom)})") from None
            return _refuse_binary(text)
    if b"\x00" in data:
        guessed = _guess_utf16(data)
        if guessed is None:
            raise FormatError("binary data (NUL bytes), not text")
        return _refuse_binary(guessed)
    try:
        return _refuse_binary(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return _refuse_binary(mixed)
    if _control_share(data) > _MAX_CONTROL_SHARE:
        raise FormatError("binary data (control characters), not text")
    for encoding in ("cp1252", "mac_roman"):  # old Windows, then old Macintosh files
        western = _western_decode(data, encoding)
        if western is not None:
            return _refuse_binary(western)
    return _refuse_binary(_statistical_decode(data))


def _cp1252_for_stray_bytes(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is not UTF-8 is read as Windows-1252 (Latin-1 if unset)."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="ignore") or bad.decode("latin-1"), error.end


codecs.register_error("viewpoints-cp1252", _cp1252_for_stray_bytes)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray Windows-1252 bytes (pasted-together files, a damaged byte)."""
    probe = data.decode("utf-8", errors="replace")
    invalid = probe.count("\ufffd")
    valid = sum(1 for ch in probe if ord(ch) >= 128) - invalid
    if valid < 2 or invalid > valid:
        return None
    return data.decode("utf-8", errors="viewpoints-cp1252")


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: Latin text has a zero in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    even_zero = data[0::2].count(0) / half
    odd_zero = data[1::2].count(0) / half
    if odd_zero > 0.4 and even_zero < 0.05:
        encoding = "utf-16-le"
    elif even_zero > 0.4 and odd_zero < 0.05:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _western_decode(data: bytes, encoding: str) -> str | None:
    """``data`` in a Western legacy encoding, if the result reads as Western text.

    Windows-1252 covers Latin-1's printable range, so it reads Latin-1 files too.

    Cyrillic or Greek legacy text also decodes as Windows-1252, but into letters outside the
    Western set or into words made only of accented letters; Swedish words mix in ASCII letters.
    """
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None  # e.g. bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D: not Windows-1252
    for ch in text:
        if ord(ch) >= 128 and ch not in _WESTERN_LETTERS and ch not in _WESTERN_PUNCT:
            return None
    words = [word for word in _WORD_RE.findall(text) if len(word) > 1]
    foreign = sum(1 for word in words if all(ord(ch) >= 128 for ch in word))
    if words and foreign / len(words) > _WESTERN_MAX_ACCENTED_WORDS:
        return None
    return text


def _statistical_decode(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise FormatError("cannot tell the text encoding (not UTF-8, UTF-16 or Windows-1252)")
    return str(best)


def _control_share(chars: str | bytes) -> float:
    """Share of C0 control codes other than tab, newlines and form feed."""
    if not chars:
        return 0.0
    codes = chars if isinstance(chars, bytes) else (ord(ch) for ch in chars)
    controls = sum(1 for code in codes if (code < 32 and code not in _TEXT_CONTROLS) or code == 127)
    return controls / len(chars)


def _refuse_binary(text: str) -> str:
    """Binary junk decodes too (Latin-1 accepts anything): refuse text full of control codes."""
    if text.count("\x00") > len(text) / 100 or _control_share(text) > _MAX_CONTROL_SHARE:
        raise FormatError("binary data (control characters), not text")
    return text


_NEWLINE_RE = re.compile(r"\r\n|\r|\x85|\u2028|\x0b")
_PARAGRAPH_BREAK_RE = re.compile(r"[\u2029\x0c]")


def normalize_newlines(text: str) -> str:
    """Every line ending as ``\\n``; paragraph and page separators as a blank line."""
    return _PARAGRAPH_BREAK_RE.sub("\n\n", _NEWLINE_RE.sub("\n", text))


# ---- line layout -> paragraphs -------------------------------------------------------------------

_SENTENCE_END = set(".!?:…\"”»")
_TRAILING_CLOSERS = ")]’'*_"
_BULLET_RE = re.compile(r"^\s*(?:[-*•–·]\s|\d{1,3}[.)]\s)")
_WRAP_WIDTH_MAX = 160  # hard wrapping happens at 60-100 characters; longer lines are paragraphs


def paragraphs_from_layout(text: str) -> list[str]:
    """Paragraphs from newline-normalized text in any of the layouts people save.

    Blank lines always separate paragraphs. Inside a block, lines stay separate paragraphs (the
    one-line-per-paragraph layout, headings, signature lines) unless the block is hard-wrapped:
    then a line broken mid-sentence is joined to the next. A line that ends a sentence is joined
    only when the wrap width proves the break was the wrapper's (the next word would not fit).
    """
    paragraphs: list[str] = []
    block: list[str] = []
    for line in text.split("\n") + [""]:
        if line.strip():
            block.append(line.rstrip())
        elif block:
            paragraphs.extend(_unwrap_block(block))
            block = []
    return paragraphs


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip().rstrip(_TRAILING_CLOSERS)
    return not stripped or stripped[-1] in _SENTENCE_END


def _continues(line: str, following: str) -> bool:
    """Evidence of a wrap: a comma/semicolon/hyphen at the end, or lowercase at the start."""
    tail = line.rstrip()
    head = following.lstrip()
    if tail.endswith((",", ";")) or (tail.endswith("-") and len(tail) > 1 and tail[-2].isalnum()):
        return True
    return bool(head) and head[0].islower()


def _unwrap_block(lines: list[str]) -> list[str]:
    if len(lines) == 1:
        return [clean_line(lines[0])]
    breaks = range(len(lines) - 1)
    soft = [i for i in breaks if not _ends_sentence(lines[i])]
    evident = {i for i in soft if _continues(lines[i], lines[i + 1])}
    if not evident or 2 * len(evident) < len(soft):
        return [clean_line(line) for line in lines]  # one line per paragraph
    width = max(len(lines[i].strip()) for i in evident)  # lines known to be wrapped
    paragraphs: list[str] = []
    current = clean_line(lines[0])
    for i in breaks:
        following = lines[i + 1]
        if _joins(lines[i], following, i in evident, width):
            hyphen = current.endswith("-") and len(current) > 1 and current[-2].isalnum()
            separator = "" if hyphen and i in evident else " "  # "IS-" + "återvändare"
            current = f"{current}{separator}{clean_line(following)}"
        else:
            paragraphs.append(current)
            current = clean_line(following)
    paragraphs.append(current)
    return paragraphs


def _joins(line: str, following: str, evident: bool, width: int) -> bool:
    """Inside a hard-wrapped block: is the break between ``line`` and ``following`` a wrap?

    ``width`` is the longest line known to be wrapped; a break is the wrapper's when the next
    word would not have fitted on the line (allowing for proportional fonts in PDFs).
    """
    if _BULLET_RE.match(following):
        return False
    if evident:
        return True
    indented = len(following) - len(following.lstrip()) > len(line) - len(line.lstrip())
    length = len(line.strip())
    if indented or width > _WRAP_WIDTH_MAX or length > width * 1.15:
        return False  # much longer than the wrapped lines: a heading or a paragraph of its own
    next_word = following.split(None, 1)[0]
    return length + 1 + len(next_word) > width * 0.9


def parse(data: bytes, name: str) -> ImportedText:
    """Import a plain text file (the registry takes the title from its first line)."""
    text = join_paragraphs(paragraphs_from_layout(normalize_newlines(decode_text(data))))
    require_text(text, "no text in the file (empty or only whitespace)")
    return ImportedText(text=text, metadata=Metadata(), format="txt")
