"""Analyses kept with their documents: recomputed when the engine changes, metadata filled in."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.core import analysis_store
from desktop_app.core.analysis.version import ENGINE_VERSION, engine_digest
from desktop_app.core.document import ImportedText, Metadata
from desktop_app.core.library import Library
from desktop_app.paths import LEXICONS_DIR

ENGINE_DIR = Path(analysis_store.__file__).parent / "analysis"

TEXT = (
    "Ny bro i Umeå\n\n"
    "– Vi har väntat länge på den här bron, säger kommunalrådet Anna Lindqvist (S).\n\n"
    "Enligt Trafikverket blir bron klar 2027."
)


def _library(tmp_path: Path) -> tuple[Library, int]:
    library = Library(tmp_path / "lib.sqlite3")
    result = library.add(
        ImportedText(TEXT, Metadata(title="Ny bro i Umeå"), "txt"), source_name="bro.txt", original=b""
    )
    return library, result.doc_id


def test_a_change_to_any_word_list_changes_the_engine_version(tmp_path: Path) -> None:
    engine = shutil.copytree(ENGINE_DIR, tmp_path / "engine", ignore=shutil.ignore_patterns("__pycache__"))
    lexicons = shutil.copytree(LEXICONS_DIR, tmp_path / "lexicons")
    before = engine_digest(engine, lexicons)
    assert before == engine_digest(engine, lexicons)
    verbs = lexicons / "sv" / "reporting_verbs.txt"
    verbs.write_text(verbs.read_text(encoding="utf-8") + "\nbasunerar\n", encoding="utf-8")
    assert engine_digest(engine, lexicons) != before
    assert ENGINE_VERSION.endswith(engine_digest())


def test_a_stale_analysis_is_recomputed_and_a_current_one_reused(tmp_path: Path) -> None:
    library, doc_id = _library(tmp_path)
    library.save_analysis(doc_id, "0+old", {"language": "sv", "genre": "news", "actors": []})
    assert not analysis_store.is_current(library, doc_id)
    analysis = analysis_store.load_or_compute(library, doc_id)
    assert "Anna Lindqvist" in {a.name for a in analysis.actors}
    assert analysis_store.is_current(library, doc_id)
    assert library.analysis_version(doc_id) == ENGINE_VERSION
    library.close()


def test_detected_language_and_genre_fill_empty_metadata_only(tmp_path: Path) -> None:
    library, doc_id = _library(tmp_path)
    assert library.summary(doc_id).language == ""
    analysis_store.load_or_compute(library, doc_id)
    summary = library.summary(doc_id)
    assert summary.language == "sv"
    assert summary.title == "Ny bro i Umeå"

    english = library.add(
        ImportedText(TEXT + "\n\nMer text.", Metadata(title="Marked English", language="en"), "txt"),
        source_name="x.txt",
        original=b"x",
    )
    assert english.status == "imported"
    analysis_store.load_or_compute(library, english.doc_id)
    assert library.summary(english.doc_id).language == "en"  # what the user said stays
    library.close()
