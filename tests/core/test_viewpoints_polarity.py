"""Polarity of a statement toward what it is about: negation and its scope, comparison,
evaluative words on both sides, saying more must be done, and explicit stance cues."""

from __future__ import annotations

import pytest

from desktop_app.core.viewpoints.polarity import statement_polarity

SWEDISH = [
    # evaluative words, both sides
    ("De insatser som samordnaren gjort är otillräckliga.", -1),
    ("Samordnaren är helt tyst i frågan.", -1),
    ("Det finns stora brister i arbetet med återvändarna.", -1),
    ("De senaste tio åren har ett gediget arbete pågått.", 1),
    ("Kommunen och polisen har en god bild av vilka de är.", 1),
    ("Arbetet i Örebro kommun är i dag nationellt erkänt.", 1),
    ("Projektet har varit framgångsrikt från första dagen.", 1),
    ("Vi är på bollen.", 1),
    ("Handlarna är nöjda med den nya parkeringen.", 1),
    # negation and its scope
    ("Insatserna är inte tillräckliga.", -1),
    ("Ingenting har gjorts för att stoppa rekryteringen.", -1),
    ("Vi jobbar inte alls med att reducera de extremistiska miljöerna.", -1),
    ("I Sverige finns inte de insatserna.", -1),
    ("Systemet fungerar inte.", -1),
    ("Det är inte bra för de boende.", -1),
    ("Kommunens arbete är inte dåligt.", 1),
    ("Vi har inget emot en lägre hastighet utanför skolorna.", 1),
    ("Kommunen kan inte arrestera någon.", 0),
    # "ingen" / "no" denies its whole noun phrase, not only the next words
    ("Det finns ingen långsiktig plan för en trygg skola.", -1),
    ("Det finns ingen bra lösning.", -1),
    # comparison
    ("De svenska insatserna är sämre än andra länders.", -1),
    ("Jämfört med andra europeiska länder är arbetet undermåligt.", -1),
    ("Beredskapen är mycket bättre än 2018.", 1),
    # a turn with "men": the clause after it decides
    ("En bokbuss kan vara ett bra komplement, men den kan aldrig ersätta ett bibliotek.", -1),
    ("Det har varit svårt, men i dag fungerar samarbetet väl.", 1),
    # more must be done; what should have been done
    ("Det är ett kvitto på att det bör göras mycket mer.", -1),
    ("Arbetet har lång väg kvar.", -1),
    ("Samrådet kunde ha skötts bättre.", -1),
    # failing or refusing to do the good thing is critical, whatever good word follows
    ("Regionen har låtit bli att erbjuda fasta tjänster med rimliga villkor.", -1),
    ("Kommunen vägrade att ge ett bra besked.", -1),
    ("Regeringen har misslyckats med att skapa en trygg skola.", -1),
    ("Insatstiderna i inlandet är för långa.", -1),
    # stance cues set the polarity from what is rejected or accepted
    ("Statsministern håller inte med om att de svenska insatserna är sämre än andra länders.", 1),
    ("Forskaren håller inte med om att stängningarna har gett mer närvaro.", -1),
    ("Vi håller dock med kritikerna om att samrådet har varit bristfälligt.", -1),
    ("Påståendet att skolorna skulle läggas ner är skrämselpropaganda.", -1),
    # a thing said to be missing is a weak criticism
    ("Bussen är inget alternativ för den som bor på landsbygden.", -1),
    ("Många har inget annat val än bilen.", -1),
    # "riktigt" as an intensifier evaluates nothing of its own
    ("Det är riktigt dåligt.", -1),
    ("Det är riktigt bra.", 1),
    # a phrase of the lists in any inflection ("gör skillnad")
    ("Satsningen gjorde skillnad för barnen.", 1),
    # general evaluative words
    ("Regionen har gett upp för tidigt.", -1),
    ("Beslutet är förhastat och ansvarslöst.", -1),
    # plain facts
    ("Kommunfullmäktige fattar beslut i november.", 0),
]

