"""The two texts on paper: rows that keep the columns in step by length, and counts in the right
number ("1 claim")."""

from __future__ import annotations

import pytest

from desktop_app.core.export.paper import ParagraphView, SideView, balanced_rows, counted, paragraph_rows


def _side(lengths: list[int], author: set[int] = frozenset()) -> SideView:
    paragraphs, at = [], 0
    for i, n in enumerate(lengths):
        paragraphs.append(ParagraphView(i, at, at + n, [], author_colour="#555555" if i in author else None))
        at += n + 2
    return SideView("left", "T", "", "", [], "", "", "", paragraphs)


def _blank(rows) -> int:
    """Characters' worth of blank column: per row, how much shorter one side is than the other."""
    return sum(abs(sum(p.end - p.start for p in a) - sum(p.end - p.start for p in b)) for a, b in rows)


def _pairs_as_rows(left, right):
    return [([a] if a else [], [b] if b else []) for a, b in paragraph_rows(left, right)]


@pytest.mark.parametrize("lefts, rights", [
    ([100] * 6, [300] * 2),               # short paragraphs against long ones
    ([400, 50, 50, 50, 400], [200] * 5),  # uneven on both sides
    ([120] * 4, [120] * 4),               # alike: one beside one
])
def test_rows_keep_every_paragraph_in_order_and_leave_less_blank(lefts, rights):
    left, right = _side(lefts), _side(rights)
    rows = balanced_rows(left, right)
    assert [p.index for a, _ in rows for p in a] == list(range(len(lefts)))
    assert [p.index for _, b in rows for p in b] == list(range(len(rights)))
    assert _blank(rows) <= _blank(_pairs_as_rows(left, right))


def test_short_paragraphs_gather_beside_a_long_one():
    rows = balanced_rows(_side([100] * 6), _side([300] * 2))
    assert [(len(a), len(b)) for a, b in rows] == [(3, 1), (3, 1)]


def test_a_row_never_mixes_the_authors_voice_with_other_text():
    rows = balanced_rows(_side([100] * 6, author={1, 2}), _side([600]))
    for a, _ in rows:
        assert len({p.author_colour for p in a}) <= 1


@pytest.mark.parametrize("n, text", [(0, "0 claims"), (1, "1 claim"), (2, "2 claims"), (1200, "1,200 claims")])
def test_counted(n, text):
    assert counted(n, "claim", "claims") == text
