"""Texts, helpers and fixtures shared by the library tests (a helpers module, not a test file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.library import Library

RETURNEES = (
    "Sverige saknar koll på IS-återvändare\n\n"
    "Sverige har ingen samlad bild av de återvändare som kommit hem från IS, säger "
    "terrorforskaren Magnus Ranstorp vid Försvarshögskolan.\n\n"
    "Statsministern avvisar kritiken och säger att arbetet fungerar."
)
OREBRO = (
    "Örebro arbetar aktivt mot våldsbejakande extremism\n\n"
    "Vi arbetar tillsammans med polisen mot våldsbejakande extremism i Örebro.\n\n"
    "Polisen menar att samverkan har blivit bättre."
)
FARMING = (
    "Bonden får regn\n\n"
    "Min far säger att skörden blir god i år, och extremt torra somrar är sällsynta."
)


def imported(text: str, title: str = "", **meta: object) -> ImportedText:
    return ImportedText(text, Metadata(title=title, **meta), "txt")  # type: ignore[arg-type]


def add(lib: Library, text: str, name: str = "a.txt", **meta: object) -> int:
    result = lib.add(imported(text, **meta), source_name=name, original=text.encode("utf-8"))
    assert result.status == "imported"
    return result.doc_id


@pytest.fixture
def lib(tmp_path: Path):
    library = Library(tmp_path / "library.sqlite3")
    yield library
    library.close()


@pytest.fixture
def three(lib: Library) -> dict[str, int]:
    return {
        "returnees": add(lib, RETURNEES, "000.txt", genre="news"),
        "orebro": add(lib, OREBRO, "003.txt", genre="opinion"),
        "farming": add(lib, FARMING, "farm.txt"),
    }
