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
from desktop_app.core.analysis.speech.word_classes import is_person_noun, is_role_plural
from desktop_app.core.analysis.text.language import supported
from desktop_app.core.analysis.text.lexicon import load_folded
from desktop_app.core.analysis.text.vocabulary import Vocabulary, is_genitive_modifier, stopwords

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
def _people_plurals(language: str) -> frozenset[str]:
    return load_folded(supported(language), "people_plurals")


@lru_cache(maxsize=None)
def _gendered(language: str) -> frozenset[str]:
    lang = supported(language)
    return load_folded(lang, "roles_male") | load_folded(lang, "roles_female")


def is_people_plural(word: str, language: str) -> bool:
    """ "föräldrar", "resenärer", "advocates": a plural noun for people of ``people_plurals``."""
    return word.casefold() in _people_plurals(language)


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
    key = (voc.language, word)  # one Vocabulary per language (``vocabulary``): a pure lookup
    known = _PERSON_WORDS.get(key)
    if known is None:
        if len(_PERSON_WORDS) > _MAX_PERSON_WORDS:
            _PERSON_WORDS.clear()
        known = _PERSON_WORDS[key] = _is_person_word(word, voc)
    return known


_PERSON_WORDS: dict[tuple[str, str], bool] = {}  # a bounded cache: the rules ask of the same words
_MAX_PERSON_WORDS = 1 << 16


def _is_person_word(word: str, voc: Vocabulary) -> bool:
    low = word.casefold()
    return (
        voc.is_role_word(low)
        or low in _gendered(voc.language)
        or is_person_noun(word, voc.language)
        or is_age_noun(word, voc.language)
        or low in _people_plurals(voc.language)
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
    if i < 1 or not toks[i][2].islower() or not (voc.is_role_word(toks[i][2]) or is_role_plural(toks[i][2], voc)):
        return None
    k = i - 1
    skipped = 0
    while (
        skipped < 2
        and k >= 1
        and toks[k][2].isalpha()
        and toks[k][2].islower()
        and not is_genitive_modifier(toks[k][2], voc.language)
        and toks[k][2].casefold() not in stopwords(voc.language)
    ):
        k -= 1  # "the council's chief executive", "the hospital's medical director"
        skipped += 1
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
    r"(?:[A-ZÅÄÖ][\w&'’.-]*(?:\s+(?:[A-ZÅÄÖ][\w&'’.-]*|of|and|för|och))*"
    r"(?:\s+(?:government|council|ministry|department|police|party|authority|agency|office|board|union|company))?"
    r"|[a-zåäö]+(?:en|et|n)"
    r"|(?<=the\s)[a-z]+(?:\s+(?:department|office|company|agency|council|ministry|union|board))?))\s*$"
)  # "a spokesperson for Stockport Council", "en talesperson för kommunen", "a spokesman for the governor"
_PLURAL_DETERMINERS = frozenset("de dessa the these those".split())
# English people described at the start of a sentence: capitalized words (a name, or the first
# word), a plural noun for people, an "of"/"from"/"in" phrase: "But parents of younger children".
_EN_PEOPLE_SUBJECT_RE = re.compile(
    r"[\s\"“”'‘’(–—-]*(?:(?:But|And|Yet|Still|Now|Meanwhile),?\s+)?(?P<phrase>(?:[A-Z][\w.&'’-]*\s+){0,4}"
    r"(?:[a-z][\w-]*\s+)?(?P<noun>[a-z]+)(?:\s+(?:of|from|in)\s+(?:[\w'’-]+\s*?){1,3}|\s+(?:at|for|with|on)\s+(?:[a-z][\w'’-]*\s*?){1,3})?"
    r"(?:\s+who\s+(?:[a-z][\w'’-]*\s*?){2,6})?)\s*"
)
# Swedish people by where they live or work, opening the sentence: "Renskötare i Gällivare
# skogssameby", "Flera boende på Stenungsön", "Anställda vid fabriken".
_SV_PEOPLE_IN_RE = re.compile(
    r"[\s\"”–—-]*(?P<phrase>(?:(?:[Ff]lera|[Mm]ånga|[Nn]ågra|[Vv]issa)\s+)?(?P<noun>[A-ZÅÄÖa-zåäö][a-zåäö]+)"
    r"\s+(?P<prep>i|på|vid|inom|hos|från)\s+(?P<place>(?:[\w-]+\s*?){1,3}))\s*"
)
_PEOPLE_TAIL = (
    r"(?:\s+(?:of|from|in)\s+(?:[\w'’-]+\s*?){1,3}|\s+(?:at|for|with|on)\s+(?:[a-z][\w'’-]*\s*?){1,3})?"
    r"(?:\s+who\s+(?:[a-z][\w'’-]*\s*?){2,6})?"
)
# The same with the plural noun first: "Residents who live near the plant", "Students who spoke at ...".
_EN_PEOPLE_FIRST_RE = re.compile(
    r"[\s\"“”'‘’(–—-]*(?:(?:But|And|Yet|Still|Now|Meanwhile),?\s+)?(?P<phrase>(?P<noun>[A-Z][a-z]+s)" + _PEOPLE_TAIL + r")\s*"
)
# A counted group with where it belongs: "Många i publiken", "Flera lärare på skolan", "Flera av de
# anställda", "Several of the residents" (one to three lower-case words after the preposition).
_QUANTIFIED_GROUP_RE = re.compile(
    r"(?:^|(?<=\s))(?P<phrase>(?:[Ff]lera|[Mm]ånga|[Nn]ågra|[Vv]issa|[Ss]everal|[Mm]any|[Ss]ome)"
    r"(?:\s+(?P<noun>[a-zåäö]+))?\s+(?:i|på|inom|vid|hos|bland|av\s+de|av|of\s+the|in|at|among)"
    r"(?:\s+[a-zåäö][\w-]*){1,3})\s*$"
)
_NUMBERS = frozenset("två tre fyra fem sex sju åtta nio tio two three four five six seven eight nine ten".split())
_OF_THE = {"sv": ("av", ("de", "dem")), "en": ("of", ("the",))}
_QUANTIFIERS = frozenset("flera många några ett par några av alla båda several many some most both all".split())
# Before a plural noun for people, a source described by number: "Flera föräldrar", "Many parents".
_PLURAL_QUANTIFIERS = frozenset("flera många några vissa somliga several many some most numerous".split())