ENGLISH = [
    ("The government's measures are inadequate.", -1),
    ("The new centre is a solid piece of work.", 1),
    ("There is no realistic prospect of enough sustainable fuel.", -1),  # "no" denies its noun phrase
    ("Their assumptions about green fuel are wishful thinking.", -1),
    ("Our teams have been remarkably successful this year.", 1),
    ("The scheme is not good enough.", -1),
    ("Nothing has been done to cut the queues.", -1),
    ("The bus service does not work.", -1),
    ("Productivity did not suffer when hours were cut.", 1),
    ("Our schools are worse than those of other countries.", -1),
    ("Waiting times are better than a year ago.", 1),
    ("A bus can be a good complement, but it can never replace a library.", -1),
    ("More needs to be done.", -1),
    ("The consultation should have been handled better.", -1),
    ("The council failed to offer a fair deal.", -1),  # not a tie of "failed" and "fair"
    ("Ministers have refused to listen.", -1),
    ("Response times in rural areas are too long.", -1),
    ("The minister disagrees that the reforms have failed.", 1),
    ("She rejects the claim that the charge would help the shops.", -1),
    ("We agree that the target is too low.", -1),
    ("It makes no sense for taxpayers to subsidise their day out.", -1),
    ("For rural families there is no alternative to the car.", -1),
    ("There are no plans to tax sweets.", -1),
    ("The change is long overdue.", 1),
    ("The plan is reckless and unworkable.", -1),
    ("Workers have the right to strike.", 0),
    ("The council meets on Tuesday.", 0),
]


@pytest.mark.parametrize(("sentence", "expected"), SWEDISH)
def test_swedish_polarity(sentence: str, expected: int) -> None:
    assert statement_polarity(sentence, "sv").value == expected


@pytest.mark.parametrize(("sentence", "expected"), ENGLISH)
def test_english_polarity(sentence: str, expected: int) -> None:
    assert statement_polarity(sentence, "en").value == expected


@pytest.mark.parametrize(
    ("sentence", "language", "relation"),
    [
        ("Löfven håller inte med om att insatserna är sämre.", "sv", "disagree"),
        ("Ministern tillbakavisar kritiken.", "sv", "disagree"),
        ("Vi delar inte bilden av att förbudet fungerar.", "sv", "disagree"),
        ("Facket instämmer i att lärarbristen är det största problemet.", "sv", "agree"),
        ("The minister rejects the criticism.", "en", "disagree"),
        ("The union agrees with the authors.", "en", "agree"),
        ("The mayor does not take the opposition's line on parking.", "en", "disagree"),
        ("The board disagrees with the nurses.", "en", "disagree"),
        # a denied rejection grants: "nobody denies", "does not dispute", "förnekar inte"
        ("I do not dispute that the scheme has worked well.", "en", "agree"),
        ("Vi förnekar inte att det finns brister i vården.", "sv", "agree"),
        ("Ingen förnekar att lärarna gör ett gott arbete.", "sv", "agree"),
        ("The minister denies that the reforms have failed.", "en", "disagree"),
    ],
)
def test_stance_cues(sentence: str, language: str, relation: str) -> None:
    assert statement_polarity(sentence, language).cue_relation == relation


def test_need_more_is_marked() -> None:
    assert statement_polarity("Vi är på bollen, men vi måste göra mer.", "sv").need_more
    assert statement_polarity("A lot more must be done to help them.", "en").need_more
    assert not statement_polarity("Vi har gjort mycket.", "sv").need_more


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("It is true that the tax is high, but the tax cut is a mistake.", "en", -1),
        ("She is right that the centre is busy, but closing the road is a failure.", "en", -1),
        ("Nobody denies the budget is tight, but closing the pool is the wrong choice.", "en", -1),
        ("Ingen förnekar att ekonomin är ansträngd, men beslutet är fel.", "sv", -1),
    ],
)
def test_a_concession_is_no_agreement(sentence: str, language: str, expected: int) -> None:
    # "it is true that X, but Y": the speaker grants X and holds Y; the cue does not decide
    found = statement_polarity(sentence, language)
    assert found.cue_relation is None and found.value == expected


def test_an_agreement_without_a_turn_stays_one() -> None:
    assert statement_polarity("She is right that the tax is too high.", "en").cue_relation == "agree"
