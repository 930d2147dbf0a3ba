"""The importer registry: format choice, size limits, unknown formats, folder expansion."""

from __future__ import annotations


import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop_app.core.importers import DEFAULT_MAX_BYTES, ImportFailure, import_bytes, \
    import_file, iter_importable, supported_extensions
from tests.core.importer_samples import make_docx, make_epub, make_odt, make_pdf, news_page

_SAMPLES = {
    ".txt": "Rubrik\r\n\r\nFörsta stycket, säger han.\nAndra.".encode("cp1252"),
    ".html": news_page().encode(),
    ".xml": "<doc><title>Rubrik</title><p>Första.</p></doc>".encode(),
    ".docx": make_docx(["Rubrik", "Första."]),
    ".odt": make_odt([("h", "Rubrik"), ("p", "Första.")]),
    ".epub": make_epub([("Rubrik", ["Första."])], title="T", creators=[]),
    ".pdf": make_pdf(["Rubrik", "Första."]),
}


def _assert_normalized(text: str) -> None:
    assert text and text == text.strip()
    for paragraph in text.split("\n\n"):
        assert paragraph and paragraph == paragraph.strip()
        assert "\n" not in paragraph and "\r" not in paragraph and "  " not in paragraph


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ext=st.sampled_from(sorted(_SAMPLES) + [""]), data=st.data())
def test_damaged_or_random_input_never_escapes_as_a_traceback(ext, data):
    """Random bytes, or a real sample with bytes flipped or cut off: a result or ImportFailure."""
    if ext and data.draw(st.booleans()):
        sample = bytearray(_SAMPLES[ext])
        for _ in range(data.draw(st.integers(1, 8))):
            position = data.draw(st.integers(0, len(sample) - 1))
            sample[position] = data.draw(st.integers(0, 255))
        blob = bytes(sample[: data.draw(st.integers(1, len(sample)))])
    else:
        blob = data.draw(st.binary(max_size=400))
    try:
        imported = import_bytes(blob, f"prov{ext}")
    except ImportFailure as failure:
        assert str(failure).startswith(f"prov{ext}: ") and "\n" not in str(failure)
    else:
        _assert_normalized(imported.text)
        assert imported.metadata.title


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab åÖ.,\n\r\t\u00a0\u2029-”")), max_size=200))
def test_any_text_comes_out_normalized(text):
    try:
        imported = import_bytes(text.encode("utf-8"), "slump.txt")
    except ImportFailure as failure:
        assert "no text" in str(failure) or "empty" in str(failure)
    else:
        _assert_normalized(imported.text)
        words = [w for w in text.replace("\u00a0", " ").split() if w.strip()]
        assert "".join(imported.text.split()) == "".join("".join(words).split())


def test_supported_extensions():
    extensions = supported_extensions()
    for ext in (".txt", ".md", ".html", ".htm", ".xml", ".docx", ".odt", ".epub", ".pdf"):
        assert ext in extensions
    assert all(ext.startswith(".") and ext == ext.lower() for ext in extensions)


def test_import_failure_is_one_line_with_name_and_reason():
    failure = ImportFailure("a.txt", "file is\n empty")
    assert (failure.name, failure.reason, str(failure)) == ("a.txt", "file is empty",
                                                            "a.txt: file is empty")


@pytest.mark.parametrize(
    ("file_name", "data", "fmt"),
    [
        ("LÄSMIG", "Ett stycke utan filändelse.".encode(), "txt"),
        ("ARTIKEL.TXT", b"Versaler i filnamnet.", "txt"),
        ("anteckning.markdown", b"# Rubrik\n\nText.", "md"),
        ("sida.xhtml", b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">'
                       b"<body><p>Text i XHTML.</p></body></html>", "html"),
        ("sida.xml", b'<?xml version="1.0"?><html><body><p>XHTML som .xml.</p></body></html>',
         "html"),
    ],
)
def test_format_from_content_and_extension(file_name, data, fmt):
    assert import_bytes(data, file_name).format == fmt


