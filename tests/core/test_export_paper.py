"""Cutting a paragraph into styled runs: one sweep over the boundaries gives what checking every mark
for every piece gives (the old, quadratic way), for any overlap of marks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.export.paper import LAYERS, Run, RunStyle, _covering_style, _Mark, _runs, block_pieces

TEXT = "abcdefghijklmnopqrstuvwxyzåäö0123456789" * 2


def _reference(text: str, start: int, end: int, marks: list[_Mark]) -> list[tuple[str, RunStyle, list[str]]]:
    """Every piece between two boundaries, styled from every mark that covers it."""
    points = sorted({start, end, *(min(max(m.start, start), end) for m in marks),
                     *(min(max(m.end, start), end) for m in marks)})
    runs: list[list] = []
    for a, b in zip(points, points[1:]):
        covering = [(m.start, m.end, m) for m in marks if m.start < b and m.end > a]
        style = _covering_style(covering)
        badges = [m.badge for m in marks if m.badge and m.badge_at == b]
        if runs and not badges and not runs[-1][2] and runs[-1][1] == style:
            runs[-1][0] += text[a:b]
            continue
        runs.append([text[a:b], style, badges])
    return [tuple(run) for run in runs]


@st.composite
def marks(draw) -> list[_Mark]:
    out = []
    for order in range(draw(st.integers(0, 12))):
        a = draw(st.integers(0, len(TEXT) - 1))
        b = draw(st.integers(a + 1, len(TEXT)))
        layer = draw(st.sampled_from(LAYERS))
        colour = draw(st.sampled_from(["#0072B2", "#D55E00", "#707070"]))
        badge = "EVAL" if layer == "claim" and draw(st.booleans()) else ""
        mark = _Mark(a, b, layer, colour, f"{layer} {order}", badge, order=order)
        mark.badge_at = b
        out.append(mark)
    return out


@settings(max_examples=300, deadline=None)
@given(marks(), st.integers(0, 20), st.integers(50, len(TEXT)))
def test_one_sweep_cuts_like_checking_every_mark(paragraph_marks, start, end):
    inside = [m for m in paragraph_marks if m.start < end and m.end > start]
    for m in inside:
        m.badge_at = min(m.end, end)
    got = [(run.text, run.style, run.badges) for run in _runs(TEXT, start, end, inside)]
    assert got == _reference(TEXT, start, end, inside)
    assert "".join(text for text, _, _ in got) == TEXT[start:end]


def test_a_mark_inside_a_mark_wins_its_layer():
    outer = _Mark(0, 20, "direct", "#0072B2", "outer", order=0)
    inner = _Mark(5, 10, "direct", "#D55E00", "inner", order=1)
    runs = _runs(TEXT, 0, 20, [outer, inner])
    assert [(r.start, r.end) for r in runs] == [(0, 5), (5, 10), (10, 20)]
    assert runs[1].style.tooltip == "inner" and runs[0].style.tooltip == runs[2].style.tooltip == "outer"


_BOLD = RunStyle(bold=True)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet="ab .?!", max_size=60), st.booleans(),
                          st.lists(st.sampled_from(["VÄRD", "BÖR"]), max_size=2)), max_size=12),
       st.integers(4, 40))
def test_block_pieces_keep_the_runs_in_order_and_within_the_limit(specs, limit):
    runs, at = [], 0
    for text, bold, badges in specs:
        runs.append(Run(text, at, at + len(text), _BOLD if bold else RunStyle(), badges))
        at += len(text)
    pieces = block_pieces(runs, limit)
    flat = [run for piece in pieces for run in piece]
    assert "".join(r.text for r in flat) == "".join(r.text for r in runs)
    assert [b for r in flat for b in r.badges] == [b for r in runs for b in r.badges]
    for run in flat:  # every cut piece keeps its offsets and its run's look
        assert run.end - run.start == len(run.text)
        assert any(o.start <= run.start and run.end <= o.end and o.style == run.style for o in runs)
    for piece in pieces:
        assert sum(len(r.text) for r in piece) <= limit
    if sum(len(r.text) for r in runs) <= limit:
        assert len(pieces) == 1


def test_a_long_paragraph_is_cut_after_a_sentence_end():
    text = "Ett två tre. Fyra fem sex sju. Åtta nio tio elva tolv."
    pieces = block_pieces([Run(text, 0, len(text), RunStyle())], 32)
    assert ["".join(r.text for r in p) for p in pieces] == ["Ett två tre. Fyra fem sex sju. ", "Åtta nio tio elva tolv."]


@settings(max_examples=300, deadline=None)
@given(marks(), st.integers(0, 20), st.integers(50, len(TEXT)))
def test_remembered_looks_give_the_runs_made_without_them(paragraph_marks, start, end):
    """The looks a text remembers across its paragraphs (and the shortcut for a piece under one
    mark) change nothing in the runs."""
    inside = [m for m in paragraph_marks if m.start < end and m.end > start]
    for m in inside:
        m.badge_at = min(m.end, end)
    fresh = [(run.text, run.style, run.badges) for run in _runs(TEXT, start, end, inside)]
    looks: dict = {}
    for _ in range(2):  # empty at first, then full of the looks made the first time
        assert [(run.text, run.style, run.badges) for run in _runs(TEXT, start, end, inside, looks)] == fresh
