"""What an organization's name looks like: known other names, acronyms, and the common noun
before a name that tells its kind ("energibolaget Ellevio" is a company).

Used by ``actors`` to group entity spans into organizations.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from desktop_app.core.analysis.entities.recognizer import EntitySpan
from desktop_app.core.analysis.text.lexicon import load_lines
from desktop_app.core.analysis.text.vocabulary import vocabulary

_FUNCTION_WORDS = frozenset("mot för och i av på till med om the of for and de du la".split())


@dataclass(frozen=True)
class AliasEntry:
    canonical: str
    category: str | None


@lru_cache(maxsize=None)
def alias_table(language: str) -> dict[str, AliasEntry]:
    """Known other names (case-folded) -> canonical name and category, this language first."""
    table: dict[str, AliasEntry] = {}
    for lang in ("en", "sv") if language == "sv" else ("sv", "en"):
        for line in load_lines(lang, "actor_aliases"):
            body, _, tag = line.partition("@")
            forms = [f.strip() for f in body.split("|") if f.strip()]
            if not forms:
                continue
            entry = AliasEntry(forms[0], tag.strip().casefold() or None)
            for form in forms:
                table[form.casefold()] = entry
    return table


def initials(name: str) -> str:
    """ "Center mot våldsbejakande extremism" -> "CVE" (function words left out)."""
    return "".join(w[0] for w in name.split() if w.casefold() not in _FUNCTION_WORDS and w[0].isalpha()).upper()


@lru_cache(maxsize=None)
def company_nouns(language: str) -> tuple[str, ...]:
    """One-word group nouns that point to a company: "bolaget", "koncernen"."""
    return tuple(n for n, t in vocabulary(language).group_nouns.items() if t == "@company" and " " not in n)


@lru_cache(maxsize=None)
def _one_word_group_nouns(language: str) -> dict[str, tuple[int, str]]:
    """One-word group nouns -> (their place in the list, target), for suffix look-ups."""
    nouns = vocabulary(language).group_nouns
    return {noun: (n, target) for n, (noun, target) in enumerate(nouns.items()) if " " not in noun}


@lru_cache(maxsize=65536)
def head_category(language: str, word: str) -> str | None:
    """The category of the first listed group noun that ``word`` ends in ("" for a plain
    name ending), or None: "verkstadskoncernen" -> "company"."""
    table = _one_word_group_nouns(language)
    best: tuple[int, str] | None = None
    for k in range(len(word)):
        hit = table.get(word[k:])
        if hit is not None and (best is None or hit[0] < best[0]):
            best = hit
    if best is None:
        return None
    return best[1][1:] if best[1].startswith("@") else ""


class AcronymIndex:
    """The organizations of one text by the acronyms they may go by, built in one pass.

    ``expand("CVE")`` is the first name whose ``initials`` are the acronym, else the first whose
    ``compound_initials`` it is, else None: the same answer as trying every name for every
    acronym, at a dictionary look-up each (a report with 480 acronyms and thousands of names
    made that search quadratic). Names are indexed when first asked for, so a text without
    acronyms pays nothing.
    """

    def __init__(self, names: list[str]) -> None:
        self._names = names
        self._exact: dict[str, str] | None = None
        self._compound: dict[str, str] = {}

    def expand(self, acronym: str) -> str | None:
        if self._exact is None:
            self._build()
        assert self._exact is not None
        return self._exact.get(acronym) or self._compound.get(acronym.casefold())

    def _build(self) -> None:
        exact: dict[str, str] = {}
        compound = self._compound
        for name in dict.fromkeys(self._names):  # each name once, in text order
            exact.setdefault(initials(name), name)
            for key in _compound_keys(name):
                compound.setdefault(key, name)
        self._exact = exact


def _compound_keys(name: str) -> set[str]:
    """Every acronym ``compound_initials`` accepts for ``name``, case-folded."""
    words = [w.casefold() for w in name.split() if w.casefold() not in _FUNCTION_WORDS and w[0].isalpha()]
    if len(words) < 2:
        return set()
    heads = [w[0] for w in words]
    keys: set[str] = set()
    for k, word in enumerate(words):
        for letter in set(word[3:]):
            if len(word) - word.find(letter, 3) >= 3:
                keys.add("".join(heads[: k + 1]) + letter + "".join(heads[k + 1 :]))
    return keys


def compound_initials(name: str, acronym: str) -> bool:
    """ "SCB" for "Statistiska centralbyrån": every word gives its initial, and one word gives
    one more letter where a later part of a compound starts ("central|byrån")."""
    words = [w.casefold() for w in name.split() if w.casefold() not in _FUNCTION_WORDS and w[0].isalpha()]
    letters = acronym.casefold()
    if len(letters) < 3 or len(letters) != len(words) + 1:
        return False
    for k, word in enumerate(words):
        expected = [w[0] for w in words[: k + 1]] + [letters[k + 1]] + [w[0] for w in words[k + 1 :]]
        part = word.find(letters[k + 1], 3)
        if "".join(expected) == letters and part != -1 and len(word) - part >= 3:
            return True
    return False


def is_genitive(word: str) -> bool:
    return len(word) > 3 and (word.endswith(":s") or (word.endswith("s") and word[-2] not in "sxz"))


_DEFINITE = ("", "en", "et", "n")


def fits_name(name: str, target: str) -> bool:
    """Whether an organization's name fits a group noun's target: it ends with the target
    ("Göteborgs tingsrätt" for "tingsrätt"), opens with it ("Hovrätten för Västra Sverige",
    "Region Gotland"), or, for a target "stem*", opens with a compound of it ("polisregion
    Stockholm", "Polisen i Göteborg" for "polis*")."""
    name = name.casefold()
    words = name.split()
    if not words:
        return False
    if target.endswith("*"):
        return words[0].startswith(target[:-1])
    if name.endswith(target) or any(words[-1].endswith(target + e) for e in _DEFINITE[1:]):
        return True  # "Göteborgs tingsrätt"; "Högsta domstolen" for "domstolen"
    # "Hovrätten för ...", "Naturskyddsföreningen i Skåne": the first word is (a compound of) it.
    return any(words[0].endswith(target + ending) for ending in _DEFINITE) and (
        words[0] == target or len(words[0]) - len(target) > 3 or words[0] in (target + e for e in _DEFINITE)
    )


def organizations_once_named(entities: list[EntitySpan]) -> list[EntitySpan]:
    """A multi-word name the recognizer read as an organization is one wherever it recurs after
    that ("Skogsindustrikoncernen Nordvik Paper ... vd för Nordvik Paper")."""
    first_org: dict[str, int] = {}
    out = []
    for e in entities:
        folded = e.text.casefold()
        if e.kind == "ORG" and " " in folded:
            first_org.setdefault(folded, e.start)
        elif e.kind == "PER" and first_org.get(folded, e.start) < e.start:
            e = EntitySpan(e.start, e.end, "ORG", e.text, e.name)
        out.append(e)
    return out


def parent_category(aliases: dict, folded: str) -> str | None:
    """The category of the known organization a name opens with ("if metall gävleborg")."""
    words = folded.split()
    for n in range(len(words) - 1, 0, -1):
        entry = aliases.get(" ".join(words[:n]))
        if entry is not None and entry.category:
            return entry.category
    return None
