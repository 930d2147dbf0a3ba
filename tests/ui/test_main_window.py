"""The main window on a temporary library with the seeds: what a user sees on the first start, colours
per speaker, filters, removal with undo, corrections, and state that survives a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.core.palette import tint
from desktop_app.core.settings import Settings
from desktop_app.ui.highlighter import DIRECT_TINT, colour_at
from tests.ui.window_fixtures import SEED_NEWS, SEED_OPINION, doc_id_by_title, paragraph_middle

RANSTORP, LOFVEN = "magnus ranstorp", "stefan löfven"


def _background(pane, paragraph: int) -> str | None:
    offset = paragraph_middle(pane.document, paragraph)
    return colour_at(pane.text_edit.document(), pane.highlighter.to_position(offset))


def _quote_in(pane, paragraph: int):
    """The quote the analysis found in the middle of ``paragraph``."""
    offset = paragraph_middle(pane.document, paragraph)
    return next(q for q in pane.view.analysis.quotes if q.start <= offset < q.end)


def test_first_start_shows_the_seeds_side_by_side(window):
    left, right = window.compare_view.pane("left"), window.compare_view.pane("right")
    assert left.title_label.text() == SEED_NEWS
    assert right.title_label.text() == SEED_OPINION
    for pane in (left, right):
        assert pane.text_edit.document().toPlainText() == pane.document.text
        assert pane.document.text == window.library.get(pane.doc_id).text
    assert "Ranstorp" in left.text_edit.document().toPlainText()
    assert window.library_pane.proxy.rowCount() == 2
    assert window.current_comparison() is not None
    assert SEED_NEWS in window.windowTitle()
    assert window.sidebar_dock.toggleViewAction().isChecked()


def test_quote_paragraphs_carry_their_speakers_colours(window):
    comparison = window.current_comparison()
    left = window.compare_view.pane("left")
    ranstorp, lofven = comparison.colour_of(RANSTORP), comparison.colour_of(LOFVEN)
    assert ranstorp != lofven
    assert _background(left, 2) == tint(ranstorp, DIRECT_TINT).upper()
    assert _background(left, 13) == tint(lofven, DIRECT_TINT).upper()
    # Ranstorp's name is written in his colour wherever it is mentioned.
    offset = left.document.text.index("Magnus Ranstorp") + 2
    position = left.highlighter.to_position(offset)
    assert colour_at(left.text_edit.document(), position, "foreground") == ranstorp.upper()


def test_unticking_an_actor_removes_its_marks_in_the_pane(window):
    left = window.compare_view.pane("left")
    window.filter_state.set_actor_visible(RANSTORP, False)
    assert _background(left, 2) is None
    assert _background(left, 13) is not None
    window.filter_state.set_actor_visible(RANSTORP, True)
    assert _background(left, 2) is not None


def test_a_correction_changes_the_speaker_and_survives_a_restart(window_factory):
    window = window_factory()
    left = window.compare_view.pane("left")
    window.corrections.change_speaker(left.doc_id, _quote_in(left, 2), "Stefan Löfven")
    lofven = window.current_comparison().colour_of(LOFVEN)
    assert _background(left, 2) == tint(lofven, DIRECT_TINT).upper()
    window_factory.close(window)
    window = window_factory()
    left = window.compare_view.pane("left")
    lofven = window.current_comparison().colour_of(LOFVEN)
    assert _background(left, 2) == tint(lofven, DIRECT_TINT).upper()
    assert len(window.library.list_corrections(left.doc_id)) == 1


def test_correction_undo_and_redo_from_the_edit_menu(window):
    left = window.compare_view.pane("left")
    before = _background(left, 2)
    window.corrections.not_quote(left.doc_id, _quote_in(left, 2))
    assert _background(left, 2) is None
    window.actions.undo.trigger()
    assert _background(left, 2) == before
    window.actions.redo.trigger()
    assert _background(left, 2) is None


def test_undo_and_redo_keys_work_as_typed(window, qtbot):
    """Ctrl+Z and Ctrl+Shift+Z pressed on the keyboard (a key bound twice would do nothing)."""
    from PySide6.QtCore import Qt

    window.activateWindow()
    left = window.compare_view.pane("left")
    window.corrections.not_quote(left.doc_id, _quote_in(left, 2))
    stack = window.undo_stack
    done = stack.index()
    target = left.text_edit
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stack.index() == done - 1
    qtbot.keyClick(
        target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert stack.index() == done


def test_remove_with_undo_from_the_window(window):
    news = doc_id_by_title(window, SEED_NEWS)
    window.library_pane.select_ids([news])
    window.actions.remove.trigger()
    assert window.library_pane.proxy.rowCount() == 1
    assert window.compare_view.pane("left").doc_id is None
    assert window.library.removed_ids() == [news]
    window.actions.undo.trigger()
    assert window.library_pane.proxy.rowCount() == 2
    assert window.library.removed_ids() == []


def test_the_trash_survives_closing_and_keeps_thirty_days(window_factory):
    import sqlite3

    window = window_factory(wait=False)
    news = doc_id_by_title(window, SEED_NEWS)
    opinion = doc_id_by_title(window, SEED_OPINION)
    window.remove_documents([news, opinion])
    library = window.library
    with sqlite3.connect(library.path) as conn:  # the opinion piece was removed 31 days ago
        conn.execute("UPDATE documents SET removed_at = '2000-01-01T00:00:00+00:00' WHERE id = ?", (opinion,))
    window.close()
    assert library.removed_ids() == [news]  # still in the trash, restorable after a restart
    assert library.restore([news]) == [news]
    assert [d.title for d in library.list_documents()] == [SEED_NEWS]


def test_layout_and_open_documents_survive_a_restart(window_factory):
    window = window_factory()
    news = doc_id_by_title(window, SEED_NEWS)
    opinion = doc_id_by_title(window, SEED_OPINION)
    window.compare_view.swap()
    window.actions.sync_scroll.setChecked(False)
    window.actions.zoom_in.trigger()
    window.actions.zoom_in.trigger()
    window.compare_view.splitter.setSizes([300, 600])
    window.splitter.setSizes([280, 1000])
    window.library_pane.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    window.chart_dock.close()
    sizes = window.compare_view.splitter.sizes()
    main_sizes = window.splitter.sizes()
    window_factory.close(window)
    settings = Settings.load()
    assert settings.open_documents == {"left": opinion, "right": news}
    assert settings.library_sort == [2, Qt.SortOrder.DescendingOrder.value]
    window = window_factory(settings)
    assert window.compare_view.doc_ids() == {"left": opinion, "right": news}
    assert not window.actions.sync_scroll.isChecked()
    assert not window.compare_view.sync_scroll
    assert [p.zoom for p in window.compare_view.panes()] == [2, 2]
    assert window.compare_view.splitter.sizes() == sizes
    assert window.splitter.sizes() == main_sizes
    header = window.library_pane.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (2, Qt.SortOrder.DescendingOrder)
    assert not window.chart_dock.isVisible()
    assert window.sidebar_dock.isVisible()


def test_settings_written_before_the_panes_kept_their_own_state_still_load(window_factory):
    """A settings file as version 0.1 wrote it (tests/ui/data): every choice in it comes back, and the
    file the window writes on closing keeps all its fields."""
    import json
    import shutil

    old = Path(__file__).parent / "data" / "settings_from_0.1.json"
    written = json.loads(old.read_text(encoding="utf-8"))
    shutil.copy(old, Settings.default_path())
    window = window_factory()
    news = doc_id_by_title(window, SEED_NEWS)
    opinion = doc_id_by_title(window, SEED_OPINION)
    assert written["open_documents"] == {"left": opinion, "right": news}
    assert window.compare_view.doc_ids() == {"left": opinion, "right": news}
    assert not window.actions.sync_scroll.isChecked()
    assert [p.zoom for p in window.compare_view.panes()] == [written["zoom"]] * 2
    left, right = window.compare_view.splitter.sizes()
    old_left, old_right = written["compare_splitter"]
    assert abs(left / (left + right) - old_left / (old_left + old_right)) < 0.02
    header = window.library_pane.table.horizontalHeader()
    assert [header.sortIndicatorSection(), header.sortIndicatorOrder().value] == written["library_sort"]
    assert not window.chart_dock.isVisible() and window.sidebar_dock.isVisible()
    window_factory.close(window)
    again = json.loads(Settings.default_path().read_text(encoding="utf-8"))
    assert set(written) <= set(again)  # every old field is written again (newer ones may join)
    assert again["language"] == "system"  # View > Language, never chosen here
    for key in ("open_documents", "sync_scroll", "zoom", "library_sort"):
        assert again[key] == written[key]


def test_a_damaged_layout_falls_back_to_the_default_one(window_factory):
    settings = Settings.load()
    settings.window_state = "not a Qt state!"
    settings.library_sort = [99, 7]
    settings.compare_splitter = [-5, 10]
    window = window_factory(settings)
    assert window.sidebar_dock.isVisible() and window.chart_dock.isVisible()
    assert window.library_pane.table.horizontalHeader().sortIndicatorSection() == -1
    left, right = window.compare_view.splitter.sizes()
    assert left > 0 and right > 0


def test_import_from_the_window_adds_to_the_table(window_factory, qtbot, tmp_path):
    window = window_factory(wait=False)
    path = tmp_path / "ny.txt"
    path.write_text("Ny artikel om skolan\n\nRektorn Anna Berg säger att skolan behöver mer pengar.",
                    encoding="utf-8")
    window.imports.import_paths([path])
    qtbot.waitUntil(lambda: window.library_pane.proxy.rowCount() == 3, timeout=10_000)
    assert "Ny artikel om skolan" in [d.title for d in window.library.list_documents()]


def test_screenshot_renders_the_window_with_both_seeds(data_dir, qtbot, tmp_path):
    from PySide6.QtGui import QImage

    from desktop_app.ui.screenshot import ScreenshotError, save_screenshot

    out = tmp_path / "shot.png"
    save_screenshot(out, size=(1200, 800))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    colours = {image.pixelColor(x, y).name() for x in range(0, 1200, 7) for y in range(0, 800, 7)}
    assert len(colours) > 30  # text, marks and chart, not a blank window
    try:
        save_screenshot(tmp_path / "bad.png", left_id=999)
    except ScreenshotError as exc:
        assert "999" in str(exc)
    else:
        raise AssertionError("an unknown document must be refused")


def test_pane_context_menu_offers_corrections_of_the_quote_under_the_mouse(window):
    from desktop_app.ui.pane_menu import build_pane_menu

    left = window.compare_view.pane("left")
    offset = paragraph_middle(left.document, 2)
    cursor = left.text_edit.textCursor()
    cursor.setPosition(left.highlighter.to_position(offset))
    left.text_edit.setTextCursor(cursor)
    left.text_edit.centerCursor()
    rect = left.text_edit.cursorRect(cursor)
    menu = build_pane_menu(left, rect.center(), window.corrections)
    actions = {a.text(): a for a in menu.actions()}
    assert "Change Speaker…" in actions and "Not a Quote" in actions
    assert any(text.startswith("Direct quote — Magnus Ranstorp") for text in actions)
    actions["Not a Quote"].trigger()
    assert _background(left, 2) is None
    assert window.actions.undo.isEnabled()


_START_UP = r"""
import importlib.abc, json, sys, threading
seen = {}
class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in ("pyqtgraph", "numpy") and name not in seen:
            seen[name] = threading.current_thread() is threading.main_thread()
        return None
