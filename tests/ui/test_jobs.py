"""The one job runner: work off the UI thread, progress, Cancel, and a failure as one line.

Every job that must not finish too early waits on a threading.Event the test sets, so no outcome
depends on timing.
"""

from __future__ import annotations

import threading

import pytest

from desktop_app.core.export.files import ExportError
from desktop_app.core.library import LibraryError
from desktop_app.ui.jobs import JobRunner, one_line


class _Outcomes:
    def __init__(self) -> None:
        self.seen: list[tuple[str, object]] = []

    def callbacks(self, name: str) -> dict:
        return {
            "done": lambda value: self.seen.append((f"{name} done", value)),
            "failed": lambda reason: self.seen.append((f"{name} failed", reason)),
            "cancelled": lambda: self.seen.append((f"{name} cancelled", None)),
        }


@pytest.fixture
def runner(qtbot):
    jobs = JobRunner()
    yield jobs
    jobs.shutdown(5000)


@pytest.mark.parametrize(
    ("exc", "line"),
    [
        (ExportError("/tmp/x.pdf: folder /tmp does not exist"), "/tmp/x.pdf: folder /tmp does not exist"),
        (LibraryError("lib.sqlite3: not a Viewpoints library\nmore"), "lib.sqlite3: not a Viewpoints library"),
        (OSError(28, "No space left on device"), "[Errno 28] No space left on device"),
        (KeyError(5), "KeyError: 5"),
        (ValueError("\n  bad value \n second line"), "ValueError: bad value"),
        (RuntimeError(), "RuntimeError"),
    ],
)
def test_an_exception_becomes_one_line(exc, line):
    assert one_line(exc) == line


def test_work_runs_in_a_worker_and_reports_back_in_the_ui_thread(qtbot, runner):
    gate = threading.Event()
    threads: list[threading.Thread] = []
    steps: list[tuple[str, int, int]] = []
    outcomes = _Outcomes()

    def work(progress):
        threads.append(threading.current_thread())
        progress("first half", 1, 2)
        gate.wait(30)
        progress.report("second half", 2, 2)
        return "the result"

    with qtbot.waitSignal(runner.busy_changed):
        runner.start(work, label="Working", progressed=lambda job, *step: steps.append(step),
                     **outcomes.callbacks("work"))
    assert runner.busy and [job.label for job in runner.jobs()] == ["Working"]
    qtbot.waitUntil(lambda: steps == [("first half", 1, 2)], timeout=10000)
    assert outcomes.seen == []  # held at the gate
    gate.set()
    qtbot.waitUntil(lambda: bool(outcomes.seen), timeout=10000)
    assert outcomes.seen == [("work done", "the result")] and steps[-1] == ("second half", 2, 2)
    assert threads[0] is not threading.main_thread() and not runner.busy


def test_cancel_stops_the_running_job_and_the_waiting_ones(qtbot, runner):
    gate = threading.Event()
    started = threading.Event()
    outcomes = _Outcomes()

    def held(progress):
        started.set()
        gate.wait(30)
        progress("after the gate", 1, 1)  # raises: the job was cancelled meanwhile
        return "not reached"

    def polite(progress):  # stops on its own and says how far it got
        return "never started"

    runner.start(held, **outcomes.callbacks("held"))
    runner.start(polite, **outcomes.callbacks("waiting"))
    assert started.wait(10)
    runner.cancel()
    gate.set()
    qtbot.waitUntil(lambda: len(outcomes.seen) == 2, timeout=10000)
    assert outcomes.seen == [("held cancelled", None), ("waiting cancelled", None)]


def test_a_job_that_stops_on_its_own_keeps_its_result(qtbot, runner):
    gate = threading.Event()
    started = threading.Event()
    outcomes = _Outcomes()

    def batch(progress):
        done = []
        for item in range(5):
            if progress.cancelled():
                break
            done.append(item)
            started.set()
            gate.wait(30)
        return done

    job = runner.start(batch, **outcomes.callbacks("batch"))
    assert started.wait(10)  # the first item is done, the second waits at the gate
    job.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(outcomes.seen), timeout=10000)
    assert outcomes.seen == [("batch done", [0])]


def test_a_failure_is_one_line_and_shutdown_reports_nothing_more(qtbot, runner):
    outcomes = _Outcomes()

    def broken(progress):
        raise KeyError("doc 7")

    runner.start(broken, **outcomes.callbacks("broken"))
    qtbot.waitUntil(lambda: bool(outcomes.seen), timeout=10000)
    assert outcomes.seen == [("broken failed", "KeyError: 'doc 7'")]
    gate = threading.Event()
    runner.start(lambda progress: gate.wait(30), **outcomes.callbacks("late"))
    gate.set()
    assert runner.shutdown(10000)
    qtbot.wait(50)  # let a queued outcome arrive, if one were (wrongly) still delivered
    assert outcomes.seen == [("broken failed", "KeyError: 'doc 7'")] and not runner.busy
