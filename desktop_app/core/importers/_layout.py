"""Line layout → paragraphs, in time and memory linear in the text, whatever its shape.

The rules (blank lines separate paragraphs; inside a block lines stay paragraphs of their own unless
the block is hard-wrapped, when a line broken mid-sentence joins the next) are those people's files
need. They are applied without a Python object per line: every line break inside a block is first
replaced by a one-character marker naming its kind, by C-level regular expressions over windows of
the text; only blocks that contain evidence of wrapping are looked at as a whole, and only the
breaks whose fate depends on the wrap width reach Python. A 50 MB file of one-letter lines costs
a few seconds and a few copies of the text, not a list of millions of strings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

WINDOW = 1 << 18  # characters handled by one regex call: bounds the lists re.sub builds
_CONTEXT = 16  # lookaround reach of the break patterns, in characters

# Control and format characters that never belong in a reader's text (\n survives); soft hyphens
# and zero-width marks are invisible layout hints.
INVISIBLE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2060\ufeff"
                          "\ufffe]")
# Runs of whitespace, and whitespace other than " ", become " " (what r"[^\S\n]{2,}|[^\S \n]" says,
# with the class written out: the category test per character costs twice as much; the characters
# are those re's \s matches besides " " and "\n", see tests/core/test_importers_text.py).
_OTHER_SPACES = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_SPACES_RE = re.compile(f" [ {_OTHER_SPACES}]+|[{_OTHER_SPACES}][ {_OTHER_SPACES}]*")
_OTHER_SPACE_RE = re.compile(f"[{_OTHER_SPACES}]")
_SPACES_SAFE_RE = re.compile(r"[\S\n]")  # a window may end before any of these

# Break markers (the control characters are gone after cleaning, so they cannot clash with text).
SENTENCE, JOIN, SOFT, HYPHEN, BULLET = "\x04", "\x05", "\x06", "\x07", "\x08"
_MARKS = "\x04-\x08"
_SENTENCE_END = ".!?:…\"”»"
_CLOSERS = ")\\]’'*_"
_WRAP_WIDTH_MAX = 160  # hard wrapping happens at 60-100 characters; longer lines are paragraphs


def _lowercase_class() -> str:
    """A regex class of the lower-case letters of the Basic Multilingual Plane (str.islower)."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        if chr(code).islower():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in ranges)


_LOWER = f"[{_lowercase_class()}]"
_NOT_END = f"[^{re.escape(_SENTENCE_END)}{_CLOSERS}\\n{_MARKS}]"
# A line that does not end a sentence (its last character, closers aside, is no full stop): the
# closing brackets and quotes that may follow it are looked through, up to three of them.
_SOFT_BEHIND = "|".join(f"(?<={_NOT_END}[{_CLOSERS}]{{{n}}}\\n)" for n in range(4))
_BULLET_AHEAD = r" ?(?:[-*•–·] |\d{1,3}[.)] )"
_BREAK_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\n(?:(?<=[,;]\n)|(?<=[^\W_]-\n))(?={_BULLET_AHEAD})"), BULLET),
    (re.compile(rf"\n(?<=[^\W_]-\n)(?=[^\n])"), HYPHEN),  # "IS-\nåtervändare"
    (re.compile(r"\n(?<=[,;]\n)(?=[^\n])"), JOIN),
    (re.compile(rf"\n(?:{_SOFT_BEHIND})(?= ?{_LOWER})"), JOIN),  # continues in lower case
    (re.compile(rf"\n(?:{_SOFT_BEHIND})(?=[^\n])"), SOFT),
    (re.compile(r"\n(?<=[^\n]\n)(?=[^\n])"), SENTENCE),
)
_EVIDENT_BLOCK_RE = re.compile(r"(?:^|(?<=\n))[^\n\x05\x07\x08]*[\x05\x07\x08][^\n]*")
# Inside a block, line by line: a match starts at every line start and never at another place,
# so the engine has no position to retry (a pattern anchored by a lookbehind is tried at each
# character). _EVIDENT_LINE_RE's group 1 is a line ending in an evident break (its leading space
# aside), "" for any other line. _UNDECIDED_RE takes a run of evident lines (group 1) with the
# line after it: one that ends in an undecided break (groups 2-4: lead, line, break, then the next
# line's lead and first word), or the block's last line.
_EVIDENT_LINE_RE = re.compile(rf" ?+([^{_MARKS}]*+)[\x05\x07\x08]|[^{_MARKS}]*+[\x04\x06]|"
                              rf"[^{_MARKS}]++")
