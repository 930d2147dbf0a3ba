"""A viewpoint link's "why" in the Swedish window (core.viewpoints.why_text): every part the engine
writes has a Swedish template, checked on the whys of real comparisons and on the engine's source."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

from desktop_app.core.viewpoints.why_text import covers, why_text
from tests.core.test_viewpoints_links import ENGLISH_PAIRS, SWEDISH_PAIRS
from tests.core.viewpoint_helpers import compare, seeds

ENGINE = Path(__file__).resolve().parents[2] / "desktop_app" / "core" / "viewpoints"


def _parts(node: ast.AST) -> list[str]:
    """The texts an expression can be, its variable parts as «n» (constants and f-strings only)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        counter = itertools.count(1)
        return ["".join(v.value if isinstance(v, ast.Constant) else f"«{next(counter)}»"
                        for v in node.values)]
    return []


def _engine_whys() -> list[str]:
    """The literal parts added to a link's ``why`` in the engine: ``why += "; …"`` and the second
    item of ``relation_of``'s returns (relation, why)."""
    found: set[str] = set()
    for path in sorted(ENGINE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.AugAssign) and getattr(node.target, "attr", "") == "why":
                found.update(text.removeprefix("; ") for text in _parts(node.value))
            if isinstance(node, ast.FunctionDef) and node.name in {"relation_of", "polar_why"}:
                for ret in ast.walk(node):
                    if isinstance(ret, ast.Return) and isinstance(ret.value, ast.Tuple):
                        found.update(_parts(ret.value.elts[1]))
    return sorted(found)


def test_the_scan_finds_the_engines_parts() -> None:
    whys = _engine_whys()
    assert "a reply to the other text" in whys and "the same words" in whys
    assert "«1» vs «2»" in whys


@pytest.mark.parametrize("part", _engine_whys())
def test_every_part_the_engine_writes_has_swedish(part: str) -> None:
    assert covers(part, "sv"), part


def test_the_whys_of_real_comparisons_are_all_swedish() -> None:
    comparisons = [compare(left, right, "sv") for left, right, _ in SWEDISH_PAIRS]
    comparisons += [compare(left, right, "en") for left, right, _ in ENGLISH_PAIRS]
    comparisons.append(seeds()[2])
    whys = [link.why for comparison in comparisons for link in comparison.links]
    assert len(whys) > 10
    for why in whys:
        assert covers(why, "sv"), why
        assert " vs " not in why_text(why, "sv") and "shared:" not in why_text(why, "sv")


def test_a_why_in_swedish() -> None:
    why = ("shared: skola, arbete; negative (“fel”, “dåligt”) vs positive (“bra”); "
           "as on their other statements (disagree)")
    assert why_text(why, "sv") == ("gemensamt: skola, arbete; negativ (“fel”, “dåligt”) mot positiv (“bra”); "
                                   "som i deras andra uttalanden (oense)")
    assert why_text(why, "en") == why
    assert why_text("something new", "sv") == "something new"
    assert not covers("shared: x; a banana reason", "sv")
