"""Plain text and Markdown: encodings, line layouts, the seed texts."""

from __future__ import annotations

import pytest

from desktop_app import paths
from desktop_app.core.document import split_paragraphs
from desktop_app.core.importers import ImportFailure, import_bytes, import_file

SWEDISH = "Räksmörgås på Öland – ”Vi är på bollen”, säger han. Åtta öar i ån."


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("utf-8", SWEDISH.encode("utf-8")),
        ("utf-8 with BOM", b"\xef\xbb\xbf" + SWEDISH.encode("utf-8")),
        ("utf-16 LE with BOM", SWEDISH.encode("utf-16")),
        ("utf-16 BE with BOM", b"\xfe\xff" + SWEDISH.encode("utf-16-be")),
        ("utf-16 LE without BOM", SWEDISH.encode("utf-16-le")),
        ("utf-16 BE without BOM", SWEDISH.encode("utf-16-be")),
        ("windows-1252", SWEDISH.encode("cp1252")),
        ("mac roman", SWEDISH.replace("–", "-").replace("”", '"').encode("mac_roman")),
    ],
)
def test_encodings_give_correct_swedish_letters(tmp_path, label, data):
    path = tmp_path / "artikel.txt"
    path.write_bytes(data)
    expected = SWEDISH if label != "mac roman" else \
        SWEDISH.replace("–", "-").replace("”", '"')
    assert import_file(path).text == expected


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Öl på ön", "cp1252"),  # charset-normalizer alone calls this UTF-16 or Big5
        ("Hej då, vi ses på fredag.", "cp1252"),  # ... or cp1250 ("dĺ")
        ("Räksmörgås", "latin-1"),
        ("Göteborg, Malmö och Västerås.", "latin-1"),
        ("Snö", "cp1252"),
    ],
)
def test_short_legacy_swedish_is_read_as_windows_1252(text, encoding):
    assert import_bytes(text.encode(encoding), "kort.txt").text == text


def test_utf8_with_stray_windows_1252_bytes_keeps_both():
    data = "Först UTF-8: räksmörgås, sedan ".encode() + "Windows-1252: blåbär.".encode("cp1252")
    assert import_bytes(data, "blandad.txt").text == (
        "Först UTF-8: räksmörgås, sedan Windows-1252: blåbär.")


def test_cyrillic_legacy_text_is_not_forced_into_windows_1252():
    text = "Привет, как дела? Всё хорошо у нас, спасибо."
    assert import_bytes(text.encode("cp1251"), "ryska.txt").text == text


@pytest.mark.parametrize(
    ("raw", "paragraphs"),
    [
        # blank-line layout with every kind of line ending
        (b"Ett.\r\n\r\nTv\xc3\xa5.\r\n", ["Ett.", "Två."]),
        (b"Ett.\r\rTv\xc3\xa5.\r", ["Ett.", "Två."]),
        (b"Ett.\n\n\n\nTv\xc3\xa5.", ["Ett.", "Två."]),
        # one line per paragraph, including a sub-heading without a full stop
        (b"Regeringen agerar.\nSnabbt tillbaka\nPolisen svarar.",
         ["Regeringen agerar.", "Snabbt tillbaka", "Polisen svarar."]),
        # trailing spaces, tabs and no-break spaces are tidied inside a paragraph
        ("Ett  ord\u00a0till \t här.   \n".encode(), ["Ett ord till här."]),
        # a signature block: lines without full stops that start with capitals stay apart
        ("Kenneth Nilsson (S), ordförande Örebro\nPer-Åke Sörman (C), vice ordförande Örebro\n"
         "Lennart Bondeson (KD), kommunalråd".encode(),
         ["Kenneth Nilsson (S), ordförande Örebro", "Per-Åke Sörman (C), vice ordförande Örebro",
          "Lennart Bondeson (KD), kommunalråd"]),
    ],
)
def test_line_layouts(raw, paragraphs):
    assert import_bytes(raw, "text.txt").text.split("\n\n") == paragraphs


