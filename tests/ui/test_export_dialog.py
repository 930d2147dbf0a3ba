"""File > Export…: the typed name's extension decides the format, the folder is remembered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.core.filters import FilterCriteria
from desktop_app.core.settings import Settings
from desktop_app.ui import dialogs
from desktop_app.ui.printing import (
    DEFAULT_CHOICE,
    EXPORT_CHOICES,
    PrintController,
    default_export_name,
    export_target,
)
from tests.export_fixtures import small_comparison


class _Answers:
    """Stands in for ``dialogs.ask_save_path``: answers with the given name, records what it was shown."""

    def __init__(self, name: Path, chosen: str = DEFAULT_CHOICE) -> None:
        self.name, self.chosen, self.starts = name, chosen, []

    def __call__(self, parent, title, start, filters, selected):
        self.starts.append(start)
        assert selected in filters
        return str(self.name), self.chosen


def _controller(qtbot, settings: Settings | None = None) -> PrintController:
    parent = QWidget()
    qtbot.addWidget(parent)
    return PrintController(parent, lambda: (small_comparison(), FilterCriteria()), settings=settings)


def _is_csv(data: bytes) -> bool:
    first = data.decode("utf-8-sig").splitlines()[0]
    return "," in first and not first.startswith(("{", "<", "%"))


BYTES = {
    "html": lambda b: b.lstrip().lower().startswith(b"<!doctype html>"),
    "csv": _is_csv,
    "json": lambda b: isinstance(json.loads(b.decode("utf-8")), dict),
    "png": lambda b: b.startswith(b"\x89PNG\r\n\x1a\n"),
    "pdf": lambda b: b.startswith(b"%PDF-"),
}


@pytest.mark.parametrize("fmt", ["html", "csv", "json", "png", "pdf"])
@pytest.mark.parametrize("chosen", [DEFAULT_CHOICE, "JSON analyses (*.json)"])
def test_the_extension_decides_what_is_written(qtbot, tmp_path, monkeypatch, fmt, chosen):
    out = tmp_path / f"cmp.{fmt}"
    monkeypatch.setattr(dialogs, "ask_save_path", _Answers(out, chosen))
    controller = _controller(qtbot)
    with qtbot.waitSignal(controller.exported, timeout=30000) as signal:
        controller.export_dialog()
    assert signal.args == [str(out)]
    data = out.read_bytes()
    assert BYTES[fmt](data), data[:40]
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_a_chart_type_with_a_comparison_extension_writes_the_named_format(qtbot, tmp_path, monkeypatch):
    out = tmp_path / "cmp.html"  # "Chart as PNG" chosen, but the name says HTML: HTML it is
    monkeypatch.setattr(dialogs, "ask_save_path", _Answers(out, "Chart as PNG image (*.png)"))
    controller = _controller(qtbot)
    with qtbot.waitSignal(controller.exported, timeout=30000):
        controller.export_dialog()
    assert BYTES["html"](out.read_bytes())


def test_export_target_table():
    assert export_target("/x/cmp.CSV", DEFAULT_CHOICE) == (Path("/x/cmp.CSV"), "comparison", "csv")
    assert export_target("/x/cmp.csv", "Chart as CSV table (*.csv)") == (Path("/x/cmp.csv"), "chart", "csv")
    assert export_target("/x/cmp.png", "Chart as CSV table (*.csv)") == (Path("/x/cmp.png"), "comparison", "png")
    assert export_target("/x/cmp.svg", DEFAULT_CHOICE) == (Path("/x/cmp.svg"), "chart", "svg")
    assert export_target("/x/report", "Web page, self-contained (*.html)") == (
        Path("/x/report.html"), "comparison", "html")
    assert export_target("/x/report v1.2", DEFAULT_CHOICE) == (Path("/x/report v1.2.pdf"), "comparison", "pdf")
    for chosen, (what, fmt) in EXPORT_CHOICES.items():  # every choice's own extension keeps the choice
        assert export_target(f"/x/a.{fmt}", chosen)[1:] == (what, fmt)


def test_default_name_from_the_two_titles():
    comparison = small_comparison()
    name = default_export_name(comparison)
    assert name == "Ranstorp varnar för återvändarna vs Örebro arbetar aktivt mot extremism.pdf"
    comparison.left.document.metadata.title = 'Why? A "long" title: with / slashes and many more words than fit'
    comparison.right = None
    name = default_export_name(comparison, "html")
    assert name.endswith(".html") and not any(c in name for c in '/\\:?"')
    assert len(name) <= 60 and name.startswith("Why A long title with slashes")
    assert default_export_name(None) == "comparison.pdf"


def test_the_last_export_folder_survives_a_restart(qtbot, tmp_path, monkeypatch):
    settings_file = tmp_path / "settings.json"
    folder = tmp_path / "exports"
    folder.mkdir()
    answers = _Answers(folder / "cmp.json")
    monkeypatch.setattr(dialogs, "ask_save_path", answers)
    controller = _controller(qtbot, Settings.load(settings_file))
    with qtbot.waitSignal(controller.exported, timeout=30000):
        controller.export_dialog()
    assert answers.starts[0].parent == Path.home()
    restarted = _controller(qtbot, Settings.load(settings_file))  # a new session reads the file
    assert restarted.export_folder() == folder
    answers.name = folder / "again.csv"
    with qtbot.waitSignal(restarted.exported, timeout=30000):
        restarted.export_dialog()
    assert answers.starts[1] == folder / default_export_name(small_comparison())


def test_the_type_box_follows_the_typed_extension(qtbot, tmp_path):
    dialog = dialogs.save_dialog(None, "Export", tmp_path / "cmp.pdf", list(EXPORT_CHOICES), DEFAULT_CHOICE)
    qtbot.addWidget(dialog)
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None and dialog.selectedNameFilter() == DEFAULT_CHOICE
    edit.clear()
    qtbot.keyClicks(edit, "cmp.html")
    assert dialog.selectedNameFilter() == "Web page, self-contained (*.html)"
    edit.clear()
    qtbot.keyClicks(edit, "cmp.svg")
    assert dialog.selectedNameFilter() == "Chart as SVG drawing (*.svg)"
    edit.clear()
    qtbot.keyClicks(edit, "cmp.csv")  # both tables write CSV: the first, the comparison's
    assert dialog.selectedNameFilter() == "CSV table of all marks (*.csv)"