_UNDECIDED_RE = re.compile(rf"((?:[^{_MARKS}]*+[\x05\x07\x08])*+)(?:( ?+)([^{_MARKS}]*+)"
                           rf"([\x04\x06])(?=( ?)([^\s{_MARKS}]*))|[^{_MARKS}]*+)")
_BULLET_RE = re.compile(_BULLET_AHEAD)
_LINE_END_RE = re.compile(rf"[\n{_MARKS}]")
_NEWLINE_RE = re.compile("\n")


def sub_windowed(pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str], text: str,
                 safe_end: re.Pattern[str] | None = None) -> str:
    """``pattern.sub(repl, text)`` a window at a time, so re's list of pieces stays small.

    A window ends at the first position at or after its nominal end where ``safe_end`` matches
    (a place no match can straddle); None: anywhere (single-character patterns).
    """
    if len(text) <= WINDOW:
        return pattern.sub(repl, text)
    if pattern.search(text) is None:  # nothing to replace (the windows give the same): no copy
        return text
    pieces: list[str] = []
    start, size = 0, len(text)
    while start < size:
        end = min(start + WINDOW, size)
        if end < size and safe_end is not None:
            found = safe_end.search(text, end)
            end = found.start() if found else size
            if end == start:
                end = start + 1
        pieces.append(pattern.sub(repl, text[start:end]))
        start = end
    return "".join(pieces)


def clean_text(text: str) -> str:
    """What ``clean_line`` does to a paragraph, done to a whole text that keeps its ``\\n``.

    Unicode NFC, invisible characters dropped, every run of other whitespace one space.
    """
    text = unicodedata.normalize("NFC", text)
    if _printable(text):  # no invisible character and no whitespace but " " and "\n"
        return text if "  " not in text else sub_windowed(_SPACES_RE, " ", text, _SPACES_SAFE_RE)
    text = sub_windowed(INVISIBLE_RE, "", text)
    if "  " not in text and _OTHER_SPACE_RE.search(text) is None:
        return text  # nothing to replace: one cheap scan instead of a substitution
    return sub_windowed(_SPACES_RE, " ", text, _SPACES_SAFE_RE)


def _printable(text: str) -> bool:
    """Whether ``text`` has only printable characters besides ``\n`` (``str.isprintable``, a C
    loop several times faster than a regex scan): every character ``INVISIBLE_RE`` drops and
    every whitespace but " " is unprintable (tests/core/test_importers_text.py checks it), so
    such a text has nothing for either to do. Checked a window at a time (no whole copy)."""
    for start in range(0, len(text), WINDOW):
        if not text[start:start + WINDOW].replace("\n", " ").isprintable():
            return False
    return True


def _mark_breaks(text: str) -> str:
    """Every line break inside a block replaced by its marker; blank-line breaks stay ``\\n``.

    Each pattern replaces one ``\\n`` by one character and looks at most ``_CONTEXT`` characters
    around it, so windows overlapped by that much give the same result as one pass.
    """
    def mark(window: str) -> str:
        for pattern, marker in _BREAK_PATTERNS:
            window = pattern.sub(marker, window)
        return window

    if len(text) <= WINDOW:
        return mark(text)
    pieces: list[str] = []
    for start in range(0, len(text), WINDOW):
        end = min(start + WINDOW, len(text))
        low = max(0, start - _CONTEXT)
        window = mark(text[low:min(len(text), end + _CONTEXT)])
        pieces.append(window[start - low:end - low])
    return "".join(pieces)


