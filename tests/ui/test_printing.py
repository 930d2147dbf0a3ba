"""Printing, preview, PDF and PNG: the comparison on paper, checked in the PDF's own text and pixels."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QWidget

from desktop_app.core.export import COMPARISON
from desktop_app.core.filters import FilterCriteria
from desktop_app.core.marks import DIRECT_TINT
from desktop_app.core.palette import tint
from desktop_app.ui.chart_drawing import save_chart_png
from desktop_app.ui.printing import PrintController, pdf_printer, render_png
from tests.export_fixtures import long_comparison, seed_comparison, small_comparison
from tests.helpers_pdf import pdf_pages
from tests.ui.window_fixtures import SEED_NEWS, SEED_OPINION, doc_id_by_title, wait_for_analyses


def _pages(pdf: Path) -> list[str]:
    """The text of each page, with its lines in place (ligatures unfolded)."""
    return pdf_pages(pdf)


def _print_through_controller(qtbot, comparison, criteria, out: Path) -> None:
    """What File > Print… does once the print dialog is accepted, with a PDF printer."""
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = PrintController(parent, lambda: (comparison, criteria))
    controller.print_to(pdf_printer(out))


def test_every_printed_page_carries_both_documents(qtbot, tmp_path):
    comparison = long_comparison(70)
    out = tmp_path / "print.pdf"
    _print_through_controller(qtbot, comparison, FilterCriteria(), out)
    pages = _pages(out)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Stycketexten om återvändare (left)" in page
        assert "Avsnitttexten om återvändare (right)" in page
        assert "Stycke " in page and "Avsnitt " in page, f"page {number} lacks a document's text"
        assert all(ch in page for ch in "åäö")
        assert f"Page {number} of {len(pages)}" in page and "Printed 20" in page


def test_print_header_legend_and_marks(qtbot, tmp_path):
    out = tmp_path / "small.pdf"
    _print_through_controller(qtbot, small_comparison(), FilterCriteria(), out)
    (page,) = _pages(out)
    flat = " ".join(page.split())
    for fact in ("TT · 2017-06-22", "Nerikes Allehanda · 2019-03-28", "By Kenneth Nilsson (S)", "Legend",
                 "Direct quote", "Author's voice", "Mentions", "jätteproblem för Sverige",
                 "läget är stabilt", "STANCE"):
        assert fact in flat, fact


def test_active_filters_apply_to_print(qtbot, tmp_path):
    out = tmp_path / "filtered.pdf"
    criteria = FilterCriteria().with_actor("magnus ranstorp", False)
    _print_through_controller(qtbot, small_comparison(), criteria, out)
    flat = " ".join(_pages(out)[0].split())
    assert "hidden actors: Magnus Ranstorp" in flat
    legend = flat.split("Legend", 1)[1].split("Direct quote", 1)[0]
    assert "Magnus Ranstorp" not in legend and "Säpo" in legend


def test_seeds_print_with_swedish_text(qtbot, tmp_path):
    comparison = seed_comparison(tmp_path)
    out = tmp_path / "seeds.pdf"
    _print_through_controller(qtbot, comparison, FilterCriteria(), out)
    titles = [comparison.view(s).document.metadata.title for s in ("left", "right")]
    for page in _pages(out):
        for title in titles:
            assert title in page
        assert all(ch in page for ch in "åäö")


def test_printed_words_stay_whole_and_counts_agree_in_number(qtbot, tmp_path):
    """The seeds printed: no word of the legend broken over two lines, "1 indirect quote" (not
    "1 indirect quotes")."""
    import re

    comparison = seed_comparison(tmp_path)
    out = tmp_path / "seeds.pdf"
    _print_through_controller(qtbot, comparison, FilterCriteria(), out)
    pages = pdf_pages(out, layout=False)
    first = pages[0]
    lines = [line.strip() for line in first.splitlines()]
    kinds = {a.kind for a in comparison.actors}
    assert "organization" in kinds and "organization" in first
    assert not [line for line in lines if re.fullmatch(r"(organizatio|n|rganization)", line)]
    for label in ("Interviewer's question", "Indirect speech", "Author's voice", "Speech cue"):
        assert label in " ".join(first.split()), label
    flat = " ".join(" ".join(pages).split())
    assert not re.search(r"\b1 (indirect quotes|author passages|claims)\b", flat)
    assert "1 indirect quote," in flat  # the opinion piece has one


def test_preview_renders_pages(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = PrintController(parent, lambda: (long_comparison(40), FilterCriteria()))
    dialog = controller.preview_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    widget = dialog.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() >= 2


def test_no_comparison_means_nothing_to_print(qtbot):
    messages = []

    class Quiet(PrintController):
        def show_error(self, message: str) -> None:
            messages.append(message)

    parent = QWidget()
    qtbot.addWidget(parent)
    controller = Quiet(parent, lambda: (None, FilterCriteria()))
    assert controller.preview_dialog() is None
    assert messages and "Open a document" in messages[0]


def test_png_is_an_image_of_the_view():
    comparison = small_comparison()
    image = render_png(comparison, FilterCriteria())
    assert image.width() == 1500 and 500 < image.height() < 3000
    direct = QColor(tint(comparison.colour_of("magnus ranstorp"), DIRECT_TINT))
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert direct.name() in colours  # the direct quote's tint is on the picture
    assert QColor(comparison.colour_of("magnus ranstorp")).name() in colours or len(colours) > 50


def test_chart_png(tmp_path):
    out = tmp_path / "chart.png"
    save_chart_png(out, small_comparison(), FilterCriteria(), top_n=10)
    image = QImage(str(out))
    assert not image.isNull() and image.width() == 1280


class _Scripted(PrintController):
    """The export dialog's questions answered by the test instead of a user."""

    def __init__(self, parent, provider, path: Path, overwrite: bool) -> None:
        super().__init__(parent, provider)
        self.path, self.overwrite, self.asked, self.errors = path, overwrite, [], []

    def ask_export_path(self):
        return self.path, "comparison", "html"

    def confirm_overwrite(self, path: Path) -> bool:
        self.asked.append(path)
        return self.overwrite

    def show_error(self, message: str) -> None:
        self.errors.append(message)


