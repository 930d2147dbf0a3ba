"""Pairs of statements in two texts -> the link between them (agree / disagree / related / none),
and the edge cases: empty, one-sided and identical texts."""

from __future__ import annotations

import pytest

from desktop_app.core.viewpoints import AUTHORS_KEY, compare_viewpoints, linking
from tests.core.viewpoint_helpers import compare, relations, view

SWEDISH_PAIRS = [
    ("– Regeringens insatser mot gängvåldet är helt otillräckliga, säger kriminologen Anna Berg.",
     "– Regeringens insatser mot gängvåldet har varit framgångsrika, säger justitieministern Karl Ek.",
     ("Anna Berg", "disagree", "Karl Ek")),
    ("– Satsningen på fler poliser i förorterna är bra och har gett resultat, säger kommunalrådet Eva Lind.",
     "– Satsningen på fler poliser i förorterna har gett tydliga resultat, säger polischefen Per Holm.",
     ("Eva Lind", "agree", "Per Holm")),
    ("– Skolans arbete mot mobbning fungerar inte, säger elevombudet Sara Ek.",
     "– Skolans arbete mot mobbning fungerar väl, säger rektorn Jonas Lind.",
     ("Sara Ek", "disagree", "Jonas Lind")),
    # an explicit stance cue: he does not agree that care is worse -> he holds it is not
    ("– Vården i glesbygden är sämre än i storstäderna, säger läkaren Maria Ström.",
     "Landstingsrådet Olof Berg håller inte med om att vården i glesbygden är sämre än i storstäderna.",
     ("Maria Ström", "disagree", "Olof Berg")),
    # more must be done, said in other words on each side
    ("– Kommunens bostadsbyggande räcker inte, det behöver byggas mycket mer, säger Lena Ahl, "
     "ordförande i Hyresgästföreningen.",
     "– Vi måste bygga mer, bostadsbyggandet har lång väg kvar, säger kommunalrådet Nils Dahl.",
     ("Lena Ahl", "agree", "Nils Dahl")),
    # negation by a negative quantifier against an evaluative word
    ("– Ingenting har gjorts för att minska köerna i vården, säger patientombudet Eva Lind.",
     "– Köerna i vården har minskat tack vare ett gediget arbete, säger regionrådet Per Holm.",
     ("Eva Lind", "disagree", "Per Holm")),
    # inflections and compounds joined: insatserna / insats, återvändarna / IS-återvändare
    ("– Insatserna för återvändarna är undermåliga, säger forskaren Eva Nord.",
     "– Vår insats för IS-återvändare är gedigen, säger kommunalrådet Nils Dahl.",
     ("Eva Nord", "disagree", "Nils Dahl")),
    # near-synonyms: åtgärder / insatser
    ("– Kommunens åtgärder mot nedskräpningen i parkerna är otillräckliga, säger Eva Nord.",
     "– Kommunens insatser mot nedskräpningen i parkerna har varit lyckade, säger Nils Dahl.",
     ("Eva Nord", "disagree", "Nils Dahl")),
]

ENGLISH_PAIRS = [
    ('"The government\'s efforts to cut waiting lists are inadequate," said Dr Anna Hill, a health researcher.',
     '"Our efforts to cut waiting lists have been a success," said health minister John Carter.',
     ("Anna Hill", "disagree", "John Carter")),
    ('"The new cycle lanes have made the city centre safer," said council leader Mary Jones.',
     '"The new cycle lanes are a good idea and have made the centre safer," said campaigner Tom Price.',
     ("Mary Jones", "agree", "Tom Price")),
    ('"The bus service in rural areas does not work," said passenger Emma Lee.',
     '"The bus service in rural areas works well," said Helen Brown, who runs the county bus company.',
     ("Emma Lee", "disagree", "Helen Brown")),
    ('"More needs to be done to protect the rivers from sewage," said campaigner Ruth Ward.',
     '"We must do more to protect our rivers from sewage, and we will," said environment secretary Mark Hall.',
     ("Ruth Ward", "agree", "Mark Hall")),
    # the cue says what she rejects: what the other text says
    ("Minister John Carter rejects the claim that hospital waiting lists are getting longer.",
     '"Hospital waiting lists are getting longer every month," said Dr Anna Hill.',
     ("John Carter", "disagree", "Anna Hill")),
]

