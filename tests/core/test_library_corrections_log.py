"""The corrections log: what was changed, when, where; revert one, reset a document, show a hidden actor."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.core.analysis import ENGINE_VERSION
from desktop_app.core.analysis.model import Actor, Analysis, Mention, Quote
from desktop_app.core.analysis_store import corrected_analysis
from desktop_app.core.library import CorrectionEntry, Library
from tests.core.library_fixtures import add, lib  # noqa: F401

TEXT = 'Rubrik\n\n"Vi måste agera nu", säger Per Lind. Anna Berg tror att det blir bättre. Lind håller med.'


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def _document(library: Library, text: str = TEXT) -> int:
    """A document whose stored analysis is known (no engine run): two speakers, three mentions."""
    doc_id = add(library, text)
    analysis = Analysis(
        language="sv", genre="news", engine_version=ENGINE_VERSION,
        actors=[Actor("a1", "Per Lind", "person", aliases=["Lind"], mentions=2),
                Actor("a2", "Anna Berg", "person", mentions=1)],
        mentions=[Mention("a1", *_span("Per Lind")), Mention("a2", *_span("Anna Berg")),
                  Mention("a1", *_span("Lind håller"))],
        quotes=[Quote("a1", "direct", *_span("Vi måste agera nu")),
                Quote("a2", "indirect", *_span("det blir bättre"))],
    )
    library.save_analysis(doc_id, ENGINE_VERSION, analysis.to_dict())
    return doc_id


def _names(library: Library, doc_id: int) -> list[str]:
    return sorted(a.name for a in corrected_analysis(library, doc_id).actors)


def test_the_log_says_what_when_and_where_in_order(lib):
    first, second = _document(lib), _document(lib, TEXT + "\n\nEn rad till.")
    hide = lib.add_correction(first, {"op": "hide_actor", "key": "anna berg", "name": "Anna Berg"})
    rename = lib.add_correction(second, {"op": "rename_actor", "key": "per lind", "name": "Per Lindqvist",
                                         "old_name": "Per Lind"})
    entries = lib.correction_entries()
    assert [(e.id, e.doc_id, e.document, e.op) for e in entries] == [
        (hide, first, "Rubrik", "hide_actor"), (rename, second, "Rubrik", "rename_actor")]
    assert [e.description for e in entries] == ["Hide Anna Berg", "Rename Per Lind to Per Lindqvist"]
    assert all(e.created_at.endswith("+00:00") and e.problem is None for e in entries)
    assert [e.id for e in lib.correction_entries(second)] == [rename]
    lib.remove([second])  # a document in the trash keeps its corrections, out of the list
    assert [e.id for e in lib.correction_entries()] == [hide]
    lib.restore([second])
    assert len(lib.correction_entries()) == 2


def test_revert_one_entry_and_put_it_back(lib):
    doc_id = _document(lib)
    merge = lib.add_correction(doc_id, {"op": "merge_actor", "key": "anna berg", "into": "per lind",
                                        "into_name": "Per Lind", "name": "Anna Berg"})
    later = lib.add_correction(doc_id, {"op": "not_quote", **dict(zip(("start", "end"), _span("Vi måste agera nu")))})
    assert _names(lib, doc_id) == ["Per Lind"]

    reverted = lib.revert_correction(merge)  # unmerge, keeping the later correction

    assert isinstance(reverted, CorrectionEntry) and reverted.id == merge
    assert _names(lib, doc_id) == ["Anna Berg", "Per Lind"]
    assert [e.id for e in lib.correction_entries(doc_id)] == [later]
    assert len(corrected_analysis(lib, doc_id).quotes) == 1  # the later one still applies

    lib.reinstate_correction(reverted)  # undo of the revert: same id, same place, same time
    assert [e.id for e in lib.correction_entries(doc_id)] == [merge, later]
    assert lib.correction_entry(merge).created_at == reverted.created_at
    assert _names(lib, doc_id) == ["Per Lind"]
    with pytest.raises(ValueError):
        lib.reinstate_correction(reverted)
    with pytest.raises(KeyError):
        lib.revert_correction(9999)


def test_reset_a_document_to_the_automatic_analysis(lib):
    doc_id = _document(lib)
    other = _document(lib, TEXT + "\n\nAnnan.")
    for key in ("anna berg", "per lind"):
        lib.add_correction(doc_id, {"op": "hide_actor", "key": key})
    kept = lib.add_correction(other, {"op": "hide_actor", "key": "per lind"})
    assert _names(lib, doc_id) == []

    removed = lib.reset_document(doc_id)

    assert [e.op for e in removed] == ["hide_actor", "hide_actor"]
    assert _names(lib, doc_id) == ["Anna Berg", "Per Lind"]
    assert [e.id for e in lib.correction_entries()] == [kept]
    for entry in removed:
        lib.reinstate_correction(entry)
    assert _names(lib, doc_id) == []
    with pytest.raises(KeyError):
        lib.reset_document(9999)


def test_hidden_actors_are_listed_and_restored(lib):
    doc_id = _document(lib)
    lib.add_correction(doc_id, {"op": "hide_actor", "key": "anna berg", "name": "Anna Berg"})
    lib.add_correction(doc_id, {"op": "rename_actor", "key": "per lind", "name": "Per L."})
    hidden = lib.hidden_actors(doc_id)
    assert [(e.actor_key, e.data["name"]) for e in hidden] == [("anna berg", "Anna Berg")]
    assert "Anna Berg" not in _names(lib, doc_id)

    restored = lib.restore_actor(doc_id, "anna berg")

    assert [e.id for e in restored] == [hidden[0].id]
    assert _names(lib, doc_id) == ["Anna Berg", "Per L."]
    assert lib.hidden_actors(doc_id) == [] and lib.restore_actor(doc_id, "anna berg") == []


def test_a_damaged_correction_is_skipped_and_flagged_ones_are_listed(lib):
    doc_id = _document(lib)
    good = lib.add_correction(doc_id, {"op": "hide_actor", "key": "anna berg"})
    odd = lib.add_correction(doc_id, {"op": "no_such_op"})
    broken = lib.add_correction(doc_id, {"op": "hide_actor", "key": "per lind"})
    with sqlite3.connect(lib.path) as conn:
        conn.execute("UPDATE corrections SET json = '{not json' WHERE id = ?", (broken,))
    entries = lib.correction_entries(doc_id)
    assert [e.id for e in entries] == [good, odd]
    assert entries[1].problem == "unknown correction 'no_such_op'"
    assert [cid for cid, _ in lib.list_corrections(doc_id)] == [good, odd]
    assert _names(lib, doc_id) == ["Per Lind"]