def test_export_dialog_asks_before_overwriting(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    provider = lambda: (small_comparison(), FilterCriteria())  # noqa: E731
    out = tmp_path / "view.html"
    out.write_text("mine")
    _Scripted(parent, provider, out, overwrite=False).export_dialog()
    assert out.read_text() == "mine"
    controller = _Scripted(parent, provider, out, overwrite=True)
    with qtbot.waitSignal(controller.exported):
        controller.export_dialog()
    assert controller.asked == [out] and "<!DOCTYPE html>" in out.read_text(encoding="utf-8")
    fresh = _Scripted(parent, provider, tmp_path / "noext", overwrite=False)
    with qtbot.waitSignal(fresh.exported):
        fresh.export_dialog()
    assert (tmp_path / "noext.html").exists() and fresh.asked == []


def test_export_error_is_shown_in_one_line_not_raised(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = _Scripted(parent, lambda: (small_comparison(), FilterCriteria()),
                           tmp_path / "missing" / "x.html", overwrite=True)
    controller.export_dialog()
    qtbot.waitUntil(lambda: bool(controller.errors), timeout=10000)
    (message,) = controller.errors
    assert "does not exist" in message and "\n" not in message and message.count("x.html") == 1
    assert list(tmp_path.iterdir()) == []


def _gated(fmt: str, monkeypatch, *, partial: bool = False) -> tuple[threading.Event, list[threading.Thread]]:
    """Hold the registered ``fmt`` writer until the test opens the gate; say which thread ran it.

    With ``partial`` the writer first leaves some bytes in its temporary file, as a write cut short
    does. Then the real writer runs: its first step sees a Cancel pressed meanwhile.
    """
    gate = threading.Event()
    ran_in: list[threading.Thread] = []
    real = COMPARISON.writers[fmt]

    def held(path, comparison, criteria, progress):
        ran_in.append(threading.current_thread())
        if partial:
            Path(path).write_bytes(b"half an export")
        if not gate.wait(60):
            raise OSError("the test never opened the gate")
        real(path, comparison, criteria, progress)

    monkeypatch.setitem(COMPARISON.writers, fmt, held)
    return gate, ran_in


@pytest.mark.parametrize("fmt", ["pdf", "png"])
def test_long_export_runs_off_the_ui_thread(qtbot, tmp_path, monkeypatch, fmt):
    """``export_to`` returns while the export is still being written, in a worker thread; the window
    keeps handling events meanwhile. (How long it takes and stalls: benchmarks/export_bench.py.)"""
    parent = QMainWindow()
    qtbot.addWidget(parent)
    comparison = long_comparison(200)
    controller = PrintController(parent, lambda: (comparison, FilterCriteria()))
    gate, ran_in = _gated(fmt, monkeypatch)
    out = tmp_path / f"long.{fmt}"
    assert controller.export_to(out, "comparison", fmt)
    assert controller.jobs.busy and not out.exists()  # returned before the job finished
    qtbot.waitUntil(lambda: bool(ran_in), timeout=10000)
    assert ran_in[0] is not threading.main_thread()
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked), timeout=10000)  # the UI thread runs while the job is held
    assert not out.exists()
    with qtbot.waitSignal(controller.exported, timeout=60000):
        gate.set()
    assert out.read_bytes().startswith(b"%PDF" if fmt == "pdf" else b"\x89PNG")
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    assert parent.statusBar().currentMessage() == f"Exported to {out}"