sys.meta_path.insert(0, Watch())
# The background import of pyqtgraph waits until the chart has said it is loading: otherwise it
# could end before the analyses do, and the chart would never need to say so (a race, not a bug).
from desktop_app.ui import chart_loader
said_loading = threading.Event()
_real_import = chart_loader.PyqtgraphLoader._import
def _gated_import(self):
    said_loading.wait(60)
    _real_import(self)
chart_loader.PyqtgraphLoader._import = _gated_import
from PySide6.QtCore import QEvent, QObject, QTimer
from desktop_app.ui.app import make_application
from desktop_app.core.library import open_library
from desktop_app.core.settings import Settings
from desktop_app.ui.main_window import MainWindow
app = make_application()
library = open_library()
window = MainWindow(library, Settings(path=None))
texts, painted = set(), []
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append("pyqtgraph" in sys.modules)
        return False
def look():
    texts.add(window.chart.placeholder.text())
    if window.chart.placeholder.text() == "Loading chart\u2026":
        said_loading.set()
    if window.chart.plotted()["left"]:
        app.quit()
probe = QTimer(); probe.timeout.connect(look); probe.start(5)
QTimer.singleShot(60000, app.quit)
watcher = FirstPaint(); window.installEventFilter(watcher); window.show(); app.exec()
import gc
print(json.dumps({"imported_on_ui_thread": seen, "pyqtgraph_at_first_paint": painted[0],
                  "frozen": gc.get_freeze_count(),
                  "bars": bool(window.chart.plotted()["left"]), "texts": sorted(texts)}))
