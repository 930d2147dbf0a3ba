"""Claims: sentences that take a position, with who holds it and the terms it is about.

A sentence is a claim when it holds a cue word of one kind; when it holds several, the most
specific kind wins: stance ("håller inte med om att") over prescription ("måste", "bör") over
prediction ("kommer att", "troligtvis") over statistic ("drygt 50 procent") over evaluation
("otillräckliga", "undermåligt"). The speaker is the speaker of the quote the cue sits in (the
authors, in an opinion piece) or nobody, for the outlet's own narration. Terms are stemmed
content words, so claims of two texts can be matched by topic.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from desktop_app.core.analysis.text.blocks import Block
from desktop_app.core.analysis.text.lexicon import load_lines
from desktop_app.core.analysis.model import Claim, Quote
from desktop_app.core.analysis.text.cue_scan import CueHits, scan_cues
from desktop_app.core.analysis.text.patterns import trie_alternation
from desktop_app.core.analysis.text.stemming import stem
from desktop_app.core.analysis.text.vocabulary import stopwords

KIND_PRIORITY: tuple[str, ...] = ("stance", "prescription", "prediction", "statistic", "evaluation")
_PRIORITY = {kind: n for n, kind in enumerate(KIND_PRIORITY)}
MAX_TERMS = 12
_TERM_RE = re.compile(r"[^\W\d_][\w-]*")
_PREDICTION_RULES = {
    # "kommer lösa", "kommer inte fortsätta": kommer + an infinitive, not "kommer tillbaka".
    "sv": r"kommer\s+(?:inte\s+|nog\s+|sannolikt\s+|troligen\s+|också\s+)?"
    r"(?!tillbaka\b|fram\b|hem\b|hit\b|dit\b|in\b|ut\b|upp\b|ner\b|ihåg\b|överens\b|från\b|till\b|med\b|åt\b|"
    r"på\b|i\b|att\b|bort\b|undan\b|förbi\b|efter\b|nära\b|framåt\b|fram\b)(?:bli|gå|se|få|stå|ske|nå|ha|dö|[\w-]+a)\b",
    "en": r"will\s+(?:not\s+)?be\b",
}
_STATISTIC_RULES = {
    "sv": r"var\s+(?:annan|tredje|fjärde|femte|sjätte|tionde)\b|hälften\s+av|"
    r"(?:en|två)\s+(?:tredjedel|tredjedelar|fjärdedel|fjärdedelar)\b|majoriteten\s+av",
    "en": r"one\s+in\s+(?:two|three|four|five|ten)\b|half\s+of|(?:a|one|two)\s+(?:third|quarter)s?\s+of|"
    r"the\s+majority\s+of",
}


@lru_cache(maxsize=None)
def _rules(language: str) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """Claim cues that are patterns rather than words: numbers with units, "var tredje",
    "kommer" + verb. Each as (pattern over lower-cased text, the same ignoring case); a match
    of the group ``prediction`` is a prediction, any other match a statistic.

    The number rule is searched for (the word boundary before a match is checked by the
    caller); the word rules each start with one of ``cue_scan.CLAIM_RULE_WORDS``, whose
    positions the cue scan gives, and are only tried there.
    """
    lang = language if language in ("sv", "en") else "sv"
    units = trie_alternation({u.lower() for u in load_lines(lang, "statistic_units")})
    sources = (
        # Bounded repetition: a long run of numbers must not make the scan quadratic.
        rf"\d+(?:[ .,]\d+){{0,4}}\s?(?:{units})(?![\w-])",
        rf"(?:{_STATISTIC_RULES[lang]})|(?P<prediction>{_PREDICTION_RULES[lang]})",
    )
    return tuple((re.compile(src), re.compile(src, re.IGNORECASE)) for src in sources)


def _hits(text: str, low: str | None, start: int, end: int, language: str, words: CueHits):
    """(position, kind) of every claim cue in ``text[start:end]``, in no particular order."""
    yield from words.claims
    source = low if low is not None else text
    (fast, slow), (fast_words, slow_words) = _rules(language)
    for m in fast.finditer(low, start, end) if low is not None else slow.finditer(text, start, end):
        pos = m.start()
        if pos and (source[pos - 1].isalnum() or source[pos - 1] in "-_") and not source[pos].isdigit():
            continue  # inside a word
        yield pos, "statistic"
    # The word rules are tried where the scan found their first word (a whole word), left to
    # right without overlaps, as a search would.
    reached = start
    for pos in words.claim_rules:
        if pos < reached or pos >= end:
            continue
        m = fast_words.match(low, pos, end) if low is not None else slow_words.match(text, pos, end)
        if m is not None:
            reached = m.end()
            yield pos, "prediction" if m.lastgroup == "prediction" else "statistic"


def claim_terms(text: str, language: str) -> list[str]:
    """Stemmed content words of ``text``, in order, without repeats (at most ``MAX_TERMS``)."""
    cache = _TERMS.setdefault(language, {})
    if len(cache) > _MAX_CACHED:
        cache.clear()
    words = _TERM_RE.findall(text.casefold())
    for word in set(words).difference(cache):
        cache[word] = _term(language, word)
    terms = dict.fromkeys(map(cache.__getitem__, words))  # in order, each once
    terms.pop("", None)  # short words and stop words
    return list(terms)[:MAX_TERMS]


_TERMS: dict[str, dict[str, str]] = {}  # language -> word -> _term(word), a bounded cache
_MAX_CACHED = 1 << 16


def _term(language: str, word: str) -> str:
    """The stem of a content word; "" for a short word or a stop word."""
    if len(word) < 3 or word in stopwords(language):
        return ""
    return stem(word, language)


class _QuoteIndex:
    """Which quote (its words or its cue) holds a position."""

    def __init__(self, quotes: list[Quote]) -> None:
        spans: list[tuple[int, int, Quote, bool]] = []
        seen: set[tuple[int, int]] = set()
        for q in quotes:
            if (q.start, q.end) in seen:
                continue  # co-authors' quotes share a span: the first author holds its claims
            seen.add((q.start, q.end))
            spans.append((q.start, q.end, q, True))
            if q.cue is not None:
                spans.append((q.cue.start, q.cue.end, q, False))
        spans.sort(key=lambda s: (s[0], s[1]))
        self.spans = spans
        self.starts = [s[0] for s in spans]

    def at(self, pos: int) -> tuple[Quote, bool] | None:
        i = bisect_right(self.starts, pos) - 1
        # Spans may nest (an author quote around a cue); look back a few for the innermost.
        best: tuple[int, Quote, bool] | None = None
        for j in range(i, max(-1, i - 6), -1):
            start, end, quote, words = self.spans[j]
            if start <= pos < end and (best is None or end - start < best[0]):
                best = (end - start, quote, words)
        return None if best is None else (best[1], best[2])


def find_claims(
    text: str,
    blocks: list[Block],
    quotes: list[Quote],
    language: str,
    low: str | None = None,
    hits: CueHits | None = None,
) -> list[Claim]:
    """Claims in the body blocks; ``quotes`` decide who holds each one.

    ``hits`` are the document's cue words (``cue_scan``); scanned here when not given.
    """
    if not blocks:
        return []
    if hits is None:
        hits = scan_cues(text, low, language)
    index = _QuoteIndex(quotes)
    starts = [b.start for b in blocks]
    first: dict[tuple[int, int], dict[str, int]] = {}
    owner: dict[tuple[int, int], Block] = {}
    for pos, kind in _hits(text, low, blocks[0].start, blocks[-1].end, language, hits):
        i = bisect_right(starts, pos) - 1
        if i < 0 or pos >= blocks[i].end:
            continue
        sentence = blocks[i].sentence_at(pos)
        kinds = first.setdefault(sentence, {})
        if kind not in kinds or pos < kinds[kind]:
            kinds[kind] = pos
        owner[sentence] = blocks[i]
    claims: list[Claim] = []
    for (sent_start, sent_end), hits in sorted(first.items()):
        kind = min(hits, key=_PRIORITY.__getitem__)
        pos = hits[kind]
        holder = index.at(pos)
        speaker = None
        start, end = sent_start, sent_end
        words = ""
        if holder is not None:
            quote, in_words = holder
            speaker = quote.speaker
            if in_words:
                start, end = max(sent_start, quote.start), min(sent_end, quote.end)
            elif quote.cue is not None:
                # The topic is what is said, not who says it: leave the cue's words out.
                words = text[start : max(start, quote.cue.start)] + " " + text[min(end, quote.cue.end) : end]
        if end <= start:
            continue
        claims.append(Claim(speaker, kind, start, end, claim_terms(words or text[start:end], language)))
    return claims
