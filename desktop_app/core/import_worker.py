"""Parsing with a deadline: files are parsed in a reusable worker process that can be killed.

lxml, PDFium (pypdfium2) and trafilatura run C code or long loops that nothing inside a process
can interrupt, and a thread cannot be stopped at all. So the importers run in a child process
(``python -m desktop_app.core.import_worker``) that is started once and reused file after file; a file that
passes its deadline gets the child killed (and a fresh one started for the next file), and fails
with "too complex to import in 30 s" instead of hanging a batch or the window. The child also has
a memory ceiling, so a file that would need gigabytes fails with a reason instead of swapping.

The protocol is length-prefixed frames on the child's stdin/stdout: a JSON header and the raw
bytes (the file in; the text, UTF-8, out). Nothing is unpickled. Where no child can be started
(no POSIX pipes, a frozen build), parsing falls back to this process, without a deadline.
"""

from __future__ import annotations

import atexit
import json
import os
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.importers import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, ImportFailure, \
    import_bytes

DEFAULT_DEADLINE = 30.0  # seconds of parsing per file
MEMORY_CEILING = 1024 * 1024 * 1024  # what a worker may allocate beyond its start-up size
START_TIMEOUT = 60.0  # a worker that is not ready by then is given up on
_HEADER = struct.Struct(">II")  # header length, payload length
_IDLE_KEPT = 2
_POLL = 0.05  # how often a waiting import looks at its cancel flag, in seconds


class _WorkerGone(Exception):
    """The worker died or stopped answering in the protocol."""


class _Worker:
    """One child process and its pipes; used by one import at a time."""

    def __init__(self) -> None:
        package_root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root,
                                                          env.get("PYTHONPATH", "")]))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "desktop_app.core.import_worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=env, start_new_session=True, close_fds=True)
        assert self.process.stdin is not None and self.process.stdout is not None
        self._in, self._out = self.process.stdin.fileno(), self.process.stdout.fileno()
        os.set_blocking(self._in, False)
        os.set_blocking(self._out, False)
        header, _ = self._exchange([], time.monotonic() + START_TIMEOUT, None)
        if header.get("ready") is not True:
            raise _WorkerGone("no ready signal")

    def parse(self, data: bytes, name: str, max_bytes: int, max_chars: int, deadline: float,
              cancelled: Callable[[], bool] | None) -> tuple[dict, bytes]:
        request = json.dumps({"name": name, "max_bytes": max_bytes,
                              "max_chars": max_chars}).encode()
        frame = [_HEADER.pack(len(request), len(data)) + request, data]  # the file is not copied
        return self._exchange(frame, time.monotonic() + deadline, cancelled)

    def _exchange(self, frame: list[bytes], until: float,
                  cancelled: Callable[[], bool] | None) -> tuple[dict, memoryview]:
        """Write ``frame`` (its parts in order), read one answer frame; TimeoutError past
        ``until`` or on cancel. The answer's payload is a view into the bytes read."""
        parts = [memoryview(part) for part in frame if part]
        outgoing = parts.pop(0) if parts else memoryview(b"")
        # The answer is read into one buffer of its final size (once the frame's header says
        # it): growing a buffer by appending left about twice the text in the heap.
        incoming = bytearray(_HEADER.size)
        got = 0
        needed = _HEADER.size
        sizes: tuple[int, int] | None = None
        while True:
            if cancelled is not None and cancelled():
                raise InterruptedError("cancelled")
            left = until - time.monotonic()
            if left <= 0:
                raise TimeoutError
            writers = [self._in] if outgoing else []
            try:
                readable, writable, _ = select.select([self._out], writers, [], min(left, _POLL))
            except (OSError, ValueError) as exc:
                raise _WorkerGone(str(exc)) from None
            if writable:
                try:
                    sent = os.write(self._in, outgoing[:1 << 20])
                except BlockingIOError:
                    sent = 0
                except OSError as exc:
                    raise _WorkerGone(str(exc)) from None
                outgoing = outgoing[sent:]
                if not outgoing and parts:
                    outgoing = parts.pop(0)
            if readable:
                try:
                    with memoryview(incoming) as view:
                        count = os.readv(self._out, [view[got:needed]])
                except BlockingIOError:
                    continue
                except OSError as exc:
                    raise _WorkerGone(str(exc)) from None
                if not count:
                    raise _WorkerGone("the worker closed its output")
                got += count
                if sizes is None and got >= _HEADER.size:
                    sizes = _HEADER.unpack_from(incoming)
                    needed = _HEADER.size + sizes[0] + sizes[1]
                    whole = bytearray(needed)
                    whole[:got] = incoming
                    incoming = whole
                if sizes is not None and got >= needed:
                    start = _HEADER.size
                    header = json.loads(bytes(incoming[start:start + sizes[0]]))
                    return header, memoryview(incoming)[start + sizes[0]:needed]

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        try:
            self.process.kill()
        except OSError:
            pass
        self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            try:
                if pipe is not None:
                    pipe.close()
            except OSError:
                pass

    def close(self) -> None:
        """Ask the worker to end (EOF on its input); kill it if it does not."""
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
            self.process.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()