HARD_WRAPPED = """\
Ett hundratal personer som stridit för IS har återvänt till
Sverige, enligt Magnus Ranstorp, terrorforskare vid
Försvarshögskolan, som anser att de insatser som samordnaren
gjort är otillräckliga. Redan 2014 visste vi att återvändarna
skulle bli ett jätteproblem, säger han.

Statsminister Stefan Löfven (S) håller inte med om att de
svenska insatserna är sämre än andra länders.
Det här är en egen kort rad.
"""


def test_hard_wrapped_paragraphs_are_joined_but_sentence_ends_are_respected():
    assert import_bytes(HARD_WRAPPED.encode(), "wrapped.txt").text.split("\n\n") == [
        "Ett hundratal personer som stridit för IS har återvänt till Sverige, enligt Magnus "
        "Ranstorp, terrorforskare vid Försvarshögskolan, som anser att de insatser som "
        "samordnaren gjort är otillräckliga. Redan 2014 visste vi att återvändarna skulle bli "
        "ett jätteproblem, säger han.",
        "Statsminister Stefan Löfven (S) håller inte med om att de svenska insatserna är sämre "
        "än andra länders.",
        "Det här är en egen kort rad.",
    ]


@pytest.mark.parametrize("seed", ["000_2061872dff862ea4.txt", "003_6a2936062be1d440.txt"])
def test_seed_paragraphs_are_exactly_the_non_empty_lines(seed):
    source = (paths.SEEDS_DIR / seed).read_text(encoding="utf-8")
    lines = [line.strip() for line in source.split("\n") if line.strip()]
    imported = import_file(paths.SEEDS_DIR / seed)
    assert imported.text.split("\n\n") == lines
    assert [imported.text[p.start:p.end] for p in split_paragraphs(imported.text)] == lines


def test_seed_counts_and_titles():
    news = import_file(paths.SEEDS_DIR / "000_2061872dff862ea4.txt")
    opinion = import_file(paths.SEEDS_DIR / "003_6a2936062be1d440.txt")
    assert len(split_paragraphs(news.text)) == 16  # 13 paragraphs + 3 sub-headings
    assert len(split_paragraphs(opinion.text)) == 14  # title + 10 paragraphs + 3 signature lines
    assert opinion.metadata.title == "Örebro arbetar aktivt mot våldsbejakande extremism"
    assert opinion.text.endswith("Lennart Bondeson Kristdemokraterna, kommunalråd")
    # a first line too long for a headline: the title falls back to the file name
    assert news.metadata.title == "000_2061872dff862ea4"


MARKDOWN = """\
---
title: "Örebro svarar"
author: [Kenneth Nilsson, Per-Åke Sörman]
date: 2019-03-28
lang: sv
---
# Örebro arbetar *aktivt*

Vi har **etablerat** ett _samarbete_ med [polisen](https://polisen.se "Polisen") och
`regionen`, säger Kenneth Nilsson.

> Ett citat i ett blockcitat.

- första punkten
- andra punkten

```
kod_rad = 1
```

Underrubrik
-----------

| Kommun | Insats |
|--------|--------|
| Örebro | Vivalla |

![karta](karta.png)
Escaped \\*stjärna\\* och snake_case_namn.
"""


def test_markdown_markup_is_stripped():
    imported = import_bytes(MARKDOWN.encode(), "svar.md")
    assert imported.format == "md"
    assert imported.text.split("\n\n") == [
        "Örebro arbetar aktivt",
        "Vi har etablerat ett samarbete med polisen och regionen, säger Kenneth Nilsson.",
        "Ett citat i ett blockcitat.",
        "första punkten",
        "andra punkten",
        "kod_rad = 1",
        "Underrubrik",
        "Kommun Insats",
        "Örebro Vivalla",
        "Escaped *stjärna* och snake_case_namn.",
    ]
    meta = imported.metadata
    assert (meta.title, meta.authors, meta.date, meta.language) == (
        "Örebro svarar", ["Kenneth Nilsson", "Per-Åke Sörman"], "2019-03-28", "sv")


