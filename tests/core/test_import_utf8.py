"""The text kept as UTF-8 on the import path: the same stored text, hash, word count and title as
when it is a str, for every generated shape of the cost benchmark and for arbitrary texts."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings, strategies as st

from desktop_app.core.document import ImportedText, Metadata, content_sha256, count_words
from desktop_app.core.importers import ImportFailure, import_bytes, utf8_first_line
from desktop_app.core.importers._normalize import BlankLineJoined, first_line_title
from desktop_app.core.importing import import_paths
from desktop_app.core.library import documents
from tests.core.importer_samples import make_docx

from benchmarks import import_cost

_TEXT = st.text(st.sampled_from("ab åäö–€😀_1 \n\t\u00a0\u2028"), max_size=200)


@settings(max_examples=60, deadline=None)
@given(text=_TEXT, window=st.integers(1, 8))
def test_a_utf8_text_gives_the_words_and_first_line_of_its_str(text, window):
    utf8 = text.encode()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(documents, "_UTF8_WINDOW", window)  # many windows, cut anywhere
        facts = documents._utf8_facts(utf8, "u.txt")
        assert "".join(documents._utf8_windows(memoryview(utf8))) == text
    assert facts.words == count_words(text)
    assert facts.has_text == bool(text and not text.isspace())
    assert documents._utf8_first_line(utf8) == documents._first_text_line(text)
    assert first_line_title(utf8_first_line(utf8), "F") == first_line_title(text, "F")


def test_a_long_first_line_is_decoded_only_as_far_as_a_title_needs():
    long = "ord " * 100_000
    assert len(utf8_first_line(long.encode())) < 1000
    spaced = " " * 5000 + "Rubrik\nText."
    assert utf8_first_line(spaced.encode()).strip() == "Rubrik"


@pytest.mark.parametrize("text", [
    "Rubrik\n\nEn mening om Örebro – säger hon.\n\nSista stycket med € och 😀.",
    "\n\n  \nFörsta raden efter tomma\n\nmer",
    "ett\x00två tre",
])
def test_utf8_and_str_store_the_same_document(library, text):
    as_utf8 = library.add(ImportedText("", Metadata(), "txt", utf8=text.encode(),
                                       chars=len(text)), source_name="u.txt", original=b"u")
    stored = library.get(as_utf8.doc_id)
    assert stored.text == text
    assert stored.sha256 == content_sha256(text)
    assert library.summaries([as_utf8.doc_id])[0].words == count_words(text)
    again = library.add(ImportedText(text, Metadata(), "txt"), source_name="s.txt", original=b"s")
    assert (again.status, again.doc_id, again.title) == ("duplicate", as_utf8.doc_id,
                                                        as_utf8.title)


@pytest.mark.parametrize("utf8", [b"  \n\n\t ", "ab\ud800c".encode("utf-8", "surrogatepass"),
                                  b"\xff\xfe"])
def test_utf8_that_is_blank_or_not_utf8_is_refused_and_nothing_is_stored(library, utf8):
    with pytest.raises(ValueError):
        library.add(ImportedText("", Metadata(), "txt", utf8=utf8, chars=len(utf8)),
                    source_name="u.txt", original=b"u")
    assert library.list_documents() == []


def test_a_docx_read_as_utf8_is_its_text_encoded():
    data = make_docx(["Rubrik", "Ett stycke – med å, ä och ö.", "Rad ett\nrad två"])
    as_str = import_bytes(data, "d.docx")
    as_utf8 = import_bytes(data, "d.docx", utf8=True)
    assert as_utf8.text == "" and bytes(as_utf8.utf8).decode() == as_str.text
    assert as_utf8.chars == len(as_str.text)
    assert as_utf8.metadata == as_str.metadata


@pytest.mark.parametrize("shape", sorted(import_cost.SHAPES))
def test_every_benchmark_shape_imports_the_text_the_importer_gives(library, tmp_path, shape):
    """Before/after check of the path: the stored text is ``import_bytes``'s str, unchanged."""
    name, data = import_cost.SHAPES[shape](random.Random(13), 40_000)
    path = tmp_path / name
    path.write_bytes(data)
    outcome = import_paths(library, [path], deadline=30.0)[0]
    try:
        expected = import_bytes(data, name)
    except ImportFailure as refused:  # refused the same way (a page nested too deeply)
        assert (outcome.status, outcome.message) == ("error", f"error: {refused.reason}")
        return
    assert outcome.status == "imported", outcome.message
    stored = library.get(outcome.doc_id)
    assert stored.text == expected.text
    assert stored.sha256 == content_sha256(expected.text)
    assert stored.metadata.title == expected.metadata.title[:200]
    assert library.summaries([outcome.doc_id])[0].words == count_words(expected.text)


