"""Quote attribution: sentences as Swedish and English news write them -> (speaker, kind, words)."""

from __future__ import annotations

import pytest

from desktop_app.core.analysis import analyze
from tests.core.analysis_helpers import quotes_of


SWEDISH_DIRECT = [
    # dash quotes: –, —, "- " and "−", with role and addressee in the cue
    (
        "Laget förlorade mot Frölunda.\n\n– Vi var inte bra i dag, säger ytterbacken Emil Johansson till Nerikes Allehanda.",
        ("Emil Johansson", "direct", "Vi var inte bra i dag"),
    ),
    ("Anna Svensson är ny chef.\n\n— Jag ser fram emot det, säger hon.", ("Anna Svensson", "direct", "Jag ser fram emot det")),
    (
        "Kommunen har fått kritik.\n\n- Det är beklagligt, säger kommunalrådet Per Olsson (M).",
        ("Per Olsson", "direct", "Det är beklagligt"),
    ),
    ("Olyckan skedde på natten.\n\n−Det var fruktansvärt, säger Lena Ek.", ("Lena Ek", "direct", "Det var fruktansvärt")),
    ("– Varför? säger Per-Åke Sörman.", ("Per-Åke Sörman", "direct", "Varför?")),
    ("– Vi har lett arbetet, sade Haider al-Abadi till Reuters.", ("Haider al-Abadi", "direct", "Vi har lett arbetet")),
    # quotation marks: ” ”, « », “ ”, " "
    ("”Vi kommer inte att ge upp”, säger Maria Larsson.", ("Maria Larsson", "direct", "Vi kommer inte att ge upp")),
    (
        "«Det här är en katastrof», säger Erik Berg, ordförande i föreningen.",
        ("Erik Berg", "direct", "Det här är en katastrof"),
    ),
    ("“Vi är glada”, sa Karin Holm efter matchen.", ("Karin Holm", "direct", "Vi är glada")),
    ('"Det blir dyrt", skriver Sven Ek på Facebook.', ("Sven Ek", "direct", "Det blir dyrt")),
    # cue before the quote
    ("Ulf Kristersson var tydlig: ”Sverige ska inte backa.”", ("Ulf Kristersson", "direct", "Sverige ska inte backa.")),
    ("Johan von Knorring säger: ”Vi måste spara.”", ("Johan von Knorring", "direct", "Vi måste spara.")),
    ("Bo Ek har en tydlig åsikt. Han säger: – Vi ska vinna.", ("Bo Ek", "direct", "Vi ska vinna.")),
    # "Det säger X (till Y)." / "Så säger X" right after the words
    (
        "Vi har gjort allt vi kan. Det säger rektorn Karin Lund till Sydsvenskan.",
        ("Karin Lund", "direct", "Vi har gjort allt vi kan."),
    ),
    (
        "– Vi ska bygga fler bostäder.\n\nSå säger Johan von Knorring efter mötet.",
        ("Johan von Knorring", "direct", "Vi ska bygga fler bostäder."),
    ),
    # the dash was lost: a paragraph that ends ", säger han." is all his
    (
        "Magnus Ranstorp är forskare.\n\nRedan 2014 visste vi det. Varför har ingenting gjorts? Det är fel, säger han.",
        ("Magnus Ranstorp", "direct", "Redan 2014 visste vi det. Varför har ingenting gjorts? Det är fel"),
    ),
    # a quoted slogan that is an organization's message
    (
        "”Agera där ni är”, är terrorgruppens budskap. IS har förlorat mark i Irak.",
        ("IS", "direct", "Agera där ni är"),
    ),
    # a role the lists do not know, or a possessor's role, before the name
    (
        "Färjorna går som vanligt.\n\n– Vi räknar med långa köer, säger färjerederiets trafikplanerare Karin Mohlin.",
        ("Karin Mohlin", "direct", "Vi räknar med långa köer"),
    ),
    (
        "”Vi har aldrig haft så många besökare”, säger museets programansvariga Elsa Norén.",
        ("Elsa Norén", "direct", "Vi har aldrig haft så många besökare"),
    ),
    (
        "Butikerna gapade tomma.\n\n– Det blir ett dyrt år, säger Hemköps presschef Lars Ståhl.",
        ("Lars Ståhl", "direct", "Det blir ett dyrt år"),
    ),
    # a dash paragraph after narration: the person introduced, not the club before the role
    (
        "Skellefteås tränare Robert Ohlsson var besviken efter matchen.\n\n– Vi spelade inte vårt spel.",
        ("Robert Ohlsson", "direct", "Vi spelade inte vårt spel."),
    ),
]

