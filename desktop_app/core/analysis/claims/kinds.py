"""What makes a sentence a claim, and of which kind.

A claim cue is a word of a claim list (``resources/lexicons/<lang>/claim_<kind>.txt``, found
by the cue scan) or a pattern: numbers with units ("drygt 50 procent"), "var tredje", "half
of" (statistics), "kommer" + an infinitive, "will be" (predictions). When a sentence holds cues
of several kinds, the most specific kind wins, in the order of ``KIND_PRIORITY``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from desktop_app.core.analysis.text.cue_scan import CueHits
from desktop_app.core.analysis.text.language import supported
from desktop_app.core.analysis.text.lexicon import load_lines
from desktop_app.core.analysis.text.patterns import trie_alternation

# stance ("håller inte med om att") over prescription ("måste", "bör") over prediction
# ("kommer att", "troligtvis") over statistic ("drygt 50 procent") over evaluation
# ("otillräckliga", "undermåligt"): the same kinds as model.CLAIM_KINDS, most specific first.
KIND_PRIORITY: tuple[str, ...] = ("stance", "prescription", "prediction", "statistic", "evaluation")
_PRIORITY = {kind: n for n, kind in enumerate(KIND_PRIORITY)}

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
    lang = supported(language)
    units = trie_alternation({u.lower() for u in load_lines(lang, "statistic_units")})
    sources = (
        # Bounded repetition: a long run of numbers must not make the scan quadratic.
        rf"\d+(?:[ .,]\d+){{0,4}}\s?(?:{units})(?![\w-])",
        rf"(?:{_STATISTIC_RULES[lang]})|(?P<prediction>{_PREDICTION_RULES[lang]})",
    )
    return tuple((re.compile(src), re.compile(src, re.IGNORECASE)) for src in sources)


def claim_cues(
    text: str, low: str | None, start: int, end: int, language: str, words: CueHits
) -> Iterator[tuple[int, str]]:
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


def strongest(kinds: dict[str, int]) -> str:
    """The most specific of the kinds a sentence's cues have (see ``KIND_PRIORITY``)."""
    return min(kinds, key=_PRIORITY.__getitem__)
