"""Corrections replayed on a hand-built analysis: each op, order, stale ones, purity."""

from __future__ import annotations

import pytest

from desktop_app.core.analysis.model import Actor, Analysis, Claim, Mention, Quote
from desktop_app.core.corrections import apply_corrections, describe, validate

TEXT = '"Vi måste agera nu", säger Per Lind. Anna Berg tror att det blir bättre. Han håller med.'


def _span(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


Q1 = _span("Vi måste agera nu")
Q2 = _span("det blir bättre")


def _analysis() -> Analysis:
    return Analysis(
        language="sv",
        genre="news",
        actors=[
            Actor("a1", "Per Lind", "person", aliases=["Lind"], roles=["rektor"], mentions=1, pronoun_mentions=1),
            Actor("a2", "Anna Berg", "person", mentions=1),
        ],
        mentions=[
            Mention("a1", *_span("Per Lind")),
            Mention("a2", *_span("Anna Berg")),
            Mention("a1", *_span("Han"), via="pronoun"),
        ],
        quotes=[Quote("a1", "direct", *Q1), Quote("a2", "indirect", *Q2)],
        claims=[Claim("a2", "prediction", *Q2)],
    )


def _speakers(analysis: Analysis) -> list[tuple[str | None, str, bool]]:
    """(speaker name, kind, corrected) for each quote."""
    names = {a.id: a.name for a in analysis.actors}
    return [(names.get(q.speaker) if q.speaker else None, q.kind, q.corrected) for q in analysis.quotes]


@pytest.mark.parametrize(
    ("corrections", "expected"),
    [
        ([], [("Per Lind", "direct", False), ("Anna Berg", "indirect", False)]),
        (
            [{"op": "change_speaker", "start": Q1[0], "end": Q1[1], "speaker": "Anna Berg"}],
            [("Anna Berg", "direct", True), ("Anna Berg", "indirect", False)],
        ),
        # a known actor found by alias, case-insensitively
        (
            [{"op": "change_speaker", "start": Q2[0], "end": Q2[1], "speaker": "lind"}],
            [("Per Lind", "direct", False), ("Per Lind", "indirect", True)],
        ),
        (
            [{"op": "change_speaker", "start": Q1[0], "end": Q1[1], "speaker": None}],
            [(None, "direct", True), ("Anna Berg", "indirect", False)],
        ),
        # later corrections win
        (
            [
                {"op": "change_speaker", "start": Q1[0], "end": Q1[1], "speaker": "Anna Berg"},
                {"op": "change_speaker", "start": Q1[0], "end": Q1[1], "speaker": "Per Lind"},
            ],
            [("Per Lind", "direct", True), ("Anna Berg", "indirect", False)],
        ),
        # a stale span (the engine no longer finds that quote) is skipped
        (
            [{"op": "change_speaker", "start": 1, "end": 3, "speaker": "Anna Berg"}],
            [("Per Lind", "direct", False), ("Anna Berg", "indirect", False)],
        ),
        ([{"op": "not_quote", "start": Q1[0], "end": Q1[1]}], [("Anna Berg", "indirect", False)]),
        (
            [{"op": "add_quote", "start": 0, "end": 5, "speaker": "Anna Berg", "kind": "indirect"}],
            [("Anna Berg", "indirect", True), ("Per Lind", "direct", False), ("Anna Berg", "indirect", False)],
        ),
        # adding on an existing span replaces the engine's attribution and kind
        (
            [{"op": "add_quote", "start": Q2[0], "end": Q2[1], "speaker": "Per Lind", "kind": "direct"}],
            [("Per Lind", "direct", False), ("Per Lind", "direct", True)],
        ),
        (
            [{"op": "not_quote", "start": Q1[0], "end": Q1[1]}, {"op": "add_quote", "start": Q1[0], "end": Q1[1], "speaker": "Per Lind"}],
            [("Per Lind", "direct", True), ("Anna Berg", "indirect", False)],
        ),
        # malformed corrections are ignored rather than breaking the document
        ([{"op": "explode"}, {"op": "not_quote", "start": 5, "end": 5}, "junk"], [("Per Lind", "direct", False), ("Anna Berg", "indirect", False)]),
    ],
)
def test_quote_corrections(corrections, expected):
    assert _speakers(apply_corrections(_analysis(), corrections)) == expected


def test_new_speaker_name_creates_a_person():
    result = apply_corrections(
        _analysis(), [{"op": "change_speaker", "start": Q1[0], "end": Q1[1], "speaker": "  Karin  Ek "}]
    )
    new = result.actor(result.quotes[0].speaker)
    assert (new.name, new.kind, new.key, new.mentions) == ("Karin Ek", "person", "karin ek", 0)
    assert new.id not in {"a1", "a2"}


def test_apply_is_pure_and_deterministic():
    original = _analysis()
    before = original.to_dict()
    corrections = [
        {"op": "change_speaker", "start": Q1[0], "end": Q1[1], "speaker": "Ny Person"},
        {"op": "merge_actor", "key": "anna berg", "into": "per lind", "into_name": "Per Lind"},
    ]
    first = apply_corrections(original, corrections)
    assert original.to_dict() == before
    assert apply_corrections(original, corrections).to_dict() == first.to_dict()


def test_mark_and_unmark_claims():
    corrections = [
        {"op": "mark_claim", "start": Q1[0], "end": Q1[1], "kind": "prescription"},
        {"op": "mark_claim", "start": Q2[0], "end": Q2[1], "kind": "evaluation"},
    ]
    result = apply_corrections(_analysis(), corrections)
    claims = [(c.speaker, c.kind, (c.start, c.end), c.corrected) for c in result.claims]
    # a new claim inside a quote belongs to its speaker; an existing one changes kind
    assert claims == [("a1", "prescription", Q1, True), ("a2", "evaluation", Q2, True)]
    removed = apply_corrections(_analysis(), [{"op": "not_claim", "start": Q2[0], "end": Q2[1]}])
    assert removed.claims == []
    narrator = apply_corrections(_analysis(), [{"op": "mark_claim", "start": 0, "end": 2, "kind": "statistic"}])
    assert narrator.claims[0].speaker is None


def test_rename_keeps_old_name_as_alias_and_changes_key():
    result = apply_corrections(_analysis(), [{"op": "rename_actor", "key": "per lind", "name": "Per-Olof Lind"}])
    actor = result.actor("a1")
    assert (actor.name, actor.key) == ("Per-Olof Lind", "per-olof lind")
    assert actor.aliases == ["Lind", "Per Lind"]
    assert result.quotes[0].corrected
    # a later correction can use the new name
    again = apply_corrections(
        _analysis(),
        [
            {"op": "rename_actor", "key": "per lind", "name": "Per-Olof Lind"},
            {"op": "hide_actor", "key": "per-olof lind"},
        ],
    )
    assert [a.name for a in again.actors] == ["Anna Berg"]


def test_rename_onto_existing_actor_merges():
    result = apply_corrections(_analysis(), [{"op": "rename_actor", "key": "per lind", "name": "anna  berg"}])
    assert [a.name for a in result.actors] == ["Anna Berg"]
    assert {q.speaker for q in result.quotes} == {"a2"}


def test_merge_moves_everything_to_the_target():
    result = apply_corrections(
        _analysis(), [{"op": "merge_actor", "key": "per lind", "into": "anna berg", "into_name": "Anna Berg"}]
    )
    (anna,) = result.actors
    assert (anna.id, anna.mentions, anna.pronoun_mentions) == ("a2", 2, 1)
    assert set(anna.aliases) == {"Per Lind", "Lind"} and anna.roles == ["rektor"]
    assert {m.actor for m in result.mentions} == {"a2"}
    assert {q.speaker for q in result.quotes} == {"a2"}


def test_merge_into_actor_absent_from_this_document_takes_its_name():
    result = apply_corrections(
        _analysis(), [{"op": "merge_actor", "key": "per lind", "into": "per lindh", "into_name": "Per Lindh"}]
    )
    assert result.actor("a1").name == "Per Lindh"


def test_hide_removes_actor_and_mentions_but_keeps_quotes_unattributed():
    result = apply_corrections(_analysis(), [{"op": "hide_actor", "key": "anna berg"}])
    assert [a.key for a in result.actors] == ["per lind"]
    assert {m.actor for m in result.mentions} == {"a1"}
    assert _speakers(result) == [("Per Lind", "direct", False), (None, "indirect", True)]
    assert result.claims[0].speaker is None
    # stale: hiding an actor that is not there changes nothing
    assert apply_corrections(_analysis(), [{"op": "hide_actor", "key": "nobody"}]).to_dict() == _analysis().to_dict()


def test_corrected_flag_survives_json_round_trip():
    result = apply_corrections(_analysis(), [{"op": "not_claim", "start": Q2[0], "end": Q2[1]}, {"op": "add_quote", "start": 0, "end": 3, "speaker": None}])
    assert Analysis.from_dict(result.to_dict()).quotes[0].corrected


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ({"op": "change_speaker", "start": 0, "end": 2, "speaker": "Anna Berg"}, "Change speaker to Anna Berg"),
        ({"op": "change_speaker", "start": 0, "end": 2, "speaker": None}, "Change speaker to unknown speaker"),
        ({"op": "not_quote", "start": 0, "end": 2}, "Not a quote"),
        ({"op": "add_quote", "start": 0, "end": 2, "speaker": "X"}, "Add quote by X"),
        ({"op": "mark_claim", "start": 0, "end": 2, "kind": "stance"}, "Mark as claim (stance)"),
        ({"op": "not_claim", "start": 0, "end": 2}, "Not a claim"),
        ({"op": "rename_actor", "key": "per lind", "old_name": "Per Lind", "name": "P. Lind"}, "Rename Per Lind to P. Lind"),
        ({"op": "merge_actor", "key": "lind", "name": "Lind", "into": "per lind", "into_name": "Per Lind"}, "Merge Lind into Per Lind"),
        ({"op": "hide_actor", "key": "snabbt", "name": "Snabbt"}, "Hide Snabbt"),
        (
            {"op": "change_speaker", "start": 0, "end": 2, "speaker": "X", "old_speaker": "Eva Ås"},
            "Change speaker Eva Ås to X",
        ),
        ({"op": "not_quote", "start": 0, "end": 2, "speaker": "Eva Ås"}, "Not spoken by Eva Ås"),
        ({"op": "not_quote", "start": 0, "end": 2, "speaker": None}, "Not spoken by unknown speaker"),
    ],
)
def test_describe_and_validate(data, text):
    assert describe(data) == text
    assert validate(data) is None


