"""Speed-ups that must not change a result: each fast form against the plain one it replaces."""

from __future__ import annotations

import json
import random
import re

import pytest

from desktop_app.core.analysis.entities.recognizer import _word_before
from desktop_app.core.analysis_report import report_json


@pytest.mark.parametrize("seed", range(5))
def test_word_before_is_the_plain_search(seed):
    """``_word_before`` narrows where the search starts; it finds what the plain search finds."""
    plain = re.compile(r"([^\W\d_][\w-]*) $")
    rng = random.Random(seed)
    alphabet = ["a", "ö", "B", "1", "_", "-", " ", " ", "\n", ".", "x"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        start = rng.randint(0, len(text))
        want = plain.search(text, max(0, start - 40), start)
        got = _word_before(text, start)
        assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1)))


def _value(rng: random.Random, depth: int):
    choice = rng.randrange(9 if depth < 3 else 6)
    if choice == 0:
        return rng.choice(["", "a", "ö\"\\\n", "%s %d", "\u2028"])
    if choice == 1:
        return rng.randint(-5, 10**12)
    if choice == 2:
        return rng.choice([None, True, False])
    if choice == 3:
        return rng.choice([0.5, 1e300, -0.0])
    if choice in (4, 5):
        return rng.choice([[], {}, ["x", "y%"], [1, 2]])
    if choice == 6:  # rows of one shape, as the schema's lists are
        keys = rng.sample(["id", "start", "%end", "cue", "terms"], rng.randint(1, 4))
        return [{key: _value(rng, depth + 1) for key in keys} for _ in range(rng.randint(1, 4))]
    if choice == 7:
        return [_value(rng, depth + 1) for _ in range(rng.randint(1, 4))]
    return {rng.choice(["a", "b", "c%", "ö"]): _value(rng, depth + 1) for _ in range(rng.randint(1, 4))}


@pytest.mark.parametrize("seed", range(300))
def test_report_json_is_json_dumps_for_any_shape(seed):
    """Rows of one shape, mixed lists, nested and empty containers, odd strings and numbers."""
    records = [_value(random.Random(seed), 0) for _ in range(3)]
    assert report_json(records) == json.dumps({"schema": 1, "documents": records}, ensure_ascii=False, indent=2)
