"""Small real documents for the importer tests, built from scratch (no binary fixtures in the repo).

DOCX/ODT/EPUB are minimal valid ZIP containers written with zipfile; the PDF is written by hand
with a Helvetica text stream in WinAnsiEncoding (which has å ä ö).
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

NEWS_PAGE = """<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="utf-8">
<title>Forskare: Sverige saknar koll på återvändare | Nyhetsbladet</title>
<meta property="og:title" content="Forskare: Sverige saknar koll på återvändare">
<meta property="og:site_name" content="Nyhetsbladet">
<meta property="og:type" content="article">
<meta property="article:section" content="{section}">
<meta name="author" content="Anna Andersson">
<meta property="article:published_time" content="2017-06-22T10:15:00+02:00">
<script>var tracking = "SKRIPTTEXT ska aldrig synas";</script>
<style>.ad {{ color: red }}</style>
</head>
<body>
<header><nav><ul><li><a href="/">Startsida</a></li><li><a href="/sport">Sport MENYTEXT</a></li>
<li><a href="/kultur">Kultur</a></li></ul></nav></header>
<div class="ad banner">ANNONSTEXT Köp billiga flygresor nu!</div>
<main>
<article>
<h1>Forskare: Sverige saknar koll på återvändare</h1>
<p>Ett hundratal personer som stridit för IS har återvänt till Sverige. Många av dem vill ta sig
tillbaka, enligt Magnus Ranstorp, terrorforskare vid Försvarshögskolan.</p>
<p>Redan 2014 visste vi att återvändarna skulle bli ett jätteproblem. Varför har ingenting gjorts?
Det ligger egentligen på samordnarens bord, säger han.</p>
<p>Statsminister Stefan Löfven (S) håller inte med om att de svenska insatserna är sämre än andra
länders. Vi är på bollen, men vi måste göra mer, säger han.</p>
<p>Det har gått långsamt innan information om återvändare nått fram till kommunerna i Örebro och
Göteborg, enligt samordnaren.</p>
</article>
</main>
<aside class="related"><h2>Mer att läsa</h2>
<ul><li><a href="/a">RELATERAT Länk ett</a></li></ul></aside>
<footer><p>FOOTERTEXT © Nyhetsbladet AB 2017. Alla rättigheter förbehållna.</p></footer>
<script>document.write("MERSKRIPT");</script>
</body>
</html>
"""

BOILERPLATE_MARKERS = ("SKRIPTTEXT", "MERSKRIPT", "MENYTEXT", "ANNONSTEXT", "FOOTERTEXT",
                       "RELATERAT", "color: red")


def news_page(section: str = "Nyheter") -> str:
    return NEWS_PAGE.format(section=section)


def zip_bytes(members: dict[str, bytes | str], *, stored_first: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if stored_first is not None:
            archive.writestr(zipfile.ZipInfo(stored_first), members[stored_first],
                             compress_type=zipfile.ZIP_STORED)
        for name, content in members.items():
            if name != stored_first:
                archive.writestr(name, content)
    return buffer.getvalue()


def make_docx_xml(paragraphs: list[str], *, title_style_first: bool = False) -> str:
    """word/document.xml for ``paragraphs``; "\\n" in a paragraph is a manual line break."""
    body = []
    for index, paragraph in enumerate(paragraphs):
        style = ('<w:pPr><w:pStyle w:val="Title"/></w:pPr>'
                 if title_style_first and index == 0 else "")
        runs = '<w:r><w:br/></w:r>'.join(
            f'<w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r>'
            for line in paragraph.split("\n"))
        body.append(f"<w:p>{style}{runs}</w:p>")
    body.append('<w:p><w:r><w:delText>RADERAD TEXT</w:delText></w:r></w:p>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:body>{"".join(body)}<w:sectPr/></w:body></w:document>'
    )


def make_docx(paragraphs: list[str], *, title: str = "", creator: str = "",
              created: str = "", language: str = "", title_style_first: bool = False) -> bytes:
    """A minimal Word document; a paragraph may contain "\\n" for a manual line break."""
    document = make_docx_xml(paragraphs, title_style_first=title_style_first)
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f'<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>'
        f'<dc:language>{language}</dc:language>'
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
        '</cp:coreProperties>'
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    return zip_bytes({"[Content_Types].xml": content_types, "word/document.xml": document,
                      "docProps/core.xml": core})


def make_odt(headings_and_paragraphs: list[tuple[str, str]], *, title: str = "",
             creator: str = "", date: str = "", language: str = "") -> bytes:
    """A minimal OpenDocument text; items are ("h" | "p", text)."""
    blocks = []
    for kind, text in headings_and_paragraphs:
        inner = escape(text).replace("  ", ' <text:s text:c="1"/>')
        if kind == "h":
            blocks.append(f'<text:h text:outline-level="1">{inner}</text:h>')
        else:
            blocks.append(f"<text:p>{inner}<text:note><text:note-body><text:p>FOTNOT"
                          "</text:p></text:note-body></text:note></text:p>"
                          if kind == "p+note" else f"<text:p>{inner}</text:p>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        f'<office:body><office:text>{"".join(blocks)}</office:text></office:body>'
        '</office:document-content>'
    )
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>'
        f'<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>'
        f'<meta:creation-date>{date}</meta:creation-date><dc:language>{language}</dc:language>'
        '</office:meta></office:document-meta>'
    )
    return zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text",
                      "content.xml": content, "meta.xml": meta}, stored_first="mimetype")


def make_epub(chapters: list[tuple[str, list[str]]], *, title: str, creators: list[str],
              language: str = "sv", date: str = "") -> bytes:
    """A minimal EPUB 3 whose spine lists the chapters in reverse file-name order."""
    members: dict[str, bytes | str] = {"mimetype": "application/epub+zip"}
    members["META-INF/container.xml"] = (
        '<?xml version="1.0"?><container version="1.0" '
        'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
        '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
        '</rootfiles></container>'
    )
    manifest, spine = [], []
    for index, (heading, paragraphs) in enumerate(chapters):
        file_name = f"text/kap{len(chapters) - index:02d}.xhtml"  # spine order != name order
        paras = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        members[f"OEBPS/{file_name}"] = (
            '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html>'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>'
            f"<h1>{escape(heading)}</h1>{paras}</body></html>"
        )
        manifest.append(f'<item id="c{index}" href="{file_name}" '
                        'media-type="application/xhtml+xml"/>')
        spine.append(f'<itemref idref="c{index}"/>')
    creator_xml = "".join(f"<dc:creator>{escape(c)}</dc:creator>" for c in creators)
    members["OEBPS/content.opf"] = (
        '<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" '
        'version="3.0" unique-identifier="id"><metadata '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">x</dc:identifier>'
        f"<dc:title>{escape(title)}</dc:title>{creator_xml}<dc:language>{language}</dc:language>"
        f"<dc:date>{date}</dc:date></metadata><manifest>{''.join(manifest)}</manifest>"
        f"<spine>{''.join(spine)}</spine></package>"
    )
    return zip_bytes(members, stored_first="mimetype")


def _pdf_string(text: str, encoding: str = "cp1252") -> bytes:
    raw = text.encode(encoding)
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(lines: list[str] | None, *, title: str = "", author: str = "") -> bytes:
    """A one-page PDF; ``lines`` drawn in Helvetica, or ``None`` for a page with only a drawing."""
    return make_pdf_pages([lines], title=title, author=author)


def _page_stream(lines: list[str] | None) -> bytes:
    if lines is None:
        return b"0.5 w 72 72 m 300 300 l S"
    shown = b" T* ".join(_pdf_string(line) + b" Tj" for line in lines)
    return b"BT /F1 11 Tf 72 770 Td 14 TL " + shown + b" ET"


def make_pdf_pages(pages: list[list[str] | None], *, title: str = "", author: str = "") -> bytes:
    """A PDF with one page per item of ``pages`` (its lines, or ``None`` for only a drawing).

    Objects: 1 catalog, 2 page tree, 3 font, 4 info, then a page and its content per page.
    """
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(len(pages))).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (sv-SE) >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(len(pages)).encode() + b" >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + _pdf_string(title, "latin-1") + b" /Author " +
        _pdf_string(author, "latin-1") + b" /CreationDate (D:20190328104500+01'00') >>",
    ]
    for index, lines in enumerate(pages):
        stream = _page_stream(lines)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents " +
                       str(6 + 2 * index).encode() + b" 0 R >>")
        objects.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream +
                       b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe5\xe4\xf6\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 4 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# ---- damaged and hostile files, for the fuzz test and benchmarks/import_fuzz.py -------------------

FUZZ_FORMATS = ("txt", "md", "html", "xml", "docx", "odt", "epub", "pdf")
_PROSE = ("Statsminister Stefan Löfven (S) håller inte med, säger han till TT. "
          "Vi är på bollen, men vi måste göra mer. ")


def fuzz_base(fmt: str) -> bytes:
    """A small valid file of each format, the seed every mutation starts from."""
    paragraphs = ["Rubriken", _PROSE * 3, "– Det är för lite, säger Magnus Ranstorp.", _PROSE]
    if fmt == "txt":
        return "\n\n".join(paragraphs).encode()
    if fmt == "md":
        return ("---\ntitle: Rubriken\nauthor: Anna Berg\n---\n# Rubriken\n\n"
                "Se [länken](https://x.se/a_(b)) och ``kod ` här`` &amp; mer.\n\n- punkt\n- "
                "punkt två\n\n> citat\n\n" + _PROSE).encode()
    if fmt == "html":
        return news_page().encode()
    if fmt == "xml":
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        return (f'<?xml version="1.0" encoding="utf-8"?><TEI><teiHeader><title>Rubriken</title>'
                f"</teiHeader><text><body>{body}</body></text></TEI>").encode()
    if fmt == "docx":
        return make_docx(paragraphs, title="Rubriken", creator="Anna Berg")
    if fmt == "odt":
        return make_odt([("h", paragraphs[0])] + [("p", p) for p in paragraphs[1:]])
    if fmt == "epub":
        return make_epub([("Kapitel 1", paragraphs[1:]), ("Kapitel 2", [_PROSE])],
                         title="Bok", creators=["Anna Berg"])
    return make_pdf_pages([[paragraphs[0], _PROSE[:70], _PROSE[70:]], ["Sida två.", _PROSE[:60]]])


_large = [False]  # fuzz_cases(large=True): the multi-megabyte variants of the attacks too


def _pick(rng, *sizes: int) -> int:  # noqa: ANN001
    """The smallest size, or (for large cases) any of them."""
    return rng.choice(sizes) if _large[0] else sizes[0]


def _flip(rng, data: bytes) -> bytes:  # noqa: ANN001 - random.Random
    out = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        position = rng.randrange(len(out))
        out[position] = rng.randrange(256) if rng.random() < 0.5 else out[position] ^ (1 << rng.randrange(8))
    return bytes(out)


def _cut(rng, data: bytes) -> bytes:  # noqa: ANN001
    return data[:rng.randrange(1, len(data))]


def _splice(rng, data: bytes) -> bytes:  # noqa: ANN001
    start = rng.randrange(len(data))
    junk = rng.choice([b"\x00" * rng.randint(1, 64), bytes(rng.randrange(256) for _ in range(32)),
                       b"<" * 50, b"]]>", b"&#0;", b"\xff\xfe", b"%%EOF", b"PK\x03\x04"])
    return data[:start] + junk + data[start + rng.randint(0, 16):]


def _zip_mutation(rng, fmt: str, data: bytes) -> bytes:  # noqa: ANN001
    """Damage inside a ZIP container: a corrupt or missing member, lying sizes, a bomb."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    members = {info.filename: archive.read(info) for info in archive.infolist()}
    names = sorted(members)
    choice = rng.randrange(6)
    if choice == 0:  # a member's compressed bytes damaged
        raw = bytearray(data)
        info = archive.getinfo(rng.choice(names))
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        for _ in range(rng.randint(1, 6)):
            if info.compress_size:
                raw[start + rng.randrange(info.compress_size)] ^= 0xFF
        return bytes(raw)
    if choice == 1:  # a member left out
        del members[rng.choice(names)]
    elif choice == 2:  # a member's XML cut or flipped
        name = rng.choice(names)
        members[name] = _cut(rng, members[name]) if rng.random() < 0.5 else _flip(rng, members[name])
    elif choice == 3:  # a bomb: zeros that compress a thousandfold
        members["bomb.bin"] = b"\0" * _pick(rng, 2, 8) * 1024 * 1024
    elif choice == 4:  # deep nesting or a huge attribute in the main part
        main = {"docx": "word/document.xml", "odt": "content.xml"}.get(fmt, names[-1])
        if rng.random() < 0.5:
            members[main] = b'<?xml version="1.0"?><a>' + b"<b>" * 3000 + b"x" + b"</b>" * 3000 + b"</a>"
        else:
            members[main] = b'<?xml version="1.0"?><a x="' + b"y" * 2_000_000 + b'">t</a>'
    else:  # the encryption flag set on every member
        raw = bytearray(data)
        position = raw.find(b"PK\x01\x02")
        while position >= 0:
            raw[position + 8] |= 1
            position = raw.find(b"PK\x01\x02", position + 4)
        return bytes(raw)
    return zip_bytes(members)


