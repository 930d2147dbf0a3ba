"""What a repair, a restored backup or a health check reports, in the user-interface language.

``core.library.repair`` writes its report in English (``Health.lines``, ``RepairReport.lines``,
``Backup.describe``); the command line (``repair``, ``backup``, ``trash`` with ``--language sv``) and
the window's report after a repair translate each line here, as :mod:`desktop_app.core.import_reasons`
translates an importer's reason (both through :class:`desktop_app.core.templates.Catalogue`): every
English line is a template whose variable parts are placeholders. A placeholder in :data:`_VERBATIM`
(a path, a number, a title) is copied, figures with the language's decimal comma; any other
placeholder holds a phrase that is translated the same way (the problem inside "the library was
damaged ({problem})"). SQLite's own error text (``{error}``: "database disk image is malformed", an
integrity check's "Page 22 is never used") is such a phrase too: a Swedish line gives SQLite's reason
in Swedish, or, for wording no template knows, a one-line Swedish reason (:data:`_SV_FALLBACKS`); the
English report keeps SQLite's words, and the window shows it as the details. The messages of a
damaged library met at start (``core.library.errors``) are translated here too. A line no template
matches stays English. Qt-free.
"""

from __future__ import annotations

from desktop_app.core import i18n
from desktop_app.core.templates import Catalogue, compile_templates

_VERBATIM = frozenset({"path", "file", "count", "id", "ids", "title", "table", "tables", "when",
                       "size", "dropped", "analyses", "recomputed", "corrections",
                       "number", "cell", "code", "index", "detail", "seconds"})
_FIGURES = frozenset({"count", "size", "dropped", "analyses", "recomputed", "corrections"})

