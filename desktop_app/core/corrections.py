"""The user's corrections of an analysis, applied on top of the engine's result.

A correction is a small JSON-able dict kept in the library (``Library.add_correction``). Quotes
and claims are named by their ``(start, end)`` span and actors by their key or name, never by the
engine's ids, so corrections survive re-analysis. ``apply_corrections`` replays them in order
(later ones win) on a copy of the analysis; one that no longer fits (a span or actor the engine no
longer finds) is skipped.

Operations (fields besides ``op``):

- ``change_speaker``: ``start, end, speaker`` (a name; ``None`` for an unknown speaker); optional
  ``old_speaker`` (a name or ``None``): change only that speaker's quote on the span
- ``not_quote``: ``start, end``; optional ``speaker`` (a name or ``None``): remove only that
  speaker's quote on the span
- ``add_quote``: ``start, end, speaker, kind`` (``kind`` one of QUOTE_KINDS, default "direct")
- ``mark_claim``: ``start, end, kind`` (CLAIM_KINDS); optional ``speaker`` name
- ``not_claim``: ``start, end``
- ``rename_actor``: ``key, name``; optional ``old_name`` for display
- ``merge_actor``: ``key, into, into_name``; optional ``name`` for display
- ``hide_actor``: ``key``; optional ``name`` for display

Several quotes may share one span: the co-authors of an opinion piece each speak its author-voice
passages (one ``author`` quote per author). Without ``old_speaker`` / ``speaker`` a correction
covers every quote on the span (the passage gets one speaker, or is no quote at all); with it, only
that speaker's quote, and a name that matches no quote there is a stale correction, skipped. Two
quotes that end up alike (same span, kind and speaker) become one.

Hiding an actor removes it and its name mentions from the analysis; its quotes and claims stay,
with an unknown speaker: the words are still quoted, only the attribution was wrong. A quote whose
span others still speak (a co-author's) goes instead. (Hiding for the moment is the sidebar's
checkbox, which is a filter, not a correction.)
"""

from __future__ import annotations

import copy
from typing import Any

from desktop_app.core import i18n
from desktop_app.core.analysis.model import (
    ACTOR_KINDS,
    CLAIM_KINDS,
    QUOTE_KINDS,
    Actor,
    Analysis,
    Claim,
    Quote,
    actor_key,
)

OPS: tuple[str, ...] = (
    "change_speaker",
    "not_quote",
    "add_quote",
    "mark_claim",
    "not_claim",
    "rename_actor",
    "merge_actor",
    "hide_actor",
)
_SPAN_OPS = {"change_speaker", "not_quote", "add_quote", "mark_claim", "not_claim"}
_ACTOR_OPS = {"rename_actor", "merge_actor", "hide_actor"}
_NAME_FIELDS = {"change_speaker": ("speaker", "old_speaker"), "add_quote": ("speaker",), "not_quote": ("speaker",)}


def validate(data: Any) -> str | None:
    """Why a correction cannot be applied at all (malformed), or None when it is well-formed."""
    if not isinstance(data, dict):
        return "a correction must be a JSON object"
    op = data.get("op")
    if op not in OPS:
        return f"unknown correction {op!r}"
    if op in _SPAN_OPS:
        start, end = data.get("start"), data.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
            return f"{op}: start and end must be integers"
        if start < 0 or end <= start:
            return f"{op}: empty or negative span {start}-{end}"
    for name_field in _NAME_FIELDS.get(op, ()):
        speaker = data.get(name_field)
        if speaker is not None and (not isinstance(speaker, str) or not speaker.strip()):
            return f"{op}: {name_field} must be a non-empty name or null"
    if op == "add_quote" and data.get("kind", "direct") not in QUOTE_KINDS:
        return f"add_quote: unknown quote kind {data.get('kind')!r}"
    if op == "mark_claim" and data.get("kind") not in CLAIM_KINDS:
        return f"mark_claim: unknown claim kind {data.get('kind')!r}"
    if op in _ACTOR_OPS and not (isinstance(data.get("key"), str) and data["key"]):
        return f"{op}: key is missing"
    if op == "rename_actor" and not (isinstance(data.get("name"), str) and data["name"].strip()):
        return "rename_actor: the new name is empty"
    if op == "merge_actor":
        if not (isinstance(data.get("into"), str) and data["into"]):
            return "merge_actor: into is missing"
        if data["into"] == data["key"]:
            return "merge_actor: an actor cannot be merged into itself"
    return None


def apply_corrections(analysis: Analysis, corrections: list[dict]) -> Analysis:
    """A new Analysis with the corrections replayed in order; the input is left untouched.

    Quotes and claims a correction made or changed get ``corrected=True``. Malformed or stale
    corrections are skipped, so an old correction never breaks showing a document.
    """
    result = copy.deepcopy(analysis)
    for data in corrections:
        if validate(data) is None:
            _APPLY[data["op"]](result, data)
    _merge_alike_quotes(result)
    return result


