"""How coreference names a speaker phrase that is no pronoun: a role someone holds, an
organization named by a common noun, a name the recognizer missed, or nobody named.

``Naming`` is the part of ``Resolver`` that turns "forskaren", "förvaltningen", "Unionen",
"Svenska Dagbladets kritiker" into actors; it reads the resolver's state (the registry, the
people met recently, the body paragraphs) and asks ``_unnamed_source`` for speakers nobody names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.core.analysis.coreference.unnamed import UnnamedSources
from desktop_app.core.analysis.entities.actors import ActorRegistry
from desktop_app.core.analysis.entities.gender import gender_of_first_name, gender_of_role
from desktop_app.core.analysis.speech.candidates import SpeakerRef
from desktop_app.core.analysis.speech.word_classes import is_institution
from desktop_app.core.analysis.text.language import supported
from desktop_app.core.analysis.text.lexicon import load_lines
from desktop_app.core.analysis.text.tokenizer import TOKEN_RE
from desktop_app.core.analysis.text.vocabulary import is_name_token

_DETERMINERS = frozenset({"the", "a", "an", "another"})  # dropped from a role's name; Swedish keeps "en"
_PAREN_RE = re.compile(r"\s*\([^()]*\)\s*$")


class Naming:
    """Speaker phrases that name by role, common noun or unknown name (a mixin of ``Resolver``)."""

    reg: ActorRegistry
    text: str
    lang: str
    recent: list[int]
    body: list[tuple[int, int, int]]
    role_only: list[tuple[int, str]]  # unnamed role holders met, with their role's stem
    sources: UnnamedSources

    def _only_possessor(self, idx: int, ref: SpeakerRef) -> bool:
        """The mention found is not the speaker but what the phrase names after it:
        "Svenska Dagbladets kritiker" (a role of the outlet), "Sveriges advokatsamfund" (an
        organization of the country)."""
        actor = self.reg.actors[idx]
        if actor.kind not in ("organization", "place"):
            return False
        last = self.text[ref.start : ref.end].split()[-1:]
        if not last or not last[0].islower():
            return False
        return not any(m.actor == idx and m.end >= ref.end for m in self.reg.overlapping(ref.start, ref.end))

    def _resolve_noun(self, ref: SpeakerRef) -> int | None:
        phrase = " ".join(self.text[ref.start : ref.end].split())
        words = phrase.split()
        noun = words[-1].casefold() if words else ""
        two = " ".join(w.casefold() for w in words[-2:])
        voc = self.reg.voc
        for key in (two, noun):
            if key in voc.org_nouns:
                idx = self.reg.actor_index(voc.org_nouns[key], "organization", ref.start)
                self.reg.add_mention(idx, ref.start, ref.end, "name")
                return idx
            if key in voc.group_nouns:
                idx = self._writing_organization(key)
                if idx is None:
                    idx = self.reg.group_target(key, ref.start)
                if idx is None and _WE_IN_RE.search(self.text, max(0, ref.start - 12), ref.start):
                    idx = next((i for i, a in enumerate(self.reg.actors) if a.is_author), None)  # "Vi i föreningen"
                if idx is None and self.lang == "en" and " " in key:
                    named = _place_and_noun_before(self.text, key.split()[-1], ref.start)
                    if named is not None:  # "The council said" after "Wrexham council"
                        idx = self.reg.actor_index(named, "organization", ref.start)
                if idx is None and self.lang == "en" and " " in key:
                    # "according to the department" after "the New Hampshire Department of
                    # Environmental Services": the noun heads the name instead of ending it.
                    idx = self._named_institution(key.split()[-1], ref.start)
                    if idx is None:  # "the district said" after "Columbus City Schools"
                        idx = self.sources.named_otherwise(key.split()[-1], ref.start)
                if idx is None:
                    return None  # "uppger bolaget" with no company named: an unnamed speaker
                self.reg.add_mention(idx, ref.start, ref.end, "alias")
                return idx
        if is_institution(noun, self.lang):
            # "tekniska förvaltningen": an organization the text names by a common noun; the
            # noun alone ("förvaltningen") is the one named so before.
            while len(words) > 1 and words[0].casefold() in _DETERMINERS:
                words = words[1:]
            idx = self._named_institution(noun, ref.start) if len(words) == 1 else None
            if idx is None:
                name = _compound_named_before(self.text, noun, ref.start) if len(words) == 1 else None
                name = name or " ".join(words) + _place_after(self.text, ref.end)
                idx = self.reg.actor_index(name, "organization", ref.start)
            self.reg.add_mention(idx, ref.start, ref.end, "name")
            return idx
        # A role noun: the most recent person who holds that role, else the role itself.
        stem = "" if ref.indefinite else _role_stem(noun, self.lang)
        for idx in reversed(self.recent if stem else []):
            if self._holds_role(idx, stem):
                self.reg.add_mention(idx, ref.start, ref.end, "alias")
                return idx
        while len(words) > 1 and words[0].casefold() in _DETERMINERS:
            words = words[1:]
        phrase = " ".join(words)
        idx = self._named_next(ref, gender_of_role(noun)) if stem else None
        if idx is not None:
            self.reg.actors[idx].add_role(phrase)
            self.reg.add_mention(idx, ref.start, ref.end, "alias")
            return idx
        # Nobody named holds the role: "åklagaren", "kvinnan", "the prosecutor" stay unnamed
        # (unless the text names the holder later: ``named_later``).
        idx = self._unnamed_source(ref, definite=True)
        if idx is not None and stem and len(stem) >= 5 and self.reg.voc.is_role_word(noun):
            self.role_only.append((idx, stem))
        return idx

    def _writing_organization(self, noun: str) -> int | None:
        """ "Förbundet menar" in a piece by "Jägareförbundet Norrbotten", "Partiet anser" in one
        by "Miljöpartiet i Uppsala kommun": the writing organization."""
        noun = noun.split()[-1]
        for i, actor in enumerate(self.reg.actors):
            if actor.is_author and actor.kind == "organization":
                if any(w.casefold().endswith(noun) for w in actor.name.split()[:2]):
                    return i
        return None

    def _holds_role(self, idx: int, stem: str) -> bool:
        """Does the person hold the role ``stem``: among their roles, the title before their
        first mention ("Regionstyrelsens ordförande Anders Lindqvist", "utrikeshandelsminister
        Sofia Grenmark") or the apposition after it ("Eva Ström (C), kommunstyrelsens ordförande")?
        "kommunalråd" is also "kommunstyrelsens ordförande" (``_SAME_ROLE``)."""
        if not stem:
            return False
        actor = self.reg.actors[idx]
        first = actor.first
        roles = _role_text(" ".join((*actor.roles, self._title_before(idx))), self.lang).split()
        if any(_has_role(word, stem) for word in roles):
            return True  # ("Kvinnans advokat" holds no "kvinnan")
        # The word right before the name is its title when it ends in the role ("utrikeshandels-
        # minister Sofia Grenmark"), not a possessor ("kvinnans försvarare X" holds no "kvinna").
        before = self.text[max(0, first - 40) : first].split()
        title = before[-1].casefold() if before else ""
        after = _apposition_after(self.text, first + len(actor.name))
        if _has_role(title, stem) or after.split()[:1] and _has_role(after.split()[0], stem):
            return True
        ahead = _ROLE_BEFORE_RE.search(self.text, max(0, first - 80), first)
        if ahead is not None and any(_has_role(w, stem) for w in _role_text(ahead.group("role"), self.lang).split()):
            return True  # "a spokesperson for the airline, Kim Osei": the role before the name
        same = _SAME_ROLE.get(stem, ())
        two = " ".join(before[-2:]).casefold()
        return any(form in two or after.startswith(form) for form in same)

    def named_later(self) -> dict[int, int]:
        """Unnamed role holders whose holder the text names after them ("Det menar kommunalrådet i
        Ödeshög" ... "Det säger Eva Ström (C), kommunstyrelsens ordförande"): the unnamed actor ->
        the one person who holds that role."""
        out: dict[int, int] = {}
        for idx, stem in self.role_only:
            name = self.reg.actors[idx].name
            if idx in out or self.reg.actors[idx].kind != "unnamed" or name[:1].isupper():
                continue  # "Nerikes Allehandas recensent": someone of that outlet, not a holder named
            holders = [
                i for i, a in enumerate(self.reg.actors) if a.kind == "person" and self._holds_role(i, stem)
            ]
            if len(holders) == 1:
                out[idx] = holders[0]
        return out

    def _title_before(self, idx: int) -> str:
        """The abbreviated title written before a person's first mention: "Gov." in "Arizona Gov.
        Maria Delgado" ("" when none)."""
        first = self.reg.actors[idx].first
        before = self.text[max(0, first - 8) : first].split()
        return before[-1] if before and before[-1].endswith(".") else ""

    def _named_next(self, ref: SpeakerRef, gender: str | None, *, titled: bool = False) -> int | None:
        """A lead that names a person by role only ("The housing secretary has defended ...")
        and the next paragraph that names them ("Rachel Morgan said"): the first person named
        there, when new to the text and with no role of their own (``titled``: a role of their
        own is fine, for a pronoun in a lead that named nobody: "State Rep. Kevin Doherty")."""
        if not self.body or not self.body[0][1] <= ref.start < self.body[0][2] or len(self.body) < 2:
            return None
        _, start, end = self.body[1]
        for m in self.reg.overlapping(start, end):
            actor = self.reg.actors[m.actor]
            if actor.kind != "person" or m.via != "name":
                continue
            fits = gender is None or actor.gender in (gender, None)
            new = actor.first >= start and " " in actor.name and (titled or not actor.roles)
            return m.actor if fits and new else None
        return None

    def _named_institution(self, noun: str, pos: int) -> int | None:
        before, _ = self.reg.mentions_near(pos)
        for m in before:
            actor = self.reg.actors[m.actor]
            name = actor.name.casefold()
            if actor.kind == "organization" and (
                name.endswith(noun.casefold()) or self.lang == "en" and noun.casefold() in name.split()
            ):
                return m.actor  # "förvaltningen" for "tekniska förvaltningen", "the ministry"
        return None

    def _new_name(self, ref: SpeakerRef) -> int | None:
        """A speaker named by words the recognizer did not take for a name ("Unionen")."""
        raw = _PAREN_RE.sub("", self.text[ref.start : ref.end])
        toks = [m for m in TOKEN_RE.finditer(raw)]
        voc = self.reg.voc
        while toks and (not is_name_token(toks[0].group()) or voc.is_role_word(toks[0].group())):
            toks.pop(0)
        if not toks:
            return None
        if ref.sentence_initial and len(toks) == 1:
            return None
        start = ref.start + toks[0].start()
        end = ref.start + toks[-1].end()
        name = " ".join(self.text[start:end].split())
        first_gender = gender_of_first_name(toks[0].group(), self.lang)
        kind = "person" if (len(toks) > 1 or first_gender) else "organization"
        if toks[-1].group().islower():
            kind = "organization"  # "Sveriges advokatsamfund", "Sundsvalls kommun"
        if len(toks) == 1 and toks[0].group().isupper():
            kind = "organization"
        idx = self.reg.actor_index(name, kind, start)
        if self.reg.actors[idx].gender is None and kind == "person":
            self.reg.actors[idx].gender = first_gender
        self.reg.add_mention(idx, start, end, "name")
        return idx

_WE_IN_RE = re.compile(r"(?<!\w)(?:[Vv]i|[Ww]e)\s+(?:i|på|inom|at)\s+$")
_PLACE_AFTER_RE = re.compile(r"[ \t]+i[ \t]+[A-ZÅÄÖ][\w-]*(?:[ \t]+(?:[A-ZÅÄÖ][\w-]*|län|kommun))*")
# The municipality, county or region a unit belongs to: " i Stockholms stad", " i Region Skåne".
MUNICIPALITY_AFTER_RE = re.compile(
    r"[ \t]+i[ \t]+(?:Region[ \t]+[A-ZÅÄÖ][\w-]*(?:[ \t]+län)?|(?:[A-ZÅÄÖ][\w-]*[ \t]+){1,2}(?:stad|kommun|län))(?![\w-])"
)
MAX_COMPOUND_LOOKBACK = 600  # characters searched back for "Barn- och ungdomsförvaltningen"


def _place_after(text: str, end: int) -> str:
    """ " i Göteborg" after "stadsrevisionen": the unit's place belongs to its name."""
    m = _PLACE_AFTER_RE.match(text, end)
    return " " + " ".join(m.group().split()) if m else ""


def _place_and_noun_before(text: str, noun: str, pos: int) -> str | None:
    """ "the council" after "Wrexham council", "the board" after "Ohio school board": the last
    capitalized word (or two) before ``pos`` followed by the noun, a name the recognizer read as
    a place."""
    pattern = re.compile(rf"(?<![\w-])((?:[A-Z][\w'-]+\s+){{1,2}}){re.escape(noun)}(?![\w-])")
    found = None
    for m in pattern.finditer(text, max(0, pos - MAX_COMPOUND_LOOKBACK), pos):
        words = m.group().split()
        if words[0] in ("The", "A", "An"):
            words = words[1:]  # "The Wrexham council"
        if len(words) > 1:
            found = words
    return " ".join(found) if found is not None else None


def _compound_named_before(text: str, noun: str, pos: int) -> str | None:
    """ "förvaltningen" after "Barn- och ungdomsförvaltningen" (a name the recognizer missed):
    the last capitalized compound before ``pos`` that ends in the noun."""
    pattern = re.compile(rf"(?<![\w-])[A-ZÅÄÖ][\w]*-?(?:\s+och\s+)?[\w]*{re.escape(noun.casefold())}(?![\w-])")
    found = None
    for m in pattern.finditer(text, max(0, pos - MAX_COMPOUND_LOOKBACK), pos):
        found = m
    if found is None or len(found.group()) <= len(noun):
        return None
    unit = MUNICIPALITY_AFTER_RE.match(text, found.end())  # "Utbildningsförvaltningen i Stockholms stad"
    return " ".join(found.group().split()) + (" " + " ".join(unit.group().split()) if unit else "")


@lru_cache(maxsize=None)
def _abbreviations(language: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in load_lines(supported(language), "title_abbreviations"):
        short, _, full = line.partition("=")
        if short.strip() and full.strip():
            table[short.strip().casefold()] = full.strip().casefold()
    return table


# Swedish titles with two names for one office: "kommunalrådet" is the chair of the municipal board.
_SAME_ROLE = {
    "kommunalråd": ("kommunstyrelsens ordförande", "kommunråd"),
    "kommunråd": ("kommunstyrelsens ordförande", "kommunalråd"),
    "regionråd": ("regionstyrelsens ordförande",),
    "landstingsråd": ("landstingsstyrelsens ordförande",),
}
# A role set before a name between commas: "a spokesperson for the airline, Kim Osei", "the
# union's president, Lisa Kerr", "en talesperson för bolaget, Anna Ek".
_ROLE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:an?|the|en|ett|[\w-]+['’]s)\s+(?P<role>[a-zåäö-]+(?:\s+[a-zåäö-]+)?)"
    r"(?:\s+(?:for|of|at|with|för|på|vid|hos)\s+[^,.;:\n]{1,40})?,\s*$"
)
_APPOSITION_RE = re.compile(r"(?:\s*\([^()]{1,12}\))?,\s*([^,.;:]{1,60})")


def _has_role(word: str, stem: str) -> bool:
    """ "terrorforskare" has "forskar(e)"; a possessor's genitive ("kvinnans") has no role."""
    return bool(stem) and stem in word and (word.endswith(stem) or not word.endswith("s"))


def _apposition_after(text: str, end: int) -> str:
    """ ", kommunstyrelsens ordförande i Ödeshög" after a name (with its party), casefolded."""
    m = _APPOSITION_RE.match(text, end)
    return " ".join(m.group(1).split()[:3]).casefold() if m else ""  # the role opens it


def _role_text(role: str, language: str) -> str:
    """A role as words to compare: "Arizona Gov." reads "arizona governor"."""
    table = _abbreviations(language)
    words = role.casefold().split()
    return " ".join(table.get(w.rstrip("."), w) for w in words) if table else role.casefold()


def _role_stem(noun: str, language: str) -> str:
    """ "forskaren" -> "forskare", "ytterbacken" -> "ytterback", "vd:n" -> "vd", "spokesman" -> "spokesman"."""
    if language != "sv":
        return noun
    if ":" in noun:
        return noun.split(":")[0]  # "vd:n" -> "vd", "vd:ns"
    for ending in ("en", "n", "et"):
        if noun.endswith(ending) and len(noun) - len(ending) >= 4:
            return noun[: -len(ending)]
    return noun
