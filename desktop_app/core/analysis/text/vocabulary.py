"""The words that signal speech: one language's cue vocabulary, loaded once.

``Vocabulary`` gathers the word lists (reporting verbs and participles, pronouns, role nouns,
party labels, organization and group nouns) from ``resources/lexicons/<lang>/``; the entity,
speech and claim stages all read it. The word-level questions every stage asks (is this a
name, a definite noun, a possessor; the language's stop words) live here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.core.analysis.text.language import supported
from desktop_app.core.analysis.text.lexicon import load_folded, load_folded_words, load_lines
from desktop_app.core.analysis.text.patterns import word_pattern

NAME_PARTICLES = frozenset(
    "von van der den de af av la le di da du del della dos das bin ibn al el ben ter zu mac".split()
)
_PARTICLE_PREFIX_RE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|ben|bint)-[^\W\d_]")
ROLE_ADJECTIVES = {
    "sv": frozenset(
        "tidigare förre före detta nye nya nyblivne nyblivna avgående biträdande vice "
        "ställföreträdande tillförordnade dåvarande nuvarande svenske svenska förste förre annan annat "
        "andra".split()
    ),
    "en": frozenset("former acting deputy vice chief senior new then interim assistant prime other".split()),
}


@dataclass(frozen=True)
class Vocabulary:
    """One language's cue words, loaded once per language."""

    language: str
    verbs: frozenset[str]
    verb_re: re.Pattern[str]
    adverbs: frozenset[str]
    pronouns: dict[str, str | None]
    role_nouns: frozenset[str]
    role_suffixes: tuple[str, ...]
    party_forms: dict[str, str]  # any form, case-folded -> short label
    party_labels: frozenset[str]
    party_names: frozenset[str]  # case-folded labels and proper names ("s", "socialdemokraterna")
    org_nouns: dict[str, str]  # form, case-folded -> canonical name
    group_nouns: dict[str, str]  # noun, case-folded -> target ("@terror" or a name ending)
    message_nouns: frozenset[str]
    indirect_only_verbs: frozenset[str]
    participles: tuple[str, ...]  # reporting participles after a comma: ", insisting ..."
    quote_rule_words: tuple[str, ...]  # words a quote rule starts from that no other list has

    @property
    def party_labels_upper(self) -> frozenset[str]:
        """The party labels in upper case ("S", "M", "KD"), for "(S)" after a name."""
        return _upper_labels(self.language)

    def is_role_word(self, word: str) -> bool:
        return _is_role_word(self.language, word.casefold())

    def is_party_word(self, word: str) -> bool:
        return word.casefold() in self.party_forms


def _split_entries(language: str, name: str) -> list[list[str]]:
    return [[part.strip() for part in line.split("|") if part.strip()] for line in load_lines(language, name)]


@lru_cache(maxsize=None)
def vocabulary(language: str) -> Vocabulary:
    """The cue words of ``language`` ("sv" or "en"; others get the Swedish lists)."""
    lang = supported(language)
    verbs = frozenset(v.casefold() for v in load_lines(lang, "reporting_verbs"))
    # Whole words only: "sa" must not match inside "sade" or "samma".
    verb_re = word_pattern(verbs, flags=re.IGNORECASE)
    pronouns: dict[str, str | None] = {}
    for line in load_lines(lang, "pronouns"):
        parts = line.split()
        if parts:
            gender = parts[1] if len(parts) > 1 and parts[1] in ("male", "female") else None
            pronouns[parts[0].casefold()] = gender
    party_forms: dict[str, str] = {}
    labels: set[str] = set()
    proper: set[str] = set()
    for entry in _split_entries(lang, "party_names"):
        labels.add(entry[0])
        for form in entry:
            party_forms.setdefault(form.casefold(), entry[0])
            if form[0].isupper():
                proper.add(form.casefold())
    org_nouns: dict[str, str] = {}
    for entry in _split_entries(lang, "org_nouns"):
        for form in entry:
            org_nouns[form.casefold()] = entry[0]
    group_nouns: dict[str, str] = {}
    for line in load_lines(lang, "group_nouns"):
        noun, _, target = line.partition("=")
        if noun.strip() and target.strip():
            group_nouns[noun.strip().casefold()] = target.strip().casefold()
    indirect_only = {
        "sv": "uppger uppgav uppgett uppgivit meddelar meddelade meddelat anser ansåg ansett tror trodde "
        "tycker tyckte bedömer bedömde hoppas hoppades befarar befarade fruktar fruktade skriver skrev "
        "rapporterar rapporterade",
        "en": "",
    }[lang]
    return Vocabulary(
        language=lang,
        verbs=verbs,
        verb_re=verb_re,
        adverbs=frozenset(w.casefold() for w in load_lines(lang, "cue_adverbs")),
        pronouns=pronouns,
        role_nouns=frozenset(w.casefold() for w in load_lines(lang, "role_nouns")),
        role_suffixes=tuple(w.casefold() for w in load_lines(lang, "role_suffixes")),
        party_forms=party_forms,
        party_labels=frozenset(labels),
        party_names=frozenset(proper),
        org_nouns=org_nouns,
        group_nouns=group_nouns,
        message_nouns=frozenset(w.casefold() for w in load_lines(lang, "message_nouns")),
        indirect_only_verbs=frozenset(indirect_only.split()),
        participles=load_lines(lang, "reporting_participles"),
        quote_rule_words=_rule_words(lang),
    )