NO_LINK = [
    # a shared topic word alone is not a link
    ("sv", "– Extremismen är ett hot mot demokratin, säger forskaren Anna Berg.",
     "– Vi har fått nya pengar till fotbollsplanen och det är mycket glädjande, säger idrottschefen Karl Ek. "
     "Klubben har inget med extremism att göra."),
    ("en", '"Crime in the city is a serious problem," said police chief Anne Clark.',
     '"The new library opens on Monday in the city and is a wonderful addition," said mayor Peter Wood.'),
    # narration with no speaker in a news text holds no position
    ("sv", "Kommunens insatser mot nedskräpningen i parkerna är otillräckliga.",
     "– Kommunens insatser mot nedskräpningen i parkerna har varit lyckade, säger Nils Dahl."),
]


@pytest.mark.parametrize(("left", "right", "expected"), SWEDISH_PAIRS)
def test_swedish_pairs(left: str, right: str, expected: tuple[str, str, str]) -> None:
    assert relations(compare(left, right, "sv")) == [expected]


@pytest.mark.parametrize(("left", "right", "expected"), ENGLISH_PAIRS)
def test_english_pairs(left: str, right: str, expected: tuple[str, str, str]) -> None:
    assert relations(compare(left, right, "en")) == [expected]


@pytest.mark.parametrize(("language", "left", "right"), NO_LINK)
def test_no_link(language: str, left: str, right: str) -> None:
    assert relations(compare(left, right, language)) == []


def test_a_link_says_why_and_scores() -> None:
    comparison = compare(SWEDISH_PAIRS[0][0], SWEDISH_PAIRS[0][1])
    (link,) = comparison.links
    assert 0 < link.score <= 1
    assert "insats" in link.why and "otillräckliga" in link.why and "framgångsrika" in link.why
    assert comparison.questions[link.question].terms


def test_empty_texts_give_an_empty_comparison() -> None:
    comparison = compare_viewpoints(view(""), view(""))
    assert (comparison.links, comparison.questions, comparison.only_left, comparison.only_right) == ([], [], [], [])


def test_one_sided_positions_are_only_left() -> None:
    left = ("– Regeringens insatser mot gängvåldet är helt otillräckliga, säger kriminologen Anna Berg.\n\n"
            "– Skolans arbete mot mobbning fungerar inte, säger elevombudet Sara Ek.")
    comparison = compare_viewpoints(view(left), view(""))
    assert comparison.links == [] and comparison.only_right == []
    assert [p.speaker.name for p in comparison.only_left] == ["Anna Berg", "Sara Ek"]
    assert [p.polarity_name for p in comparison.only_left] == ["negative", "negative"]


OPINION = """Sänk hastigheten i centrum

Varje år skadas många fotgängare i stadens centrum. Vi föreslår därför att 30 kilometer i timmen blir högsta tillåtna hastighet på alla gator.

Lägre fart räddar liv. Erfarenheterna från andra städer visar att restiderna knappt påverkas.

Handlarna kritiserar förslaget och menar att kunderna försvinner till köpcentrumen.

Trafiknämnden bör fatta beslut redan i år.

Linnea Sundberg (MP), ledamot i trafiknämnden

Erik Vall (V), ledamot i trafiknämnden"""

NEWS = """Forskare kritiserar satsningen

Regeringens satsning på fler poliser är otillräcklig, enligt kriminologen Anna Berg.

– Det har gått alldeles för långsamt, och ingenting har gjorts för landsbygden, säger hon.

Justitieminister Karl Ek tillbakavisar kritiken.

– Vi är på rätt väg, men vi måste göra mer, säger han."""


