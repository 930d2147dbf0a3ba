"""Named-entity recognition: tokens, lexicons and find_entities on Swedish and English news."""

from __future__ import annotations

import pytest

from desktop_app.core.analysis.entities.recognizer import find_entities
from desktop_app.core.analysis.text.lexicon import load_lines, load_words
from desktop_app.core.analysis.text.tokenizer import split_tokens, tokenize
from desktop_app.paths import SEEDS_DIR
from tests.core.entity_checks import check_spans, pairs

SEED_NEWS = (SEEDS_DIR / "000_2061872dff862ea4.txt").read_text(encoding="utf-8")
SEED_OPINION = (SEEDS_DIR / "003_6a2936062be1d440.txt").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------- tokens, lexicons
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraks premiärminister Haider al-Abadi.", ["Iraks", "premiärminister", "Haider",
                                                    "al-Abadi", "."]),
        ("Per-Åke Sörman och O'Brien", ["Per-Åke", "Sörman", "och", "O'Brien"]),
        ("USA:s president, 31.000 kr kl 10:30", ["USA:s", "president", ",", "31.000", "kr", "kl",
                                                 "10:30"]),
        ("– Vi är på bollen!", ["–", "Vi", "är", "på", "bollen", "!"]),
        ("19-åringen (S) \"sa\"", ["19-åringen", "(", "S", ")", '"', "sa", '"']),
        ("snake_case _x 3D 12,5-åring", ["snake_case", "_x", "3", "D", "12,5-åring"]),
        ("", []),
    ],
)
def test_tokenize_keeps_names_whole(text: str, expected: list[str]) -> None:
    tokens = tokenize(text)
    assert [t.text for t in tokens] == expected
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_split_tokens_round_trips() -> None:
    parts = split_tokens(SEED_OPINION)
    assert "".join(parts) == SEED_OPINION
    assert parts[1::2] == [t.text for t in tokenize(SEED_OPINION)]
    assert all(not gap.strip() for gap in parts[0::2])


def test_lexicons_load_and_ignore_comments() -> None:
    places = load_words("sv", "places")
    assert {"Örebro", "Mosul", "Göteborg"} <= places
    assert {"Stockholms län", "Skåne"} <= load_words("sv", "regions")
    assert not any(entry.startswith("#") for entry in load_lines("sv", "places"))
    assert len(load_lines("sv", "places")) >= 290  # every Swedish municipality at least


# ---------------------------------------------------------------------------- seed texts
def test_seed_news_text() -> None:
    found = pairs(SEED_NEWS)
    for expected in [
        ("Magnus Ranstorp", "PER"), ("Zan Jankovski", "PER"), ("Stefan Löfven", "PER"),
        ("Haider al-Abadi", "PER"), ("Ranstorp", "PER"), ("Försvarshögskolan", "ORG"),
        ("IS", "ORG"), ("Sverige", "LOC"), ("Syrien", "LOC"), ("Irak", "LOC"), ("Iraks", "LOC"),
        ("Mosul", "LOC"), ("Tyskland", "LOC"), ("Belgien", "LOC"), ("Holland", "LOC"),
        ("Göteborg", "LOC"),
    ]:
        assert expected in found, expected
    texts = {text for text, _ in found}
    for word in ["Redan", "Tysk", "Faktum", "Snabbt", "Vi", "Det", "Dålig", "Håller",
                 "Statsminister", "Troligtvis", "Jämfört", "Samtidigt", "S", "Om", "I"]:
        assert word not in texts, word
    assert ("Stefan Löfven", "PER") in found and "Statsminister Stefan Löfven" not in texts
    check_spans(SEED_NEWS, find_entities(SEED_NEWS, "sv"))


