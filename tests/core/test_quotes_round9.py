"""Round 9 of the issue-12 rules: precision (what is not speech) and speakers of coordinated verbs.

One row per rule, with decoys: real-style sentences -> (speaker, kind) of a quote in the
paragraph named. ``("__none__", kind)`` means no quote of that kind in the paragraph;
``(name, "__no_speaker__")`` means no quote there is ``name``'s.
"""

from __future__ import annotations

import pytest

from tests.core.analysis_helpers import CUE_WORD_RUNS, assert_speaker_row, quotes_by_paragraph, quotes_of

Row = tuple[str, str, str, int, tuple[str, str]]  # (rule, language, text, paragraph, (speaker, kind))


ROWS: list[Row] = [
    # Asking takes no "att" clause: the question's topic is no view.
    ("'frågade honom om … för att …' is no reported view", "sv",
     "Ny ordförande\n\nEfter tjugo år som veterinär i Jämtland är Gustav Lindroth ny ordförande för "
     "förbundet. Tidningen frågade honom om lönerna, jourerna och vad som krävs för att få unga "
     "veterinärer att stanna.", 1, ("__none__", "indirect")),
    ("decoy: 'Hon undrade varför …, men sa att …' keeps the 'sa att' clause", "sv",
     "Mötet\n\nKommunalrådet Vera Lundmark undrade varför beskedet dröjde, men sa att hon litar på "
     "förvaltningen.", 1, ("Vera Lundmark", "indirect")),
    ("decoy: '– Varför då? frågar hon.' stays a direct quote", "sv",
     "Mötet\n\nKommunalrådet Vera Lundmark är kritisk.\n\n– Varför då? frågar hon.", 2,
     ("Vera Lundmark", "direct")),
    # A possessive subject ("Hans försvarare, advokat X") speaks the coordinated verb, not "han".
    ("'Hans försvarare, advokat X, ifrågasatte … och påpekade att' is X", "sv",
     "Rånet\n\nDen åtalade mannen nekar till brott.\n\nHans försvarare, advokat Rickard Almgren, "
     "ifrågasatte vittnets minne och påpekade att det var mörkt på platsen.", 2,
     ("Rickard Almgren", "indirect")),
    ("… and not the man the possessive belongs to", "sv",
     "Rånet\n\nDen åtalade mannen nekar till brott.\n\nHans försvarare, advokat Rickard Almgren, "
     "ifrågasatte vittnets minne och påpekade att det var mörkt på platsen.", 2,
     ("mannen", "__no_speaker__")),
    ("English: 'Her lawyer, X, criticised … and said' is X", "en",
     "Trial\n\nThe woman denies the charges.\n\nHer lawyer, Daniel Whitford, criticised the police "
     "investigation and said that key witnesses had never been interviewed.", 2,
     ("Daniel Whitford", "indirect")),
    ("decoy: 'Han vägrade … men sa att' is still the pronoun's person", "sv",
     "Rånet\n\nRickard Almgren är advokat.\n\nHan vägrade svara på frågor men sa att klienten är oskyldig.",
     2, ("Rickard Almgren", "indirect")),
    # An acronym between commas closes the subject's apposition: ", IVO, kritiserar X" is no cue.
    ("'Inspektionen …, IVO, kritiserar Region X för …' is no direct quote of the region", "sv",
     "Brister på akuten\n\nInspektionen för vård och omsorg, IVO, kritiserar Region Västernorrland "
     "för brister på akutmottagningen i Sollefteå.", 1, ("__none__", "direct")),
    ("… but IVO's criticism", "sv",
     "Brister på akuten\n\nInspektionen för vård och omsorg, IVO, kritiserar Region Västernorrland "
     "för brister på akutmottagningen i Sollefteå.", 1, ("Inspektionen för vård och omsorg", "indirect")),
    ("decoy: a vocative name before ', säger han' keeps the cue", "sv",
     "Matchen\n\nTränaren Oskar Hedvall var nöjd.\n\n– Vi gjorde vårt bästa, Anna, säger Hedvall.", 2,
     ("Oskar Hedvall", "direct")),
    # Advice that prescribes is a norm, like rules; advice that states what is so is a view.
    ("'Enligt X:s rekommendationer bör vuxna …' is a norm", "sv",
     "Motion\n\nEnligt Socialstyrelsens rekommendationer bör vuxna äta fisk två gånger i veckan.", 1,
     ("__none__", "indirect")),
    ("decoy: 'Enligt X:s rekommendationer behöver barn …' is X's view", "sv",
     "Sömn\n\nEnligt Socialstyrelsens rekommendationer behöver barn tio timmars sömn per natt.", 1,
     ("Socialstyrelsen", "indirect")),
    ("English: 'According to X's guidelines, adults should …' is a norm", "en",
     "Exercise\n\nAccording to the NHS's guidelines, adults should do 150 minutes of exercise a week.", 1,
     ("__none__", "indirect")),
    ("decoy: 'Enligt polisen bör man …' is still the police's view", "sv",
     "Inbrotten\n\nEnligt polisen bör man låsa dörren även på dagen.", 1, ("polisen", "indirect")),
    # "council figures", "district documents": the documents of the organization the noun means.
    ("'According to council figures' after 'Leeds City Council' is the council", "en",
     "Homes flooded\n\nLeeds City Council has opened a rest centre for residents.\n\n"
     "According to council figures, 300 homes were affected.", 2, ("Leeds City Council", "indirect")),
    ("decoy: 'According to council figures' with no council named stays unnamed", "en",
     "Homes flooded\n\nResidents have moved to a rest centre.\n\n"
     "According to council figures, 300 homes were affected.", 2, ("council figures", "indirect")),
]


