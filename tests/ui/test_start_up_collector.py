"""The cyclic collector rests while the window starts (ui.app.make_application, core.gc_pause) and
runs again once the chart loader is done, with what start-up built frozen; each case in a fresh
process, since the pause happens once per process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1])\n" + code, str(ROOT)],
                          capture_output=True, text=True, timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.split()


def test_a_window_start_pauses_the_collector_until_the_chart_loader_is_done():
    out = _run("""
import gc
from PySide6.QtCore import QCoreApplication, QTimer
from desktop_app.ui.app import make_application
from desktop_app.ui import chart_loader
app = make_application()
print("during", gc.isenabled(), gc.get_freeze_count() > 0)
loader = chart_loader.loader()
loader.loaded.connect(lambda: print("loaded", gc.isenabled()))
loader.start()
def done():
    if not loader.loading:
        print("after", gc.isenabled(), gc.get_freeze_count() > 0); app.quit()
probe = QTimer(); probe.timeout.connect(done); probe.start(10)
QTimer.singleShot(60000, app.quit)
app.exec()
from desktop_app.core import gc_pause
print("again", gc_pause.pause_for_start_up(), gc.isenabled())
""")
    assert out == ["during", "False", "False", "loaded", "False", "after", "True", "True", "again", "False", "True"]


def test_work_without_a_window_keeps_the_collector():
    out = _run("""
import gc
from desktop_app.ui.app import headless_application
headless_application()
print(gc.isenabled())
""")
    assert out == ["True"]


def test_a_window_that_never_gets_up_has_the_collector_back_after_the_limit():
    out = _run("""
import gc
from PySide6.QtCore import QTimer
from desktop_app.ui import app as app_module
app_module.START_UP_PAUSE_LIMIT_MS = 50
app = app_module.make_application()
print(gc.isenabled())
QTimer.singleShot(500, app.quit)
app.exec()
print(gc.isenabled())
""")
    assert out == ["False", "True"]
