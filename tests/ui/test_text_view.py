"""The badge strip of a document pane: badges of claims that share a line sit side by side or stacked,
never on each other nor past the strip's edges, and a badge's tooltip says what its kind means."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from desktop_app.core.analysis.model import Analysis, Claim
from desktop_app.core.compare import DocumentView, build_comparison
from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.library import Library
from desktop_app.ui.document_pane import DocumentPane
from desktop_app.ui.text_view import layout_badges

TEXT = "Rubrik\n\nVi måste bygga mer, det blir 40 procent dyrare och det är fel.\n\nSlut."


def _no_overlap(boxes: list[QRect]) -> bool:
    return all(not a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


@pytest.mark.parametrize("items, strip", [
    ([(0, 40)], 58),                                # one badge: at the right edge of its line
    ([(0, 40), (0, 30)], 58),                       # two on one line that do not fit side by side
    ([(0, 20), (0, 20)], 58),                       # two that fit side by side
    ([(0, 40), (0, 40), (0, 40), (14, 40)], 58),    # three on a line, then one on the next line
    ([(0, 80)], 58),                                # wider than the strip: narrowed to fit
])
def test_badges_never_overlap_nor_leave_the_strip(items, strip):
    boxes = layout_badges(items, strip, 12)
    assert len(boxes) == len(items)
    assert _no_overlap(boxes)
    assert all(box.left() >= 0 and box.right() < strip for box in boxes)
    assert all(box.top() >= top for box, (top, _) in zip(boxes, items))  # never above its line


def test_badges_that_fit_share_the_line():
    first, second = layout_badges([(0, 20), (0, 20)], 58, 12)
    assert first.top() == second.top() and second.right() < first.left()


def test_badges_that_do_not_fit_are_stacked_under():
    first, second = layout_badges([(0, 40), (0, 40)], 58, 12)
    assert second.top() > first.bottom() and second.right() == first.right()


@pytest.fixture
def pane(tmp_path, qtbot):
    library = Library(tmp_path / "lib.sqlite3")
    doc_id = library.add(ImportedText(TEXT, Metadata(title="T", genre="news"), "txt"),
                         source_name="t.txt", original=b"x").doc_id
    widget = DocumentPane("left", library)
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.open_document(doc_id)

    def claim(kind: str, part: str) -> Claim:
        start = TEXT.index(part)
        return Claim(None, kind, start, start + len(part))

    analysis = Analysis(language="sv", genre="news", claims=[
        claim("prescription", "Vi måste bygga mer"), claim("statistic", "det blir 40 procent dyrare"),
        claim("evaluation", "det är fel")])
    view = DocumentView(library.get(doc_id), analysis)
    widget.set_view(view, build_comparison(view, None), FilterCriteria())
    widget.show()
    qtbot.waitExposed(widget)
    widget.text_edit.right_strip.grab()  # paint: lays the badges out
    yield widget
    library.close()


def test_three_claims_on_one_line_get_three_separate_badges_inside_the_strip(pane):
    edit = pane.text_edit
    boxes = [box for box, _ in edit.badges]
    assert len(boxes) == 3
    assert _no_overlap(boxes)
    assert all(box.left() >= 0 and box.right() < edit.right_strip.width() for box in boxes)


def test_a_badge_tooltip_explains_its_kind(pane):
    edit = pane.text_edit
    texts = {edit.badge_tooltip(box.center()) for box, _ in edit.badges}
    assert "SHOULD: a prescription — something must or should be done" in texts
    assert any(t.startswith("STAT: a statistic") for t in texts)
    assert edit.badge_tooltip(QPoint(1, edit.right_strip.height() - 2)) == ""  # off the badges
