"""Marks: the analysis spans of one pane, each with the colour and filter kind the UI shows it with.

Plain Python (no Qt) so the mapping from analysis to what the reader sees is testable on its own.
The highlighter turns marks into character formats; the text view paints badges and margin bars
from them and explains them in tooltips. Co-authors each speak an author-voice passage (one quote,
so one mark, per author on the same span): the view paints one bar per span and the tooltip names
them all in one line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from html import escape

from desktop_app.core.analysis.model import Actor, Analysis
from desktop_app.core.palette import AUTHOR_VOICE, UNKNOWN_SPEAKER, voice_colour

# Layers, painted in this order so later ones win where properties collide.
LAYER_HEADING, LAYER_QUOTE, LAYER_CLAIM, LAYER_MENTION, LAYER_CUE = range(5)

KIND_LABELS: dict[str, str] = {
    "direct": "Direct quote",
    "indirect": "Indirect speech",
    "author": "Author's voice",
    "mention": "Mention",
    "cue": "Speech cue",
}


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span of the document text (character offsets, end exclusive)."""

    start: int
    end: int
    style: str  # "direct" | "indirect" | "author" | "cue" | "mention" | "claim" | "heading"
    filter_kind: str | None  # the FilterCriteria mark kind; None = never filtered (headings)
    actor_key: str | None  # whose mark it is (speaker / mentioned actor); None = unknown
    colour: str
    detail: str = ""  # claim kind, mention "via", or the cue text
    quote_index: int = -1  # index into Analysis.quotes for quotes and their cues
    claim_index: int = -1  # index into Analysis.claims for claims

    @property
    def layer(self) -> int:
        return _LAYERS[self.style]


_LAYERS = {
    "heading": LAYER_HEADING,
    "direct": LAYER_QUOTE,
    "indirect": LAYER_QUOTE,
    "author": LAYER_QUOTE,
    "claim": LAYER_CLAIM,
    "mention": LAYER_MENTION,
    "cue": LAYER_CUE,
}


def build_marks(
    analysis: Analysis, colours: dict[str, str], text_length: int | None = None
) -> list[Mark]:
    """Every mark of one document, sorted by start. ``colours`` maps actor keys to hex colours."""
    actors = analysis.actors_by_id()
    key_cache: dict[str | None, str | None] = {None: None}

    def key_of(actor_id: str | None) -> str | None:
        if actor_id not in key_cache:
            actor = actors.get(actor_id)  # type: ignore[arg-type]
            key_cache[actor_id] = actor.key if actor else None
        return key_cache[actor_id]

    def colour_of(key: str | None, fallback: str = UNKNOWN_SPEAKER) -> str:
        return colours.get(key, fallback) if key is not None else fallback

    limit = text_length if text_length is not None else 1 << 62
    marks: list[Mark] = []
    add = marks.append
    for span in analysis.headings:
        add(Mark(span.start, min(span.end, limit), "heading", None, None, ""))
    for i, quote in enumerate(analysis.quotes):
        key = key_of(quote.speaker)
        if quote.kind == "author":
            colour = colour_of(key, AUTHOR_VOICE)
        else:
            colour = colour_of(key)
        add(Mark(quote.start, min(quote.end, limit), quote.kind, quote.kind, key, colour,
                 quote_index=i))
        if quote.cue is not None and quote.kind != "author":
            add(Mark(quote.cue.start, min(quote.cue.end, limit), "cue", quote.kind, key, colour,
                     quote_index=i))
    for i, claim in enumerate(analysis.claims):
        key = key_of(claim.speaker)
        add(Mark(claim.start, min(claim.end, limit), "claim", f"claim:{claim.kind}", key,
                 colour_of(key), detail=claim.kind, claim_index=i))
    for mention in analysis.mentions:
        key = key_of(mention.actor)
        add(Mark(mention.start, min(mention.end, limit), "mention", "mention", key,
                 colour_of(key), detail=mention.via))
    marks = [m for m in marks if m.end > m.start]
    marks.sort(key=lambda m: (m.start, m.layer))
    return marks