def _pdf_mutation(rng, data: bytes) -> bytes:  # noqa: ANN001
    """Damage to a PDF's structure: its cross-reference table, trailer, encryption, a stream."""
    choice = rng.randrange(5)
    if choice == 0:
        return data.replace(b"xref", b"xrfe", 1)
    if choice == 1:
        position = data.find(b"startxref")
        return data[:position] + b"startxref\n99999999\n%%EOF\n"
    if choice == 2:
        return data.replace(b"/Root 1 0 R", b"/Root 1 0 R /Encrypt << /Filter /Standard /V 99 "
                                             b"/R 9 /O (x) /U (y) /P -1 >>", 1)
    if choice == 3:
        return data.replace(b"/Length ", b"/Length 9", 1)
    return data.replace(b"/Kids [", b"/Kids [2 0 R ", 1)  # the page tree holds itself


def _markup_attack(rng, fmt: str) -> bytes:  # noqa: ANN001
    """XXE, billion laughs, deep nesting, huge or many attributes, NUL bytes, one long line."""
    choice = rng.randrange(7)
    root = "html" if fmt == "html" else "doc"
    if choice == 0:
        return (f'<?xml version="1.0"?><!DOCTYPE {root} [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                f"<{root}><p>Före &x; efter.</p></{root}>").encode()
    if choice == 1:
        entities = '<!ENTITY a0 "lol">' + "".join(
            f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10))
        return f'<?xml version="1.0"?><!DOCTYPE {root} [{entities}]><{root}><p>&a9;</p></{root}>'.encode()
    if choice == 2:
        depth = _pick(rng, 300, 3000, 30000)
        return (f"<{root}><body>" + "<div>" * depth + "Djupt." + "</div>" * depth +
                f"</body></{root}>").encode()
    if choice == 3:
        return (f'<{root}><body><p title="' + "x" * _pick(rng, 100_000, 11_000_000) +
                f'">Text.</p></body></{root}>').encode()
    if choice == 4:
        attributes = " ".join(f"a{i}='v'" for i in range(_pick(rng, 1000, 60000)))
        return f"<{root}><body><p {attributes}>Text.</p></body></{root}>".encode()
    if choice == 5:
        return (f"<{root}><body><p>Text\x00med\x00nollor.</p></body></{root}>").encode()
    return (f"<{root}><body><p>" + "Lång rad. " * _pick(rng, 10_000, 1_000_000) +
            f"</p></body></{root}>").encode()


