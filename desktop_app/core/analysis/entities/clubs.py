"""Sports clubs named after their town: "Sundsvall vann", "borta mot Linköping", "Barcelonas
tränare". In a sentence about a match, a town that is not the place where something happens is
the club that plays, an organization.

A town counts as a club when its sentence has a sports word or a score ("3 – 1") and the town is
not introduced by a place preposition ("i Göteborg", "från Malmö" stay places), or when a sports
role follows its genitive ("Leverkusens målvakt") or a player's name stands before it in
parentheses ("Carl Söderberg (Linköping)"). Countries stay places: a national team is written
"landslaget", and "Sverige vann" is rare beside "Sverige" the country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.core.analysis.text.lexicon import load_folded, load_words

_SCORE = (
    r"(?<![\d.,])\d{1,3} ?[–—-] ?\d{1,3}(?![\d.,]| ?(?:procent|%|år|kronor|miljoner|dagar|grader|percent|"
    r"meter|kilometer|mil|sekunder|minuter|timmar|veckor|månader|personer|miles|hours|minutes|people))"
)
_SCORE_RE = re.compile(_SCORE, re.IGNORECASE)
_WORD_RE = re.compile(r"[\w-]+")


@lru_cache(maxsize=None)
def _sport_words() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """sport_words.txt of both languages: the words, the beginnings ("poäng*"), the endings
    ("*matchen") of the words of a sentence about a match."""
    entries = load_folded("sv", "sport_words") | load_folded("en", "sport_words")
    words = frozenset(e for e in entries if "*" not in e)
    starts = tuple(e[:-1] for e in entries if e.endswith("*")) or ("\0",)
    ends = tuple(e[1:] for e in entries if e.startswith("*")) or ("\0",)
    return words, starts, ends


def is_sport_word_in(tokens: list[str]) -> bool:
    """One of ``tokens`` is a sports word ("matchen", "poängen", "vann")."""
    words, starts, ends = _sport_words()
    for token in tokens:
        folded = token.casefold()
        if folded in words or folded.startswith(starts) or folded.endswith(ends):
            return True
    return False


def _about_sport(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi] has a sports word or a match score."""
    words, starts, ends = _sport_words()
    for word in _WORD_RE.findall(text, lo, hi):
        folded = word.casefold()
        if folded in words or folded.startswith(starts) or folded.endswith(ends):
            return True
    return _SCORE_RE.search(text, lo, hi) is not None


# roles that follow only a club's genitive: "Barcelonas tränare", "Leverkusens målvakt"
_CLUB_ROLE_RE = re.compile(
    r"\s+(?:[a-zåäö]+(?:a|e) )?(?:tränare|huvudtränare|målvakt|anfallare|lagkapten|kapten|mittfältare|mittback|ytterback|försvarare|sportchef|supportrar|forwards?|"
    r"hemsida|webbplats|sajt|pressmeddelande|ledning)\b"
)
# a score right after a town's genitive: "Manchesters 4 – 3-seger", "Milans 2 – 0-mål"
_SCORE_AFTER_RE = re.compile(r"\s+" + _SCORE)
# words before a town that make it the opponent or the team in a sentence about a match, where
# "mot" and "för" would otherwise keep it a place ("vägen mot Göteborg")
_OPPONENT_WORDS = frozenset(("mot", "mellan", "för", "against", "versus", "vs"))
# a town that writes a press release is the club or the body that speaks: "skriver Liverpool i ett
# pressmeddelande", "Barcelona skriver på sin hemsida"
_WRITES_AFTER_RE = re.compile(r"\s+(?:skriver|meddelar)\s+(?:på\s+sin\s+(?:hemsida|webbplats|sajt)|i\s+ett\s+pressmeddelande)")
_WRITES_BEFORE_RE = re.compile(r"(?:skriver|meddelar) $")
_RELEASE_RE = re.compile(r"\s+(?:i\s+ett\s+pressmeddelande|på\s+sin\s+(?:hemsida|webbplats|sajt))")
# a club's opponent or employer, where a place preposition would otherwise keep the town a place:
# "borta mot Linköping", "13 säsonger i Toronto", "tränare i Växjö"
_OPPONENT_RE = re.compile(r"(?:borta|hemma|hemmamatch(?:en)?|bortamatch(?:en)?|seger|förlust|poäng) mot $", re.IGNORECASE)
_PLAYED_IN_RE = re.compile(
    r"(?:säsonger|säsongen|matcher|tränare|tränaren|huvudtränare|spelat|kontrakt|kontraktet|debuterade|"
    r"seasons|games) i $", re.IGNORECASE
)
# a place and a date, the heading of a sports result: "Alpint, världscupen, Wengen, 13-15 januari"
_DATE_AFTER_RE = re.compile(
    r",\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|"
    r"oktober|november|december|january|february|march|may|june|july|august|october)\b",
    re.IGNORECASE,
)
# a place preposition, an article and an adjective before the town: "i ett regnigt Stockholm"
_DESCRIBED_RE = re.compile(r"(?:^|\s)(\w+) (?:en|ett|det|den|a|an|the) [a-zåäöé]+ $", re.IGNORECASE)
_SENTENCE_END = ".!?\n"
_WINDOW = 300  # characters looked at on either side for the sentence's bounds