@pytest.mark.parametrize(("text", "genre"), [(OPINION, "opinion"), (NEWS, "news")])
def test_the_same_text_links_each_position_to_itself(text: str, genre: str) -> None:
    comparison = compare_viewpoints(view(text, genre=genre), view(text, genre=genre))
    positions = [p for p in comparison.left_positions if p.features]
    assert positions
    for pos in positions:
        assert any(
            lk.relation == "agree" and lk.left.start <= pos.start and pos.end <= lk.left.end
            and (lk.left.start, lk.left.end) == (lk.right.start, lk.right.end)
            for lk in comparison.links
        ), pos.text
    assert all(lk.relation == "agree" for lk in comparison.links)


def test_the_signers_of_an_opinion_piece_are_one_speaker() -> None:
    comparison = compare_viewpoints(view(OPINION, genre="opinion"), view(NEWS))
    authors = {p.speaker for p in comparison.left_positions if p.speaker.key == AUTHORS_KEY}
    assert len(authors) == 1
    (speaker,) = authors
    assert speaker.name == "the authors"
    assert set(speaker.members) == {"Linnea Sundberg", "Erik Vall"}
    # what the authors only report ("Handlarna ... menar att ...") is not their position
    reported = OPINION.index("kunderna försvinner")
    assert not any(p.start <= reported < p.end for p in comparison.left_positions if p.speaker.key == AUTHORS_KEY)


def test_the_same_person_in_both_texts_agrees_with_themselves() -> None:
    # two reporters quote her in other words: no two words shared, still her one position
    left = "– Vi har fått hundratals klagomål om cyklarna på trottoarerna, säger nämndens ordförande Eva Lind."
    right = "– Vi har försökt med dialog i två år utan resultat, och nu tar vi ansvar, säger Eva Lind."
    assert relations(compare(left, right, "sv")) == [("Eva Lind", "agree", "Eva Lind")]


def test_an_interviewers_question_holds_no_position() -> None:
    interview = ("Vi frågade ministern Eva Lind om strandskyddet.\n\n"
                 "– Kritiker säger att stränderna byggs igen och att allmänheten stängs ute. Vad säger du?\n\n"
                 "– Det stämmer inte. Det finns gott om strand för alla i inlandet.")
    news = ("– Stränderna byggs igen och allmänheten stängs ute, säger naturvårdsexperten Karin Ek.")
    left = view(interview, "sv", "interview")
    comparison = compare_viewpoints(left, view(news))
    assert "the interviewer" not in {p.speaker.name for p in comparison.left_positions}
    question = interview.index("Kritiker säger")
    assert not any(lk.left.start <= question < lk.left.end for lk in comparison.links)


def test_one_passage_meets_several_speakers_of_the_other_text() -> None:
    opinion = ("Stäng inte biblioteken\n\n"
               "Kommunen vill stänga biblioteken i byarna och ersätta dem med en bokbuss. Det är ett kortsiktigt "
               "beslut: en bokbuss kan aldrig ersätta ett bibliotek.\n\n"
               "Anna Holm, ordförande i Läsfrämjandet\n\n"
               "Per Berg, bibliotekarie")
    news = ("– Bokbussen är en bra lösning som når fler invånare än biblioteken i byarna, säger nämndens "
            "ordförande Karl Sand.\n\n"
            "– En bokbuss ersätter inte biblioteket i byn, säger föräldern Lisa Karim.")
    comparison = compare_viewpoints(view(news), view(opinion, genre="opinion", authors=["Anna Holm", "Per Berg"]))
    found = set(relations(comparison))
    assert ("Karl Sand", "disagree", "the authors") in found
    assert ("Lisa Karim", "agree", "the authors") in found


def _statement(speaker: str, *, direct: bool, polarity: int = 0, inherited: bool = False):
    from desktop_app.core.viewpoints.model import Position, Speaker

    return Position("left", 0, Speaker(speaker.casefold(), speaker), 0, 10, 0, polarity,
                    direct=direct, inherited=inherited)


