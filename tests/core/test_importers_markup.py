"""HTML, XML and pasted text: article extraction, metadata, and the XXE / billion-laughs guards."""

from __future__ import annotations


import pytest

from desktop_app.core.importers import ImportFailure, import_bytes, import_file, import_pasted
from tests.core.importer_samples import BOILERPLATE_MARKERS, make_docx, news_page, zip_bytes

ARTICLE_SENTENCES = (
    "Ett hundratal personer som stridit för IS har återvänt till Sverige.",
    "Vi är på bollen, men vi måste göra mer, säger han.",
    "nått fram till kommunerna i Örebro och Göteborg, enligt samordnaren.",
)


@pytest.mark.parametrize(
    ("file_name", "data"),
    [
        ("artikel.html", news_page().encode("utf-8")),
        ("artikel.htm", news_page().replace("utf-8", "windows-1252").encode("cp1252")),
        ("sparad-sida.txt", news_page().encode("utf-8")),  # HTML disguised as text
        ("sparad-sida", news_page().encode("utf-8")),  # no extension at all
        ("utan-bom.html", news_page().encode("utf-16-le")),
    ],
)
def test_news_page_article_without_boilerplate(tmp_path, file_name, data):
    path = tmp_path / file_name
    path.write_bytes(data)
    imported = import_file(path)
    assert imported.format == "html"
    for sentence in ARTICLE_SENTENCES:
        assert sentence in imported.text
    for marker in BOILERPLATE_MARKERS:
        assert marker not in imported.text
    paragraphs = imported.text.split("\n\n")
    assert paragraphs[0] == "Forskare: Sverige saknar koll på återvändare"
    assert len(paragraphs) == 5  # headline + four article paragraphs, each on one line
    meta = imported.metadata
    assert meta.title == "Forskare: Sverige saknar koll på återvändare"
    assert meta.authors == ["Anna Andersson"]
    assert meta.date == "2017-06-22"
    assert meta.outlet == "Nyhetsbladet"
    assert meta.language == "sv"
    assert meta.genre == "other"


@pytest.mark.parametrize(
    ("section", "genre"),
    [("Debatt", "opinion"), ("Ledare", "opinion"), ("Opinion", "opinion"),
     ("Intervju", "interview"), ("Sport", "other")],
)
def test_html_section_sets_genre(section, genre):
    assert import_bytes(news_page(section).encode(), "a.html").metadata.genre == genre


def test_html_without_an_article_falls_back_to_body_text():
    page = ("<html lang='en'><head><title>Short note</title></head><body>"
            "<nav>Home | News</nav><div><b>Short</b> note.</div><div>Second line here.</div>"
            "<script>var x = 'SCRIPT';</script></body></html>")
    imported = import_bytes(page.encode(), "note.html")
    assert imported.text.split("\n\n") == ["Short note", "Short note.", "Second line here."]
    assert imported.metadata.language == "en"
    assert "SCRIPT" not in imported.text and "Home" not in imported.text


@pytest.mark.parametrize(
    ("file_name", "xml", "paragraphs", "title"),
    [
        (
            "tei.xml",
            '<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="sv">'
            "<teiHeader><fileDesc><titleStmt><title>Återvändarna</title><author>Anna A"
            "</author></titleStmt></fileDesc></teiHeader><text><body>"
            "<p>Statsminister <persName>Stefan Löfven</persName> (S) håller inte med.</p>"
            "<p>Det är ett <hi rend='i'>ständigt</hi> pågående arbete.</p></body></text></TEI>",
            ["Återvändarna", "Statsminister Stefan Löfven (S) håller inte med.",
             "Det är ett ständigt pågående arbete."],
            "Återvändarna",
        ),
        (
            "egen.xml",
            "<artiklar><artikel><rubrik>Örebro svarar</rubrik><stycke>Vi arbetar med "
            "<org>polisen</org>.</stycke><stycke>Andra stycket.</stycke></artikel></artiklar>",
            ["Örebro svarar", "Vi arbetar med polisen.", "Andra stycket."],
            "Örebro svarar",
        ),
        (
            "egen.txt",  # XML saved as .txt is still read as XML
            "<?xml version='1.0' encoding='iso-8859-1'?><doc><title>R\xe4ksm\xf6rg\xe5s</title>"
            "<p>F\xf6rsta.</p></doc>",
            ["Räksmörgås", "Första."],
            "Räksmörgås",
        ),
    ],
)
def test_xml_paragraphs_from_block_elements(file_name, xml, paragraphs, title):
    data = xml.encode("latin-1") if "iso-8859-1" in xml else xml.encode()
    imported = import_bytes(data, file_name)
    assert imported.format == "xml"
    assert imported.text.split("\n\n") == paragraphs
    assert imported.metadata.title == title