SWEDISH_INDIRECT = [
    ("Priserna stiger snabbt, uppger Statistiska centralbyrån för TT.", ("Statistiska centralbyrån", "indirect", "Priserna stiger snabbt")),
    ("Lönerna måste höjas i år. Det menar Unionen.", ("Unionen", "indirect", "Lönerna måste höjas i år.")),
    ("Enligt polisen har ingen skadats.", ("Polisen", "indirect", "har ingen skadats")),
    ("Ingen har skadats, enligt polisen.", ("Polisen", "indirect", "Ingen har skadats")),
    ("Polisen menar att läget är under kontroll.", ("Polisen", "indirect", "läget är under kontroll")),
    ("Regeringen anser att åtgärderna räcker.", ("Regeringen", "indirect", "åtgärderna räcker")),
    (
        "Socialminister Lena Hallengren (S) säger att vården ska stärkas.",
        ("Lena Hallengren", "indirect", "vården ska stärkas"),
    ),
    ("Samtidigt menar Magnus Ranstorp att hotet har ökat.", ("Magnus Ranstorp", "indirect", "hotet har ökat")),
    ("Ebba Busch (KD) håller inte med om att skatten ska höjas.", ("Ebba Busch", "indirect", "skatten ska höjas")),
    (
        "Sara Lind, professor vid Lunds universitet, som anser att reformen är fel, har skrivit en rapport.",
        ("Sara Lind", "indirect", "reformen är fel"),
    ),
    (
        "Enligt Magnus Ranstorp, terrorforskare vid Försvarshögskolan, är hotet stort.",
        ("Magnus Ranstorp", "indirect", "är hotet stort"),
    ),
    ("Hanna Berg säger till TT att hon inte tänker avgå.", ("Hanna Berg", "indirect", "hon inte tänker avgå")),
    # the name inside an apposition before the verb, and a verb coordinated with "men"
    (
        "Bolagets ekonomichef, Anders Wiklund, uppger att vinsten har halverats.",
        ("Anders Wiklund", "indirect", "vinsten har halverats"),
    ),
    (
        "Sara Holm är rektor på skolan. Hon vill inte kommentera uppgifterna, men säger att utredningen pågår.",
        ("Sara Holm", "indirect", "utredningen pågår"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SWEDISH_DIRECT + SWEDISH_INDIRECT)
def test_swedish_quote_is_attributed(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in quotes_of(text)


@pytest.mark.parametrize(
    "verb", ["säger", "menar", "anser", "hävdar", "uppger", "konstaterar", "betonar", "påpekar", "skriver", "bedömer"]
)
def test_reporting_verbs_with_att_report_speech(verb: str) -> None:
    text = f"Kommunalrådet Anna Ek {verb} att skolan behöver mer pengar."
    assert ("Anna Ek", "indirect", "skolan behöver mer pengar") in quotes_of(text)


ENGLISH = [
    (
        "“We will not back down,” said Jane Doe, a spokeswoman for the council.",
        ("Jane Doe", "direct", "We will not back down"),
    ),
    ("Jane Doe spoke first.\n\n“We will not back down,” she said.", ("Jane Doe", "direct", "We will not back down")),
    ('"The numbers are alarming," John Smith said.', ("John Smith", "direct", "The numbers are alarming")),
    ("Prime Minister Boris Johnson said the plan would work.", ("Boris Johnson", "indirect", "the plan would work")),
    (
        "The economy will shrink this year, according to the IMF.",
        ("International Monetary Fund", "indirect", "The economy will shrink this year"),
    ),
    ("According to police, no one was hurt.", ("Police", "indirect", "no one was hurt")),
    ("John Smith told reporters that the deal was dead.", ("John Smith", "indirect", "the deal was dead")),
    (
        "Senator Elizabeth Warren argued that the banks must be regulated.",
        ("Elizabeth Warren", "indirect", "the banks must be regulated"),
    ),
    ("The minister warned that prices could rise.", ("the minister", "indirect", "prices could rise")),
    ("Mary Jones claimed that the vote was rigged.", ("Mary Jones", "indirect", "the vote was rigged")),
    ('"We are ready," Texas Sen. Mark Cole said on Monday.', ("Mark Cole", "direct", "We are ready")),
    (
        "The union's chief negotiator, Laura Fenwick, said that talks had broken down.",
        ("Laura Fenwick", "indirect", "talks had broken down"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_quote_is_attributed(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in quotes_of(text, "en")


def test_dash_paragraphs_without_cue_continue_the_speaker_until_someone_else_is_introduced() -> None:
    text = (
        "Henrik Gustafsson är tränare.\n\n"
        "– Vi ska vinna, säger Henrik Gustafsson och fortsätter:\n\n"
        "– Laget är i form.\n\n"
        "Kommunalrådet Bo Berg (C) är mer kritisk.\n\n"
        "– Det här är slöseri."
    )
    assert quotes_of(text) == [
        ("Henrik Gustafsson", "direct", "Vi ska vinna"),
        ("Henrik Gustafsson", "direct", "Laget är i form."),
        ("Bo Berg", "indirect", "mer kritisk"),
        ("Bo Berg", "direct", "Det här är slöseri."),
    ]


def test_a_second_quote_in_a_paragraph_keeps_its_speaker() -> None:
    text = '"The numbers are alarming," John Smith said. "We need to act now."'
    assert [q[0] for q in quotes_of(text, "en")] == ["John Smith", "John Smith"]


def test_interview_questions_are_the_interviewers_not_the_interviewees_words() -> None:
    text = (
        "Emma Nilsson är ny vd för Volvo.\n\n"
        "– Varför valde du att sluta?\n\n"
        "– Jag behövde en förändring.\n\n"
        "– Vad gör du nu?\n\n"
        "– Jag reser mycket."
    )
    assert quotes_of(text, genre="other") == [
        ("the interviewer", "direct", "Varför valde du att sluta?"),
        ("Emma Nilsson", "direct", "Jag behövde en förändring."),
        ("the interviewer", "direct", "Vad gör du nu?"),
        ("Emma Nilsson", "direct", "Jag reser mycket."),
    ]


def test_labelled_interview_questions_are_the_interviewers() -> None:
    text = "Per Ek är ny rektor.\n\nFråga: Hur känns det?\n\nSvar: Det känns fantastiskt, tack."
    assert quotes_of(text, genre="interview") == [
        ("the interviewer", "direct", "Hur känns det?"),
        ("Per Ek", "direct", "Det känns fantastiskt, tack."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Polisen kom till platsen vid 22-tiden.",
        "Många anser att beslutet är fel.",
        "Enligt planen ska bygget vara klart 2025.",
        "Så kallade ”återvändare” har ökat i antal.",
        "Snabbt tillbaka",
        "Ett hundratal personer har återvänt till Sverige – kvar finns ytterligare ett hundratal.",
    ],
)
def test_narration_is_not_a_quote(text: str) -> None:
    assert quotes_of(text) == []


def test_sub_headings_are_headings_not_quotes() -> None:
    text = "Hon vann loppet, säger tränaren Anna Ek.\n\nSnabbt tillbaka\n\nDet var tufft, säger hon."
    analysis = analyze(text, language="sv", genre="news")
    assert [text[h.start : h.end] for h in analysis.headings] == ["Snabbt tillbaka"]
    assert all(not (q.start <= text.index("Snabbt") < q.end) for q in analysis.quotes)


def test_cue_spans_cover_the_attribution() -> None:
    text = "Olyckan skedde på natten.\n\n– Det var fruktansvärt, säger Lena Ek till TT."
    quote = analyze(text, language="sv", genre="news").quotes[0]
    assert quote.cue is not None
    assert text[quote.cue.start : quote.cue.end] == "säger Lena Ek"


def test_unnamed_speakers_stay_unnamed() -> None:
    """ "en granne", "a spokesman": someone new whom the text does not name, an unnamed source
    named by the text's phrase, never someone named before."""
    text = (
        "Branden startade vid midnatt. Grannen Bo Ek larmade.\n\n"
        "– Det var kaos, säger en granne som vill vara anonym.\n\n"
        "– Vi sprang ut, säger en annan boende."
    )
    assert quotes_of(text) == [
        ("en granne", "direct", "Det var kaos"),
        ("en annan boende", "direct", "Vi sprang ut"),
    ]
    english = "“It was chaos,” said a neighbour. “We ran.”\n\nA spokesman said the cause was unknown."
    assert quotes_of(english, "en") == [
        ("a neighbour", "direct", "It was chaos"),
        ("a neighbour", "direct", "We ran."),
        ("a spokesman", "indirect", "the cause was unknown"),
    ]
    kinds = {a.name: a.kind for a in analyze(text, language="sv", genre="news").actors}
    assert kinds["en granne"] == kinds["en annan boende"] == "unnamed"
    assert kinds["Bo Ek"] == "person"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Polisen larmades vid tvåtiden. Anna Berg bor i huset.\n\n"
            "En man som bor i huset intill berättar att han vaknade av skrik. ”Jag blev rädd”, säger han.",
            "sv",
            [("en man", "indirect", "han vaknade av skrik"), ("en man", "direct", "Jag blev rädd")],
        ),
        (
            "Officer Tom Hale said two people were hurt.\n\n"
            "A man who lives next door said he heard shots. “I hid under the bed,” he said.",
            "en",
            [
                ("Tom Hale", "indirect", "two people were hurt"),
                ("a man", "indirect", "he heard shots"),
                ("a man", "direct", "I hid under the bed"),
            ],
        ),
    ],
)
def test_pronouns_after_an_unnamed_person_are_that_person(text: str, language: str, expected) -> None:
    assert quotes_of(text, language) == expected


def test_company_noun_points_back_to_the_company() -> None:
    text = "Northvolt varslar 500 anställda i Skellefteå. Det meddelade företaget på tisdagen."
    assert quotes_of(text) == [("Northvolt", "indirect", "Northvolt varslar 500 anställda i Skellefteå.")]


def test_opinion_piece_detected_from_its_signature() -> None:
    text = (
        "Sverige måste satsa på kärnkraften\n\n"
        "Elpriserna slår rekord. Vi anser att regeringen har svikit.\n\n"
        "Energiminister Khashayar Farmanbar (S) säger att vindkraften räcker. Det stämmer inte.\n\n"
        "Johan Pehrson, partiledare (L)\n"
        "Lotta Edholm, gruppledare (L)"
    )
    analysis = analyze(text, language="sv", genre="other")
    assert analysis.genre == "opinion"
    authors = [(a.name, a.party, a.roles) for a in analysis.actors if a.is_author]
    assert authors == [("Johan Pehrson", "L", ["partiledare"]), ("Lotta Edholm", "L", ["gruppledare"])]
    # Every signer speaks the authors' voice: one quote each, in signature order.
    assert quotes_of(text, genre="other") == [
        ("Johan Pehrson", "author", "Elpriserna slår rekord. Vi anser att regeringen har svikit"),
        ("Lotta Edholm", "author", "Elpriserna slår rekord. Vi anser att regeringen har svikit"),
        ("Khashayar Farmanbar", "indirect", "vindkraften räcker"),
        ("Johan Pehrson", "author", "Det stämmer inte"),
        ("Lotta Edholm", "author", "Det stämmer inte"),
    ]


def test_opinion_piece_detected_from_skriver_in_the_lead() -> None:
    text = "Det är dags att satsa på järnvägen, skriver Anna Ek (MP) och Bo Berg (MP).\n\nTågen är sena. Vi måste investera."
    analysis = analyze(text, language="sv", genre="other")
    assert analysis.genre == "opinion"
    assert [a.name for a in analysis.actors if a.is_author] == ["Anna Ek", "Bo Berg"]
    assert quotes_of(text, genre="other") == [
        ("Anna Ek", "author", "Det är dags att satsa på järnvägen"),
        ("Bo Berg", "author", "Det är dags att satsa på järnvägen"),
        ("Anna Ek", "author", "Tågen är sena. Vi måste investera"),
        ("Bo Berg", "author", "Tågen är sena. Vi måste investera"),
    ]


def test_english_op_ed_bio_line_is_the_signature() -> None:
    text = (
        "Workers are exhausted. We believe shorter weeks would help.\n\n"
        "Jane Doe is a professor of economics at the University of Leeds."
    )
    analysis = analyze(text, language="en", genre="opinion", authors=["Jane Doe"])
    jane = next(a for a in analysis.actors if a.is_author)
    assert jane.roles == ["professor of economics at the University of Leeds"]
    assert [(q.kind, text[q.start : q.end]) for q in analysis.quotes] == [
        ("author", "Workers are exhausted. We believe shorter weeks would help")
    ]


def test_plural_speaker_is_a_quote_with_unknown_speaker() -> None:
    text = "Anna Ek leder laget.\n\n– Vi är glada, säger de."
    assert quotes_of(text) == [(None, "direct", "Vi är glada")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # quoted words inside the speaker's own clause, after a naming verb
        (
            "Bygget blev dyrare.\n\nKommunalrådet Anton Ström (M) kallar notan ”helt orimlig”.",
            "sv",
            ("Anton Ström", "direct", "helt orimlig"),
        ),
        (
            "Kulturchefen Ylva Dahl beskrev i våras satsningen som ”ett lyft för hela regionen”.",
            "sv",
            ("Ylva Dahl", "direct", "ett lyft för hela regionen"),
        ),
        ('Opposition leader Grace Holloway called the budget "a fairy tale".', "en", ("Grace Holloway", "direct", "a fairy tale")),
        # "Det säger X" closing a dash paragraph
        (
            "Skolan stänger.\n\n– Vi har inget val. Lokalerna är för dåliga. Det säger rektorn Malin Eklund till Corren.",
            "sv",
            ("Malin Eklund", "direct", "Vi har inget val. Lokalerna är för dåliga."),
        ),
        # ", the <organization> said." and ", it said."
        (
            "Flights were cancelled on Monday, the Civil Aviation Authority said.",
            "en",
            ("Civil Aviation Authority", "indirect", "Flights were cancelled on Monday"),
        ),
        (
            "Sales rose in May, according to Halden Steel Corporation.\n\nExports rose by a tenth, it said.",
            "en",
            ("Halden Steel Corporation", "indirect", "Exports rose by a tenth"),
        ),
        # a common noun for an organization named before
        (
            "Tullverket beslagtog 40 kilo kokain i Göteborg. Myndigheten uppger att beslaget är årets största.",
            "sv",
            ("Tullverket", "indirect", "beslaget är årets största"),
        ),
    ],
)
def test_quoted_words_in_narration_and_organization_cues(text: str, language: str, expected) -> None:
    assert expected in quotes_of(text, language)


def test_company_noun_with_no_company_named_is_an_unnamed_speaker() -> None:
    assert quotes_of("Priserna höjs med tio procent i höst, uppger bolaget.") == [
        (None, "indirect", "Priserna höjs med tio procent i höst")
    ]


def test_interview_without_dashes_or_labels_answers_follow_questions() -> None:
    text = (
        "Samtal med en polarforskare\n\n"
        "Glaciologist Petra Lindqvist has measured Arctic ice for thirty years.\n\n"
        "What surprised you most this summer?\n\n"
        "The speed. Ice we thought would last decades vanished in a season.\n\n"
        "Is it too late?\n\n"
        "No. But every year of delay makes the job harder."
    )
    found = quotes_of(text, "en", genre="interview")
    assert found == [
        ("the interviewer", "direct", "What surprised you most this summer?"),
        ("Petra Lindqvist", "direct", "The speed. Ice we thought would last decades vanished in a season."),
        ("the interviewer", "direct", "Is it too late?"),
        ("Petra Lindqvist", "direct", "No. But every year of delay makes the job harder."),
    ]


def test_plain_question_and_answer_paragraphs_are_read_as_an_interview() -> None:
    """No genre given, no dashes, no labels: three short question paragraphs each followed by
    a plain answer are an interview's turns."""
    text = (
        "Samtal med en polarforskare\n\n"
        "Glaciologist Petra Lindqvist has measured Arctic ice for thirty years.\n\n"
        "What surprised you most this summer?\n\n"
        "The speed. Ice we thought would last decades vanished in a season.\n\n"
        "Is it too late?\n\n"
        "No. But every year of delay makes the job harder.\n\n"
        "What do you do in the winter?\n\n"
        "I teach, and I ski when I can."
    )
    found = quotes_of(text, "en")
    assert [(speaker, kind) for speaker, kind, _ in found] == [
        ("the interviewer", "direct"), ("Petra Lindqvist", "direct")] * 3


def test_a_news_text_asking_one_question_is_no_interview() -> None:
    text = (
        "Nya regler för hyrcyklar\n\n"
        "Kommunen inför nya regler för hyrcyklar i centrum från maj.\n\n"
        "Vem ska betala?\n\n"
        "Enligt förslaget står bolagen för kostnaden.\n\n"
        "– Det är rimligt att den som tjänar pengar på cyklarna betalar, säger Anna Berg (S)."
    )
    assert all(speaker != "the interviewer" for speaker, _, _ in quotes_of(text, "sv"))


def test_an_explainers_question_subheadings_ask_no_one() -> None:
    """"Vad händer nu?" / "Vem betalar?": questions that address no one are a news explainer's
    subheadings, not an interviewer's turns."""
    from desktop_app.core.analysis import analyze

    text = (
        "Nya regler för elsparkcyklar\n\n"
        "Från den 1 maj får elsparkcyklar inte parkeras på trottoarer i centrum.\n\n"
        "– Nu måste vi ta ansvar för fotgängarna, säger nämndens ordförande Jonas Berglund (L).\n\n"
        "Vad händer med cyklarna?\n\n"
        "Bolagen måste ordna särskilda parkeringsrutor.\n\n"
        "Vem betalar?\n\n"
        "Bolagen står för kostnaden för rutorna.\n\n"
        "Vad säger bolagen?\n\n"
        "Ett av bolagen säger att det är positivt med tydliga regler."
    )
    assert analyze(text, language="sv").genre == "other"
