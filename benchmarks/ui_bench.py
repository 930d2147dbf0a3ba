"""How fast the window starts, opens a big document and follows a filter: prints figures, asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_bench.py [--docs N] [--runs R] [--work DIR]

1. Launch: a fresh process per run (R runs) opens a library of N documents (default 10,000) and
   shows the main window; the time from process start to the window's first paint is reported
   next to a bare QMainWindow started the same way in the same run. Target: <= 1.0 s median.
2. Open: a ~1 MB (~150,000-word) document made of the seed texts, with its analysis already cached
   (computed once, not timed), opened in the left pane with all its marks, painted. Target: <= 1.5 s.
3. Toggle: hiding / showing one actor in the filter, formats re-applied and painted. Target: <= 100 ms.
4. Memory: RSS of that process with the 1 MB document open and N library rows. Target: <= 400 MB.
5. Big selections (``--stalls``, or ``--only-stalls``): a fresh library imports F small files
   (default 10,000, generated in the temp dir), then a search while they are selected, clearing it,
   Select All, Delete (the confirmation answered yes) and Undo; then sorting by two header clicks,
   a language filter set and cleared, and the trash: all removed again, File > Trash opened, all
   restored from it, all removed once more and the trash emptied. A 10 ms heartbeat on the UI thread
   records its gaps; the longest gap of each step is the longest stall, printed with the UI
   thread's own CPU time inside it (``time.thread_time``) and the rest split in two (Linux's
   schedstat of the thread): waiting for a CPU (runnable, the machine busy) and asleep (waiting
   for Python's lock held by another thread, or for a lock, plus the at most ~10 ms the loop idles
   before the heartbeat is due). Target: never over 100 ms. Each step also prints the UI thread's CPU in
   all and the most of it in one gap, and the longest time asleep in one gap: on a loaded machine
   the CPU and sleep figures tell runs apart where the wall-clock gaps are mostly waiting for a CPU.
   ``--explain-stalls`` adds a watcher thread that samples the UI thread's Python stack every 4 ms
   while a heartbeat is late, with its state in /proc (R: running or runnable, S: waiting, e.g. for
   Python's lock) and the last event Qt delivered; the longest gap of each step is printed with
   its samples, and with every thread's CPU and wait for a CPU inside it (job threads named by
   their job). The watcher needs Python's lock too, so a thread holding it starves the samples:
   the per-thread CPU shows who held it. The watcher costs time of its own: its figures are for reading, not comparing.

The generated library is kept in --work (default: a folder in the temp dir) and reused by later runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BIG_TITLE = "Benchmark: one megabyte of seed texts"
WORDS = (
    "regeringen kommunen polisen sverige örebro stockholm riksdagen forskare säkerhet skolan elever "
    "budget kronor procent rapport utredning åtgärder brott trygghet vården ekonomi klimat energi "
    "migration integration demokrati val partiet debatt ledare framtiden frågan ansvaret resurser "
    "och i att det som en på är av för med till den har de inte om ett men var så kan man när år"
).split()


# -- preparing the library (once) -------------------------------------------------------------


def prepare(work: Path, docs: int) -> tuple[Path, int]:
    """A library with ``docs`` documents plus the big one, its analysis cached; (data dir, big id)."""
    data = work / f"data-{docs}"
    marker = data / "ready.json"
    if marker.exists():
        return data, json.loads(marker.read_text())["big_id"]
    os.environ["VIEWPOINTS_DATA_DIR"] = str(data)
    from desktop_app.core import analysis_store
    from desktop_app.core.document import ImportedText, Metadata
    from desktop_app.core.library import Library
    from desktop_app.core.seeds import import_seeds_if_empty

    data.mkdir(parents=True, exist_ok=True)
    library = Library(data / "library.sqlite3")
    import_seeds_if_empty(library)
    rng = random.Random(7)
    started = time.perf_counter()
    for i in range(library.count(), docs - 1):
        text = "\n\n".join(" ".join(rng.choices(WORDS, k=rng.randint(20, 60))) + "." for _ in range(5))
        meta = Metadata(title=f"Artikel {i}: {rng.choice(WORDS)} och {rng.choice(WORDS)}", outlet="Bench",
                        date=f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                        genre="news", language="sv")
        library.add(ImportedText(text, meta, "txt"), source_name=f"bench-{i}.txt", original=text.encode())
    print(f"  generated {docs - 1} documents in {time.perf_counter() - started:.1f} s", flush=True)
    big_text = big_document_text()
    meta = Metadata(title=BIG_TITLE, outlet="Bench", date="2024-01-01", genre="news", language="sv")
    big_id = library.add(ImportedText(big_text, meta, "txt"), source_name="big.txt",
                         original=big_text.encode()).doc_id
    started = time.perf_counter()
    analysis_store.load_or_compute(library, big_id)
    for doc in library.list_documents()[:2]:  # the seeds the window opens first
        analysis_store.load_or_compute(library, doc.id)
    print(f"  analysed the 1 MB document in {time.perf_counter() - started:.1f} s (not a UI figure)")
    library.close()
    marker.write_text(json.dumps({"big_id": big_id}))
    return data, big_id


def big_document_text(target: int = 1_000_000) -> str:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8").strip() for p in seeds]
    parts: list[str] = []
    size = n = 0
    while size < target:
        text = texts[n % len(texts)]
        parts.append(f"Del {n + 1}\n\n{text}")
        size += len(parts[-1]) + 2
        n += 1
    return "\n\n".join(parts)


# -- child processes ------------------------------------------------------------------------


CHILD_BARE = r"""
import sys, time
t_spawn = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time() - t_spawn, flush=True); app.quit()
        return False