@pytest.mark.parametrize(
    ("statement", "mentioned"),
    [
        (_statement("IS", direct=False), True),  # reported, neutral: only mentioned
        (_statement("IS", direct=False, polarity=-1, inherited=True), True),  # a stance not its own
        (_statement("IS", direct=False, polarity=-1), False),  # an evaluation of its own
        (_statement("Anna Berg", direct=True), False),  # quoted in her own words
        (_statement(AUTHORS_KEY, direct=False), False),  # the authors speak the whole piece
    ],
)
def test_a_speaker_only_mentioned_holds_no_position_to_link(statement, mentioned):
    from desktop_app.core.viewpoints.linking import _mentioned, _narrow

    assert _mentioned(statement) is mentioned
    other = _statement("Per Holm", direct=True, polarity=1)
    assert bool(_narrow(statement, other, 1.0, 2)) is mentioned


def test_an_unsigned_editorial_speaks_as_its_authors():
    editorial = (
        "Kommunen sviker biblioteken\n\n"
        "Kommunstyrelsen vill stänga tre av fem filialbibliotek i höst. "
        "Det är ett kortsiktigt och dåligt beslut. "
        "Biblioteken är den enda mötesplatsen i många byar.\n\n"
        "Besparingen är liten i kommunens budget. "
        "Förlusten för barnen som lånar böcker är stor. "
        "Stängningen av filialbiblioteken är ett misstag."
    )
    news = (
        "Tre bibliotek stängs i höst\n\n"
        "– Att stänga filialbiblioteken är ett misstag, barnen förlorar sina böcker, säger "
        "bibliotekarien Anna Berg."
    )
    comparison = compare_viewpoints(view(editorial), view(news))
    assert comparison.links
    assert {lk.left.speaker.key for lk in comparison.links} == {AUTHORS_KEY}
    # a news text with a quote stays a news text: its narration is no one's position
    reverse = compare_viewpoints(view(news), view(editorial))
    assert AUTHORS_KEY not in {lk.left.speaker.key for lk in reverse.links}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('Museums\n\n"It is true that the museum charges are high. But free entry for every visitor '
         'is a mistake," said curator Anna Hill.', "en"),
        ("Museer\n\n– Det stämmer att avgifterna är höga. Men fri entré för alla besökare är ett misstag, "
         "säger intendenten Anna Berg.", "sv"),
    ],
)
def test_a_concession_over_two_sentences_takes_the_turn(text, language):
    from desktop_app.core.viewpoints.positions import extract_positions

    granted, held = extract_positions(view(text, language), "left")[:2]
    assert granted.cue is None and granted.polarity == held.polarity == -1


SUGAR_INTERVIEW = (
    "A tax on sugar works\n\n"
    "We spoke to Professor Amanda Cole, president of the Faculty of Public Health, about the sugar levy.\n\n"
    "Why extend the sugar levy?\n\n"
    "Because it works. Manufacturers cut the sugar in their products by almost half.\n\n"
    "Should the tax be extended to sweets and biscuits too?\n\n"
    "Yes. Most of the sugar children eat now comes from snacks and desserts.\n\n"
    "What do you eat for breakfast?\n\n"
    "Porridge, most days."
)


@pytest.mark.parametrize("genre", ["other", "news"])
def test_an_interview_answer_is_about_its_question(genre):
    """Plain question and answer paragraphs (no dashes, no labels) are an interview; the answer
    "Yes. Most of the sugar ... snacks" is about taxing sweets and biscuits, and says yes."""
    news = (
        "Milk drinks to be included in sugar levy\n\n"
        "Health secretary Oliver Grant said the government had no plans to tax sweets and biscuits."
    )
    interview = view(SUGAR_INTERVIEW, "en", genre)
    comparison = compare_viewpoints(interview, view(news, "en"))
    assert relations(comparison) == [("Amanda Cole", "disagree", "Oliver Grant")]
    link = comparison.links[0]
    assert {"sweet", "biscuit"} <= set(link.terms)
    assert link.left.text.startswith("Yes. Most of the sugar")  # the answer, not its question
    assert "“Yes”" in link.why


