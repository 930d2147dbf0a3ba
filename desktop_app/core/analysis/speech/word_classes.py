"""Word classes the speaker readers ask about: pronouns, articles, role words, name starts,
and the nouns that name a source or a person by what it is.

``speaker_phrase``, ``subjects`` and ``sources`` read the phrase that names a speaker; the
questions they ask of single tokens ("a role before a name?", "can a speaker start here?", "is
"prognosen" a document?") live here, cached per word. This module reads no phrase itself, so
every reader may ask it.
"""

from __future__ import annotations

from functools import lru_cache

from desktop_app.core.analysis.text.language import supported
from desktop_app.core.analysis.text.lexicon import load_lines
from desktop_app.core.analysis.text.vocabulary import (
    NAME_PARTICLES,
    ROLE_ADJECTIVES,
    Vocabulary,
    is_definite_noun,
    is_genitive_modifier,
    is_name_token,
    stopwords,
    vocabulary,
)

DETERMINERS = {"sv": frozenset(), "en": frozenset({"the"})}
INDEFINITE = {"sv": frozenset({"en", "ett"}), "en": frozenset({"a", "an", "another", "one"})}
# English words that open a phrase before the subject ("In a statement, ...") or after "X said"
# ("said on Tuesday"): neither is what is said.
EN_INTRO_WORDS = frozenset(
    "in on at during after before later earlier meanwhile however separately still since until when while "
    "as also yet".split()
)
EN_TAIL_STARTS = frozenset(
    "in on at to during after before from with for by via when while as outside inside near later earlier "
    "today yesterday tonight this last late early recently again previously afterwards shortly separately "
    "then and but monday tuesday wednesday thursday friday saturday sunday".split()
)
MAX_INTRO_WORDS = 10
MAX_PARTICIPLE_INTRO_WORDS = 25
# English verbs of telling, after which comes whom the words are told: "told reporters that".
EN_TELL_VERBS = frozenset("tell tells told".split())
# Words between a speaker and where they work or live: "Mark Zandi of Moody's", "Anna Ek vid
# KTH", "en mamma i Teleborg".
AFFILIATIONS = {"sv": frozenset({"vid", "på", "från", "hos", "i"}), "en": frozenset({"of", "at", "from", "in"})}
PLURAL_PRONOUNS = {"sv": frozenset("de dom vi".split()), "en": frozenset("they we".split())}
OBJECT_PRONOUNS = {"sv": frozenset("honom henne hen dem".split()), "en": frozenset("him her them".split())}
AUXILIARIES = {
    "sv": frozenset("har hade ska skulle kan kunde vill ville brukar länge tidigare redan hela tiden alltid aldrig".split()),
    "en": frozenset("has had have will would can could may might previously repeatedly".split()),
}
RELATIVES = {"sv": frozenset({"som"}), "en": frozenset({"who", "whose", "which"})}
CONJUNCTIONS = {"sv": frozenset({"men", "och"}), "en": frozenset({"but", "and"})}
# Title abbreviations whose period stays inside a name: "Louisiana Gov. Maria Landry".
TITLE_ABBREVIATIONS = frozenset("gov sen rep lt sgt dr prof mr ms mrs gen col capt cmdr st".split())
# Swedish endings of a definite or adjectival noun that may stand before a name as its role:
# "meteorologen", "bokningsansvariga", "presschefen", "ordföranden", "festivalens".
_SV_ROLE_LIKE_ENDINGS = (
    "en", "et", "rn", "na", "ig", "iga", "ande", "are", "aren", "ska", "ella", "ala",
    # nouns of a person by their work, before a full name: "skogsinspektor", "kommissionär"
    "or", "ör", "ist", "ent", "ant", "log", "chef", "råd", "iker", "är", "man",
)
_EN_NOT_ROLE_WORDS = frozenset(
    "about after against along among around before behind below beside between beyond during except "
    "from into near over since than that this through toward towards under until upon when where while "
    "with within without told today yesterday tonight last next".split()
)


def is_role_prefix_word(tok: str, voc: Vocabulary) -> bool:
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


def is_role_like(tok: str, voc: Vocabulary) -> bool:
    """A lower-case word that may be a role the lists do not know, before a name."""
    if not tok.isalpha() and not tok.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False
    if not tok[0].islower() or len(tok) < 4 or tok.casefold() in stopwords(voc.language):
        return False
    if voc.language == "en":
        return tok.casefold() not in _EN_NOT_ROLE_WORDS
    return tok.endswith(_SV_ROLE_LIKE_ENDINGS) or is_genitive_modifier(tok, "sv")


def is_full_name_at(toks: list[tuple[int, int, str]], k: int, voc: Vocabulary) -> bool:
    """Two capitalized name words start at ``k``: "Linnea Berg", "Ida Wallin", "Ann-Sofie Kuoljok"."""
    if k + 1 >= len(toks):
        return False
    first, second = toks[k][2], toks[k + 1][2]
    low = first.casefold()
    return (
        first[0].isupper()
        and second[:1].isupper()
        and first.replace("-", "").isalpha()
        and not first.endswith("-")
        and low not in voc.pronouns
        and low not in stopwords(voc.language)
        and not voc.is_role_word(first)
    )


