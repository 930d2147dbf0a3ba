"""Subjects before a reporting verb that are not a plain name or pronoun.

"Kritiker menar" and "Some analysts said" (people the text does not name), "Tekniska
förvaltningen meddelar" (an organization named by a common noun), '"...," a trader said' (a
person described), "the King's Fund think tank warned" (a name and what it is).
``speaker_phrase`` asks these when the words before a verb name nobody it knows.
"""

from __future__ import annotations

import re

from desktop_app.core.analysis.speech.candidates import SpeakerRef
from desktop_app.core.analysis.speech.word_classes import (
    AFFILIATIONS,
    DETERMINERS,
    EN_TAIL_STARTS,
    QUANTIFIERS,
    RELATIVES,
    is_role_prefix_word,
    is_institution,
    is_person_noun,
    is_plural_group,
    is_sentence_initial,
    source_class,
)
from desktop_app.core.analysis.text.vocabulary import Vocabulary, is_name_token, stopwords

Tokens = list[tuple[int, int, str]]
PARTY_STATE_RE = re.compile(r"\s*[DRI]-[A-Z][A-Za-z.]{0,12}\s*")  # "D-N.Y.", "R-Texas"
_EN_ARTICLES = frozenset("a an one another the".split())


def name_run_before(toks: Tokens, i: int, voc: Vocabulary) -> int:
    """Where the capitalized name ending at token ``i`` starts (``i + 1`` when none ends there)."""
    k = i
    while k >= 0 and i - k < 6 and toks[k][2][:1].isupper() and is_name_token(toks[k][2]):
        if voc.is_role_word(toks[k][2]) or toks[k][2].casefold() in voc.pronouns:
            break
        k -= 1
    return k + 1


def bare_group(
    text: str, toks: Tokens, i: int, floor: int, voc: Vocabulary
) -> SpeakerRef | None:
    """A bare plural role noun opening the sentence: "Kritiker menar att", "Flera forskare
    varnar för att", "Some analysts said": people the text does not name."""
    word = toks[i][2]
    if voc.language == "en" and not is_plural_group(word, "en", role=True):
        return None
    first = i - 1 if i >= 1 and toks[i - 1][2].casefold() in QUANTIFIERS[voc.language] else i
    if not is_sentence_initial(text, toks[first][0], floor) and not (first >= 1 and toks[first - 1][2] in (";", ":")):
        return None  # (a clause after ";" opens like a sentence: "...; critics say ...")
    return SpeakerRef(toks[first][0], toks[i][1], "unnamed", None, True, True)


def described(
    text: str, toks: Tokens, i: int, floor: int, voc: Vocabulary
) -> SpeakerRef | None:
    """English: a person described, not named, before the verb: '"...," a trader said', "one
    resident said", "the driver said"; "the statement said" speaks for its issuer."""
    if voc.language != "en" or i < 1 or not toks[i][2].isalpha() or not toks[i][2].islower():
        return None
    d = i - 1 if toks[i - 1][2].casefold() in _EN_ARTICLES else i - 2
    if d < 0 or toks[d][2].casefold() not in _EN_ARTICLES or (d < i - 1 and not toks[d + 1][2].islower()):
        return None
    word, article = toks[i][2], toks[d][2].casefold()
    initial = is_sentence_initial(text, toks[d][0], floor)
    if "document" in source_class(word, "en") and article == "the":
        return SpeakerRef(toks[d][0], toks[i][1], "document", None, initial)
    if not is_person_noun(word, "en"):
        return None
    if word.endswith("s") and article == "the":
        return SpeakerRef(toks[d][0], toks[i][1], "unnamed", None, initial, True)
    return SpeakerRef(toks[d][0], toks[i][1], "noun", None, initial, article != "the")


def named_with_descriptor(
    text: str, toks: Tokens, i: int, floor: int, voc: Vocabulary
) -> SpeakerRef | None:
    """English: a name followed by what it is, "the King's Fund think tank warned": the name
    speaks (not when the words name people: "Volvo workers said")."""
    if voc.language != "en" or not toks[i][2].islower() or voc.is_role_word(toks[i][2]):
        return None
    k = i
    while k > 0 and i - k < 2 and toks[k][2].isalpha() and toks[k][2].islower():
        if is_person_noun(toks[k][2], "en") or toks[k][2] in stopwords("en"):
            return None
        k -= 1
    if k == i or not toks[k][2][:1].isupper() or not is_name_token(toks[k][2]):
        return None
    run = name_run_before(toks, k, voc)
    if run > k:
        return None
    return SpeakerRef(toks[run][0], toks[k][1], "name", None, is_sentence_initial(text, toks[run][0], floor))


