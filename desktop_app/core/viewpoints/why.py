"""A link's ``why`` for a reader, in the interface's language.

The engine writes ``why`` in English, as data ("shared: arbete, återvändare; negative (“brister”)
vs positive (“gediget”); as on their other statements (agree)"); JSON and CSV keep it so. Its
parts come from the few phrases below (``PHRASES``, English templates catalogued in
``core.i18n``), joined by "; ". :func:`shown_why` reads the parts back and renders each in the
interface's language; what the texts themselves say — the shared terms, the evidence words, a
cue as written, an actor's name — stays as written. A part no phrase reads stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop_app.core import i18n

# the English templates the engine's parts follow (keys of core.i18n's catalogues)
SHARED = "shared: {terms}"
BOTH_TEXTS = "{speaker} in both texts"
SAME_WORDS = "the same words"
CUE_ON_OTHER = "{cue} what the other says"
VERSUS = "{left} vs {right}"
REPLY = "a reply to the other text"
OTHER_STATEMENTS = "as on their other statements ({relation})"
BOTH_STANCES = "their stances over both texts ({relation})"
QUESTION_STANCES = "their stances on the question ({relation})"
NO_OPPOSITION = "nothing sets them against each other ({relation})"
SET_BY_HAND = "relation set by hand (found: {relation})"
LINKED_BY_HAND = "linked by hand"
PHRASES: tuple[str, ...] = (SHARED, BOTH_TEXTS, SAME_WORDS, CUE_ON_OTHER, VERSUS, REPLY, OTHER_STATEMENTS,
                            BOTH_STANCES, QUESTION_STANCES, NO_OPPOSITION, SET_BY_HAND, LINKED_BY_HAND)

_POLAR = r"(?:positive|negative|neutral)(?: \(“[^”]*”(?:, “[^”]*”)*\))?"
_RELATION = r"(agree|disagree|related)"
_SPEAKERS = ("the authors", "the text")  # model.AUTHORS_KEY, model.TEXT_KEY (without loading the engine)


def _speaker(name: str, language: str) -> str:
    return i18n.text(name, language) if name in _SPEAKERS else name


def _polar(part: str, language: str) -> str:
    word, _, rest = part.partition(" ")
    return f"{i18n.text(word, language)} {rest}".rstrip()


def _rules() -> list[tuple[re.Pattern[str], Callable[[re.Match[str], str], str]]]:
    t = i18n.text
    return [
        (re.compile(r"shared: (.*)"), lambda m, lg: t(SHARED, lg).format(terms=m[1])),
        (re.compile(re.escape(SAME_WORDS)), lambda m, lg: t(SAME_WORDS, lg)),
        (re.compile(re.escape(REPLY)), lambda m, lg: t(REPLY, lg)),
        (re.compile(re.escape(LINKED_BY_HAND)), lambda m, lg: t(LINKED_BY_HAND, lg)),
        (re.compile(r"as on their other statements \(" + _RELATION + r"\)"),
         lambda m, lg: t(OTHER_STATEMENTS, lg).format(relation=t(m[1], lg))),
        (re.compile(r"their stances over both texts \(" + _RELATION + r"\)"),
         lambda m, lg: t(BOTH_STANCES, lg).format(relation=t(m[1], lg))),
        (re.compile(r"their stances on the question \(" + _RELATION + r"\)"),
         lambda m, lg: t(QUESTION_STANCES, lg).format(relation=t(m[1], lg))),
        (re.compile(r"nothing sets them against each other \(" + _RELATION + r"\)"),
         lambda m, lg: t(NO_OPPOSITION, lg).format(relation=t(m[1], lg))),
        (re.compile(r"relation set by hand \(found: " + _RELATION + r"\)"),
         lambda m, lg: t(SET_BY_HAND, lg).format(relation=t(m[1], lg))),
        (re.compile(f"({_POLAR}) vs ({_POLAR})"),
         lambda m, lg: t(VERSUS, lg).format(left=_polar(m[1], lg), right=_polar(m[2], lg))),
        (re.compile(r"(.+?): (“[^”]*”) what the other says"),
         lambda m, lg: f"{_speaker(m[1], lg)}: " + t(CUE_ON_OTHER, lg).format(cue=m[2])),
        (re.compile(r"(.+?): (“[^”]*”)"), lambda m, lg: f"{_speaker(m[1], lg)}: {m[2]}"),
        (re.compile(r"(.+) in both texts"), lambda m, lg: t(BOTH_TEXTS, lg).format(speaker=_speaker(m[1], lg))),
    ]


_RULES = _rules()


def parts(why: str) -> list[str]:
    """The "; "-separated parts of ``why``; a "; " inside a quoted cue (“…”) does not separate."""
    out, start, depth = [], 0, 0
    for i, ch in enumerate(why):
        if ch == "“":
            depth += 1
        elif ch == "”" and depth:
            depth -= 1
        elif ch == ";" and not depth and why.startswith("; ", i):
            out.append(why[start:i])
            start = i + 2
    out.append(why[start:])
    return out


def read_part(part: str, language: str) -> str | None:
    """``part`` in ``language``; None when no phrase of the engine reads it."""
    for pattern, render in _RULES:
        match = pattern.fullmatch(part)
        if match:
            return render(match, language)
    return None


def shown_why(why: str, language: str | None = None) -> str:
    """``why`` as a reader sees it, in ``language`` (default: the interface's)."""
    language = i18n.normalise(language) if language else i18n.current_language()
    if language == i18n.DEFAULT_LANGUAGE or not why:
        return why
    return "; ".join(p if (shown := read_part(p, language)) is None else shown for p in parts(why))