w = QMainWindow(); w.resize(1600, 1000)
f = Painted(); w.installEventFilter(f); w.show(); app.exec()
"""

CHILD_APP = r"""
import sys, time
t_spawn = float(sys.argv[1])
sys.path.insert(0, sys.argv[2])
from desktop_app.core.library import open_library
from desktop_app.ui.app import make_application
from PySide6.QtCore import QEvent, QObject
app = make_application()
library = open_library()
from desktop_app.core.settings import Settings
from desktop_app.ui.main_window import MainWindow
settings = Settings(path=None)
settings.open_documents = {"left": None, "right": None}
w = MainWindow(library, settings)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time() - t_spawn, w.library_pane.model.rowCount(), flush=True); app.quit()
        return False
f = Painted(); w.installEventFilter(f); w.resize(1600, 1000); w.show(); app.exec()
"""

CHILD_OPEN = r"""
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1]); big_id = int(sys.argv[2])
from desktop_app.core.library import open_library
from desktop_app.ui.app import make_application
from desktop_app.core.settings import Settings
from desktop_app.ui.main_window import MainWindow
app = make_application()
library = open_library()
settings = Settings(path=None)
w = MainWindow(library, settings)
w.resize(1600, 1000); w.show()
for _ in range(20): app.processEvents()
w.runner.wait()
for _ in range(20): app.processEvents()
pane = w.compare_view.pane("left")
t0 = time.perf_counter()
w.open_document(big_id, "left")
while pane.view is None:
    if time.perf_counter() - t0 > 300:
        raise SystemExit("the 1 MB document did not show its marks within 300 s")
    app.processEvents()
pane.text_edit.viewport().repaint()
app.processEvents()
open_s = time.perf_counter() - t0
comparison = w.current_comparison()
keys = [a.key for a in comparison.actors[:6]]
toggles = []
for key in keys * 2:
    for visible in (False, True):
        t0 = time.perf_counter()
        w.filter_state.set_actor_visible(key, visible)
        pane.text_edit.viewport().repaint()
        app.processEvents()
        toggles.append(time.perf_counter() - t0)
rss = 0
for line in open("/proc/self/status"):
    if line.startswith("VmRSS:"):
        rss = int(line.split()[1]) / 1024
a = pane.view.analysis
print(json.dumps({"open_s": open_s, "toggle_median_s": statistics.median(toggles),
                  "toggle_max_s": max(toggles), "rss_mb": rss, "rows": w.library_pane.model.rowCount(),
                  "chars": len(pane.document.text), "words": pane.document.word_count,
                  "marks": len(pane.highlighter.marks), "quotes": len(a.quotes),
                  "mentions": len(a.mentions), "claims": len(a.claims), "actors": len(a.actors)}))
