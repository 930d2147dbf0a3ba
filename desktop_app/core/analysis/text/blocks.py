"""Body paragraphs with the cue words found in them, from one scan of the whole text.

The cue scan finds every cue word at once; handing each paragraph its hits keeps the quote
rules linear and lets paragraphs without any cue (plain narration) cost almost nothing: the
quote rules skip them. Sentences are split only for the paragraphs that need them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.core.analysis.text.cue_scan import CueHits
from desktop_app.core.analysis.text.language import supported
from desktop_app.core.analysis.text.layout import dateline_end
from desktop_app.core.analysis.text.sentences import sentence_spans

# A dash that may open a quote (and the spaces after it); whether it does depends on what
# stands before it.
DASH_RE = re.compile(r"(?:[–—−―]|-(?=\s))\s*")
QUOTE_MARKS = "\"”“„«»"  # every quotation mark, opening or closing
QUOTE_MARK_RE = re.compile(f"[{QUOTE_MARKS}]")
_OPENS_AFTER = ".!?…”\"»:"
_STANCE_RE = {
    "sv": re.compile(
        r"(?<!\w)(?P<verb>håller|höll)\s+(?P<mid>(?:(?:inte|dock|heller|alls|fullt|helt|absolut|verkligen|också|även)\s+){0,3})"
        r"med(?:\s+om)?(?:\s+(?P<that>att))?(?!\w)"
    ),
    "en": re.compile(
        r"(?<!\w)(?P<verb>(?:dis)?agree[sd]?)(?P<mid>\s+with\s+[^.,;:!?]{1,60}?)?(?:\s+(?P<that>that))?(?!\w)"
    ),
}


# A live blog's time stamp opening a paragraph ("6:58 p.m. — ", "21.31 ", "kl. 08.15 – "): the
# first sentence starts after it, so its subject opens the sentence.
_TIME_LEAD_RE = re.compile(
    r"\s*(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?\s*(?:[–—−―-]\s*)?(?=[A-ZÅÄÖ])"
)


@lru_cache(maxsize=None)
def _stance_ci(language: str) -> re.Pattern[str]:
    return re.compile(_STANCE_RE[language].pattern, re.IGNORECASE)


@dataclass(slots=True)
class Block:
    """A body paragraph (``index`` counts all paragraphs from 0) and the cues inside it."""

    text: str
    index: int
    start: int
    end: int
    # Cue hits in text order; an empty tuple until make_blocks finds one (most paragraphs have few).
    verbs: Sequence[tuple[int, int]] = ()
    according: Sequence[tuple[int, int]] = ()
    participles: Sequence[tuple[int, int]] = ()  # ", insisting ..."
    rule_words: Sequence[tuple[int, int]] = ()  # words of quote_rule_words.txt (speech/rules.py)
    dashes: Sequence[tuple[int, int]] = ()  # (dash, first quoted char)
    stances: Sequence[re.Match[str]] = ()
    marks: int = 0
    _sentences: list[tuple[int, int]] | None = None
    _starts: list[int] | None = None

    @property
    def sentences(self) -> list[tuple[int, int]]:
        if self._sentences is None:
            self._sentences = sentence_spans(self.text, self.start, self.end)
            lead = _TIME_LEAD_RE.match(self.text, self.start, self.end)
            if lead is not None and self._sentences and lead.end() < self._sentences[0][1]:
                self._sentences[0] = (lead.end(), self._sentences[0][1])
            self._starts = [s for s, _ in self._sentences]
        return self._sentences

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos`` (the paragraph itself when it has none)."""
        sentences = self._sentences
        if sentences is None:
            sentences = self.sentences
        if not sentences:
            return (self.start, self.end)
        i = bisect_right(self._starts, pos) - 1  # type: ignore[arg-type]
        return sentences[i if i > 0 else 0]

    @property
    def has_cues(self) -> bool:
        return bool(
            self.verbs or self.according or self.dashes or self.stances or self.marks or self.participles
            or self.rule_words
        )

    @property
    def ends_with_colon(self) -> bool:
        return self.end > self.start and self.text[self.end - 1] == ":"


def _by_block(blocks: list[Block], starts: list[int], spans: list[tuple[int, int]]):
    """(block, its spans) for the blocks that hold any of ``spans`` (both in text order)."""
    i = 0
    n = len(spans)
    while i < n:
        k = bisect_right(starts, spans[i][0]) - 1
        if k < 0 or spans[i][0] >= blocks[k].end:
            i += 1
            continue
        block = blocks[k]
        j = i + 1
        while j < n and spans[j][0] < block.end:
            j += 1
        yield block, spans[i:j]
        i = j


def make_blocks(
    text: str, low: str | None, paragraphs: list[tuple[int, int, int]], language: str, hits: CueHits
) -> list[Block]:
    """Blocks for the given (index, start, end) body paragraphs, with their cue hits."""
    blocks = [Block(text, i, dateline_end(text, s, e), e) for i, s, e in paragraphs]
    if not blocks:
        return blocks
    starts = [b.start for b in blocks]
    lang = supported(language)

    def owner(pos: int) -> Block | None:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < blocks[i].end:
            return blocks[i]
        return None

    for name, spans in (
        ("verbs", hits.verbs),
        ("according", hits.according),
        ("participles", hits.participles),
        ("rule_words", hits.rule_words),
    ):
        for b, found in _by_block(blocks, starts, spans):
            setattr(b, name, found)
    stance_re = _STANCE_RE[lang] if low is not None else _stance_ci(lang)
    for pos in hits.stances:
        b = owner(pos)
        m = stance_re.match(low if low is not None else text, pos, b.end) if b is not None else None
        if b is not None and m is not None:
            if b.stances:
                b.stances.append(m)  # type: ignore[attr-defined]
            else:
                b.stances = [m]
    for m in DASH_RE.finditer(text):
        b = owner(m.start())
        if b is None:
            continue
        pos = m.start()
        if pos == b.start or (pos >= b.start + 2 and text[pos - 1].isspace() and text[pos - 2] in _OPENS_AFTER):
            if b.dashes:
                b.dashes.append((pos, m.end()))  # type: ignore[attr-defined]
            else:
                b.dashes = [(pos, m.end())]
    for m in QUOTE_MARK_RE.finditer(text):
        b = owner(m.start())
        if b is not None:
            b.marks += 1
    return blocks
