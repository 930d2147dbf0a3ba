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

from desktop_app.core.analysis.speech.candidates import SpeakerRef
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
        or voc.language == "sv" and any(voc.is_role_word(low[: -len(e)]) for e in _SV_PLURALS if low.endswith(e))
    )


_SV_PLURALS = ("erna", "arna", "orna", "rna", "er", "ar", "or")  # "revisorerna", "grannar"


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


# ---------------------------------------------------------------- phrases before and after a verb
_FAMILIAR_RE = re.compile(
    r"(?:(?:the|a|an|one|two|three|four|five|several|some|\d+|en|ett|två|tre|flera|några)\s+)?"
    r"(?:(?!not\b)[\w-]+\s+)?(?P<who>(?!not\b)[\w-]+)\s+(?:not\s+)?(?:familiar\s+with|close\s+to|briefed\s+on|"
    r"with\s+knowledge\s+of|involved\s+in|med\s+insyn\s+i|med\s+kännedom\s+om)\s+(?:the\s+|a\s+|an\s+)?[\w-]+"
    r"(?:['’]s)?(?:\s+[\w-]+)?\s*$",  # "familiar with the company's plans"
    re.IGNORECASE,
)
# A word every match of _FAMILIAR_RE holds: looked for first, the full pattern costs ten times more.
_FAMILIAR_HINT_RE = re.compile(r"familiar|close|briefed|knowledge|involved|insyn|kännedom", re.IGNORECASE)
# The same described source after its verb: "Det uppger flera källor med insyn i förhandlingarna".
_FAMILIAR_AFTER_RE = re.compile(
    r"(?:(?:the|a|an|one|two|three|four|five|several|some|\d+|en|ett|två|tre|flera|några)\s+)?"
    r"(?:(?!not\b)[\w-]+\s+)?(?P<who>[\w-]+)\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of|"
    r"med\s+insyn\s+i|med\s+kännedom\s+om)\s+(?:the\s+|a\s+|an\s+)?[\w-]+(?:['’]s)?"
    r"(?:\s+(?!(?:för|till|for|to|told|said)\b)[\w-]+)?",
    re.IGNORECASE,
)
_SOURCE_WORDS = frozenset("people person persons sources source personer källor källa".split())
# Plural definite nouns of authorities and media: "räddningsmyndigheterna", "medierna".
_GROUP_PLURALS = ("myndigheterna", "organisationerna", "medierna", "källorna", "authorities", "officials")
_FOR_RE = re.compile(
    r"(?P<phrase>(?:[Aa]|[Aa]n|[Oo]ne|[Ee]n|[Ee]tt)\s+(?:[\w-]+\s+){0,2}?(?P<role>[\w-]+)\s+(?:for|för)\s+(?:the\s+)?"
    r"(?:[A-ZÅÄÖ][\w&'’.-]*(?:\s+(?:[A-ZÅÄÖ][\w&'’.-]*|of|and|för|och))*|[a-zåäö]+(?:en|et|n)))\s*$"
)
_PLURAL_DETERMINERS = frozenset("de dessa the these those".split())
_NUMBERS = frozenset("två tre fyra fem sex sju åtta nio tio two three four five six seven eight nine ten".split())
_OF_THE = {"sv": ("av", ("de", "dem")), "en": ("of", ("the",))}
_QUANTIFIERS = frozenset("flera många några ett par några av alla båda several many some most both all".split())


