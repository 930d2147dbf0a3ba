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

# the sports words of a sentence about a match, Swedish and English (none that also mean
# something else: "mål" is also a goal to reach and a court case, "straff" a punishment)
_SPORT_WORDS = (
    r"match(?:en|er|erna|ens)?|seger(?:n|målet)?|segrade|vann|vunnit|förlorade|besegrade|kvitterade|"
    r"kvittering(?:en)?|reducerade|målvakt(?:en)?|poäng(?:en)?|tabell(?:en|toppen)|serieledning(?:en)?|"
    r"serieledare(?:n)?|ligacupen|ligatoppen|allsvenskan|superettan|elitserien|hockeyallsvenskan|"
    r"shl|nhl|nba|derby(?:t|n)?|semifinal(?:en)?|kvartsfinal(?:en)?|halvlek(?:en)?|hemmaplan|bortaplan|"
    r"bortamatch(?:en)?|hemmamatch(?:en)?|tränare(?:n)?|tränade|anfallare(?:n)?|lagkapten(?:en)?|"
    r"klubben|cupen|slutspelet|gästande|hemmalaget|bortalaget|fotboll|ishockey|bandy|handboll|basket|"
    r"won|defeated|coach|striker|goalkeeper|playoffs?|"
    # compounds and forms that only sport has: "utematch", "elitserieklubben", "mittbacken"
    r"\w*match(?:en|er|erna|ens)?|\w*klubb(?:en|ens|ar|arna)?|\w*tränare(?:n|ns)?|\w*spelare(?:n|ns|na)?|"
    r"spela(?:r|de|t)?|speltid(?:en)?|slutspel\w*|poäng\w+|period(?:en|ens|er)|periodpaus(?:en)?|"
    r"assist(?:en|er)?|hörna(?:n)?|tackling(?:en)?|stolpträff(?:en)?|jumbo(?:n)?|gruppvinnare(?:n)?|"
    r"(?:hemma|borta|junior|lands|motståndar)lag(?:et|ets)?|laget|lagets|(?:mitt)?back(?:en)|"
    r"forward(?:en|s)?|liberon?|mittfältare(?:n)?|ytter(?:n)|rival(?:en)?|bortasegern?|hemmasegern?|"
    r"värva(?:r|de|t)?|nyförvärv\w*|gästa(?:r|de)|nykomling\w*|sm-(?:guld|silver|brons|final|semifinal)\w*|"
    r"målskillnad(?:en)?|nedflyttning\w*|"
    r"kvalserie\w*|elitserie\w*|allsvensk\w*|serieledaren|överläge\w*|underläge\w*|powerplay|boxplay|"
    r"utvisning\w*|puck\w*|frispark\w*|straffspark\w*|nickmål\w*|målskytt\w*|skytteliga\w*|"
    r"kval(?:et|en|match\w*)?|offside|ligan"
)
_SCORE = (
    r"(?<![\d.,])\d{1,3} ?[–—-] ?\d{1,3}(?![\d.,]| ?(?:procent|%|år|kronor|miljoner|dagar|grader|percent|"
    r"meter|kilometer|mil|sekunder|minuter|timmar|veckor|månader|personer|miles|hours|minutes|people))"
)
_SPORT_RE = re.compile(rf"(?<![\w-])(?:{_SPORT_WORDS})(?![\w-])|{_SCORE}", re.IGNORECASE)
# roles that follow only a club's genitive: "Barcelonas tränare", "Leverkusens målvakt"
_CLUB_ROLE_RE = re.compile(
    r"\s+(?:tränare|huvudtränare|målvakt|anfallare|lagkapten|mittfältare|sportchef|supportrar|forwards?|"
    r"hemsida|webbplats|sajt|pressmeddelande|ledning)\b"
)
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
    if _word_before(text, start) in _place_prepositions():
        return False
    return _SPORT_RE.search(text, *_sentence(text, start, end)) is not None


_NAME_BEFORE_RE = re.compile(r"[A-ZÅÄÖ][\w-]+ [A-ZÅÄÖ][\w-]+ $")


def _person_before(text: str, paren: int) -> bool:
    return _NAME_BEFORE_RE.search(text, max(0, paren - 60), paren) is not None
