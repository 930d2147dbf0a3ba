"""The two exceptions of the importers: one for callers, one raised inside a format module.

Both carry a short reason a user understands and, apart from it, the technical ``detail`` (the
parser's own message, a traceback) that belongs in the import log, never on screen.
"""

from __future__ import annotations

from contextvars import ContextVar

NAME_MAX_CHARS = 48  # longer file names are shortened in the middle: the line stays readable
REASON_MAX_CHARS = 108  # with the name and ": ", a line stays under 160


def short_name(name: str, limit: int = NAME_MAX_CHARS) -> str:
    """``name`` as shown in a one-line message: its start and its extension survive."""
    if len(name) <= limit:
        return name
    keep = limit - 1
    tail = max(8, keep // 3)
    return f"{name[:keep - tail]}…{name[-tail:]}"


def one_line(text: str, limit: int = REASON_MAX_CHARS) -> str:
    """Whitespace folded to single spaces and cut at ``limit`` characters (with an ellipsis)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class ImportFailure(Exception):
    """A file could not be imported; ``str(e)`` is one line: ``"<name>: <reason>"``.

    ``detail`` holds what the log gets (parser messages, tracebacks); it is never shown.
    """

    def __init__(self, name: str, reason: str, detail: str = "") -> None:
        self.name = name
        self.reason = one_line(reason) or "could not import"
        self.detail = detail
        super().__init__(f"{short_name(name)}: {self.reason}")


class FormatError(Exception):
    """Raised by a format module with a user-facing reason; the registry adds the file name."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(reason)


class TextTooLong(Exception):
    """A format module found more text than the import may bring in (see ``check_text_size``)."""

    def __init__(self, count: int) -> None:
        self.count = count
        super().__init__(f"{count} characters")


# The text limit of the import under way, set by the registry: format modules that build their
# text bit by bit (DOCX, ODT, EPUB) stop as soon as they pass it, before the text fills memory.
text_limit: ContextVar[int] = ContextVar("text_limit", default=50 * 1000 * 1000)


def check_text_size(count: int) -> None:
    """Raise :class:`TextTooLong` once ``count`` characters pass the current import's limit."""
    if count > text_limit.get():
        raise TextTooLong(count)


# Whether the import under way may give its text as UTF-8 (``ImportedText.utf8``) rather than a
# str: set by the registry for the import worker; a format module that builds long texts (DOCX)
# then never holds the whole text as a str.
utf8_result: ContextVar[bool] = ContextVar("utf8_result", default=False)