@pytest.mark.parametrize(
    "data",
    [
        {"op": "nope"},
        {"op": "not_quote", "start": 3, "end": 3},
        {"op": "not_quote", "start": "1", "end": 3},
        {"op": "add_quote", "start": 0, "end": 3, "speaker": "X", "kind": "shouted"},
        {"op": "mark_claim", "start": 0, "end": 3, "kind": "rumour"},
        {"op": "rename_actor", "key": "x", "name": "  "},
        {"op": "merge_actor", "key": "x", "into": "x"},
        {"op": "hide_actor"},
        {"op": "change_speaker", "start": 0, "end": 3, "speaker": "X", "old_speaker": " "},
        {"op": "not_quote", "start": 0, "end": 3, "speaker": 7},
    ],
)
def test_validate_rejects_malformed(data):
    assert validate(data)


# --- co-authors: several quotes on one span (one ``author`` quote per signer) ---

OPED = "Vi vill ha fler poliser. Kritikerna säger att det kostar. Eva Ås (S) Bo Berg (M)"
VOICE = (0, OPED.index(".") + 1)
OWN = (OPED.index("det kostar"), OPED.index("det kostar") + len("det kostar"))


def _oped() -> Analysis:
    """Two signers speak the first sentence; Eva Ås alone is (wrongly) given the second."""
    return Analysis(
        language="sv",
        genre="opinion",
        actors=[
            Actor("a1", "Eva Ås", "person", party="S", mentions=1, is_author=True),
            Actor("a2", "Bo Berg", "person", party="M", mentions=1, is_author=True),
        ],
        mentions=[Mention("a1", *(OPED.index("Eva Ås"), OPED.index("Eva Ås") + 6), via="author")],
        quotes=[Quote("a1", "author", *VOICE), Quote("a2", "author", *VOICE), Quote("a1", "indirect", *OWN)],
    )