def unknown_role_run(toks: list[tuple[int, int, str]], j: int, voc: Vocabulary) -> int:
    """Where the name starts after up to three role-like words from ``j``, or ``j`` (no name).

    "säger meteorologen Linnea Berg", "säger festivalens bokningsansvariga Ida Wallin": any
    (genitive) noun phrase before a full name names that person's role.
    """
    k = j
    while k < len(toks) and k - j < 3 and (is_role_like(toks[k][2], voc) or is_role_prefix_word(toks[k][2], voc)):
        k += 1
    return k if k > j and is_full_name_at(toks, k, voc) else j


@lru_cache(maxsize=65536)
def opens_no_speaker(language: str, tok: str) -> bool:
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
    if low in NAME_PARTICLES or is_name_token(tok) or low in _named_heads(language):
        return False
    return not (
        is_role_prefix_word(tok, voc) or is_genitive_modifier(tok, language) or is_role_like(tok, voc)
    )


@lru_cache(maxsize=None)
def _named_heads(language: str) -> frozenset[str]:
    """ "polisregion" (Stockholm): lower-case words that open an organization's name."""
    return frozenset(w.casefold() for w in load_lines(supported(language), "named_org_heads"))


@lru_cache(maxsize=None)
def _org_kind_endings(language: str) -> tuple[str, ...]:
    """Endings of the nouns of a kind of organization ("företaget", "byrån") (org_kind_nouns.txt)."""
    return tuple(w.casefold() for w in load_lines(supported(language), "org_kind_nouns")) or ("\0",)


def is_org_kind_apposition(toks: list[tuple[int, int, str]], i: int, language: str) -> bool:
    """ "analysföretaget Nordtrend", "nyhetsbyrån Sana": a lower-case noun of a kind of
    organization (a compound too) right before a capitalized name, which it only describes."""
    if language != "sv" or i + 1 >= len(toks):
        return False
    word, nxt = toks[i][2], toks[i + 1][2]
    return (
        word.islower()
        and word.endswith(_org_kind_endings(language))
        and nxt[:1].isupper()
        and nxt[1:2].islower()
        and toks[i + 1][0] == toks[i][1] + 1
    )


@lru_cache(maxsize=None)
def _two_word_heads(language: str) -> frozenset[str]:
    """First words of the two-word organization and group nouns ("the police")."""
    voc = vocabulary(language)
    return frozenset(n.split()[0] for n in list(voc.org_nouns) + list(voc.group_nouns) if " " in n)


def starts_apposition(toks: list[tuple[int, int, str]], i: int, voc: Vocabulary) -> bool:
    """True when the words from ``i`` open a role apposition: "terrorforskare vid ...", "Iraks ..."."""
    word = toks[i][2]
    if voc.language == "en" and i + 2 < len(toks):
        nxt, third = toks[i + 1][2], toks[i + 2][2].casefold()
        if word.casefold() == "one" and nxt == "of":
            return True  # "Residents of El Olivar, one of the hardest-hit neighborhoods, said"
        if word.casefold() in ("a", "an") and nxt.islower() and third in ("at", "of", "from", "in", "with", "for"):
            return True  # "Marcus Webb, a junior at Central High School, told"
    article = voc.language == "en" and word.casefold() in ("a", "an", "the") and i + 1 < len(toks)
    if article:
        i += 1
        word = toks[i][2]
    if is_role_prefix_word(word, voc):
        return True
    if article and word[:1].isupper() and voc.is_party_word(word):
        return True  # "Dana Whitlock, a Democrat from Ohio, said"
    # "Germany's largest union", "the Mesa Republican who ...", "the union's regional leader":
    # a possessor or a name before the role or kind of organization, a few words on.
    for k in range(i, min(len(toks), i + 4)):
        tok = toks[k][2]
        if k > i and (is_role_prefix_word(tok, voc) or tok.casefold() in _organization_kinds(voc.language)):
            return True
        if k > i and voc.is_party_word(tok) and tok[:1].isupper():
            return True
        if not (tok[:1].isupper() or is_genitive_modifier(tok, voc.language) or tok.islower() and tok.isalpha()):
            return False
    return False


@lru_cache(maxsize=None)
def _organization_kinds(language: str) -> frozenset[str]:
    """The nouns of the group-noun list without their article: "union", "company", "council"."""
    return frozenset(n.split()[-1] for n in vocabulary(language).group_nouns if n.split()[-1].isalpha())


def is_sentence_initial(text: str, pos: int, floor: int) -> bool:
    """True when only dashes, quotation marks or spaces stand between ``floor`` and ``pos``."""
    return pos - floor <= 8 and not text[floor:pos].strip(" \t–—−―-\"”“«»'’(")

