"""What the user chose to see: one criteria object for both panes, the chart and every export."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from desktop_app.core.analysis.model import CLAIM_KINDS, QUOTE_KINDS

# Kinds of marks a user can switch on and off. Claims are "claim:<kind>".
MARK_KINDS: tuple[str, ...] = (
    *QUOTE_KINDS,
    *(f"claim:{kind}" for kind in CLAIM_KINDS),
    "mention",
)


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