def test_markdown_title_is_the_first_heading_without_front_matter():
    imported = import_bytes("Inledning utan rubrik.\n\n## Första *rubriken*\n\nText.".encode(),
                            "a.md")
    assert imported.metadata.title == "Första rubriken"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "file is empty"),
        (b"   \n\t\r\n  ", "no text in the file (empty or only whitespace)"),
        ("\ufeff  \n".encode(), "no text in the file (empty or only whitespace)"),
        (b"abc\x00\x01\x02\x03\x00\x00\xff\xfe\x00" * 20, "binary data (NUL bytes), not text"),
        (bytes(range(1, 32)) * 10 + b"abc", "binary data (control characters), not text"),
        (b"\xff\xfe\x00\xd8\x00\xd8", "invalid UTF-16-LE text after its byte-order mark (byte 2)"),
        (b"\xef\xbb\xbfok \xff\xfe", "invalid UTF-8 text after its byte-order mark (byte 6)"),
    ],
)
def test_bad_text_input_gives_one_line_reason(tmp_path, data, reason):
    path = tmp_path / "dålig.txt"
    path.write_bytes(data)
    with pytest.raises(ImportFailure) as caught:
        import_file(path)
    assert str(caught.value) == f"dålig.txt: {reason}"
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("Se [stadens sida](https://sv.wikipedia.org/wiki/Örebro_(stad)) i dag.",
         "Se stadens sida i dag."),
        ("Kör ``git log --format=`%h` `` först.", "Kör git log --format=`%h` först."),
        ("Fakta &amp; åsikter &mdash; och &quot;citat&quot;.", "Fakta & åsikter — och \"citat\"."),
        ("Bild ![karta](karta.png) och [länk][ref].\n\n[ref]: https://x.se", "Bild och länk."),
        ("En [ hake som aldrig stängs " * 3, ("En [ hake som aldrig stängs " * 3).strip()),
        # images whose parenthesis never closes stay literal text, whatever stands next to the "!"
        ('Text ![bild](bild.png "titel" och ![bild](bild.png slut.',
         'Text ![bild](bild.png "titel" och ![bild](bild.png slut.'),
        ("Se **fet**![bild](x och _kursiv_![b](y och \\![c](z slut.",
         "Se fet![bild](x och kursiv![b](y och ![c](z slut."),
        ("A*![bild](x* och ~~![b](y~~ och <![b](y och !![c](z slut.",
         "A*![bild](x* och ![b](y och <![b](y och !![c](z slut."),
    ],
)
def test_markdown_inline_markup_as_commonmark_reads_it(markdown, expected):
    assert import_bytes(markdown.encode(), "a.md").text == expected


_PARKING_CASES = [
    'Text ![bild](bild.png "titel" och ![bild](bild.png slut.',
    "Escaped ![a\\](b och [c\\](d och [e\\\\](f slut.",
    "Innan [x ![b](c och [y [z](w slut.",
    "Stängd [x ![b](c](https://d.se) men [e](f öppen.",
    "Referens [x ![b]: /u och [a](b slut.\n\n[a]: https://a.se",
    "*Kursiv ![b](c* och **fet [d](e** och <i>![f](g</i> slut.",
    "Tom ![](x och [](y och ![]( och []( slut.",
    "Full [text][a](b och [t][c](d slut.\n\n[A]: https://a.se",
    "Bild ![a](b och ![ A  ](c slut.\n\n[a]: https://a.se",
]


def _commonmark_text(markdown: str) -> str:
    """What the parser alone makes of the Markdown, without the cost-saving rewrites."""
    from desktop_app.core.importers import markdown as md
    from desktop_app.core.importers._layout import layout_text

    blocks = [block for _, block in md._blocks(md._parser().parse(markdown, {}))]
    return layout_text("\n\n".join(b for b in blocks if b.strip()))


@pytest.mark.parametrize("markdown", _PARKING_CASES)
def test_parked_links_read_as_the_parser_reads_them(markdown):
    """Making never-closed links literal (the "!", "[" and "]") changes no text."""
    assert import_bytes(markdown.encode(), "a.md").text == _commonmark_text(markdown)


