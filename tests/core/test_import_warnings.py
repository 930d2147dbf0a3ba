"""Every warning the importers can give (what an import left out of a damaged file) has a Swedish
translation (core.import_reasons), as every failure does (test_import_reasons.py).

The warnings are collected from the importers' source, not listed by hand: every text appended to
a ``warnings`` list or written in one, given to a helper as its ``warning``, or held in a variable
such a text is built from (``count``, ``shown``) or returned by the helper that writes its pages
(``_pages``). A variable part becomes «1», «2», …
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop_app.core import importing
from desktop_app.core.import_reasons import covers, reason_text
from tests.core.importer_samples import make_pdf_pages
from tests.core.test_import_reasons import SOURCES, _numbered, _targets, _Templates

_WARNING_LISTS = {"warnings"}
_WARNING_HELPERS = {"_optional": 4}  # the argument holding the warning
_WARNING_PARTS = {"count", "shown"}  # variables a warning's text is built from
_RETURNS_PART = {"_pages"}


def _collect(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    templates = _Templates(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append":
            owner = node.func.value
            name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
            if name in _WARNING_LISTS and node.args:
                templates.add(node.args[0])
        if isinstance(node, ast.Call):
            func = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            index = _WARNING_HELPERS.get(func)
            if index is not None and len(node.args) > index:
                templates.add(node.args[index])
            for keyword in node.keywords:
                if keyword.arg in _WARNING_LISTS and isinstance(keyword.value, ast.List):
                    for element in keyword.value.elts:
                        templates.add(element)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            for target in _targets(node):
                name = target.id if isinstance(target, ast.Name) else ""
                if name in _WARNING_LISTS:
                    for listed in ast.walk(node.value):
                        if isinstance(listed, ast.List):
                            for element in listed.elts:
                                templates.add(element)
                if name in _WARNING_PARTS:
                    templates.add(node.value)
        elif isinstance(node, ast.FunctionDef) and node.name in _RETURNS_PART:
            for ret in ast.walk(node):
                if isinstance(ret, ast.Return):
                    templates.add(ret.value)
    return templates.found


def _warnings() -> list[str]:
    found: set[str] = set()
    for path in SOURCES:
        found |= _collect(path)
    # a text with words in it (not a bare variable, a figure, or figures joined by punctuation)
    return sorted(_numbered(t) for t in found if any(c.isalpha() for c in t.replace("«?»", "")))


WARNINGS = _warnings()


def test_the_scan_finds_the_importers_warnings() -> None:
    for expected in ("damaged PDF: «1» of «2» could not be read and was skipped",
                     "damaged PDF: «1» of «2» could not be read and were skipped",
                     "the document part is damaged after «1»; the rest could not be read",
                     "the document properties (title, author, date) are damaged; ignored",
                     "«1» damaged chapter(s) skipped: «2»", "«1» paragraphs", "page «1»",
                     "the page is nested more than «1» levels deep: the text below that depth was left out"):
        assert expected in WARNINGS
    assert len(WARNINGS) >= 10


@pytest.mark.parametrize("warning", WARNINGS)
def test_every_warning_has_a_swedish_translation(warning: str) -> None:
    assert covers(warning, "sv"), f"no Swedish for the import warning {warning!r} (core/import_reasons.py)"


@pytest.mark.parametrize(("english", "swedish"), [
    ("damaged PDF: page 4 of 10 could not be read and was skipped",
     "skadad PDF: sida 4 av 10 kunde inte läsas och hoppades över"),
    ("damaged PDF: 3 pages (1, 2, 5) of 10 could not be read and were skipped",
     "skadad PDF: 3 sidor (1, 2, 5) av 10 kunde inte läsas och hoppades över"),
    ("the document part is damaged after 1 paragraph; the rest could not be read",
     "dokumentdelen är skadad efter 1 stycke; resten kunde inte läsas"),
    ("the document part is damaged after 12 paragraphs; the rest could not be read",
     "dokumentdelen är skadad efter 12 stycken; resten kunde inte läsas"),
    ("5 damaged chapter(s) skipped: a.xhtml, b.xhtml, c.xhtml and 2 more",
     "5 skadade kapitel hoppades över: a.xhtml, b.xhtml, c.xhtml och 2 till"),
])
def test_warnings_in_swedish(english: str, swedish: str) -> None:
    assert reason_text(english, "sv") == swedish
    assert reason_text(english, "en") == english


def test_a_real_damaged_pdf_warns_in_swedish(library, tmp_path: Path) -> None:
    path = tmp_path / "skadad.pdf"
    data = make_pdf_pages([["Sidan ett."], ["Sidan två finns kvar."]])
    path.write_bytes(data.replace(b"/Kids [5 0 R", b"/Kids [50 0 R", 1))  # page 1's object is gone
    outcome = importing.import_one(library, path)
    assert [reason_text(w, "sv") for w in outcome.warnings] == [
        "skadad PDF: sida 1 av 2 kunde inte läsas och hoppades över"]


def test_figures_in_a_reason_take_the_decimal_comma() -> None:
    assert reason_text("file is too large (52.3 MB; the limit is 50.0 MB)", "sv") == \
        "filen är för stor (52,3 MB; gränsen är 50,0 MB)"
    assert reason_text("file is too large (52.3 MB; the limit is 50.0 MB)", "en") == \
        "file is too large (52.3 MB; the limit is 50.0 MB)"
