"""Removal asked and undone into the comparison, the trash, metadata edits, the corrections panel
and an actor across the library, in the window (issue 11)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QTimer

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.ui import dialogs
from desktop_app.ui.main_window import CONFIRM_REMOVAL_ABOVE
from tests.ui.window_fixtures import SEED_NEWS, SEED_OPINION, doc_id_by_title


def _add_many(window, count):
    ids = []
    for i in range(count):
        text = f"Extra text {i} om kommunen."
        ids.append(window.library.add(ImportedText(text, Metadata(title=f"Extra {i}"), "txt"),
                                      source_name=f"e{i}.txt", original=text.encode()).doc_id)
    window.library_pane.refresh()
    return ids


def test_removing_many_asks_first_and_undo_reopens_the_comparison(window, monkeypatch):
    news, opinion = doc_id_by_title(window, SEED_NEWS), doc_id_by_title(window, SEED_OPINION)
    assert window.compare_view.doc_ids() == {"left": news, "right": opinion}
    ids = _add_many(window, CONFIRM_REMOVAL_ABOVE) + [news, opinion]
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: asked.append(args[2]) or False)
    window.library_pane.select_ids(ids)
    window.actions.remove.trigger()
    assert len(asked) == 1 and "5" in asked[0]
    assert window.library.removed_ids() == []  # the user said no
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    window.actions.remove.trigger()
    assert sorted(window.library.removed_ids()) == sorted(ids)
    assert window.compare_view.doc_ids() == {"left": None, "right": None}
    built = []
    window.compare_view.comparison_changed.connect(built.append)
    window.actions.undo.trigger()
    assert window.library.removed_ids() == []
    assert window.compare_view.doc_ids() == {"left": news, "right": opinion}
    assert len(built) == 1  # both panes reopened with one comparison, not one per pane
    comparison = window.current_comparison()
    assert comparison is built[0] and comparison.left is not None and comparison.right is not None


def test_a_few_documents_are_removed_without_a_question(window, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda *args: (_ for _ in ()).throw(AssertionError("asked")))
    ids = _add_many(window, CONFIRM_REMOVAL_ABOVE)
    window.remove_documents(ids)
    assert sorted(window.library.removed_ids()) == sorted(ids)


def test_the_trash_view_restores_and_empties(window, monkeypatch):
    ids = _add_many(window, 2)
    window.remove_documents(ids)
    window.show_trash()
    dialog = window.trash_dialog
    assert dialog.table.rowCount() == 2 and not dialog.restore_button.isEnabled()
    # select through the model: selectRow() reads the keyboard modifiers, which another test's
    # key clicks may leave held in QTest's state
    dialog.table.selectionModel().select(dialog.table.model().index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                         | QItemSelectionModel.SelectionFlag.Rows)
    restored = dialog.restore_selected()
    assert len(restored) == 1 and window.library_pane.model.row_of(restored[0]) is not None
    monkeypatch.setattr(dialogs, "confirm", lambda *args: False)
    assert dialog.empty() == 0 and dialog.table.rowCount() == 1
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    assert dialog.empty() == 1
    assert window.library.trash_entries() == [] and dialog.table.rowCount() == 0
    assert dialog.info.text() == "The trash is empty." and not dialog.empty_button.isEnabled()


def test_metadata_edit_is_stored_and_undone(window, monkeypatch):
    news = doc_id_by_title(window, SEED_NEWS)

    def fill(dialog):
        dialog.outlet.setText("Sveriges Radio")
        dialog.date.setText("2019-13-40")  # refused: the dialog shows why and stays open
        if dialog.error.isHidden():
            return True
        assert "date" in dialog.error.text()
        dialog.date.setText("2019-03-28")
        dialog.authors.setText("Anna Ek; Bo Berg")
        return True

    monkeypatch.setattr(dialogs, "run", fill)
    before = window.library.get(news).metadata
    assert window.edit_metadata(news)
    after = window.library.get(news).metadata
    assert (after.outlet, after.date, after.authors) == ("Sveriges Radio", "2019-03-28", ["Anna Ek", "Bo Berg"])
    assert window.library_pane.model.summary(news).outlet == "Sveriges Radio"
    window.actions.undo.trigger()
    assert window.library.get(news).metadata == before
    assert window.library_pane.model.summary(news).outlet == before.outlet
    window.actions.redo.trigger()
    assert window.library.get(news).metadata.outlet == "Sveriges Radio"


def test_corrections_panel_reverts_resets_and_shows_hidden_actors(window, monkeypatch):
    news = doc_id_by_title(window, SEED_NEWS)
    service = window.corrections
    service.hide_actor([news], "magnus ranstorp", name="Magnus Ranstorp")
    service.rename_actor([news], "försvarshögskolan", "FHS", old_name="Försvarshögskolan")
    window.show_corrections()
    panel = window.corrections_panel
    assert [e.op for e in panel.entries()] == ["rename_actor", "hide_actor"]  # newest first
    panel.only_hidden.setChecked(True)
    assert [e.op for e in panel.entries()] == ["hide_actor"]
    panel.select_rows([0])
    panel.revert_selected()  # the hidden actor is shown again
    assert [e.op for e in window.library.correction_entries(news)] == ["rename_actor"]
    assert panel.entries() == []
    window.actions.undo.trigger()  # hidden again, the same entry in its place
    assert [e.op for e in window.library.correction_entries(news)] == ["hide_actor", "rename_actor"]
    panel.only_hidden.setChecked(False)
    panel.select_rows([0])
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    assert panel.reset_selected_document()
    assert window.library.correction_entries(news) == [] and panel.entries() == []
    window.actions.undo.trigger()
    assert len(window.library.correction_entries(news)) == 2


def test_an_actor_across_the_library_opens_in_a_pane(window, qtbot):
    news, opinion = doc_id_by_title(window, SEED_NEWS), doc_id_by_title(window, SEED_OPINION)
    window.show_actor_everywhere("Magnus Ranstorp")
    dialog = window.actor_across_dialog
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    assert dialog.result.statements and {s.doc_id for s in dialog.result.statements} <= {news, opinion}
    items = dialog.statement_items()
    assert len(items) == len(dialog.result.statements)
    dialog.tree.setCurrentItem(items[0])
    statement = items[0].data(0, 256)
    window.open_document(opinion if statement.doc_id == news else news, "right")
    assert dialog.open_selected("right")
    qtbot.waitUntil(lambda: window.compare_view.pane("right").doc_id == statement.doc_id, timeout=30_000)


def test_show_in_all_documents_from_the_sidebar_and_the_chart(window, monkeypatch):
    asked = []
    monkeypatch.setattr(window, "show_actor_everywhere", asked.append)
    window.sidebar.actor_everywhere_requested.disconnect()
    window.sidebar.actor_everywhere_requested.connect(window.show_actor_everywhere)
    menu = window.sidebar.actor_menu("magnus ranstorp")
    entry = next(a for a in menu.actions() if "All Documents" in a.text())
    entry.trigger()
    assert asked == ["Magnus Ranstorp"]
    window.chart.actor_everywhere_requested.connect(asked.append)
    chart_menu = next(a.menu() for a in window.chart.context_menu().actions() if a.menu())
    names = [a.text() for a in chart_menu.actions()]
    assert names == [row.name for row in window.chart.rows]
    chart_menu.actions()[0].trigger()
    assert asked[-1] == window.chart.rows[0].name


def test_metadata_genre_is_shown_in_the_interface_language_and_stored_as_its_code(window, monkeypatch):
    from desktop_app.core import i18n

    news = doc_id_by_title(window, SEED_NEWS)
    shown: list[str] = []

    def pick_opinion(dialog):
        shown.extend(dialog.genre.itemText(i) for i in range(dialog.genre.count()))
        assert dialog.genre.currentData() == "news"  # the document's genre is the one chosen at first
        dialog.genre.setCurrentIndex(dialog.genre.findData("opinion"))
        return True

    monkeypatch.setattr(dialogs, "run", pick_opinion)
    i18n.set_language("sv")
    try:
        assert window.edit_metadata(news)
    finally:
        i18n.set_language("en")
    assert shown == ["nyhet", "debatt", "intervju", "övrigt"]
    assert window.library.get(news).metadata.genre == "opinion"


def _add_quickly(window, count):
    """``count`` small documents, stored in one go, then shown in the table."""
    ids = []
    for i in range(count):
        text = f"Stor text {i} om skolan."
        ids.append(window.library.add(ImportedText(text, Metadata(title=f"Stor {i}"), "txt"),
                                      source_name=f"s{i}.txt", original=text.encode()).doc_id)
    window.library_pane.refresh()
    return ids


def test_removing_thousands_runs_as_a_job_and_undo_restores_them_all(window, qtbot, monkeypatch):
    from desktop_app.ui.library_jobs import BACKGROUND_ABOVE

    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    news, opinion = doc_id_by_title(window, SEED_NEWS), doc_id_by_title(window, SEED_OPINION)
    ids = _add_quickly(window, 3000)
    assert len(ids) > BACKGROUND_ABOVE
    pane, actions = window.library_pane, window.actions
    total = pane.model.rowCount()
    assert total == 3002
    pane.table.selectAll()
    resets = []
    pane.model.modelReset.connect(lambda: resets.append(pane.model.rowCount()))
    pane.model.rowsRemoved.connect(lambda *args: resets.append("row removal"))
    actions.remove.trigger()
    # the job runs: nothing is taken out of the table yet, and what must wait for it is disabled
    assert window.library_jobs.busy and window.library_jobs.progress.isVisibleTo(window)
    assert pane.model.rowCount() == total
    assert not actions.remove.isEnabled() and not actions.undo.isEnabled() and not actions.redo.isEnabled()
    # no pane shows a document the worker is removing (a finishing analysis would read it)
    assert window.compare_view.doc_ids() == {"left": None, "right": None}
    qtbot.waitUntil(lambda: not window.library_jobs.busy, timeout=60_000)
    assert pane.model.rowCount() == 0 and pane.proxy.rowCount() == 0
    assert resets == [0]  # one model operation
    assert len(window.library.removed_ids()) == total
    assert window.compare_view.doc_ids() == {"left": None, "right": None}
    assert actions.undo.isEnabled() and not window.library_jobs.progress.isVisibleTo(window)
    turns: list = []
    window.compare_view.comparison_changed.connect(lambda _c: turns.append(dict(window.compare_view.doc_ids())))
    beat = QTimer()  # fires on every turn of the event loop that reaches the timers
    beat.setInterval(0)
    beat.timeout.connect(lambda: turns and turns[-1] != "beat" and turns.append("beat"))
    beat.start()
    actions.undo.trigger()
    assert window.library_jobs.busy and not actions.redo.isEnabled()
    qtbot.waitUntil(lambda: not window.library_jobs.busy, timeout=60_000)
    assert pane.model.rowCount() == total and pane.proxy.rowCount() == total
    assert resets == [0, total]
    assert window.library.removed_ids() == []
    assert sorted(d.id for d in pane.model.documents()) == sorted(ids + [news, opinion])
    assert pane.count_label.text() == "3,002 documents"
    # the comparison that was open comes back, a pane per turn of the event loop: the window
    # paints between the table's reset and each pane's comparison
    qtbot.waitUntil(lambda: window.compare_view.doc_ids() == {"left": news, "right": opinion}, timeout=10_000)
    beat.stop()
    shown = [turn for turn in turns if turn != "beat"]
    assert shown == [{"left": news, "right": None}, {"left": news, "right": opinion}]
    assert turns.index(shown[1]) - turns.index(shown[0]) == 2  # a turn of the loop between them
    qtbot.waitUntil(lambda: window.compare_view.doc_ids() == {"left": news, "right": opinion}, timeout=10_000)
    assert actions.redo.isEnabled()


def test_an_undo_asked_while_the_removal_runs_waits_for_it(window, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    ids = _add_quickly(window, 600)
    pane = window.library_pane
    total = pane.model.rowCount()
    pane.select_ids(ids)
    seen = []
    pane.model.modelReset.connect(lambda: seen.append(pane.model.rowCount()))
    window.actions.remove.trigger()
    window.undo_stack.undo()  # (the action is disabled; the stack itself can still be asked)
    assert seen == [total - len(ids)]  # the removal was taken in first
    qtbot.waitUntil(lambda: not window.library_jobs.busy, timeout=60_000)
    assert seen == [total - len(ids), total]
    assert window.library.removed_ids() == [] and pane.model.rowCount() == total
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: not window.library_jobs.busy, timeout=60_000)
    assert sorted(window.library.removed_ids()) == sorted(ids) and pane.model.rowCount() == total - len(ids)


def test_a_metadata_edit_shows_in_the_pane_header_at_once(window, monkeypatch):
    news = doc_id_by_title(window, SEED_NEWS)
    pane = window.compare_view.pane("left")
    assert pane.doc_id == news and pane.title() == SEED_NEWS

    def fill(dialog):
        dialog.title.setText("En ny rubrik")
        dialog.outlet.setText("Sveriges Radio")
        return True

    monkeypatch.setattr(dialogs, "run", fill)
    assert window.edit_metadata(news)
    assert pane.title() == "En ny rubrik" and "Sveriges Radio" in pane.meta_label.text()
    assert window.windowTitle().startswith("En ny rubrik")
    window.actions.undo.trigger()
    assert pane.title() == SEED_NEWS and "Sveriges Radio" not in pane.meta_label.text()
    assert window.windowTitle().startswith(SEED_NEWS)


def test_the_trash_view_lists_and_restores_hundreds(window, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    ids = _add_quickly(window, 300)
    total = window.library_pane.model.rowCount()
    window.remove_documents(ids)
    qtbot.waitUntil(lambda: not window.library_jobs.busy, timeout=60_000)
    window.show_trash()
    dialog = window.trash_dialog
    # more than BACKGROUND_ABOVE: read, restored and emptied by the window's worker
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 300, timeout=60_000)
    assert "300" in dialog.info.text()
    dialog.table.selectAll()
    assert sorted(dialog.selected_ids()) == sorted(ids)
    for header in (dialog.table.horizontalHeader(), dialog.table.verticalHeader()):
        # their paint never asks the table's selection, row by row, whether a column is selected
        assert header.selectionModel() is not dialog.table.selectionModel()
        assert not header.selectionModel().hasSelection()
    changes = []
    dialog.trash_changed.connect(lambda changed, restored: changes.append((sorted(changed), restored)))
    assert dialog.restore_selected() == []  # not yet: a worker restores them
    assert not dialog.restore_button.isEnabled() and not dialog.empty_button.isEnabled()
    qtbot.waitUntil(lambda: bool(changes), timeout=60_000)
    assert changes == [(sorted(ids), True)]
    assert window.library_pane.model.rowCount() == total and dialog.table.rowCount() == 0
    assert window.library.trash_count() == 0


def test_emptying_a_big_trash_runs_in_the_worker(window, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    ids = _add_quickly(window, 250)
    window.remove_documents(ids)
    qtbot.waitUntil(lambda: not window.library_jobs.busy, timeout=60_000)
    window.show_trash()
    dialog = window.trash_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 250, timeout=60_000)
    changes = []
    dialog.trash_changed.connect(lambda changed, restored: changes.append((sorted(changed), restored)))
    assert dialog.empty() == 250
    assert window.library_jobs.busy or changes
    qtbot.waitUntil(lambda: bool(changes), timeout=60_000)
    assert changes == [(sorted(ids), False)]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=60_000)
    assert window.library.trash_count() == 0 and "empty" in dialog.info.text()


def test_the_trash_table_paints_what_its_model_answers(qapp):
    """The trash's cells are asked all roles at once (multiData): the same text as ``data``."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    from desktop_app.core.library import TrashEntry
    from desktop_app.ui.trash_dialog import TrashModel

    model = TrashModel()
    model.set_entries([TrashEntry(7, "Rubrik", "Tidning", "2024-05-01", 40, "2026-12-03T09:15:00+00:00",
                                  "2027-01-02T09:15:00+00:00")])
    delegate, plain = QStyledItemDelegate(), QStyleOptionViewItem()
    shown = []
    for column in range(model.columnCount()):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, model.index(0, column))
        shown.append(option.text)
        assert option.font == plain.font and option.icon.isNull()
    assert shown == [model.index(0, c).data() for c in range(4)] == [
        "Rubrik", "Tidning", "2026-12-03 09:15", "2027-01-02"]
    assert model.index(0, 2).data(Qt.ItemDataRole.UserRole) == 7
