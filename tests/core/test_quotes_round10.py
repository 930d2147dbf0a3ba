"""Round 10 of the issue-12 rules: detection recall without losing precision.

One row per rule, with decoys: real-style sentences -> (speaker, kind) of a quote in the
paragraph named. ``("__none__", kind)`` means no quote of that kind in the paragraph;
``(name, "__no_speaker__")`` means no quote there is ``name``'s.
"""

from __future__ import annotations

import pytest

from tests.core.analysis_helpers import CUE_WORD_RUNS, assert_speaker_row, quotes_by_paragraph, quotes_of

Row = tuple[str, str, str, int, tuple[str | None, str]]  # (rule, language, text, paragraph, (speaker, kind))


ROWS: list[Row] = [
    # A noun of a kind of organization (a compound too) before a name only describes it.
    ("'Enligt analysföretaget X har …' is X's view", "sv",
     "Fabriker pausas\n\nEnligt analysföretaget Voltrika har fyra planerade fabriker i Norden pausats i år.",
     1, ("Voltrika", "indirect")),
    ("'Enligt kreditupplysningsföretaget X …' is X's view", "sv",
     "Konkurser\n\nEnligt kreditupplysningsföretaget Bonsolid ökade konkurserna med tolv procent i maj.",
     1, ("Bonsolid", "indirect")),
    ("decoy: 'Enligt bolaget …' with no name after it is the company named before", "sv",
     "Vinsten\n\nNordkaj AB redovisade sitt resultat på tisdagen. Enligt bolaget ökade vinsten med tio procent.",
     1, ("Nordkaj AB", "indirect")),
    # English: "The company behind X said": the noun before "behind" is the subject.
    ("'The company behind a popular app said that …' is reported speech", "en",
     "Age checks\n\nLumora Apps makes chat programs. The company behind a popular chat app said on Monday "
     "that it would start checking the age of its users.", 1, ("Lumora Apps", "indirect")),
    ("… after a dateline too", "en",
     "Age checks\n\nAUSTIN (AP) — The group behind the petition said it would take the case to court.",
     1, ("__some__", "indirect")),
    ("'A witness standing at the crossing, who …, said that …' is the witness", "en",
     "Crash\n\nA witness standing at the crossing, who asked not to be named, said that the lorry "
     "\u201cnever slowed down\u201d.", 1, ("a witness standing at the crossing", "direct")),
    ("'A man living nearby said …' is reported speech", "en",
     "Fire\n\nA man living nearby said he had smelled smoke for an hour.", 1,
     ("a man living nearby", "indirect")),
    ("decoy: 'The man reported missing …' reads no subject from a cue participle", "en",
     "Search\n\nThe man reported missing on Friday was found on Sunday.", 1, ("__none__", "indirect")),
    ("decoy: 'The people behind the stall sold …' has no cue", "en",
     "Market day\n\nThe people behind the stall sold bread and cheese all morning.", 1, ("__none__", "indirect")),
    # A reported act whose object holds another speaker's quoted words in a "där" clause.
    ("'X tar avstånd från ett inlägg av Y, där han kallade … ”…”' keeps X's view", "sv",
     "Inlägget\n\nMiljöpartiet tar avstånd från ett inlägg av ledamoten Sixten Marberg, där han kallade "
     "forskarna för ”klimatprofeter”.", 1, ("Miljöpartiet", "indirect")),
    ("… and Y's quoted words", "sv",
     "Inlägget\n\nMiljöpartiet tar avstånd från ett inlägg av ledamoten Sixten Marberg, där han kallade "
     "forskarna för ”klimatprofeter”.", 1, ("Sixten Marberg", "direct")),
    ("decoy: 'Han lyfter fram X, som enligt honom ”…”' stays one direct quote", "sv",
     "Matchen\n\nTränaren Ivar Stollberg var besviken.\n\nHan lyfter fram försvaret, som enligt honom "
     "”inte gav oss någonting”.", 2, ("__none__", "indirect")),
    # Naming a thing for what one thinks of it, without "för" and without quotation marks.
    ("'X har kallat beslutet ett slöseri' is X's view", "sv",
     "Kocken\n\nFlera i branschen har kallat beslutet ett slöseri med talang.", 1,
     ("flera i branschen", "indirect")),
    ("decoy: 'kallade till ett möte' is summoning", "sv",
     "Mötet\n\nKommunstyrelsens ordförande Berit Tollsten kallade till ett möte med föräldrarna.", 1,
     ("__none__", "indirect")),
    ("decoy: 'kallade in en expert' is summoning", "sv",
     "Mötet\n\nBerit Tollsten kallade in en expert på ventilation.", 1, ("__none__", "indirect")),
    ("decoy: 'kallade hunden en gång till' is no view", "sv",
     "Promenaden\n\nFöräldrarna kallade hunden en gång till.", 1, ("__none__", "indirect")),
    ("English: 'X has called this a model for …' is X's view", "en",
     "Broadband\n\nMayor Dorothy Quarles has called this a model for other small towns.", 1,
     ("Dorothy Quarles", "indirect")),
    ("decoy: 'called the school a second time' is no view", "en",
     "School run\n\nParents called the school a second time that morning.", 1, ("__none__", "indirect")),
    ("decoy: 'called it a day' is no view", "en",
     "Match\n\nThe coach Albert Fenwick called it a day after the second set.", 1, ("__none__", "indirect")),
    # Swedish: someone new, described by a noun and its place.
    ("'En sjuksköterska på en vårdcentral i X sa att …' is reported speech", "sv",
     "Vården\n\nEn sjuksköterska på en vårdcentral i Borlänge sa att hon numera hinner träffa färre patienter.",
     1, ("en sjuksköterska på en vårdcentral i Borlänge", "indirect")),
    ("'En av dem, en lärare på skolan, berättar att …' is the teacher", "sv",
     "Skolan\n\nFlera lärare har slutat. En av dem, en lärare på mellanstadiet, berättade för mig att "
     "hon ”inte orkade en termin till”.", 1, ("en lärare på mellanstadiet", "direct")),
    ("decoy: 'En bil i diket säger allt om vädret' has no speaker", "sv",
     "Vintern\n\nEn bil i diket säger allt om vädret.", 1, ("__none__", "indirect")),
    # People of an organization, unnamed: "företrädare för X".
    ("'…, skriver företrädare för X.' is reported, by an unnamed group", "sv",
     "Debatt\n\nKommunerna måste få mer tid, skriver företrädare för Riksförbundet Lantbygd.", 1,
     ("företrädare för Riksförbundet Lantbygd", "indirect")),
    ("'Enligt representanter för X …' is an unnamed group's view", "sv",
     "Läget\n\nEnligt representanter för Hamnarbetarförbundet är arbetstiderna ohållbara.", 1,
     ("representanter för Hamnarbetarförbundet", "indirect")),
    # An apology with its addressee between the verb and "om ursäkt".
    ("'X bad de boende om ursäkt' is X's", "sv",
     "Utsläppet\n\nFabrikens chef Ingela Marcusson bad de boende om ursäkt.", 1, ("Ingela Marcusson", "indirect")),
    ("decoy: 'X bad mig om hjälp' is no apology", "sv",
     "Flytten\n\nIngela Marcusson bad mig om hjälp med flytten.", 1, ("__none__", "indirect")),
    # English: the one an event prompts to speak.
    ("'…, which prompted the minister, X, to say that …' is X's", "en",
     "Fires\n\nThe fires started in three places at once, which prompted the interior minister, Tomas "
     "Echeverri, to say that arson had not been ruled out.", 1, ("Tomas Echeverri", "indirect")),
    ("decoy: 'The storm forced officials to close the bridge' reports no words", "en",
     "Storm\n\nThe storm forced officials to close the bridge.", 1, ("__none__", "indirect")),
    # A cited document's content is its issuer's; the one who cites it speaks up to there.
    ("'X hänvisar till en enkät från Y där … uppger att …': Y's", "sv",
     "Arbetsro\n\nSkolministern hänvisar till en enkät från Friskolornas riksförbund där åtta av tio rektorer "
     "uppger att arbetsron har blivit bättre.", 1, ("Friskolornas riksförbund", "indirect")),
    ("… and the citer's", "sv",
     "Arbetsro\n\nSkolministern Gunvor Ahlbäck hänvisar till en enkät från Friskolornas riksförbund där "
     "åtta av tio rektorer uppger att arbetsron har blivit bättre.", 1, ("Gunvor Ahlbäck", "indirect")),
    ("'… hänvisar till en rapport som visar att …': the report's phrase, not 'till en rapport'", "sv",
     "Olyckor\n\nTrafikchefen Bo Östlund är orolig. Han hänvisar till en rapport som visar att olyckorna har ökat.",
     1, ("en rapport", "indirect")),
    ("decoy: 'hänvisar till lagen där det står att …' cites no document of anyone's", "sv",
     "Ansvaret\n\nKommunalrådet Bo Östlund hänvisar till lagen där det står att kommunen har ansvaret.", 1,
     ("lagen", "__no_speaker__")),
    # English: what a message says is its sender's.
    ("'X wrote a letter to the board saying …' is X's", "en",
     "Zoning\n\nSenator Ruth Vandermeer wrote a letter to the board saying the plan was unlawful.", 1,
     ("Ruth Vandermeer", "indirect")),
    ("decoy: 'He posted a photo saying goodbye' is no message noun", "en",
     "Farewell\n\nThe coach Albert Fenwick posted a photo saying goodbye.", 1, ("__none__", "indirect")),
    # A conclusion named after the finding: the sentence before is the document's.
    ("'… Det är slutsatsen i en ny rapport från X.' gives X the sentence before", "sv",
     "Krisberedskap\n\nI många små kommuner saknas en plan för elavbrott. Det är slutsatsen i en ny rapport "
     "från Myndigheten för samhällsskydd och beredskap.", 1,
     ("Myndigheten för samhällsskydd och beredskap", "indirect")),
    ("decoy: 'Det är resultatet av hårt arbete.' names no document", "sv",
     "Segern\n\nLaget vann serien. Det är resultatet av hårt arbete.", 1, ("__none__", "indirect")),
    # What a document states, in the passive.
    ("'I en brandteknisk undersökning … konstateras att …' is the document's (unnamed)", "sv",
     "Branden\n\nKällaren brann ut i mars. I en brandteknisk undersökning som ingår i förundersökningen "
     "konstateras att det fanns spår av tändvätska vid dörren.", 1, ("en brandteknisk undersökning", "indirect")),
    ("'I en rapport från X konstateras också att …' is X's", "sv",
     "Lärarna\n\nI en ny rapport från Skolinspektionen konstateras också att lärarna saknar tid för eleverna.",
     1, ("Skolinspektionen", "indirect")),
    ("'Av utredningen framgår att …' is reported", "sv",
     "Barnmorskor\n\nAv utredningen framgår att det saknas tjugo barnmorskor i länet.", 1,
     ("__some__", "indirect")),
    ("decoy: 'I dag konstateras att …' names no document", "sv",
     "Vädret\n\nI dag konstateras att det var den kallaste natten i år.", 1, ("__none__", "indirect")),
]


