"""Which language a text is written in: Swedish or English, from frequent function words.

Only the two languages the engine has rules for are told apart; anything else falls back to
Swedish, the product's first language. Looks at a bounded sample so huge texts stay cheap.
"""

from __future__ import annotations

import re

from desktop_app.core.analysis.text.lexicon import load_folded_words

LANGUAGES: tuple[str, ...] = ("sv", "en")
DEFAULT_LANGUAGE = "sv"
SAMPLE_CHARS = 20_000

_WORD_RE = re.compile(r"[^\W\d_]+")
_SWEDISH_LETTERS_RE = re.compile(r"[åäöÅÄÖ]")


def _markers(language: str) -> frozenset[str]:
    return load_folded_words(language, "language_markers")


def supported(language: str | None) -> str:
    """``language`` when the engine has word lists and rules for it, else Swedish."""
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def detect_language(text: str) -> str:
    """``"sv"`` or ``"en"``: the language whose common words are more frequent in ``text``."""
    sample = text[:SAMPLE_CHARS]
    sv_words, en_words = _markers("sv"), _markers("en")
    sv = en = 0
    for match in _WORD_RE.finditer(sample):
        word = match.group().casefold()
        if word in sv_words:
            sv += 1
        if word in en_words:
            en += 1
    # Letters English never uses tip a close call.
    sv += min(len(_SWEDISH_LETTERS_RE.findall(sample)), 20) // 4
    return "en" if en > sv else DEFAULT_LANGUAGE


def resolve_language(text: str, language: str | None) -> str:
    """The language to analyse ``text`` in: a supported override wins, otherwise detection."""
    if language:
        code = language.strip().casefold()[:2]
        if code in LANGUAGES:
            return code
    return detect_language(text)