_SV: dict[str, str] = {
    # Health.lines (repair --check)
    "{path}: the library is healthy ({count} documents)": "{path}: biblioteket är i gott skick ({count} dokument)",
    "{path}: the library is damaged:": "{path}: biblioteket är skadat:",
    "  {problem}": "  {problem}",
    "  … and {count} more": "  … och {count} till",
    "Run `viewpoints repair` to repair it.": "Kör `viewpoints repair` för att reparera det.",
    # the problems a check finds
    "there is no library file": "det finns ingen biblioteksfil",
    "the table {table} is missing": "tabellen {table} saknas",
    "integrity check: {error}": "integritetskontroll: {error}",
    "integrity check: … {count} more": "integritetskontroll: … {count} till",
    "document {id} ({title}): its text is damaged": "dokument {id} ({title}): dess text är skadad",
    "document {id} ({title}): its authors are unreadable": "dokument {id} ({title}): dess författare kan inte läsas",
    "documents after the {count}th cannot be read ({error})":
        "dokumenten efter nummer {count} kan inte läsas ({error})",
    "the {table} cannot be read ({error})": "tabellen {table} kan inte läsas ({error})",
    "{count} stored {table} are unreadable (not JSON)": "{count} sparade {table} kan inte läsas (inte JSON)",
    "the search index does not match the documents ({error})":
        "sökindexet stämmer inte med dokumenten ({error})",
    "document {id} is missing from the search index": "dokument {id} saknas i sökindexet",
    "the search index holds {count} deleted document(s)": "sökindexet innehåller {count} borttagna dokument",
    # RepairReport.lines (repair, repair --from-backup)
    "{path}: the library is healthy: nothing to repair": "{path}: biblioteket är i gott skick: inget att reparera",
    "{path}: the library was damaged ({problem})": "{path}: biblioteket var skadat ({problem})",
    "{path}: the library was damaged ({problem}, and {count} more problem(s))":
        "{path}: biblioteket var skadat ({problem}, och {count} problem till)",
    "error: {reason}": "fel: {reason}",
    "Restored the backup of {backup}: {count} document(s).":
        "Säkerhetskopian från {backup} är återställd: {count} dokument.",
    "The damaged file is kept as {path}.": "Den skadade filen sparas som {path}.",
    "Recovered {count} document(s) into a new library ({method}).":
        "{count} dokument räddades till ett nytt bibliotek ({method}).",
    "read through SQLite": "lästa genom SQLite",
    "read through SQLite and page by page": "lästa genom SQLite och sida för sida",
    "from the backup": "från säkerhetskopian",
    "  {count} of them from the backup of {backup} (documents deleted since then may be back).":
        "  {count} av dem från säkerhetskopian från {backup} (dokument som tagits bort sedan dess kan "
        "vara tillbaka).",
    "  {count} of them read straight from the file's pages, past the damage.":
        "  {count} av dem lästa direkt ur filens sidor, förbi skadan.",
    "  {count} damaged text(s) read again from the original file.":
        "  {count} skadade texter lästa på nytt ur originalfilen.",
    "  {count} document(s) imported again from their original file (their title and metadata as the "
    "file gives them).":
        "  {count} dokument importerade på nytt ur sin originalfil (med titel och metadata som filen "
        "anger dem).",
    "  Lost: {count} document(s) (ids {ids}): only their corrections or analysis were left; import "
    "them again.":
        "  Förlorade: {count} dokument (id {ids}): bara deras rättelser eller analys fanns kvar; "
        "importera dem igen.",
    "  Lost: {damaged}: its text is damaged and its original unreadable.":
        "  Förlorat: {damaged}: dess text är skadad och originalet kan inte läsas.",
    "document {id} ({title})": "dokument {id} ({title})",
    "  Lost: {count} more damaged document(s).": "  Förlorade: {count} skadade dokument till.",
    "  The table(s) {tables} were gone; they are empty again (filled from the backup where it could).":
        "  Tabellerna {tables} saknades; de är tomma igen (fyllda från säkerhetskopian där det gick).",
    "  The table(s) {tables} were gone; they are empty again.":
        "  Tabellerna {tables} saknades; de är tomma igen.",
    "  Unreadable authors of {count} document(s) are now empty.":
        "  Oläsliga författare i {count} dokument är nu tomma.",
    "  {count} document(s) have lost their original file (the text is kept).":
        "  {count} dokument har förlorat sin originalfil (texten finns kvar).",
    "  Kept {corrections} correction(s). Kept {analyses} analyses.":
        "  {corrections} rättelser och {analyses} analyser behölls.",
    "  Kept {corrections} correction(s). Kept {analyses} analyses; {recomputed} damaged ones will be "
    "recomputed.":
        "  {corrections} rättelser och {analyses} analyser behölls; {recomputed} skadade analyser "
        "beräknas om.",
    "  Kept {corrections} correction(s); {dropped} dropped (damaged, or made on a text that had to be "
    "imported again). Kept {analyses} analyses.":
        "  {corrections} rättelser behölls; {dropped} togs bort (skadade, eller gjorda på en text som "
        "måste importeras på nytt). {analyses} analyser behölls.",
    "  Kept {corrections} correction(s); {dropped} dropped (damaged, or made on a text that had to be "
    "imported again). Kept {analyses} analyses; {recomputed} damaged ones will be recomputed.":
        "  {corrections} rättelser behölls; {dropped} togs bort (skadade, eller gjorda på en text som "
        "måste importeras på nytt). {analyses} analyser behölls; {recomputed} skadade beräknas om.",
    # what a repair or a restore could not do (RepairReport.error)
    "{path}: cannot write here, so the library cannot be repaired in place":
        "{path}: kan inte skriva här, så biblioteket kan inte repareras där det ligger",
    "{path}: the repair could not write the new library ({error}); nothing was changed":
        "{path}: reparationen kunde inte skriva det nya biblioteket ({error}); inget ändrades",
    "{path}: nothing could be read and there is no backup; the file was left as it is (move it away "
    "to start a new library)":
        "{path}: inget kunde läsas och det finns ingen säkerhetskopia; filen lämnades som den är "
        "(flytta undan den för att börja ett nytt bibliotek)",
    "{path}: the repaired library could not be put in place ({error})":
        "{path}: det reparerade biblioteket kunde inte sättas på plats ({error})",
    "{file}: no such backup": "{file}: ingen sådan säkerhetskopia",
    "{path}: there is no healthy backup to restore": "{path}: det finns ingen hel säkerhetskopia att återställa",
    "{path}: the backup could not be restored ({error}); nothing was changed":
        "{path}: säkerhetskopian kunde inte återställas ({error}); inget ändrades",
    # Backup.describe: when it was made, why, and its size
    "{when} ({reason}, {size} MB)": "{when} ({reason}, {size} MB)",
    "daily": "daglig",
    "after import": "efter import",
    "before upgrade": "före uppgradering",
    "before repair": "före reparation",
    "manual": "manuell",
}