def _line_windows(text: str) -> Iterable[tuple[int, int, int]]:
    """(start, end, reach): windows that begin and end at line starts; ``reach`` takes in the
    whole line after ``end``, which a decision about the break before it may look at."""
    start, size = 0, len(text)
    while start < size:
        end = size
        if start + WINDOW < size:
            found = _LINE_END_RE.search(text, start + WINDOW)
            end = found.end() if found else size
        reach = size
        if end < size:
            found = _LINE_END_RE.search(text, end)
            reach = found.end() if found else size
        yield start, end, reach
        start = end


def _evident_width(block: str) -> int:
    """The longest line known to be wrapped (it ends in an evident break), indent aside."""
    width = 0
    for start, end, _ in _line_windows(block):
        width = max(width, max(map(len, _EVIDENT_LINE_RE.findall(block, start, end)), default=0))
    return width


def _decide_breaks(block: str, width: int) -> str:
    """In a hard-wrapped block, join the breaks the wrap width proves were the wrapper's.

    ``width`` is the longest line known to be wrapped; a break is the wrapper's when the next word
    would not have fitted on the line (allowing for proportional fonts in PDFs).
    """
    def decide(match: re.Match[str]) -> str:
        evident, lead, line, marker, next_lead, next_word = match.groups()
        if marker is None:  # the block's last line, after the evident ones
            return match.group()
        length = len(line)
        joins = not (next_lead and not lead) and length <= width * 1.15 and \
            length + 1 + len(next_word) > width * 0.9 and \
            not _BULLET_RE.match(match.string, match.end())
        return f"{evident}{lead}{line}{JOIN if joins else marker}"

    pieces = [_UNDECIDED_RE.sub(decide, block[start:reach])[:end - start]
              for start, end, reach in _line_windows(block)]
    return "".join(pieces)


def _settle_block(match: re.Match[str]) -> str:
    """A block with evident wraps: hard-wrapped (joins stand) or one line per paragraph."""
    block = match.group()
    evident = block.count(JOIN) + block.count(HYPHEN) + block.count(BULLET)
    undecided = block.count(SOFT)
    if 2 * evident < evident + undecided:  # as many plain soft breaks as evident ones
        return block.replace(JOIN, SOFT).replace(HYPHEN, SOFT)
    if SENTENCE not in block and SOFT not in block:
        return block
    width = _evident_width(block)
    if width > _WRAP_WIDTH_MAX:  # lines that long are paragraphs: only evident breaks join
        return block
    return _decide_breaks(block, width)


def _collapse_blank_lines(text: str) -> str:
    while "\n\n\n" in text:
        text = text.replace("\n\n\n\n", "\n\n").replace("\n\n\n", "\n\n")
    return text


def layout_text(text: str) -> str:
    """Normalized document text (paragraphs separated by one blank line) from ``\\n``-lined text.

    Blank lines always separate paragraphs. Inside a block, lines stay separate paragraphs (the
    one-line-per-paragraph layout, headings, signature lines) unless the block is hard-wrapped:
    then a line broken mid-sentence is joined to the next. A line that ends a sentence is joined
    only when the wrap width proves the break was the wrapper's (the next word would not fit).
    """
    text = clean_text(text).replace(" \n", "\n").rstrip()
    text = _mark_breaks(text)
    if JOIN in text or HYPHEN in text or BULLET in text:  # only a block with one is settled
        text = sub_windowed(_EVIDENT_BLOCK_RE, _settle_block, text, _NEWLINE_RE)
    for marker in (SENTENCE, JOIN, SOFT, HYPHEN, BULLET):
        text = text.replace(marker + " ", marker)
    text = text.replace(JOIN, " ").replace(HYPHEN, "")
    for marker in (SENTENCE, SOFT, BULLET):
        text = text.replace(marker, "\n\n")
    return _collapse_blank_lines(text.replace("\n ", "\n")).strip()


def join_paragraphs(paragraphs: Iterable[str]) -> str:
    """The normalized document text: non-empty cleaned paragraphs separated by one blank line."""
    text = clean_text("\n\n".join(p.replace("\n", " ") for p in paragraphs))
    return _collapse_blank_lines(text.replace(" \n", "\n").replace("\n ", "\n")).strip()

