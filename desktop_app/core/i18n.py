"""The words the core puts in front of the reader — the marks' labels, the exports' headings — in the
user-interface language.

The core is Qt-free, so it cannot use Qt's translations: its few phrases are kept here, English
as the key and one dict per language. The window passes the language it shows (``set_language``),
the command line its ``--language``; a phrase a catalogue lacks stays English. Data written for
machines (CSV columns, JSON keys) is never translated.

Figures follow the language too (:func:`number`): Swedish writes "0,75" and "12 345" (a no-break
space between the thousands), English "0.75" and "12,345". The window formats through QLocale; this
is the same rule for what the core writes.
"""

from __future__ import annotations

import re

LANGUAGES: tuple[str, ...] = ("en", "sv")
DEFAULT_LANGUAGE = "en"

_SV: dict[str, str] = {
    # the marks (core.marks.LABELS and the legends)
    "Direct quote": "Direktcitat",
    "Interviewer's question": "Intervjuarens fråga",
    "Indirect speech": "Indirekt tal",
    "Author's voice": "Skribentens röst",
    "Speech cue": "Anföringsord",
    "Mention": "Omnämnande",
    "Claim": "Påstående",
    "background tint in the speaker's colour": "bakgrundston i talarens färg",
    "italics on a light tint: the interviewer asks": "kursiv stil på ljus ton: intervjuaren frågar",
    "underline in the speaker's colour": "understrykning i talarens färg",
    "bar in the margin": "streck i marginalen",
    "bold (\u201csays\u201d, \u201caccording to\u201d)": "fetstil (\u201dsäger\u201d, \u201denligt\u201d)",
    "name in the actor's colour": "namnet i aktörens färg",
    "dotted underline with a badge of its kind": "prickad understrykning med en etikett för sitt slag",
    # claim kinds
    "evaluation": "värdering",
    "prescription": "uppmaning",
    "prediction": "förutsägelse",
    "statistic": "statistik",
    "stance": "ståndpunkt",
    # the claim kinds' badges (core.palette.CLAIM_BADGES)
    "EVAL": "VÄRD",
    "SHOULD": "BÖR",
    "WILL": "PROG",
    "STAT": "STAT",
    "STANCE": "STÅND",
    # relations between viewpoints
    "agree": "överens",
    "disagree": "oense",
    "related": "relaterad",
    "relation corrected": "relationen rättad",
    "corrected": "rättad",
    "linked by hand": "länkad för hand",
    # the exports' headings (HTML page, printout)
    "Viewpoints \u2014 who says what": "Viewpoints \u2014 vem säger vad",
    "Comparison": "Jämförelse",
    "Filtered: {filters}": "Filtrerat: {filters}",
    "Mentions": "Omnämnanden",
    "Legend": "Teckenförklaring",
    "Actor": "Aktör",
    "Kind": "Slag",
    "Left": "Vänster",
    "Right": "Höger",
    "Quotes": "Citat",
    "Also: ": "Dessutom: ",
    "(no document)": "(inget dokument)",
    "By {authors}": "Av {authors}",
    "Document {id}": "Dokument {id}",
    "Viewpoints": "Synpunkter",
    "Question": "Fråga",
    "Left actor (polarity)": "Aktör till vänster (hållning)",
    "Relation": "Relation",
    "Right actor (polarity)": "Aktör till höger (hållning)",
    "Why": "Varför",
    "No link between the two texts is shown.": "Ingen länk mellan de två texterna visas.",
    "Mentions per actor (by name)": "Omnämnanden per aktör (med namn)",
    "Bar chart: mentions per actor in each document": "Stapeldiagram: omnämnanden per aktör i varje dokument",
    "hidden actors: ": "dolda aktörer: ",
    "hidden marks: ": "dolda markeringar: ",
    "only paragraphs with visible marks": "bara stycken med synliga markeringar",
    "the text's own narration": "textens egen berättarröst",
    "{quotes} quotes \u00b7 {claims} claims \u00b7 {actors} actors":
        "{quotes} citat \u00b7 {claims} påståenden \u00b7 {actors} aktörer",
    "Exported from Viewpoints on {when}.": "Exporterad från Viewpoints {when}.",
    "{direct} direct, {indirect} indirect quotes, {author} author passages, {claims} claims":
        "{direct} direkta, {indirect} indirekta citat, {author} skribentpassager, {claims} påståenden",
    "No actors shown.": "Inga aktörer visas.",
    "{shown} of {total} links shown": "{shown} av {total} länkar visas",
    # filter mark kinds, as the line of active filters names them
    "claim": "påstående",
    "direct": "direkt",
    "indirect": "indirekt",
    "author": "skribent",
    "mention": "omnämnande",
    # corrections, as the Edit menu's Undo and Redo name them
    "unknown speaker": "okänd talare",
    "Change speaker {old} to {new}": "Byt talare {old} mot {new}",
    "Change speaker to {new}": "Byt talare till {new}",
    "Not spoken by {speaker}": "Inte sagt av {speaker}",
    "Not a quote": "Inget citat",
    "Add quote by {speaker}": "Lägg till citat av {speaker}",
    "Mark as claim ({kind})": "Markera som påstående ({kind})",
    "Not a claim": "Inget påstående",
    "Rename {old} to {new}": "Byt namn på {old} till {new}",
    "Merge {name} into {other}": "Slå ihop {name} med {other}",
    "Hide {name}": "Dölj {name}",
    "Correction": "Rättelse",
    "Remove viewpoint link": "Ta bort synpunktslänk",
    "Mark link as {relation}": "Markera länken som {relation}",
    "Link passages ({relation})": "Länka passager ({relation})",
    "Viewpoint correction": "Rättelse av synpunkter",
    # how a name was found (a mention's tooltip)
    "name": "namn",
    "alias": "alias",
    "surname": "efternamn",
    "pronoun": "pronomen",
    "only {relations}": "bara {relations}",
    "no relation chosen": "ingen relation vald",
    # actor kinds
    "person": "person",
    "organization": "organisation",
    "place": "plats",
    "unnamed": "icke namngiven",
    "interviewer": "intervjuare",
    # the genres (core.document.GENRES), as the pane headers and the exports show them
    "news": "nyhet",
    "opinion": "debatt",
    "interview": "intervju",
    "other": "övrigt",
    # the speakers no text names (analysis.model.display_name, export.viewpoints.shown_speaker)
    "the interviewer": "intervjuaren",
    "the authors": "skribenterna",
    "the text": "texten",
    # counts in the printout's and the page's headers (``export.paper.counted``)
    "indirect quote": "indirekt citat",
    "indirect quotes": "indirekta citat",
    "author passage": "skribentpassage",
    "author passages": "skribentpassager",
    "claims": "påståenden",
    "positive": "positiv",
    "negative": "negativ",
    "neutral": "neutral",
    # a viewpoint link's why (core.viewpoints.why.PHRASES); the texts' own words stay as written
    "shared: {terms}": "gemensamt: {terms}",
    "{speaker} in both texts": "{speaker} i båda texterna",
    "the same words": "samma ord",
    "{cue} what the other says": "{cue} om det den andra säger",
    "{left} vs {right}": "{left} mot {right}",
    "a reply to the other text": "ett svar på den andra texten",
    "as on their other statements ({relation})": "som i deras övriga uttalanden ({relation})",
    "their stances over both texts ({relation})": "deras hållning i båda texterna ({relation})",
    "their stances on the question ({relation})": "deras hållning i frågan ({relation})",
    "nothing sets them against each other ({relation})": "inget ställer dem mot varandra ({relation})",
    "relation set by hand (found: {relation})": "relationen satt för hand (funnen: {relation})",
    # the command line's import, remove and restore messages (cli.py, ``--language sv``)
    "imported: {path} as {id} ({title})": "importerad: {path} som {id} ({title})",
    "duplicate: {path} is a duplicate of {id} ({title})": "dubblett: {path} är en dubblett av {id} ({title})",
    "skipped: {path}: {reason}": "hoppades över: {path}: {reason}",
    "error: {path}: {reason}": "fel: {path}: {reason}",
    "warning: {path}: {warning}": "varning: {path}: {warning}",
    "{imported} imported, {duplicates} duplicate(s), {failed} failed":
        "{imported} importerade, {duplicates} dubbletter, {failed} misslyckades",
    ", {skipped} skipped": ", {skipped} hoppades över",
    "{count} file(s) not imported because {reason}; to import them, run again:":
        "{count} fil(er) importerades inte eftersom {reason}; kör igen för att importera dem:",
    "error: no document {id}": "fel: inget dokument {id}",
    "removed {ids} (undo with: restore {ids})": "tog bort {ids} (ångra med: restore {ids})",
    "error: document {id} is not in the removed documents": "fel: dokument {id} finns inte bland de borttagna",
    "restored {ids}": "återställde {ids}",
    "nothing": "inget",
    # the command line's backup and trash messages (library_commands.py, ``--language sv``)
    "backup made: {path}": "säkerhetskopia gjord: {path}",
    "(no backups yet)": "(inga säkerhetskopior än)",
    "ID": "ID",
    "REMOVED": "BORTTAGEN",
    "DELETED AFTER": "RADERAS EFTER",
    "TITLE": "TITEL",
    "(the trash is empty)": "(papperskorgen är tom)",
    "deleted {count} document(s) from the trash for good": "raderade {count} dokument ur papperskorgen för gott",
    # the ``compare`` command's table (core.viewpoints.report.format_table)
    "No question on which both texts take a position.": "Ingen fråga där båda texterna tar ställning.",
    "Question {number}: {label}": "Fråga {number}: {label}",
    "  terms: {terms}": "  ord: {terms}",
    "({why}; score {score})": "({why}; poäng {score})",
    "Only the left text takes a position on:": "Bara den vänstra texten tar ställning till:",
    "Only the right text takes a position on:": "Bara den högra texten tar ställning till:",
}

