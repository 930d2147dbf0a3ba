"""Start-up imports only what the first paint needs: with the stored analyses current, a window that
shows the full comparison (both texts marked, the chart drawn) has not loaded the analysis engine, the
importers or the exporters (issue 10: faster to a full window)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QTimer
from desktop_app.ui.app import make_application
from desktop_app.core.library import open_library
from desktop_app.core.settings import Settings
app = make_application()
library = open_library()
from desktop_app.ui.main_window import MainWindow
w = MainWindow(library, Settings.load())
def full():
    panes = w.compare_view.panes()
    return (all(p.view is not None for p in panes) and not w.runner.pending()
            and w.chart.plot_widget is not None and bool(w.chart.plotted()["left"]))
def poll():
    if full():
        probe.stop()
        w.repaint()
        print(json.dumps(sorted(sys.modules)), flush=True)
        w.close()
        app.quit()
probe = QTimer(); probe.setInterval(20); probe.timeout.connect(poll); probe.start()
QTimer.singleShot(90000, app.quit)
w.show(); app.exec()
library.close()
"""

# What a start on current stored analyses must not load (each costs launch time and is needed later
# only: analysing a new text, importing, exporting).
NOT_AT_START = (
    "desktop_app.core.analysis.pipeline",
    "desktop_app.core.analysis.speech",
    "desktop_app.core.importers",
    "desktop_app.core.importing",
    "desktop_app.core.seeds",
    "desktop_app.core.export.html",
    "desktop_app.core.export.csv_export",
    "desktop_app.core.export.json_export",
    "desktop_app.core.export.registry",
    "desktop_app.ui.printing",
    "trafilatura",
    "pypdf",
    "lxml",
    "markdown_it",
    "secrets",  # only to create a library file (core.library.connection)
    "desktop_app.core.import_reasons",  # the importers' reasons in Swedish: when a summary is shown
    "_strptime",  # the backups' time stamps are read without datetime.strptime (core.library.backup)
)


def _start(tmp_path: Path) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIEWPOINTS_DATA_DIR=str(tmp_path / "data"),
               VIEWPOINTS_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", CHILD, str(ROOT)], env=env, capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _loaded(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_a_start_on_current_stored_analyses_loads_no_engine_importer_or_exporter(tmp_path):
    first = _start(tmp_path)  # the first start: seeds the library, analyses the two texts, stores them
    assert _loaded(first, "desktop_app.core.analysis.pipeline") and _loaded(first, "desktop_app.core.importers")
    again = _start(tmp_path)
    assert _loaded(again, "pyqtgraph") and _loaded(again, "desktop_app.core.marks")  # the full window is there
    assert [name for name in NOT_AT_START if _loaded(again, name)] == []


def test_the_window_s_qt_free_modules_are_loaded_before_pyside6():
    """PySide6's import hook reads the source of each module imported after it (looking for
    ``from __feature__``); ui.app loads the core the window needs first, so they skip that read."""
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); import desktop_app.ui.app, desktop_app.ui.main_window; "
            "print(json.dumps(list(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr[-2000:]
    names = json.loads(done.stdout.strip().splitlines()[-1])  # in the order they were imported
    after_qt = names[names.index("PySide6"):]
    assert [name for name in after_qt if name.startswith("desktop_app.core")] == []
    assert "desktop_app.core.marks" in names and "desktop_app.core.library.store" in names
