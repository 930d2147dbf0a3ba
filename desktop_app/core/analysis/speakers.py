"""The phrase next to a cue that names who speaks.

``speaker_after`` reads it after a verb or "enligt" ("säger ytterbacken Emil Johansson",
"enligt Iraks premiärminister Haider al-Abadi"); ``speaker_before`` reads it before a verb
("Statsminister Stefan Löfven (S) håller", "Magnus Ranstorp, terrorforskare vid X, som anser").
Both look at a bounded window, so every call costs the same whatever the length of the text.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import islice

from desktop_app.core.analysis.cues import (
    NAME_PARTICLES,
    ROLE_ADJECTIVES,
    WINDOW,
    SpeakerRef,
    Vocabulary,
    is_definite_noun,
    is_name_token,
    vocabulary,
)
from desktop_app.core.analysis.lexicon import load_lines
from desktop_app.core.analysis.tokens import TOKEN_RE

BACK_WINDOW = 120  # characters read before a verb for the speaker in front of it
DETERMINERS = {"sv": frozenset(), "en": frozenset({"the"})}
INDEFINITE = {"sv": frozenset({"en", "ett"}), "en": frozenset({"a", "an", "another"})}
PLURAL_PRONOUNS = {"sv": frozenset("de dom vi".split()), "en": frozenset("they we".split())}
OBJECT_PRONOUNS = {"sv": frozenset("honom henne hen dem".split()), "en": frozenset("him her them".split())}
AUXILIARIES = {
    "sv": frozenset("har hade ska skulle kan kunde vill ville brukar länge tidigare redan".split()),
    "en": frozenset("has had have will would can could may might previously repeatedly".split()),
}
RELATIVES = {"sv": frozenset({"som"}), "en": frozenset({"who"})}
CONJUNCTIONS = {"sv": frozenset({"men", "och"}), "en": frozenset({"but", "and"})}
# Title abbreviations whose period stays inside a name: "Louisiana Gov. Maria Landry".
TITLE_ABBREVIATIONS = frozenset("gov sen rep lt sgt dr prof mr ms mrs gen col capt cmdr st".split())
# Swedish endings of a definite or adjectival noun that may stand before a name as its role:
# "meteorologen", "bokningsansvariga", "presschefen", "ordföranden", "festivalens".
_SV_ROLE_LIKE_ENDINGS = ("en", "et", "rn", "na", "ig", "iga", "ande", "are", "aren")
_EN_NOT_ROLE_WORDS = frozenset(
    "about after against along among around before behind below beside between beyond during except "
    "from into near over since than that this through toward towards under until upon when where while "
    "with within without told today yesterday tonight last next".split()
)


def _is_genitive_modifier(text: str, language: str) -> bool:
    """ "Iraks", "kommunens", "the company's": a possessor before a role noun."""
    if language == "en":
        return text.endswith(("'s", "’s"))
    return len(text) > 3 and (text.endswith("s") or text.endswith(":s")) and text[-2] != "s"


def _tokens(text: str, start: int, end: int, limit: int = 0) -> list[tuple[int, int, str]]:
    """Tokens of ``text[start:end]`` as (start, end, text); the first ``limit`` when given."""
    found = TOKEN_RE.finditer(text, start, end)
    if limit:
        found = islice(found, limit)
    return [(m.start(), m.end(), m.group()) for m in found]


def _is_role_prefix_word(tok: str, voc: Vocabulary) -> bool:
    return _role_prefix(voc.language, tok)


@lru_cache(maxsize=65536)
def _role_prefix(language: str, tok: str) -> bool:
    """A role word, a role adjective or a lower-case party word: "ytterbacken", "förre"."""
    voc = vocabulary(language)
    low = tok.casefold()
    return (
        voc.is_role_word(low)
        or low in ROLE_ADJECTIVES[voc.language]
        or low in voc.party_forms and tok[0].islower()
    )


def _is_role_like(tok: str, voc: Vocabulary) -> bool:
    """A lower-case word that may be a role the lists do not know, before a name."""
    if not tok.isalpha() and not tok.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False
    if not tok[0].islower() or len(tok) < 4 or tok.casefold() in _stopwords(voc.language):
        return False
    if voc.language == "en":
        return tok.casefold() not in _EN_NOT_ROLE_WORDS
    return tok.endswith(_SV_ROLE_LIKE_ENDINGS) or _is_genitive_modifier(tok, "sv")


def _is_full_name_at(toks: list[tuple[int, int, str]], k: int, voc: Vocabulary) -> bool:
    """Two capitalized name words start at ``k``: "Linnea Berg", "Ida Wallin"."""
    if k + 1 >= len(toks):
        return False
    first, second = toks[k][2], toks[k + 1][2]
    low = first.casefold()
    return (
        first[0].isupper()
        and second[:1].isupper()
        and first.isalpha()
        and low not in voc.pronouns
        and low not in _stopwords(voc.language)
        and not voc.is_role_word(first)
    )


def _unknown_role_run(toks: list[tuple[int, int, str]], j: int, voc: Vocabulary) -> int:
    """Where the name starts after up to three role-like words from ``j``, or ``j`` (no name).

    "säger meteorologen Linnea Berg", "säger festivalens bokningsansvariga Ida Wallin": any
    (genitive) noun phrase before a full name names that person's role.
    """
    k = j
    while k < len(toks) and k - j < 3 and (_is_role_like(toks[k][2], voc) or _is_role_prefix_word(toks[k][2], voc)):
        k += 1
    return k if k > j and _is_full_name_at(toks, k, voc) else j


def speaker_after(
    text: str, pos: int, limit: int, voc: Vocabulary, *, allow_object: bool = False
) -> SpeakerRef | None:
    """The speaker phrase that starts at ``pos`` (after a verb or "enligt"), or None.

    Reads at most ``WINDOW`` characters and never past ``limit`` (the sentence's end).
    """
    lang = voc.language
    found = TOKEN_RE.finditer(text, pos, min(limit, pos + WINDOW))
    head = next(found, None)
    if head is None:
        return None
    word = head.group()
    low = word.casefold()
    if low not in voc.adverbs:
        if _opens_no_speaker(lang, word):
            return None  # the usual case: "menar att", "säger inte", "berättar om"
        if low in voc.pronouns and (allow_object or low not in OBJECT_PRONOUNS[lang] or low == "hen"):
            return SpeakerRef(head.start(), head.end(), "pronoun", voc.pronouns[low])
    toks = [(head.start(), head.end(), word)]
    toks += [(m.start(), m.end(), m.group()) for m in islice(found, 13)]
    i = 0
    skipped = 0
    while i < len(toks) and skipped < 3 and toks[i][2].casefold() in voc.adverbs:
        i += 1
        skipped += 1
    if i >= len(toks) or _opens_no_speaker(lang, toks[i][2]):
        return None
    s, e, word = toks[i]
    low = word.casefold()
    if low in voc.pronouns and (allow_object or low not in OBJECT_PRONOUNS[lang] or low in ("hen",)):
        return SpeakerRef(s, e, "pronoun", voc.pronouns[low])
    if allow_object and low in OBJECT_PRONOUNS[lang]:
        return SpeakerRef(s, e, "plural") if low in ("dem", "them") else None
    if low in PLURAL_PRONOUNS[lang]:
        return SpeakerRef(s, e, "plural")
    start = s
    indefinite = low in INDEFINITE[lang]
    if low in DETERMINERS[lang] or indefinite:
        i += 1
    # Role words and possessors before a name: "Iraks premiärminister", "ytterbacken".
    j = i
    last_role = -1
    while j < len(toks) and j - i < 5:
        tok = toks[j][2]
        if tok.casefold() in voc.org_nouns or tok.casefold() in voc.group_nouns:
            break
        if _is_role_prefix_word(tok, voc):
            last_role = j
            j += 1
            continue
        nxt = toks[j + 1][2] if j + 1 < len(toks) else ""
        if _is_genitive_modifier(tok, lang) and nxt and _is_role_prefix_word(nxt, voc):
            j += 1
            continue
        break
    if j < len(toks) and not is_name_token(toks[j][2]):
        found = _unknown_role_run(toks, j, voc)
        if found > j:
            last_role, j = found - 1, found
    # The name itself.
    k = j
    while k < len(toks) and k - j < 6:
        tok = toks[k][2]
        nxt = toks[k + 1][2] if k + 1 < len(toks) else None
        if tok.casefold() in voc.pronouns or tok.casefold() in PLURAL_PRONOUNS[lang]:
            break
        if is_name_token(tok, nxt) and not (lang == "en" and tok in ("I",)):
            k += 1
            continue
        if tok == "." and k > j and toks[k - 1][2].casefold() in TITLE_ABBREVIATIONS and nxt and nxt[0].isupper():
            k += 1
            continue
        break
    if k > j:
        end = toks[k - 1][1]
        # A party label in brackets belongs to the phrase: "Stefan Löfven (S)".
        if k + 2 < len(toks) and toks[k][2] == "(" and toks[k + 2][2] == ")" and toks[k + 1][2].upper() in {
            p.upper() for p in voc.party_labels
        }:
            end = toks[k + 2][1]
        return SpeakerRef(start, end, "name")
    if i < len(toks):
        s2, e2, tok = toks[i]
        low2 = tok.casefold()
        if lang == "en" and i + 1 < len(toks):
            two = f"{low2} {toks[i + 1][2].casefold()}"
            if two in voc.org_nouns or two in voc.group_nouns:
                return SpeakerRef(start, toks[i + 1][1], "noun")
        if low2 in voc.org_nouns or low2 in voc.group_nouns:
            return SpeakerRef(start, e2, "noun")
    if last_role >= 0:
        tok = toks[last_role][2]
        if indefinite:
            # "säger en granne", "said a spokesman": someone new, never someone named before.
            return SpeakerRef(start, toks[last_role][1], "noun", None, False, True)
        if lang == "en" or is_definite_noun(tok, lang):
            return SpeakerRef(start, toks[last_role][1], "noun")
    return None


@lru_cache(maxsize=65536)
def _opens_no_speaker(language: str, tok: str) -> bool:
    """True when no speaker phrase can start with ``tok`` ("att", "inte", ","), whatever follows:
    it is no pronoun, article, organization or group noun, role, possessor, name or name part.
    Most verbs are followed by such a word, so ``speaker_after`` can stop at once."""
    voc = vocabulary(language)
    low = tok.casefold()
    if low in voc.pronouns or low in OBJECT_PRONOUNS[language] or low in PLURAL_PRONOUNS[language]:
        return False
    if low in DETERMINERS[language] or low in INDEFINITE[language]:
        return False
    if low in voc.org_nouns or low in voc.group_nouns or low in _two_word_heads(language):
        return False
    if low in NAME_PARTICLES or is_name_token(tok):
        return False
    return not (
        _is_role_prefix_word(tok, voc) or _is_genitive_modifier(tok, language) or _is_role_like(tok, voc)
    )


@lru_cache(maxsize=None)
def _two_word_heads(language: str) -> frozenset[str]:
    """First words of the two-word organization and group nouns ("the police")."""
    voc = vocabulary(language)
    return frozenset(n.split()[0] for n in list(voc.org_nouns) + list(voc.group_nouns) if " " in n)


def speaker_before(text: str, pos: int, floor: int, voc: Vocabulary) -> SpeakerRef | None:
    """The speaker phrase that ends just before ``pos`` (a verb), not reaching before ``floor``.

    Handles "Ranstorp menar", "Han säger", "polisen menar", "Statsminister Stefan Löfven (S)
    håller", the relative "Magnus Ranstorp, terrorforskare vid X, som anser", the subject of a
    coordinated verb ("Han vill inte ..., men säger att") and an unnamed person described by a
    relative clause ("En kvinna som bor intill berättar att").
    """
    ref = _speaker_just_before(text, pos, floor, voc)
    if ref is None:
        ref = _clause_subject(text, pos, floor, voc)
    return ref


def _names_inner(toks: list[tuple[int, int, str]], j: int, i: int, voc: Vocabulary) -> bool:
    """Between the commas at ``j`` and ``i`` stands the name, and before them only its role."""
    last = toks[i - 1][2]
    if not (last[:1].isupper() and is_name_token(last)) or voc.is_role_word(last):
        return False
    if j >= 1 and is_name_token(toks[j - 1][2]) and toks[j - 1][2][:1].isupper():
        return False  # "Anna Ek, ordförande i Kommunal, säger": the name comes first
    first = toks[j + 1][2]
    return (first[:1].isupper() and is_name_token(first)) or _is_role_prefix_word(first, voc)


def _clause_subject(text: str, pos: int, floor: int, voc: Vocabulary) -> SpeakerRef | None:
    """The sentence's subject when the verb follows a conjunction or a relative clause."""
    lang = voc.language
    toks = _tokens(text, max(floor, pos - BACK_WINDOW), pos)
    if len(toks) < 3 or not _is_sentence_initial(text, toks[0][0], floor):
        return None
    last = toks[-1][2].casefold()
    head = toks[0][2].casefold()
    if last in CONJUNCTIONS[lang]:
        if head in voc.pronouns and head not in OBJECT_PRONOUNS[lang]:
            return SpeakerRef(toks[0][0], toks[0][1], "pronoun", voc.pronouns[head], True)
        k = 0
        while k < len(toks) and is_name_token(toks[k][2]) and toks[k][2][:1].isupper():
            k += 1
        if k >= 2 and not voc.is_role_word(toks[0][2]):
            return SpeakerRef(toks[0][0], toks[k - 1][1], "name", None, True)
        return None
    if head in INDEFINITE[lang] and voc.is_role_word(toks[1][2]) and toks[2][2].casefold() in RELATIVES[lang]:
        return SpeakerRef(toks[0][0], toks[1][1], "noun", None, True, True)
    return None


def _speaker_just_before(text: str, pos: int, floor: int, voc: Vocabulary) -> SpeakerRef | None:
    lo = max(floor, pos - BACK_WINDOW)
    toks = _tokens(text, lo, pos)
    lang = voc.language
    i = len(toks) - 1
    skipped = 0
    while i >= 0 and skipped < 4 and (
        toks[i][2].casefold() in voc.adverbs or toks[i][2].casefold() in AUXILIARIES[lang]
    ):
        i -= 1
        skipped += 1
    if i < 0:
        return None
    if toks[i][2] == ",":
        # "Anna Ek, ordförande i X, säger" / "Sarah Collins, who inspected it, said": skip back
        # over the apposition or relative clause to the name before it.
        j = i - 1
        while j >= 0 and toks[j][2] != "," and i - j < 16:
            j -= 1
        if j < 0 or toks[j][2] != "," or j + 1 >= i:
            return None
        first = toks[j + 1][2].casefold()
        if _names_inner(toks, j, i, voc):
            # "Mannens försvarare, advokat Daniel Rosén, betonar": the name is in the apposition.
            i -= 1
        elif first not in RELATIVES[lang] and not _starts_apposition(toks, j + 1, voc):
            return None
        else:
            i = j - 1
        if i < 0:
            return None
    elif toks[i][2].casefold() in RELATIVES[lang]:
        i -= 1
        if i >= 0 and toks[i][2] == ",":
            i -= 1
            # Skip back over an apposition: "X, terrorforskare vid Försvarshögskolan, som".
            j = i
            while j >= 0 and toks[j][2] != "," and i - j < 14:
                j -= 1
            if j >= 0 and toks[j][2] == "," and j + 1 <= i and _starts_apposition(toks, j + 1, voc):
                i = j - 1
        if i < 0:
            return None
    s, e, word = toks[i]
    low = word.casefold()
    initial = _is_sentence_initial(text, s, floor)
    if low in voc.pronouns and low not in OBJECT_PRONOUNS[lang]:
        return SpeakerRef(s, e, "pronoun", voc.pronouns[low], initial)
    if low in PLURAL_PRONOUNS[lang]:
        return SpeakerRef(s, e, "plural")
    if lang == "en" and word == "it":
        return SpeakerRef(s, e, "it", None, initial)  # "..., it said.": the organization spoken of
    end = e
    if word == ")" and i >= 2 and toks[i - 2][2] == "(":
        i -= 3
        if i < 0:
            return None
    k = i
    while k >= 0 and i - k < 6:
        tok = toks[k][2]
        nxt = toks[k + 1][2] if k + 1 < len(toks) else None
        if is_name_token(tok, nxt) and tok.casefold() not in voc.pronouns and not voc.is_role_word(tok):
            k -= 1
            continue
        if tok == "." and k > 0 and k < i and toks[k - 1][2].casefold() in TITLE_ABBREVIATIONS:
            k -= 1
            continue
        break
    if k < i:
        first = k + 1
        # Extend over the role words before the name.
        while k >= 0 and first - k < 5:
            tok = toks[k][2]
            nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
            if _is_role_prefix_word(tok, voc) or (
                _is_genitive_modifier(tok, lang) and _is_role_prefix_word(nxt, voc)
            ):
                k -= 1
                continue
            break
        start = toks[k + 1][0]
        name_start = toks[first][0]
        initial = _is_sentence_initial(text, name_start, floor)
        if initial and first == i and toks[i][2].casefold() in _stopwords(lang):
            return None  # "Det menar ...", "Många anser ...": a capitalized ordinary word
        return SpeakerRef(start, end, "name", None, initial)
    low = toks[i][2].casefold()
    if lang == "en" and i >= 1:
        two = f"{toks[i - 1][2].casefold()} {low}"
        if two in voc.org_nouns or two in voc.group_nouns:
            return SpeakerRef(toks[i - 1][0], toks[i][1], "noun")
    if low in voc.org_nouns or low in voc.group_nouns:
        return SpeakerRef(toks[i][0], toks[i][1], "noun", None, initial)
    article = toks[i - 1][2].casefold() if i >= 1 else ""
    if voc.is_role_word(low) and article in INDEFINITE[lang]:
        # "En granne säger att ...", "A spokesman said ...": someone new.
        return SpeakerRef(toks[i - 1][0], toks[i][1], "noun", None, initial, True)
    if voc.is_role_word(low) and (lang == "en" or is_definite_noun(toks[i][2].lower(), lang)):
        start = toks[i][0]
        if lang == "en" and article == "the":
            start = toks[i - 1][0]
        elif lang == "en":
            return None
        return SpeakerRef(start, toks[i][1], "noun", None, initial)
    return None


def _starts_apposition(toks: list[tuple[int, int, str]], i: int, voc: Vocabulary) -> bool:
    """True when the words from ``i`` open a role apposition: "terrorforskare vid ...", "Iraks ..."."""
    word = toks[i][2]
    if voc.language == "en" and word.casefold() in ("a", "an", "the") and i + 1 < len(toks):
        i += 1
        word = toks[i][2]
    if _is_role_prefix_word(word, voc):
        return True
    nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
    return _is_genitive_modifier(word, voc.language) and _is_role_prefix_word(nxt, voc)


@lru_cache(maxsize=None)
def _stopwords(language: str) -> frozenset[str]:
    words: set[str] = set()
    for line in load_lines(language, "stopwords"):
        words.update(line.casefold().split())
    return frozenset(words)


def _is_sentence_initial(text: str, pos: int, floor: int) -> bool:
    """True when only dashes, quotation marks or spaces stand between ``floor`` and ``pos``."""
    return pos - floor <= 8 and not text[floor:pos].strip(" \t–—−―-\"”“«»'’(")