class _Pool:
    """Idle workers kept for the next file; every import takes one and gives it back."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: list[_Worker] = []
        self.unavailable = os.name != "posix"

    def take(self) -> _Worker | None:
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.alive():
                    return worker
                worker.kill()
            if self.unavailable:
                return None
        try:
            return _Worker()
        except (OSError, _WorkerGone, TimeoutError, ValueError):
            self.unavailable = True  # this platform or build cannot run one: parse in-process
            return None

    def give_back(self, worker: _Worker) -> None:
        with self._lock:
            if len(self._idle) < _IDLE_KEPT and worker.alive():
                self._idle.append(worker)
                return
        worker.close()

    def shutdown(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.close()


_pool = _Pool()
atexit.register(_pool.shutdown)


def shutdown_workers() -> None:
    """End the idle workers (they are started again on demand)."""
    _pool.shutdown()


def _deadline_text(deadline: float) -> str:
    return f"{deadline:g} s" if deadline < 120 else f"{deadline / 60:g} min"


def parse_with_deadline(data: bytes, name: str, *, deadline: float | None = DEFAULT_DEADLINE,
                        max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = DEFAULT_MAX_CHARS,
                        cancelled: Callable[[], bool] | None = None,
                        utf8: bool = False) -> ImportedText:
    """``import_bytes`` in a worker process, stopped after ``deadline`` seconds.

    ``deadline=None`` parses in this process (no limit). ``cancelled()`` is polled while waiting:
    when it turns true the worker is stopped and ``InterruptedError`` raised. Raises
    :class:`ImportFailure` with a one-line reason, its ``detail`` for the log. ``utf8``: the
    text is left as the UTF-8 it came in (``ImportedText.utf8``), never decoded whole.
    """
    worker = _pool.take() if deadline is not None else None
    if worker is None:
        return import_bytes(data, name, max_bytes=max_bytes, max_chars=max_chars, utf8=utf8)
    try:
        header, payload = worker.parse(data, name, max_bytes, max_chars, deadline, cancelled)
    except TimeoutError:
        worker.kill()
        raise ImportFailure(name, f"too complex to import in {_deadline_text(deadline)}",
                            f"parsing did not finish within {deadline} s; worker stopped") \
            from None
    except InterruptedError:
        worker.kill()
        raise
    except _WorkerGone as exc:
        code = worker.process.poll()
        worker.kill()
        if code is None:
            code = worker.process.returncode
        raise ImportFailure(name, "the importer stopped on this file (it may be damaged or "
                                  "need too much memory)",
                            f"worker ended with exit status {code}: {exc}") from None
    _pool.give_back(worker)
    if not header.get("ok"):
        raise ImportFailure(name, header.get("reason", "could not import"),
                            header.get("detail", ""))
    meta = header["metadata"]
    warnings = list(header.get("warnings", []))
    if utf8:
        return ImportedText(text="", metadata=Metadata(**meta), format=header["format"],
                            warnings=warnings, utf8=payload, chars=int(header.get("chars", 0)))
    text = str(payload, "utf-8", "surrogatepass")
    payload.release()
    return ImportedText(text=text, metadata=Metadata(**meta), format=header["format"],
                        warnings=warnings)


# ---- the worker's side ---------------------------------------------------------------------------

def _limit_memory() -> None:
    """A ceiling on what this worker may allocate: past it, MemoryError and a clear refusal."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:
            start = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (start + MEMORY_CEILING, start + MEMORY_CEILING))
    except (ImportError, OSError, ValueError):
        pass  # not Linux: no ceiling, the deadline still holds


def _die_with_parent() -> None:
    """End this worker when the importing process is gone, even in the middle of a parse.

    A watchdog thread rather than Linux's PR_SET_PDEATHSIG, which fires when the *thread* that
    started the worker ends: the window starts workers from pool threads that come and go.
    """
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _read_exactly(stream, size: int) -> bytes | None:  # noqa: ANN001 - a binary stdin
    chunks: list[bytes] = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _answer(stream, header: dict, payload: bytes = b"") -> None:  # noqa: ANN001
    raw = json.dumps(header).encode()
    stream.write(_HEADER.pack(len(raw), len(payload)) + raw)
    stream.write(payload)  # not concatenated: the text is not copied once more
    stream.flush()


def serve(stdin=None, stdout=None) -> int:  # noqa: ANN001 - binary streams
    """The worker's loop: a request frame in, an answer frame out, until its input ends."""
    stdin = stdin or sys.stdin.buffer
    stdout = stdout or sys.stdout.buffer
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the importing process's business
    _die_with_parent()
    _limit_memory()
    _answer(stdout, {"ready": True})
    while True:
        sizes = _read_exactly(stdin, _HEADER.size)
        if sizes is None:
            return 0
        header_size, payload_size = _HEADER.unpack(sizes)
        raw_header = _read_exactly(stdin, header_size)
        data = _read_exactly(stdin, payload_size)
        if raw_header is None or data is None:
            return 0
        request = json.loads(raw_header)
        try:
            imported = import_bytes(data, request["name"], max_bytes=request["max_bytes"],
                                    max_chars=request["max_chars"], utf8=True)
        except ImportFailure as failure:
            _answer(stdout, {"ok": False, "reason": failure.reason, "detail": failure.detail})
            continue
        except MemoryError:
            _answer(stdout, {"ok": False, "reason": "too large to import: reading it needs "
                                                    "more memory than the import may use"})
            continue
        del data
        text = imported.utf8 if imported.utf8 is not None else \
            imported.text.encode("utf-8", "surrogatepass")
        header = {"ok": True, "format": imported.format, "metadata": asdict(imported.metadata),
                  "warnings": imported.warnings,
                  "chars": imported.chars if imported.utf8 is not None else len(imported.text)}
        del imported
        _answer(stdout, header, text)


if __name__ == "__main__":
    raise SystemExit(serve())