# One (or two) of a group of people before the verb: "En av nämndemännen", "One of the jurors".
_PARTITIVE_RE = re.compile(
    r"(?:^|(?<=\s))(?P<phrase>(?:[Ee]n|[Ee]tt|[Tt]vå|[Tt]re|[Oo]ne|[Tt]wo|[Tt]hree)\s+(?:av|of)\s+(?:(?:de|the)\s+)?"
    r"(?:[a-zåäö][\w-]*\s+)?(?P<noun>[a-zåäö][\w-]*))\s*$"
)


def _partitive_person(noun: str, voc: Vocabulary) -> bool:
    """A plural noun for people after "en av": "lärarna", "nämndemännen", "föräldrarna", "jurors"."""
    low = noun.casefold()
    plurals = _people_plurals(voc.language)
    if low in plurals or is_person_word(low, voc) and (voc.language == "en" and low.endswith("s") or voc.language == "sv"):
        return True
    if voc.language == "en":
        return low.endswith("men") and len(low) > 4 or low in ("witnesses", "people")
    return (
        low.endswith("männen")
        or low.endswith("arna") and is_person_noun(low[:-2] + "e", "sv")
        or low.endswith("na") and low[:-2] in plurals
    )


def _is_plural_person(word: str, voc: Vocabulary) -> bool:
    """ "föräldrar", "vittnen", "lärare", "parents", "officials": a plural noun for people
    (Swedish role nouns ending in -are/-are and nouns ending in -er/-ar/-or/-en; English -s)."""
    low = word.casefold()
    if not word.isalpha() or not word.islower():
        return False
    if low in _people_plurals(voc.language):
        return True
    if voc.language == "en":
        # "parents", "officials", "firefighters" (not "themselves", "rights", "news")
        return (low.endswith(("s", "men", "people")) and not low.endswith("ss")) and (
            is_person_word(low, voc) or low.endswith(("men", "people"))
        )
    return low.endswith(("er", "ar", "or", "en", "are", "ande", "ende", "da", "ta", "ra", "na"))


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
    if voc.language == "en" and toks[i][1] - floor <= 100:
        m = _EN_PEOPLE_FIRST_RE.fullmatch(text, floor, toks[i][1])
        noun = m.group("noun").lower() if m is not None else ""
        if not (is_person_word(noun, voc) or noun in _people_plurals("en")):
            m = _EN_PEOPLE_SUBJECT_RE.fullmatch(text, floor, toks[i][1])
            noun = m.group("noun") if m is not None else ""
        if m is not None and noun and _is_plural_person(noun, voc) and noun.lower() not in voc.group_nouns:
            # "Hospital executives say", "But parents of younger children said", "Houston Fire
            # Department officials said": people described, opening the sentence.
            return SpeakerRef(m.start("phrase"), m.end("phrase"), "unnamed", None, True, True)
    if voc.language == "sv" and toks[i][1] - floor <= 90:
        word = toks[i][2]
        m = _SV_PEOPLE_IN_RE.fullmatch(text, floor, toks[i][1])
        noun = m.group("noun").casefold() if m is not None else ""
        plural = is_people_plural(noun, "sv") or (
            is_person_word(noun, voc) and noun.endswith(("are", "er", "ar", "or", "na", "ande", "ende", "vittnen"))
        )
        workplace = m is not None and (
            m.group("prep") in ("vid", "hos") and m.group("place")[:1].isupper()
            or word.islower() and word.casefold().endswith(_org_endings(voc.language))  # "i Lunds kommun": below
        )
        if m is not None and plural and not workplace:  # ("Forskare vid KI": the workplace speaks)
            # "Renskötare i Gällivare skogssameby", "Boende på Stenungsön": people where they live or work.
            return SpeakerRef(m.start("phrase"), m.end("phrase"), "unnamed", None, True, True)
    m = _QUANTIFIED_GROUP_RE.search(window)
    if m is not None and (m.group("noun") is None or _is_plural_person(m.group("noun"), voc)):
        # "Många i publiken", "Flera lärare på skolan", "Flera av de anställda": people counted.
        return SpeakerRef(base + m.start("phrase"), base + m.end("phrase"), "unnamed", None, False, True)
    m = _PARTITIVE_RE.search(window)
    if m is not None and _partitive_person(m.group("noun"), voc):
        # "En av nämndemännen var skiljaktig", "One of the jurors said": one of a group.
        return SpeakerRef(base + m.start("phrase"), base + m.end("phrase"), "unnamed", None, False, True)
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
    if k < 0:
        return None
    article = toks[k][2].casefold()
    if k == i - 1 and article == "," and word.islower() and word not in voc.group_nouns and _is_plural_person(word, voc) and (
        voc.language == "en" and word.endswith("s") or voc.language == "sv" and word.endswith(("are", "er", "ar", "or"))
    ):
        return SpeakerRef(toks[i][0], toks[i][1], "unnamed", None, False, True)  # "The reason, administrators tell me,"
    if k == i - 1 and article not in _PLURAL_QUANTIFIERS:
        return None
    if article in ("en", "ett", "a", "an", "one"):
        return SpeakerRef(toks[k][0], toks[i][1], "noun", None, False, True)  # "En 91-årig man beskrev"
    if article in _PLURAL_DETERMINERS:
        return SpeakerRef(toks[k][0], toks[i][1], "unnamed", None, False, True)  # "De två yngre männen"
    if article in _PLURAL_QUANTIFIERS and _is_plural_person(word, voc):
        return SpeakerRef(toks[k][0], toks[i][1], "unnamed", None, False, True)  # "Flera föräldrar", "Many parents"
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