def test_seed_opinion_text() -> None:
    found = pairs(SEED_OPINION)
    for expected in [
        ("Kenneth Nilsson", "PER"), ("Per-Åke Sörman", "PER"), ("Lennart Bondeson", "PER"),
        ("Örebro", "LOC"), ("Örebro kommun", "ORG"), ("Sverige", "LOC"), ("IS", "ORG"),
        ("Nya Zeeland", "LOC"), ("Nederländerna", "LOC"), ("polisen", "ORG"),
        ("säkerhetspolisen", "ORG"), ("Center mot våldsbejakande extremism", "ORG"),
        ("Socialdemokraterna", "ORG"), ("Centerpartiet", "ORG"), ("Kristdemokraterna", "ORG"),
        ("Vivalla", "LOC"),
    ]:
        assert expected in found, expected
    kinds = {text: kind for text, kind in found}
    assert kinds["Örebro kommun"] != "PER"
    for word in ["Frågan", "Terrororganisationer", "Övergreppen", "Det", "Vi", "Kommunen",
                 "Samarbetet", "Samhällets", "Den", "De"]:
        assert word not in kinds, word
    check_spans(SEED_OPINION, find_entities(SEED_OPINION, "sv"))


# ---------------------------------------------------------------------------- Swedish table
SWEDISH = [
    ("Statsminister Stefan Löfven (S) håller inte med.", [("Stefan Löfven", "PER")]),
    ("Iraks premiärminister Haider al-Abadi besökte Mosul.",
     [("Iraks", "LOC"), ("Haider al-Abadi", "PER"), ("Mosul", "LOC")]),
    ("Enligt Johan von Knorring, professor vid Uppsala universitet, är läget allvarligt.",
     [("Johan von Knorring", "PER"), ("Uppsala universitet", "ORG")]),
    ("Per-Åke Sörman (C) och Lennart Bondeson (KD) skriver att Örebro kommun arbetar aktivt.",
     [("Per-Åke Sörman", "PER"), ("Lennart Bondeson", "PER"), ("Örebro kommun", "ORG")]),
    ("Ursula von der Leyen och Jean-Claude Juncker möttes i Bryssel.",
     [("Ursula von der Leyen", "PER"), ("Jean-Claude Juncker", "PER"), ("Bryssel", "LOC")]),
    ("Usama bin Laden dödades i Pakistan.", [("Usama bin Laden", "PER"), ("Pakistan", "LOC")]),
    ("Säkerhetspolisen och Säpo varnar, men polisen i Region Stockholm håller inte med.",
     [("Säkerhetspolisen", "ORG"), ("Säpo", "ORG"), ("polisen", "ORG"),
      ("Region Stockholm", "ORG")]),
    ("Center mot våldsbejakande extremism, CVE, samarbetar med Försvarshögskolan.",
     [("Center mot våldsbejakande extremism", "ORG"), ("CVE", "ORG"),
      ("Försvarshögskolan", "ORG")]),
    ("Beslutet togs av Trafikverket, Naturvårdsverket och Skolinspektionen.",
     [("Trafikverket", "ORG"), ("Naturvårdsverket", "ORG"), ("Skolinspektionen", "ORG")]),
    ("Socialdemokraterna, Centerpartiet och Kristdemokraterna röstade emot.",
     [("Socialdemokraterna", "ORG"), ("Centerpartiet", "ORG"), ("Kristdemokraterna", "ORG")]),
    ("Sveriges Radio, SVT och TT rapporterade att FN och EU kritiserar Nato.",
     [("Sveriges Radio", "ORG"), ("SVT", "ORG"), ("TT", "ORG"), ("FN", "ORG"), ("EU", "ORG"),
      ("Nato", "ORG")]),
    ("Nerikes Allehanda skriver att Örebros politiker är oeniga.",
     [("Nerikes Allehanda", "ORG"), ("Örebros", "LOC")]),
    ("Ericsson AB och Volvo Cars ökade vinsten, enligt Dagens Industri.",
     [("Ericsson AB", "ORG"), ("Volvo Cars", "ORG"), ("Dagens Industri", "ORG")]),
    ("Maria de la Cruz bor i Göteborg med Anna van der Berg.",
     [("Maria de la Cruz", "PER"), ("Göteborg", "LOC"), ("Anna van der Berg", "PER")]),
    ("Ian McDonald och Angus MacLeod spelar golf i Skottland.",
     [("Ian McDonald", "PER"), ("Angus MacLeod", "PER"), ("Skottland", "LOC")]),
    ("USA:s president träffade Kinas ledare i Peking.",
     [("USA:s", "LOC"), ("Kinas", "LOC"), ("Peking", "LOC")]),
    ("Islamiska staten tog på sig dådet i Belgien.",
     [("Islamiska staten", "ORG"), ("Belgien", "LOC")]),
    ("– Vi måste göra mer, säger Anna Svensson, 45, från Vivalla.",
     [("Anna Svensson", "PER"), ("Vivalla", "LOC")]),
    ("Ranstorp menar att Sverige saknar en plan, säger terrorforskaren Magnus Ranstorp.",
     [("Ranstorp", "PER"), ("Sverige", "LOC"), ("Magnus Ranstorp", "PER")]),
    ("Det meddelar Stockholms läns landsting och Helsingborgs IF.",
     [("Stockholms läns landsting", "ORG"), ("Helsingborgs IF", "ORG")]),
    ("Rekordmånga besökte Stockholms län och Västra Götaland i somras.",
     [("Stockholms län", "LOC"), ("Västra Götaland", "LOC")]),
    ("IS har tagit på sig dådet. EU kräver svar och SVT rapporterar.",
     [("IS", "ORG"), ("EU", "ORG"), ("SVT", "ORG")]),
    ("Mötet hölls i Tyskland, Frankrike och Sydkorea.",
     [("Tyskland", "LOC"), ("Frankrike", "LOC"), ("Sydkorea", "LOC")]),
]


