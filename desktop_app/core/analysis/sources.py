"""Sources that are not a named person: documents, unnamed groups and institutions.

"Enligt prognosen" speaks for the forecaster named just before, "according to a statement
from the ministry" for the ministry; "enligt arrangörerna", "Kritiker menar", "Officials said"
name nobody in particular; "enligt tekniska förvaltningen" names an organization by a common
noun. The word classes come from ``source_nouns.txt``; ``speakers`` asks these readers when no
name, pronoun or known noun stands next to a cue.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.core.analysis.text.vocabulary import WINDOW, SpeakerRef, Vocabulary, is_definite_noun
from desktop_app.core.analysis.text.lexicon import load_lines
from desktop_app.core.analysis.speaker_words import window_tokens

_ARTICLES = {"sv": frozenset("en ett den det de".split()), "en": frozenset("the a an".split())}
_JOINERS = frozenset({"och", "and"})
_TO_WORDS = {"sv": frozenset({"till"}), "en": frozenset({"to"})}
_ISSUER_WORDS = {"sv": frozenset("från av hos".split()), "en": frozenset("from by of".split())}
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
_MEDIUM_RE = {
    "sv": re.compile(r"(?<!\w)(?:i|på|via)\s+(?:ett|en|sitt|sin|hans|hennes|deras|dess)?\s*([\w-]+)", re.IGNORECASE),
    "en": re.compile(r"(?<!\w)(?:in|at|on|during)\s+(?:a|an|the|its|his|her|their)?\s*([\w-]+)", re.IGNORECASE),
}


@lru_cache(maxsize=None)
def _classes(language: str) -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for line in load_lines(language if language in ("sv", "en") else "sv", "source_nouns"):
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


def source_after(text: str, pos: int, limit: int, voc: Vocabulary) -> SpeakerRef | None:
    """After "enligt" / "according to", a source that names no person, or None.

    A document with its issuer ("en rapport från SCB" is SCB's words), or the document named
    before ("prognosen", kind "document": whoever issued it); an institution ("tekniska
    förvaltningen", kind "noun"); a new document, an unnamed group or an issuer the text does
    not name ("en ny undersökning", "arrangörerna": kind "unnamed").
    """
    lang = voc.language
    toks = window_tokens(text, pos, min(limit, pos + WINDOW), 8)
    i = 1 if toks and toks[0][2].casefold() in _ARTICLES[lang] else 0
    for k in range(i, min(i + 5, len(toks))):
        word = toks[k][2]
        if word == "-" or word in _JOINERS:
            continue  # "barn- och utbildningsförvaltningen"
        if not word.replace("-", "").isalpha() or not word[1:].islower():
            return None
        if k > i and not word.islower():
            return None
        kinds = source_class(word, lang)
        if "document" in kinds:
            found = _issuer(text, toks, k, limit, voc) or _given_to(text, toks, k, limit, voc)
            if found is not None:
                return found
            if (lang == "en" and i == 1 and toks[0][2].casefold() == "the") or (
                lang == "sv" and is_definite_noun(word, lang)
            ):
                return SpeakerRef(toks[0][0], toks[k][1], "document")  # "prognosen": issued before
            return SpeakerRef(toks[0][0], toks[k][1], "unnamed", None, False, True)  # "en ny undersökning"
        if "institution" in kinds and (lang == "sv" and is_definite_noun(word, lang) or (lang == "en" and i == 1)):
            return SpeakerRef(toks[0][0], toks[k][1], "noun")
        if is_plural_group(word, lang, role=voc.is_role_word(word)) or (
            lang == "sv" and k == i and voc.is_role_word(word) and not is_definite_noun(word, lang)
        ):
            return SpeakerRef(toks[0][0], toks[k][1], "unnamed", None, False, True)
    return None


def _issuer(
    text: str, toks: list[tuple[int, int, str]], k: int, limit: int, voc: Vocabulary
) -> SpeakerRef | None:
    """The issuer after a document noun: "från SCB", "from the ministry"; "unnamed" when the
    text does not name it ("from the exchange operator"); None when no issuer is given."""
    if k + 2 > len(toks) or toks[k + 1][2].casefold() not in _ISSUER_WORDS[voc.language]:
        return None
    from desktop_app.core.analysis.speakers import speaker_after  # the readers call each other

    start = toks[k + 2][0] if k + 2 < len(toks) else toks[k + 1][1]
    ref = speaker_after(text, start, limit, voc)
    if ref is None or ref.kind in ("plural", "document"):
        ref = source_after(text, start, limit, voc)
    if ref is not None and ref.kind not in ("plural", "document"):
        return ref
    return SpeakerRef(toks[0][0], toks[k][1], "unnamed", None, False, True)


def _given_to(
    text: str, toks: list[tuple[int, int, str]], k: int, limit: int, voc: Vocabulary
) -> SpeakerRef | None:
    """ "enligt uppgifter till Expressen": words given to an outlet, whose source stays unnamed."""
    if k + 2 >= len(toks) or toks[k + 1][2].casefold() not in _TO_WORDS[voc.language]:
        return None
    from desktop_app.core.analysis.speakers import speaker_after

    outlet = speaker_after(text, toks[k + 2][0], limit, voc)
    if outlet is None or outlet.kind != "name":
        return None
    return SpeakerRef(toks[0][0], outlet.end, "unnamed", None, False, True)


def has_medium(text: str, start: int, end: int, language: str) -> bool:
    """A place of speech in ``text[start:end]``: "i ett pressmeddelande", "in a letter"."""
    pattern = _MEDIUM_RE.get(language, _MEDIUM_RE["sv"])
    return any("medium" in source_class(m.group(1), language) for m in pattern.finditer(text, start, end))