def bars(marks: list[Mark]) -> list[Mark]:
    """One author-voice mark per span, coloured for all who speak it (``voice_colour``)."""
    spans: dict[tuple[int, int], list[Mark]] = {}
    for mark in marks:
        if mark.style == "author":
            spans.setdefault((mark.start, mark.end), []).append(mark)
    out = []
    for group in spans.values():
        colour = voice_colour(m.colour for m in group)
        out.append(replace(group[0], colour=colour))
    return out


def tooltip_html(
    marks: list[Mark], analysis: Analysis, text: str, key_to_actor: Callable[[str], Actor | None]
) -> str:
    """Rich-text explanation of the marks under the mouse: speaker, role, kind, cue.

    The marks of one span and style (co-authors' shares of a passage) make one line naming every
    speaker once, in the analysis' order.
    """
    lines: list[str] = []
    groups: dict[tuple[str, int, int], list[Mark]] = {}
    for mark in sorted(marks, key=lambda m: (m.layer, m.quote_index)):
        if mark.style not in ("heading", "cue"):
            groups.setdefault((mark.style, mark.start, mark.end), []).append(mark)
    for group in groups.values():
        mark = group[0]
        speakers = list(dict.fromkeys(m.actor_key for m in group)) if mark.style == "author" else [mark.actor_key]
        if len(speakers) > 1:
            lines.extend(_shared_voice(group, speakers, analysis, text, key_to_actor))
            continue
        actor = key_to_actor(mark.actor_key) if mark.actor_key else None
        who = escape(actor.name) if actor else "unknown speaker"
        swatch = f'<span style="color:{mark.colour}">&#9632;</span>'
        if mark.style == "claim":
            head = f"<b>Claim</b> ({escape(mark.detail)})"
            speaker = f"by {who}" if actor else "by the outlet's narration"
            lines.append(f"{swatch} {head} {speaker}")
        elif mark.style == "mention":
            lines.append(f"{swatch} <b>Mention</b> of {who} <i>({escape(mark.detail)})</i>")
        else:
            label = KIND_LABELS.get(mark.style, mark.style)
            line = f"{swatch} <b>{label}</b>: {who}"
            quote = analysis.quotes[mark.quote_index] if mark.quote_index >= 0 else None
            if quote is not None and quote.corrected:
                line += " <i>(corrected)</i>"
            lines.append(line)
            if quote is not None and quote.cue is not None:
                cue = text[quote.cue.start : quote.cue.end]
                lines.append(f"&nbsp;&nbsp;cue: “{escape(cue)}”")
        if actor is not None:
            facts = _facts(actor)
            if facts:
                lines.append(f"&nbsp;&nbsp;<i>{escape(facts)}</i>")
    return "<br>".join(lines)


def _shared_voice(
    group: list[Mark],
    speakers: list[str | None],
    analysis: Analysis,
    text: str,
    key_to_actor: Callable[[str], Actor | None],
) -> list[str]:
    """ "Author's voice: A, B, C" and one line of role and party per speaker."""
    actors = [key_to_actor(key) if key else None for key in speakers]
    names = ", ".join(escape(a.name) if a else "unknown speaker" for a in actors)
    colour = voice_colour(m.colour for m in group)
    line = f'<span style="color:{colour}">&#9632;</span> <b>{KIND_LABELS["author"]}</b>: {names}'
    quotes = [analysis.quotes[m.quote_index] for m in group if m.quote_index >= 0]
    if any(q.corrected for q in quotes):
        line += " <i>(corrected)</i>"
    lines = [line]
    cue = next((q.cue for q in quotes if q.cue is not None), None)
    if cue is not None:  # "..., skriver Anna Ek och Bo Berg" in the lead
        lines.append(f"&nbsp;&nbsp;cue: “{escape(text[cue.start : cue.end])}”")
    for actor in actors:
        facts = _facts(actor) if actor else ""
        if facts:
            lines.append(f"&nbsp;&nbsp;<i>{escape(actor.name)}: {escape(facts)}</i>")
    return lines


def _facts(actor: Actor) -> str:
    facts = [*actor.roles[:2]]
    if actor.party:
        facts.append(f"party: {actor.party}")
    return "; ".join(facts)