def _voice(analysis: Analysis) -> list[tuple[str | None, bool]]:
    """(speaker name, corrected) of each quote on the shared span, in order."""
    names = {a.id: a.name for a in analysis.actors}
    return [(names.get(q.speaker), q.corrected) for q in analysis.quotes if (q.start, q.end) == VOICE]


def _span_op(op: str, **fields) -> dict:
    return {"op": op, "start": VOICE[0], "end": VOICE[1], **fields}


@pytest.mark.parametrize(
    ("corrections", "expected"),
    [
        ([], [("Eva Ås", False), ("Bo Berg", False)]),
        # "Not a quote" on the passage: it is nobody's quote any more
        ([_span_op("not_quote")], []),
        # not spoken by one co-author: the other keeps it, untouched
        ([_span_op("not_quote", speaker="bo berg")], [("Eva Ås", False)]),
        # one co-author's share goes to someone else; the other share stays as it was
        (
            [_span_op("change_speaker", speaker="Karl Ek", old_speaker="Bo Berg")],
            [("Eva Ås", False), ("Karl Ek", True)],
        ),
        # to a co-author who already speaks it: one quote, marked as corrected
        ([_span_op("change_speaker", speaker="Eva Ås", old_speaker="Bo Berg")], [("Eva Ås", True)]),
        # without old_speaker the passage gets one speaker
        ([_span_op("change_speaker", speaker="Karl Ek")], [("Karl Ek", True)]),
        # a name that speaks no quote on the span is stale: nothing changes, nobody else is hit
        (
            [_span_op("change_speaker", speaker="Karl Ek", old_speaker="Per Lind")],
            [("Eva Ås", False), ("Bo Berg", False)],
        ),
        ([_span_op("not_quote", speaker=None)], [("Eva Ås", False), ("Bo Berg", False)]),
        # adding a quote on the span replaces every share with the user's one
        ([_span_op("add_quote", speaker="Bo Berg", kind="author")], [("Bo Berg", True)]),
    ],
)
def test_corrections_of_a_passage_co_authors_share(corrections, expected):
    result = apply_corrections(_oped(), corrections)
    assert _voice(result) == expected
    own = [(result.actor(q.speaker).name, q.kind) for q in result.quotes if (q.start, q.end) == OWN]
    assert own == [("Eva Ås", "indirect")]  # a quote of her own on another span is never touched


