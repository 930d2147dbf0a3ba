"""How long print, PDF, PNG and the other exports take for a ~1 MB document: prints figures, asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/export_bench.py [--work DIR] [--formats pdf,png,...]

The comparison is a ~1 MB Swedish document (seeds/000 repeated) against the other seed, both
analysed by the real engine (the big analysis is cached in --work as a pickle: it is not a UI
figure). Each format is written once through ``desktop_app.core.export`` and timed ("alone"); the
layout of the print document for A4 is timed on its own. Then each format is exported the way
File > Export… does it (``PrintController.export_to``, in the background) while a 10 ms QTimer on
the UI thread records the longest gap between its ticks: how long the window could not react.
Print Preview: the layout (made in the worker) and the drawing of the pages the preview asks for
in the UI thread are timed apart.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def big_comparison(work: Path):
    """(comparison of the 1 MB text with seed 003, seconds the analysis took or 0 when cached)."""
    from desktop_app.core.analysis import analyze_document
    from desktop_app.core.compare import DocumentView, build_comparison
    from desktop_app.core.document import Document, Metadata

    seed = (ROOT / "seeds" / "000_2061872dff862ea4.txt").read_text(encoding="utf-8").strip()
    other = (ROOT / "seeds" / "003_6a2936062be1d440.txt").read_text(encoding="utf-8").strip()
    copies = 1_000_000 // (len(seed) + 2) + 1
    big = "\n\n".join(seed for _ in range(copies))
    docs = [
        Document(1, big, Metadata(title="En megabyte om återvändare", outlet="TT", genre="news", language="sv")),
        Document(2, other, Metadata(title="Örebro arbetar aktivt mot våldsbejakande extremism",
                                    outlet="Nerikes Allehanda", genre="opinion", language="sv")),
    ]
    cache = work / "big_analysis.pickle"
    took = 0.0
    if cache.exists():
        analyses = pickle.loads(cache.read_bytes())
    else:
        started = time.perf_counter()
        analyses = [analyze_document(d) for d in docs]
        took = time.perf_counter() - started
        cache.write_bytes(pickle.dumps(analyses))
    return build_comparison(DocumentView(docs[0], analyses[0]), DocumentView(docs[1], analyses[1])), took


def in_background(comparison, criteria, fmt: str, out: Path) -> tuple[float, float]:
    """(seconds, longest gap between 10 ms ticks on the UI thread) of an export from the window."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QWidget

    from desktop_app.ui.printing import PrintController

    parent = QWidget()
    controller = PrintController(parent, lambda: (comparison, criteria))
    controller.show_error = lambda message: print("error:", message)
    loop = QEventLoop()
    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    controller.exported.connect(lambda _: loop.quit())
    probe.start()
    started = time.perf_counter()
    controller.export_to(out, "comparison", fmt, force=True)
    loop.exec()
    seconds = time.perf_counter() - started
    probe.stop()
    return seconds, max(b - a for a, b in zip([started, *ticks], [*ticks, started + seconds]))


def preview(comparison, criteria) -> tuple[float, float, int]:
    """(seconds of the layout, made in the worker; seconds the preview then draws in the UI thread; pages)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
    from PySide6.QtWidgets import QWidget

    from desktop_app.ui.print_layout import build_print_document
    from desktop_app.ui.printing import PrintController, page_body

    controller = PrintController(QWidget(), lambda: (comparison, criteria))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    started = time.perf_counter()
    document = build_print_document(comparison, criteria, page_body(printer))
    layout = time.perf_counter() - started
    controller._prepared = (comparison, criteria, document)  # what ``PrintController.preview`` does
    widget = QPrintPreviewWidget(printer)
    widget.paintRequested.connect(controller.print_to)
    started = time.perf_counter()
    widget.updatePreview()
    return layout, time.perf_counter() - started, widget.pageCount()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "viewpoints-export-bench")
    parser.add_argument("--formats", default="layout,pdf,png,html,csv,json,preview")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive for the run
    from desktop_app.core.filters import FilterCriteria
    from desktop_app.core.export import export_comparison
    from desktop_app.ui import printing  # noqa: F401 - registers pdf and png
    from desktop_app.ui.print_layout import build_print_document
    from desktop_app.ui.printing import page_body, pdf_printer

    comparison, took = big_comparison(args.work)
    size = len(comparison.view("left").document.text.encode("utf-8"))
    print(f"document: {size / 1e6:.2f} MB" + (f" (analysed in {took:.1f} s, now cached)" if took else ""))
    criteria = FilterCriteria()
    formats = args.formats.split(",")
    for fmt in formats:
        started = time.perf_counter()
        if fmt == "preview":
            continue
        if fmt == "layout":
            build_print_document(comparison, criteria, page_body(pdf_printer(args.work / "unused.pdf")))
        else:
            export_comparison(comparison, criteria, fmt, args.work / f"big.{fmt}", force=True)
        print(f"{fmt:>6} alone: {time.perf_counter() - started:6.2f} s", flush=True)
    for fmt in formats:
        if fmt == "preview":
            layout, drawn, pages = preview(comparison, criteria)
            print(f"preview: layout {layout:.2f} s in the worker, then {pages} pages drawn in the UI thread "
                  f"in {drawn:.2f} s", flush=True)
        elif fmt != "layout":
            seconds, gap = in_background(comparison, criteria, fmt, args.work / f"big-bg.{fmt}")
            print(f"{fmt:>6} from the window: {seconds:6.2f} s, longest UI-thread stall {gap * 1000:5.0f} ms",
                  flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