"""


CHILD_STALLS = r"""
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1]); folder = sys.argv[2]
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from desktop_app.core.library import open_library
from desktop_app.ui.app import make_application
from desktop_app.core.settings import Settings
from desktop_app.ui import dialogs
from desktop_app.ui.main_window import MainWindow
dialogs.confirm = lambda *args, **kwargs: True  # the removal's confirmation, answered yes
app = make_application()
library = open_library()
settings = Settings(path=None)
settings.open_documents = {"left": None, "right": None}
w = MainWindow(library, settings)
w.resize(1600, 1000); w.show()
for _ in range(20): app.processEvents()
gaps = []  # (wall ms, UI-thread CPU ms, its wait for a CPU ms) between heartbeats
clock = QElapsedTimer(); clock.start()
import threading
_schedstat = f"/proc/self/task/{threading.get_native_id()}/schedstat"
def queued_ms():  # the UI thread's time runnable but not running, in all (Linux; elsewhere 0)
    try:
        with open(_schedstat) as f:
            return int(f.read().split()[1]) / 1e6
    except (OSError, ValueError, IndexError):
        return 0.0
last = [clock.elapsed()]
last_cpu = [time.thread_time()]
last_queued = [queued_ms()]
def beat():
    now, cpu, queued = clock.elapsed(), time.thread_time(), queued_ms()
    gaps.append((now - last[0], (cpu - last_cpu[0]) * 1000, queued - last_queued[0]))
    last[0] = now; last_cpu[0] = cpu; last_queued[0] = queued
heart = QTimer(); heart.setInterval(10); heart.timeout.connect(beat); heart.start()
def run_until(done, limit=900.0):
    t0 = time.perf_counter()
    while not done():
        if time.perf_counter() - t0 > limit:
            raise SystemExit("step did not finish within %d s" % limit)
        app.processEvents()
        time.sleep(0.001)
def settle(ms=400):
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < ms / 1000:
        app.processEvents(); time.sleep(0.001)
steps = {}
def step(name, action, done=lambda: True):
    gaps.clear(); last[0] = clock.elapsed(); last_cpu[0] = time.thread_time(); last_queued[0] = queued_ms()
    t0 = time.perf_counter()
    action(); run_until(done); settle()
    walls = [gap[0] for gap in gaps] or [0]
    longest = max(gaps or [(0, 0.0, 0.0)])
    steps[name] = {"s": time.perf_counter() - t0 - 0.4, "max_ms": longest[0], "max_cpu_ms": longest[1],
                   "max_queued_ms": longest[2], "median_ms": statistics.median(walls), "beats": len(gaps),
                   "cpu_ms": sum(gap[1] for gap in gaps), "most_cpu_ms": max((gap[1] for gap in gaps), default=0),
                   "most_asleep_ms": max((gap[0] - gap[1] - gap[2] for gap in gaps), default=0)}
pane = w.library_pane
before = pane.model.rowCount()
finished = []
w.imports.controller.documents_imported.connect(lambda *a: finished.append(1))
from pathlib import Path
step("import", lambda: w.imports.import_paths([Path(folder)]), lambda: bool(finished))
for box in app.topLevelWidgets():
    if box is not w and box.isVisible(): box.close()
imported = pane.model.rowCount() - before
selected = len(pane.table.selectionModel().selectedRows())
def type_search():
    pane.search_box.setText("stallprov")
step("search (imported rows selected)", type_search,
     lambda: pane.proxy.rowCount() < pane.model.rowCount())