def test_hiding_a_co_author_leaves_the_passage_to_the_others():
    result = apply_corrections(_oped(), [{"op": "hide_actor", "key": "eva ås"}])
    assert _voice(result) == [("Bo Berg", False)]  # no unknown-speaker twin beside Bo Berg's share
    assert [(q.speaker, q.kind, q.corrected) for q in result.quotes if (q.start, q.end) == OWN] == [
        (None, "indirect", True)
    ]


def test_merging_co_authors_leaves_one_quote_per_passage():
    result = apply_corrections(
        _oped(), [{"op": "merge_actor", "key": "bo berg", "into": "eva ås", "into_name": "Eva Ås"}]
    )
    assert _voice(result) == [("Eva Ås", True)]


def test_not_spoken_by_on_the_seed_opinion_piece():
    """Seed 003: removing Sörman from one passage leaves the two others there and everywhere else."""
    from tests.opinion_fixtures import SIGNERS, author_passages, opinion_view

    view = opinion_view()
    passages = author_passages(view)
    first = next(iter(passages))
    correction = {"op": "not_quote", "start": first[0], "end": first[1], "speaker": "Per-Åke Sörman"}
    view.analysis = apply_corrections(view.analysis, [correction])
    after = author_passages(view)
    assert after[first] == [SIGNERS[0], SIGNERS[2]]
    assert all(after[span] == list(SIGNERS) for span in passages if span != first)