def _text_attack(rng, fmt: str) -> bytes:  # noqa: ANN001
    choice = rng.randrange(6)
    if choice == 0:
        return b"Text\x00med\x00nollor " * rng.randint(1, 500)
    if choice == 1:
        return ("Lång rad utan slut. " * _pick(rng, 1000, 200_000)).encode()
    if choice == 2:
        return ("[" * _pick(rng, 1000, 100_000) + " text").encode()
    if choice == 3:
        return ("a\n" * _pick(rng, 1000, 300_000)).encode()
    if choice == 4:
        return ("![bild](bild.png " * _pick(rng, 100, 20_000)).encode()
    return "Rad\r".encode() * rng.randint(1, 100_000)


def fuzz_cases(fmt: str, count: int, seed: int = 13,
               large: bool = False) -> list[tuple[str, bytes]]:
    """``count`` damaged or hostile files of ``fmt``: (file name, bytes), reproducible by seed.

    ``large`` also draws the attacks' multi-megabyte sizes (deep nesting of 30,000, 11 MB
    attributes, 10 MB lines), for the benchmark; the test keeps to small ones.
    """
    import random

    _large[0] = large
    rng = random.Random(f"{seed}-{fmt}")
    base = fuzz_base(fmt)
    name = f"prov.{fmt}"
    cases: list[tuple[str, bytes]] = [(name, base)]
    while len(cases) < count:
        kind = rng.randrange(10)
        if kind < 3:
            data = _flip(rng, base)
        elif kind < 5:
            data = _cut(rng, base)
        elif kind < 6:
            data = _splice(rng, base)
        elif fmt in ("docx", "odt", "epub"):
            data = _zip_mutation(rng, fmt, base)
        elif fmt == "pdf":
            data = _pdf_mutation(rng, base)
        elif fmt in ("html", "xml"):
            data = _markup_attack(rng, fmt)
        else:
            data = _text_attack(rng, fmt)
        cases.append((f"prov{len(cases)}.{fmt}", data))
    return cases


# Words of parsers and of Python that a user must never be shown.
INTERNAL_WORDS = ("Traceback", "XML_PARSE", "Excessive depth", "AttValue", "lxml", "libxml",
                  "pypdf", "PDFium", "pdfium", "Error:", "Exception", "Errno", "invalid literal",
                  "object has no", "b'", "\\x", "PK\x03", "line 1 column", "NoneType", "expected")


def unclear(message: str, name: str) -> str:
    """Why a refusal line is not fit for a user, or "" when it is."""
    if "\n" in message:
        return "more than one line"
    if len(message) >= 160:
        return f"{len(message)} characters"
    if not message.startswith(f"{name}: "):
        return "does not start with the file name"
    for word in INTERNAL_WORDS:
        if word in message:
            return f"parser internals ({word!r})"
    return ""