def describe(data: dict) -> str:
    """A short human text for the undo stack and the Edit menu ("Undo Change speaker to X")."""
    t = i18n.text  # the interface language's
    op = data.get("op")
    unknown = t("unknown speaker")
    speaker = data.get("speaker") or unknown
    if op == "change_speaker":
        if "old_speaker" in data:
            return t("Change speaker {old} to {new}").format(old=data["old_speaker"] or unknown, new=speaker)
        return t("Change speaker to {new}").format(new=speaker)
    if op == "not_quote":
        return t("Not spoken by {speaker}").format(speaker=speaker) if "speaker" in data else t("Not a quote")
    if op == "add_quote":
        return t("Add quote by {speaker}").format(speaker=speaker)
    if op == "mark_claim":
        return t("Mark as claim ({kind})").format(kind=t(data.get("kind", "")))
    if op == "not_claim":
        return t("Not a claim")
    name = data.get("name") or data.get("key", "")
    if op == "rename_actor":
        return t("Rename {old} to {new}").format(old=data.get("old_name") or data.get("key", ""), new=data.get("name", ""))
    if op == "merge_actor":
        return t("Merge {name} into {other}").format(name=name, other=data.get("into_name") or data.get("into", ""))
    if op == "hide_actor":
        return t("Hide {name}").format(name=name)
    return t("Correction")


# --- the operations: each changes ``analysis`` in place (it is already a private copy) ---


def _change_speaker(analysis: Analysis, data: dict) -> None:
    quotes = _quotes_at(analysis, data["start"], data["end"])
    if "old_speaker" in data:
        quotes = [q for q in quotes if _spoken_by(analysis, q, data["old_speaker"])]
    if not quotes:
        return
    speaker = _actor_for(analysis, data.get("speaker"))
    for quote in quotes:
        quote.speaker = speaker
        quote.corrected = True


def _not_quote(analysis: Analysis, data: dict) -> None:
    span = (data["start"], data["end"])
    only = "speaker" in data
    analysis.quotes = [
        q
        for q in analysis.quotes
        if (q.start, q.end) != span or (only and not _spoken_by(analysis, q, data["speaker"]))
    ]


def _add_quote(analysis: Analysis, data: dict) -> None:
    start, end = data["start"], data["end"]
    speaker = _actor_for(analysis, data.get("speaker"))
    kind = data.get("kind", "direct")
    existing = _quotes_at(analysis, start, end)
    if existing:  # the user's word replaces what the engine found on the same span
        for quote in existing:
            quote.speaker, quote.kind, quote.corrected = speaker, kind, True
        return
    analysis.quotes.append(Quote(speaker=speaker, kind=kind, start=start, end=end, corrected=True))
    analysis.quotes.sort(key=lambda q: (q.start, q.end))


def _mark_claim(analysis: Analysis, data: dict) -> None:
    start, end, kind = data["start"], data["end"], data["kind"]
    existing = [c for c in analysis.claims if (c.start, c.end) == (start, end)]
    if existing:
        for claim in existing:
            claim.kind, claim.corrected = kind, True
            if data.get("speaker"):
                claim.speaker = _actor_for(analysis, data["speaker"])
        return
    if data.get("speaker"):
        speaker = _actor_for(analysis, data["speaker"])
    else:  # a claim inside a quote is the quoted speaker's
        around = [q for q in analysis.quotes if q.start <= start and end <= q.end]
        speaker = around[0].speaker if around else None
    analysis.claims.append(Claim(speaker=speaker, kind=kind, start=start, end=end, corrected=True))
    analysis.claims.sort(key=lambda c: (c.start, c.end))


def _not_claim(analysis: Analysis, data: dict) -> None:
    span = (data["start"], data["end"])
    analysis.claims = [c for c in analysis.claims if (c.start, c.end) != span]


def _rename_actor(analysis: Analysis, data: dict) -> None:
    actor = _actor_by_key(analysis, data["key"])
    if actor is None:
        return
    new_name = " ".join(data["name"].split())
    other = _actor_by_key(analysis, actor_key(new_name))
    if other is not None and other is not actor:  # renamed onto an existing actor: one actor now
        _merge(analysis, actor, other)
        return
    if actor.name != new_name and actor.name not in actor.aliases:
        actor.aliases.append(actor.name)
    actor.name = new_name
    _mark_speaker_items(analysis, actor.id)