def test_an_answer_without_its_question_has_no_stance_from_yes():
    from desktop_app.core.viewpoints.positions import extract_positions

    text = "Socker\n\n– Yes. Most of the sugar children eat now comes from snacks, said Amanda Cole."
    assert all(p.polarity == 0 for p in extract_positions(view(text, "en"), "left"))


def test_an_unsigned_editorial_that_quotes_someone_speaks_as_its_authors():
    """A ledare quoting the politician it answers is still an editorial: its narration (most of
    its sentences) is its authors' position, and the quoted politician keeps his own words."""
    editorial = (
        "Att ta betalt av sjuka är fel väg\n\n"
        "Regionen vill införa parkeringsavgift vid sjukhuset. Det är ett dåligt förslag som slår mot de sjuka.\n\n"
        "– Parkeringen måste bära sina egna kostnader, säger regionrådet Johan Berg (M).\n\n"
        "Men den som åker till sjukhuset gör det sällan av lust. För en cancerpatient blir avgiften flera "
        "tusen kronor. Bussen är inget alternativ på landsbygden.\n\n"
        "Avgiften drabbar också personalen. Att låta undersköterskor betala för att komma till jobbet är fel.\n\n"
        "Regionstyrelsen bör skrota förslaget."
    )
    news = (
        "Avgift på sjukhusets parkering väcker kritik\n\n"
        "– För den som behöver behandling varje vecka blir avgiften en ny kostnad. Våra medlemmar har inget "
        "annat val än bilen, säger Birgitta Lund, ordförande i patientföreningen."
    )
    from desktop_app.core.viewpoints.positions import extract_positions

    left = view(editorial, "sv", "other")
    assert {p.speaker.name for p in extract_positions(left, "left")} == {"Johan Berg", AUTHORS_KEY}
    comparison = compare_viewpoints(left, view(news))
    assert comparison.links
    assert {relation for _, relation, _ in relations(comparison)} == {"agree"}
    assert {lk.left.speaker.key for lk in comparison.links} == {AUTHORS_KEY}


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Elsparkcyklar\n\nTrafikforskaren Helena Wiik vid Norrlands tekniska högskola tycker att beslutet är "
         "rimligt.", "sv", "Helena Wiik"),
        ("Scooters\n\nTransport researcher Helen Wood of Northfield University thinks that the ban is sensible.",
         "en", "Helen Wood"),
    ],
)
def test_a_narrated_opinion_is_the_persons_who_holds_it(text, language, speaker):
    from desktop_app.core.viewpoints.positions import extract_positions

    found = extract_positions(view(text, language), "left")
    assert [(p.speaker.name, p.polarity) for p in found] == [(speaker, 1)]


def test_the_narration_introducing_a_speaker_says_what_their_words_are_about():
    from desktop_app.core.viewpoints.positions import extract_positions

    text = (
        "Avgift vid sjukhuset\n\n"
        "Oppositionsrådet Maria Sjöberg (S) vill i stället bygga ut kollektivtrafiken till sjukhuset. – Det "
        "vore bättre att satsa på fler bussturer än att straffa dem som inte har något val, säger hon.\n\n"
        "Sjukhuset har 900 parkeringsplatser."
    )
    found = [p for p in extract_positions(view(text), "left") if p.speaker.name == "Maria Sjöberg"]
    assert found and all("kollektivtrafik" in p.frame for p in found)
    assert not any("sjöberg" in f or "maria" in f for p in found for f in p.frame)


def test_two_positions_on_one_question_link_although_neither_evaluates(monkeypatch) -> None:
    # neither says good or bad in its own words, yet both take a position on the Hatton lessons
    left = ('"Residents can use the swimming pool in Hatton, and the council will pay for the school '
            'swimming lessons there," said councillor Priya Shah.')
    right = '"The school swimming lessons in Hatton will take a whole morning for every class," said headteacher Tom Hale.'
    assert relations(compare(left, right, "en")) == [("Priya Shah", "related", "Tom Hale")]
    monkeypatch.setattr(linking, "OWN_STANCE_GATE", True)  # the gate of rounds 1-7 stopped it
    assert relations(compare(left, right, "en")) == []