window.close(); library.close()
"""


def test_chart_library_is_imported_off_the_ui_thread_after_the_first_paint(data_dir):
    """pyqtgraph takes most of a second to import: the window neither starts slower nor freezes for it."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=root)
    out = subprocess.run([sys.executable, "-c", _START_UP], env=env, capture_output=True, text=True,
                         timeout=120, check=True, cwd=root)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["pyqtgraph_at_first_paint"] is False
    assert result["frozen"] > 0  # the start-up heap is out of the collector's scans
    assert result["imported_on_ui_thread"] == {"pyqtgraph": False, "numpy": False}
    assert result["bars"] and "Loading chart\u2026" in result["texts"]


def test_status_bar_names_the_document_being_analysed(window, qtbot):
    from desktop_app.core.document import ImportedText, Metadata

    text = "Ny text om Umeå\n\nKommunen bygger nytt, säger Åsa Öst."
    added = window.library.add(ImportedText(text, Metadata(title="Ny text om Umeå"), "txt"),
                               source_name="umea.txt", original=text.encode())
    window.library_pane.refresh()
    status = window.analysis_status
    window.open_document(added.doc_id, "left")  # not analysed yet: the runner starts on it now
    assert status.label.text() == "Analysing “Ny text om Umeå”…"
    assert not status.progress.isHidden()
    qtbot.waitUntil(lambda: not window.runner.pending(), timeout=60_000)
    assert status.label.text() == "" and status.progress.isHidden()


