"""Companies and the people who work for them, for the resolver: a person named just before
the organization that employs them speaks for themself ("Linnéa Grip på konsultbolaget X"), and a
company's short name the recognizer read as a person ("Merrimack Coatings" beside "Merrimack
Coatings Inc.") is the company."""

from __future__ import annotations

import re

from desktop_app.core.analysis.entities.actors import ActorDraft, ActorRegistry
from desktop_app.core.analysis.entities.org_names import fits_name

_LEGAL_FORMS = frozenset("inc ab ltd llc corp corporation plc co gmbh asa oy oyj nv sa ag group holding".split())
# Between a person's name and their employer's: "på konsultbolaget", ", an analyst at", " vid".
_EMPLOYER_GAP_RE = re.compile(
    r"(?:\s*\([^()]{1,12}\))?(?:,\s*(?:an?\s+|the\s+)?[a-zåäö-]+(?:\s+[a-zåäö-]+)?)?\s+"
    r"(?:på|vid|hos|inom|at|of|with|from)\s+(?:[a-zåäö-]+\s+)?(?:the\s+)?"
)


def fits_target(actor: ActorDraft, target: str) -> bool:
    """An organization a group noun's target ("@company", "tingsrätt") may be."""
    if actor.kind != "organization":
        return False
    if target.startswith("@"):
        return target == "@organization" or actor.category in (None, target[1:])
    return fits_name(actor.name, target)


def may_be_short_name(actor: ActorDraft) -> bool:
    """A genderless "person" of two or more words: perhaps a company without its legal form."""
    return actor.kind == "person" and actor.gender is None and " " in actor.name


def companies_by_short_name(actors: list[ActorDraft]) -> dict[str, int]:
    """Each organization named "<short name> <legal form>" ("Merrimack Coatings Inc.",
    "Kvarnbacken Bygg AB") under its short name; the first such organization wins. One pass over
    the actors, so merging stays linear in their number."""
    out: dict[str, int] = {}
    for j, other in enumerate(actors):
        if other.kind != "organization":
            continue
        name = other.name
        k = name.find(" ")
        while k >= 0:
            if name[k + 1 :].strip(" .,").casefold() in _LEGAL_FORMS:
                out.setdefault(name[:k], j)
            k = name.find(" ", k + 1)
    return out


class Companies:
    """The resolver's rules about companies (a mixin: needs ``reg`` and ``text``)."""

    reg: ActorRegistry
    text: str

    def _maybe_organization(self, idx: int) -> bool:
        """An organization, or a one-word name with no first name's gender that may be one
        ("Bastionsäkerhet")."""
        actor = self.reg.actors[idx]
        return actor.kind == "organization" or (
            actor.kind == "person" and actor.gender is None and " " not in actor.name
        )

    def _employee_before(self, pos: int) -> int | None:
        """The person named just before an organization that is only where they work
        ("Linnéa Grip på konsultbolaget Bastionsäkerhet", "Per Aasland, an analyst at Fjord
        Securities"): the speaker is the person, the organization their affiliation."""
        best = None
        for m in self.reg.mentions_ending_within(pos, 60):
            if self.reg.actors[m.actor].kind == "person":
                if best is None or m.end > best.end:
                    best = m
        if best is None or not _EMPLOYER_GAP_RE.fullmatch(self.text, best.end, pos):
            return None
        return best.actor

    def _without_descriptor(self, name: str) -> str:
        """ "Automaker Halvorsen" (a headline's "the automaker" before the short name): the short
        name; any other name as it is."""
        first, _, rest = name.partition(" ")
        if rest and self.reg.voc.group_nouns.get(f"the {first.casefold()}") == "@company":
            return rest
        return name

    def _merge_companies(self) -> None:
        """A company's short name read as a person ("Merrimack Coatings said" after "Merrimack
        Coatings Inc."): its mentions are the company's, and the short name its alias."""
        moved: dict[int, int] = {}
        by_short = companies_by_short_name(self.reg.actors)
        for idx, actor in enumerate(self.reg.actors):
            company = by_short.get(self._without_descriptor(actor.name)) if may_be_short_name(actor) else None
            if company is not None:
                moved[idx] = company
                self.reg.actors[company].add_alias(self.reg.actors[idx].name)
        if not moved:
            return
        for m in self.reg.mentions:
            if m.actor in moved:
                m.actor = moved[m.actor]
        nouns = self.reg.voc.group_nouns
        for m in list(self.reg.mentions):
            noun = " ".join(self.text[m.start : m.end].casefold().split())
            if m.via == "alias" and noun in nouns:
                # "The company noted" was given, before, to the organization nearest that was one.
                idx = self.reg.group_target(noun, m.start)
                if idx is not None:
                    m.actor = idx
