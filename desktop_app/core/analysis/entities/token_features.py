"""What the rules of the entity scanner ask about one token of a text and its neighbours:
its lexicon entry, the gazetteer name it starts, whether it can continue a person's name, end an
organization's, or be the head of a genitive ("Ellevios presschef").

Every question looks at a bounded number of neighbouring tokens, so asking it is constant time.
"""

from __future__ import annotations

import re

from desktop_app.core.analysis.entities.gazetteer import Gazetteer, WordInfo
from desktop_app.core.analysis.text.token_stream import TokenStream

DOMAINS = frozenset(("se", "com", "nu", "org", "net", "uk", "de", "fi", "no", "dk", "eu"))
# adjectives that follow a genitive name: "Fridhs nya bok", "Ekens egen firma"
GENITIVE_ADJECTIVES = frozenset((
    "nya", "egen", "eget", "egna", "första", "senaste", "förra", "förre", "tidigare", "gamla",
    "nuvarande", "dåvarande", "blivande", "avgående", "nyvalde", "nyvalda", "store", "stora",
))
# adverbs that open a sentence before a name: "Yesterday Labour Party leaders met"
ADVERBS = frozenset((
    "yesterday", "today", "tonight", "tomorrow", "meanwhile", "now", "earlier", "later",
    "instead", "still", "even", "last", "next", "igår", "idag", "nu", "sedan",
))
# organization heads that also end compounds naming no organization: "huvudstad", "hemkommun"
_PLACE_HEADS = frozenset(("stad", "kommun", "landsting"))
ROMAN = re.compile("[IVX]{2,5}")
PARTY_STATE = re.compile("[RDI]-[A-Z][A-Za-z]{0,3}")