@pytest.mark.parametrize(
    ("file_name", "data", "reason"),
    [
        ("tabell.csv", b"a;b\n1;2\n", "unsupported file type .csv (readable: .txt, .md, .html, "
                                      ".xml, .docx, .odt, .epub, .pdf)"),
        ("brev.rtf", b"{\\rtf1\\ansi Hej}", "RTF documents are not supported; save it as DOCX, "
                                            "ODT or plain text"),
        ("brev.txt", b"{\\rtf1\\ansi Hej}", "RTF documents are not supported; save it as DOCX, "
                                            "ODT or plain text"),
        ("gammal.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512),
         "old Office (.doc) files are not supported; save it as DOCX or ODT"),
        ("bild", b"\x89PNG\r\n\x1a\n" + bytes(100), "this is a PNG image, not a text"),
        ("skräp", bytes(range(256)) * 8, "binary data (NUL bytes), not text"),
        ("skräp2", bytes(range(1, 256)) * 8, "binary data (control characters), not text"),
    ],
)
def test_unknown_and_binary_formats_are_refused(file_name, data, reason):
    with pytest.raises(ImportFailure) as caught:
        import_bytes(data, file_name)
    assert str(caught.value) == f"{file_name}: {reason}"


def test_oversize_file_is_refused_with_small_limit(tmp_path):
    path = tmp_path / "stor.txt"
    path.write_bytes(b"Ord. " * 1000)
    with pytest.raises(ImportFailure) as caught:
        import_file(path, max_bytes=1000)
    assert str(caught.value) == "stor.txt: file is too large (4.9 KB; the limit is 1000 bytes)"
    with pytest.raises(ImportFailure):
        import_bytes(b"Ord. " * 1000, "stor.txt", max_bytes=1000)
    assert import_file(path, max_bytes=5000).text.startswith("Ord.")


def test_huge_file_is_refused_before_it_is_read(tmp_path):
    """The size in the message is the file's, not the 50 MB a read would have stopped at."""
    path = tmp_path / "enorm.txt"
    with path.open("wb") as handle:  # sparse: 8 GB on paper, nothing on disk
        handle.truncate(8 * 1024 ** 3)
    with pytest.raises(ImportFailure) as caught:
        import_file(path)
    assert str(caught.value) == (f"enorm.txt: file is too large (8192.0 MB; the limit is "
                                 f"{DEFAULT_MAX_BYTES / 1024 / 1024:.1f} MB)")


@pytest.mark.parametrize(("make", "reason"), [
    (lambda p: p / "saknas.txt", "file not found"),
    (lambda p: p, "is a folder, not a file"),
])
def test_missing_file_and_folder(tmp_path, make, reason):
    path = make(tmp_path)
    with pytest.raises(ImportFailure) as caught:
        import_file(path)
    assert str(caught.value) == f"{path.name}: {reason}"


def test_iter_importable_expands_folders_sorted_and_skips_hidden(tmp_path):
    root = tmp_path / "artiklar"
    for relative in ["b.txt", "A.md", "sub/c.docx", "sub/z/d.pdf", ".dold.txt", ".git/x.txt",
                     "bild.png", "~$lås.docx", "utan_filändelse", "sub/e.HTML"]:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    explicit = tmp_path / "lösa.csv"
    explicit.write_bytes(b"x")
    found = list(iter_importable([root, explicit, root / "b.txt"]))
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "artiklar/A.md", "artiklar/b.txt", "artiklar/sub/c.docx", "artiklar/sub/e.HTML",
        "artiklar/sub/z/d.pdf", "lösa.csv"]  # named files are kept, so they get a reason


def test_docx_via_file_path(tmp_path):
    path = tmp_path / "Min artikel.docx"
    path.write_bytes(make_docx(["En mening utan titel i metadata."]))
    imported = import_file(path)
    assert imported.metadata.title == "En mening utan titel i metadata."


@pytest.mark.parametrize(
    ("file_name", "fmt"),
    [("a.xml", "xml"), ("a.txt", "html"), ("a", "html"), ("a.md", "md")],
)
def test_markup_with_html_like_tags_follows_the_extension(file_name, fmt):
    data = "<doc><title>Rubrik</title><p>Första stycket.</p></doc>".encode()
    assert import_bytes(data, file_name).format == fmt