def test_a_line_of_unclosed_images_leaves_the_parser_nothing_to_stop_at():
    """The "!", "[" and "]" of never-closed images are all parked, so the inline parser reads
    the line as one run of text instead of trying every rule at each "]" (md-images' cost)."""
    from desktop_app.core.importers import markdown as md

    line = 'Text ![bild](bild.png "titel" och ![bild](bild.png ' * 200
    prepared = md._prepare(line)
    assert not set("![]") & set(prepared)
    tokens = md._parser().parse(prepared, {})
    assert [child.type for token in tokens if token.type == "inline"
            for child in token.children] == ["text"]
    assert import_bytes(line.encode(), "a.md").text == line.strip()


_LINK_PIECES = ["![bild](x ", "[länk](y ", "<", "\\", "!", "[", "]", "(", " ord ", "![a\\](b ",
                "[c](d) ", "\\[e](f "]
_EMPHASIS_PIECES = ["*", "_", "~", "**fet** "]


@pytest.mark.parametrize("seed", range(3))
def test_parking_a_window_at_a_time_is_parking_the_line_at_once(monkeypatch, seed):
    """Lines of never-closed links and images, with every neighbour an "!" may have, are
    rewritten in windows (cut where no opening can straddle); small windows change nothing, and
    without emphasis next to them the text is what the parser alone makes of the line."""
    import random

    from desktop_app.core.importers import _layout
    from desktop_app.core.importers import markdown as md

    rng = random.Random(seed)
    for _ in range(60):
        pieces = _LINK_PIECES + (_EMPHASIS_PIECES if rng.random() < 0.5 else [])
        line = "Text " + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) + " slut."
        whole = md._prepare(line)
        monkeypatch.setattr(_layout, "WINDOW", 7)
        assert md._prepare(line) == whole, line
        if not set("*_~") & set(line):
            assert import_bytes(line.encode(), "a.md").text == _commonmark_text(line), line
        monkeypatch.undo()


def test_markdown_one_line_per_paragraph_and_front_matter_survive_the_parser():
    data = ("---\ntitle: Svaret\nauthor: Anna Berg\ndate: 2020-01-02\n---\n"
            "Första stycket slutar här.\nAndra stycket börjar med stor bokstav.\n\n"
            "Ett radbrutet stycke som fortsätter\npå nästa rad.").encode()
    imported = import_bytes(data, "svar.md")
    assert imported.text.split("\n\n") == [
        "Första stycket slutar här.", "Andra stycket börjar med stor bokstav.",
        "Ett radbrutet stycke som fortsätter på nästa rad."]
    assert (imported.metadata.title, imported.metadata.authors, imported.metadata.date) == (
        "Svaret", ["Anna Berg"], "2020-01-02")


@pytest.mark.parametrize(
    "layout",
    ["a\n" * 20_000, "Rad.\r" * 20_000, ("ord ord ord ord ord ord\n" * 10 + "\n") * 500,
     "x" * 200_000],
)
def test_large_layouts_come_out_normalized(layout):
    """The shapes of issue 13 that were quadratic: same rules, normalized text (timing: bench)."""
    text = import_bytes(layout.encode(), "stor.txt").text
    assert text == text.strip() and "\n\n\n" not in text and "\r" not in text
    assert "".join(text.split()) == "".join(layout.split())


def test_space_class_is_every_whitespace_but_space_and_newline():
    """The whitespace normalisation's written-out class is exactly what ``\\s`` means to re."""
    import re
    import sys

    from desktop_app.core.importers._layout import _OTHER_SPACES

    other = re.compile(f"[{_OTHER_SPACES}]")
    spaces = {c for c in map(chr, range(sys.maxunicode + 1)) if re.match(r"\s", c)}
    written = {c for c in map(chr, range(sys.maxunicode + 1)) if other.match(c)}
    assert written == spaces - {" ", "\n"}


@pytest.mark.parametrize("seed", range(20))
def test_clean_text_matches_the_plain_whitespace_rule(seed):
    """Runs of spaces, tabs and odd blanks become one space, as the one-regex rule says."""
    import random
    import re
    import unicodedata

    from desktop_app.core.importers._layout import INVISIBLE_RE, clean_text

    rng = random.Random(seed)
    text = "".join(rng.choice(["a", "ö", " ", " ", "\n", "\t", "\xa0", "\u2003", "\r", "\x0c", ".", "\u200b"])
                   for _ in range(rng.randint(0, 400)))
    plain = re.sub(r"[^\S\n]{2,}|[^\S \n]", " ", INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text)))
    assert clean_text(text) == plain


