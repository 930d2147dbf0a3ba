"""Phrases with placeholders translated whole: the engine behind :mod:`desktop_app.core.import_reasons`
and :mod:`desktop_app.core.library_messages` (Qt-free).

A catalogue maps English templates (``"damaged {kind}: {reason}"``) to their translation. A text is
matched against the templates, the most literal first; a placeholder named in ``verbatim`` is copied,
any other holds a phrase that is translated the same way. :class:`Catalogue` is what both modules
use: their templates per language, and the one ``text`` / ``covers`` pair over them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache

from desktop_app.core import i18n

_PLACEHOLDER_RE = re.compile(r"\{(\w+)\}")
# a format's name is one word ("DOCX", "UTF-8"): "damaged {kind}" must not swallow "DOCX: the …"
_SLOT = {"kind": r"[\w-]+|«\d+»", "ext": r"\S+",
         "quoted": r"“[^”]*”(?:, “[^”]*”)*|«\d+»"}  # words in quotes: “fel”, “bra”


@lru_cache(maxsize=None)
def compile_templates(items: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A catalogue's templates as anchored patterns, the most literal text first."""
    compiled = []
    for english, translated in items:
        parts = _PLACEHOLDER_RE.split(english)  # literal, name, literal, name, …
        regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>{_SLOT.get(part, '.+?')})"
                        for i, part in enumerate(parts))
        literal = sum(len(part) for part in parts[::2])
        compiled.append((literal, re.compile(regex, re.S), translated))
    compiled.sort(key=lambda item: -item[0])
    return tuple((pattern, translated) for _, pattern, translated in compiled)


def translate_template(text: str, patterns: tuple[tuple[re.Pattern[str], str], ...],
                       verbatim: frozenset[str], strict: bool = False, depth: int = 0,
                       figures: frozenset[str] = frozenset(),
                       localise: Callable[[str], str] | None = None,
                       fallbacks: Mapping[str, str] | None = None) -> str | None:
    """``text`` through the first of ``patterns`` that matches it whole, its phrase placeholders
    translated the same way and those in ``verbatim`` copied (those in ``figures`` through
    ``localise``: "52.3" → "52,3"); None when none matches. A phrase placeholder named in
    ``fallbacks`` whose words no template knows takes that fallback phrase (outside ``strict``)
    instead of staying English."""
    reason = text
    if strict and re.fullmatch(r"«\d+»", reason):
        return reason
    if depth > 4:
        return None
    for pattern, translated in patterns:
        match = pattern.fullmatch(reason)
        if match is None:
            continue
        values = {}
        for slot, value in match.groupdict().items():
            if slot in verbatim:
                values[slot] = localise(value) if localise is not None and slot in figures else value
                continue
            inner = translate_template(value, patterns, verbatim, strict, depth + 1, figures, localise, fallbacks)
            if inner is None and strict:
                break
            if inner is None and fallbacks and slot in fallbacks:
                inner = fallbacks[slot]
            values[slot] = value if inner is None else inner
        else:
            return translated.format(**values)
    return None


class Catalogue:
    """English templates with their translations per language, and how their placeholders are
    filled: ``verbatim`` ones copied (``figures`` among them with the language's decimal comma and
    units), ``fallbacks`` (per language) the phrase a placeholder takes when no template knows its
    words, every other one translated as a phrase of its own."""

    def __init__(self, translations: Mapping[str, Mapping[str, str]], verbatim: frozenset[str],
                 figures: frozenset[str] = frozenset(),
                 fallbacks: Mapping[str, Mapping[str, str]] | None = None) -> None:
        self._translations = {"en": {}, **translations}
        self.verbatim = verbatim
        self.figures = figures
        self._fallbacks = fallbacks or {}

    def translate(self, text: str, language: str, strict: bool = False) -> str | None:
        """``text`` in ``language``, or None when no template matches it (in ``strict`` mode: when any
        phrase inside it is not translated either; a word in «guillemets» counts as a variable)."""
        patterns = compile_templates(tuple(self._translations.get(language, {}).items()))
        return translate_template(text, patterns, self.verbatim, strict, figures=self.figures,
                                  localise=lambda value: i18n.quantity(value, language),
                                  fallbacks=self._fallbacks.get(language))

    def text(self, text: str, language: str | None = None) -> str:
        """English ``text`` in ``language`` (default: the interface's); a text no template matches stays English."""
        code = i18n.normalise(language) if language else i18n.current_language()
        if code == "en" or not text:
            return text
        return self.translate(text, code) or text

    def covers(self, text: str, language: str = "sv") -> bool:
        """True when every phrase of ``text`` (variables written «1», «2», …) has a translation."""
        return self.translate(text, i18n.normalise(language), strict=True) is not None
