"""The main window on a temporary library with the seeds: what a user sees on the first start, colours
per speaker, filters, removal with undo, corrections, and state that survives a restart."""

from __future__ import annotations

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
    window.chart_dock.close()
    sizes = window.compare_view.splitter.sizes()
    window_factory.close(window)
    settings = Settings.load()
    assert settings.open_documents == {"left": opinion, "right": news}
    window = window_factory(settings)
    assert window.compare_view.doc_ids() == {"left": opinion, "right": news}
    assert not window.actions.sync_scroll.isChecked()
    assert window.compare_view.pane("left").zoom == 2
    assert window.compare_view.splitter.sizes() == sizes
    assert not window.chart_dock.isVisible()
    assert window.sidebar_dock.isVisible()


def test_import_from_the_window_adds_to_the_table(window_factory, qtbot, tmp_path):
    window = window_factory(wait=False)
    path = tmp_path / "ny.txt"
    path.write_text("Ny artikel om skolan\n\nRektorn Anna Berg säger att skolan behöver mer pengar.",
                    encoding="utf-8")
    window.import_paths([path])
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
    if window.chart.plotted()["left"]:
        app.quit()
probe = QTimer(); probe.timeout.connect(look); probe.start(5)
QTimer.singleShot(60000, app.quit)
watcher = FirstPaint(); window.installEventFilter(watcher); window.show(); app.exec()
print(json.dumps({"imported_on_ui_thread": seen, "pyqtgraph_at_first_paint": painted[0],
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
    assert result["imported_on_ui_thread"] == {"pyqtgraph": False, "numpy": False}
    assert result["bars"] and "Loading chart\u2026" in result["texts"]