_CATALOGUES: dict[str, dict[str, str]] = {"en": {}, "sv": _SV}
_current = DEFAULT_LANGUAGE


def normalise(language: str | None) -> str:
    """A supported language code for ``language`` ("sv_SE", "sv-FI" → "sv"; unknown → "en")."""
    code = (language or "").replace("-", "_").split("_")[0].lower()
    return code if code in _CATALOGUES else DEFAULT_LANGUAGE


def set_language(language: str | None) -> str:
    """Make ``language`` the one the core's phrases come in (the window's or ``--language``)."""
    global _current
    _current = normalise(language)
    return _current


def current_language() -> str:
    return _current


def text(english: str, language: str | None = None) -> str:
    """``english`` in ``language`` (default: the one set), English where the catalogue lacks it."""
    return _CATALOGUES[normalise(language) if language else _current].get(english, english)


# (decimal mark, thousands separator) per language
_NUMBER_MARKS: dict[str, tuple[str, str]] = {"en": (".", ","), "sv": (",", "\u00a0")}
# compiled on first use (``re`` caches it): the start-up imports this module, and writes no figures
_FIGURE_PATTERN = (r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])|(?<![\w.,])\d+\.\d+(?![\w.])")


def number(value: float, decimals: int | None = None, language: str | None = None) -> str:
    """``value`` written as ``language`` writes figures: ``decimals`` places (when None: none for a whole
    ``value``, else two), thousands grouped. ``number(0.75, 2, "sv")`` == "0,75"."""
    if decimals is None and float(value).is_integer():
        english = f"{int(value):,}"
    else:
        english = f"{value:,.{2 if decimals is None else decimals}f}"
    return _localised(english, normalise(language) if language else _current)


