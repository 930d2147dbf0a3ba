"""The stance layer between polarity and relation: a demand for more or better of something, or to
stop it, criticises how things are now, although its words ("bättre", "real", "tydligt") read as
praise; a clause that asks ("avgör om den är rimlig") asserts no judgment; "no plans to X" is
against X; a plea of necessity ("Vi har inget val") defends."""

from __future__ import annotations

import pytest

from desktop_app.core.viewpoints import polarity
from desktop_app.core.viewpoints.polarity import statement_polarity
from tests.core.viewpoint_helpers import compare, relations

SWEDISH = [
    # a demand for more or better: the good word is what is missing
    ("Ge oss bättre villkor, så kommer läkarna.", -1),
    ("Det behövs fler av oss, inte kortare tider.", -1),
    ("Personalen måste få rimliga scheman.", -1),
    ("De äldre förtjänar en trygg omsorg.", -1),
    ("Kommunen måste ta fram en tydlig plan för skolan.", -1),
    ("Vi kräver bättre busstrafik på landsbygden.", -1),
    # a demand to stop: against what is to be stopped, good words of its clause included
    ("Nämnden måste dra tillbaka förslaget och i stället satsa på personalen.", -1),
    ("Vi uppmanar fullmäktige att säga nej till nedläggningen.", -1),
    ("Regionstyrelsen bör skrota förslaget.", -1),
    # a negated demand asks for nothing; a demand for nothing of more or stopping is no stance
    ("Vi behöver inte fler poliser.", 0),
    ("Vi måste spara tolv miljoner kronor.", 0),
    # a promise is no demand
    ("De äldre ska få en bättre omsorg.", 1),
    # an asked clause asserts nothing; a preposition "om" and "med om att" are no such clause
    ("Det är vägen barnen ska gå som avgör om den är rimlig.", 0),
    ("Rapporten om de otillräckliga insatserna kom i går.", -1),
    ("Vi håller med om att samrådet har varit bristfälligt.", -1),
    # having no plans to do something; a plea of necessity; others left without a choice
    ("Regeringen har inga planer på att införa en bra skatt på godis.", -1),
    ("Vi har inget val, kostnaderna ökar.", 1),
    ("Eleverna har inget val.", -1),
    ("Arbetslösa har lämnats åt sig själva.", -1),
]

ENGLISH = [
    ("We need a real plan for the town centre.", -1),
    ("Give us proper funding and we will deliver.", -1),
    ("Patients deserve better.", -1),
    ("The union called for better pay for care workers.", -1),
    ("Staff must get reasonable rotas.", -1),
    ("The council should scrap the levy.", -1),
    ("Campaigners urged ministers to withdraw the good-looking plan.", -1),
    ("We do not need more rules.", 0),
    ("It is unclear whether the new scheme is good.", 0),
    ("If the boilers fail in mid-winter, who pays?", -1),  # a condition may warn: not dropped
    ("The government had no immediate plans to tax sweets and would instead keep encouraging firms.", -1),
    ("We have no choice but to close it.", 1),
    ("Firms cut the sugar without losing customers.", 1),
    ("Families were left to fend for themselves.", -1),
]


@pytest.mark.parametrize(("sentence", "expected"), SWEDISH)
def test_swedish_stance(sentence: str, expected: int) -> None:
    assert statement_polarity(sentence, "sv").value == expected


@pytest.mark.parametrize(("sentence", "expected"), ENGLISH)
def test_english_stance(sentence: str, expected: int) -> None:
    assert statement_polarity(sentence, "en").value == expected


def test_a_demand_says_what_it_asks_for() -> None:
    assert statement_polarity("Ge oss bättre villkor.", "sv").evidence == ("ge oss … bättre",)
    assert statement_polarity("The council should scrap the levy.", "en").evidence == ("should … scrap",)


def test_without_the_layer_a_demand_reads_as_praise(monkeypatch) -> None:
    # the rule is what decides: with it switched off the good word counts again
    monkeypatch.setattr(polarity, "DEMAND_STANCE", False)
    monkeypatch.setattr(polarity, "_RULES", {})
    assert statement_polarity("Ge oss bättre villkor, så kommer läkarna.", "sv").value == 1


PAIRS = [
    # a demand for better pay against praise of the pay as it is: they disagree
    ("sv",
     "– Ge oss bättre löner i vården, så stannar personalen, säger undersköterskan Anna Berg.",
     "– Lönerna i vården är bra och har höjts varje år, säger regionrådet Per Holm.",
     ("Anna Berg", "disagree", "Per Holm")),
    # ... and against a criticism of it: they agree
    ("sv",
     "– Ge oss bättre löner i vården, så stannar personalen, säger undersköterskan Anna Berg.",
     "– Lönerna i vården är för låga och personalen slutar, säger fackordföranden Eva Lind.",
     ("Anna Berg", "agree", "Eva Lind")),
    # a demand to stop a plan against its defender
    ("sv",
     "– Nämnden måste dra tillbaka förslaget om att stänga biblioteket i Ås, säger Karin Ek.",
     "– Förslaget om att stänga biblioteket i Ås är ett ansvarsfullt beslut, säger kommunalrådet Nils Dahl.",
     ("Karin Ek", "disagree", "Nils Dahl")),
    ("en",
     '"We need a real plan for the bus service in the villages," said campaigner Ruth Ward.',
     '"The bus service in the villages is excellent and reliable," said council leader Mark Hall.',
     ("Ruth Ward", "disagree", "Mark Hall")),
    ("en",
     '"We need a real plan for the bus service in the villages," said campaigner Ruth Ward.',
     '"The bus service in the villages is unreliable and far too thin," said passenger Emma Lee.',
     ("Ruth Ward", "agree", "Emma Lee")),
]


@pytest.mark.parametrize(("language", "left", "right", "expected"), PAIRS)
def test_a_demand_against_praise_or_criticism(language: str, left: str, right: str, expected) -> None:
    assert relations(compare(left, right, language)) == [expected]
    mirrored = (expected[2], expected[1], expected[0])
    assert relations(compare(right, left, language)) == [mirrored]
