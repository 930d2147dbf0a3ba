"""CorrectionService: corrections stored in the library, undone and redone, surviving a reopen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from desktop_app.core.corrections import apply_corrections
from desktop_app.core.library import Library
from desktop_app.ui.corrections import CorrectionService
from tests.ui.sidebar_fixtures import add_documents, left_analysis, right_analysis


@pytest.fixture
def setup(tmp_path, qtbot):
    path = tmp_path / "library.sqlite"
    library = Library(path)
    ids = add_documents(library)
    stack = QUndoStack()
    service = CorrectionService(library, stack)
    yield library, ids, stack, service, path
    library.close()


def _corrected(library: Library, doc_id: int, analysis):
    return apply_corrections(analysis, [data for _, data in library.list_corrections(doc_id)])


def _speaker_names(analysis) -> list[str | None]:
    return [analysis.actor(q.speaker).name if q.speaker else None for q in analysis.quotes]


def test_change_speaker_undo_redo_and_reopen(setup, qtbot):
    library, ids, stack, service, path = setup
    left = ids["left"]
    quote = left_analysis().quotes[1]  # "Vi är på bollen", Stefan Löfven
    with qtbot.waitSignal(service.corrections_changed) as blocker:
        service.change_speaker(left, quote, "Magnus Ranstorp")
    assert blocker.args == [left]
    assert _speaker_names(_corrected(library, left, left_analysis())) == ["Magnus Ranstorp", "Magnus Ranstorp"]
    assert stack.undoText() == "Change speaker to Magnus Ranstorp"

    with qtbot.waitSignal(service.corrections_changed):
        stack.undo()
    assert library.list_corrections(left) == []
    assert _speaker_names(_corrected(library, left, left_analysis())) == ["Magnus Ranstorp", "Stefan Löfven"]

    stack.redo()
    library.close()
    reopened = Library(path)
    try:
        assert _speaker_names(_corrected(reopened, left, left_analysis())) == ["Magnus Ranstorp", "Magnus Ranstorp"]
    finally:
        reopened.close()


def test_actor_corrections_cover_several_documents_in_one_step(setup, qtbot):
    library, ids, stack, service, _ = setup
    signals = []
    service.corrections_changed.connect(signals.append)
    service.rename_actor([ids["left"], ids["right"]], "stefan löfven", "Stefan Löfven (S)", old_name="Stefan Löfven")
    assert signals == [ids["left"], ids["right"]]
    for doc_id, analysis in ((ids["left"], left_analysis()), (ids["right"], right_analysis())):
        names = [a.name for a in _corrected(library, doc_id, analysis).actors]
        assert "Stefan Löfven (S)" in names and "Stefan Löfven" not in names
    assert stack.count() == 1 and stack.undoText() == "Rename Stefan Löfven to Stefan Löfven (S)"
    stack.undo()
    assert library.list_corrections(ids["left"]) == [] and library.list_corrections(ids["right"]) == []
    assert signals[-2:] == [ids["left"], ids["right"]]


def test_each_operation_changes_the_corrected_analysis(setup):
    library, ids, stack, service, _ = setup
    left = ids["left"]
    analysis = left_analysis()
    service.not_quote(left, analysis.quotes[0])
    service.add_quote(left, 0, 15, "Anna Ny", kind="indirect")
    service.mark_claim(left, analysis.quotes[1].start, analysis.quotes[1].end, "stance")
    service.not_claim(left, analysis.claims[0])
    service.merge_actor([left], "sverige", "försvarshögskolan", name="Sverige", into_name="Försvarshögskolan")
    service.hide_actor([left], "magnus ranstorp", name="Magnus Ranstorp")
    result = _corrected(library, left, analysis)
    assert [(q.start, q.kind) for q in result.quotes] == [(0, "indirect"), (analysis.quotes[1].start, "direct")]
    assert _speaker_names(result) == ["Anna Ny", "Stefan Löfven"]
    assert [(c.kind, c.corrected) for c in result.claims] == [("stance", True)]
    assert [a.name for a in result.actors] == ["Stefan Löfven", "Försvarshögskolan", "Anna Ny"]
    assert result.actor("a3").mentions == 2
    assert stack.count() == 6
    for _ in range(6):
        stack.undo()
    assert library.list_corrections(left) == []
    for _ in range(6):
        stack.redo()
    assert _corrected(library, left, analysis).to_dict() == result.to_dict()


def test_malformed_correction_is_refused_before_it_reaches_the_stack(setup):
    library, ids, stack, service, _ = setup
    with pytest.raises(ValueError, match="mark_claim"):
        service.mark_claim(ids["left"], 5, 5, "evaluation")
    with pytest.raises(ValueError, match="claim kind"):
        service.mark_claim(ids["left"], 0, 5, "rumour")
    assert stack.count() == 0 and library.list_corrections(ids["left"]) == []


def test_pane_menu_corrects_one_co_authors_share_of_a_passage(setup, qtbot, monkeypatch):
    """Seed 003: right-click an author passage; remove Sörman's share, then give Nilsson's to another."""
    from desktop_app.core.compare import DocumentView, build_comparison
    from desktop_app.core.document import ImportedText
    from desktop_app.core.filters import FilterCriteria
    from desktop_app.ui import pane_menu
    from desktop_app.ui.document_pane import DocumentPane
    from tests.opinion_fixtures import SIGNERS, author_passages, opinion_view

    library, _, stack, service, _ = setup
    seed = opinion_view()
    doc_id = library.add(
        ImportedText(seed.document.text, seed.document.metadata, "txt"), source_name="003.txt", original=b"x"
    ).doc_id
    pane = DocumentPane("left", library)
    qtbot.addWidget(pane)
    pane.resize(700, 600)
    pane.open_document(doc_id)
    view = DocumentView(library.get(doc_id), seed.analysis)
    pane.set_view(view, build_comparison(view, None), FilterCriteria())
    pane.show()
    qtbot.waitExposed(pane)
    passage = min(author_passages(view))
    cursor = pane.text_edit.textCursor()
    cursor.setPosition(pane.highlighter.to_position(passage[0] + 5))
    point = pane.text_edit.cursorRect(cursor).center()

    menu = pane_menu.build_pane_menu(pane, point, service)
    actions = {a.text(): a for a in menu.actions()}
    assert f"Author's voice — {', '.join(SIGNERS)}" in actions
    change = actions["Change Speaker"].menu()
    assert [a.text() for a in change.actions() if a.text()] == [f"{name}…" for name in SIGNERS] + ["All of Them…"]
    remove = {a.text(): a for a in actions["Not Spoken By"].menu().actions()}
    assert list(remove) == list(SIGNERS)

    remove["Per-Åke Sörman"].trigger()
    assert stack.undoText() == "Not spoken by Per-Åke Sörman"
    corrected = DocumentView(view.document, _corrected(library, doc_id, seed.analysis))
    after = author_passages(corrected)
    assert after[passage] == [SIGNERS[0], SIGNERS[2]]
    assert sum(len(names) for names in after.values()) == 3 * len(after) - 1  # only that one share

    monkeypatch.setattr(pane_menu, "_ask_speaker", lambda *args: "Karl Ek")
    next(a for a in change.actions() if a.text() == "Kenneth Nilsson…").trigger()
    after = author_passages(DocumentView(view.document, _corrected(library, doc_id, seed.analysis)))
    assert after[passage] == ["Karl Ek", SIGNERS[2]]
    stack.undo()
    stack.undo()
    undone = DocumentView(view.document, _corrected(library, doc_id, seed.analysis))
    assert author_passages(undone)[passage] == list(SIGNERS)
