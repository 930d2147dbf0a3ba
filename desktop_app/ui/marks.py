"""The panes' tooltips: a rich-text explanation of the marks under the mouse (speaker, role, kind, cue).

The marks themselves, their labels and looks are ``core.marks`` (shared with the exports); the
names below are re-exported from there for the panes.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from desktop_app.core import i18n
from desktop_app.core.analysis.model import Actor, Analysis, display_name
from desktop_app.core.marks import KIND_LABELS, LABELS, Mark, bars, build_marks
from desktop_app.core.palette import voice_colour
from desktop_app.ui.translations import translate

__all__ = ["KIND_LABELS", "LABELS", "Mark", "bars", "build_marks", "tooltip_html"]


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
        who = escape(display_name(actor)) if actor else translate("Tooltip", "unknown speaker")
        swatch = f'<span style="color:{mark.colour}">&#9632;</span>'
        if mark.style == "claim":
            head = f"<b>{LABELS['claim']}</b> ({escape(i18n.text(mark.detail))})"
            speaker = translate("Tooltip", "by {who}").format(who=who) if actor else translate("Tooltip", "by the outlet's narration")
            lines.append(f"{swatch} {head} {speaker}")
        elif mark.style == "mention":
            lines.append(f"{swatch} <b>{LABELS['mention']}</b> " + translate("Tooltip", "of {who}").format(who=who)
                         + f" <i>({escape(i18n.text(mark.detail))})</i>")
        else:
            label = LABELS.get(mark.style, mark.style)
            line = f"{swatch} <b>{label}</b>: {who}"
            quote = analysis.quotes[mark.quote_index] if mark.quote_index >= 0 else None
            if quote is not None and quote.corrected:
                line += " <i>(" + translate("Tooltip", "corrected") + ")</i>"
            lines.append(line)
            if quote is not None and quote.cue is not None:
                cue = text[quote.cue.start : quote.cue.end]
                lines.append("&nbsp;&nbsp;" + translate("Tooltip", "cue: “{cue}”").format(cue=escape(cue)))
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
    names = ", ".join(escape(a.name) if a else translate("Tooltip", "unknown speaker") for a in actors)
    colour = voice_colour(m.colour for m in group)
    line = f'<span style="color:{colour}">&#9632;</span> <b>{LABELS["author"]}</b>: {names}'
    quotes = [analysis.quotes[m.quote_index] for m in group if m.quote_index >= 0]
    if any(q.corrected for q in quotes):
        line += " <i>(" + translate("Tooltip", "corrected") + ")</i>"
    lines = [line]
    cue = next((q.cue for q in quotes if q.cue is not None), None)
    if cue is not None:  # "..., skriver Anna Ek och Bo Berg" in the lead
        lines.append("&nbsp;&nbsp;" + translate("Tooltip", "cue: “{cue}”").format(cue=escape(text[cue.start : cue.end])))
    for actor in actors:
        facts = _facts(actor) if actor else ""
        if facts:
            lines.append(f"&nbsp;&nbsp;<i>{escape(actor.name)}: {escape(facts)}</i>")
    return lines


def _facts(actor: Actor) -> str:
    facts = [*actor.roles[:2]]
    if actor.party:
        facts.append(translate("Tooltip", "party: {party}").format(party=actor.party))
    return "; ".join(facts)
