"""Language detection: Swedish or English per document, with the metadata as override; texts in
other languages (Norwegian, Danish, German ...) are recognized and not analysed as Swedish."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.analysis import analyze
from desktop_app.core.analysis.text.language import (
    SAMPLE_CHARS,
    detect_language,
    is_supported,
    language_name,
    resolve_language,
    unsupported_message,
)
from desktop_app.core.analysis_report import analyze_targets, format_summary

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Det är ett ständigt pågående arbete, säger han.", "sv"),
        ("Många av dem vill ta sig tillbaka till Sverige, enligt Magnus Ranstorp.", "sv"),
        ("Vi måste göra mer", "sv"),
        ("The minister said that the plan would fail.", "en"),
        ("“We will not back down,” she said.", "en"),
        ("According to the police, no one was hurt in the fire.", "en"),
        ("Stockholm", "sv"),  # nothing to go on: the product's first language
        ("", "sv"),
    ],
)
def test_detects_swedish_and_english(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_mixed_text_goes_to_the_majority() -> None:
    text = "Det här är en svensk text om skolan och vården. " * 5 + "It has one English sentence in it."
    assert detect_language(text) == "sv"


@pytest.mark.parametrize(("override", "expected"), [("en", "en"), ("EN", "en"), ("sv-SE", "sv"), ("de", "sv"), ("", "sv")])
def test_override_wins_when_supported(override: str, expected: str) -> None:
    assert resolve_language("Det är bra, säger hon.", override) == expected


def test_analysis_uses_the_detected_language() -> None:
    assert analyze("The council said that the budget was too small.").language == "en"
    assert analyze("Kommunen säger att budgeten är för liten.").language == "sv"
    assert analyze("Kommunen säger att budgeten är för liten.", language="en").language == "en"


# News paragraphs as the outlets of each language write them.
NORWEGIAN = (
    "Regjeringen vil ikke endre reglene for fremmedkrigere som kommer hjem, sier justisministeren "
    "til NTB.\n\n– Vi har fulgt denne saken tett i flere år, og jeg mener at politiet har gjort en "
    "god jobb, sier hun.\n\nKritikerne mener derimot at det ikke er gjort nok for å følge opp dem som "
    "har kommet tilbake fra Syria. – Det er for lite kunnskap om hva som skjer etter at de er hjemme "
    "igjen, sier forskeren. Hun mener det blir vanskelig å være trygg på at ingen av dem er farlige nå."
)
NYNORSK = (
    "Eg trur ikkje at dei har gjort nok, seier ordføraren. Kva som skjer no, er uklart, men kommunen "
    "vil ha svar frå departementet før jul."
)
DANISH = (
    "Regeringen vil ikke ændre reglerne for hjemvendte fremmedkrigere, siger justitsministeren til "
    "Ritzau.\n\n– Vi har fulgt sagen tæt i flere år, og jeg mener, at politiet har gjort et godt "
    "stykke arbejde, siger hun.\n\nKritikerne mener derimod, at der ikke er gjort nok for at følge op "
    "på dem, der er kommet hjem fra Syrien. – Der er for lidt viden om, hvad der sker, efter at de er "
    "kommet hjem igen, siger forskeren. Hun mener, at det bliver svært at være sikker på, at ingen af "
    "dem er farlige nu."
)
GERMAN = (
    "Die Bundesregierung will die Regeln für die Rückkehr von IS-Kämpfern nicht ändern, sagte der "
    "Innenminister am Dienstag in Berlin. „Wir haben die Lage seit Jahren genau beobachtet“, sagte er. "
    "Kritiker werfen der Regierung jedoch vor, dass zu wenig für die Überwachung der Rückkehrer getan werde."
)
FINNISH = (
    "Hallitus ei aio muuttaa sääntöjä, sanoo sisäministeri. – Olemme seuranneet tilannetta tarkasti jo "
    "vuosia, ja mielestäni poliisi on tehnyt hyvää työtä, hän sanoo. Kriitikoiden mukaan Syyriasta "
    "palanneiden seurantaan ei ole panostettu tarpeeksi, koska resursseja on liian vähän."
)
FRENCH = (
    "Le gouvernement ne veut pas modifier les règles sur le retour des combattants, a déclaré mardi le "
    "ministre de l'Intérieur. « Nous suivons la situation de près depuis des années », a-t-il dit. Selon "
    "les critiques, l'État n'en fait pas assez pour surveiller ceux qui sont revenus de Syrie."
)
SPANISH = (
    "El Gobierno no quiere cambiar las normas sobre el regreso de los combatientes, dijo el martes el "
    "ministro del Interior. «Hemos seguido la situación de cerca durante años», afirmó. Según los "
    "críticos, el Estado no hace lo suficiente para vigilar a quienes han vuelto de Siria."
)
ITALIAN = (
    "Il governo non vuole cambiare le regole sul ritorno dei combattenti, ha detto martedì il ministro "
    "dell'Interno. «Seguiamo la situazione da anni», ha aggiunto. Secondo i critici, lo Stato non fa "
    "abbastanza per controllare chi è tornato dalla Siria."
)
DUTCH = (
    "De regering wil de regels voor teruggekeerde strijders niet veranderen, zei de minister van "
    "Justitie dinsdag. 'We volgen de situatie al jaren op de voet', zegt hij. Volgens critici doet de "
    "overheid te weinig om de mensen die uit Syrië zijn teruggekeerd in de gaten te houden."
)
PORTUGUESE = (
    "O governo não quer mudar as regras sobre o regresso dos combatentes, disse o ministro da "
    "Administração Interna na terça-feira. «Seguimos a situação de perto há anos», afirmou. Segundo os "
    "críticos, o Estado não faz o suficiente para vigiar quem regressou da Síria."
)
POLISH = (
    "Rząd nie zamierza zmieniać przepisów dotyczących powrotu bojowników, powiedział we wtorek minister "
    "spraw wewnętrznych. Jak dodał, policja od lat uważnie śledzi sytuację. Według krytyków państwo robi "
    "za mało, by kontrolować tych, którzy wrócili z Syrii."
)
SWEDISH = (
    "Regeringen vill inte ändra reglerna för återvändande IS-krigare, säger justitieministern till TT."
    "\n\n– Vi har följt frågan noga i flera år, och jag menar att polisen har gjort ett bra jobb, säger "
    "hon.\n\nKritikerna menar däremot att det inte har gjorts tillräckligt för att följa upp dem som har "
    "kommit tillbaka från Syrien. – Det finns för lite kunskap om vad som händer efter att de har kommit "
    "hem igen, säger forskaren."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (NORWEGIAN, "nb"),
        (NYNORSK, "nb"),
        (DANISH, "da"),
        (GERMAN, "de"),
        (FINNISH, "fi"),
        (FRENCH, "fr"),
        (SPANISH, "es"),
        (ITALIAN, "it"),
        (DUTCH, "nl"),
        (PORTUGUESE, "pt"),
        (POLISH, "pl"),
        (SWEDISH, "sv"),
    ],
)
def test_paragraphs_of_each_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Det er ikke mye vi kan gjøre nå, sier han.", "nb"),
        ("Jeg vet ikke hva som skjedde etter kampen.", "nb"),
        ("Det er ikke meget, vi kan gøre nu, siger hun.", "da"),
        ("Jeg ved ikke, hvad der skete efter kampen.", "da"),
        ("Jag vet inte vad som hände efter matchen.", "sv"),
        ("Det är inte mycket vi kan göra nu, säger hon.", "sv"),
        ("Das ist nicht gut, sagte sie.", "de"),
        ("Tak for i dag.", "sv"),  # two shared words are not enough to tell
    ],
)
def test_short_scandinavian_sentences(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_swedish_text_that_quotes_a_norwegian_stays_swedish() -> None:
    text = (
        "Norges statsminister besökte Stockholm på tisdagen för att diskutera försvarssamarbetet med "
        "regeringen. Mötet ägde rum i Rosenbad och varade i två timmar.\n\n– Vi er veldig fornøyd med "
        "samarbeidet, og det er ikke noe som tyder på at det vil endre seg, sa han till svenska "
        "journalister.\n\nStatsministern sade efter mötet att Sverige och Norge har mycket att vinna på "
        "ett närmare samarbete. Han vill också att de nordiska länderna ska samordna sina inköp."
    )
    assert detect_language(text) == "sv"
    short = "– Det er helt uaktuelt, sa Jonas Gahr Støre till Aftenposten. Han vill inte kommentera saken."
    assert detect_language(short) == "sv"
    analysis = analyze(text)
    assert analysis.language == "sv" and analysis.quotes


def test_long_texts_are_sampled_over_their_whole_length() -> None:
    # a Danish opening longer than the sample does not make a long Swedish report Danish
    text = DANISH + "\n\n" + "\n\n".join([SWEDISH] * (3 * SAMPLE_CHARS // len(SWEDISH)))
    assert len(text) > 2 * SAMPLE_CHARS
    assert detect_language(text) == "sv"
    assert detect_language("\n\n".join([DANISH] * (3 * SAMPLE_CHARS // len(DANISH)))) == "da"


@pytest.mark.parametrize("text", [DANISH, NORWEGIAN, GERMAN, FINNISH])
def test_an_unsupported_language_is_not_analysed_as_swedish(text: str) -> None:
    analysis = analyze(text, genre="news")
    assert not is_supported(analysis.language)
    assert (analysis.actors, analysis.mentions, analysis.quotes, analysis.claims) == ([], [], [], [])
    assert analysis.genre == "news"


def test_a_user_override_still_analyses_the_text() -> None:
    assert analyze(DANISH, language="sv").quotes  # the user said Swedish: the rules run


def test_names_and_the_message() -> None:
    assert language_name("da") == "Danish" and language_name("da", swedish=True) == "danska"
    assert language_name("nb") == "Norwegian" and language_name("sv") == "Swedish"
    assert unsupported_message("de") == "German text — Viewpoints analyses Swedish and English"


def test_the_analyze_command_says_so_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "artikel.txt"
    path.write_text(DANISH, encoding="utf-8")
    records, errors = analyze_targets([str(path)], open_library=lambda: None)
    assert errors == [] and records[0]["language"] == "da"
    assert format_summary(records[0]) == f"{path}: Danish text — Viewpoints analyses Swedish and English"
    env = dict(os.environ, VIEWPOINTS_DATA_DIR=str(tmp_path / "lib"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "analyze", str(path)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines() == [f"{path}: Danish text — Viewpoints analyses Swedish and English"]


def test_a_few_repeated_short_words_are_not_an_unsupported_language():
    # "i" and "o" are Polish marker words, but three hits of two words are nothing to go on
    from desktop_app.core.analysis.text.language import detect_language

    assert detect_language("I0O0O") == "sv"
    assert detect_language("i o o i o") == "sv"
    assert detect_language("A0E0O") == "sv"  # Portuguese one-letter words
