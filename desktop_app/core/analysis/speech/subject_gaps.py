"""What stands between a speaker and its verb, and speaker phrases of a few fixed shapes.

``subject_end`` steps back over an auxiliary with a phrase of time or place ("har i flera
intervjuer sagt"), an aside between commas ("Democrats, meanwhile, accused") and a relative
clause naming the outlet ("som Ny Teknik har talat med"); ``long_org_name`` reads an
organization's name that ends in lower-case words; ``possessed_role`` reads "hans offentliga
försvarare, advokat X"; ``named_before_and`` reads "Linnea Ask och hennes medförfattare".
``speaker_phrase`` asks these before its general readers.
"""

from __future__ import annotations

import re

from desktop_app.core.analysis.speech.candidates import SpeakerRef
from desktop_app.core.analysis.speech.word_classes import AUXILIARIES, is_sentence_initial
from desktop_app.core.analysis.text.vocabulary import Vocabulary

POSSESSIVES = {"sv": frozenset("hans hennes deras dess".split()), "en": frozenset("his her their its".split())}
_NAME_AND_RE = re.compile(r"(?P<name>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2})\s+(?:och|and)\s+$")
_NAME_AFTER_ROLE_RE = re.compile(
    r",\s+(?:[a-zåäö][\w-]*\s+){0,2}(?P<name>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2})(?=\s*[,.;:!?]|\s*$)"
)


def possessed_role(text: str, toks: list[tuple[int, int, str]], voc: Vocabulary) -> SpeakerRef | None:
    """ "hans offentliga försvarare, advokat Anneli Sjöqvist", "her lawyer, Jane Doe": someone's
    role, the person named after it (or the role alone), not the pronoun."""
    if len(toks) < 2 or toks[0][2].casefold() not in POSSESSIVES[voc.language]:
        return None
    k = 1
    while k < len(toks) and k <= 3 and toks[k][2].isalpha() and toks[k][2].islower():
        if voc.is_role_word(toks[k][2]):
            named = _NAME_AFTER_ROLE_RE.match(text, toks[k][1])
            if named is not None:
                return SpeakerRef(named.start("name"), named.end("name"), "name")
            return SpeakerRef(toks[0][0], toks[k][1], "noun")
        k += 1
    return None


def named_before_and(text: str, ref: SpeakerRef, floor: int, language: str) -> SpeakerRef | None:
    """ "Linnea Ask och hennes medförfattare skriver": the one named leads the writers."""
    words = text[ref.start : ref.end].split()
    if not words or words[0].casefold() not in POSSESSIVES[language]:
        return None
    named = _NAME_AND_RE.search(text, max(floor, ref.start - 60), ref.start)
    return SpeakerRef(named.start("name"), named.end("name"), "name") if named is not None else None


def subject_end(text: str, pos: int, floor: int, language: str) -> int:
    """Where the subject before the verb at ``pos`` ends, past what may stand between them."""
    for pattern, reach in ((_AUX_GAP_RE, 50), (_ASIDE_RE, 40), (_SPOKEN_WITH_RE, 80)):
        found = pattern.get(language)
        m = found.search(text, max(floor, pos - reach), pos) if found is not None else None
        if m is not None and m.start() > floor:
            pos = m.start()
    return pos


# An organization's name that ends in lower-case words, opening the sentence: "Länsstyrelsen i
# Östergötlands län", "Vårdförbundet i Region Kalmar län", "Myndigheten för samhällsskydd och beredskap".
_LONG_ORG_RE = {
    "sv": re.compile(
        r"(?P<name>[A-ZÅÄÖ][\w-]*(?:[ \t]+(?:i|för|och|[A-ZÅÄÖ][\w:-]*))*[ \t]+(?:län|kommun|region|stad|landsting)"
        r"|(?:[A-ZÅÄÖ][\w-]*(?:myndigheten|inspektionen|institutet|rådet|nämnden|verket|centrum)"
        r"|Myndigheten|Inspektionen|Institutet|Rådet|Nämnden|Verket|Centrum)"
        r"[ \t]+för[ \t]+[a-zåäö-]+(?:[ \t]+(?:och|i|[a-zåäö-]+)){0,3})"
        r"(?:[ \t]*\([^()]{1,12}\))?,?[ \t]+(?:\w+[ \t]+)?$"
    ),
}


def long_org_name(text: str, pos: int, floor: int, voc: Vocabulary) -> SpeakerRef | None:
    pattern = _LONG_ORG_RE.get(voc.language)
    if pattern is None:
        return None
    lo = max(floor, pos - 90)
    m = pattern.search(text, lo, pos)
    if m is None or not is_sentence_initial(text, m.start("name"), floor):
        return None
    tail = text[m.end("name") : pos].split()
    if tail and tail[-1].casefold() not in voc.adverbs and tail[-1].casefold() not in AUXILIARIES[voc.language]:
        return None  # only an adverb or auxiliary may stand between the name and its verb
    return SpeakerRef(m.start("name"), m.end("name"), "name", None, True)


# An auxiliary and a phrase of time or place before a participle: "har i flera intervjuer sagt",
# "har flera gånger sagt", "has in recent weeks said".
_AUX_GAP_RE = {
    "sv": re.compile(
        r"\s+(?:har|hade)\s+(?:(?:i|på|under|vid|flera|många|upprepade|gånger|tidigare|länge|också|även|"
        r"flera|intervjuer|intervju|tillfällen|år|veckor|månader|sin|sitt|sina|senaste|dagarna|veckan)\s+){2,5}$"
        r"|\s+(?:har|hade)\s+(?:i|på|under|vid|efter|inför)\s+(?:[a-zåäö][\w-]*\s+){1,3}$"  # "har under förhören"
    ),
    "en": re.compile(
        r"\s+(?:has|have|had)\s+(?:(?:in|on|at|over|recent|the|past|several|many|times|weeks|months|years|interviews"
        r"|itself|himself|herself|themselves|publicly|consistently)\s+){1,4}$"
    ),
}
# An adverb between commas after the subject: "Democrats, meanwhile, accused", "Facket, å sin sida, menar".
_ASIDE_RE = {
    "sv": re.compile(r"\s*,\s*(?:å\s+sin\s+sida|för\s+sin\s+del|däremot|dock|i\s+sin\s+tur)\s*,\s*$"),
    "en": re.compile(
        r"\s*,\s*(?:meanwhile|however|though|too|also|in\s+turn|in\s+response|by\s+contrast|in\s+contrast"
        r"|for\s+(?:his|her|their|its)\s+part)\s*,\s*$"
    ),
}
# A relative clause between a source and its verb: "som Ny Teknik har talat med", "who spoke to Reuters".
_SPOKEN_WITH_RE = {
    "sv": re.compile(
        r"\s+som\s+[^,.;:]{2,50}?\s+(?:har|hade)\s+(?:talat|pratat|varit i kontakt)\s+med"
        r"(?:\s+(?:utanför|vid|i|på|under)\s+[\w-]+)?\s*$"
    ),
    "en": re.compile(r"\s+who\s+(?:spoke|talked)\s+to\s+[^,.;:]{2,40}?\s*$"),
}
