"""Round 8 of the issue-12 rules: speakers named right (speaker accuracy).

One row per rule, with decoys: real-style sentences -> (speaker, kind) of a quote in the
paragraph named. Speaker names compare case-insensitively. ``("__none__", kind)`` means no quote
of that kind in the paragraph; ``(name, "__no_speaker__")`` means no quote there is ``name``'s.
"""

from __future__ import annotations

import pytest

from desktop_app.core.analysis import analyze
from desktop_app.core.analysis.entities.recognizer import find_entities
from tests.core.analysis_helpers import CUE_WORD_RUNS, assert_speaker_row

Row = tuple[str, str, str, int, tuple[str, str]]  # (rule, language, text, paragraph, (speaker, kind))


ROWS: list[Row] = [
    # A first name that is also a place ("Sofia"), after a role noun: the surname stays.
    ("'Det säger ministern Sofia X' keeps the surname", "sv",
     "Tullarna\n\n– Vi kommer inte att backa.\n\nDet säger handelsministern Sofia Grenvall till TT.\n\n"
     "– Vi vill ha en förhandlingslösning, säger Grenvall.", 1, ("Sofia Grenvall", "direct")),
    ("'utrikeshandelsminister Sofia X (M)'", "sv",
     "Tullarna\n\nMinistern betonar att svaret måste vara proportionerligt, säger utrikeshandelsminister "
     "Sofia Grenvall (M).", 1, ("Sofia Grenvall", "direct")),
    # "Myndigheten för …": the head noun begins the name.
    ("'Myndigheten för samhällsskydd och beredskap … Myndigheten skriver'", "sv",
     "Attacken\n\nMyndigheten för samhällsskydd och beredskap har skickat personal till Sveg. "
     "Myndigheten skriver i ett mejl att den har varnat andra kommuner.", 1,
     ("Myndigheten för samhällsskydd och beredskap", "indirect")),
    ("decoy: 'Skogsindustrikoncernen Nordvik Paper säger' is the company", "sv",
     "Sågen\n\nSkogsindustrikoncernen Nordvik Paper säger att sågen ska vara kvar.", 1,
     ("Nordvik Paper", "indirect")),
    # A headline's subject that is an organization's name ending like a noun.
    ("headline 'Skolinspektionen kritiserar …' is the authority", "sv",
     "Skolinspektionen kritiserar gymnasium i Enköping\n\n"
     "Skolinspektionen riktar kritik mot Ekbackens gymnasium i Enköping.\n\n"
     "Utbildningsnämndens ordförande Per Granlid säger till UNT att gymnasiet i Enköping ska rätta sig.",
     0, ("Skolinspektionen", "indirect")),
    # "The utility said" with no organization named before: the company read as a person.
    ("'Bayou X says …' then 'The utility said'", "en",
     "Storms\n\n6:12 p.m. — Gulfport Electric says more than 400,000 customers are without power.\n\n"
     "6:30 p.m. — The utility said in a post on X that crews were on their way.", 2,
     ("Gulfport Electric", "indirect")),
    ("decoy: 'the company said' after a named company stays the company", "en",
     "Cuts\n\nMerrow Coatings Inc. will close its plant, Anna Berg, a union official, said.\n\n"
     "The company said the plant had lost money for years.", 2, ("Merrow Coatings Inc", "indirect")),
]


@pytest.mark.parametrize(("rule", "language", "text", "paragraph", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round_eight_rule(rule: str, language: str, text: str, paragraph: int, expected: tuple[str, str]) -> None:
    assert_speaker_row(text, language, paragraph, expected)


def test_place_first_name_after_a_role_keeps_its_person_span() -> None:
    """ "målvakten Sofia" stays a person on its own, "i Sofia" a place."""
    spans = [(e.text, e.kind) for e in find_entities("Det säger målvakten Sofia efter matchen. Hon flög till Sofia.", "sv")]
    assert ("Sofia", "PER") in spans and ("Sofia", "LOC") in spans
    assert find_entities("Det säger ministern Sofia Grenvall.", "sv")[0].text == "Sofia Grenvall"


def test_company_person_becomes_the_company() -> None:
    text = "Storms\n\nGulfport Electric says 400,000 customers lack power.\n\nThe utility said crews were coming."
    analysis = analyze(text, language="en")
    actor = next(a for a in analysis.actors if a.name == "Gulfport Electric")
    assert actor.kind == "organization"


@pytest.mark.parametrize(("run", "language"), CUE_WORD_RUNS)
def test_many_company_nouns_after_genderless_names(run: str, language: str) -> None:
    """One long paragraph of "the company"/"bolaget" cues after genderless two-word names: the
    fallback to a company read as a person looks only at the bounded window of mentions before
    the noun (``ActorRegistry.mentions_near``), and the results stay valid."""
    noun = "the company said" if language == "en" else "bolaget säger"
    text = "Rubrik\n\n" + f"Kestrel Marlow {noun} {run}" * 400
    analysis = analyze(text, language=language)
    ids = {a.id for a in analysis.actors}
    assert all(q.speaker is None or q.speaker in ids for q in analysis.quotes)
    assert all(0 <= q.start < q.end <= len(text) for q in analysis.quotes)
