"""What the user chose to see: one criteria object for both panes, the chart and every export.

``FilterCriteria`` is the state; the functions below apply it to an analysis. They are pure, so
the panes, the sidebar, the chart, printing and the exports all see exactly the same marks.

An analysis names actors by id (``Actor.id``, local to one analysis) while the criteria name them
by key (``Actor.key``, shared by both documents), so every function takes ``key_of``: a mapping
from an actor id (or ``None`` for an unknown speaker) to its key. ``keys_of(analysis)`` builds one;
``Comparison.actor_key`` bound to a side is another.
"""

from __future__ import annotations

import csv
import io
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, NamedTuple

from desktop_app.core.analysis.model import CLAIM_KINDS, QUOTE_KINDS, Analysis, Claim, Mention, Quote

if TYPE_CHECKING:
    from desktop_app.core.compare import Comparison
    from desktop_app.core.document import Document

# Kinds of marks a user can switch on and off. Claims are "claim:<kind>".
MARK_KINDS: tuple[str, ...] = (
    *QUOTE_KINDS,
    *(f"claim:{kind}" for kind in CLAIM_KINDS),
    "mention",
)

KeyOf = Callable[[str | None], str | None]


@dataclass(frozen=True)
class FilterCriteria:
    """Immutable: every change makes a new object, so views can compare old and new cheaply.

    ``hidden_actors`` holds actor keys (``Actor.key``: the case-folded canonical name), so one
    choice applies to the same actor in both documents.
    """

    hidden_actors: frozenset[str] = field(default_factory=frozenset)
    mark_kinds: frozenset[str] = field(default_factory=lambda: frozenset(MARK_KINDS))
    only_matching_paragraphs: bool = False

    @property
    def is_default(self) -> bool:
        return self == FilterCriteria()

    def actor_visible(self, key: str | None) -> bool:
        return key is None or key not in self.hidden_actors

    def kind_visible(self, mark_kind: str) -> bool:
        return mark_kind in self.mark_kinds

    def with_actor(self, key: str, visible: bool) -> FilterCriteria:
        hidden = set(self.hidden_actors)
        (hidden.discard if visible else hidden.add)(key)
        return replace(self, hidden_actors=frozenset(hidden))

    def with_kind(self, mark_kind: str, visible: bool) -> FilterCriteria:
        kinds = set(self.mark_kinds)
        (kinds.add if visible else kinds.discard)(mark_kind)
        return replace(self, mark_kinds=frozenset(kinds))

    def with_only_matching(self, only: bool) -> FilterCriteria:
        return replace(self, only_matching_paragraphs=only)


def claim_mark_kind(claim: Claim) -> str:
    """The mark kind a claim is filtered by: ``"claim:<kind>"``."""
    return f"claim:{claim.kind}"


def keys_of(analysis: Analysis) -> KeyOf:
    """``key_of`` for one analysis on its own: actor id -> ``Actor.key`` (unknown ids -> None)."""
    keys = {actor.id: actor.key for actor in analysis.actors}
    return lambda actor_id: None if actor_id is None else keys.get(actor_id)


def quote_visible(quote: Quote, criteria: FilterCriteria, key_of: KeyOf) -> bool:
    return criteria.kind_visible(quote.kind) and criteria.actor_visible(key_of(quote.speaker))


def claim_visible(claim: Claim, criteria: FilterCriteria, key_of: KeyOf) -> bool:
    """A claim shows when its kind is on and its speaker (if any) is not hidden."""
    return criteria.kind_visible(claim_mark_kind(claim)) and criteria.actor_visible(key_of(claim.speaker))


def mention_visible(mention: Mention, criteria: FilterCriteria, key_of: KeyOf) -> bool:
    return criteria.kind_visible("mention") and criteria.actor_visible(key_of(mention.actor))


def visible_quotes(analysis: Analysis, criteria: FilterCriteria, key_of: KeyOf) -> list[Quote]:
    """Quotes to mark, in the analysis' order: kind switched on, speaker not hidden."""
    return [q for q in analysis.quotes if quote_visible(q, criteria, key_of)]


def visible_claims(analysis: Analysis, criteria: FilterCriteria, key_of: KeyOf) -> list[Claim]:
    return [c for c in analysis.claims if claim_visible(c, criteria, key_of)]


def visible_mentions(analysis: Analysis, criteria: FilterCriteria, key_of: KeyOf) -> list[Mention]:
    """Name (and pronoun) mentions to mark: the "mention" kind is on and the actor is not hidden."""
    return [m for m in analysis.mentions if mention_visible(m, criteria, key_of)]


def matching_paragraphs(
    document: Document, analysis: Analysis, criteria: FilterCriteria, key_of: KeyOf
) -> set[int]:
    """Indexes of the paragraphs that hold at least one visible mark (quote, claim or mention).

    Used by "Only paragraphs that match": the other paragraphs are folded away. A mark that runs
    over several paragraphs (an author's voice) makes each of them match.
    """
    paragraphs = document.paragraphs()
    starts = [p.start for p in paragraphs]
    spans: list[tuple[int, int]] = [(q.start, q.end) for q in visible_quotes(analysis, criteria, key_of)]
    spans += [(c.start, c.end) for c in visible_claims(analysis, criteria, key_of)]
    spans += [(m.start, m.end) for m in visible_mentions(analysis, criteria, key_of)]
    found: set[int] = set()
    for start, end in spans:
        end = max(end, start + 1)  # an empty span still belongs to the paragraph it sits in
        i = max(bisect_right(starts, start) - 1, 0)
        while i < len(paragraphs) and paragraphs[i].start < end:
            if paragraphs[i].end > start:
                found.add(i)
            i += 1
    return found


class ChartRow(NamedTuple):
    """One actor's bar pair in the mentions chart (and its CSV export)."""

    key: str
    name: str
    left: int
    right: int

    @property
    def total(self) -> int:
        return self.left + self.right


def chart_rows(comparison: Comparison | None, criteria: FilterCriteria, top_n: int) -> list[ChartRow]:
    """The mentions chart's numbers: visible actors with name mentions, most mentioned first.

    Counts are the actors' name mentions in each document (``ComparedActor.counts``). Actors the
    user hid disappear; mark kinds do not change the counts (they choose marks, not actors).
    Ties are broken by name so the order is stable.
    """
    if comparison is None or top_n <= 0:
        return []
    rows = [
        ChartRow(a.key, a.name, a.counts.get("left", 0), a.counts.get("right", 0))
        for a in comparison.actors
        if criteria.actor_visible(a.key)
    ]
    rows = [r for r in rows if r.total > 0]
    rows.sort(key=lambda r: (-r.total, r.name.casefold(), r.key))
    return rows[:top_n]


def chart_csv(rows: Iterable[ChartRow], left_label: str = "left", right_label: str = "right") -> str:
    """The chart's numbers as CSV text (header: actor, left label, right label). Write it as utf-8-sig."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["actor", left_label, right_label])
    for row in rows:
        writer.writerow([row.name, row.left, row.right])
    return out.getvalue()
