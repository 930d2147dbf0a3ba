"""Named entities (people, organizations, places) in Swedish and English news text.

Rule based, offline and linear in the text (the rules live in scanner.py and context.py, the
questions they ask of a token in token_features.py): capitalized token runs are matched against the
gazetteer (with genitives), split where a known organization or place starts, stripped of titles
("Statsminister", "Dr") and of sentence-initial ordinary words, and typed by name lists, word
endings and the words around them. A second pass lets a surname or a place recognized once be
recognized again when it stands alone ("Ranstorp"), and an acronym defined in parentheses takes
the long name it stands for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.core.analysis.entities.clubs import is_club
from desktop_app.core.analysis.entities.gazetteer import Gazetteer, gazetteer, name_key
from desktop_app.core.analysis.entities.scanner import EntityScanner
from desktop_app.core.analysis.text.lexicon import load_words

KINDS: tuple[str, ...] = ("PER", "ORG", "LOC")


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """A name in the text: ``text == source[start:end]``.

    ``name`` is the name without a genitive ending ("Sverige" for "Sveriges"), equal to ``text``
    when there is none; for an acronym the text defines ("Statistiska centralbyrån (SCB)") it is
    the long form, at every mention of the acronym.
    """

    start: int
    end: int
    kind: str  # "PER" | "ORG" | "LOC"
    text: str
    name: str = ""


def find_entities(text: str, language: str) -> list[EntitySpan]:
    """People (PER), organizations (ORG) and places (LOC) named in ``text``.

    ``language`` is "sv" or "en" (anything else is read as Swedish). Spans are sorted and never
    overlap; a title or role before a name is not part of it ("Statsminister Stefan Löfven" gives
    "Stefan Löfven"); Swedish genitives keep their ending ("Sveriges" is a LOC span, name
    "Sverige"), English possessives do not ("Trump's" gives "Trump"), and a name that ends in
    "s" as it stands keeps it in ``name`` ("Tom Evans", "Volvo Cars", "Borås").
    """
    if not text:
        return []
    gaz = gazetteer(language)
    scanner = EntityScanner(text, gaz)
    english = gaz.language == "en"
    result: list[EntitySpan] = []
    genitives: list[tuple[int, str, bool]] = []  # (index in result, name without "-s", sure)
    for start, end, kind, _, j in scanner.char_spans(scanner.run()):
        if english:  # only "'s" is a genitive in English: "Tom Evans" is no "Tom Evan"
            if end - start > 2 and text.endswith(("'s", "’s"), start, end) and gaz.kind_of(text[start:end]) is None:
                end -= 2  # English possessive: the span is the name, unless the name has it (Moody's)
        else:
            base = scanner.info(j - 1).base
            if base is not None:
                genitives.append((len(result), base, scanner.head_after(j)))  # "Ellevios presschef"
        span_text = text[start:end]
        result.append(EntitySpan(start, end, kind, span_text, span_text))
    del scanner  # its token lists are the largest thing a long text's analysis holds
    if genitives:
        seen = {word for e in result for word in e.text.split()}
        for n, base, sure in genitives:
            e = result[n]
            name = _name_of(e.text, base, sure, gaz, seen)
            if name != e.text:
                result[n] = EntitySpan(e.start, e.end, e.kind, e.text, name)
    _companies_alone(result, gaz)
    for n, e in enumerate(result):
        if e.kind == "LOC" and is_club(text, e.start, e.end, e.name):
            result[n] = EntitySpan(e.start, e.end, "ORG", e.text, e.name)  # "Sundsvall vann"
        elif e.kind == "ORG" and e.name.endswith(_PLACE_BODIES) and (
            _after_place_preposition(text, e.start)
            or (n and result[n - 1].kind == "LOC" and text[result[n - 1].end : e.start] == ", ")
        ):
            result[n] = EntitySpan(e.start, e.end, "LOC", e.text, e.name)  # "i Bjuvs kommun", "i Aapua, Övertorneå kommun"
        if result[n].kind == "PER" and " " in e.text and _place_word(e.text):
            result[n] = EntitySpan(e.start, e.end, "LOC", e.text, e.name)  # "Greenwich Park", "S:t Moritz"
        kind = _kind_noun_before(text, e.start, gaz)
        if kind is not None and kind != result[n].kind:
            result[n] = EntitySpan(e.start, e.end, kind, e.text, e.name)  # "nyhetsbyrån Sana", "staden Bam"
    result = [e for e in result if not _quoted_title(text, e, gaz)]
    return expand_acronyms(text, result)


def _companies_alone(result: list[EntitySpan], gaz: Gazetteer) -> None:
    """A lone word read as a person that the document names as a company or club with its
    affix ("Halvorsen Group" ... "Halvorsen said", "Ericsson AB" ... "Ericssons vd") is that
    organization, unless the document also names a person with that word."""
    companies = {
        words[0] for e in result if e.kind == "ORG"
        and len(words := e.text.split()) == 2 and words[1] in gaz.club_affixes and words[0][0].isupper()
    }
    if not companies:
        return
    people = {w for e in result if e.kind == "PER" and " " in e.text for w in e.name.split()}
    for n, e in enumerate(result):
        if e.kind == "PER" and " " not in e.name and e.name in companies and e.name not in people:
            result[n] = EntitySpan(e.start, e.end, "ORG", e.text, e.name)


def _place_word(name: str) -> bool:
    """The name's last word is a kind of place ("Park", "Street") or its first a saint's ("S:t")."""
    words = name.split()
    firsts, lasts = _place_words()
    return words[-1] in lasts or words[0] in firsts


@lru_cache(maxsize=None)
def _place_words() -> tuple[frozenset[str], frozenset[str]]:
    return load_words("sv", "place_words"), load_words("en", "place_words")


_QUOTES = "\"”“»«"


def _quoted_title(text: str, e: EntitySpan, gaz: Gazetteer) -> bool:
    """A name that is the whole of a quotation is the title of a work, a nickname or a named
    storm, not an actor ("filmen ”Call Girl”", "serien ”Mupparna”", "cyklonen ”Evan”"), unless it
    starts with a first name or ends in a surname ("”Ulf”", "”Ed King”", "”Palme”")."""
    k = e.start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    if k == 0 or text[k - 1] not in _QUOTES:
        return False
    m = e.end
    while m < len(text) and text[m] == " ":
        m += 1
    if m == len(text) or text[m] not in _QUOTES:
        return False
    words = e.text.split()
    return not (e.kind == "PER" and (words[0] in gaz.first_names or words[-1] in gaz.surnames))


# a municipality after a place preposition is the place: "ett bostadsområde i Bjuvs kommun"
_PLACE_BODIES = (" kommun", " stad")
_LOCATIVE = frozenset(("i", "inom", "utanför", "runt", "kring", "nära", "från"))


def _after_place_preposition(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].casefold() in _LOCATIVE and text[start - 1] == " "


_WORD_BEFORE_RE = re.compile(r"([^\W\d_][\w-]*+) $")


def _word_before(text: str, start: int) -> re.Match[str] | None:
    """``_WORD_BEFORE_RE.search(text, start - 40, start)``, searched only from the space before
    that word (no match can hold a space; its own space ends the text, or precedes a last \n)."""
    low = max(0, start - 40)
    space = start - 1
    if space < low:
        return None
    if text[space] != " ":
        if text[space] != "\n" or space - 1 < low or text[space - 1] != " ":
            return None
        space -= 1
    before = text.rfind(" ", low, space)
    return _WORD_BEFORE_RE.search(text, before + 1 if before != -1 else low, start)


def _kind_noun_before(text: str, start: int, gaz: Gazetteer) -> str | None:
    """ "ORG" or "LOC" when a noun of a kind of organization or place stands right before:
    "kreditupplysningsföretaget Syna", "huvudstaden Bangui"."""
    match = _word_before(text, start)
    if match is None:
        return None
    word = match.group(1).casefold()
    if word.endswith(gaz.org_kind_nouns):
        return "ORG"
    return "LOC" if word.endswith(gaz.place_kind_nouns) else None


def _name_of(span_text: str, base: str, sure: bool, gaz: Gazetteer, seen: set[str]) -> str:
    """The Swedish span without its -s genitive, when it surely is one.

    A word that is a known name as it stands ("Jonas", "Volvo Cars", "Paris") keeps its "s";
    otherwise the ending goes when the shorter form is known (in the name lists or the gazetteer,
    or named without the ending elsewhere in the text: "Ranstorps" after "Magnus Ranstorp"), or
    when a noun phrase follows (``sure``: "Ellevios presschef").
    """
    words = span_text.split()
    last = words[-1]
    if last in gaz.first_names or last in gaz.surnames or gaz.names.get(
        tuple(name_key(w) for w in words)
    ):
        return span_text
    known = (
        sure
        or base in seen
        or base in gaz.first_names
        or base in gaz.surnames
        or gaz.lookup(words) is not None
    )
    return " ".join(words[:-1] + [base]) if known else span_text


def expand_acronyms(text: str, spans: list[EntitySpan]) -> list[EntitySpan]:
    """Give an acronym defined in the text the name it stands for.

    "Statistiska centralbyrån (SCB)" or "SCB (Statistiska centralbyrån)" defines SCB; then that
    mention and every later or earlier "SCB" (or "SCB:s") get ``name`` "Statistiska
    centralbyrån", so the actor of the long name and of the acronym is one.
    """
    long_names: dict[str, str] = {}
    for first, second in zip(spans, spans[1:]):
        if first.kind != "ORG" or second.kind != "ORG":
            continue
        if text[first.end : second.start].strip() != "(" or text[second.end : second.end + 1] != ")":
            continue
        for short, full in ((second, first), (first, second)):
            acronym = short.name or short.text
            if " " not in acronym and _abbreviates(acronym, full.name or full.text):
                long_names.setdefault(acronym, full.name or full.text)
                break
    if not long_names:
        return spans
    return [
        EntitySpan(s.start, s.end, s.kind, s.text, long_names[s.name or s.text])
        if s.kind == "ORG" and (s.name or s.text) in long_names else s
        for s in spans
    ]


def _abbreviates(acronym: str, name: str) -> bool:
    """The letters of ``acronym`` appear in order in ``name``, starting with its first letter
    ("SCB" in "Statistiska centralbyrån", "Brå" in "Brottsförebyggande rådet")."""
    if not 2 <= len(acronym) <= 8 or len(name) <= len(acronym) or not acronym[0].isupper():
        return False
    letters = acronym.casefold()
    folded = name.casefold()
    if not letters.isalpha() or folded[0] != letters[0]:
        return False
    at = 0
    for letter in letters:
        at = folded.find(letter, at) + 1
        if at == 0:
            return False
    return True