class TokenFeatures(TokenStream):
    """The tokens of one text with the lexicons of one language."""

    def __init__(self, text: str, gaz: Gazetteer) -> None:
        super().__init__(text)
        self.gaz = gaz
        self._infos = gaz.word_infos
        self._matches: dict[int, tuple[int, str] | None] = {}

    def info(self, i: int) -> WordInfo:
        word = self.words[i]
        found = self._infos.get(word)  # the gazetteer's cache, read directly: a hot path
        return found if found is not None else self.gaz.info(word)

    def is_cap(self, i: int) -> bool:
        """Capitalized, or a particle-prefixed name such as "al-Abadi"."""
        word = self.words[i]
        return word[0].isupper() or (word[0].islower() and "-" in word and self.info(i).cap)

    def common(self, i: int) -> bool:
        return self.info(i).common

    def match(self, i: int) -> tuple[int, str] | None:
        """Longest gazetteer name starting at token i: (end index, kind); cached."""
        matches = self._matches
        if i in matches:
            return matches[i]
        result = None
        info = self.info(i)
        lengths = self.gaz.by_first.get(info.key)
        if lengths is None:
            if info.kind is not None:  # "Sveriges" as well as "Sveriges Radio"
                result = (i + 1, info.kind)
        else:
            words = self.words
            for length in lengths:
                j = i + length
                if length == 1:
                    break
                if j > self.n or any(not self.joined(k) for k in range(i + 1, j)):
                    continue
                kind = self.gaz.lookup(words[i:j])
                if kind is not None:
                    result = (j, kind)
                    break
            if result is None and info.kind is not None:
                result = (i + 1, info.kind)
        matches[i] = result
        return result

    def leading_word(self, p: int) -> bool:
        """Token p is a title, a function word or an adverb that goes before a name ("The",
        "Dr", "Yesterday", "Separately"), not a word of it ("Home Builders Federation")."""
        info = self.info(p)
        folded = info.folded
        return (
            info.title
            or folded in self.gaz.function_words
            or folded in ADVERBS
            or (folded.endswith("ly") and len(folded) > 5 and not (info.first_name or info.place))
        )

    def role_after(self, p: int) -> bool:
        """A lowercase role noun follows token p, and a name follows it: "Ellevios presschef
        Fredrik Nord", "Frölundas tränare Mikael Strand"."""
        if p + 2 >= self.n or not (self.joined(p + 1) and self.joined(p + 2)):
            return False
        role = self.words[p + 1]
        if not role[0].islower() or not self.is_cap(p + 2):
            return False
        folded = role.casefold()
        return folded in self.gaz.titles or folded.endswith(self.gaz.title_endings)

    def head_after(self, j: int) -> bool:
        """The word at j starts a noun phrase that a genitive before it governs: a role noun
        ("presschef"), or an adjective of a possessed thing ("nya", "egen")."""
        if j >= self.n or not self.joined(j):
            return False
        word = self.words[j]
        if not word[0].islower():
            return False
        return word in GENITIVE_ADJECTIVES or word in self.gaz.titles or word.endswith(
            self.gaz.title_endings
        )

    def org_word(self, q: int) -> bool:
        """Token q is a word that ends an organization's name ("Party", "University")."""
        word = self.words[q]
        return word in self.gaz.org_words or (self.info(q).base or word) in self.gaz.org_words

    def word_like(self, p: int) -> bool:
        """False for capitalized tokens that are not names: "EU-bidrag", "SVT2", "DN.se"."""
        info = self.info(p)
        if (info.non_entity and not (info.first_name or info.surname)) or not info.shape_ok:
            return False
        if p > 0 and self.words[p - 1] == "(" and PARTY_STATE.fullmatch(self.words[p]):
            return False  # "(R-Ky.)", "(D-N.Y.)": a US party and state, not a name
        if p + 2 < self.n and self.words[p + 1] == "." and self.words[p + 2] in DOMAINS:
            return bool(self.gaps[p + 1] or self.gaps[p + 2])
        return True

    def unknown_name(self, q: int) -> bool:
        """Token q is a capitalized word that no list knows (and not an ordinary word)."""
        info = self.info(q)
        return (
            self.name_like(q)
            and not (info.first_name or info.surname)
            and self.words[q] not in self.gaz.particles
            and self.match(q) is None
            and not self.in_headline(q)
        )

    def known_name(self, q: int) -> bool:
        """Token q is a first name or starts a gazetteer name."""
        return self.info(q).first_name or self.match(q) is not None

    def name_like(self, q: int) -> bool:
        """Can token q continue a person's name?"""
        gaz = self.gaz
        word = self.words[q]
        if word in gaz.particles:
            return True
        if word == "." and len(self.words[q - 1]) == 1:
            return True
        info = self.info(q)
        if info.acronym and word not in gaz.club_affixes:
            return bool(ROMAN.fullmatch(word))
        if not info.cap or info.title or not self.word_like(q):
            return False
        if self._headlines and info.common and self.in_headline(q):
            return False
        if info.first_name or info.surname:
            return True
        if info.folded in gaz.function_words:
            return False  # a sentence after a name with no stop between: "Cim Sabel Hennes röst"
        if info.suffix is not None or info.thing or info.place:
            return False
        return self.match(q) is None

    def org_suffix(self, q: int, at_start: bool) -> bool:
        """Token q ends like an organization (Trafikverket, Försvarshögskolan, Räddningstjänsten).

        At a sentence start only the strong endings count, and not for ordinary words.
        """
        info = self.info(q)
        if info.suffix == "strong":
            return not (at_start and info.common)
        return info.suffix == "weak" and not at_start

    def lowercase_head(self, q: int) -> str | None:
        """Kind when the lowercase word at q completes the name before it ("Örebro kommun")."""
        if q >= self.n or not self.joined(q):
            return None
        word = self.words[q]
        if word in self.gaz.loc_heads:
            return "LOC"
        if word in self.gaz.org_heads:
            return "ORG"
        if word[0].islower() and (
            self.org_suffix(q, False) or (word.endswith(self.gaz.org_endings) and self.org_compound(word))
        ):
            return "ORG"  # "Örebro kommun", "Åre lavincenter", "Stockholms brottningsförbund"
        return None

    def org_compound(self, word: str) -> bool:
        """A lowercase noun ending like an organization's ("kvinnoklinik", "riksförbund"),
        not a role ("kommunalråd" is a person)."""
        gaz = self.gaz
        if not word.endswith(gaz.org_endings) or not word.isalpha():
            return False
        ending = next(e for e in gaz.org_endings if word.endswith(e))
        # a compound, of an ending that is no place head on its own ("huvudstad" is no "stad";
        # "musikgymnasium", "barnsjukhus" are a gymnasium and a hospital)
        return (
            len(word) > len(ending) + 2 and ending not in _PLACE_HEADS
            and word not in gaz.titles and not word.endswith(gaz.title_endings)
        )

    def name_base(self, i: int) -> str:
        """Token i without a genitive ending, unless that leaves an ordinary word ("Nis")."""
        base = self.info(i).base
        if base is None or base.casefold() in self.gaz.common:
            return self.words[i]
        return base

    def person_start(self, p: int, q: int) -> int:
        """Where a person's name starts inside the capitalized run [p, q) after words that are
        not part of it, 0 if it does not: "Sverigedemokraternas Jimmie Åkesson",
        "Wikileaksgrundaren Julian Assange". The name is a first name that is not an ordinary
        word and at least one more word; nothing before it is a first name or a surname."""
        info = self.info
        for k in range(p, q - 1):
            here = info(k)
            if here.first_name or here.surname or self.words[k] in self.gaz.particles:
                if k == p or not here.first_name or here.common:
                    return 0
                return k
        return 0

    def party_after(self, q: int) -> bool:
        """A party letter in parentheses follows token q - 1: "Sofia Grenmark (M)" is a person."""
        words = self.words
        return q + 2 < self.n and words[q] == "(" and words[q + 1] in self.gaz.parties and words[q + 2] == ")"

    def person_by_role(self, p: int, hit: tuple[int, str]) -> bool:
        """Token p alone is a known place that is also a first name or a surname, and a lowercase
        role noun stands right before it: "sonen Mark", "målvakten Sofia" are people."""
        if hit[1] != "LOC" or hit[0] != p + 1 or p == 0 or not self.words[p - 1][0].islower():
            return False
        word = self.words[p - 1]
        if not (word in self.gaz.titles or word.endswith(self.gaz.title_endings)) or not self.joined(p):
            return False
        info = self.info(p)
        return info.first_name or info.surname