@pytest.mark.parametrize(("text", "expected"), SWEDISH)
def test_swedish_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    spans = find_entities(text, "sv")
    assert [(s.text, s.kind) for s in spans] == expected
    check_spans(text, spans)


@pytest.mark.parametrize(
    "text",
    [
        "Redan 2014 visste vi att återvändarna skulle bli ett jätteproblem.",
        "Tysk forskning visar att drygt 50 procent av återvändarna snabbt är tillbaka.",
        "Faktum är att vi har personer som försöker utföra terrordåd i andra länder.",
        "Snabbt tillbaka",
        "Dålig beredskap",
        "Det har gått långsamt innan information om återvändare nått fram till kommunerna.",
        "Vi jobbar inte alls med att försöka reducera de extremistiska miljöerna.",
        "Samtidigt finns saker som behöver förbättras.",
        "Han fick 30 procent av EU-bidragen och åkte till OS-byn.",
        "Läs mer på DN.se om BNP och OS.",
        "I går sa regeringen att riksdagen måste besluta.",
        "Tidningen skriver att (S) och (M) backar.",
    ],
)
def test_swedish_non_entities(text: str) -> None:
    assert pairs(text) == []


def test_party_letters_are_not_entities() -> None:
    text = "Kenneth Nilsson (S), Per-Åke Sörman (C), Lennart Bondeson (KD) och Anna Ek (MP)."
    found = pairs(text)
    assert [kind for _, kind in found] == ["PER"] * 4
    assert not any(t in ("S", "C", "KD", "MP") for t, _ in found)


def test_genitive_keeps_span_and_reports_base_name() -> None:
    spans = find_entities("Sveriges och Örebros politiker, USA:s och Sveriges Radios chef.", "sv")
    assert [(s.text, s.kind, s.name) for s in spans] == [
        ("Sveriges", "LOC", "Sverige"),
        ("Örebros", "LOC", "Örebro"),
        ("USA:s", "LOC", "USA"),
        ("Sveriges Radios", "ORG", "Sveriges Radio"),
    ]


def test_genitive_of_a_surname_named_earlier() -> None:
    text = "Magnus Ranstorp varnar. Ranstorps kritik gäller Anders Borgs budget."
    spans = find_entities(text, "sv")
    assert [(s.text, s.name) for s in spans] == [
        ("Magnus Ranstorp", "Magnus Ranstorp"), ("Ranstorps", "Ranstorp"),
        ("Anders Borgs", "Anders Borg")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Popkonstnären David Hockney går till attack.", [("David Hockney", "PER")]),
        ("Ikeagrundaren Ingvar Kamprad toppar listan.", [("Ingvar Kamprad", "PER")]),
        ("Det sade Detroitguarden Ben Gordon efter matchen.", [("Ben Gordon", "PER")]),
        ("Skiddrottningen Marit Björgen vann igen.", [("Marit Björgen", "PER")]),
        ("Säpochefen Anders Thornberg uppmanar regeringen att agera.",
         [("Anders Thornberg", "PER")]),
    ],
)
def test_role_noun_before_a_name_is_not_part_of_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(text) == expected