shown = pane.proxy.rowCount()
step("clear search", lambda: pane.search_box.clear(), lambda: pane.proxy.rowCount() == pane.model.rowCount())
step("select all", lambda: pane.table.selectAll())
total = pane.model.rowCount()
step("delete", lambda: w.actions.remove.trigger(), lambda: pane.model.rowCount() == 0)
step("undo", lambda: w.undo_stack.undo(), lambda: pane.model.rowCount() == total)
header = pane.table.horizontalHeader()
step("sort by title (header click)", lambda: header.setSortIndicator(0, Qt.SortOrder.AscendingOrder))
step("sort by words (header click)", lambda: header.setSortIndicator(5, Qt.SortOrder.DescendingOrder))
language = pane.facet_boxes["language"]
chosen = language.itemData(1) if language.count() > 1 else ""
step("filter by language", lambda: pane.set_filter_value("language", chosen))
step("clear filter", lambda: pane.set_filter_value("language", ""))
step("select all, delete again", lambda: (pane.table.selectAll(), w.actions.remove.trigger()),
     lambda: pane.model.rowCount() == 0)
step("open trash", lambda: w.show_trash(), lambda: w.trash_dialog.model.rowCount() == total)
def restore_all():
    w.trash_dialog.table.selectAll(); w.trash_dialog.restore_selected()
step("restore from trash", restore_all, lambda: pane.model.rowCount() == total)
w.trash_dialog.close()
step("select all, delete a third time", lambda: (pane.table.selectAll(), w.actions.remove.trigger()),
     lambda: pane.model.rowCount() == 0)
step("open trash again", lambda: w.show_trash(), lambda: w.trash_dialog.model.rowCount() == total)
step("empty trash", lambda: w.trash_dialog.empty(), lambda: w.trash_dialog.model.rowCount() == 0
     and not w.library.trash_entries())
print(json.dumps({"imported": imported, "selected_after_import": selected, "search_shown": shown,
                  "rows": total, "steps": steps}))
"""


EXPLAIN = r"""
import collections, os as _os, threading
from PySide6.QtCore import QObject as _QObject
_main, _tid = threading.main_thread().ident, threading.get_native_id()
_samples = collections.defaultdict(list)  # step: [(gap start, [sample, ...]), ...]
_step, _event = ["start"], ["-"]
class _LastEvent(_QObject):
    def eventFilter(self, obj, event):
        _event[0] = f"{event.type().name} to {type(obj).__name__}"
        return False
