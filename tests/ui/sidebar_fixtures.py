"""Hand-built comparisons for the sidebar, chart and corrections tests (no analysis engine needed)."""

from __future__ import annotations

from desktop_app.core.analysis.model import Actor, Analysis, Claim, Mention, Quote
from desktop_app.core.compare import Comparison, DocumentView, build_comparison
from desktop_app.core.document import Document, ImportedText, Metadata

LEFT_TEXT = (
    "Magnus Ranstorp säger att arbetet är otillräckligt.\n\n"
    "\"Vi är på bollen\", säger Stefan Löfven. Ranstorp håller inte med.\n\n"
    "Försvarshögskolan och Sverige nämns också. Ranstorp igen."
)
RIGHT_TEXT = (
    "Stefan Löfven talade i Örebro.\n\n"
    "\"Vi måste göra mer\", säger Löfven. Löfven fick stöd av Örebro kommun.\n\n"
    "Sverige och Örebro kommun."
)


def _span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def left_analysis() -> Analysis:
    t = LEFT_TEXT
    return Analysis(
        language="sv",
        genre="news",
        actors=[
            Actor("a1", "Magnus Ranstorp", "person", roles=["terrorforskare"], aliases=["Ranstorp"], mentions=3),
            Actor("a2", "Stefan Löfven", "person", party="S", mentions=1),
            Actor("a3", "Försvarshögskolan", "organization", mentions=1),
            Actor("a4", "Sverige", "place", mentions=1),
        ],
        mentions=[
            Mention("a1", *_span(t, "Magnus Ranstorp")),
            Mention("a1", *_span(t, "Ranstorp", 1), via="surname"),
            Mention("a1", *_span(t, "Ranstorp", 2), via="surname"),
            Mention("a2", *_span(t, "Stefan Löfven")),
            Mention("a3", *_span(t, "Försvarshögskolan")),
            Mention("a4", *_span(t, "Sverige")),
        ],
        quotes=[
            Quote("a1", "indirect", *_span(t, "arbetet är otillräckligt")),
            Quote("a2", "direct", *_span(t, "Vi är på bollen")),
        ],
        claims=[Claim("a1", "evaluation", *_span(t, "arbetet är otillräckligt"))],
    )


def right_analysis() -> Analysis:
    t = RIGHT_TEXT
    return Analysis(
        language="sv",
        genre="news",
        actors=[
            Actor("b1", "Stefan Löfven", "person", party="S", aliases=["Löfven"], mentions=3),
            Actor("b2", "Örebro kommun", "organization", mentions=2),
            Actor("b3", "Sverige", "place", mentions=1),
            Actor("b4", "Örebro", "place", mentions=1),
        ],
        mentions=[
            Mention("b1", *_span(t, "Stefan Löfven")),
            Mention("b1", *_span(t, "Löfven", 1), via="surname"),
            Mention("b1", *_span(t, "Löfven", 2), via="surname"),
            Mention("b2", *_span(t, "Örebro kommun")),
            Mention("b2", *_span(t, "Örebro kommun", 1)),
            Mention("b3", *_span(t, "Sverige")),
            Mention("b4", *_span(t, "Örebro")),
        ],
        quotes=[Quote("b1", "direct", *_span(t, "Vi måste göra mer"))],
    )


def documents() -> tuple[Document, Document]:
    return (
        Document(id=1, text=LEFT_TEXT, metadata=Metadata(title="Expert om återvändare", outlet="TT")),
        Document(id=2, text=RIGHT_TEXT, metadata=Metadata(title="Löfven i Örebro", outlet="NA")),
    )


def add_documents(library) -> dict[str, int]:
    """Store the two fixture texts in a library; returns side -> doc id."""
    ids = {}
    for side, doc in zip(("left", "right"), documents()):
        imported = ImportedText(text=doc.text, metadata=doc.metadata, format="txt")
        ids[side] = library.add(imported, source_name=f"{side}.txt", original=doc.text.encode()).doc_id
    return ids


def comparison(left: Analysis | None = None, right: Analysis | None = None) -> Comparison:
    left_doc, right_doc = documents()
    return build_comparison(
        DocumentView(left_doc, left or left_analysis()), DocumentView(right_doc, right or right_analysis())
    )
