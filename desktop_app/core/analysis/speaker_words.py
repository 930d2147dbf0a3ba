"""Word classes the speaker readers ask about: pronouns, articles, role words, name starts.

``speakers`` reads the phrase that names a speaker; the questions it asks of single tokens
("a role before a name?", "can a speaker start here?") live here, cached per word.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import islice

from desktop_app.core.analysis.text.vocabulary import (
    NAME_PARTICLES,
    ROLE_ADJECTIVES,
    Vocabulary,
    is_name_token,
    vocabulary,
)
from desktop_app.core.analysis.text.lexicon import load_lines
from desktop_app.core.analysis.text.tokenizer import TOKEN_RE

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
# Words between a speaker and where they work or live: "Mark Zandi of Moody's", "Anna Ek vid
# KTH", "en mamma i Teleborg".
AFFILIATIONS = {"sv": frozenset({"vid", "på", "från", "hos", "i"}), "en": frozenset({"of", "at", "from", "in"})}
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


def is_genitive_modifier(text: str, language: str) -> bool:
    """ "Iraks", "kommunens", "the company's": a possessor before a role noun."""
    if language == "en":
        return text.endswith(("'s", "’s"))
    return len(text) > 3 and (text.endswith("s") or text.endswith(":s")) and text[-2] != "s"


def window_tokens(text: str, start: int, end: int, limit: int = 0) -> list[tuple[int, int, str]]:
    """Tokens of ``text[start:end]`` as (start, end, text); the first ``limit`` when given."""
    found = TOKEN_RE.finditer(text, start, end)
    if limit:
        found = islice(found, limit)
    return [(m.start(), m.end(), m.group()) for m in found]


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
    if low in NAME_PARTICLES or is_name_token(tok):
        return False
    return not (
        is_role_prefix_word(tok, voc) or is_genitive_modifier(tok, language) or is_role_like(tok, voc)
    )


@lru_cache(maxsize=None)
def _two_word_heads(language: str) -> frozenset[str]:
    """First words of the two-word organization and group nouns ("the police")."""
    voc = vocabulary(language)
    return frozenset(n.split()[0] for n in list(voc.org_nouns) + list(voc.group_nouns) if " " in n)


def starts_apposition(toks: list[tuple[int, int, str]], i: int, voc: Vocabulary) -> bool:
    """True when the words from ``i`` open a role apposition: "terrorforskare vid ...", "Iraks ..."."""
    word = toks[i][2]
    if voc.language == "en" and word.casefold() in ("a", "an", "the") and i + 1 < len(toks):
        i += 1
        word = toks[i][2]
    if is_role_prefix_word(word, voc):
        return True
    nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
    return is_genitive_modifier(word, voc.language) and is_role_prefix_word(nxt, voc)


@lru_cache(maxsize=None)
def stopwords(language: str) -> frozenset[str]:
    words: set[str] = set()
    for line in load_lines(language, "stopwords"):
        words.update(line.casefold().split())
    return frozenset(words)


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
    if not words or len(words) > MAX_INTRO_WORDS or any(ch in intro for ch in "\"”“«»"):
        return False
    first = words[0].casefold()
    return first.endswith(("ing", "ed")) or first in EN_INTRO_WORDS
