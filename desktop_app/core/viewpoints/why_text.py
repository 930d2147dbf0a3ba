"""A viewpoint link's "why" (``Link.why``) in the user-interface language.

The engine writes its reasons in English, joined by "; " ("shared: skola, nedläggning; negative
(“fel”) vs positive (“bra”); as on their other statements (disagree)"); stored comparisons, the
JSON and the CSV keep them so. The window, the printout and the HTML page show them translated here,
part by part, with the templates of :mod:`desktop_app.core.templates`: the shared words and the
quoted cue words are the texts' own and are copied. A part no template matches stays English.
"""

from __future__ import annotations

from desktop_app.core import i18n
from desktop_app.core.templates import compile_templates, translate_template

_VERBATIM = frozenset({"words", "quoted", "speaker", "cue"})

_SV: dict[str, str] = {
    # core.viewpoints.linking
    "shared: {words}": "gemensamt: {words}",
    # core.viewpoints.relations
    "the same words": "samma ord",
    "{speaker}: “{cue}”": "{speaker}: “{cue}”",
    "{speaker}: “{cue}” what the other says": "{speaker}: “{cue}” om det den andra säger",
    "{left} vs {right}": "{left} mot {right}",
    "positive ({quoted})": "positiv ({quoted})",
    "negative ({quoted})": "negativ ({quoted})",
    "positive": "positiv",
    "negative": "negativ",
    "neutral": "neutral",
    "a reply to the other text": "ett svar på den andra texten",
    "as on their other statements ({relation})": "som i deras andra uttalanden ({relation})",
    "their stances over both texts ({relation})": "deras hållning i båda texterna ({relation})",
    # core.viewpoints.corrections
    "relation set by hand (found: {relation})": "relationen satt för hand (funnen: {relation})",
    "linked by hand": "länkad för hand",
    # the relations, as the parts above name them
    "agree": "överens",
    "disagree": "oense",
    "related": "relaterad",
}

_CATALOGUES: dict[str, dict[str, str]] = {"en": {}, "sv": _SV}


def why_text(why: str, language: str | None = None) -> str:
    """``why`` in ``language`` (default: the interface's), part by part."""
    code = i18n.normalise(language) if language else i18n.current_language()
    if code == "en" or not why:
        return why
    patterns = compile_templates(tuple(_CATALOGUES[code].items()))
    return "; ".join(translate_template(part, patterns, _VERBATIM) or part for part in why.split("; "))


def covers(why: str, language: str = "sv") -> bool:
    """True when every part of ``why`` (variables written «1», «2», …) has a translation."""
    patterns = compile_templates(tuple(_CATALOGUES[i18n.normalise(language)].items()))
    return all(translate_template(part, patterns, _VERBATIM, strict=True) is not None
               for part in why.split("; "))
