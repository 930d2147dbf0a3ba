"""Launch to a full window, against a bare PySide6 window holding one pyqtgraph plot; asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup_time.py [--runs 3]

Both are fresh processes started the same way, alternated in one run, timed from the spawn (so the
interpreter's start and every import count). The app: a library holding the seed texts whose
analyses are stored and current (a second start), timed until the comparison is painted in full —
both seeds shown with their highlights and the mentions chart drawn. The bare window: a
QMainWindow whose central widget is one pyqtgraph PlotWidget with a bar graph, timed to its first
paint. Printed: best of ``--runs`` for each and their ratio (issue 10's target: ≤ 1.3×).

Both sides run from bytecode: the app's modules are compiled first (``compileall``), as ``pip``
compiles a wheel's modules when it installs them. pyqtgraph and numpy, which the bare window
imports, were compiled when they were installed; without this step an editable checkout under
``PYTHONDONTWRITEBYTECODE`` (set on the development machines) would compile every one of the
app's modules from source at each start, a cost no installed copy pays. ``--from-source`` times
that case too (the figures before this step was added).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What "the full comparison" is, in the child's code (``w`` is its main window): both panes hold a
# highlighted document and the chart has drawn the left one. startup_timeline.py uses the same test.
FULL_COMPARISON = r'''
def full():
    panes = w.compare_view.panes()
    return (all(p.view is not None and p.highlighter is not None and getattr(p.highlighter, "marks", None) for p in panes)
            and w.chart.plot_widget is not None and bool(w.chart.plotted()["left"]))
'''

CHILD_APP = r"""
import sys, time
t_spawn = float(sys.argv[1]); sys.path.insert(0, sys.argv[2])
from desktop_app.ui.app import make_application
from desktop_app.core.library import open_library
from desktop_app.core.settings import Settings
app = make_application()
library = open_library()
from desktop_app.ui.main_window import MainWindow
from PySide6.QtCore import QTimer
w = MainWindow(library, Settings(path=None))
""" + FULL_COMPARISON + r"""def poll():
    if full():
        probe.stop()
        w.repaint()  # the full comparison painted (synchronously)
        print(time.time() - t_spawn, flush=True)
        QTimer.singleShot(0, app.quit)
probe = QTimer(); probe.setInterval(2); probe.timeout.connect(poll); probe.start()
QTimer.singleShot(60000, app.quit)
w.resize(1600, 1000); w.show(); app.exec()
w.close(); library.close()
"""

CHILD_BARE = r"""
import sys, time
t_spawn = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
w = QMainWindow()
plot = pg.PlotWidget()
plot.addItem(pg.BarGraphItem(x0=[0] * 5, y=list(range(5)), height=0.4, width=[3, 5, 2, 7, 4]))
w.setCentralWidget(plot)
class Painted(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: (print(time.time() - t_spawn, flush=True), app.quit()))
        return False
f = Painted(); app.installEventFilter(f); w.resize(1600, 1000); w.show(); app.exec()
"""


def run_child(code: str, env: dict[str, str]) -> float:
    done = subprocess.run([sys.executable, "-c", code, repr(time.time()), str(ROOT)], env=env,
                          capture_output=True, text=True, timeout=90)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        said = [line for line in done.stderr.strip().splitlines() if "propagateSizeHints" not in line]
        raise SystemExit(f"child failed: exit status {done.returncode}, "
                         f"{'its time printed' if lines else 'no time printed'}; stderr: {said[-30:]}")
    return float(lines[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--from-source", action="store_true",
                        help="remove the app's compiled modules instead (under PYTHONDONTWRITEBYTECODE "
                             "each start then compiles them)")
    args = parser.parse_args()
    for folder in ("desktop_app", "resources", "seeds"):
        if args.from_source:
            for cache in (ROOT / folder).rglob("__pycache__"):
                shutil.rmtree(cache)
        else:
            compileall.compile_dir(ROOT / folder, quiet=1)
    with tempfile.TemporaryDirectory(prefix="viewpoints-startup-") as tmp:
        # PYTHONFAULTHANDLER (both children): a crash prints where each thread was, for the failure line
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), PYTHONFAULTHANDLER="1",
                   VIEWPOINTS_DATA_DIR=str(Path(tmp) / "data"), VIEWPOINTS_CONFIG_DIR=str(Path(tmp) / "config"))
        first = run_child(CHILD_APP, env)  # the first start: seeds the library, analyses and stores
        app_times: list[float] = []
        bare_times: list[float] = []
        for _ in range(args.runs):
            bare_times.append(run_child(CHILD_BARE, env))
            app_times.append(run_child(CHILD_APP, env))
    best_app, best_bare = min(app_times), min(bare_times)
    print(f"first start (seeding, analysing) : {first:.3f} s")
    print(f"bare window + one pyqtgraph plot  : best {best_bare:.3f} s  ({', '.join(f'{t:.3f}' for t in bare_times)})")
    print(f"full comparison (stored analyses) : best {best_app:.3f} s  ({', '.join(f'{t:.3f}' for t in app_times)})")
    print(f"ratio                             : {best_app / best_bare:.2f}x  (target <= 1.3x)")
    print(json.dumps({"bare_s": best_bare, "app_s": best_app, "ratio": best_app / best_bare}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