# The lists whose words quote rules start from (speech/evaluations.py, speech/topics.py): the
# one cue scan finds each entry's first word, or its noun ("tummen" of "tummen upp").
RULE_WORD_LISTS = (
    "quote_rule_words", "evaluation_nouns", "evaluation_verbs", "stance_adjectives", "topic_verbs", "finding_verbs",
)


def _rule_words(language: str) -> tuple[str, ...]:
    words: dict[str, None] = {}
    for name in RULE_WORD_LISTS:
        words.update(dict.fromkeys(_list_rule_words(language, name)))
    return tuple(words)


def _list_rule_words(language: str, name: str) -> list[str]:
    out = []
    for line in load_lines(supported(language), name):
        entry = line.split("=", 1)[0].strip().casefold()
        if entry:
            out.append(entry if name == "quote_rule_words" else entry.split()[0])
    return out


@lru_cache(maxsize=None)
def rule_word_set(language: str, name: str) -> frozenset[str]:
    """The words the cue scan finds for one of ``RULE_WORD_LISTS`` (lower case): a rule asks
    whether its own words are among a paragraph's ``rule_words`` before it reads further."""
    return frozenset(_list_rule_words(language, name))





@lru_cache(maxsize=None)
def _upper_labels(language: str) -> frozenset[str]:
    return frozenset(p.upper() for p in vocabulary(language).party_labels)


@lru_cache(maxsize=65536)
@lru_cache(maxsize=None)
def _surnames(language: str) -> frozenset[str]:
    return load_folded(supported(language), "surnames")


@lru_cache(maxsize=65536)
def _is_role_word(language: str, word: str) -> bool:
    """A role noun in any of its forms: "forskare", "forskaren", "terrorforskare", "ytterbacken"."""
    voc = vocabulary(language)
    if language == "sv" and word.count(":") == 1:
        base, ending = word.split(":")
        if ending in ("n", "en", "na", "arna", "erna") and base.isalpha():
            word = base  # "vd:n", "it-chefen" is spelled out; an abbreviation takes ":n"
    if len(word) < 2 or not word.replace("-", "").isalpha():
        return False
    forms = {word}
    if language == "sv":
        if word.endswith("en"):
            forms.add(word[:-2])
        if word.endswith("n"):
            forms.add(word[:-1])
        if word.endswith("an"):
            forms.add(word[:-1] + "a")
        if word.endswith("et"):
            forms.add(word[:-2])
        if word.endswith("mannen"):
            forms.add(word[:-3])  # "rådmannen", "talmannen": "-man" doubles its n
    else:
        if word.endswith("s"):
            forms.add(word[:-1])
    surname = word in _surnames(language)  # "Hartman", "Bergman": a name, not a "-man"
    for form in forms:
        if form in voc.role_nouns:
            return True
        if surname:
            continue
        for suffix in voc.role_suffixes:
            if form.endswith(suffix) and len(form) > len(suffix) + 2:
                return True
    return False


def is_definite_noun(word: str, language: str) -> bool:
    """Swedish definite singular/plural forms: "polisen", "forskaren", "kvinnan", "företaget"."""
    if language != "sv":
        return False
    return word.islower() and len(word) > 3 and word.endswith(("en", "an", "et", "na", "rn", "n"))


def is_genitive_modifier(text: str, language: str) -> bool:
    """ "Iraks", "kommunens", "the company's": a possessor before a role noun."""
    if language == "en":
        return text.endswith(("'s", "’s"))
    return len(text) > 3 and text.endswith("s") and text[-2] != "s"


@lru_cache(maxsize=None)
def stopwords(language: str) -> frozenset[str]:
    """The function words of ``language`` (others get the Swedish ones), case-folded."""
    return load_folded_words(supported(language), "stopwords")


def is_name_token(text: str, following: str | None = None) -> bool:
    """Part of a proper name: capitalized, a name prefix ("al-Abadi"), or a particle before one."""
    if not text or not (text[0].isalpha() or text[0].isdigit()):
        return False
    if text[0].isupper():
        return True
    if _PARTICLE_PREFIX_RE.match(text):
        return True
    return (
        text in NAME_PARTICLES
        and following is not None
        and bool(following)
        and (following[0].isupper() or bool(_PARTICLE_PREFIX_RE.match(following)))
    )
