"""Who says what: the analysis engine (Qt-free).

``analyze(text, ...)`` and ``analyze_document(doc)`` return an :class:`Analysis` of actors,
mentions, quotes and claims as character spans into the text; ``ENGINE_VERSION`` changes
whenever results change, so stored analyses are recomputed. Schema: docs/analysis-schema.md;
the stages (``text``, ``entities``, ``speech``, ``coreference``, ``opinion``, ``claims``) and
how to add a rule: docs/engine.md.
"""

from __future__ import annotations

from desktop_app.core.analysis.model import (
    ACTOR_KINDS,
    CLAIM_KINDS,
    INTERVIEWER,
    MENTION_VIA,
    QUOTE_KINDS,
    Actor,
    Analysis,
    Claim,
    Mention,
    Quote,
    Span,
    actor_key,
    display_name,
)

_ENGINE_NAMES = ("ENGINE_VERSION", "analyze", "analyze_document")


def __getattr__(name: str):
    """Load the engine (and its word lists) on first use, so importing the model stays cheap."""
    if name == "ENGINE_VERSION":
        from desktop_app.core.analysis.version import ENGINE_VERSION

        return ENGINE_VERSION
    if name in _ENGINE_NAMES:
        from desktop_app.core.analysis import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ACTOR_KINDS",
    "CLAIM_KINDS",
    "ENGINE_VERSION",
    "INTERVIEWER",
    "MENTION_VIA",
    "QUOTE_KINDS",
    "Actor",
    "Analysis",
    "Claim",
    "Mention",
    "Quote",
    "Span",
    "actor_key",
    "analyze",
    "analyze_document",
    "display_name",
]
