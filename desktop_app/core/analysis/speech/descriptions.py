"""People and groups a text describes instead of naming: the words of unnamed sources.

"en 84-årig kvinna", "19-åringen", "a retired teacher" (a person by age, role or description),
"Oppositionen", "personalen", "his family" (a collective that speaks as one), "Nerikes
Allehandas recensent", "länsstyrelsens jurist" (a role of an organization, nobody named).
``speaker_phrase`` asks these questions of the words next to a cue; coreference turns the
phrases into unnamed actors (``coreference.unnamed``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.core.analysis.speech.word_classes import is_person_noun
from desktop_app.core.analysis.text.language import supported
from desktop_app.core.analysis.text.lexicon import load_folded
from desktop_app.core.analysis.text.vocabulary import Vocabulary, is_genitive_modifier

_AGE_RE = {
    "sv": re.compile(r"^\d{1,3}-åring(?:en|ar|arna|e)?$", re.IGNORECASE),
    "en": re.compile(r"^\d{1,3}-year-olds?$", re.IGNORECASE),
}
_AGE_ADJECTIVE_RE = re.compile(r"^\d{1,3}-(?:årig[ae]?|year-old)$", re.IGNORECASE)
MAX_DESCRIBING_WORDS = 2


@lru_cache(maxsize=None)
def _collectives(language: str) -> frozenset[str]:
    return load_folded(supported(language), "collective_nouns")


@lru_cache(maxsize=None)
def _adjectives(language: str) -> frozenset[str]:
    return load_folded(supported(language), "person_adjectives")


@lru_cache(maxsize=None)
def _gendered(language: str) -> frozenset[str]:
    lang = supported(language)
    return load_folded(lang, "roles_male") | load_folded(lang, "roles_female")


def is_collective(phrase: str, language: str) -> bool:
    """ "Oppositionen", "personalen", "his family", "parents": a group speaking as one."""
    return " ".join(phrase.casefold().split()) in _collectives(language)


def is_age_noun(word: str, language: str) -> bool:
    """ "19-åringen", "84-åring", "the 19-year-old": a person named by age."""
    pattern = _AGE_RE.get(supported(language))
    return pattern is not None and pattern.match(word) is not None


def is_person_word(word: str, voc: Vocabulary) -> bool:
    """A noun for a person: a role ("åklagaren"), a gendered noun ("man", "kvinna"), a noun of
    a person by its ending ("handlare"), an age noun ("19-åringen")."""
    low = word.casefold()
    return (
        voc.is_role_word(low)
        or low in _gendered(voc.language)
        or is_person_noun(word, voc.language)
        or is_age_noun(word, voc.language)
    )


def describing_words_end(toks: list[tuple[int, int, str]], i: int, voc: Vocabulary) -> int:
    """Past the words describing a person after an article: "84-årig", "äldre", "retired"."""
    k = i
    while k < len(toks) and k - i < MAX_DESCRIBING_WORDS:
        word = toks[k][2]
        if _AGE_ADJECTIVE_RE.match(word) or word.casefold() in _adjectives(voc.language):
            k += 1
            continue
        break
    return k


def role_of_organization(toks: list[tuple[int, int, str]], i: int, voc: Vocabulary) -> int | None:
    """ "Nerikes Allehandas recensent", "länsstyrelsens jurist": where the possessor before the
    role noun at ``i`` starts, or None (no genitive before it)."""
    if i < 1 or not voc.is_role_word(toks[i][2]) or not toks[i][2].islower():
        return None
    k = i - 1
    if not is_genitive_modifier(toks[k][2], voc.language):
        return None
    while k >= 1 and toks[k - 1][2][:1].isupper() and toks[k - 1][2].isalpha() and toks[k][2][:1].isupper():
        k -= 1  # "Nerikes Allehandas": the whole name
    return k