def institution(
    text: str, toks: Tokens, i: int, floor: int, voc: Vocabulary
) -> SpeakerRef | None:
    """An organization named by a common noun: "Tekniska förvaltningen meddelar", "The health
    ministry said" (up to two words before the noun belong to it)."""
    word = toks[i][2]
    lang = voc.language
    if not is_institution(word, lang):
        return None
    k = i
    while k > 0 and i - k < 2 and toks[k - 1][2].isalpha():
        prev = toks[k - 1][2]
        if prev.casefold() in DETERMINERS[lang]:
            k -= 1
            break
        if not (prev.islower() or is_sentence_initial(text, toks[k - 1][0], floor)):
            break
        if lang == "sv" and not prev.endswith(("a", "e")):
            break  # Swedish adjectives before a definite noun: "tekniska", "sociala"
        k -= 1
    return SpeakerRef(toks[k][0], toks[i][1], "noun", None, is_sentence_initial(text, toks[k][0], floor))


# ---------------------------------------------------------------- pieces of a speaker phrase
def names_inner(toks: list[tuple[int, int, str]], j: int, i: int, voc: Vocabulary) -> bool:
    """Between the commas at ``j`` and ``i`` stands the name, and before them only its role."""
    last = toks[i - 1][2]
    if not (last[:1].isupper() and is_name_token(last)) or voc.is_role_word(last):
        return False
    if j >= 1 and is_name_token(toks[j - 1][2]) and toks[j - 1][2][:1].isupper():
        # "Anna Ek, ordförande i Kommunal, säger": the name comes first; but "Vårdförbundets
        # ordförande i Skåne, Jessica Rahm, säger": a role stands before the place.
        # (The role may open the sentence: "Verksamhetschefen för kvinnosjukvården i Region
        # Skåne, Marie Lindwall, säger".)
        if not any(voc.is_role_word(t[2]) and t[2][1:].islower() for t in toks[max(0, j - 8) : j]):
            return False
    first = toks[j + 1][2]
    if voc.language == "en" and first.casefold() == "the" and j + 2 < i:
        first = toks[j + 2][2]  # "The state's largest teachers union, the Arizona Education Association, rejected"
    return (first[:1].isupper() and is_name_token(first)) or is_role_prefix_word(first, voc)


def skip_party_state(text: str, toks: list[tuple[int, int, str]], i: int) -> int:
    """Before ``i``: skip an American party and state after a name, "Rand Paul, R-Ky.," ."""
    j = i
    while j >= 0 and toks[j][2] != "," and i - j < 6:
        j -= 1
    if j >= 0 and toks[j][2] == "," and PARTY_STATE_RE.fullmatch(text, toks[j][1], toks[i][1]):
        return j - 1
    return i


def ends_phrase(toks: list[tuple[int, int, str]], end: int, language: str) -> bool:
    """After a speaker read behind its verb ("..., said residents") only a stop, a place, a time
    or a medium may follow, not the rest of a clause ("said residents' belongings ...")."""
    nxt = next((t[2] for t in toks if t[0] >= end), None)
    if nxt is None or not nxt[:1].isalpha():
        return True
    low = nxt.casefold()
    if low in _REASON_WORDS.get(language, ()):
        return True  # "får kritik från oppositionen för sina resor": why, not more of the speaker
    return low in AFFILIATIONS[language] or low in RELATIVES[language] or language == "en" and low in EN_TAIL_STARTS


_REASON_WORDS = {"sv": frozenset({"för", "efter", "under"}), "en": frozenset({"for", "over", "after"})}


def role_modifiers(toks: list[tuple[int, int, str]], i: int, voc: Vocabulary) -> int:
    """After "the": skip up to two lower-case words before a role noun ("the foreign minister",
    "the housing secretary"); returns where the role starts, or ``i``."""
    m = i
    while m < len(toks) and m - i < 2 and toks[m][2].isalpha() and toks[m][2].islower():
        if voc.is_role_word(toks[m][2]):
            break
        m += 1
    return m if m > i and m < len(toks) and voc.is_role_word(toks[m][2]) else i


def name_start_of(toks: list[tuple[int, int, str]], first: int) -> int:
    return toks[first][0]