def test_every_character_clean_text_replaces_is_unprintable():
    """``clean_text`` skips its regex scans when a text (line ends aside) is printable: that is
    only right while every character either scan acts on is unprintable to ``str.isprintable``."""
    import re
    import sys

    from desktop_app.core.importers._layout import _OTHER_SPACES, INVISIBLE_RE

    other = re.compile(f"[{_OTHER_SPACES}]")
    acted_on = [c for c in map(chr, range(sys.maxunicode + 1))
                if INVISIBLE_RE.match(c) or other.match(c)]
    assert len(acted_on) > 80
    assert [c for c in acted_on if c.isprintable()] == []
    assert not "\n".isprintable() and " ".isprintable()


@pytest.mark.parametrize("seed", range(10))
def test_clean_text_of_printable_text_matches_the_plain_rule(seed, monkeypatch):
    """The printable fast path (windows of any size) gives what the one-regex rule gives."""
    import random
    import re
    import unicodedata

    from desktop_app.core.importers import _layout

    rng = random.Random(seed)
    monkeypatch.setattr(_layout, "WINDOW", rng.choice([1, 3, 16, 1 << 18]))
    text = "".join(rng.choice(["a", "ö", " ", "  ", "\n", "\n\n", "e\u0301", ".", "–", "\u00e9"])
                   for _ in range(rng.randint(0, 400)))
    plain = re.sub(r"[^\S\n]{2,}|[^\S \n]", " ", unicodedata.normalize("NFC", text))
    assert _layout.clean_text(text) == plain


# The break rules as first written: anchored by a lookbehind, so re tries them at every
# character; the line-by-line patterns of _layout must decide every break the same way.
_LOOKBEHIND_EVIDENT = r"(?:^|(?<=[\x04-\x08])) ?([^\x04-\x08]*)[\x05\x07\x08]"
_LOOKBEHIND_UNDECIDED = (r"(?:^|(?<=[\x04-\x08]))( ?)([^\x04-\x08]*)([\x04\x06])"
                         r"(?=( ?)([^\s\x04-\x08]*))")
_BLOCK_PIECES = ["ord", "Ord", " ", "a", "lång rad med flera ord", "- ", "1. ", "• ", ".", ",",
                 "\x04", "\x05", "\x06", "\x07", "\x08", "\x04 ", "\x06 ", "\x05 ", "x" * 70,
                 "y" * 75 + " "]


@pytest.mark.parametrize("seed", range(6))
def test_line_by_line_break_patterns_decide_as_the_lookbehind_ones(monkeypatch, seed):
    """The wrap width and every undecided break's fate, in windows of any size, are those the
    lookbehind-anchored patterns give the whole block."""
    import random
    import re

    from desktop_app.core.importers import _layout

    evident, undecided = re.compile(_LOOKBEHIND_EVIDENT), re.compile(_LOOKBEHIND_UNDECIDED)

    def decide_all(block: str, width: int) -> str:
        def decide(match: re.Match[str]) -> str:
            lead, line, marker, next_lead, next_word = match.groups()
            joins = not (next_lead and not lead) and len(line) <= width * 1.15 and \
                len(line) + 1 + len(next_word) > width * 0.9 and \
                not _layout._BULLET_RE.match(match.string, match.end())
            return f"{lead}{line}{_layout.JOIN if joins else marker}"
        return undecided.sub(decide, block)

    rng = random.Random(seed)
    for _ in range(300):
        block = "".join(rng.choice(_BLOCK_PIECES) for _ in range(rng.randint(0, 60)))
        width = max(map(len, evident.findall(block)), default=0)
        monkeypatch.setattr(_layout, "WINDOW", rng.choice([1, 5, 30, 1 << 18]))
        assert _layout._evident_width(block) == width, block
        for trial in (width, rng.randint(1, 90)):
            assert _layout._decide_breaks(block, trial) == decide_all(block, trial), block
        monkeypatch.undo()
