"""A small hand-checked comparison for the export, print and drag-drop tests.

Spans are found with ``str.index`` in the real texts, so a typo in a text fails loudly here instead
of shifting a highlight silently.
"""

from __future__ import annotations

from desktop_app.core.analysis.model import Actor, Analysis, Claim, Mention, Quote, Span
from desktop_app.core.compare import Comparison, DocumentView, build_comparison
from desktop_app.core.document import Document, Metadata

LEFT_TEXT = (
    "Ranstorp varnar för återvändarna\n"
    "\n"
    "\u201dDet här är ett jätteproblem för Sverige\u201d, säger Magnus Ranstorp.\n"
    "\n"
    "Enligt Säpo har hotet ökat under året. Regeringen måste agera snabbt, anser Ranstorp.\n"
    "\n"
    "Återvändarna är fler än väntat i Göteborg och Örebro."
)
RIGHT_TEXT = (
    "Örebro arbetar aktivt mot extremism\n"
    "\n"
    "Vi i Örebro kommun tar frågan om våldsbejakande extremism på största allvar.\n"
    "\n"
    "Säpo bedömer att läget är stabilt, säger Kenneth Nilsson.\n"
    "\n"
    "Arbetet kommer att fortsätta även nästa år."
)


def _span(text: str, piece: str, after: int = 0) -> tuple[int, int]:
    start = text.index(piece, after)
    return start, start + len(piece)


def left_view() -> DocumentView:
    t = LEFT_TEXT
    actors = [
        Actor("a1", "Magnus Ranstorp", "person", roles=["terrorforskare"], aliases=["Ranstorp"], mentions=3),
        Actor("a2", "Säpo", "organization", mentions=1),
        Actor("a3", "Örebro", "place", mentions=1),
    ]
    mentions = [
        Mention("a1", *_span(t, "Ranstorp")),
        Mention("a1", *_span(t, "Magnus Ranstorp"), via="name"),
        Mention("a1", *_span(t, "Ranstorp.", t.index("anser")), via="surname"),
        Mention("a2", *_span(t, "Säpo")),
        Mention("a3", *_span(t, "Örebro")),
    ]
    mentions[2] = Mention("a1", mentions[2].start, mentions[2].end - 1, "surname")
    q1 = _span(t, "Det här är ett jätteproblem för Sverige")
    cue1 = _span(t, "säger Magnus Ranstorp")
    q2 = _span(t, "Regeringen måste agera snabbt")
    cue2 = _span(t, "anser Ranstorp")
    quotes = [
        Quote("a1", "direct", *q1, cue=Span(*cue1)),
        Quote("a1", "indirect", *q2, cue=Span(*cue2)),
        Quote("a2", "indirect", *_span(t, "har hotet ökat under året")),
    ]
    claims = [
        Claim("a1", "prescription", *q2, terms=["regering", "agera"]),
        Claim(None, "statistic", *_span(t, "Återvändarna är fler än väntat"), terms=["återvänd"]),
    ]
    analysis = Analysis("sv", "news", actors, mentions, quotes, claims,
                        headings=[Span(*_span(t, "Ranstorp varnar för återvändarna"))],
                        engine_version="test")
    doc = Document(1, t, Metadata(title="Ranstorp varnar för återvändarna", outlet="TT",
                                  date="2017-06-22", genre="news", language="sv"),
                   source_name="left.txt")
    return DocumentView(doc, analysis)


def right_view() -> DocumentView:
    t = RIGHT_TEXT
    actors = [
        Actor("b1", "Kenneth Nilsson", "person", party="S", mentions=1, is_author=True),
        Actor("b2", "Örebro", "place", mentions=2),
        Actor("b3", "Säpo", "organization", mentions=1),
    ]
    mentions = [
        Mention("b2", *_span(t, "Örebro")),
        Mention("b2", *_span(t, "Örebro", t.index("Vi i"))),
        Mention("b3", *_span(t, "Säpo")),
        Mention("b1", *_span(t, "Kenneth Nilsson")),
    ]
    quotes = [
        Quote("b1", "author", *_span(t, "Vi i Örebro kommun tar frågan om våldsbejakande extremism på största allvar.")),
        Quote("b3", "indirect", *_span(t, "läget är stabilt"), cue=Span(*_span(t, "bedömer")), corrected=True),
    ]
    claims = [
        Claim("b1", "prediction", *_span(t, "Arbetet kommer att fortsätta även nästa år"), terms=["arbet"]),
        Claim("b1", "stance", *_span(t, "tar frågan om våldsbejakande extremism på största allvar")),
    ]
    analysis = Analysis("sv", "opinion", actors, mentions, quotes, claims, engine_version="test")
    doc = Document(2, t, Metadata(title="Örebro arbetar aktivt mot extremism", outlet="Nerikes Allehanda",
                                  date="2019-03-28", genre="opinion", language="sv",
                                  authors=["Kenneth Nilsson (S)"]),
                   source_name="right.txt")
    return DocumentView(doc, analysis)


def small_comparison() -> Comparison:
    return build_comparison(left_view(), right_view())


def seed_library(folder):
    """A real library in ``folder`` holding the two seed texts; returns (library, [left id, right id])."""
    from desktop_app.core.library import Library
    from desktop_app.core.seeds import import_seeds_if_empty

    library = Library(folder / "library.sqlite3")
    import_seeds_if_empty(library)
    ids = [d.id for d in library.list_documents()]
    return library, ids[:2]


def seed_comparison(folder) -> Comparison:
    """The two seeds analysed by the real engine, as the window would compare them."""
    from desktop_app.core.analysis_store import document_view

    library, (left, right) = seed_library(folder)
    try:
        return build_comparison(document_view(library, left), document_view(library, right))
    finally:
        library.close()


def long_comparison(paragraphs: int = 60) -> Comparison:
    """Two long texts (several printed pages), each paragraph with a quote and a name."""
    views = []
    for side, word, speaker in (("left", "Stycke", "Anna Åberg"), ("right", "Avsnitt", "Östen Öhman")):
        parts, quotes, mentions = [], [], []
        pos = 0
        for i in range(paragraphs):
            body = (f"{word} {i}: återvändarna i Göteborg är fler än väntat enligt {speaker}, "
                    f"som säger att läget är allvarligt och att arbetet måste fortsätta länge än.")
            parts.append(body)
            name_at = pos + body.index(speaker)
            mentions.append(Mention("p1", name_at, name_at + len(speaker)))
            q_at = pos + body.index("läget")
            quotes.append(Quote("p1", "indirect", q_at, q_at + len("läget är allvarligt")))
            pos += len(body) + 2
        text = "\n\n".join(parts)
        analysis = Analysis("sv", "news", [Actor("p1", speaker, "person", mentions=paragraphs)],
                            mentions, quotes, [], engine_version="test")
        title = f"{word}texten om återvändare ({side})"
        views.append(DocumentView(Document(len(views) + 1, text, Metadata(title=title, outlet="TT", language="sv")), analysis))
    return build_comparison(views[0], views[1])