@settings(max_examples=80, deadline=None)
@given(pieces=st.lists(st.text(st.sampled_from("a å–😀 \n"), max_size=12), max_size=8))
def test_pieces_joined_as_utf8_are_the_str_join_encoded(pieces):
    as_str, as_utf8 = BlankLineJoined(), BlankLineJoined(utf8=True)
    for piece in pieces:
        as_str.add(piece)
        as_utf8.add(piece)
    text = as_str.finish()
    assert text == "\n\n".join(p for p in pieces if p)
    assert bytes(as_utf8.finish()).decode() == text
    assert as_utf8.chars == as_str.chars == len(text)
    assert as_utf8.has_word == as_str.has_word == any(c.isalnum() for c in text)


@pytest.mark.parametrize("seed", range(2))
def test_pdf_and_docx_pieces_as_utf8_give_the_same_text(monkeypatch, seed):
    """The piecewise PDF layout and the DOCX groups, kept as UTF-8, decode to their str text."""
    from desktop_app.core.importers import docx, pdf

    rng = random.Random(seed)
    atoms = ["Ord", " ord", ".", "\n", "\n\n", "–", "12\n", "e\u0301", "\u00ad", "  "]
    for _ in range(100):
        pages = ["".join(rng.choice(atoms) for _ in range(rng.randint(0, 30)))
                 for _ in range(rng.randint(1, 5))]
        monkeypatch.setattr(pdf, "PIECE_CHARS", rng.choice([1, 3, 17]))
        laid = [pdf._LaidOut(), pdf._LaidOut(utf8=True)]
        for pieces in laid:
            for index, page in enumerate(pages):
                if index:
                    pieces.add("\n")
                pieces.add(page)
        text = laid[0].finish()
        assert bytes(laid[1].finish()).decode() == text and laid[1].done.chars == len(text)
        joined = [docx._Joined(), docx._Joined(utf8=True)]
        for group in joined:
            group.GROUP_CHARS = rng.choice([1, 5])
            group.extend(pages)
        text = joined[0].finish()
        assert bytes(joined[1].finish()).decode() == text


# sha256 (first 32 hex digits) of the text import_bytes gave each benchmark shape (40,000 bytes,
# seed 13) at commit 35e99a1, before the importers' speed and memory work of issue 13: a change
# in any importer, in normalisation or in the layout rules that alters a text shows here.
_TEXT_SHA256_AT_35E99A1 = {
    "docx": "515bec58f93f52887cb0fb5b9ae82bbf",
    "docx-text-bomb": "c8d291e3cad4d287c10b42c43457a58e",
    "epub": "cd041084147e43cfaa8411aef722063c",
    "html-article": "11f2303d8bc5f038f54290521855d975",
    "html-attributes": "c700760ec8433968a40647f813591e3b",
    "html-bare-tags": "f06dce27b84e18ccb3c7e94a0679c279",
    "html-paragraphs": "8d62c970cde95421145ea576b4e2625b",
    "md-article": "2787486e16bb66eec2b5e5e53359e9e1",
    "md-brackets": "1159e55c5e509d233251b1da161f327a",
    "md-images": "0925d9ec84fa218ac17f55d06ce0cbfc",
    "odt": "515bec58f93f52887cb0fb5b9ae82bbf",
    "pdf": "0e925e586aef7c865281aea01e4ce8d3",
    "txt-cp1252": "247e2482673ad3dd4c9202d99a7106d1",
    "txt-cr": "6ef23e58a4b8bf7b19633de1827af6dc",
    "txt-lines": "cd0871f74220f0e5eb6dac7321b6c000",
    "txt-one-line": "877a6fada4085a2335a2f692736a05f2",
    "txt-short-lines": "de26489f9c828c820ff81026ada070fd",
    "txt-wrapped": "3ef0947abd529eab49e5372caf18b7e0",
    "xml-tei": "11f2303d8bc5f038f54290521855d975",
}


@pytest.mark.parametrize("shape", sorted(_TEXT_SHA256_AT_35E99A1))
def test_every_benchmark_shape_keeps_the_text_it_had_before(shape):
    """The same text, as a str and as the import worker's UTF-8, as before the rewrites."""
    import hashlib

    name, data = import_cost.SHAPES[shape](random.Random(13), 40_000)
    as_str = import_bytes(data, name)
    as_utf8 = import_bytes(data, name, utf8=True)
    text = as_str.text
    assert hashlib.sha256(text.encode()).hexdigest()[:32] == _TEXT_SHA256_AT_35E99A1[shape]
    assert (bytes(as_utf8.utf8).decode() if as_utf8.utf8 is not None else as_utf8.text) == text
    assert as_utf8.metadata == as_str.metadata
