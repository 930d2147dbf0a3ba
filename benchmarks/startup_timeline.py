"""Where the start-up's wall-clock time goes, per thread: a timeline of one start to a full window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup_timeline.py [--runs 3]

The same child as ``startup_time.py`` (a second start on the seed library: stored analyses, the
full comparison painted), with time stamps taken by wrapping a few of the app's own Python
functions: the window built, its first paint, the restored documents opened, the chart built, the
full paint. For each step: the wall-clock time from the spawn, and the UI thread's CPU time
(``time.thread_time``); the gap between the two is time the UI thread waited (for Python's lock,
held by the thread that imports pyqtgraph, or for a core on a loaded machine). The pyqtgraph
import's own thread is timed the same way. Asserts nothing; prints the run with the median full
paint.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from startup_time import FULL_COMPARISON  # the same "full window" as the ratio benchmark

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, threading, time
t_spawn = float(sys.argv[1]); sys.path.insert(0, sys.argv[2])
marks = []
def mark(name):
    marks.append((name, threading.current_thread().name, time.time() - t_spawn, time.thread_time()))
mark("interpreter up")
import gc
gc_time = {}
_gc_start = {}
def _gc_cb(phase, info):
    me = threading.current_thread().name
    if phase == "start":
        _gc_start[me] = time.thread_time()
    else:
        n, t = gc_time.get(me, (0, 0.0))
        gc_time[me] = (n + 1, t + time.thread_time() - _gc_start.pop(me, time.thread_time()))
gc.callbacks.append(_gc_cb)
from desktop_app.ui.app import make_application
from desktop_app.core.library import open_library
from desktop_app.core.settings import Settings
mark("app modules imported")
app = make_application()
library = open_library()
from desktop_app.ui.main_window import MainWindow
mark("window modules imported")
from PySide6.QtCore import QEvent, QObject, QTimer
from desktop_app.ui import chart_loader, compare_view, mentions_chart, viewpoints_service

def wrap(owner, name, before=None, after=None):
    original = getattr(owner, name)
    def wrapped(*args, **kwargs):
        if before: mark(before)
        try:
            return original(*args, **kwargs)
        finally:
            if after: mark(after)
    setattr(owner, name, wrapped)

wrap(MainWindow, "_after_first_paint", "after-first-paint start", "after-first-paint end")
wrap(compare_view.CompareView, "open_restored_documents", None, "restored documents opened")
wrap(chart_loader.PyqtgraphLoader, "_import", "pyqtgraph import start", "pyqtgraph import end")
wrap(chart_loader.PyqtgraphLoader, "_on_finished", "UI thread told pyqtgraph is in")
wrap(viewpoints_service, "_compare", "viewpoints job start", "viewpoints job end")
original_ensure = mentions_chart.MentionsChart._ensure_drawing
def ensure(self):
    had = self.drawing is not None
    result = original_ensure(self)
    if result is not None and not had:
        mark("chart plot built")
    return result
mentions_chart.MentionsChart._ensure_drawing = ensure

w = MainWindow(library, Settings(path=None))
mark("window built")
viewports = {p.text_edit.viewport(): p for p in w.compare_view.panes()}
class Painted(QObject):
    done = False
    docs = set()
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if obj is w and not self.done:
                self.done = True
                mark("first paint (window)")
            pane = viewports.get(obj)
            if pane is not None and pane.view is not None and pane not in self.docs:
                self.docs.add(pane)
                mark(f"{pane.side} document painted")
        return False
f = Painted(); app.installEventFilter(f)
""" + FULL_COMPARISON + r"""def poll():
    if full():
        probe.stop()
        mark("full comparison seen")
        w.repaint()
        mark("full paint done")
        for name, (n, t) in gc_time.items():
            marks.append((f"gc in {name}: {n} runs, {t:.3f} s cpu", name, time.time() - t_spawn, 0.0))
        QTimer.singleShot(0, app.quit)
probe = QTimer(); probe.setInterval(2); probe.timeout.connect(poll); probe.start()
QTimer.singleShot(60000, app.quit)
w.resize(1600, 1000); w.show(); app.exec()
w.close(); library.close()
print(json.dumps(marks), flush=True)
"""


def run_child(env: dict[str, str]) -> list[list]:
    done = subprocess.run([sys.executable, "-c", CHILD, repr(time.time()), str(ROOT)], env=env,
                          capture_output=True, text=True, timeout=120)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise SystemExit(f"child failed: {done.stderr.strip().splitlines()[-3:]}")
    return json.loads(lines[-1])


def show(marks: list[list]) -> None:
    print(f"{'step':34} {'thread':22} {'wall s':>7} {'cpu s':>7} {'Δwall':>7} {'Δcpu':>7}")
    last: dict[str, tuple[float, float]] = {}
    for name, thread, wall, cpu in sorted(marks, key=lambda m: m[2]):
        w0, c0 = last.get(thread, (0.0, 0.0))
        print(f"{name:34} {thread[:22]:22} {wall:7.3f} {cpu:7.3f} {wall - w0:7.3f} {cpu - c0:7.3f}")
        last[thread] = (wall, cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for folder in ("desktop_app", "resources", "seeds"):
        compileall.compile_dir(ROOT / folder, quiet=1)
    with tempfile.TemporaryDirectory(prefix="viewpoints-timeline-") as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   VIEWPOINTS_DATA_DIR=str(Path(tmp) / "data"), VIEWPOINTS_CONFIG_DIR=str(Path(tmp) / "config"))
        run_child(env)  # the first start: seeds the library, analyses and stores
        runs = [run_child(env) for _ in range(args.runs)]
    ends = [next(m[2] for m in r if m[0] == "full paint done") for r in runs]
    print("full paint per run:", ", ".join(f"{e:.3f}" for e in ends), "s")
    show(runs[ends.index(statistics.median_low(ends))])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
