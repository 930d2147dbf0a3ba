"""Why a file was not imported, in the user-interface language.

The importers (``core.importers``, ``core.import_worker``) give their reasons in English, and the
import log keeps them so. The window translates a reason when it shows it: each English reason is
a template whose variable parts are placeholders, ``"{kind} unpacks to {size} MB; …"``. A
placeholder in :data:`_VERBATIM` (a file name, a number, a format's name) is copied; any other
placeholder holds a phrase of its own (``"damaged {kind}: {reason}"``), which is translated the same
way; a copied figure takes the language's decimal comma, and a size its unit ("12 byte"). A reason no template matches stays English.
The importers' warnings (what an import left out of a damaged file) are translated the same way. Like :mod:`desktop_app.core.i18n`, Qt-free.
"""

from __future__ import annotations

from desktop_app.core.templates import Catalogue

# placeholders copied as they are: names, numbers, sizes, the system's own error text
_VERBATIM = frozenset({"name", "kind", "ext", "size", "limit", "line", "error", "deadline",
                       "ratio", "depth", "label", "count", "number", "numbers"})
# the copied placeholders that hold figures: written with the language's decimal comma ("52,3 MB")
_FIGURES = frozenset({"size", "limit", "deadline", "ratio", "depth", "count", "number", "numbers"})

