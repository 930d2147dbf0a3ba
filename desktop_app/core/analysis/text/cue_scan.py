"""One pass over the text for every cue word the engine looks for.

Reporting verbs and participles, "enligt", the stance verb "håller", claim words, organization
and group nouns, pronouns and the words quote rules start from (``quote_rule_words.txt``) are
folded into a single prefix-tree pattern; each hit is sorted into the lists the rules read. One
scan instead of one per word list keeps the engine fast on long texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from desktop_app.core.analysis.model import CLAIM_KINDS
from desktop_app.core.analysis.text.language import supported
from desktop_app.core.analysis.text.lexicon import load_lines
from desktop_app.core.analysis.text.patterns import WordScanner
from desktop_app.core.analysis.text.vocabulary import vocabulary

_WORD_RE = re.compile(r"\S+")
_ADJECTIVE_ENDINGS = ("", "t", "a", "e", "are", "ast", "aste")
_STANCE_TRIGGERS = {"sv": ("håller", "höll"), "en": ("agree", "agrees", "agreed", "disagree", "disagrees", "disagreed")}
_ACCORDING = {"sv": ("enligt",), "en": ("according to",)}
# The first words of the claim rules that are patterns ("var tredje", "kommer bli", "half of",
# "will be": claims/kinds.py), so those patterns are tried only where one of these words stands.
CLAIM_RULE_WORDS = {
    "sv": ("var", "hälften", "en", "två", "majoriteten", "kommer"),
    "en": ("one", "half", "a", "two", "the", "will"),
}


def claim_forms(language: str, kind: str) -> list[str]:
    """The words of one claim list; a trailing ``*`` marks an adjective that inflects."""
    out: list[str] = []
    for entry in load_lines(language, f"claim_{kind}"):
        if entry.endswith("*"):
            out.extend(entry[:-1] + ending for ending in _ADJECTIVE_ENDINGS)
        else:
            out.append(entry)
    return out


# Where a hit goes: the span lists of CueHits by slot, then claims and stances.
_SPAN_SLOTS = {"verb": 0, "according": 1, "org": 2, "group": 3, "pronoun": 4, "participle": 5, "quote_rule": 6}
_CLAIM, _STANCE, _RULE = 7, 8, 9


@dataclass(frozen=True)
class _Table:
    scanner: WordScanner
    labels: dict[str, tuple[str, ...]]  # form (lower-case, single-spaced) -> what it is
    # form -> (slot, claim kind) for its labels and, for a phrase, its first word's labels
    actions: dict[str, tuple[tuple[int, str], ...]]
    rule_words: frozenset[str]  # CLAIM_RULE_WORDS of the language
    inner_rule: frozenset[str]  # phrases with one of them after their own first word


def _actions(labels: dict[str, tuple[str, ...]]) -> dict[str, tuple[tuple[int, str], ...]]:
    out: dict[str, tuple[tuple[int, str], ...]] = {}
    for key, found in labels.items():
        first = key.split(None, 1)[0]
        if first != key:
            found = found + labels.get(first, ())
        acts: list[tuple[int, str]] = []
        for label in found:
            if label.startswith("claim:"):
                acts.append((_CLAIM, label[6:]))
            elif label == "stance":
                acts.append((_STANCE, ""))
            elif label == "rule":
                acts.append((_RULE, ""))
            else:
                acts.append((_SPAN_SLOTS[label], ""))
        out[key] = tuple(acts)
    return out


@lru_cache(maxsize=None)
def _table(language: str) -> _Table:
    lang = supported(language)
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
    for kind in CLAIM_KINDS:  # each kind's claim_<kind>.txt, where it has one (statistics are patterns)
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
    for word in CLAIM_RULE_WORDS[lang]:
        add(word, "rule")
    for word in voc.participles:
        add(word, "participle")
    for word in voc.quote_rule_words:
        add(word, "quote_rule")
    frozen = {k: tuple(v) for k, v in labels.items()}
    rule_words = frozenset(CLAIM_RULE_WORDS[lang])
    inner = frozenset(k for k in frozen if rule_words.intersection(k.split()[1:]))
    return _Table(WordScanner(frozen), frozen, _actions(frozen), rule_words, inner)


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
    claim_rules: list[int] = field(default_factory=list)  # where a CLAIM_RULE_WORDS word starts
    participles: list[tuple[int, int]] = field(default_factory=list)
    rule_words: list[tuple[int, int]] = field(default_factory=list)  # Vocabulary.quote_rule_words


def scan_cues(text: str, low: str | None, language: str) -> CueHits:
    """Every cue word of ``language`` in ``text`` (``low`` is its lower-cased copy, or None)."""
    table = _table(language)
    actions = table.actions
    source = low if low is not None else text.lower()
    aligned = low is not None
    hits = CueHits()
    spans = (
        hits.verbs, hits.according, hits.org_nouns, hits.group_nouns, hits.pronouns, hits.participles, hits.rule_words
    )
    for m in table.scanner.finditer(text, low):
        start, end = m.span()
        key = source[start:end] if aligned else text[start:end].lower()
        acts = actions.get(key)
        if acts is None:
            acts = actions.get(" ".join(key.split()), ())
        for slot, kind in acts:
            if slot < _CLAIM:
                spans[slot].append((start, end))
            elif slot == _CLAIM:
                hits.claims.append((start, kind))
            elif slot == _STANCE:
                hits.stances.append(start)
            else:
                hits.claim_rules.append(start)
        if " " in key and " ".join(key.split()) in table.inner_rule:
            _inner_rule_words(key, start, table.rule_words, hits.claim_rules)
    return hits


def _inner_rule_words(key: str, start: int, words: frozenset[str], out: list[int]) -> None:
    """A phrase hit ("in the future") hides the rule words after its first word: add them."""
    for n, m in enumerate(_WORD_RE.finditer(key)):
        if n and m.group() in words:
            out.append(start + m.start())