def test_cancelled_export_leaves_no_file(qtbot, tmp_path, monkeypatch):
    parent = QMainWindow()
    qtbot.addWidget(parent)
    comparison = long_comparison(200)
    controller = PrintController(parent, lambda: (comparison, FilterCriteria()))
    controller.jobs.progress_delay_ms = 0
    gate, ran_in = _gated("pdf", monkeypatch, partial=True)
    out = tmp_path / "long.pdf"
    out.write_bytes(b"an older export")
    controller.export_to(out, "comparison", "pdf", force=True)
    qtbot.waitUntil(lambda: bool(ran_in) and controller.jobs.progress_dialog is not None
                    and controller.jobs.progress_dialog.isVisible(), timeout=10000)
    dialog = controller.jobs.progress_dialog
    assert dialog.labelText().startswith("Exporting long.pdf")
    (button,) = dialog.findChildren(QPushButton)
    button.click()  # while the job is held: it cannot have finished first
    gate.set()
    qtbot.waitUntil(lambda: "cancelled" in parent.statusBar().currentMessage(), timeout=20000)
    assert not dialog.isVisible() and not controller.jobs.busy
    assert [p.name for p in tmp_path.iterdir()] == ["long.pdf"] and out.read_bytes() == b"an older export"


def test_print_job_runs_in_the_background(qtbot, tmp_path):
    """File > Print… once the dialog is accepted: the pages are made and printed in the worker."""
    parent = QMainWindow()
    qtbot.addWidget(parent)
    controller = PrintController(parent, lambda: (long_comparison(70), FilterCriteria()))
    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(controller.printed, timeout=30000):
        assert controller.start_print(pdf_printer(out))
    pages = _pages(out)
    assert len(pages) >= 3 and all("Avsnitttexten om återvändare (right)" in page for page in pages)
    assert parent.statusBar().currentMessage() == "Printed the comparison."


def test_preview_shows_pages_laid_out_in_the_background(qtbot):
    parent = QMainWindow()
    qtbot.addWidget(parent)
    controller = PrintController(parent, lambda: (long_comparison(40), FilterCriteria()))
    seen: list[object] = []
    tries = iter(range(1500))  # at most 30 s of looking for the dialog

    def close_preview() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if next(tries, None) is not None:
                QTimer.singleShot(20, close_preview)
            return
        seen.extend([dialog.findChild(QPrintPreviewWidget).pageCount(), controller._prepared is not None])
        dialog.reject()

    QTimer.singleShot(20, close_preview)
    controller.preview()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=20000)
    assert seen[0] >= 2 and seen[1] is True and controller._prepared is None


def test_window_prints_what_it_shows(window, qtbot, tmp_path):
    """File > Print… of the real window (its print controller, after the dialog) with the seeds open."""
    for side, title in (("left", SEED_NEWS), ("right", SEED_OPINION)):
        window.open_document(doc_id_by_title(window, title), side)
    wait_for_analyses(qtbot, window)
    out = tmp_path / "window.pdf"
    window.print_controller.print_to(pdf_printer(out))
    pages = _pages(out)
    assert len(pages) >= 2
    for page in pages:
        assert SEED_NEWS in page and SEED_OPINION in page
        assert all(ch in page for ch in "åäö")


def test_formats_made_once_per_look_are_the_formats_of_the_look(qtbot):
    """``Formats`` keys a run's format by its style object: the same object gets the same format,
    an equal style made apart an equal one, so the printout is as when every run had its own."""
    from desktop_app.core.export.paper import RunStyle
    from desktop_app.ui.print_formats import Formats, badge_format, chars, run_format

    styles = Formats()
    look = RunStyle(background="#DDEEFF", underline="#0072B2", tooltip="Indirect quote \u2014 X")
    twin = RunStyle(background="#DDEEFF", underline="#0072B2", tooltip="Indirect quote \u2014 X")
    assert styles.run(look, 9.5, False) is styles.run(look, 9.5, False)
    assert styles.run(twin, 9.5, False) == styles.run(look, 9.5, False) == run_format(look, 9.5)
    assert styles.run(look, 10.5, True) == run_format(look, 10.5, bold=True) != styles.run(look, 9.5, False)
    assert styles.badge(9.5) == (chars(size=9.5), badge_format(9.5))


def test_no_printed_line_is_on_two_pages(qtbot, tmp_path):
    """A line at a page break is drawn on one page only: its text is never in the PDF twice (it was
    drawn again, clipped, at the top of the next page, so copying or searching found it twice)."""
    comparison = seed_comparison(tmp_path)
    out = tmp_path / "seeds.pdf"
    _print_through_controller(qtbot, comparison, FilterCriteria(), out)
    pages = pdf_pages(out, layout=False)
    assert len(pages) >= 3
    titles = {comparison.view(s).document.metadata.title for s in ("left", "right")}
    furniture = ("Printed ", "Page ", "Viewpoints")
    seen: dict[str, int] = {}
    for number, page in enumerate(pages, start=1):
        for line in {" ".join(line.split()) for line in page.splitlines()}:
            if len(line) < 25 or line in titles or line.startswith(furniture):  # no fragments or page bands
                continue
            assert seen.setdefault(line, number) == number, f"{line!r} on pages {seen[line]} and {number}"
