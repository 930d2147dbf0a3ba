"""FilterCriteria applied to a hand-built analysis: which marks, paragraphs and chart rows show."""

from __future__ import annotations

import pytest

from desktop_app.core.analysis.model import Actor, Analysis, Claim, Mention, Quote
from desktop_app.core.compare import DocumentView, build_comparison
from desktop_app.core.document import Document, Metadata
from desktop_app.core.filters import (
    FilterCriteria,
    chart_csv,
    chart_rows,
    keys_of,
    matching_paragraphs,
    visible_claims,
    visible_mentions,
    visible_quotes,
)

TEXT = (
    "Anna Berg säger att skolan behöver mer pengar.\n"  # paragraph 0: 0-46
    "\n"
    "Vädret var fint.\n"  # paragraph 1
    "\n"
    "\"Vi måste agera nu\", säger Per Lind från Skolverket.\n"  # paragraph 2
    "\n"
    "Arbetslösheten kommer att stiga."  # paragraph 3
)


def _span(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


def _analysis() -> Analysis:
    anna, per, verket = (
        Actor("a1", "Anna Berg", "person", mentions=1),
        Actor("a2", "Per Lind", "person", mentions=1),
        Actor("a3", "Skolverket", "organization", mentions=1),
    )
    return Analysis(
        language="sv",
        genre="news",
        actors=[anna, per, verket],
        mentions=[
            Mention("a1", *_span("Anna Berg")),
            Mention("a2", *_span("Per Lind")),
            Mention("a3", *_span("Skolverket")),
        ],
        quotes=[
            Quote("a1", "indirect", *_span("skolan behöver mer pengar")),
            Quote("a2", "direct", *_span("Vi måste agera nu")),
        ],
        claims=[
            Claim("a1", "prescription", *_span("skolan behöver mer pengar")),
            Claim(None, "prediction", *_span("Arbetslösheten kommer att stiga")),
        ],
    )


def _document() -> Document:
    return Document(id=1, text=TEXT, metadata=Metadata(title="t"))


@pytest.mark.parametrize(
    ("criteria", "quotes", "claims", "mentions", "paragraphs"),
    [
        (FilterCriteria(), ["a1", "a2"], ["prescription", "prediction"], ["a1", "a2", "a3"], {0, 2, 3}),
        # hiding Anna hides her quote, her claim and her name, not the narrator's claim
        (FilterCriteria().with_actor("anna berg", False), ["a2"], ["prediction"], ["a2", "a3"], {2, 3}),
        (FilterCriteria().with_kind("direct", False), ["a1"], ["prescription", "prediction"], ["a1", "a2", "a3"], {0, 2, 3}),
        (FilterCriteria().with_kind("claim:prediction", False), ["a1", "a2"], ["prescription"], ["a1", "a2", "a3"], {0, 2}),
        (FilterCriteria().with_kind("mention", False), ["a1", "a2"], ["prescription", "prediction"], [], {0, 2, 3}),
        (
            FilterCriteria(mark_kinds=frozenset({"mention"})).with_actor("per lind", False),
            [],
            [],
            ["a1", "a3"],
            {0, 2},
        ),
        (FilterCriteria(mark_kinds=frozenset()), [], [], [], set()),
    ],
)
def test_visible_marks_follow_criteria(criteria, quotes, claims, mentions, paragraphs):
    analysis = _analysis()
    key_of = keys_of(analysis)
    assert [q.speaker for q in visible_quotes(analysis, criteria, key_of)] == quotes
    assert [c.kind for c in visible_claims(analysis, criteria, key_of)] == claims
    assert [m.actor for m in visible_mentions(analysis, criteria, key_of)] == mentions
    assert matching_paragraphs(_document(), analysis, criteria, key_of) == paragraphs


def test_mark_spanning_paragraphs_matches_each_of_them():
    analysis = Analysis("sv", "opinion", quotes=[Quote(None, "author", 5, TEXT.index("Vi måste"))])
    only_author = FilterCriteria(mark_kinds=frozenset({"author"}))
    assert matching_paragraphs(_document(), analysis, only_author, keys_of(analysis)) == {0, 1, 2}


def test_unknown_speaker_is_never_hidden_by_actor_filter():
    analysis = Analysis("sv", "news", quotes=[Quote(None, "direct", 0, 4)])
    criteria = FilterCriteria(hidden_actors=frozenset({"anna berg"}))
    assert len(visible_quotes(analysis, criteria, keys_of(analysis))) == 1


def test_criteria_helpers_round_trip():
    criteria = FilterCriteria().with_actor("x", False).with_kind("direct", False).with_only_matching(True)
    assert not criteria.is_default
    restored = criteria.with_actor("x", True).with_kind("direct", True).with_only_matching(False)
    assert restored == FilterCriteria() and restored.is_default


def _comparison():
    left = _analysis()
    right = Analysis(
        "sv",
        "news",
        actors=[
            Actor("b1", "Per Lind", "person", mentions=4),
            Actor("b2", "Anna Berg", "person", mentions=0),
            Actor("b3", "Sverige", "place", mentions=2),
        ],
    )
    return build_comparison(DocumentView(_document(), left), DocumentView(_document(), right))


def test_chart_rows_sorted_by_total_and_follow_hidden_actors():
    comparison = _comparison()
    rows = chart_rows(comparison, FilterCriteria(), top_n=10)
    assert [(r.key, r.left, r.right) for r in rows] == [
        ("per lind", 1, 4),
        ("sverige", 0, 2),
        ("anna berg", 1, 0),
        ("skolverket", 1, 0),
    ]
    assert [r.key for r in chart_rows(comparison, FilterCriteria(), top_n=2)] == ["per lind", "sverige"]
    hidden = FilterCriteria().with_actor("per lind", False)
    assert [r.key for r in chart_rows(comparison, hidden, top_n=2)] == ["sverige", "anna berg"]
    assert chart_rows(None, FilterCriteria(), 5) == []
    assert chart_rows(comparison, FilterCriteria(), 0) == []


def test_chart_csv_has_header_and_one_line_per_actor():
    rows = chart_rows(_comparison(), FilterCriteria(), top_n=2)
    text = chart_csv(rows, "Vänster text", "Höger text")
    assert text.splitlines() == ["actor,Vänster text,Höger text", "Per Lind,1,4", "Sverige,0,2"]


def test_hiding_one_co_author_hides_only_their_share_of_each_passage():
    """Seed 003: three signers speak every author passage; hiding Sörman leaves it to the others."""
    from tests.opinion_fixtures import SIGNER_KEYS, SIGNERS, author_passages, opinion_view

    view = opinion_view()
    analysis, document = view.analysis, view.document
    key_of = keys_of(analysis)
    names = {a.id: a.name for a in analysis.actors}
    passages = author_passages(view)
    criteria = FilterCriteria().with_actor("per-åke sörman", False)
    shown: dict[tuple[int, int], list[str]] = {}
    for quote in visible_quotes(analysis, criteria, key_of):
        if quote.kind == "author":
            shown.setdefault((quote.start, quote.end), []).append(names[quote.speaker])
    assert shown.keys() == passages.keys()
    assert all(speakers == [SIGNERS[0], SIGNERS[2]] for speakers in shown.values())
    assert matching_paragraphs(document, analysis, criteria, key_of) == matching_paragraphs(
        document, analysis, FilterCriteria(), key_of
    )

    voice_only = FilterCriteria(mark_kinds=frozenset({"author"}))
    voiced = matching_paragraphs(document, analysis, voice_only, key_of)
    assert len(voiced) == 10  # the body paragraphs between the title and the signature
    for key in SIGNER_KEYS[:2]:
        voice_only = voice_only.with_actor(key, False)
    assert matching_paragraphs(document, analysis, voice_only, key_of) == voiced  # Bondeson still speaks
    voice_only = voice_only.with_actor(SIGNER_KEYS[2], False)
    assert matching_paragraphs(document, analysis, voice_only, key_of) == set()
