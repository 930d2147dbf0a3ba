"""Where the PDF export's CPU time goes, per MB of text: prints figures, asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/export_phases.py [--work DIR] [--target pdf|image]

The ~1 MB comparison of ``export_bench`` (its analysis cached in --work). Three phases, each in
CPU seconds (``time.process_time``) per MB of the left text, the unit of issue 13's target:
``side_views`` (the styled runs, shared with HTML), ``build_print_pages`` (the header document and
the texts' lines laid out once each, ``print_columns``; it calls ``side_views`` again), and drawing
every page as ``print_pages.print_comparison`` does (``PrintPages.draw_page``). With ``--target image`` the pages are drawn into a small
image instead of the PDF writer, which separates Qt's text drawing from the PDF engine's cost. Also the peak RSS.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "viewpoints-export-bench")
    parser.add_argument("--target", choices=("pdf", "image"), default="pdf")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)

    from PySide6.QtGui import QImage, QPainter, QPdfWriter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive for the run
    import export_bench

    from desktop_app.core.export.paper import side_views
    from desktop_app.core.filters import FilterCriteria
    from desktop_app.ui.print_layout import build_print_pages
    from desktop_app.ui.print_pages import _a4, _page_geometry

    comparison, _ = export_bench.big_comparison(args.work)
    size = len(comparison.view("left").document.text.encode("utf-8"))
    criteria = FilterCriteria()

    def per_mb(seconds: float) -> str:
        return f"{seconds / size * 1e6:.2f} CPU s/MB"

    started = time.process_time()
    side_views(comparison, criteria)
    print(f"side_views:           {per_mb(time.process_time() - started)}")
    writer = QPdfWriter(str(args.work / "phases.pdf"))
    writer.setResolution(1200)
    writer.setPageLayout(_a4())
    page, band, scale, body = _page_geometry(writer)
    started = time.process_time()
    document = build_print_pages(comparison, criteria, body)
    pages = document.page_count()
    print(f"build_print_pages:    {per_mb(time.process_time() - started)} ({pages} pages)")
    image = QImage(max(1, page.width() // 8), max(1, page.height() // 8), QImage.Format.Format_RGB32)
    shrink = 1 if args.target == "pdf" else 8
    painter = QPainter()
    painter.begin(writer if args.target == "pdf" else image)
    started = time.process_time()
    for index in range(pages):
        if index and args.target == "pdf":
            writer.newPage()
        painter.save()
        painter.translate(0, band / shrink)
        painter.scale(scale / shrink, scale / shrink)
        document.draw_page(painter, index)
        painter.restore()
    painter.end()
    print(f"drawing ({args.target}):       {per_mb(time.process_time() - started)}")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
