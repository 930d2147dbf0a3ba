"""Pairs of quotation marks inside one paragraph: ” ”, " ", « », » «, “ ”, „ “.

Swedish uses the same mark (”) to open and close, English opens with “ and closes with ”. A
mark opens when a word follows it and closes when a word precedes it; unmatched marks are
ignored, except an opening mark at the paragraph's start, which (by the English convention for
quotes running over several paragraphs) quotes the whole paragraph.
"""

from __future__ import annotations

import re

_MARK_RE = re.compile(r"[\"”“„«»]")
_CLOSERS: dict[str, str] = {
    '"': '"',
    "”": "”",
    "“": "”“",
    "„": "“”",
    "«": "»",
    "»": "«»",
}


def marked_spans(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(open mark, inner start, inner end, close mark) for each quotation in ``text[start:end]``.

    An unclosed quotation that opens the paragraph ends at ``end`` (close mark = ``end``).
    """
    spans: list[tuple[int, int, int, int]] = []
    open_ch = ""
    open_pos = -1
    for m in _MARK_RE.finditer(text, start, end):
        pos = m.start()
        ch = text[pos]
        if not open_ch:
            nxt = text[pos + 1] if pos + 1 < end else " "
            prev = text[pos - 1] if pos > start else " "
            if not nxt.isspace() and (prev.isspace() or prev in "([–—-:" or pos == start):
                open_ch, open_pos = ch, pos
            continue
        if ch in _CLOSERS[open_ch]:
            prev = text[pos - 1]
            if not prev.isspace() or pos - open_pos > 1:
                spans.append((open_pos, open_pos + 1, pos, pos))
                open_ch, open_pos = "", -1
    if open_ch and open_pos == start:
        spans.append((open_pos, open_pos + 1, end, end))
    return spans
