"""Named-entity recognition on English news: names, titles, organizations, non-entities."""

from __future__ import annotations

import pytest

from desktop_app.core.analysis.entities.recognizer import find_entities
from tests.core.entity_checks import check_spans, pairs

# ---------------------------------------------------------------------------- English table
ENGLISH = [
    ("President Joe Biden met Prime Minister Boris Johnson at the White House on Monday.",
     [("Joe Biden", "PER"), ("Boris Johnson", "PER"), ("White House", "ORG")]),
    ('"We are making progress," Mr. Johnson told Reuters in Washington.',
     [("Johnson", "PER"), ("Reuters", "ORG"), ("Washington", "LOC")]),
    ("Dr Anthony Fauci told CNN that the vaccine works.",
     [("Anthony Fauci", "PER"), ("CNN", "ORG")]),
    ("Ursula von der Leyen, president of the European Commission, visited Kyiv.",
     [("Ursula von der Leyen", "PER"), ("European Commission", "ORG"), ("Kyiv", "LOC")]),
    ("Osama bin Laden was killed in Abbottabad, Pakistan.",
     [("Osama bin Laden", "PER"), ("Abbottabad", "LOC"), ("Pakistan", "LOC")]),
    ("The Labour Party lost seats and the Ministry of Defence refused to comment.",
     [("Labour Party", "ORG"), ("Ministry of Defence", "ORG")]),
    ("John F. Kennedy was shot in Dallas, Texas.",
     [("John F. Kennedy", "PER"), ("Dallas", "LOC"), ("Texas", "LOC")]),
    ("Sean O'Brien and Mary McCarthy work for Goldman Sachs in London.",
     [("Sean O'Brien", "PER"), ("Mary McCarthy", "PER"), ("Goldman Sachs", "ORG"),
      ("London", "LOC")]),
    ("Trump's lawyers said Biden's plan would fail.", [("Trump", "PER"), ("Biden", "PER")]),
    ("Haider al-Abadi said the Islamic State was defeated in Mosul.",
     [("Haider al-Abadi", "PER"), ("Islamic State", "ORG"), ("Mosul", "LOC")]),
    ("She studied at the University of Oxford and joined Apple Inc. in 2010.",
     [("University of Oxford", "ORG"), ("Apple Inc", "ORG")]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    spans = find_entities(text, "en")
    assert [(s.text, s.kind) for s in spans] == expected
    check_spans(text, spans)


ENGLISH_ARTICLE = """Sweden Lacks Control Over Returning IS Fighters, Expert Says

About a hundred people who fought for Islamic State have returned to Sweden, according to Magnus \
Ranstorp, a terrorism researcher at the Swedish Defence University. "We knew in 2014 that the \
returnees would be a huge problem," he said.

Prime Minister Stefan Löfven disagreed. "We are on the ball," Löfven told reporters in Stockholm.

The Guardian and the BBC reported that Angela Merkel met Emmanuel Macron in Berlin. Shares in \
Apple rose on Wall Street. Speaking at Harvard University, Sen. Elizabeth Warren criticized \
Goldman Sachs. Russian President Vladimir Putin flew to Beijing to meet Xi Jinping."""


def test_english_article() -> None:
    found = pairs(ENGLISH_ARTICLE, "en")
    assert found == [
        ("Sweden", "LOC"), ("Islamic State", "ORG"), ("Sweden", "LOC"),
        ("Magnus Ranstorp", "PER"), ("Swedish Defence University", "ORG"),
        ("Stefan Löfven", "PER"), ("Löfven", "PER"), ("Stockholm", "LOC"),
        ("The Guardian", "ORG"), ("BBC", "ORG"), ("Angela Merkel", "PER"),
        ("Emmanuel Macron", "PER"), ("Berlin", "LOC"), ("Apple", "ORG"), ("Wall Street", "ORG"),
        ("Harvard University", "ORG"), ("Elizabeth Warren", "PER"), ("Goldman Sachs", "ORG"),
        ("Vladimir Putin", "PER"), ("Beijing", "LOC"), ("Xi Jinping", "PER"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police Say Man Arrested After Storm Hits Town",
        "THIS IS WHAT IT IS ALL ABOUT",
        "The talks went well. However, nobody said anything on Monday in March.",
        "It is what it is, and I think we are ready.",
        "American and British officials met Swedish and German diplomats.",
    ],
)
def test_english_non_entities(text: str) -> None:
    assert pairs(text, "en") == []


ENGLISH_NEWS_FORMS = [
    # datelines: the capitalized place, then the agency
    ("WASHINGTON (AP) — Lawmakers passed the bill on Friday.", [("WASHINGTON", "LOC"), ("AP", "ORG")]),
    ("LONDON (Reuters) - Britain raised rates.", [("LONDON", "LOC"), ("Reuters", "ORG"), ("Britain", "LOC")]),
    # US party-state labels are not names
    ("Sen. Rand Paul (R-Ky.) voted against it.", [("Rand Paul", "PER")]),
    ("Mitch McConnell (R-Ky.) said the deal was dead.", [("Mitch McConnell", "PER")]),
    # organizations whose last word says so, possessive or not
    ("Mark Zandi, chief economist at Moody's Analytics, said the data were weak.",
     [("Mark Zandi", "PER"), ("Moody's Analytics", "ORG")]),
    ("The Finance Ministry said on Monday that growth would slow.", [("Finance Ministry", "ORG")]),
    ("The Foreign Ministry in Beijing declined to comment.", [("Foreign Ministry", "ORG"), ("Beijing", "LOC")]),
    # a town in a report of a match is the club
    ("Liverpool beat Chelsea 2-1 on Sunday.", [("Liverpool", "ORG"), ("Chelsea", "ORG")]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH_NEWS_FORMS)
def test_english_datelines_labels_and_firms(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.text, s.kind) for s in find_entities(text, "en")] == expected