def after_intro(text: str, sent_start: int, pos: int) -> bool:
    """The sentence opens with a phrase before the subject: "Asked about the delay, Smith said
    ...", "Speaking to reporters, ...", "In a statement, the company said ..."."""
    if pos - sent_start > 200:
        return False  # an opening phrase is a few words
    intro = text[sent_start:pos].rstrip(" ,")
    words = intro.split()
    if not words or any(ch in intro for ch in "\"”“«»"):
        return False
    first = words[0].casefold()
    if first.endswith(("ing", "ed")):
        return len(words) <= MAX_PARTICIPLE_INTRO_WORDS  # "Asked whether ..., as some had claimed, X said"
    return len(words) <= MAX_INTRO_WORDS and first in EN_INTRO_WORDS


# ---------------------------------------------------------------- nouns of sources and people
# Words before a bare plural subject: "Flera kritiker menar", "Some analysts said".
QUANTIFIERS = {
    "sv": frozenset("flera många några vissa andra somliga fler allt alltfler".split()),
    "en": frozenset("some many several other most few more".split()),
}
_PERSON_ENDINGS = {
    "sv": ("are", "ör", "ist", "ent", "ant", "man", "kvinna", "log", "tör"),
    "en": ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee"),
}
_SV_PLURAL_DEFINITE = ("arna", "erna", "orna", "rna")
# Endings stripped to find a Swedish base form: definite, plural and both.
_SV_ENDINGS = ("", "en", "et", "n", "t", "na", "er", "erna", "or", "orna", "ar", "arna", "r", "rna", "ns", "ens")
_MIN_COMPOUND_BASE = 5  # shorter bases ("tal", "dom") must match a whole word, not a compound's end


@lru_cache(maxsize=None)
def _classes(language: str) -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for line in load_lines(supported(language), "source_nouns"):
        noun, _, kinds = line.partition("=")
        if noun.strip() and kinds.split():
            table[noun.strip().casefold()] = frozenset(kinds.split())
    return table


@lru_cache(maxsize=65536)
def source_class(word: str, language: str) -> frozenset[str]:
    """The classes ("document", "medium", "institution") of a noun in any form: "prognosen",
    "socialförvaltningen", "statements", "agencies"; empty for other words."""
    table = _classes(language)
    low = word.casefold()
    if language == "en":
        forms = {low, low[:-1] if low.endswith("s") else low}
        if low.endswith("ies"):
            forms.add(low[:-3] + "y")
        found = [table[f] for f in forms if f in table]
        return frozenset().union(*found) if found else frozenset()
    for ending in _SV_ENDINGS:
        if ending and not low.endswith(ending):
            continue
        stem = low[: len(low) - len(ending)] if ending else low
        for base in (stem, stem + "a", stem + "e"):
            if base in table:
                return table[base]
            for n in range(3, len(base) - _MIN_COMPOUND_BASE + 1):
                if base[n:] in table:  # a compound: "väder|prognosen", "social|förvaltningen"
                    return table[base[n:]]
    return frozenset()


def is_institution(word: str, language: str) -> bool:
    """An organization's common noun in definite form: "förvaltningen", "Socialnämnden";
    English needs no definite form ("ministry", "the health department")."""
    if "institution" not in source_class(word, language):
        return False
    return language == "en" or is_definite_noun(word.lower(), language)


def is_person_noun(word: str, language: str) -> bool:
    """A lower-case noun that names a person by what they do: "trader", "resident", "handlare",
    "forskare", "traders" (by its ending, for words the role lists do not have)."""
    low = word.casefold()
    if not word.isalpha() or not word.islower() or len(low) < 5:
        return False
    if language == "en" and low.endswith("s"):
        low = low[:-1]
    if low.endswith("ment") or source_class(low, language):
        return False  # "statement", "dokument", "report": things, not people
    return low.endswith(_PERSON_ENDINGS.get(language, ()))


def is_role_plural(word: str, voc: Vocabulary) -> bool:
    """A Swedish role noun in the indefinite plural: "ekonomer", "grannar", "forskare"."""
    low = word.casefold()
    if voc.language != "sv" or not word.isalpha():
        return False
    stems = [low[: -len(e)] for e in ("er", "ar", "or", "r") if low.endswith(e)]
    return any(voc.is_role_word(stem) or voc.is_role_word(stem + "e") for stem in stems)  # "grannar"


def is_plural_group(word: str, language: str, *, role: bool) -> bool:
    """A plural noun naming people: "forskarna", "arrangörerna", "officials", "critics".

    ``role`` says the word is a known role noun; English bare plurals must be one.
    """
    if not word.isalpha() or not word[0].islower() and not word[1:].islower():
        return False
    low = word.casefold()
    if language == "en":
        return role and len(low) > 3 and low.endswith("s") and not low.endswith("ss")
    return len(low) > 5 and low.endswith(_SV_PLURAL_DEFINITE)
