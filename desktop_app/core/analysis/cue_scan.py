"""One pass over the text for every cue word the engine looks for.

Reporting verbs, "enligt", the stance verb "håller", claim words, organization and group nouns
and pronouns are folded into a single prefix-tree pattern; each hit is sorted into the lists
the rules read. One scan instead of one per word list keeps the engine fast on long texts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from desktop_app.core.analysis.cues import vocabulary
from desktop_app.core.analysis.lexicon import load_lines
from desktop_app.core.analysis.patterns import WordScanner

CLAIM_KINDS: tuple[str, ...] = ("stance", "prescription", "prediction", "statistic", "evaluation")
_ADJECTIVE_ENDINGS = ("", "t", "a", "e", "are", "ast", "aste")
_STANCE_TRIGGERS = {"sv": ("håller", "höll"), "en": ("agree", "agrees", "agreed", "disagree", "disagrees", "disagreed")}
_ACCORDING = {"sv": ("enligt",), "en": ("according to",)}


def claim_forms(language: str, kind: str) -> list[str]:
    """The words of one claim list; a trailing ``*`` marks an adjective that inflects."""
    out: list[str] = []
    for entry in load_lines(language, f"claim_{kind}"):
        if entry.endswith("*"):
            out.extend(entry[:-1] + ending for ending in _ADJECTIVE_ENDINGS)
        else:
            out.append(entry)
    return out


@dataclass(frozen=True)
class _Table:
    scanner: WordScanner
    labels: dict[str, tuple[str, ...]]  # form (lower-case, single-spaced) -> what it is


@lru_cache(maxsize=None)
def _table(language: str) -> _Table:
    lang = language if language in ("sv", "en") else "sv"
    voc = vocabulary(lang)
    labels: dict[str, list[str]] = {}

    def add(form: str, label: str) -> None:
        key = " ".join(form.lower().split())
        if key and label not in labels.setdefault(key, []):
            labels[key].append(label)

    for verb in voc.verbs:
        add(verb, "verb")
    for word in _ACCORDING[lang]:
        add(word, "according")
    for word in _STANCE_TRIGGERS[lang]:
        add(word, "stance")
    for kind in CLAIM_KINDS:
        for form in claim_forms(lang, kind):
            add(form, "claim:" + kind)
    for form in voc.org_nouns:
        add(form, "org")
    for noun in voc.group_nouns:
        add(noun, "group")
        add(noun + "s", "group")
    for form, gender in voc.pronouns.items():
        if gender is not None:
            add(form, "pronoun")
    frozen = {k: tuple(v) for k, v in labels.items()}
    return _Table(WordScanner(frozen), frozen)


@dataclass
class CueHits:
    """Spans of each kind of cue word, in text order."""

    verbs: list[tuple[int, int]] = field(default_factory=list)
    according: list[tuple[int, int]] = field(default_factory=list)
    stances: list[int] = field(default_factory=list)
    claims: list[tuple[int, str]] = field(default_factory=list)  # (position, claim kind)
    org_nouns: list[tuple[int, int]] = field(default_factory=list)
    group_nouns: list[tuple[int, int]] = field(default_factory=list)
    pronouns: list[tuple[int, int]] = field(default_factory=list)


def scan_cues(text: str, low: str | None, language: str) -> CueHits:
    """Every cue word of ``language`` in ``text`` (``low`` is its lower-cased copy, or None)."""
    table = _table(language)
    labels = table.labels
    source = low if low is not None else text.lower()
    aligned = low is not None
    hits = CueHits()
    for m in table.scanner.finditer(text, low):
        start, end = m.start(), m.end()
        key = source[start:end] if aligned else text[start:end].lower()
        found = labels.get(key) or labels.get(" ".join(key.split()), ())
        first = key.split(None, 1)[0]
        if first != key:
            found = found + labels.get(first, ())
        for label in found:
            if label == "verb":
                hits.verbs.append((start, end))
            elif label == "pronoun":
                hits.pronouns.append((start, end))
            elif label.startswith("claim:"):
                hits.claims.append((start, label[6:]))
            elif label == "according":
                hits.according.append((start, end))
            elif label == "stance":
                hits.stances.append(start)
            elif label == "org":
                hits.org_nouns.append((start, end))
            elif label == "group":
                hits.group_nouns.append((start, end))
    return hits

