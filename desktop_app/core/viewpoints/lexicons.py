"""The viewpoint engine's word lists: evaluative words, negations, stance cues, synonyms.

Every list is a plain text file ``resources/lexicons/<lang>/viewpoint_<name>.txt`` (one entry per
line, ``#`` starts a comment), read once per language on first use. A missing or empty list is an
error: an engine that silently lost its negations would still run and be wrong.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from desktop_app.paths import LEXICONS_DIR

LEXICON_DIR: Path = LEXICONS_DIR  # desktop_app/resources/lexicons, wherever the package is installed
LANGUAGES: tuple[str, ...] = ("sv", "en")

# name of the list -> what it holds (the file is viewpoint_<name>.txt)
LISTS: dict[str, str] = {
    "positive": "words that speak well of the object",
    "negative": "words that speak ill of the object",
    "negators": "negations",
    "contrast": "words that open a contrasting clause",
    "stance_agree": "cues of agreeing with someone",
    "stance_disagree": "cues of rejecting what someone holds",
    "need_more": "phrases saying that more must be done",
    "counterfactual": "what should have happened",
    "inaction": "doing words whose negation is a criticism",
    "demand": "a demand or obligation (\"måste\", \"should\")",
    "demand_get": "a demand to be given something (\"ge oss\", \"deserve\")",
    "demand_more": "words of more or better after a demand",
    "demand_stop": "words of stopping after a demand",
    "unasserted": "words opening a clause that asks or supposes (\"whether\", \"om\")",
    "clause_verbs": "finite verbs showing that such a word opens a clause",
    "concern": "words of threat and concern",
    "findings": "narration stating the text's own finding",
    "proposition": "nouns that put someone's claim up for judgment",
    "author_refs": "words for the other text's authors",
    "answer_yes": "a bare answer that says yes to the question",
    "answer_no": "a bare answer that says no to the question",
    "figures": "number words (a statement stating a figure and no stance is no position)",
    "synonyms": "near-synonym sets",
    "stopwords": "function words",
}

_LOCK = threading.RLock()


class LexiconError(RuntimeError):
    """A word list is missing or empty; the message names the file."""


Phrase = tuple[str, ...]  # case-folded words; a word ending in "*" matches any ending


@dataclass(frozen=True)
class Lexicon:
    """All viewpoint word lists of one language, as phrases ready for matching."""

    language: str
    positive: tuple[Phrase, ...]
    negative: tuple[Phrase, ...]
    negators: frozenset[str]
    contrast: frozenset[str]
    stance_agree: tuple[Phrase, ...]
    stance_disagree: tuple[Phrase, ...]
    need_more: tuple[Phrase, ...]
    counterfactual: tuple[Phrase, ...]
    inaction: tuple[Phrase, ...]
    demand: tuple[Phrase, ...]
    demand_get: tuple[Phrase, ...]
    demand_more: tuple[Phrase, ...]
    demand_stop: tuple[Phrase, ...]
    unasserted: frozenset[str]  # always opening such a clause
    unasserted_verb: frozenset[str]  # opening one only before a clause verb
    clause_verbs: frozenset[str]
    concern: frozenset[str]
    findings: tuple[Phrase, ...]
    proposition: tuple[Phrase, ...]
    author_refs: tuple[Phrase, ...]
    answer_yes: frozenset[str]
    answer_no: frozenset[str]
    figures: frozenset[str]
    synonyms: tuple[tuple[Phrase, ...], ...]  # sets of phrases
    stopwords: frozenset[str]


def read_list(language: str, name: str) -> list[str]:
    """The entries of one list, comments and blank lines removed; raises LexiconError."""
    path = LEXICON_DIR / language / f"viewpoint_{name}.txt"
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read the viewpoint word list ({exc.strerror or exc})") from None
    entries = []
    for line in raw.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(" ".join(entry.casefold().split()))
    if not entries:
        raise LexiconError(f"{path}: the viewpoint word list is empty")
    return entries


def _phrases(entries: list[str]) -> tuple[Phrase, ...]:
    return tuple(tuple(e.split()) for e in entries)


def _words(entries: list[str]) -> frozenset[str]:
    return frozenset(w for e in entries for w in e.split())


def lexicon(language: str) -> Lexicon:
    """The word lists of ``language`` ("sv" or "en"; anything else falls back to Swedish)."""
    return _load(language if language in LANGUAGES else "sv")


@lru_cache(maxsize=None)
def _load(language: str) -> Lexicon:
    with _LOCK:
        lists = {name: read_list(language, name) for name in LISTS}
    synonyms = tuple(
        tuple(tuple(member.split()) for member in (m.strip() for m in line.split("|")) if member)
        for line in lists["synonyms"]
    )
    return Lexicon(
        language=language,
        positive=_phrases(lists["positive"]),
        negative=_phrases(lists["negative"]),
        negators=_words(lists["negators"]),
        contrast=_words(lists["contrast"]),
        stance_agree=_phrases(lists["stance_agree"]),
        stance_disagree=_phrases(lists["stance_disagree"]),
        need_more=_phrases(lists["need_more"]),
        counterfactual=_phrases(lists["counterfactual"]),
        inaction=_phrases(lists["inaction"]),
        demand=_phrases(lists["demand"]),
        demand_get=_phrases(lists["demand_get"]),
        demand_more=_phrases(lists["demand_more"]),
        demand_stop=_phrases(lists["demand_stop"]),
        unasserted=frozenset(e for e in lists["unasserted"] if not e.endswith(" ?")),
        unasserted_verb=frozenset(e[:-2] for e in lists["unasserted"] if e.endswith(" ?")),
        clause_verbs=_words(lists["clause_verbs"]),
        concern=_words(lists["concern"]),
        findings=_phrases(lists["findings"]),
        proposition=_phrases(lists["proposition"]),
        author_refs=_phrases(lists["author_refs"]),
        answer_yes=_words(lists["answer_yes"]),
        answer_no=_words(lists["answer_no"]),
        figures=_words(lists["figures"]),
        synonyms=synonyms,
        stopwords=_words(lists["stopwords"]),
    )