def _merge_actor(analysis: Analysis, data: dict) -> None:
    actor = _actor_by_key(analysis, data["key"])
    if actor is None:
        return
    target = _actor_by_key(analysis, data["into"])
    if target is None:  # the other actor is absent from this document: take on its name
        name = data.get("into_name") or data["into"]
        _rename_actor(analysis, {"key": actor.key, "name": name})
        return
    _merge(analysis, actor, target)


def _hide_actor(analysis: Analysis, data: dict) -> None:
    actor = _actor_by_key(analysis, data["key"])
    if actor is None:
        return
    analysis.actors = [a for a in analysis.actors if a is not actor]
    analysis.mentions = [m for m in analysis.mentions if m.actor != actor.id]
    # A co-author's share of a passage others still speak goes; a quote of its own stays, unknown.
    others = {(q.start, q.end, q.kind) for q in analysis.quotes if q.speaker not in (None, actor.id)}
    analysis.quotes = [
        q for q in analysis.quotes if q.speaker != actor.id or (q.start, q.end, q.kind) not in others
    ]
    for item in [*analysis.quotes, *analysis.claims]:
        if item.speaker == actor.id:
            item.speaker = None
            item.corrected = True


_APPLY = {
    "change_speaker": _change_speaker,
    "not_quote": _not_quote,
    "add_quote": _add_quote,
    "mark_claim": _mark_claim,
    "not_claim": _not_claim,
    "rename_actor": _rename_actor,
    "merge_actor": _merge_actor,
    "hide_actor": _hide_actor,
}


# --- helpers ---


def _quotes_at(analysis: Analysis, start: int, end: int) -> list[Quote]:
    return [q for q in analysis.quotes if q.start == start and q.end == end]


def _actor_by_key(analysis: Analysis, key: str) -> Actor | None:
    for actor in analysis.actors:
        if actor.key == key:
            return actor
    return None


def _actor_named(analysis: Analysis, name: str) -> Actor | None:
    """The actor called ``name``, by its name or an alias (case-insensitive)."""
    key = actor_key(name)
    actor = _actor_by_key(analysis, key)
    if actor is None:
        actor = next((a for a in analysis.actors if key in {actor_key(x) for x in a.aliases}), None)
    return actor


def _spoken_by(analysis: Analysis, quote: Quote, name: str | None) -> bool:
    """Whether ``quote``'s speaker is the actor called ``name`` (``None``: an unknown speaker)."""
    if name is None:
        return quote.speaker is None
    actor = _actor_named(analysis, name)
    return actor is not None and quote.speaker == actor.id


def _merge_alike_quotes(analysis: Analysis) -> None:
    """One quote per (span, kind, speaker): a change may make a co-author's quote a twin of another."""
    kept: dict[tuple[int, int, str, str | None], Quote] = {}
    for quote in analysis.quotes:
        twin = kept.setdefault((quote.start, quote.end, quote.kind, quote.speaker), quote)
        if twin is not quote:
            twin.corrected = twin.corrected or quote.corrected
    if len(kept) < len(analysis.quotes):
        analysis.quotes = list(kept.values())


def _actor_for(analysis: Analysis, name: str | None) -> str | None:
    """The id of the actor called ``name`` (by name or alias), creating a person when new."""
    if name is None:
        return None
    actor = _actor_named(analysis, name)
    if actor is None:
        actor = Actor(id=_new_id(analysis), name=" ".join(name.split()), kind=ACTOR_KINDS[0])
        analysis.actors.append(actor)
    return actor.id


def _new_id(analysis: Analysis) -> str:
    taken = {a.id for a in analysis.actors}
    n = 1
    while f"u{n}" in taken:
        n += 1
    return f"u{n}"


def _merge(analysis: Analysis, actor: Actor, target: Actor) -> None:
    """Everything ``actor`` said or was called becomes ``target``'s; ``actor`` goes away."""
    for mention in analysis.mentions:
        if mention.actor == actor.id:
            mention.actor = target.id
    for item in [*analysis.quotes, *analysis.claims]:
        if item.speaker == actor.id:
            item.speaker = target.id
            item.corrected = True
    target.mentions += actor.mentions
    target.pronoun_mentions += actor.pronoun_mentions
    for alias in [actor.name, *actor.aliases]:
        if alias != target.name and alias not in target.aliases:
            target.aliases.append(alias)
    for role in actor.roles:
        if role not in target.roles:
            target.roles.append(role)
    target.party = target.party or actor.party
    target.gender = target.gender or actor.gender
    target.is_author = target.is_author or actor.is_author
    analysis.actors = [a for a in analysis.actors if a is not actor]


def _mark_speaker_items(analysis: Analysis, actor_id: str) -> None:
    """A renamed actor's quotes and claims now show a user-made attribution."""
    for item in [*analysis.quotes, *analysis.claims]:
        if item.speaker == actor_id:
            item.corrected = True