def test_menus_and_tool_bar_show_the_same_actions(window):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QToolBar

    a = window.actions
    menus = {m.title(): [x for x in m.actions() if not x.isSeparator()]
             for m in (action.menu() for action in window.menuBar().actions())}
    assert list(menus) == ["&File", "&Edit", "&View", "V&iewpoints", "&Help"]
    assert menus["V&iewpoints"] == [a.link_passages, a.mark_agree, a.mark_disagree, a.mark_related, a.remove_link]
    assert menus["&File"] == [a.import_files, a.import_folder, a.paste, a.remove, a.show_trash,
                              a.show_corrections, a.print_, a.print_preview, a.export, a.quit]
    assert a.edit_metadata in menus["&Edit"]
    assert menus["&Edit"][:2] == [a.undo, a.redo] and a.find in menus["&Edit"]
    assert menus["&View"][-4:-1] == [window.sidebar_dock.toggleViewAction(), window.chart_dock.toggleViewAction(),
                                     window.viewpoints_dock.toggleViewAction()]
    language = menus["&View"][-1].menu()  # View > Language ends the menu
    assert language.title() == "&Language" and language.actions() == list(a.languages.values())
    (tool_bar,) = window.findChildren(QToolBar)
    shown = [x for x in tool_bar.actions() if not x.isSeparator()]
    assert shown[:2] == [a.import_files, a.remove] and a.find in shown and a.export in shown
    assert set(shown) <= {x for actions in menus.values() for x in actions}  # one action, two places
    assert a.import_files.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert a.find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert QKeySequence("Ctrl+Shift+Z") in a.redo.shortcuts()