@pytest.mark.parametrize(("rule", "language", "text", "paragraph", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round_nine_rule(rule: str, language: str, text: str, paragraph: int, expected: tuple[str, str]) -> None:
    assert_speaker_row(text, language, paragraph, expected)


OPINION = (
    "Ge sjuksköterskorna rätt att skriva recept\n\n"
    "Patienter väntar i onödan på sina recept. Regeringen bör utvidga förskrivningsrätten, skriver "
    "Maja Ekholm.\n\n"
    "Varje dag sitter patienter på vårdcentralerna och väntar på en läkare. Det kostar tid och pengar.\n\n"
    "Vi föreslår att regeringen tillsätter en utredning, skriver jag."
)


def test_lead_closing_with_skriver_is_the_outlets_ingress() -> None:
    """ "..., skriver X." ending an opinion piece's first body paragraph is the outlet's lead
    reporting the writer (indirect), not the writer's own voice; the body stays author voice."""
    got = quotes_by_paragraph(OPINION, "sv", "opinion", authors=["Maja Ekholm"])
    assert got[1] == {("Maja Ekholm", "indirect")}
    assert got[2] == {("Maja Ekholm", "author")}
    assert ("Maja Ekholm", "author") in got[3]  # a later "skriver" is no lead: still the writer's voice


@pytest.mark.parametrize(("run", "language"), CUE_WORD_RUNS)
def test_possessive_coordinated_subjects_in_long_runs(run: str, language: str) -> None:
    """Many possessive subjects before coordinated cue verbs in one long paragraph: each cue
    reads a bounded window, and every quote's speaker is a real actor or nobody."""
    head = "Hans försvarare, advokat Rickard Almgren, ifrågasatte allt och påpekade att " if language == "sv" else (
        "Her lawyer, Daniel Whitford, criticised it and said that "
    )
    text = "Rubrik\n\n" + f"{head}{run}" * 300
    quotes = quotes_of(text, language)
    assert quotes and all(isinstance(q[2], str) for q in quotes)


INTERVIEW = (
    "Five minutes with the woman who runs the corner bakery\n\n"
    "Greta Holloway has baked bread on Mill Lane for 22 years.\n\n"
    "Q: Will the shop stay open?\n\n"
    "A: I hope so. The landlord wants to double the rent.\n\n"
    "If he does, I'll have to move. People say a bakery can be anywhere, but it can't.\n\n"
    "Holloway trained as a pastry chef in Lyon before she came back to Bristol.\n\n"
    "Q: What do your customers say?\n\n"
    "A: They want the sourdough to stay the same."
)


def test_first_person_paragraph_after_a_labelled_answer_goes_on_with_it() -> None:
    """ "A: ..." then a paragraph with no label in the first person: the same answer, not what
    "People say" reports; a third-person paragraph after an answer stays narration."""
    got = quotes_by_paragraph(INTERVIEW, "en", "interview")
    assert got[3] == {("Greta Holloway", "direct")}
    assert got[4] == {("Greta Holloway", "direct")}
    assert 5 not in got
    assert got[6] == {("the interviewer", "direct")}
