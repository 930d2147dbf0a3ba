"""compare(B, A) is compare(A, B) mirrored: the same links with the same relations and scores,
and the same questions, whichever text is on the left (every decision is order-independent)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from desktop_app.core.analysis import analyze_document
from desktop_app.core.compare import DocumentView
from desktop_app.core.document import Document, content_sha256
from desktop_app.core.importers import import_file
from desktop_app.core.viewpoints import ViewpointComparison, compare_viewpoints
from tests.core.viewpoint_helpers import seeds

PAIRS = Path(__file__).resolve().parents[2] / "benchmarks" / "viewpoint_pairs" / "dev"
# news/opinion, an editorial against news, two news texts: pairs where an order-dependent
# choice once changed the links
DEV_PAIRS = ["en_fourday_news_opinion", "en_minimumwage_news_opinion", "sv_arbetsformedling_editorial_news",
             "sv_polis_news_news", "sv_bibliotek_news_opinion"]


@lru_cache(maxsize=None)
def _view(path: Path) -> DocumentView:
    imported = import_file(path)
    doc = Document(None, imported.text, imported.metadata, path.name, content_sha256(imported.text),
                   format=imported.format)
    return DocumentView(doc, analyze_document(doc))


def _side(pos) -> tuple:
    return (pos.start, pos.end, pos.speaker.key, pos.polarity)


def _links(comparison: ViewpointComparison, mirrored: bool = False) -> set[tuple]:
    out = set()
    for lk in comparison.links:
        a, b = (lk.right, lk.left) if mirrored else (lk.left, lk.right)
        out.add((_side(a), _side(b), lk.relation, lk.score, lk.terms))
    return out


def _questions(comparison: ViewpointComparison, mirrored: bool = False) -> set[tuple]:
    out = set()
    for q in comparison.questions:
        members = frozenset(((lk.right.start, lk.left.start) if mirrored else (lk.left.start, lk.right.start))
                            for lk in q.links)
        out.add((q.label, q.terms, members))
    return out


def _only(positions) -> set[tuple]:
    return {_side(p) for p in positions}


def assert_mirrored(ab: ViewpointComparison, ba: ViewpointComparison) -> None:
    assert ab.links, "a pair with links, or the test proves nothing"
    assert _links(ab) == _links(ba, mirrored=True)
    assert _questions(ab) == _questions(ba, mirrored=True)
    assert _only(ab.only_left) == _only(ba.only_right) and _only(ab.only_right) == _only(ba.only_left)


def test_the_seed_pair_read_either_way_round():
    left, right, comparison = seeds()
    assert_mirrored(comparison, compare_viewpoints(right, left))


@pytest.mark.parametrize("name", DEV_PAIRS)
def test_dev_pairs_read_either_way_round(name):
    left, right = _view(PAIRS / name / "left.txt"), _view(PAIRS / name / "right.txt")
    assert_mirrored(compare_viewpoints(left, right), compare_viewpoints(right, left))
