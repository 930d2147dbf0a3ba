"""Unnamed sources and the interviewer in the window: their own groups in the sidebar, the
interviewer's questions drawn with their own mark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from desktop_app.core.analysis.model import INTERVIEWER, Actor, Analysis, Quote
from desktop_app.core.compare import DocumentView, build_comparison
from desktop_app.core.document import Document, Metadata
from desktop_app.ui.corrections import CorrectionService
from desktop_app.ui.filter_sidebar import FilterSidebar
from desktop_app.ui.filter_state import FilterState
from desktop_app.ui.highlighter import char_format

TEXT = "Vad vill du förändra?\n\n– Jag vill öppna museet.\n\nEnligt uppgifter till TT är beslutet klart."


def _comparison():
    analysis = Analysis(
        "sv",
        "interview",
        actors=[
            Actor("a1", INTERVIEWER, "interviewer"),
            Actor("a2", "Hanna Ek", "person", mentions=1),
            Actor("a3", "uppgifter till TT", "unnamed", mentions=1),
        ],
        quotes=[
            Quote("a1", "direct", 0, 21),
            Quote("a2", "direct", TEXT.index("Jag"), TEXT.index("museet.") + 7),
            Quote("a3", "indirect", TEXT.index("är beslutet"), len(TEXT) - 1),
        ],
    )
    doc = Document(id=1, text=TEXT, metadata=Metadata(title="Intervju"))
    return build_comparison(DocumentView(doc, analysis), None)


@pytest.fixture
def sidebar(qtbot, library):
    widget = FilterSidebar(FilterState(), CorrectionService(library, QUndoStack()))
    qtbot.addWidget(widget)
    widget.set_comparison(_comparison(), {"left": 1})
    return widget


def test_sidebar_groups_unnamed_sources_and_the_interviewer(sidebar):
    model = sidebar.tree.model()
    groups = {}
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        groups[group.data()] = [model.index(r, 0, group).data() for r in range(model.rowCount(group))]
    assert groups == {
        "People (1)": ["Hanna Ek"],
        "Unnamed sources (1)": ["uppgifter till TT"],
        "Interviewer (1)": ["the interviewer"],
    }


def test_a_question_is_drawn_in_italics_on_a_lighter_tint(qapp):
    question = char_format("question", "#336699")
    answer = char_format("direct", "#336699")
    assert question.fontItalic() and not answer.fontItalic()
    assert question.background().color().name() != answer.background().color().name()
    assert question.background().style() != Qt.BrushStyle.NoBrush