SWEDISH_ARTICLE = """Regeringen vill skärpa straffen för gängbrott

Justitieminister Morgan Johansson (S) presenterade på tisdagen ett nytt lagförslag.

– Vi ser en oroande utveckling i våra förorter, säger Morgan Johansson till TT.

Moderaternas partiledare Ulf Kristersson är kritisk. Även Liberalerna har krävt hårdare tag.

Rikspolischefen Anders Thornberg välkomnar beskedet. Polisen har registrerat över 300 \
skjutningar, de flesta i Stockholm, Göteborg och Malmö. I Rinkeby och Tensta har boende larmat.

Brottsförebyggande rådet (Brå) har gjort rapporten med forskare vid Stockholms universitet.

Kriminologen Sarnecki är skeptisk. – Längre straff har sällan effekt, säger han till Sveriges \
Radio. I Norge och Danmark har liknande lagar införts, säger danske Nick Hækkerup till DR.

Lagrådet ska nu granska förslaget innan det lämnas till riksdagen i höst."""


def test_swedish_article() -> None:
    assert pairs(SWEDISH_ARTICLE) == [
        ("Morgan Johansson", "PER"), ("Morgan Johansson", "PER"), ("TT", "ORG"),
        ("Moderaternas", "ORG"), ("Ulf Kristersson", "PER"), ("Liberalerna", "ORG"),
        ("Anders Thornberg", "PER"), ("Polisen", "ORG"), ("Stockholm", "LOC"),
        ("Göteborg", "LOC"), ("Malmö", "LOC"), ("Rinkeby", "LOC"), ("Tensta", "LOC"),
        ("Brottsförebyggande rådet", "ORG"), ("Brå", "ORG"), ("Stockholms universitet", "ORG"),
        ("Sarnecki", "PER"), ("Sveriges Radio", "ORG"), ("Norge", "LOC"), ("Danmark", "LOC"),
        ("Nick Hækkerup", "PER"), ("DR", "ORG"),
    ]


def test_unknown_name_joined_to_a_place_is_a_place() -> None:
    assert pairs("Han bor i Kiev och Tjernobylzonen, inte i Mölndal eller Kållered.") == [
        ("Kiev", "LOC"), ("Tjernobylzonen", "LOC"), ("Mölndal", "LOC"), ("Kållered", "LOC")]


def test_sentence_initial_surname_and_places_by_ending() -> None:
    text = "Bäckström anlände sent till Kämpegatan vid Storsjön."
    assert pairs(text) == [("Bäckström", "PER"), ("Kämpegatan", "LOC"), ("Storsjön", "LOC")]


def test_longer_names_that_start_with_a_place_or_company() -> None:
    assert pairs("Han spelar i Stockholm Snipers och jobbar på Volvo Lastvagnar.") == [
        ("Stockholm Snipers", "ORG"), ("Volvo Lastvagnar", "ORG")]


def test_names_of_things_are_not_actors() -> None:
    assert pairs("Han vann Tour de France och Dow Jones steg på Tokyobörsen.") == []


def test_surname_alone_is_person_after_full_name() -> None:
    text = ("Terrorforskaren Gunnar Jankowiak varnar. Jankowiak menar att läget är allvarligt.\n\n"
            "Jankowiak har forskat länge.")
    found = pairs(text)
    assert found.count(("Jankowiak", "PER")) == 2
    assert ("Gunnar Jankowiak", "PER") in found


def test_place_seen_in_context_is_place_later() -> None:
    text = "Ett nytt kontor öppnar i Brynjeberga. Brynjeberga har haft problem."
    assert pairs(text) == [("Brynjeberga", "LOC"), ("Brynjeberga", "LOC")]


