"""Regional branches and named units of organizations: "IF Metall Gävleborg", "Kommunal Mitt",
"Polisen i Göteborg", "Hovrätten för Västra Sverige", "polisregion Stockholm".

The recognizer often stops at the organization ("Kommunal", "Polisen") and leaves the region
as a place; a reader means the branch, and quotes of "förbundet" or "polisen" later in the text
are the branch's (``ActorRegistry._specific_organizations``). The branch is an organization of
its own, with the parent's category.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop_app.core.analysis.entities.org_names import head_category
from desktop_app.core.analysis.entities.recognizer import EntitySpan
from desktop_app.core.analysis.text.language import supported
from desktop_app.core.analysis.text.lexicon import load_folded, load_lines

if TYPE_CHECKING:
    from desktop_app.core.analysis.entities.actors import ActorRegistry

_BRANCH_CATEGORIES = frozenset({"union", "party", "police", "authority"})
_PREP_RE = re.compile(r"[ \t]+(?:i|för)[ \t]+")
_GAP_RE = re.compile(r"[ \t]+")
_NAME_RE = re.compile(r"[A-ZÅÄÖ][\w-]*(?:[ \t]+(?:[A-ZÅÄÖ][\w-]*|län|kommun|stad))*")


@lru_cache(maxsize=None)
def _region_words(language: str) -> frozenset[str]:
    return load_folded(supported(language), "region_words")


@lru_cache(maxsize=None)
def _named_heads(language: str) -> re.Pattern[str] | None:
    heads = load_lines(supported(language), "named_org_heads")
    if not heads:
        return None
    alternation = "|".join(sorted((re.escape(h) for h in heads), key=len, reverse=True))
    # No look-behind first: a pattern that opens with its words is searched for them in C
    # (``_named_head_matches`` checks the character before).
    return re.compile(rf"(?P<head>{alternation})[ \t]+(?P<name>[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*)?)")


_WORD_BEFORE_RE = re.compile(r"[\w-]")


def _named_head_matches(pattern: re.Pattern[str], text: str):
    """What ``(?<![\\w-])`` + ``pattern`` finds, left to right: a match right after a word
    character or hyphen is refused and the search goes on one character later."""
    pos = 0
    while True:
        found = pattern.search(text, pos)
        if found is None:
            return
        start = found.start()
        if start > 0 and _WORD_BEFORE_RE.match(text, start - 1):
            pos = start + 1
            continue
        yield found
        pos = found.end()


def organization_heads(entities: list[EntitySpan], language: str) -> list[EntitySpan]:
    """ "Polisregion Mitt" taken for a person's name is an organization (``named_org_heads``);
    "Skogsindustrikoncernen Nordvik Paper" is the company "Nordvik Paper" (its first word names
    its kind, ``head_category``)."""
    heads = {h.casefold() for h in load_lines(supported(language), "named_org_heads")}
    out = []
    for e in entities:
        words = e.text.split()
        if e.kind != "ORG" and words[0].casefold() in heads:
            e = EntitySpan(e.start, e.end, "ORG", e.text, e.name)
        elif (
            len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper() and len(words[0]) > 8
            and head_category(language, words[0].casefold())
        ):  # not "Myndigheten för samhällsskydd och beredskap": the noun begins the name
            rest = e.text[len(words[0]) :].lstrip()
            start = e.end - len(rest)
            e = EntitySpan(start, e.end, "ORG", rest, None)
        out.append(e)
    return out


def name_branches(registry: ActorRegistry, entities: list[EntitySpan]) -> None:
    """Give each organization mention followed by its region the branch as its own actor."""
    if registry.language != "sv":
        return
    text = registry.text
    places = {e.start: e for e in entities if e.kind in ("LOC", "ORG")}
    generic = {name.casefold() for name in registry.voc.org_nouns.values()}
    branching = {
        i: a.name.casefold() in generic
        for i, a in enumerate(registry.actors)
        if a.kind == "organization"
        and (a.name.casefold() in generic or a.category in _BRANCH_CATEGORIES or a.name.casefold().endswith("föreningen"))
    }
    for m in list(registry.mentions) if branching else ():
        if m.actor not in branching:
            continue
        actor = registry.actors[m.actor]
        is_generic = branching[m.actor]
        end = _branch_end(text, m.end, places, is_generic, named=text[m.start : m.start + 1].isupper())
        if end is None:
            continue
        rest = " ".join(text[m.end : end].split())
        name = f"{actor.name} {rest}"
        idx = registry.actor_index(name, "organization", m.start)
        branch = registry.actors[idx]
        branch.category = branch.category or actor.category
        m.actor, m.via = idx, "name"
        registry.set_mention_end(m, end)
    pattern = _named_heads(registry.language)
    if pattern is None:
        return
    for found in _named_head_matches(pattern, text):
        if registry.overlapping(found.start(), found.end("head")):
            continue
        name = found.group("head")[0].upper() + found.group("head")[1:] + " " + found.group("name")
        idx = registry.actor_index(" ".join(name.split()), "organization", found.start())
        registry.actors[idx].category = registry.actors[idx].category or "police"
        registry.add_mention(idx, found.start(), found.end(), "name")


def _branch_end(
    text: str, pos: int, places: dict[int, EntitySpan], is_generic: bool, *, named: bool = False
) -> int | None:
    """Where the region after an organization's name ends, or None: " Gävleborg", " Mitt",
    " i Göteborg", " för Västra Sverige" (a preposition for a generic noun or a place)."""
    prep = _PREP_RE.match(text, pos)
    if prep is not None:
        at = prep.end()
        place = places.get(at)
        if place is not None and place.kind == "ORG" and text[prep.start() : at].split() == ["för"]:
            return None  # "bekräftar polisen för Aftonbladet": whom it told, not a branch
        name = _NAME_RE.match(text, at) if is_generic else None
        regional = place is not None and (place.kind == "LOC" or is_generic or place.text.startswith("Region "))
        ends = [e for e in (place.end if regional else None,
                            name.end() if name is not None else None) if e is not None]
        return max(ends) if ends else None
    gap = _GAP_RE.match(text, pos)
    if gap is None or is_generic and not named:
        return None
    place = places.get(gap.end())
    if place is not None and place.kind == "LOC":
        return place.end  # "IF Metall Gävleborg", and a capitalized generic one: "Räddningstjänsten Medelpad"
    if is_generic:
        return None
    word = re.compile(r"[A-ZÅÄÖ][\w-]*").match(text, gap.end())
    if word is not None and word.group().casefold() in _region_words("sv"):
        return word.end()
    return None


def specific_organizations(registry: ActorRegistry) -> None:
    """ "tingsrätten" after "Göteborgs tingsrätt", "polisen" after "polisregion Stockholm":
    a common noun for an organization is the one the text names, when it names one; else
    the noun's canonical organization stays ("Polisen")."""
    voc = registry.voc
    generic = {name.casefold() for name in voc.org_nouns.values()}
    ids = {i for i, a in enumerate(registry.actors) if a.kind == "organization" and a.name.casefold() in generic}
    if not ids:
        return
    for m in list(registry.mentions):
        if m.actor not in ids:
            continue
        noun = " ".join(registry.text[m.start : m.end].casefold().split())
        if noun not in voc.group_nouns:
            continue
        found = registry.group_target(noun, m.start, exclude=ids)
        if found is not None:
            m.actor = found
            m.via = "alias"
            registry.actors[found].add_alias(noun)