@lru_cache(maxsize=None)
def _countries() -> frozenset[str]:
    return load_folded("sv", "countries") | load_folded("en", "countries")


@lru_cache(maxsize=None)
def _place_prepositions() -> frozenset[str]:
    extra = {"på", "vid", "i", "at", "near", "to", "till", "mellan", "staden", "orten", "kommunen"}
    return (load_words("sv", "place_prepositions") | load_words("en", "place_prepositions")
            | load_words("sv", "place_adjectives") | extra)  # "i kinesiska Hangzhou"


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    left = max(text.rfind(ch, lo, start) for ch in _SENTENCE_END) + 1
    hi = min(len(text), end + _WINDOW)
    rights = [i for i in (text.find(ch, end, hi) for ch in _SENTENCE_END) if i != -1]
    return max(left, lo), min(rights) if rights else hi


def _word_before(text: str, start: int) -> str:
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    j = k
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "-"):
        j -= 1
    return text[j:k].casefold()


def is_club(text: str, start: int, end: int, name: str) -> bool:
    """The town named at ``text[start:end]`` is a sports club in its sentence."""
    if name.casefold() in _countries() or " " in name:
        return False
    if end - start > len(name) and _CLUB_ROLE_RE.match(text, end):
        return True  # "Barcelonas tränare"
    if start > 0 and text[start - 1] == "(" and text.startswith(")", end) and _person_before(text, start - 1):
        return True  # "Carl Söderberg (Linköping)"
    if _WRITES_AFTER_RE.match(text, end):
        return True  # "Barcelona skriver på sin hemsida"
    before = text[max(0, start - 30) : start]
    if _WRITES_BEFORE_RE.search(before) and _RELEASE_RE.match(text, end):
        return True  # "skriver Liverpool i ett pressmeddelande"
    if _OPPONENT_RE.search(before) or _PLAYED_IN_RE.search(before):
        return True
    if end - start > len(name) and _SCORE_AFTER_RE.match(text, end):
        return True  # "i Manchesters 4 – 3-seger": the club's result
    if _word_before(text, start) in _OPPONENT_WORDS and _about_sport(text, *_sentence(text, start, end)):
        return True  # "mot Ljusdal låg han bakom två av målen", "mellan Hammarby och Tumba", "spelade för Mora"
    if _word_before(text, start) in _place_prepositions() or _DATE_AFTER_RE.match(text, end):
        return False  # "i Göteborg", "Wengen, 13-15 januari": where it happens
    described = _DESCRIBED_RE.search(before)
    if described and described.group(1).casefold() in _place_prepositions():
        return False  # "I ett regnigt Stockholm vann serieledaren": the town, described
    return _about_sport(text, *_sentence(text, start, end))


_NAME_BEFORE_RE = re.compile(r"[A-ZÅÄÖ][\w-]+ [A-ZÅÄÖ][\w-]+ $")


def _person_before(text: str, paren: int) -> bool:
    return _NAME_BEFORE_RE.search(text, max(0, paren - 60), paren) is not None