def described_subject(
    text: str, toks: list[tuple[int, int, str]], i: int, floor: int, voc: Vocabulary
) -> SpeakerRef | None:
    """A speaker described, not named, ending at token ``i`` (before a verb), or None:
    "Two people familiar with the matter", "Scientists not involved in the study", "a
    spokesperson for Stockport Council", "En 91-årig man", "De två yngre männen"."""
    lo = toks[max(0, i - 9)][0]
    window = text[max(floor, lo) : toks[i][1]]
    base = max(floor, lo)
    m = _FAMILIAR_RE.search(window) if _FAMILIAR_HINT_RE.search(window) else None
    if m is not None and is_person_word(m.group("who"), voc) or m is not None and m.group("who").casefold() in (
        "people", "person", "persons", "sources", "source", "personer", "källor",
    ):
        return SpeakerRef(base + m.start(), base + m.end(), "unnamed", None, False, True)
    m = _FOR_RE.search(window) if "for" in window or "för" in window else None
    if m is not None and voc.is_role_word(m.group("role")):
        return SpeakerRef(base + m.start("phrase"), base + m.end("phrase"), "noun", None, False, True)
    word = toks[i][2]
    if (
        i >= 1
        and word.islower()
        and word.casefold().endswith(_org_endings(voc.language))
        and toks[i - 1][2][:1].isupper()
        and toks[i - 1][2].isalpha()
    ):
        first = i - 1
        while first >= 1 and toks[first - 1][2][:1].isupper() and toks[first - 1][2].isalpha() and i - first < 3:
            first -= 1
        if first >= 2 and toks[first - 1][2].casefold() in ("i", "vid", "på", "hos", "in", "at", "of"):
            who = toks[first - 2]
            if is_person_word(who[2], voc):
                # "Revisorerna i Lunds kommun riktar": who stands before the organization speaks.
                return SpeakerRef(who[0], who[1], "unnamed" if who[2].casefold().endswith("na") else "noun")
            return None
        return SpeakerRef(toks[first][0], toks[i][1], "name")  # "Sundsvalls kommun skriver", "Uppsala universitet"
    if not is_person_word(word, voc):
        return None
    k = i - 1
    while k >= 0 and i - k <= MAX_DESCRIBING_WORDS and (
        _AGE_ADJECTIVE_RE.match(toks[k][2]) or toks[k][2].casefold() in _adjectives(voc.language)
        or toks[k][2].casefold() in _NUMBERS
    ):
        k -= 1
    if k < 0 or k == i - 1:
        return None
    article = toks[k][2].casefold()
    if article in ("en", "ett", "a", "an", "one"):
        return SpeakerRef(toks[k][0], toks[i][1], "noun", None, False, True)  # "En 91-årig man beskrev"
    if article in _PLURAL_DETERMINERS:
        return SpeakerRef(toks[k][0], toks[i][1], "unnamed", None, False, True)  # "De två yngre männen"
    return None


def described_after(text: str, toks: list[tuple[int, int, str]], i: int, voc: Vocabulary) -> SpeakerRef | None:
    """A speaker described, not named, starting at token ``i`` (after a verb), or None:
    "flera av de drabbade", "polisregion Stockholm", "Sveriges advokatsamfund"."""
    lang = voc.language
    word = toks[i][2]
    low = word.casefold()
    prep, dets = _OF_THE.get(lang, _OF_THE["sv"])
    if low in _QUANTIFIERS and i + 3 < len(toks) and toks[i + 1][2].casefold() == prep:
        if toks[i + 2][2].casefold() in dets and toks[i + 3][2].isalpha() and toks[i + 3][2].islower():
            return SpeakerRef(toks[i][0], toks[i + 3][1], "unnamed", None, False, True)  # "flera av de drabbade"
    m = _FAMILIAR_AFTER_RE.match(text, toks[i][0])
    if m is not None and (is_person_word(m.group("who"), voc) or m.group("who").casefold() in _SOURCE_WORDS):
        return SpeakerRef(m.start(), m.end(), "unnamed", None, False, True)  # "uppger flera källor med insyn i ..."
    if low in ("de", "the") and i + 1 < len(toks):
        k = i + 1
        while k < len(toks) and k - i <= 3 and toks[k][2].isalpha() and toks[k][2].islower():
            noun = toks[k][2].casefold()
            if k > i + 1 and (noun.endswith(_GROUP_PLURALS) or is_person_word(noun, voc) and noun.endswith(("na", "erna", "s"))):
                return SpeakerRef(toks[i][0], toks[k][1], "unnamed", None, False, True)  # "de italienska räddningsmyndigheterna"
            k += 1
    if low in _named_heads(lang) and i + 1 < len(toks) and toks[i + 1][2][:1].isupper():
        end = toks[i + 1][1]
        return SpeakerRef(toks[i][0], end, "name")  # "polisregion Stockholm"
    if (
        word[:1].isupper()
        and is_genitive_modifier(word, lang)
        and i + 1 < len(toks)
        and toks[i + 1][2].islower()
        and toks[i + 1][2].casefold().endswith(_org_endings(lang))
    ):
        return SpeakerRef(toks[i][0], toks[i + 1][1], "name")  # "Sveriges advokatsamfund"
    return None


@lru_cache(maxsize=None)
def _named_heads(language: str) -> frozenset[str]:
    return load_folded(supported(language), "named_org_heads")


@lru_cache(maxsize=None)
def _org_endings(language: str) -> tuple[str, ...]:
    return tuple(sorted(load_folded(supported(language), "org_noun_endings"), key=len, reverse=True))
