"""Resolved candidates as quote drafts: the model's ``Quote`` with its speaker's actor index.

The speaker's id is given when the actors are numbered (``records``); until then a draft
carries the index into ``ActorRegistry.actors``, or None for a quote nobody is named for.
"""

from __future__ import annotations

from desktop_app.core.analysis.entities.actors import ActorRegistry
from desktop_app.core.analysis.model import Quote, Span
from desktop_app.core.analysis.speech.candidates import Candidate, SpeakerRef

QuoteDraft = tuple[Quote, int | None]  # a quote and its speaker's index in the registry


def quote_drafts(registry: ActorRegistry, resolved: list[tuple[Candidate, int | None]]) -> list[QuoteDraft]:
    """One draft per resolved candidate with words, in the candidates' order."""
    drafts: list[QuoteDraft] = []
    for cand, idx in resolved:
        if cand.end <= cand.start:
            continue
        cue = None
        if cand.cue is not None:
            cue = Span(cand.cue[0], _cue_end(registry, cand.cue, cand.ref, idx))
        drafts.append((Quote(None, cand.kind, cand.start, cand.end, cue), idx))
    return drafts


def _cue_end(registry: ActorRegistry, cue: tuple[int, int], ref: SpeakerRef | None, idx: int | None) -> int:
    """Stretch a cue over the whole name it ends in ("uppger Statistiska centralbyrån")."""
    end = cue[1]
    if ref is None or idx is None or ref.end != cue[1]:
        return end
    for m in registry.overlapping(ref.start, ref.end):
        if m.actor == idx and m.end > end and "\n" not in registry.text[end : m.end]:
            end = m.end
    return end