def test_headline_and_line_starts_are_not_names() -> None:
    text = "Expert: Sverige saknar koll\n\nHåller inte med\n\nTroligtvis finns ett mönster."
    assert pairs(text) == [("Sverige", "LOC")]


# ---------------------------------------------------------------------------- names and genitives
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # English has no -s genitive: only "'s" is stripped
        ("Tom Evans and David Harris said Volvo Cars will cut jobs.", "en",
         [("Tom Evans", "Tom Evans"), ("David Harris", "David Harris"),
          ("Volvo Cars", "Volvo Cars")]),
        ("Charles Dickens's novels and Lewis Hamilton's car.", "en",
         [("Charles Dickens", "Charles Dickens"), ("Lewis Hamilton", "Lewis Hamilton")]),
        # Swedish: a name that ends in s as it stands keeps it
        ("Jonas Ek flyttade från Borås till Västerås med Volvo Cars.", "sv",
         [("Jonas Ek", "Jonas Ek"), ("Borås", "Borås"), ("Västerås", "Västerås"),
          ("Volvo Cars", "Volvo Cars")]),
        # ... and a genitive before a noun phrase loses it even when the name is unknown
        ("Per Olsson Fridhs nya bok och Hinnerss fru.", "sv",
         [("Per Olsson Fridhs", "Per Olsson Fridh")]),
        ("Vattenfalls informationschef Karin Holm har svarat.", "sv",
         [("Vattenfalls", "Vattenfall"), ("Karin Holm", "Karin Holm")]),
    ],
)
def test_genitive_is_stripped_only_when_it_is_one(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s.text, s.name) for s in find_entities(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skanskas presschef Karin Lund säger att bygget går enligt plan.",
         [("Skanskas", "ORG"), ("Karin Lund", "PER")]),
        ("Men Bravidas vd Mattias Johansson var nöjd.",
         [("Bravidas", "ORG"), ("Mattias Johansson", "PER")]),
        # a place keeps its kind: "Sveriges statsminister"
        ("Sveriges statsminister Ulf Kristersson talade.",
         [("Sveriges", "LOC"), ("Ulf Kristersson", "PER")]),
        ("– Vi väntar, säger Telenors kommunikationschef Ola Strand.",
         [("Telenors", "ORG"), ("Ola Strand", "PER")]),
        # the document names the genitive as a person: it stays one
        ("Magnus Ranstorp varnar. Ranstorps kollega Erik Berg håller med.",
         [("Magnus Ranstorp", "PER"), ("Ranstorps", "PER"), ("Erik Berg", "PER")]),
        # the employer named again without the genitive
        ("Flest kunder utan ström har Kraftbolaget. Kraftbolagets presschef Eva Lind beklagar.",
         [("Kraftbolaget", "ORG"), ("Kraftbolagets", "ORG"), ("Eva Lind", "PER")]),
    ],
)
def test_genitive_before_a_role_and_a_name_is_the_employer(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Home Builders Federation said prices rose.", [("Home Builders Federation", "ORG")]),
        ("Home Builders Federation chief Stewart Baseley disagreed.",
         [("Home Builders Federation", "ORG"), ("Stewart Baseley", "PER")]),
        ("NHS England said waiting lists grew in London.",
         [("NHS England", "ORG"), ("London", "LOC")]),
        ("The Labour Party won.", [("Labour Party", "ORG")]),
        ("The New Zealand Labour Party won.", [("New Zealand Labour Party", "ORG")]),
        # an adverb opening the sentence is not part of the name
        ("Yesterday Labour Party leaders met.", [("Labour Party", "ORG")]),
        ("Separately Conservative Party members voted.", [("Conservative Party", "ORG")]),
    ],
)
def test_organization_names_are_not_cut(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enligt en rapport från Svenska Fotbollförbundet ökar antalet spelare.",
         [("Svenska Fotbollförbundet", "ORG")]),
        ("Kritiken kom från Nordiska Konstförbundet och Trafikverket.",
         [("Nordiska Konstförbundet", "ORG"), ("Trafikverket", "ORG")]),
        # a function word at the sentence start is not part of the name
        ("Även Trafikverket kritiseras.", [("Trafikverket", "ORG")]),
    ],
)
def test_capitalized_word_before_an_organization_is_part_of_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Statistiska centralbyrån (SCB) meddelade i dag att priserna steg. Enligt SCB:s "
         "prognos fortsätter det. SCB publicerar nya siffror i maj.", "sv",
         [("Statistiska centralbyrån", "Statistiska centralbyrån"),
          ("SCB", "Statistiska centralbyrån"), ("SCB:s", "Statistiska centralbyrån"),
          ("SCB", "Statistiska centralbyrån")]),
        ("Brottsförebyggande rådet (Brå) har gjort rapporten. Brå varnar.", "sv",
         [("Brottsförebyggande rådet", "Brottsförebyggande rådet"),
          ("Brå", "Brottsförebyggande rådet"), ("Brå", "Brottsförebyggande rådet")]),
        ("The HBF (Home Builders Federation) said so. The HBF wants more land.", "en",
         [("HBF", "Home Builders Federation"), ("Home Builders Federation",
                                                "Home Builders Federation"),
          ("HBF", "Home Builders Federation")]),
        # a party letter after a person is no acronym
        ("Anna Ek (S) och Liberalerna (L) röstade emot.", "sv",
         [("Anna Ek", "Anna Ek"), ("Liberalerna", "Liberalerna")]),
    ],
)
def test_acronym_defined_in_the_text_is_named_by_its_long_form(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s.text, s.name) for s in find_entities(text, language)] == expected


