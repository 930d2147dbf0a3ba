"""Actors: the entity spans of a text grouped into people, organizations and places.

One actor per referent: "Ranstorp" joins "Magnus Ranstorp", "Säpo" joins "Säkerhetspolisen",
"CVE" joins "Center mot våldsbejakande extremism", "terrorgruppen" joins IS. Each person gets
the roles and party the text attaches to the name ("Statsminister Stefan Löfven (S)", "Magnus
Ranstorp, terrorforskare vid Försvarshögskolan") and a gender from the first-name lists or the
role noun. ``ActorRegistry`` keeps actors and mentions; coreference adds to it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from desktop_app.core.analysis.entities.branches import name_branches, organization_heads, specific_organizations
from desktop_app.core.analysis.entities.gender import gender_of_first_name, gender_of_role
from desktop_app.core.analysis.entities.mention_index import MentionDraft, MentionIndex
from desktop_app.core.analysis.entities.org_names import (
    AcronymIndex,
    alias_table,
    fits_name,
    organizations_once_named,
    parent_category,
    company_nouns,
    head_category,
    is_genitive,
)
from desktop_app.core.analysis.entities.recognizer import EntitySpan
from desktop_app.core.analysis.entities.roles import party_after, party_before, roles_around, word_before
from desktop_app.core.analysis.text.cue_scan import CueHits
from desktop_app.core.analysis.text.vocabulary import Vocabulary, vocabulary

KIND_OF = {"PER": "person", "ORG": "organization", "LOC": "place"}
_ACRONYM_RE = re.compile(r"^[A-ZÅÄÖ]{2,6}$")
MAX_MENTION_SCAN = 10  # mentions looked at around a position when resolving a group noun
_GIVEN_TO = frozenset({"till", "told", "tells", "telling"})  # "säger X till ST", "told Reuters"
_TOLD_FOR = frozenset({"berättar", "berättade", "berättat", "säger", "sa", "sade", "uppger", "uppgav"})
_ANY_NEAREST = frozenset({"@company", "@club", "@authority", "@union", "@organization"})  # group nouns that may take any organization
@dataclass(slots=True)
class ActorDraft:
    """An actor while the analysis runs; ``model.Actor`` is made from it at the end."""

    name: str
    kind: str
    first: int  # position of the first mention, for ordering
    roles: list[str] = field(default_factory=list)
    party: str | None = None
    gender: str | None = None
    aliases: list[str] = field(default_factory=list)
    category: str | None = None
    is_author: bool = False

    def add_alias(self, form: str) -> None:
        if form and form != self.name and form not in self.aliases:
            self.aliases.append(form)

    def add_role(self, role: str) -> None:
        if role and role not in self.roles:
            self.roles.append(role)


class ActorRegistry:
    """Actors and their mentions for one text; lookups by position stay logarithmic."""

    def __init__(self, text: str, language: str, low: str | None = None) -> None:
        self.text = text
        self.low = low  # text.lower() when offsets are kept (see patterns.lowered)
        self.language = language
        self.voc: Vocabulary = vocabulary(language)
        self.actors: list[ActorDraft] = []
        self._mentions = MentionIndex()
        self._keys: dict[str, int] = {}
        self._fits: dict[str, tuple[int, bool]] = {}  # group noun target -> (actors seen, any fits)

    # ------------------------------------------------------------------ building
    def actor_index(self, name: str, kind: str, first: int) -> int:
        """The actor with this canonical name, created when new."""
        key = " ".join(name.casefold().split())
        idx = self._keys.get(key)
        if idx is None:
            idx = len(self.actors)
            self.actors.append(ActorDraft(name, kind, first))
            self._keys[key] = idx
        elif first < self.actors[idx].first:
            self.actors[idx].first = first
        return idx

    def rename(self, idx: int, name: str) -> None:
        """Give an actor the fuller name a speaker phrase shows ("för samhällsskydd och beredskap"
        -> "Myndigheten för samhällsskydd och beredskap"); the old name stays an alias."""
        actor = self.actors[idx]
        key = " ".join(name.casefold().split())
        if key in self._keys:
            return
        actor.add_alias(actor.name)
        actor.name = " ".join(name.split())
        self._keys[key] = idx

    def canonical(self, name: str) -> str:
        """The canonical name of an organization's other name ("SvD" -> "Svenska Dagbladet")."""
        folded = " ".join(name.casefold().split())
        entry = alias_table(self.language).get(folded) or alias_table(self.language).get(folded.removesuffix(":s"))
        return entry.canonical if entry is not None else " ".join(name.split())

    def find(self, name: str) -> int | None:
        return self._keys.get(" ".join(name.casefold().split()))

    @property
    def mentions(self) -> list[MentionDraft]:
        """Every mention, in text order once look-ups have begun."""
        return self._mentions.all

    def add_mention(self, actor: int, start: int, end: int, via: str) -> None:
        self._mentions.add(MentionDraft(actor, start, end, via))
        draft = self.actors[actor]
        if start < draft.first:
            draft.first = start

    def set_mention_end(self, mention: MentionDraft, end: int) -> None:
        """Move where a mention ends (through the index, which keeps the longest one's length)."""
        self._mentions.set_end(mention, end)

    def overlapping(self, start: int, end: int) -> list[MentionDraft]:
        """Mentions that overlap ``start:end``, in text order."""
        return self._mentions.overlapping(start, end)

    def mentions_ending_within(self, pos: int, reach: int) -> list[MentionDraft]:
        """Mentions that end at most ``reach`` characters before ``pos``, in text order."""
        return self._mentions.ending_within(pos, reach)

    def mentions_near(self, pos: int) -> tuple[list[MentionDraft], list[MentionDraft]]:
        """Up to ``MAX_MENTION_SCAN`` mentions before and after ``pos`` (nearest first)."""
        return self._mentions.near(pos, MAX_MENTION_SCAN)

    # ------------------------------------------------------------------ from entities
    def add_entities(self, entities: list[EntitySpan], hits: CueHits) -> None:
        """Group the recognizer's spans into actors, with roles, party and gender.

        ``hits`` gives the organization and group nouns found by ``cue_scan``.
        """
        aliases = alias_table(self.language)
        org_nouns = self.voc.org_nouns
        entities = organization_heads(entities, self.language)
        entities = organizations_once_named(entities)
        people = [e for e in entities if e.kind == "PER"]
        full = [e for e in people if len((e.name or e.text).split()) > 1]
        by_last: dict[str, list[EntitySpan]] = {}
        by_first: dict[str, set[str]] = {}
        for e in full:
            words = (e.name or e.text).split()
            by_last.setdefault(words[-1].casefold(), []).append(e)
            by_first.setdefault(words[0].casefold(), set()).add(_canon_person(e))
        longest: dict[str, str] = {}
        for e in full:
            name = _canon_person(e)
            longest.setdefault(name.casefold(), name)
        named_orgs = [e.name or e.text for e in entities if e.kind == "ORG" and len((e.name or e.text).split()) > 1]
        acronyms = AcronymIndex(named_orgs)
        common = self._capitalized_common_nouns(entities)
        heads = {n: self._organization_head(e) for n, e in enumerate(entities)}
        retyped = {(e.name or e.text).casefold() for n, e in enumerate(entities) if heads[n] is not None}
        for n, e in enumerate(entities):
            surface = e.name or e.text
            folded = surface.casefold()
            owner = self._possessor_of_role(e, entities[n + 1] if n + 1 < len(entities) else None)
            if owner is not None:
                surface, folded = owner, owner.casefold()
                e = EntitySpan(e.start, e.end, "ORG", e.text, owner)
            if folded in common and aliases.get(folded) is None:
                continue  # "Verkstadsbolaget varslar": a capitalized common noun, not a name
            category = heads[n]
            if e.kind == "PER" and folded in retyped:
                # "Verkstadskoncernen Nordtec ... Enligt Nordtec": the company wherever it is named.
                e = EntitySpan(e.start, e.end, "ORG", e.text, e.name)
            if e.kind == "PER" or (len(surface.split()) == 1 and folded in by_last and e.kind != "LOC"):
                self._add_person(e, surface, by_last, by_first)
                continue
            entry = aliases.get(folded)
            if entry is not None and entry.category == "media" and e.kind == "ORG" and _ACRONYM_RE.match(surface):
                named = acronyms.expand(surface)  # "HD" after "Högsta domstolen": the court, not the paper
                if named is not None and named.casefold() != entry.canonical.casefold():
                    entry = None
            canonical = entry.canonical if entry else org_nouns.get(folded, surface)
            if entry is None and category is None and e.kind == "ORG":
                category = parent_category(aliases, folded)  # "IF Metall Gävleborg": a union
            if e.kind == "ORG" and entry is None and _ACRONYM_RE.match(surface):
                canonical = acronyms.expand(surface) or surface  # "CVE" after "Center mot ... (CVE)"
            kind = KIND_OF[e.kind]
            idx = self.actor_index(canonical, kind, e.start)
            actor = self.actors[idx]
            if entry is not None and entry.category:
                actor.category = entry.category
            elif category and actor.category is None:
                actor.category = category
            if folded == canonical.casefold():
                via = "name"
            else:
                via = "alias"
                actor.add_alias(surface)
            self.add_mention(idx, e.start, e.end, via)
        self._scan_org_nouns(entities, hits.org_nouns)
        name_branches(self, entities)
        self._scan_group_nouns(hits.group_nouns)
        specific_organizations(self)

    def _add_person(
        self, e: EntitySpan, surface: str, by_last: dict[str, list[EntitySpan]], by_first: dict[str, set[str]]
    ) -> None:
        words = surface.split()
        via = "name"
        if len(words) == 1:
            folded = surface.casefold()
            owners = by_last.get(folded)
            if owners:
                before = [o for o in owners if o.start < e.start]
                owner = before[-1] if before else owners[0]
                name, via = _canon_person(owner), "surname"
            elif len(by_first.get(folded, ())) == 1:
                name, via = next(iter(by_first[folded])), "alias"
            else:
                name = surface
        else:
            name = _canon_person(e)
        idx = self.actor_index(name, "person", e.start)
        actor = self.actors[idx]
        actor.kind = "person"
        if via == "alias":
            actor.add_alias(surface)
        elif via == "surname":
            actor.add_alias(words[-1])
        self.add_mention(idx, e.start, e.end, via)
        if len(words) == 1 and (actor.roles or actor.party):
            return  # a surname alone rarely carries a role the full name did not
        last = word_before(self.text, e.start)
        roles, party = roles_around(self.text, e.start, e.end, self.voc, last)
        for role in roles:
            actor.add_role(role)
        party = party or party_after(self.text, e.end, self.voc) or party_before(self.text, e.start, self.voc, last)
        if party and not actor.party:
            actor.party = party
        if actor.gender is None:
            actor.gender = _first_name_gender(actor.name.split()[0], self.language) if len(
                actor.name.split()
            ) > 1 else None
            if actor.gender is None:
                for role in actor.roles:
                    actor.gender = gender_of_role(role.split()[-1])
                    if actor.gender:
                        break

    def _capitalized_common_nouns(self, entities: list[EntitySpan]) -> set[str]:
        """ "Verkstadsbolaget varslar ...": one word ending in a company noun ("bolaget",
        "koncernen") that is capitalized only where a sentence starts is a common noun."""
        nouns = company_nouns(self.voc.language)
        initial: set[str] = set()
        inside: set[str] = set()
        for e in entities:
            folded = e.text.casefold()
            if " " in folded or not folded.endswith(nouns):
                continue
            if not any(folded.endswith(n) and len(folded) > len(n) + 2 for n in nouns):
                continue
            before = self.text[max(0, e.start - 3) : e.start].rstrip(" \t–—-\"”")
            (initial if not before or before[-1] in "\n.!?:" else inside).add(folded)
        return initial - inside

    def _organization_head(self, e: EntitySpan) -> str | None:
        """ "Verkstadskoncernen Nordtec", "energibolaget Ellevio": a lone name after a noun that
        ends in a group noun is that kind of organization. Returns its category ("" when none)."""
        if e.kind == "LOC" or " " in e.text and e.kind != "ORG" or e.start < 2:
            return None
        last = word_before(self.text, e.start)
        if last is None:
            return None
        return head_category(self.voc.language, last[1].casefold())

    def _possessor_of_role(self, e: EntitySpan, nxt: EntitySpan | None) -> str | None:
        """ "Ellevios presschef Fredrik Nord": a lone genitive before a role and a person is the
        organization the person works for, not a person; its name without the genitive."""
        if e.kind != "PER" or nxt is None or nxt.kind != "PER" or " " in e.text:
            return None
        if self.language == "sv":
            if not is_genitive(e.text):
                return None
            name = e.text[:-2] if e.text.endswith(":s") else e.text[:-1]
            role_at = e.end
        else:
            if not self.text.startswith(("'s", "’s"), e.end):
                return None
            name, role_at = e.text, e.end + 2
        between = self.text[role_at : nxt.start].split()
        if not 1 <= len(between) <= 3 or "\n" in self.text[role_at : nxt.start]:
            return None
        if not all(w.isalpha() and w.islower() for w in between):
            return None
        return name if any(self.voc.is_role_word(w) for w in between) or len(between) == 1 else None

    def _scan_org_nouns(self, entities: list[EntitySpan], spans: list[tuple[int, int]]) -> None:
        """Definite nouns that name an organization ("regeringen") the recognizer left out."""
        taken = [(e.start, e.end) for e in entities]
        starts = [s for s, _ in taken]
        for start, end in spans:
            i = bisect_left(starts, start)
            if (i < len(taken) and taken[i][0] < end) or (i > 0 and taken[i - 1][1] > start):
                continue
            canonical = self.voc.org_nouns.get(" ".join(self.text[start:end].casefold().split()))
            if canonical is not None:
                idx = self.actor_index(canonical, "organization", start)
                self.add_mention(idx, start, end, "name")

    def _scan_group_nouns(self, spans: list[tuple[int, int]]) -> None:
        """ "terrorgruppen", "kommunen": a mention of the organization they point back to."""
        nouns = self.voc.group_nouns
        found: list[tuple[int, int, int, str]] = []
        for start, end in spans:
            if self.overlapping(start, end):
                continue
            noun = " ".join(self.text[start:end].casefold().split())
            if noun not in nouns:
                noun = noun[:-1]  # the genitive: "terrorgruppens"
            idx = self.group_target(noun, start)
            if idx is not None:
                found.append((idx, start, end, noun))
        for idx, start, end, noun in found:
            if self.actors[idx].kind == "person":  # a company read as a person (``group_target``)
                self.actors[idx].kind, self.actors[idx].category = "organization", "company"
            self.actors[idx].add_alias(noun)
            self.add_mention(idx, start, end, "alias")

    def _may_fit(self, target: str) -> bool:
        """Whether any organization could be what a group noun points to (cached per target
        until actors are added)."""
        seen, found = self._fits.get(target, (0, False))
        if not found and seen < len(self.actors):
            new = self.actors[seen:]  # only actors added since the last look
            if target.startswith("@"):
                found = any(a.kind == "organization" and a.category == target[1:] for a in new)
            else:
                found = any(a.kind == "organization" and fits_name(a.name, target) for a in new)
        self._fits[target] = (len(self.actors), found)
        return found

    def group_target(self, noun: str, pos: int, exclude: frozenset[int] | set[int] = frozenset()) -> int | None:
        """The organization a group noun refers to: the nearest fitting one, earlier first
        (never one of ``exclude``)."""
        target = self.voc.group_nouns.get(noun)
        if target is None:
            return None
        if target not in _ANY_NEAREST and not self._may_fit(target):
            return None  # no organization of this kind or name in the text at all
        before, after = self.mentions_near(pos)
        category = target[1:] if target.startswith("@") else None
        for mention in before + after:
            actor = self.actors[mention.actor]
            if actor.kind != "organization" or mention.actor in exclude:
                continue
            if category is not None:
                if actor.category == category and not self._given_to_only(mention.actor, pos):
                    return mention.actor
            elif fits_name(actor.name, target):
                return mention.actor
        if target in _ANY_NEAREST:
            # "bolaget", "företaget": the nearest organization named before, of no other kind.
            for mention in before:
                actor = self.actors[mention.actor]
                fits = actor.category in (None, target[1:]) or target == "@organization"  # "organisationen": any
                if actor.kind == "organization" and fits and mention.actor not in exclude:
                    if not self._given_to_only(mention.actor, pos):
                        return mention.actor
        if target == "@company":
            # "Bayou Electric says …" then "The utility said": with no organization named before,
            # a company's name the recognizer read as a person (two words, no first name, no role).
            for mention in before:
                actor = self.actors[mention.actor]
                if (actor.kind == "person" and actor.gender is None and not actor.roles
                        and " " in actor.name and mention.actor not in exclude):
                    return mention.actor
        return None

    def _given_to_only(self, idx: int, pos: int) -> bool:
        """An organization named before ``pos`` only as whom words were given to ("säger hon
        till ST", "berättar X för NA", "told Reuters"): the outlet, not what "förbundet" or
        "the company" in a later cue points back to. (The index keeps each actor's mentions, so
        this reads only that actor's, each once: a text that names its outlet thousands of times
        stays linear.)"""
        return bool(self._mentions.all_before(idx, pos, self._given_to))

    def _given_to(self, start: int) -> bool:
        """The words before a mention at ``start`` give words to it: "säger X till", "berättar för"."""
        before = self.text[max(0, start - 60) : start].split()
        last = before[-1].casefold() if before else ""
        return last in _GIVEN_TO or (last == "för" and any(w.casefold() in _TOLD_FOR for w in before[-6:-1]))


@lru_cache(maxsize=65536)
def _first_name_gender(name: str, language: str) -> str | None:
    return gender_of_first_name(name, language)


def _canon_person(e: EntitySpan) -> str:
    return " ".join((e.name or e.text).split())
