"""Light stemmers for claim terms, so "insatser" and "insatserna" (or "inputs"/"input") meet.

Swedish follows the Snowball Swedish algorithm; English is a small Porter-style suffix stripper.
Both are deterministic and need no data files; only consistency between two texts matters.
"""

from __future__ import annotations

from functools import lru_cache

_SV_VOWELS = frozenset("aeiouyäåö")
# Snowball Swedish step 1 suffixes, longest first so the first hit is the longest match.
_SV_STEP1 = tuple(
    sorted(
        (
            "a arna erna heterna orna ad e ade ande arne are aste en anden aren heten ern ar er "
            "heter or as arnas ernas ornas es ades andes ens arens hetens erns at andet het ast"
        ).split(),
        key=len,
        reverse=True,
    )
)
_SV_S_ENDING = frozenset("bcdfghjklmnoprtvy")
_SV_STEP2 = ("dd", "gd", "nn", "dt", "gt", "kt", "tt")
_SV_STEP3 = ("lig", "els", "ig")


def _sv_r1(word: str) -> int:
    """Start of Snowball's R1 region: after the first non-vowel that follows a vowel, at least 3."""
    for i in range(1, len(word)):
        if word[i] not in _SV_VOWELS and word[i - 1] in _SV_VOWELS:
            return max(i + 1, 3)
    return len(word)


@lru_cache(maxsize=65536)
def stem_sv(word: str) -> str:
    """Snowball Swedish stem of one lower-case word."""
    word = word.casefold()
    r1 = _sv_r1(word)
    region = word[r1:]
    for suffix in _SV_STEP1:
        if region.endswith(suffix):
            word = word[: -len(suffix)]
            break
    else:
        if region.endswith("s") and len(word) > 1 and word[-2] in _SV_S_ENDING:
            word = word[:-1]
    if word[r1:].endswith(_SV_STEP2):
        word = word[:-1]
    region = word[r1:]
    for suffix in _SV_STEP3:
        if region.endswith(suffix):
            word = word[: -len(suffix)]
            break
    else:
        if region.endswith("löst"):
            word = word[:-1]
        elif region.endswith("fullt"):
            word = word[:-1]
    return word


_EN_VOWELS = frozenset("aeiouy")
_EN_SUFFIXES = (
    ("ational", "ate"),
    ("ization", "ize"),
    ("isation", "ize"),
    ("fulness", "ful"),
    ("ousness", "ous"),
    ("iveness", "ive"),
    ("ations", "ate"),
    ("ation", "ate"),
    ("ments", ""),
    ("ment", ""),
    ("ness", ""),
    ("ities", "ity"),
    ("ingly", ""),
    ("edly", ""),
    ("ly", ""),
)


def _has_vowel(text: str) -> bool:
    return any(ch in _EN_VOWELS for ch in text)


@lru_cache(maxsize=65536)
def stem_en(word: str) -> str:
    """A light English stem: plurals, -ed/-ing, and a few derivational endings."""
    word = word.casefold().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.rstrip("'")
    if len(word) <= 3:
        return word
    if word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix, replacement in _EN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + replacement
            break
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and _has_vowel(word[: -len(suffix)]) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    if word.endswith("y") and len(word) > 3 and word[-2] not in _EN_VOWELS:
        word = word[:-1] + "i"
    return word


def stem(word: str, language: str) -> str:
    """The stem of ``word`` for ``language`` ("sv" or "en"; anything else is treated as Swedish)."""
    return stem_en(word) if language == "en" else stem_sv(word)
