"""Phrases with placeholders translated whole: the engine behind :mod:`desktop_app.core.import_reasons`
(Qt-free).

A catalogue maps English templates (``"damaged {kind}: {reason}"``) to their translation. A text is
matched against the templates, the most literal first; a placeholder named in ``verbatim`` is copied,
any other holds a phrase that is translated the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

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
                       localise: Callable[[str], str] | None = None) -> str | None:
    """``text`` through the first of ``patterns`` that matches it whole, its phrase placeholders
    translated the same way and those in ``verbatim`` copied (those in ``figures`` through
    ``localise``: "52.3" → "52,3"); None when none matches."""
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
            inner = translate_template(value, patterns, verbatim, strict, depth + 1, figures, localise)
            if inner is None and strict:
                break
            values[slot] = value if inner is None else inner
        else:
            return translated.format(**values)
    return None
