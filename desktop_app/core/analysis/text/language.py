"""Which language a text is written in, from its frequent function words and its letters.

The engine has rules for Swedish and English (``LANGUAGES``). Norwegian, Danish, German, Finnish,
French, Spanish and a few more are recognized too (``resources/lexicons/languages.txt``), so that
such a text is reported as what it is instead of being analysed as Swedish; the pipeline returns
an analysis with that language's code and nothing found (``is_supported``, ``language_name``).
Only a bounded sample is read, spread over the text, so huge texts stay cheap and a Swedish article
that quotes a Norwegian paragraph stays Swedish.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.core.analysis.text.lexicon import load_folded_words, load_lines

LANGUAGES: tuple[str, ...] = ("sv", "en")
DEFAULT_LANGUAGE = "sv"
SAMPLE_CHARS = 8_000
SAMPLE_WINDOWS = 4  # a long text is sampled in this many windows spread over it
LETTER_CAP = 20  # distinctive letters counted at most; every 4 count as one word
# an unsupported language must beat the best supported one by this factor and margin
UNSUPPORTED_RATIO = 1.3
UNSUPPORTED_MARGIN = 2
MIN_HITS = 2  # fewer marker words than this: nothing to go on, Swedish
MIN_UNSUPPORTED_HITS = 3  # an unsupported language needs at least this many
MIN_UNSUPPORTED_WORDS = 3  # ... of which this many different words of two letters or more
# ("I0O0O" is no Polish, "A0E0O" no Portuguese: one-letter words alone are nothing to go on)

_WORD_RE = re.compile(r"[^\W\d_]+")
_SUPPORTED_NAMES = {"sv": ("Swedish", "svenska"), "en": ("English", "engelska")}
_SUPPORTED_LETTERS = {"sv": "äö", "en": ""}  # å is Norwegian and Danish too


@dataclass(frozen=True)
class Profile:
    """What identifies one language: its frequent words and the letters only it (of ours) uses."""

    code: str
    name: str  # in English: "Danish"
    name_sv: str  # in Swedish: "danska"
    letters: frozenset[str]
    words: frozenset[str]


@lru_cache(maxsize=None)
def profiles() -> tuple[Profile, ...]:
    """Swedish and English first, then every language of ``languages.txt``, in file order."""
    found = [
        Profile(code, *_SUPPORTED_NAMES[code], frozenset(_SUPPORTED_LETTERS[code]),
                load_folded_words(code, "language_markers"))
        for code in LANGUAGES
    ]
    for line in load_lines(".", "languages"):
        code, name, name_sv, letters, words = (part.strip() for part in line.split("|"))
        found.append(Profile(code, name, name_sv, frozenset(letters), frozenset(words.casefold().split())))
    return tuple(found)


def supported(language: str | None) -> str:
    """``language`` when the engine has word lists and rules for it, else Swedish."""
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def is_supported(language: str | None) -> bool:
    """True for the languages the engine analyses ("sv", "en")."""
    return language in LANGUAGES


def language_name(code: str, *, swedish: bool = False) -> str:
    """ "Danish" ("danska" with ``swedish``) for "da"; the code itself when unknown."""
    for profile in profiles():
        if profile.code == code:
            return profile.name_sv if swedish else profile.name
    return code


def unsupported_message(code: str) -> str:
    """The one line that says a text is not analysed: "Danish text — Viewpoints analyses Swedish and English"."""
    return f"{language_name(code)} text — Viewpoints analyses Swedish and English"


def _sample(text: str) -> str:
    """At most ``SAMPLE_CHARS`` of the text: all of it, or windows spread evenly over it."""
    if len(text) <= SAMPLE_CHARS:
        return text
    size = SAMPLE_CHARS // SAMPLE_WINDOWS
    step = (len(text) - size) // (SAMPLE_WINDOWS - 1)
    return "\n".join(text[k * step : k * step + size] for k in range(SAMPLE_WINDOWS))


def language_scores(text: str) -> dict[str, int]:
    """Each known language's score in ``text``: its marker words, plus a word for every four of
    its distinctive letters (at most ``LETTER_CAP`` letters)."""
    sample = _sample(text).casefold()
    counts = Counter(_WORD_RE.findall(sample))
    present = counts.keys()
    letters = Counter(_letters_re().findall(sample))  # one pass for all distinctive letters
    scores: dict[str, int] = {}
    for profile in profiles():
        hits = sum(map(counts.__getitem__, profile.words & present))
        seen = sum(letters[ch] for ch in profile.letters)
        scores[profile.code] = hits + min(seen, LETTER_CAP) // 4
    return scores


def _distinct_markers(text: str, code: str) -> int:
    """How many different marker words of two letters or more of language ``code`` the text's
    sample holds."""
    profile = next(p for p in profiles() if p.code == code)
    return sum(1 for word in profile.words & set(_WORD_RE.findall(_sample(text).casefold())) if len(word) > 1)


@lru_cache(maxsize=None)
def _all_letters() -> frozenset[str]:
    return frozenset(ch for profile in profiles() for ch in profile.letters)


@lru_cache(maxsize=None)
def _letters_re() -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted(map(re.escape, _all_letters()))) + "]")


def detect_language(text: str) -> str:
    """The language of ``text``: "sv" or "en" when it is one of them, another code ("da", "nb",
    "de" ...) when that language's words clearly outnumber Swedish and English ones, and Swedish
    when there is nothing to go on."""
    scores = language_scores(text)
    best_supported = max(LANGUAGES, key=lambda code: (scores[code], code == DEFAULT_LANGUAGE))
    top = scores[best_supported]
    other = max((code for code in scores if code not in LANGUAGES), key=scores.__getitem__)
    if scores[other] >= max(MIN_UNSUPPORTED_HITS, top * UNSUPPORTED_RATIO, top + UNSUPPORTED_MARGIN) \
            and _distinct_markers(text, other) >= MIN_UNSUPPORTED_WORDS:
        return other
    if top < MIN_HITS:
        return DEFAULT_LANGUAGE
    return best_supported


def resolve_language(text: str, language: str | None) -> str:
    """The language to analyse ``text`` in: a supported override wins, otherwise detection."""
    if language:
        code = language.strip().casefold()[:2]
        if code in LANGUAGES:
            return code
    return detect_language(text)
