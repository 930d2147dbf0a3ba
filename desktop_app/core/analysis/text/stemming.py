"""Stemmers for claim terms, so "insatser" and "insatserna" (or "inputs"/"input") meet.

The Snowball Swedish and English (Porter2) algorithms, from ``snowballstemmer``'s pure-Python
classes. Those are used even where PyStemmer (the same algorithms in C) is installed: stems then
never depend on an optional package, so a stored analysis and a fresh one agree. Stemming is
cached per word, so its speed hardly shows in an analysis (benchmarks/analysis_speed.py).
"""

from __future__ import annotations

from functools import lru_cache

from snowballstemmer.english_stemmer import EnglishStemmer
from snowballstemmer.swedish_stemmer import SwedishStemmer

_SWEDISH = SwedishStemmer()
_ENGLISH = EnglishStemmer()


@lru_cache(maxsize=65536)
def stem_sv(word: str) -> str:
    """Snowball Swedish stem of one word ("arbetet" -> "arbet", "insatserna" -> "insats")."""
    return _SWEDISH.stemWord(word.casefold())


@lru_cache(maxsize=65536)
def stem_en(word: str) -> str:
    """Snowball English stem of one word ("measures" -> "measur"; "news" stays "news")."""
    return _ENGLISH.stemWord(word.casefold().replace("’", "'"))


def stem(word: str, language: str) -> str:
    """The stem of ``word`` for ``language`` ("sv" or "en"; anything else is treated as Swedish)."""
    return stem_en(word) if language == "en" else stem_sv(word)
