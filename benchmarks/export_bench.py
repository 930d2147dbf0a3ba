"""How long print, PDF, PNG and the other exports take for a ~1 MB document: prints figures, asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/export_bench.py [--work DIR] [--formats pdf,png,...]

The comparison is a ~1 MB Swedish document (seeds/000 repeated) against the other seed, both
analysed by the real engine (the big analysis is cached in --work as a pickle: it is not a UI
figure). Each format is written once through ``desktop_app.core.export`` and timed ("alone"); the
layout of the print document for A4 is timed on its own. Then each format is exported the way
File > Export… does it (``PrintController.export_to``, in the background) while a 10 ms QTimer on
the UI thread records the longest gap between its ticks: how long the window could not react, and
how long ``export_to`` took to return (the job runs on): the figures tests/ui/test_printing.py
used to assert (under 0.2 s to return, no stall over 0.5 s), measured here instead. First, issue 13's shape: ONE paragraph of
100, 200 and 400 KB (seed 000 without line breaks, repeated, its marks shifted onto each copy), to
show that the cost grows linearly with the paragraph. Each export also gives its CPU seconds
(``time.process_time``) per MB of the left text, the figure of issue 13's target (≤ 5 s per MB).
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


def long_paragraph(kilobytes: int):
    """A comparison whose left text is ONE paragraph of about ``kilobytes`` KB (issue 13's shape).

    Seed 000 with its line breaks turned into spaces (same length, so the engine's spans still fit),
    repeated; its real analysis is shifted onto every copy, so the marks are as dense as in the
    news text. No engine run on the long text: the figure is the export's alone.
    """
    from dataclasses import replace

    from desktop_app.core.analysis import analyze_document
    from desktop_app.core.analysis.model import Analysis, Span
    from desktop_app.core.compare import DocumentView, build_comparison
    from desktop_app.core.document import Document, Metadata

    seed = (ROOT / "seeds" / "000_2061872dff862ea4.txt").read_text(encoding="utf-8").strip()
    meta = Metadata(title="Ett enda långt stycke", outlet="TT", genre="news", language="sv")
    base = analyze_document(Document(1, seed, meta))
    flat = seed.replace("\n", " ")
    step = len(flat) + 1
    copies = max(1, kilobytes * 1000 // len(flat.encode("utf-8")))
    text = " ".join(flat for _ in range(copies))

    def shifted(items, offset):
        out = []
        for item in items:
            moved = replace(item, start=item.start + offset, end=item.end + offset)
            cue = getattr(item, "cue", None)
            if cue is not None:
                moved = replace(moved, cue=Span(cue.start + offset, cue.end + offset))
            out.append(moved)
        return out

    offsets = [i * step for i in range(copies)]
    analysis = Analysis(
        base.language, base.genre,
        [replace(a, mentions=a.mentions * copies, pronoun_mentions=a.pronoun_mentions * copies) for a in base.actors],
        [m for o in offsets for m in shifted(base.mentions, o)],
        [q for o in offsets for q in shifted(base.quotes, o)],
        [c for o in offsets for c in shifted(base.claims, o)],
        engine_version=base.engine_version,
    )
    other = (ROOT / "seeds" / "003_6a2936062be1d440.txt").read_text(encoding="utf-8").strip()
    right = Document(2, other, Metadata(title="Örebro", genre="opinion", language="sv"))
    return build_comparison(DocumentView(Document(1, text, meta), analysis),
                            DocumentView(right, analyze_document(right)))


def in_background(comparison, criteria, fmt: str, out: Path) -> tuple[float, float, float]:
    """(seconds, longest gap between 10 ms ticks on the UI thread, seconds ``export_to`` took to
    return) of an export from the window."""
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
    returned = time.perf_counter() - started
    loop.exec()
    seconds = time.perf_counter() - started
    probe.stop()
    return seconds, max(b - a for a, b in zip([started, *ticks], [*ticks, started + seconds])), returned


def preview(comparison, criteria) -> tuple[float, float, int]:
    """(seconds of the layout, made in the worker; seconds the preview then draws in the UI thread; pages)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
    from PySide6.QtWidgets import QWidget

    from desktop_app.ui.print_layout import build_print_pages
    from desktop_app.ui.printing import PrintController, page_body

    controller = PrintController(QWidget(), lambda: (comparison, criteria))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    started = time.perf_counter()
    document = build_print_pages(comparison, criteria, page_body(printer))
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
    parser.add_argument("--paragraph-kb", default="100,200,400",
                        help="sizes of the one-long-paragraph shape ('' to skip it)")
    parser.add_argument("--paragraph-formats", default="html,csv,json,pdf")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive for the run
    from desktop_app.core.filters import FilterCriteria
    from desktop_app.core.export import export_comparison
    from desktop_app.ui import printing  # noqa: F401 - registers pdf and png
    from desktop_app.ui.print_layout import build_print_pages
    from desktop_app.ui.printing import page_body, pdf_printer

    sizes = [int(kb) for kb in args.paragraph_kb.split(",") if kb]
    for kb in sizes:
        comparison = long_paragraph(kb)
        left = comparison.view("left")
        size = len(left.document.text.encode("utf-8"))
        marks = len(left.analysis.quotes) + len(left.analysis.claims) + len(left.analysis.mentions)
        figures = []
        for fmt in args.paragraph_formats.split(","):
            started, cpu = time.perf_counter(), time.process_time()
            export_comparison(comparison, FilterCriteria(), fmt, args.work / f"paragraph.{fmt}", force=True)
            figures.append(f"{fmt} {time.perf_counter() - started:6.2f} s "
                           f"({(time.process_time() - cpu) / size * 1e6:.2f} CPU s/MB)")
        print(f"one paragraph of {size / 1000:4.0f} KB ({marks} marks): " + ", ".join(figures), flush=True)
    if not args.formats:
        return 0

    comparison, took = big_comparison(args.work)
    size = len(comparison.view("left").document.text.encode("utf-8"))
    print(f"document: {size / 1e6:.2f} MB" + (f" (analysed in {took:.1f} s, now cached)" if took else ""))
    criteria = FilterCriteria()
    formats = args.formats.split(",")
    for fmt in formats:
        started, cpu = time.perf_counter(), time.process_time()
        if fmt == "preview":
            continue
        if fmt == "layout":
            build_print_pages(comparison, criteria, page_body(pdf_printer(args.work / "unused.pdf")))
        else:
            export_comparison(comparison, criteria, fmt, args.work / f"big.{fmt}", force=True)
        print(f"{fmt:>6} alone: {time.perf_counter() - started:6.2f} s "
              f"({(time.process_time() - cpu) / size * 1e6:.2f} CPU s/MB)", flush=True)
    for fmt in formats:
        if fmt == "preview":
            layout, drawn, pages = preview(comparison, criteria)
            print(f"preview: layout {layout:.2f} s in the worker, then {pages} pages drawn in the UI thread "
                  f"in {drawn:.2f} s", flush=True)
        elif fmt != "layout":
            seconds, gap, returned = in_background(comparison, criteria, fmt, args.work / f"big-bg.{fmt}")
            print(f"{fmt:>6} from the window: {seconds:6.2f} s, longest UI-thread stall {gap * 1000:5.0f} ms, "
                  f"export_to returned in {returned * 1000:4.0f} ms", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