_SV: dict[str, str] = {
    # core.importers (reading the file)
    "could not import": "kunde inte importeras",
    "file is empty": "filen är tom",
    "file not found": "filen finns inte",
    "is a folder, not a file": "är en mapp, inte en fil",
    "not a regular file (a pipe, device or socket)":
        "inte en vanlig fil (ett rör, en enhet eller en sockel)",
    "cannot be read now (a special file that waits for data)":
        "kan inte läsas nu (en specialfil som väntar på data)",
    "cannot read the file ({error})": "kan inte läsa filen ({error})",
    "file is too large ({size}; the limit is {limit})":
        "filen är för stor ({size}; gränsen är {limit})",
    "its text is too long (more than {chars} characters, the limit)":
        "texten är för lång (mer än {chars} tecken, gränsen)",
    "its text is too long ({chars} characters; the limit is {most})":
        "texten är för lång ({chars} tecken; gränsen är {most})",
    "{count} million": "{count} miljoner",
    "too large to import: reading it needs more memory than the import may use":
        "för stor att importera: att läsa den kräver mer minne än importen får använda",
    "nested too deeply to read": "för djupt nästlad för att läsas",
    "could not read this {label} file (it may be damaged)":
        "kunde inte läsa denna {label}-fil (den kan vara skadad)",
    "could not read this file (it may be damaged)": "kunde inte läsa filen (den kan vara skadad)",
    "nothing to import": "inget att importera",
    # core.importers._folders (paths)
    "a link to a file that does not exist": "en länk till en fil som inte finns",
    "no such file or folder": "ingen sådan fil eller mapp",
    "permission denied": "åtkomst nekad",
    "a symbolic link that loops (it leads back to itself)":
        "en symbolisk länk som går i ring (den leder tillbaka till sig själv)",
    "the path is too long": "sökvägen är för lång",
    "no such file or folder (a part of the path is a file)":
        "ingen sådan fil eller mapp (en del av sökvägen är en fil)",
    "cannot be opened ({error})": "kan inte öppnas ({error})",
    "skipped: {problem}": "hoppades över: {problem}",
    "a symbolic link that leads out of the folder": "en symbolisk länk som leder ut ur mappen",
    "a symbolic link to a folder it is in (a loop)":
        "en symbolisk länk till en mapp som den ligger i (en slinga)",
    "not a regular file (a pipe, socket or device)":
        "inte en vanlig fil (ett rör, en sockel eller en enhet)",
    "the same folder again (a loop)": "samma mapp igen (en slinga)",
    "folder not read: {problem}": "mappen lästes inte: {problem}",
    # core.import_worker (the time limit)
    "too complex to import in {deadline}": "för komplex för att importeras på {deadline}",
    "the importer stopped on this file (it may be damaged or need too much memory)":
        "importen stannade på den här filen (den kan vara skadad eller kräva för mycket minne)",
    # core.importing (storing)
    "could not store it ({error})": "kunde inte sparas ({error})",
    "the library is busy (another program is writing to it)":
        "biblioteket är upptaget (ett annat program skriver till det)",
    # core.importers._sniff (the file's type)
    "a ZIP archive that is not a DOCX, ODT or EPUB document":
        "ett ZIP-arkiv som inte är ett DOCX-, ODT- eller EPUB-dokument",
    "unsupported file type {ext} (readable: .txt, .md, .html, .xml, .docx, .odt, .epub, .pdf)":
        "filtypen {ext} stöds inte (läsbara: .txt, .md, .html, .xml, .docx, .odt, .epub, .pdf)",
    "RTF documents are not supported; save it as DOCX, ODT or plain text":
        "RTF-dokument stöds inte; spara det som DOCX, ODT eller vanlig text",
    "old Office (.doc) files are not supported; save it as DOCX or ODT":
        "gamla Office-filer (.doc) stöds inte; spara den som DOCX eller ODT",
    "this is a PNG image, not a text": "detta är en PNG-bild, inte en text",
    "this is a JPEG image, not a text": "detta är en JPEG-bild, inte en text",
    "this is a GIF image, not a text": "detta är en GIF-bild, inte en text",
    "this is a gzip archive; unpack it first": "detta är ett gzip-arkiv; packa upp det först",
    "this is a 7-Zip archive; unpack it first": "detta är ett 7-Zip-arkiv; packa upp det först",
    "this is a RAR archive; unpack it first": "detta är ett RAR-arkiv; packa upp det först",
    # core.importers._zip (DOCX, ODT, EPUB archives)
    "damaged or truncated {kind} file (not a readable ZIP archive)":
        "skadad eller avkortad {kind}-fil (inte ett läsbart ZIP-arkiv)",
    "{kind} unpacks to {size} MB; refused as a possible zip bomb (limit {limit} MB)":
        "{kind} packas upp till {size} MB; vägras som en möjlig zip-bomb (gräns {limit} MB)",
    "{kind} member {name} is compressed {ratio}:1; refused as a possible zip bomb":
        "{kind}-delen {name} är komprimerad {ratio}:1; vägras som en möjlig zip-bomb",
    "not a valid {kind} ({name} is missing)": "inte en giltig {kind} ({name} saknas)",
    "{kind} member {name} is larger than its archive says; refused as a possible zip bomb":
        "{kind}-delen {name} är större än arkivet uppger; vägras som en möjlig zip-bomb",
    "{kind}: {part} unpacks to {size} MB (the limit is {limit} MB)":
        "{kind}: {part} packas upp till {size} MB (gränsen är {limit} MB)",
    "{kind} is encrypted or uses an unsupported compression; save an unprotected copy":
        "{kind} är krypterad eller använder en komprimering som inte stöds; spara en oskyddad kopia",
    "damaged {kind}: {part} is corrupt": "skadad {kind}: {part} är förstörd",
    "the document part": "dokumentdelen",
    "the document properties": "dokumentegenskaperna",
    "the styles part": "formatmallsdelen",
    "the container file": "containerfilen",
    "the package file": "paketfilen",
    "the part {name}": "delen {name}",
    # core.importers._safe (XML)
    "refused: explosive entity expansion in {what} (a billion-laughs document)":
        "vägras: explosiv entitetsexpansion i {what} (ett billion-laughs-dokument)",
    "{what} is nested too deeply to read": "{what} är för djupt nästlad för att läsas",
    "{what} is corrupt": "{what} är förstörd",
    "{what} is not well-formed": "{what} är inte välformad",
    "{what} is not well-formed XML": "{what} är inte välformad XML",
    "{what} is not well-formed (line {line})": "{what} är inte välformad (rad {line})",
    "{what} is not well-formed XML (line {line})": "{what} är inte välformad XML (rad {line})",
    "{what} has no XML content": "{what} har inget XML-innehåll",
    "{damaged}: {reason}": "{damaged}: {reason}",
    "damaged {kind}": "skadad {kind}",
    "the file": "filen",
    "the XML file": "XML-filen",
    # core.importers' formats (no text, damage)
    "no text found": "ingen text hittades",
    "no text in the file (empty or only whitespace)": "ingen text i filen (tom eller bara blanktecken)",
    "invalid {kind} text after its byte-order mark (byte {count})":
        "ogiltig {kind}-text efter dess byteordningsmarkering (byte {count})",
    "binary data (NUL bytes), not text": "binära data (NUL-byte), inte text",
    "binary data (control characters), not text": "binära data (styrtecken), inte text",
    "cannot tell the text encoding (not UTF-8, UTF-16 or Windows-1252)":
        "kan inte avgöra textens kodning (inte UTF-8, UTF-16 eller Windows-1252)",
    "no text in the Word document": "ingen text i Word-dokumentet",
    "no text in the OpenDocument file": "ingen text i OpenDocument-filen",
    "no text in the EPUB's chapters": "ingen text i EPUB-filens kapitel",
    "no text in the XML file": "ingen text i XML-filen",
    "no text in the Markdown file": "ingen text i Markdown-filen",
    "no HTML content": "inget HTML-innehåll",
    "no article text found in the HTML": "ingen artikeltext hittades i HTML-filen",
    "the page is nested more than {depth} levels deep and cannot be read":
        "sidan är nästlad mer än {depth} nivåer djupt och kan inte läsas",
    "not a valid EPUB (container.xml names no package file)":
        "inte en giltig EPUB (container.xml anger ingen paketfil)",
    "encrypted PDF (password protected); save an unprotected copy":
        "krypterad PDF (lösenordsskyddad); spara en oskyddad kopia",
    "encrypted PDF with an unsupported kind of encryption; save an unprotected copy":
        "krypterad PDF med en krypteringstyp som inte stöds; spara en oskyddad kopia",
    "damaged PDF: its structure cannot be read": "skadad PDF: dess struktur kan inte läsas",
    "damaged PDF: none of its pages can be read": "skadad PDF: ingen av dess sidor kan läsas",
    "PDF has no text layer (scanned images?); run OCR first":
        "PDF-filen har inget textlager (skannade bilder?); kör OCR först",
    # the importers' warnings: imported, but with a gap (``ImportedText.warnings``)
    "the document part is damaged after {paragraphs}; the rest could not be read":
        "dokumentdelen är skadad efter {paragraphs}; resten kunde inte läsas",
    "{count} paragraph": "{count} stycke",
    "{count} paragraphs": "{count} stycken",
    "the document properties (title, author, date) are damaged; ignored":
        "dokumentegenskaperna (titel, författare, datum) är skadade; de används inte",
    "{count} damaged chapter(s) skipped: {chapters}":
        "{count} skadade kapitel hoppades över: {chapters}",
    "{names} and {count} more": "{names} och {count} till",
    "the page is nested more than {depth} levels deep: the text below that depth was left out":
        "sidan är nästlad mer än {depth} nivåer djupt: texten under det djupet utelämnades",
    "damaged PDF: {pages} of {count} could not be read and was skipped":
        "skadad PDF: {pages} av {count} kunde inte läsas och hoppades över",
    "damaged PDF: {pages} of {count} could not be read and were skipped":
        "skadad PDF: {pages} av {count} kunde inte läsas och hoppades över",
    "page {number}": "sida {number}",
    "{count} pages ({numbers})": "{count} sidor ({numbers})",
}

_REASONS = Catalogue({"sv": _SV}, _VERBATIM, _FIGURES)

reason_text = _REASONS.text
"""An importer's English reason in a language (default: the interface's); unknown stays English."""
covers = _REASONS.covers
"""True when every phrase of a reason (variables written «1», «2», …) has a translation."""


def message_text(message: str, language: str | None = None) -> str:
    """An import outcome's ``message`` ("error: <reason>", "skipped: <reason>") without its
    prefix, the reason translated."""
    for prefix in ("error: ", "skipped: "):
        if message.startswith(prefix):
            return reason_text(message.removeprefix(prefix), language)
    return reason_text(message, language)
