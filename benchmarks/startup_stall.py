"""The longest freeze of the UI thread in the first seconds after start: prints figures, asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup_stall.py [--runs R] [--seconds S]

Each run is a fresh process on a fresh library holding the seed texts (as on a first start: the
window opens the two seeds side by side, analyses them and draws the chart). A 10 ms QTimer on the
UI thread records the gaps between its ticks from the first paint on; the longest gap is how long
the window could not react. Also printed: launch to first paint, and when the chart was drawn.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, time
t_spawn = float(sys.argv[1]); seconds = float(sys.argv[3])
sys.path.insert(0, sys.argv[2])
from desktop_app.core.library import open_library
from desktop_app.ui.app import make_application
from PySide6.QtCore import QEvent, QObject, QTimer
app = make_application()
library = open_library()
from desktop_app.core.settings import Settings
from desktop_app.ui.main_window import MainWindow
w = MainWindow(library, Settings(path=None))
state = {"painted": None, "last": None, "gaps": [], "chart": None}
def tick():
    now = time.perf_counter()
    if state["last"] is not None:
        state["gaps"].append((now - state["last"], now - state["painted"]))
    state["last"] = now
    if state["chart"] is None and w.chart.plot_widget is not None and w.chart.plotted()["left"]:
        state["chart"] = now - state["painted"]
    if now - state["painted"] > seconds:
        app.quit()
probe = QTimer(); probe.setInterval(10); probe.timeout.connect(tick)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and state["painted"] is None:
            state["painted"] = time.perf_counter(); state["launch"] = time.time() - t_spawn
            probe.start()
        return False
f = Painted(); w.installEventFilter(f); w.resize(1600, 1000); w.show(); app.exec()
worst = max(state["gaps"])
print(json.dumps({"launch_s": state["launch"], "worst_gap_s": worst[0], "worst_at_s": worst[1] - worst[0],
                  "chart_s": state["chart"]}))
w.close(); library.close()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    results = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="viewpoints-stall-") as tmp:
            env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                       VIEWPOINTS_DATA_DIR=str(Path(tmp) / "data"), VIEWPOINTS_CONFIG_DIR=str(Path(tmp) / "config"))
            done = subprocess.run([sys.executable, "-c", CHILD, repr(time.time()), str(ROOT), str(args.seconds)],
                                  env=env, capture_output=True, text=True, timeout=120)
            if done.returncode != 0:
                raise SystemExit(f"child failed: {done.stderr.strip().splitlines()[-1:]}")
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    gaps = [r["worst_gap_s"] * 1000 for r in results]
    print(f"{args.runs} starts, first {args.seconds:.0f} s after the first paint:")
    print(f"  launch to first paint     : median {statistics.median(r['launch_s'] for r in results):.3f} s")
    print(f"  longest UI-thread stall   : median {statistics.median(gaps):.0f} ms (min {min(gaps):.0f}, "
          f"max {max(gaps):.0f}); at " + ", ".join(f"{r['worst_at_s']:.2f}" for r in results) + " s")
    charts = [r["chart_s"] for r in results if r["chart_s"] is not None]
    if charts:
        print(f"  chart drawn after         : median {statistics.median(charts):.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