def test_xml_metadata():
    imported = import_bytes(
        b'<?xml version="1.0"?><TEI xml:lang="sv"><teiHeader><title>T</title><author>Anna A'
        b'</author><date when="2019-03-28">28 mars</date></teiHeader><text><body><p>Text.</p>'
        b"</body></text></TEI>", "a.xml")
    assert (imported.metadata.authors, imported.metadata.date, imported.metadata.language) == (
        ["Anna A"], "2019-03-28", "sv")


def _xxe(secret_path, root="doc") -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE {root} [<!ENTITY stolen SYSTEM '
            f'"file://{secret_path}">]><{root}><body><p>Före &stolen; efter.</p></body>'
            f"</{root}>").encode()


@pytest.mark.parametrize(
    ("file_name", "wrap"),
    [
        ("xxe.xml", lambda xml: xml),
        ("xxe.html", lambda xml: xml.replace(b"<doc>", b"<html>").replace(b"</doc>", b"</html>")),
        ("xxe.docx", lambda xml: zip_bytes({"word/document.xml": xml.replace(
            b"<p>", b'<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                    b"<w:r><w:t>").replace(b"</p>", b"</w:t></w:r></w:p>")})),
    ],
)
def test_external_entities_never_leak_local_files(tmp_path, file_name, wrap):
    secret = tmp_path / "hemlig.txt"
    secret.write_text("TOPPHEMLIGT-LÖSENORD")
    try:
        imported = import_bytes(wrap(_xxe(secret)), file_name)
    except ImportFailure:
        return  # refusing the document is as safe as ignoring the entity
    assert "TOPPHEMLIGT" not in imported.text
    assert "Före" in imported.text


def _billion_laughs(root: str = "lolz") -> bytes:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE {root} [{entities}]>'
            f"<{root}><p>Skratt: &lol9;</p></{root}>").encode()


@pytest.mark.parametrize(
    ("file_name", "root"),
    [("laughs.xml", "lolz"), ("laughs.txt", "lolz"), ("laughs.html", "html"),
     ("laughs.epub.xml", "package")],
)
def test_billion_laughs_fails_or_stays_unexpanded(file_name, root):
    """How fast this is refused is measured by benchmarks/import_fuzz.py, not here."""
    try:
        imported = import_bytes(_billion_laughs(root), file_name)
    except ImportFailure as failure:
        assert "billion-laughs" in str(failure) or "XML" in str(failure)
    else:
        assert len(imported.text) < 1000
        assert "lollollol" not in imported.text


def test_billion_laughs_reason():
    with pytest.raises(ImportFailure) as caught:
        import_bytes(_billion_laughs(), "lol.xml")
    assert str(caught.value) == ("lol.xml: refused: explosive entity expansion in the XML file "
                                 "(a billion-laughs document)")


def test_malformed_xml_is_a_clear_failure():
    with pytest.raises(ImportFailure) as caught:
        import_bytes(b"<?xml version='1.0'?><doc><p>open</doc>", "trasig.xml")
    assert str(caught.value) == "trasig.xml: the XML file is not well-formed (line 1)"


def test_docx_with_undeclared_entity_still_reads_safely():
    imported = import_bytes(make_docx(["Hej & hå"]), "ok.docx")
    assert imported.text == "Hej & hå"


@pytest.mark.parametrize(
    ("text", "html", "expected_text", "title"),
    [
        ("Rubriken\r\nFörsta stycket.\r\n", None, "Rubriken\n\nFörsta stycket.", "Rubriken"),
        ("ignored", "<html><body><!--StartFragment--><p>Löfven <b>säger</b> nej.</p>"
         "<script>x()</script><p>Andra.</p><!--EndFragment--></body></html>",
         "Löfven säger nej.\n\nAndra.", "Löfven säger nej."),
        ("Reservtext här.", "<p>   </p>", "Reservtext här.", "Reservtext här."),
        ("Ord " * 60, None, ("Ord " * 60).strip(), None),
    ],
)
def test_import_pasted(text, html, expected_text, title):
    imported = import_pasted(text, html)
    assert imported.text == expected_text
    if title is None:  # a long first line is cut to about 120 characters
        assert len(imported.metadata.title) <= 121
        assert imported.metadata.title.endswith("…")
        assert imported.metadata.title.startswith("Ord Ord")
    else:
        assert imported.metadata.title == title


@pytest.mark.parametrize(("text", "html"), [(None, None), ("", None), (" \n\t", " "),
                                            (None, "<html><body><script>x</script></body></html>")])
def test_import_pasted_nothing(text, html):
    with pytest.raises(ImportFailure) as caught:
        import_pasted(text, html)
    assert str(caught.value) == "pasted text: nothing to import"


def test_html_page_wrapped_in_a_form_still_gives_its_text():
    page = ("<html><body><form action='/x'><div id='content'><p>Texten ligger i ett formulär, "
            "som på många äldre sidor.</p></div></form></body></html>")
    assert "Texten ligger i ett formulär" in import_bytes(page.encode(), "aspx.html").text


def test_nothing_is_fetched_from_the_network(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("an importer tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for data, name in [(b"https://example.com/artikel", "bara-en-adress.html"),
                       (news_page().encode(), "sida.html"),
                       (b"http://127.0.0.1:9/x", "adress.xml")]:
        try:
            import_bytes(data, name)
        except ImportFailure:
            pass
    assert import_pasted(None, "https://example.com/artikel").text == "https://example.com/artikel"


def test_deep_html_says_so_instead_of_no_article_text():
    page = "<html><body>" + "<div>" * 5000 + "Djupt nere." + "</div>" * 5000 + "</body></html>"
    with pytest.raises(ImportFailure) as caught:
        import_bytes(page.encode(), "djup.html")
    assert str(caught.value) == ("djup.html: the page is nested more than 2048 levels deep and "
                                 "cannot be read")


def test_deep_html_after_the_text_imports_with_a_warning():
    page = ("<html><body><p>Texten före.</p>" + "<div>" * 5000 + "x" + "</div>" * 5000 +
            "</body></html>")
    imported = import_bytes(page.encode(), "djup.html")
    assert imported.text == "Texten före."
    assert imported.warnings == ["the page is nested more than 2048 levels deep: the text below "
                                 "that depth was left out"]


def test_the_streamed_page_reads_text_in_order_without_boilerplate():
    """The stream (a parser target, no tree): inline text joined in document order across
    comments and PIs, blocks and line breaks start paragraphs, cells are spaced, navigation,
    scripts and share boxes left out, <article>/<main> spans and the page's metadata kept."""
    from desktop_app.core.importers._html_stream import stream_page

    page = stream_page(
        '<html lang="sv"><head><title> Sidans  titel </title><meta property="og:title" '
        'content="OG"></head><body>före<nav>Meny</nav><div class="share-box">Dela</div><main>'
        '<h1>Rubrik <b>ett</b></h1><p>a <b>b</b> <i>c</i><!-- kommentar --> d<?pi x?>e<br>f</p>'
        '<table><tr><td>x</td><td>y</td></tr></table><article><p>Artikel &amp; text</p>'
        '<script>var s = "<p>nej</p>";</script></article></main>efter</body></html>')
    assert page.paragraphs == ["före", "Rubrik ett", "a b c de", "f", "x y", "Artikel & text",
                               "efter"]
    assert (page.article, page.main, page.best_paragraphs()) == ((5, 6), (1, 6),
                                                                  ["Artikel & text"])
    assert (page.title, page.h1, page.language, page.meta("og:title")) == (
        "Sidans titel", "Rubrik ett", "sv", "OG")
    assert (page.elements, page.too_deep) == (21, False)


@pytest.mark.parametrize(("depth", "paragraphs", "too_deep"), [
    (2045, ["Först.", "Djupt.", "Efter."], False),  # 2048 open elements with html and body
    (2046, ["Först.", "Djupt.", "Efter."], True),
    (2100, ["Först."], True),  # as libxml2's tree: nothing after the limit is read
])
def test_the_stream_stops_where_libxml2_stops_building_a_tree(depth, paragraphs, too_deep):
    from desktop_app.core.importers._html_stream import stream_page

    page = stream_page("<html><body><p>Först.</p>" + "<div>" * depth + "Djupt." +
                       "</div>" * depth + "<p>Efter.</p></body></html>")
    assert (page.paragraphs, page.too_deep) == (paragraphs, too_deep)


@pytest.mark.parametrize("size", [20_000_000 // 20, 12_000_000])
def test_huge_html_text_and_many_attributes_are_read(size):
    attributes = " ".join(f"data-a{i}='v'" for i in range(50_000))
    page = f"<html><body><p {attributes}>{'Ord. ' * (size // 5)}</p></body></html>"
    imported = import_bytes(page.encode(), "stor.html")
    assert imported.text.startswith("Ord. Ord.") and len(imported.text) >= size - 1