def figures(text: str, language: str | None = None) -> str:
    """The English-written figures in ``text`` ("52.3 MB", "12,345 words") as ``language`` writes them;
    only what reads as one number changes (not "v1.2.3", "3,4", or a name's digits)."""
    code = normalise(language) if language else _current
    if code == "en":
        return text
    return re.sub(_FIGURE_PATTERN, lambda m: _localised(m.group(), code), text)


# the units a size is written in, as each language writes them ("12 bytes" → "12 byte")
_UNITS: dict[str, dict[str, str]] = {"en": {}, "sv": {"bytes": "byte", "byte": "byte", "KB": "kB"}}
_UNIT_PATTERN = r"(?<=\d )(bytes|byte|KB)\b"


def quantity(text: str, language: str | None = None) -> str:
    """A figure with its unit ("12 bytes", "52.3 MB") as ``language`` writes it: ``figures``, and the
    unit's own word ("12 byte", "52,3 MB" in Swedish)."""
    code = normalise(language) if language else _current
    units = _UNITS[code]
    shown = figures(text, code)
    return re.sub(_UNIT_PATTERN, lambda m: units.get(m.group(), m.group()), shown) if units else shown


def _localised(english: str, code: str) -> str:
    decimal, thousands = _NUMBER_MARKS[code]
    return english.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def missing(language: str, phrases: list[str]) -> list[str]:
    """The phrases ``language``'s catalogue does not translate (for the completeness test)."""
    catalogue = _CATALOGUES[normalise(language)]
    return [p for p in phrases if p not in catalogue]