# SQLite's words for a damaged or unusable file (sqlite3's exceptions, ``PRAGMA integrity_check``'s
# lines): the reason inside "{error}" and the problem a check lists
_SV_SQLITE: dict[str, str] = {
    "database disk image is malformed": "filens innehåll är skadat",
    "file is not a database": "filen är ingen SQLite-databas",
    "no such table: {table}": "tabellen {table} saknas",
    "no such column: {detail}": "en kolumn saknas ({detail})",
    "malformed database schema ({table})": "databasens schema är skadat ({table})",
    "malformed database schema ({table}) - {detail}": "databasens schema är skadat ({table})",
    "disk I/O error": "fel vid läsning eller skrivning på disken",
    "unable to open database file": "databasfilen kan inte öppnas",
    "database is locked": "databasen är låst av ett annat program",
    "database table is locked": "en tabell i databasen är låst",
    "database or disk is full": "databasen eller disken är full",
    "attempt to write a readonly database": "databasen kan bara läsas",
    "vtable constructor failed: {table}": "sökindexet {table} kan inte öppnas",
    "fts5: corrupt structure": "sökindexets struktur är skadad",
    "SQL logic error": "SQLite kunde inte läsa en del av filen",
    # PRAGMA integrity_check
    "Page {number} is never used": "sida {number} används aldrig",
    "Page {number}: btreeInitPage() returns error code {code}": "sida {number} kan inte läsas (felkod {code})",
    "On tree page {number} cell {cell}: {problem}": "trädsida {number}, cell {cell}: {problem}",
    "On page {number} at right child: {problem}": "sida {number}, höger barn: {problem}",
    "Tree {index} page {number} cell {cell}: {problem}": "träd {index}, sida {number}, cell {cell}: {problem}",
    "Tree {index} page {number}: {problem}": "träd {index}, sida {number}: {problem}",
    "Main freelist: {problem}": "listan över lediga sidor: {problem}",
    "invalid page number {number}": "ogiltigt sidnummer {number}",
    "2nd reference to page {number}": "andra hänvisningen till sida {number}",
    "Child page depth differs": "undersidorna ligger på olika djup",
    "Multiple uses for byte {number} of page {code}": "byte {number} på sida {code} används flera gånger",
    "row {number} missing from index {index}": "rad {number} saknas i indexet {index}",
    "wrong # of entries in index {index}": "fel antal poster i indexet {index}",
    "NULL value in {detail}": "ett tomt värde i {detail}",
    "non-unique entry in index {index}": "en dubblett i indexet {index}",
}

# core.library.errors: a library that cannot be opened (the start-up's dialogs)
_SV_OPENING: dict[str, str] = {
    "{path}: not a Viewpoints library (not an SQLite database)":
        "{path}: inte ett Viewpoints-bibliotek (ingen SQLite-databas)",
    "{path}: the library file is damaged ({error})": "{path}: biblioteksfilen är skadad ({error})",
    "{path}: the library file is damaged ({error}): run: viewpoints repair":
        "{path}: biblioteksfilen är skadad ({error}): kör: viewpoints repair",
    "{path}: the library file is damaged (a part is missing: {error})":
        "{path}: biblioteksfilen är skadad (en del saknas: {error})",
    "{path}: the library file is damaged (a part is missing: {error}): run: viewpoints repair":
        "{path}: biblioteksfilen är skadad (en del saknas: {error}): kör: viewpoints repair",
    "{path}: the library file is empty: run: viewpoints repair (it restores the backup)":
        "{path}: biblioteksfilen är tom: kör: viewpoints repair (det återställer säkerhetskopian)",
    "{path}: the disk is full: nothing was changed": "{path}: disken är full: inget ändrades",
    "{path}: the library is read-only": "{path}: biblioteket kan bara läsas",
    "{path}: the library file cannot be read or written ({error})":
        "{path}: biblioteksfilen kan inte läsas eller skrivas ({error})",
    "{path}: cannot open the library file ({error})": "{path}: biblioteksfilen kan inte öppnas ({error})",
}

# what a placeholder holding SQLite's words says when no template knows them
_SV_FALLBACKS = {"error": "ett fel som SQLite rapporterade", "problem": "ett fel som SQLite rapporterade"}

_MESSAGES = Catalogue({"sv": {**_SV, **_SV_SQLITE, **_SV_OPENING}}, _VERBATIM, _FIGURES, fallbacks={"sv": _SV_FALLBACKS})


def line_text(line: str, language: str | None = None) -> str:
    """One English line of a repair report in ``language`` (default: the interface's); unknown stays English."""
    return _MESSAGES.text(line, language)


def lines_text(lines: list[str], language: str | None = None) -> list[str]:
    return [line_text(line, language) for line in lines]


def sqlite_words(line: str, language: str | None = None) -> list[str]:
    """SQLite's own words in an English report line that its ``language`` version gives in other words
    (a Swedish reason, or the general one): what the command line prints after such a line, as the
    window shows the English report as its details. Empty in English and for a line that stays
    English, or whose SQLite words the translation copies."""
    code = i18n.normalise(language) if language else i18n.current_language()
    translated = line_text(line, code)
    if code == "en" or translated == line:
        return []
    templates = {**_SV, **_SV_SQLITE, **_SV_OPENING}
    patterns = compile_templates(tuple(templates.items()))
    sqlite = {pattern.pattern for pattern, _ in compile_templates(tuple(_SV_SQLITE.items()))}
    found: list[str] = []

    def walk(text: str, depth: int) -> bool:  # True when a template knows ``text``
        if depth > 4:
            return False
        for pattern, _ in patterns:
            match = pattern.fullmatch(text)
            if match is None:
                continue
            if pattern.pattern in sqlite:
                found.append(text)
                return True
            for slot, value in match.groupdict().items():
                if slot not in _VERBATIM and not walk(value, depth + 1) and slot in _SV_FALLBACKS:
                    found.append(value)
            return True
        return False

    walk(line, 0)
    return [words for words in dict.fromkeys(found) if words not in translated]


covers = _MESSAGES.covers
"""True when every phrase of a line (variables written «1», «2», …) has a translation."""
