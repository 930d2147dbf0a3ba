"""DOCX, ODT, EPUB and PDF, built from scratch; damaged containers and zip bombs."""

from __future__ import annotations

import io
import zipfile

import pytest
from pypdf import PdfReader, PdfWriter

from desktop_app.core.importers import ImportFailure, import_bytes, import_file
from tests.core.importer_samples import make_docx, make_epub, make_odt, make_pdf, zip_bytes


def test_docx_paragraphs_and_core_properties(tmp_path):
    path = tmp_path / "debatt.docx"
    path.write_bytes(make_docx(
        ["Örebro arbetar aktivt", "Vi vet att frågan är komplex, säger Kenneth Nilsson.",
         "Kenneth Nilsson\nPer-Åke Sörman"],
        title="Örebro arbetar aktivt mot extremism", creator="Kenneth Nilsson",
        created="2019-03-28T09:30:00Z", language="sv-SE"))
    imported = import_file(path)
    assert imported.format == "docx"
    assert imported.text.split("\n\n") == [
        "Örebro arbetar aktivt", "Vi vet att frågan är komplex, säger Kenneth Nilsson.",
        "Kenneth Nilsson", "Per-Åke Sörman"]  # a manual line break separates the signatures
    assert "RADERAD" not in imported.text  # deleted tracked-change text stays out
    meta = imported.metadata
    assert (meta.title, meta.authors, meta.date, meta.language) == (
        "Örebro arbetar aktivt mot extremism", ["Kenneth Nilsson"], "2019-03-28", "sv")


def test_docx_title_style_when_core_properties_have_none():
    imported = import_bytes(make_docx(["Rubriken", "Brödtext."], title_style_first=True), "a.docx")
    assert imported.metadata.title == "Rubriken"


def test_odt_headings_paragraphs_and_meta():
    imported = import_bytes(make_odt(
        [("h", "Återvändarna"), ("p", "Två  mellanslag blir ett."), ("p+note", "Med fotnot.")],
        title="Återvändarna i Örebro", creator="Anna Andersson", date="2019-03-28T10:00:00",
        language="sv"), "artikel.odt")
    assert imported.format == "odt"
    assert imported.text.split("\n\n") == [
        "Återvändarna", "Två mellanslag blir ett.", "Med fotnot."]  # footnote body left out
    meta = imported.metadata
    assert (meta.title, meta.authors, meta.date, meta.language) == (
        "Återvändarna i Örebro", ["Anna Andersson"], "2019-03-28", "sv")


def test_epub_chapters_in_spine_order_with_dublin_core():
    imported = import_bytes(make_epub(
        [("Kapitel ett", ["Första kapitlet börjar.", "Caf\u00e9 & bar."]),
         ("Kapitel två", ["Andra kapitlet."])],
        title="Återvändarna", creators=["Anna Andersson", "Bo Berg"], language="sv-SE",
        date="2019-03-28"), "bok.epub")
    assert imported.format == "epub"
    assert imported.text.split("\n\n") == [
        "Kapitel ett", "Första kapitlet börjar.", "Café & bar.", "Kapitel två", "Andra kapitlet."]
    meta = imported.metadata
    assert (meta.title, meta.authors, meta.date, meta.language) == (
        "Återvändarna", ["Anna Andersson", "Bo Berg"], "2019-03-28", "sv")


PDF_LINES = [
    "Örebro arbetar aktivt mot våldsbejakande extremism",
    "Kommunen samarbetar med polisen och",
    "regionen i arbetet mot extremism. Det är",
    "viktigt, säger han i Örebro.",  # a short line ending a sentence ends the paragraph
    "Nästa stycke börjar här och fortsätter på",
    "nästa rad.",
]


def test_pdf_text_layer_with_swedish_letters(tmp_path):
    path = tmp_path / "debatt.pdf"
    path.write_bytes(make_pdf(PDF_LINES, title="Örebro kommun", author="Kenneth Nilsson"))
    imported = import_file(path)
    assert imported.format == "pdf"
    assert imported.text.split("\n\n") == [
        "Örebro arbetar aktivt mot våldsbejakande extremism",
        "Kommunen samarbetar med polisen och regionen i arbetet mot extremism. Det är viktigt, "
        "säger han i Örebro.",
        "Nästa stycke börjar här och fortsätter på nästa rad.",
    ]
    meta = imported.metadata
    assert (meta.title, meta.authors, meta.date, meta.language) == (
        "Örebro kommun", ["Kenneth Nilsson"], "2019-03-28", "sv")


