"""The faster scans of the analysis find exactly what the plain patterns they replace find."""

from __future__ import annotations

import random
import re

import pytest

from desktop_app.core.analysis.entities.branches import _named_head_matches, _named_heads


@pytest.mark.parametrize("seed", range(5))
def test_named_heads_search_finds_what_the_look_behind_pattern_finds(seed: int) -> None:
    pattern = _named_heads("sv")
    assert pattern is not None
    plain = re.compile(r"(?<![\w-])" + pattern.pattern)
    heads = re.search(r"\(\?P<head>([^)]*)\)", pattern.pattern).group(1).replace("\\", "").split("|")
    pieces = heads + ["x", "-", " ", "  ", "\t", "Stockholm", "Mitt", "a", "Ö", "\n"]
    rng = random.Random(seed)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        expected = [(m.span(), m.group("head"), m.group("name")) for m in plain.finditer(text)]
        assert [(m.span(), m.group("head"), m.group("name")) for m in _named_head_matches(pattern, text)] == expected
