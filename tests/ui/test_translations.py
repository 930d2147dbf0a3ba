"""The Swedish interface: the committed .ts holds every string of the window, translated; the .qm is
compiled from it; with Swedish chosen the window speaks Swedish; the choice is kept."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core import i18n
from desktop_app.core.settings import Settings
from desktop_app.ui import translations

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "viewpoints_sv.ts"
QM = TS.with_suffix(".qm")
UI_SOURCES = sorted((ROOT / "desktop_app" / "ui").glob("*.py"))


def _tool(name: str) -> str | None:
    """A Qt Linguist tool of the venv that runs the tests (PySide6-Essentials ships them), else PATH's."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element."""
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), m.findtext("source")): m.find("translation")
            for ctx in root.iter("context") for m in ctx.iter("message")}


def _texts(translation: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms (a "%n" message has one per form of the language)."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def _finished(translation: ET.Element | None) -> bool:
    return translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete") \
        and all(text.strip() for text in _texts(translation))


def test_every_string_of_the_window_is_translated_in_the_committed_ts(tmp_path):
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed (PySide6-Essentials ships it)")
    fresh = tmp_path / "fresh.ts"
    done = subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
                           "-target-language", "sv", *map(str, UI_SOURCES), "-ts", str(fresh)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found = _messages(fresh)
    committed = _messages(TS)
    assert len(found) > 250  # the whole window, not an empty scan
    missing = sorted(key for key in found if key not in committed)
    unfinished = sorted(key for key, tr in committed.items() if key in found and not _finished(tr))
    assert not missing, f"not in {TS.name} (run make translations, then translate): {missing[:10]}"
    assert not unfinished, f"untranslated in {TS.name}: {unfinished[:10]}"


def test_translations_keep_the_placeholders_and_one_accelerator():
    for (context, source), translation in _messages(TS).items():
        for text in _texts(translation):
            for placeholder in (r"\{\w*\}", r"%\d", r"%n"):
                assert sorted(re.findall(placeholder, source)) == sorted(re.findall(placeholder, text)), (context, source)
            if len(re.findall(r"&\w", source)) == 1:  # a menu's accelerator: the translation has one too
                assert len(re.findall(r"&\w", text)) == 1, (context, source, text)


def test_the_shipped_qm_is_compiled_from_the_committed_ts(tmp_path):
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed (PySide6-Essentials ships it)")
    fresh = tmp_path / "fresh.qm"
    done = subprocess.run([lrelease, "-silent", str(TS), "-qm", str(fresh)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert QM.read_bytes() == fresh.read_bytes(), "viewpoints_sv.qm is stale: run make translations"


@pytest.mark.parametrize(("choice", "locale", "language"), [
    ("system", "sv_SE", "sv"), ("system", "sv_FI", "sv"), ("system", "en_GB", "en"), ("system", "de_DE", "en"),
    ("system", "C", "en"), ("sv", "en_US", "sv"), ("en", "sv_SE", "en"),
])
def test_the_language_follows_the_setting_then_the_system_locale(choice, locale, language):
    assert translations.resolve(choice, locale) == language


@pytest.fixture
def swedish(qapp):
    """The Swedish translators installed for one test; English again afterwards."""
    assert translations.install(qapp, "sv") == "sv"
    yield
    translations.install(qapp, "en")
    assert i18n.current_language() == "en"


def test_with_swedish_chosen_the_window_speaks_swedish(swedish, window_factory, tmp_path):
    window = window_factory(wait=False)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Arkiv", "&Redigera", "&Visa", "S&ynpunkter", "&Hjälp"]
    assert window.actions.import_files.text() == "&Importera…"
    assert window.sidebar_dock.windowTitle() == "Filter"
    assert window.library_pane.model.headerData(0, Qt.Orientation.Horizontal) == "Titel"
    view_menu = window.menuBar().actions()[2].menu()
    language = view_menu.actions()[-1].menu()
    assert language.title() == "S&pråk"
    assert [a.text() for a in language.actions()] == ["Systemets", "English", "Svenska"]
    assert i18n.text("Direct quote") == "Direktcitat"  # the core's phrases follow the window's language
    # A picture of it, to look at (tests/ui writes it next to the test's temporary files).
    file_menu = window.menuBar().actions()[0].menu()
    file_menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    QApplication.processEvents()
    assert window.grab().save(str(tmp_path / "swedish_window.png"))
    assert file_menu.grab().save(str(tmp_path / "swedish_file_menu.png"))
    file_menu.hide()


def test_the_language_chosen_in_the_menu_is_kept_for_the_next_start(window_factory):
    window = window_factory(wait=False)
    assert window.actions.languages["system"].isChecked()
    window.actions.languages["sv"].trigger()
    assert window.actions.languages["sv"].isChecked()
    assert "next start" in window.statusBar().currentMessage()
    assert Settings.load().language == "sv"
    window_factory.close(window)
    again = window_factory(wait=False)
    assert again.actions.languages["sv"].isChecked()
    again.actions.languages["en"].trigger()
    assert Settings.load().language == "en"


def test_an_unknown_language_in_the_settings_falls_back_to_the_system(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"language": "klingon"}', encoding="utf-8")
    assert Settings.load(path).language == "system"


def test_the_import_summary_gives_the_importers_reasons_in_swedish(swedish, tmp_path):
    """The summary window translates a failure's reason at display time; the log keeps English."""
    from desktop_app.core.importing import ImportOutcome
    from desktop_app.ui.import_summary import summary_html

    outcomes = [ImportOutcome(str(tmp_path / "a.docx"), "error", None,
                              "error: damaged DOCX: the document part is corrupt"),
                ImportOutcome(str(tmp_path / "b.txt"), "error", None, "error: file is empty")]
    html = summary_html(outcomes)
    assert "a.docx: skadad DOCX: dokumentdelen är förstörd" in html
    assert "b.txt: filen är tom" in html
    assert "document part" not in html and "file is empty" not in html


def test_the_import_summary_shows_what_a_damaged_file_lost_in_swedish(swedish, tmp_path):
    """A file imported with a gap opens the summary, which names the gap in the interface's language."""
    from desktop_app.core.importing import ImportOutcome
    from desktop_app.ui.import_summary import needs_summary, summary_html

    whole = ImportOutcome(str(tmp_path / "a.txt"), "imported", 1, "imported as 1", "A")
    assert not needs_summary([whole])
    gap = ImportOutcome(str(tmp_path / "b.pdf"), "imported", 2, "imported as 2", "B",
                        ["damaged PDF: page 1 of 2 could not be read and was skipped"])
    assert needs_summary([whole, gap])
    html = summary_html([whole, gap])
    assert "Importerade med en lucka:" in html
    assert "b.pdf: skadad PDF: sida 1 av 2 kunde inte läsas och hoppades över" in html
    assert "could not be read" not in html


def test_the_window_writes_figures_as_its_language_does(swedish, qapp):
    assert translations.number(12345) == "12\u00a0345"
    assert translations.number(0.75, 2) == "0,75"
    translations.install(qapp, "en")
    assert translations.number(12345) == "12,345"
    assert translations.number(0.75, 2) == "0.75"
    translations.install(qapp, "sv")