def _encrypted(pdf: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="ägare", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_locked_only_against_editing_opens():
    imported = import_bytes(_encrypted(make_pdf(PDF_LINES), ""), "låst.pdf")
    assert imported.text.startswith("Örebro arbetar aktivt")


def test_pdf_hyphen_at_a_line_end_is_kept_where_the_word_has_one():
    # PDFium joins a hyphenated line end itself (and marks it); the hyphen must not be lost
    imported = import_bytes(make_pdf(["Kommunen samarbetar med polisen och EU-",
                                      "kommissionen mot extremism och det är bra."]), "a.pdf")
    assert imported.text == ("Kommunen samarbetar med polisen och EU-kommissionen mot extremism "
                             "och det är bra.")


def _zip_bomb() -> bytes:
    return zip_bytes({"word/document.xml": "<w:document/>",
                      "word/media/nollor.bin": b"\0" * (20 * 1024 * 1024)})


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


@pytest.mark.parametrize(
    ("file_name", "data", "reason"),
    [
        ("skannad.pdf", make_pdf(None), "PDF has no text layer (scanned images?); run OCR first"),
        ("hemlig.pdf", _encrypted(make_pdf(PDF_LINES), "hemligt"),
         "encrypted PDF (password protected); save an unprotected copy"),
        ("trasig.pdf", make_pdf(PDF_LINES)[:60], "damaged PDF: its structure cannot be read"),
        ("avbruten.docx", _truncated(make_docx(["Text."])),
         "damaged or truncated DOCX file (not a readable ZIP archive)"),
        ("avbruten.odt", _truncated(make_odt([("p", "Text.")])),
         "damaged or truncated ODT file (not a readable ZIP archive)"),
        ("avbruten.epub", _truncated(make_epub([("K", ["Text."])], title="T", creators=[])),
         "damaged or truncated EPUB file (not a readable ZIP archive)"),
        ("avbruten", _truncated(make_docx(["Text."])),
         "damaged or truncated ZIP file (not a readable ZIP archive)"),
        ("tom.docx", zip_bytes({"[Content_Types].xml": "<Types/>"}),
         "not a valid DOCX (word/document.xml is missing)"),
        ("arkiv.zip", zip_bytes({"a.txt": "hej"}),
         "a ZIP archive that is not a DOCX, ODT or EPUB document"),
        ("bomb.docx", _zip_bomb(),
         "DOCX member word/media/nollor.bin is compressed 1028:1; refused as a possible zip bomb"),
        ("utan-text.docx", make_docx([]), "no text in the Word document"),
        ("epub-utan-rot.epub", zip_bytes({"mimetype": "application/epub+zip",
                                          "META-INF/container.xml": "<container/>"}),
         "not a valid EPUB (container.xml names no package file)"),
    ],
)
def test_bad_containers_give_one_line_reason(file_name, data, reason):
    with pytest.raises(ImportFailure) as caught:
        import_bytes(data, file_name)
    message = str(caught.value)
    assert "\n" not in message
    assert message == f"{file_name}: {reason}"


def test_member_bigger_than_its_directory_claims_is_refused():
    """A ZIP whose directory under-states a member's size: the read itself is capped."""
    data = bytearray(zip_bytes({"word/document.xml": b"<a>" + b"x" * 5000 + b"</a>"}))
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = archive.getinfo("word/document.xml")
    lie = (100).to_bytes(4, "little")
    true_size = info.file_size.to_bytes(4, "little")
    local = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    data[local + 22: local + 26] = lie  # local header: uncompressed size
    assert data[central + 24: central + 28] == true_size
    data[central + 24: central + 28] = lie  # central directory: uncompressed size
    with pytest.raises(ImportFailure) as caught:
        import_bytes(bytes(data), "ljuger.docx")
    assert "ljuger.docx: " in str(caught.value)
    assert "zip bomb" in str(caught.value) or "damaged" in str(caught.value)


def test_content_beats_a_wrong_extension():
    assert import_bytes(make_pdf(PDF_LINES), "egentligen-pdf.docx").format == "pdf"
    assert import_bytes(make_odt([("p", "Text.")]), "egentligen-odt.docx").format == "odt"
    assert import_bytes(make_epub([("K", ["Text."])], title="T", creators=[]),
                        "namnlös").format == "epub"
    assert import_bytes(make_docx(["Text."]), "namnlös").format == "docx"


_WML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_docx_text_boxes_tables_and_run_elements_are_each_read_once():
    """A text box's paragraphs on their own (its fallback copy skipped), table cells, tabs,
    non-breaking hyphens, line breaks (a page break is no line break) and the run language."""
    text_box = (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
                f'<w:p>{_run("Rutans text.")}</w:p></w:txbxContent></w:drawing></mc:Choice>'
                f'<mc:Fallback><w:pict><w:txbxContent><w:p>{_run("Rutans kopia.")}</w:p>'
                f'</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    table = "".join(f"<w:tr><w:tc><w:p>{_run(f'Cell {row}a')}</w:p></w:tc><w:tc><w:p>"
                    f"{_run(f'Cell {row}b')}</w:p></w:tc></w:tr>" for row in range(3))
    body = (f'<w:p><w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t>Före</w:t></w:r>{text_box}'
            f'{_run(" rutan.")}</w:p>'
            f'<w:tbl>{table}</w:tbl>'
            f'<w:p>{_run("Ett")}<w:r><w:tab/><w:t>två</w:t><w:noBreakHyphen/><w:t>tre</w:t>'
            f'<w:br w:type="page"/><w:t> fyra</w:t><w:br/><w:t>fem.</w:t></w:r></w:p>'
            f'<mc:AlternateContent><mc:Choice Requires="x"><w:p>{_run("Valet.")}</w:p>'
            f'</mc:Choice><mc:Fallback><w:p>{_run("Reserven.")}</w:p></mc:Fallback>'
            f'</mc:AlternateContent><w:p>{_run("Sist.")}</w:p>')
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_WML}" '
           f'xmlns:mc="{_MC}"><w:body>{body}<w:sectPr/></w:body></w:document>')
    imported = import_bytes(zip_bytes({"word/document.xml": xml}), "rutor.docx")
    assert imported.text.split("\n\n") == [
        "Före rutan.", "Rutans text.", "Cell 0a", "Cell 0b", "Cell 1a", "Cell 1b", "Cell 2a",
        "Cell 2b", "Ett två-tre fyra", "fem.", "Valet.", "Sist."]
    assert imported.metadata.language == "en"