_spy = _LastEvent(); app.installEventFilter(_spy)
def _state(tid=None):
    try:
        with open(f"/proc/self/task/{tid or _tid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "?"
def _watch():
    while True:
        time.sleep(0.004)
        if clock.elapsed() - last[0] <= 30:
            continue
        frame, stack = sys._current_frames().get(_main), []
        while frame is not None and len(stack) < 7:
            name = frame.f_code.co_filename
            name = name.split("/desktop_app/")[-1] if "/desktop_app/" in name else _os.path.basename(name)
            stack.append(f"{name}:{frame.f_lineno}:{frame.f_code.co_name}")
            frame = frame.f_back
        gaps_of = _samples[_step[0]]
        if not gaps_of or gaps_of[-1][0] != last[0]:
            gaps_of.append((last[0], []))
        others = []
        for ident, top in sys._current_frames().items():
            if ident in (_main, threading.get_ident()):
                continue
            where = []
            while top is not None and len(where) < 3:
                name = top.f_code.co_filename
                name = name.split("/desktop_app/")[-1] if "/desktop_app/" in name else _os.path.basename(name)
                where.append(f"{name}:{top.f_lineno}:{top.f_code.co_name}")
                top = top.f_back
            others.append(" < ".join(where))
        tasks = []
        for task in _os.listdir("/proc/self/task"):
            if int(task) != _tid:
                try:
                    with open(f"/proc/self/task/{task}/stat") as f:
                        comm, rest = f.read().split("(", 1)[1].rsplit(")", 1)
                    if rest.split()[0] == "R":
                        tasks.append(comm)
                except OSError:
                    pass
        others.append("running: " + ",".join(tasks))
        gaps_of[-1][1].append(f"{_state()} after {_event[0]}: " + " < ".join(stack)
                              + ("\n      others: " + " | ".join(others) if others else ""))
threading.Thread(target=_watch, daemon=True).start()
_names = {}  # native thread id: what it runs
from desktop_app.ui import jobs as _jobs
_run = _jobs._Runnable.run
def _named_run(self):
    _names[threading.get_native_id()] = "job " + (self._job.label or "?")
    return _run(self)
_jobs._Runnable.run = _named_run
def _sched():
    out = {}
    for task in _os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{task}/schedstat") as f:
                cpu, queued, _slices = f.read().split()
            out[int(task)] = (int(cpu) / 1e6, int(queued) / 1e6)
        except (OSError, ValueError):
            pass
    return out
_last_sched = [_sched()]
_longest_sched = {}  # (step, "longest" | "most asleep"): (gap ms, measure, {tid: (cpu ms, run-queue wait ms)})
_beat = beat
def beat():
    now = _sched()
    _beat()
    wall, ui_cpu, ui_queued = gaps[-1]
    for kind, measure in (("longest", wall), ("most asleep", wall - ui_cpu - ui_queued)):
        if wall > 30 and measure > _longest_sched.get((_step[0], kind), (0, 0))[1]:
            before = _last_sched[0]
            _longest_sched[(_step[0], kind)] = (wall, measure, {
                tid: (cpu - before.get(tid, (0, 0))[0], queued - before.get(tid, (0, 0))[1])
                for tid, (cpu, queued) in now.items()})
    _last_sched[0] = now
def _explain():
    for (name, kind), (wall, _measure, tasks) in _longest_sched.items():
        print(f"-- {name}: {kind} gap {wall:.0f} ms, per thread: CPU ms / waiting for a CPU ms", file=sys.stderr)
        for tid, (cpu, queued) in sorted(tasks.items(), key=lambda item: -item[1][0]):
            if cpu + queued >= 1:
                who = "UI thread" if tid == _tid else _names.get(tid, f"thread {tid}")
                rest = f", asleep {wall - cpu - queued:.0f}" if tid == _tid else ""
                print(f"   {who:40}: {cpu:6.1f} / {queued:6.1f}{rest}", file=sys.stderr)
    for name, gaps_of in _samples.items():
        start, samples = max(gaps_of, key=lambda gap: len(gap[1]))
        print(f"-- {name}: longest late heartbeat, {len(samples)} samples", file=sys.stderr)
        for sample in samples:
            print("   " + sample, file=sys.stderr)
"""


def explained(child: str) -> str:
    """The stall child with the watcher of ``EXPLAIN`` (``--explain-stalls``)."""
    child = child.replace("heart = QTimer()", EXPLAIN + "heart = QTimer()", 1)
    child = child.replace("    gaps.clear(); last[0]", "    _step[0] = name\n    gaps.clear(); last[0]", 1)
    child = child.replace("imported = pane.model.rowCount() - before",
                          "_step[0] = 'between steps'\nimported = pane.model.rowCount() - before", 1)
    return child.replace('print(json.dumps({"imported"', '_explain()\nprint(json.dumps({"imported"', 1)


def make_small_files(folder: Path, count: int) -> None:
    """``count`` small text files; every third mentions the word the stall benchmark searches."""
    folder.mkdir(parents=True, exist_ok=True)
    if len(list(folder.glob("*.txt"))) == count:
        return
    rng = random.Random(11)
    for i in range(count):
        words = " ".join(rng.choices(WORDS, k=rng.randint(30, 80)))
        extra = " stallprov" if i % 3 == 0 else ""
        (folder / f"liten-{i:05d}.txt").write_text(f"Liten text {i}\n\n{words}{extra}.\n", encoding="utf-8")


def stall_figures(work: Path, files: int, env: dict[str, str], explain: bool = False) -> None:
    folder = work / f"small-files-{files}"
    make_small_files(folder, files)
    data = Path(tempfile.mkdtemp(prefix="stalls-", dir=work))
    child_env = dict(env, VIEWPOINTS_DATA_DIR=str(data), VIEWPOINTS_CONFIG_DIR=str(data / "config"))
    child = explained(CHILD_STALLS) if explain else CHILD_STALLS
    figures = json.loads(run_child(child, [str(ROOT), str(folder)], child_env, timeout=3600, echo_stderr=explain))
    print(f"big selections: {figures['imported']:,} files imported ({figures['selected_after_import']:,} "
          f"selected after it), search shows {figures['search_shown']:,}, {figures['rows']:,} rows in all")
    worst = 0.0
    for name, step in figures["steps"].items():
        worst = max(worst, step["max_ms"])
        asleep = step["max_ms"] - step["max_cpu_ms"] - step["max_queued_ms"]
        print(f"  {name:32}: {step['s']:7.2f} s, heartbeat gap median {step['median_ms']:.0f} ms, "
              f"longest stall {step['max_ms']:.0f} ms (UI thread's CPU in it {step['max_cpu_ms']:.0f} ms, "
              f"waiting for a CPU {step['max_queued_ms']:.0f}, asleep {asleep:.0f}); "
              f"UI thread's CPU {step['cpu_ms']:.0f} ms in all, at most {step['most_cpu_ms']:.0f} ms in one gap; "
              f"asleep at most {step['most_asleep_ms']:.0f} ms in one gap")
    print(f"  longest UI-thread stall over all steps: {worst:.0f} ms   target <= 100 ms")


def run_child(code: str, args: list[str], env: dict[str, str], timeout: float = 600,
              echo_stderr: bool = False) -> str:
    result = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                            text=True, timeout=timeout)
    if echo_stderr:
        print("\n".join(line for line in result.stderr.splitlines() if "propagateSizeHints" not in line))
    if result.returncode != 0:
        raise SystemExit(f"child failed: {result.stderr.strip().splitlines()[-1:]}")
    return result.stdout.strip().splitlines()[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "viewpoints-ui-bench")
    parser.add_argument("--files", type=int, default=10_000, help="small files the stall figures import")
    parser.add_argument("--stalls", action="store_true", help="also the big-selection stall figures")
    parser.add_argument("--only-stalls", action="store_true", help="only the big-selection stall figures")
    parser.add_argument("--explain-stalls", action="store_true",
                        help="with the stall figures: what the UI thread did in each step's longest stall")
    args = parser.parse_args()
    if args.only_stalls:
        args.work.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        stall_figures(args.work, args.files, env, args.explain_stalls)
        return 0
    print(f"preparing a library of {args.docs} documents in {args.work} …", flush=True)
    data, big_id = prepare(args.work, args.docs)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               VIEWPOINTS_DATA_DIR=str(data), VIEWPOINTS_CONFIG_DIR=str(data / "config"))

    bare: list[float] = []
    app: list[float] = []
    rows = 0
    for _ in range(args.runs):
        bare.append(float(run_child(CHILD_BARE, [repr(time.time())], env)))
        out = run_child(CHILD_APP, [repr(time.time()), str(ROOT)], env).split()
        app.append(float(out[0]))
        rows = int(out[1])
    print(f"launch to first paint, {rows} library rows, {args.runs} runs:")
    print(f"  Viewpoints main window : median {statistics.median(app):.3f} s  "
          f"(min {min(app):.3f}, max {max(app):.3f})   target <= 1.0 s")
    print(f"  bare QMainWindow       : median {statistics.median(bare):.3f} s  "
          f"(min {min(bare):.3f}, max {max(bare):.3f})")

    figures = json.loads(run_child(CHILD_OPEN, [str(ROOT), str(big_id)], env))
    print(f"1 MB document: {figures['chars']:,} characters, {figures['words']:,} words, "
          f"{figures['marks']:,} marks ({figures['quotes']:,} quotes, {figures['mentions']:,} mentions, "
          f"{figures['claims']:,} claims, {figures['actors']} actors)")
    print(f"  open with all highlights : {figures['open_s']:.3f} s   target <= 1.5 s")
    print(f"  actor filter toggle      : median {figures['toggle_median_s'] * 1000:.1f} ms, "
          f"max {figures['toggle_max_s'] * 1000:.1f} ms   target <= 100 ms")
    print(f"  memory (RSS), {figures['rows']} rows + 1 MB document: {figures['rss_mb']:.0f} MB   "
          f"target <= 400 MB")
    if args.stalls:
        stall_figures(args.work, args.files, env, args.explain_stalls)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
