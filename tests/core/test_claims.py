"""Claims: sentences that take a position, their kind, who holds them and their key terms."""

from __future__ import annotations

import pytest

from desktop_app.core.analysis import CLAIM_KINDS, analyze
from desktop_app.core.analysis.claims.kinds import KIND_PRIORITY
from desktop_app.core.analysis.claims.terms import claim_terms
from desktop_app.core.analysis.text.stemming import stem_en, stem_sv


def claims_of(text: str, language: str = "sv", genre: str = "news") -> list[tuple[str | None, str, str]]:
    analysis = analyze(text, language=language, genre=genre)
    names = {a.id: a.name for a in analysis.actors}
    return [(names.get(c.speaker), c.kind, text[c.start : c.end]) for c in analysis.claims]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Insatserna är otillräckliga.", "sv", "evaluation"),
        ("Jämfört med andra länder är arbetet undermåligt.", "sv", "evaluation"),
        ("Övergreppen är omänskliga.", "sv", "evaluation"),
        ("Vi måste göra mer.", "sv", "prescription"),
        ("Regeringen bör agera.", "sv", "prescription"),
        ("Skolan behöver mer pengar.", "sv", "prescription"),
        ("Priserna kommer att stiga.", "sv", "prediction"),
        ("Extremismen kommer fortsätta växa.", "sv", "prediction"),
        ("Troligtvis finns ett liknande mönster i Sverige.", "sv", "prediction"),
        ("Drygt 50 procent av återvändarna är tillbaka.", "sv", "statistic"),
        ("Var tredje elev saknar behörighet.", "sv", "statistic"),
        ("Kommunalrådet Anna Ek håller inte med om att skolan är dålig.", "sv", "stance"),
        ("The measures are inadequate.", "en", "evaluation"),
        ("We must act now.", "en", "prescription"),
        ("Prices will rise next year.", "en", "prediction"),
        ("Unemployment rose to 7 percent.", "en", "statistic"),
        ("Mary Jones disagrees that the reform has failed.", "en", "stance"),
        # every word rule of the claim patterns, found where the cue scan sees its first word
        ("Hälften av hushållen sparar mindre.", "sv", "statistic"),
        ("En tredjedel av bilarna är elbilar.", "sv", "statistic"),
        ("Två fjärdedelar av platserna är tomma.", "sv", "statistic"),
        ("Majoriteten av väljarna är osäkra.", "sv", "statistic"),
        ("Räntan kommer inte sjunka.", "sv", "prediction"),
        ("One in five children is poor.", "en", "statistic"),
        ("Half of the votes are counted.", "en", "statistic"),
        ("Two thirds of the staff left.", "en", "statistic"),
        ("The majority of voters stayed home.", "en", "statistic"),
        ("The bridge will not be ready.", "en", "prediction"),
    ],
)
def test_claim_kind(text: str, language: str, kind: str) -> None:
    assert [k for _, k, _ in claims_of(text, language)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Polisen kom till platsen vid 22-tiden.",
        "Många kommer tillbaka till Sverige.",
        "Det var 2014.",
        "The meeting was on Monday.",
    ],
)
def test_plain_statements_are_not_claims(text: str) -> None:
    assert claims_of(text, "en" if "Monday" in text else "sv") == []


def test_the_most_specific_kind_wins() -> None:
    # "sämre" is an evaluation, but disagreeing is the position taken.
    text = "Statsminister Stefan Löfven (S) håller inte med om att de svenska insatserna är sämre."
    assert claims_of(text) == [("Stefan Löfven", "stance", text)]


def test_a_quoted_claim_belongs_to_the_speaker_and_is_cut_to_the_words() -> None:
    text = "Magnus Ranstorp är forskare.\n\n– Insatserna är otillräckliga, säger han."
    assert claims_of(text) == [("Magnus Ranstorp", "evaluation", "Insatserna är otillräckliga")]


def test_narration_claims_have_no_speaker() -> None:
    text = "Sedan dess har drygt 50 procent av återvändarna gått tillbaka till radikala kretsar."
    assert claims_of(text) == [(None, "statistic", text)]


def test_a_finding_of_research_is_the_research_claim() -> None:
    text = "Tysk forskning visar att drygt 50 procent av återvändarna är tillbaka i radikala kretsar."
    assert claims_of(text) == [
        ("tysk forskning", "statistic", "drygt 50 procent av återvändarna är tillbaka i radikala kretsar")
    ]


def test_opinion_claims_belong_to_the_authors() -> None:
    text = "Skolan måste få mer resurser.\n\nAnna Ek (S), kommunalråd"
    found = claims_of(text, genre="opinion")
    assert found == [("Anna Ek", "prescription", "Skolan måste få mer resurser")]


def test_terms_are_stems_that_match_across_inflections() -> None:
    assert claim_terms("insatserna", "sv") == claim_terms("insatser", "sv") == ["insats"]
    assert stem_sv("otillräckliga") == stem_sv("otillräcklig")
    assert stem_sv("återvändarna") == stem_sv("återvändare")
    assert stem_en("measures") == stem_en("measured") == stem_en("measure")
    assert claim_terms("och att det som är", "sv") == []


def test_stance_terms_leave_out_who_speaks() -> None:
    analysis = analyze(
        "Statsminister Stefan Löfven (S) håller inte med om att insatserna är sämre.", language="sv", genre="news"
    )
    assert analysis.claims[0].terms == ["insats", stem_sv("sämre")]


def test_every_claim_kind_has_a_place_in_the_priority() -> None:
    """The kinds the model offers and the order in which one wins in a sentence are one set."""
    assert sorted(KIND_PRIORITY) == sorted(CLAIM_KINDS)
    assert len(set(KIND_PRIORITY)) == len(KIND_PRIORITY)
