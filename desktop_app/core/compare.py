"""What a pair of documents shares: actors matched by key, their counts and colours.

A ``Comparison`` is built once per pair of open documents (analyses with the user's corrections
already applied) and feeds the panes, the sidebar, the chart, printing and every export.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop_app.core.analysis.model import Actor, Analysis, display_name
from desktop_app.core.document import Document
from desktop_app.core.palette import UNKNOWN_SPEAKER, StoredColour, assign_colours

SIDES: tuple[str, str] = ("left", "right")


@dataclass
class DocumentView:
    """A document with its (corrected) analysis, as shown in one pane."""

    document: Document
    analysis: Analysis


@dataclass
class ComparedActor:
    """One actor of the comparison, merged across the two documents by ``Actor.key``."""

    key: str
    name: str
    kind: str
    colour: str
    counts: dict[str, int] = field(default_factory=dict)  # side -> name mentions
    pronoun_counts: dict[str, int] = field(default_factory=dict)  # side -> pronoun mentions
    quotes: dict[str, int] = field(default_factory=dict)  # side -> quotes spoken
    roles: list[str] = field(default_factory=list)
    party: str | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Comparison:
    left: DocumentView | None
    right: DocumentView | None
    actors: list[ComparedActor]  # ranked: most mentioned (both sides) first
    new_colours: dict[str, str] = field(default_factory=dict)  # given now for the first time: store them
    cued: frozenset[str] = frozenset()  # speakers past the eighth: their quotes get a second cue

    def view(self, side: str) -> DocumentView | None:
        return self.left if side == "left" else self.right

    def colour_of(self, key: str | None) -> str:
        if key is None:
            return UNKNOWN_SPEAKER
        for actor in self.actors:
            if actor.key == key:
                return actor.colour
        return UNKNOWN_SPEAKER

    def colours(self) -> dict[str, str]:
        return {a.key: a.colour for a in self.actors}

    def actor_key(self, side: str, actor_id: str | None) -> str | None:
        """The cross-document key of an actor id of one side's analysis."""
        view = self.view(side)
        if view is None or actor_id is None:
            return None
        actor = view.analysis.actor(actor_id)
        return actor.key if actor else None


def build_comparison(left: DocumentView | None, right: DocumentView | None,
                     stored: Mapping[str, StoredColour] | None = None,
                     usage: Mapping[str, int] | None = None) -> Comparison:
    """The comparison of two views; ``stored``/``usage``: the library's actor colours
    (``Library.actor_colours``, ``colour_usage``), so an actor keeps the colour it was given."""
    merged: dict[str, ComparedActor] = {}
    for side, view in zip(SIDES, (left, right)):
        if view is None:
            continue
        spoken: dict[str, int] = {}
        for quote in view.analysis.quotes:
            if quote.speaker is not None:
                spoken[quote.speaker] = spoken.get(quote.speaker, 0) + 1
        for actor in view.analysis.actors:
            entry = merged.get(actor.key)
            if entry is None:
                entry = merged[actor.key] = _new_entry(actor)
            entry.counts[side] = entry.counts.get(side, 0) + actor.mentions
            entry.pronoun_counts[side] = entry.pronoun_counts.get(side, 0) + actor.pronoun_mentions
            entry.quotes[side] = entry.quotes.get(side, 0) + spoken.get(actor.id, 0)
            for role in actor.roles:
                if role not in entry.roles:
                    entry.roles.append(role)
            entry.party = entry.party or actor.party
    ranked = sorted(
        merged.values(),
        key=lambda a: (-(a.total + sum(a.quotes.values())), a.name.casefold()),
    )
    speakers = [a.key for a in ranked if sum(a.quotes.values())]
    assignment = assign_colours([a.key for a in ranked], speakers, stored, usage)
    for actor in ranked:
        actor.colour = assignment.colours[actor.key]
        for side in SIDES:
            actor.counts.setdefault(side, 0)
            actor.pronoun_counts.setdefault(side, 0)
            actor.quotes.setdefault(side, 0)
    return Comparison(left=left, right=right, actors=ranked, new_colours=assignment.new,
                      cued=assignment.cued)


def _new_entry(actor: Actor) -> ComparedActor:
    return ComparedActor(
        key=actor.key, name=display_name(actor), kind=actor.kind, colour=UNKNOWN_SPEAKER, party=actor.party
    )
