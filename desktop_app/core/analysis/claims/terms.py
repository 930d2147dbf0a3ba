"""Claim terms: the stemmed content words of a claim, so claims of two texts meet by topic."""

from __future__ import annotations

import re

from desktop_app.core.analysis.text.stemming import stem
from desktop_app.core.analysis.text.vocabulary import stopwords

MAX_TERMS = 12
_TERM_RE = re.compile(r"[^\W\d_][\w-]*")


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