def test_docx_reading_forgets_what_it_has_read():
    """Memory follows the paragraph, not the document: by the time a paragraph is handed over,
    everything before it (earlier paragraphs, table rows) is gone from the tree."""
    from desktop_app.core.importers import docx
    from desktop_app.core.importers._zip import SafeZip

    rows = "".join(f"<w:tr><w:tc><w:p>{_run(f'Rad {n}.')}</w:p></w:tc></w:tr>" for n in range(50))
    paragraphs = "".join(f"<w:p>{_run(f'Stycke {n}.')}</w:p>" for n in range(50))
    xml = (f'<?xml version="1.0"?><w:document xmlns:w="{_WML}"><w:body>{paragraphs}'
           f"<w:tbl>{rows}</w:tbl></w:body></w:document>")
    archive = SafeZip(zip_bytes({"word/document.xml": xml}), "DOCX")
    kept_before = []  # elements still in the tree before the paragraph handed over
    for _lines, paragraph, _styled in docx._paragraphs(archive, []):
        count = 0
        for element in paragraph.getroottree().getroot().iter():
            if element is paragraph:
                break
            count += 1
        kept_before.append(count)
    assert len(kept_before) == 100
    # the open path (document, body, table, row, cell) and the previous row's emptied one: a
    # few elements, whatever the number of paragraphs and rows read before
    assert max(kept_before) <= 8


_PDF_PIECES = ["Det här är en lång rad text som fortsätter", "och slutar här.\n",
               "mening som bryts mitt i\n", "\n\n", "ord", "Ord", "och", "IS-", ".", ",", ";", " ",
               "  ", "\n", "\n", "\r", "\r\n", "\x0c", "\ufffe", "12", "- 3 -", "Sida 2 av 9",
               "– ", "• ", "1. ", '"', ")", "\t", "\u00ad", "\u2029", "e\u0301"]


@pytest.mark.parametrize("seed", range(4))
def test_pdf_text_laid_out_in_pieces_is_the_text_laid_out_whole(monkeypatch, seed):
    """The PDF importer cleans and lays out its pages a piece at a time (cut at line ends and
    blank lines); with pieces of any size the result is that of the whole text at once."""
    import random

    from desktop_app.core.importers import pdf
    from desktop_app.core.importers._layout import layout_text, sub_windowed
    from desktop_app.core.importers.text import normalize_newlines

    rng = random.Random(seed)
    for _ in range(150):
        pages = ["".join(rng.choice(_PDF_PIECES) for _ in range(rng.randint(0, 40)))
                 for _ in range(rng.randint(1, 6))]
        joined = normalize_newlines("\n".join(pages)).replace("\ufffe", "-\n")
        whole = layout_text(sub_windowed(pdf._PAGE_NUMBER_RE, "", joined, pdf._LINE_START_RE))
        monkeypatch.setattr(pdf, "PIECE_CHARS", rng.choice([1, 2, 5, 13, 40]))
        pieces = pdf._LaidOut()
        for index, page in enumerate(pages):
            if index:
                pieces.add("\n")
            pieces.add(page)
        assert pieces.finish() == whole, pages


@pytest.mark.parametrize("seed", range(3))
def test_docx_paragraphs_joined_a_group_at_a_time_are_joined_as_a_whole(seed):
    """DOCX paragraphs are cleaned and joined in groups as they are read; groups of any size
    give the text ``join_paragraphs`` gives all of them at once (blank, invisible, spaced ones)."""
    import random

    from desktop_app.core.importers import docx
    from desktop_app.core.importers._normalize import join_paragraphs

    atoms = ["ord", " ", "  ", "\n", "\t", "\u00ad", "\u200b", "e\u0301", "–", "\x0b", ".",
             "\xa0", "\u2028", ""]
    rng = random.Random(seed)
    for _ in range(300):
        paragraphs = ["".join(rng.choice(atoms) for _ in range(rng.randint(0, 6)))
                      for _ in range(rng.randint(0, 12))]
        joined = docx._Joined()
        joined.GROUP_CHARS = rng.choice([1, 3, 10])
        for start in range(0, len(paragraphs), 2):
            joined.extend(paragraphs[start:start + 2])
        assert joined.finish() == join_paragraphs(paragraphs), paragraphs
        assert joined.count == len(paragraphs)