@pytest.mark.parametrize(("rule", "language", "text", "paragraph", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round_ten_rule(rule: str, language: str, text: str, paragraph: int, expected: tuple[str, str]) -> None:
    speaker, kind = expected
    if speaker in ("__some__", None):  # a quote of that kind, whoever its speaker
        assert any(k == kind for _, k in quotes_by_paragraph(text, language).get(paragraph, set()))
        return
    assert_speaker_row(text, language, paragraph, expected)


@pytest.mark.parametrize(("run", "language"), CUE_WORD_RUNS)
def test_round_ten_cues_in_long_runs(run: str, language: str) -> None:
    """The round's cues repeated in one long paragraph: each reads a bounded window, and every
    quote's speaker is a real actor or nobody."""
    head = (
        "I en ny rapport från Skolinspektionen konstateras att enligt analysföretaget Voltrika har "
        "Anna Ek kallat beslutet ett slöseri. En lärare på skolan, som vill vara anonym, säger att "
        if language == "sv"
        else "The company behind the app said that a man living nearby, who asked not to be named, said "
        "Senator Ruth Vandermeer wrote a letter to the board saying "
        "Mayor Dorothy Quarles has called this a model and "
    )
    text = "Rubrik\n\n" + f"{head}{run}" * 300
    quotes = quotes_of(text, language)
    assert quotes and all(isinstance(q[2], str) for q in quotes)


PLAIN_INTERVIEW = (
    "Läkaren som vill ha tillbaka husläkaren\n\n"
    "Maj-Lis Fjellström har varit distriktsläkare i Sveg i tjugo år.\n\n"
    "Vad är det största problemet i primärvården i dag?\n\n"
    "Att ingen känner patienten. En patient med diabetes träffade fyra olika läkare på ett år.\n\n"
    "Vi har byggt ett system där kontinuiteten inte räknas. Det måste vi ändra på.\n\n"
    "Hon tystnar och tittar ut genom fönstret.\n\n"
    "Vad skulle du göra först?\n\n"
    "Sätta ett tak för hur många patienter en läkare får ha."
)


def test_plain_answer_goes_on_in_the_first_person() -> None:
    """An interview with neither dashes nor labels: a first-person paragraph after an answer
    goes on with that answer; narration about the interviewee does not."""
    got = quotes_by_paragraph(PLAIN_INTERVIEW, "sv", "interview")
    assert ("Maj-Lis Fjellström", "direct") in got.get(4, set())
    assert 5 not in got
    assert got.get(6) == {("the interviewer", "direct")}
    assert got.get(7) == {("Maj-Lis Fjellström", "direct")}


LABELLED_INTERVIEW = (
    "Envis målare\n\n"
    "Ebba Halvarsson: Välkommen hit. Hur länge har du målat isen?\n\n"
    "Sigrid Norrman: I trettio år.\n\n"
    "Ebba Halvarsson: Konsthallens chef har kallat dig ”Tornedalens envisaste landskapsmålare”. "
    "Känner du igen dig?\n\n"
    "Sigrid Norrman: Envis, ja."
)


def test_quoted_words_inside_a_labelled_question() -> None:
    """A labelled question that gives someone else's quoted words: theirs, and the rest is the
    interviewer's question."""
    got = quotes_by_paragraph(LABELLED_INTERVIEW, "sv", "interview", casefold=True)
    assert got.get(3) == {("the interviewer", "direct"), ("konsthallens chef", "direct")}
    quotes = quotes_of(LABELLED_INTERVIEW, "sv", "interview")
    assert ("the interviewer", "direct", "Känner du igen dig?") in quotes


def test_closing_bio_line_of_a_bylined_writer_is_no_author_voice() -> None:
    """ "Av Ingrid Sandahl" under the headline, then "Ingrid Sandahl är ledarskribent på X." as the
    last line: a line about the writer, not her words; the body before stays her voice."""
    text = (
        "Skolan behöver färre reformer\n\n"
        "Av Ingrid Sandahl\n\n"
        "Varje ny regering vill sätta sin prägel på skolan. Det har gett oss fyra läroplaner på trettio år.\n\n"
        "Lärarna behöver arbetsro, inte ännu en reform.\n\n"
        "Ingrid Sandahl är ledarskribent på Norrbottens-Kuriren."
    )
    got = quotes_by_paragraph(text, "sv", "opinion")
    assert ("Ingrid Sandahl", "author") in got.get(3, set())
    assert 4 not in got
