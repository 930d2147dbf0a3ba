"""An actor across the library: every quote and claim in every analysed document."""

from __future__ import annotations

from desktop_app.core import analysis_store
from desktop_app.core.actor_across import actor_across_library
from desktop_app.core.document import ImportedText, Metadata

TEXT_A = ("Hotet mot Sverige har ökat.\n\n"
          "– Det här är ett allvarligt hot mot hela samhället, säger Magnus Ranstorp, terrorforskare "
          "vid Försvarshögskolan.\n\nPolisen vill inte kommentera uppgifterna.")
TEXT_B = ("Debatten om säkerheten fortsätter.\n\n"
          "– Vi måste satsa mer på förebyggande arbete i skolorna, säger Magnus Ranstorp.\n\n"
          "Regeringen presenterar sitt förslag i veckan.")
TEXT_C = "Ett helt annat ämne.\n\n– Budgeten håller, säger Anna Andersson, ekonom."


def _add(library, text, title, outlet, date, analyse=True):
    meta = Metadata(title=title, outlet=outlet, date=date, genre="news", language="sv")
    doc_id = library.add(ImportedText(text, meta, "txt"), source_name=f"{title}.txt", original=text.encode()).doc_id
    if analyse:
        analysis_store.load_or_compute(library, doc_id)
    return doc_id


def test_quotes_of_one_actor_in_every_document_newest_first(library):
    a = _add(library, TEXT_A, "Hotet", "DN", "2019-03-01")
    b = _add(library, TEXT_B, "Skolorna", "SvD", "2020-05-02")
    _add(library, TEXT_C, "Budget", "DN", "2021-01-01")
    _add(library, TEXT_B.replace("skolorna", "förskolorna"), "Oanalyserad", "GP", "2022-01-01", analyse=False)
    found = actor_across_library(library, "magnus  RANSTORP")
    assert found.name == "Magnus Ranstorp"
    assert found.documents == 2 and found.unanalysed == 1
    assert [s.doc_id for s in found.statements if s.what == "quote"][:1] == [b]  # the newest first
    quotes = {s.doc_id: s for s in found.statements if s.what == "quote"}
    assert set(quotes) == {a, b}
    assert "allvarligt hot" in quotes[a].text and (quotes[a].outlet, quotes[a].date) == ("DN", "2019-03-01")
    assert library.get(b).text[quotes[b].start:quotes[b].end].startswith("Vi måste")


def test_a_hidden_actor_is_gone_from_that_document_and_an_unknown_name_finds_nothing(library):
    a = _add(library, TEXT_A, "Hotet", "DN", "2019-03-01")
    b = _add(library, TEXT_B, "Skolorna", "SvD", "2020-05-02")
    library.add_correction(a, {"op": "hide_actor", "key": "magnus ranstorp", "name": "Magnus Ranstorp"})
    found = actor_across_library(library, "Magnus Ranstorp")
    assert {s.doc_id for s in found.statements} == {b}
    assert actor_across_library(library, "Ingen Alls").statements == []
