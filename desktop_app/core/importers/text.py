"""Plain text: find the encoding, then rebuild paragraphs from whatever line layout the file uses.

Decoding prefers what can be proven (byte-order marks, strict UTF-8), then the Windows-1252 /
Latin-1 family that old Swedish files use, and only then charset-normalizer's statistical guess,
which is unreliable on short texts. Every check is a C-level pass over the bytes or the text (no
Python loop per character), so a 50 MB file is judged in well under a second. The line layout is
turned into paragraphs by :mod:`._layout`, which Markdown, PDF and pasted text share.
"""

from __future__ import annotations

import codecs
import re

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers._errors import FormatError
from desktop_app.core.importers._layout import layout_text
from desktop_app.core.importers._normalize import require_text

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Non-ASCII characters that Western European text (Swedish first) is made of in Windows-1252.
_WESTERN_LETTERS = "åäöÅÄÖéÉèÈêÊëËàÀâÂáÁíÍìîÎïÏóÓòôÔúÚùûÛüÜñÑçÇæÆøØßÿœ"
_WESTERN_PUNCT = "–—‘’‚“”„…«»€•°§½¼¾´·×±¢£¥©®™\u00a0¡¿²³¹"
_NOT_WESTERN_RE = re.compile(f"[^\x00-\x7f{re.escape(_WESTERN_LETTERS + _WESTERN_PUNCT)}]")
# C0 control codes other than tab, newlines and form feed, and DEL: what binary data is full of.
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 32), 127])
_MAX_CONTROL_SHARE = 0.05
_WESTERN_MAX_ACCENTED_WORDS = 0.2  # Swedish: ~0 % ("ö" is one letter); Cyrillic as cp1252: ~100 %
_WORD_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}(?![^\W\d_])")  # words of two letters or more
_FOREIGN_WORD_RE = re.compile(r"(?<![^\W\d_])[^\W\d_\x00-\x7f]{2,}(?![^\W\d_])")  # no ASCII
_SAMPLE_CHARS = 1 << 20  # the word statistics look at the first MB: enough to tell, and bounded


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
    valid = len(probe) - len(probe.encode("ascii", errors="ignore")) - invalid
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
    if _NOT_WESTERN_RE.search(text):
        return None
    sample = text[:_SAMPLE_CHARS]
    words = len(_WORD_RE.findall(sample))
    foreign = len(_FOREIGN_WORD_RE.findall(sample))
    if words and foreign / words > _WESTERN_MAX_ACCENTED_WORDS:
        return None
    return text


def _statistical_decode(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise FormatError("cannot tell the text encoding (not UTF-8, UTF-16 or Windows-1252)")
    return str(best)


def _control_share(chars: str | bytes) -> float:
    """Share of C0 control codes other than tab, newlines and form feed (and DEL).

    Counted by deleting them with ``bytes.translate``: control codes are single bytes in UTF-8.
    """
    if not chars:
        return 0.0
    raw = chars if isinstance(chars, bytes) else chars.encode("utf-8", "surrogatepass")
    return (len(raw) - len(raw.translate(None, _CONTROL_BYTES))) / len(chars)


def _refuse_binary(text: str) -> str:
    """Binary junk decodes too (Latin-1 accepts anything): refuse text full of control codes."""
    if text.count("\x00") > len(text) / 100 or _control_share(text) > _MAX_CONTROL_SHARE:
        raise FormatError("binary data (control characters), not text")
    return text


def normalize_newlines(text: str) -> str:
    """Every line ending as ``\\n``; paragraph and page separators as a blank line."""
    for ending in ("\r\n", "\r", "\x85", "\u2028", "\x0b"):
        text = text.replace(ending, "\n")
    return text.replace("\u2029", "\n\n").replace("\x0c", "\n\n")


def paragraphs_from_layout(text: str) -> list[str]:
    """Paragraphs from newline-normalized text in any of the layouts people save (see
    :func:`._layout.layout_text`)."""
    laid_out = layout_text(text)
    return laid_out.split("\n\n") if laid_out else []


def parse(data: bytes, name: str) -> ImportedText:
    """Import a plain text file (the registry takes the title from its first line)."""
    text = layout_text(normalize_newlines(decode_text(data)))
    require_text(text, "no text in the file (empty or only whitespace)")
    return ImportedText(text=text, metadata=Metadata(), format="txt")
