"""The analysis's drafts as the model's records: actors numbered in order of appearance,
mentions counted, one quote per span.

Kept are the actors the text mentions, lets speak or is signed by; their ids ("a1", "a2", ...)
follow their first mention. Co-authors share a span, one ``author`` quote each; any other
kind keeps one quote per span.
"""

from __future__ import annotations

from operator import attrgetter

from desktop_app.core.analysis.coreference.quote_drafts import QuoteDraft
from desktop_app.core.analysis.entities.actors import ActorRegistry
from desktop_app.core.analysis.model import Actor, Mention, Quote

_COUNTED_VIA = frozenset({"name", "alias", "surname", "author"})  # else a pronoun mention
_MENTION_ORDER = attrgetter("start", "end", "actor")


def _quote_order(item: QuoteDraft) -> tuple[int, int]:
    return item[0].start, item[0].end


def records(
    text: str, registry: ActorRegistry, quotes: list[QuoteDraft]
) -> tuple[list[Actor], list[Mention], list[Quote]]:
    """(actors, mentions, quotes) for the ``Analysis``, each in text order."""
    speakers = {idx for _, idx in quotes if idx is not None}
    mentioned = {m.actor for m in registry.mentions}
    keep = [
        i
        for i, actor in enumerate(registry.actors)
        if i in mentioned or i in speakers or actor.is_author
    ]
    keep.sort(key=lambda i: (registry.actors[i].first, i))
    ids = {i: f"a{n + 1}" for n, i in enumerate(keep)}
    counts: dict[int, list[int]] = {i: [0, 0] for i in keep}
    mentions: list[Mention] = []
    seen: set[tuple[int, int, int]] = set()
    for m in sorted(registry.mentions, key=_MENTION_ORDER):
        if m.actor not in ids or (m.start, m.end, m.actor) in seen or not 0 <= m.start < m.end <= len(text):
            continue
        seen.add((m.start, m.end, m.actor))
        counts[m.actor][0 if m.via in _COUNTED_VIA else 1] += 1
        mentions.append(Mention(ids[m.actor], m.start, m.end, m.via))
    actors = []
    for i in keep:
        d = registry.actors[i]
        actors.append(
            Actor(
                id=ids[i],
                name=d.name,
                kind=d.kind,
                roles=list(d.roles),
                party=d.party,
                gender=d.gender,
                aliases=list(d.aliases),
                mentions=counts[i][0],
                pronoun_mentions=counts[i][1],
                is_author=d.is_author,
            )
        )
    out_quotes: list[Quote] = []
    taken: set[tuple[int, int, str, int | None]] = set()
    for quote, idx in sorted(quotes, key=_quote_order):
        key = (quote.start, quote.end, quote.kind, idx if quote.kind == "author" else None)
        if key in taken:
            continue
        taken.add(key)
        quote.speaker = ids.get(idx) if idx is not None else None
        out_quotes.append(quote)
    return actors, mentions, out_quotes