# ---------------------------------------------------------------------------- clubs, municipalities, kind nouns
CLUBS_AND_PLACES = [
    # a town in a sentence about a match is the club that plays
    ("Sundsvall vann med 3 – 1 mot Linköping på lördagen.", [("Sundsvall", "ORG"), ("Linköping", "ORG")]),
    ("Borta mot Linköping blev det seger, 2 – 1.", [("Linköping", "ORG")]),
    ("Barcelonas tränare Tito Vilanova opererades på torsdagen.", [("Barcelonas", "ORG"), ("Tito Vilanova", "PER")]),
    ("Carl Söderberg (Linköping) och Joel Lundqvist (Frölunda) är uttagna.",
     [("Carl Söderberg", "PER"), ("Linköping", "ORG"), ("Joel Lundqvist", "PER"), ("Frölunda", "ORG")]),
    # ... but where something happens it stays a place, and so do countries and other sentences
    ("Matchen spelades i Göteborg inför 20 000 åskådare.", [("Göteborg", "LOC")]),
    ("Det brann i ett hus i Sundsvall under natten.", [("Sundsvall", "LOC")]),
    ("Sverige vann med 2 – 0 mot Norge.", [("Sverige", "LOC"), ("Norge", "LOC")]),
    ("Hon flyttade till Malmö 2004 – 2008 och arbetade på sjukhuset.", [("Malmö", "LOC")]),
    # a municipality after a place preposition is the place; as a subject it is the body
    ("Två män besköts i ett bostadsområde i Bjuvs kommun.", [("Bjuvs kommun", "LOC")]),
    ("Örebro kommun arbetar aktivt mot extremism.", [("Örebro kommun", "ORG")]),
    # a noun of a kind of organization before a name
    ("Djurrättsorganisationen Peta menar att valarna far illa.", [("Peta", "ORG")]),
    ("Uppgifterna kommer från nyhetsbyrån Sana.", [("Sana", "ORG")]),
    # a noun of a kind of place before a name: "staden Hamilton", not the surname
    ("Festivalen hålls i staden Hamilton varje sommar.", [("Hamilton", "LOC")]),
    # a dateline: the place the news is from, then the agency
    ("STOCKHOLM (TT) Regeringen vill sänka skatten.", [("STOCKHOLM", "LOC"), ("TT", "ORG")]),
]


@pytest.mark.parametrize(("text", "expected"), CLUBS_AND_PLACES)
def test_clubs_municipalities_and_kind_nouns(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected
    check_spans(text, find_entities(text, "sv"))
