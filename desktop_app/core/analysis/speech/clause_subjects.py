"""The subject of a reporting verb that does not stand right before it.

"Han vill inte ..., men säger att" (the subject of a coordinated verb), "Senator Elizabeth
Warren criticized ... and said", "Trafiknämndens ordförande Jonas Ljung (M) tar till sig
kritiken men menar att", "En kvinna som bor intill berättar att", "Flera lärare som Skolvärlden
har talat med beskriver": ``speaker_before.speaker_before`` asks here when the words right
before the verb name nobody.
"""

from __future__ import annotations

from functools import lru_cache

from desktop_app.core.analysis.speech.candidates import SpeakerRef
from desktop_app.core.analysis.speech.descriptions import is_person_word
from desktop_app.core.analysis.speech.subject_gaps import POSSESSIVES, possessed_role
from desktop_app.core.analysis.speech.word_classes import (
    CONJUNCTIONS,
    INDEFINITE,
    MAX_INTRO_WORDS,
    OBJECT_PRONOUNS,
    QUANTIFIERS,
    RELATIVES,
    after_intro,
    is_role_prefix_word,
    is_sentence_initial,
)
from desktop_app.core.analysis.text.language import supported
from desktop_app.core.analysis.text.lexicon import load_lines
from desktop_app.core.analysis.text.tokenizer import window_tokens
from desktop_app.core.analysis.text.vocabulary import Vocabulary, is_genitive_modifier, is_name_token, stopwords

BACK_WINDOW = 170  # characters read before a verb for the speaker in front of it


def clause_subject(text: str, pos: int, floor: int, voc: Vocabulary) -> SpeakerRef | None:
    """The sentence's subject when the verb follows a conjunction or a relative clause."""
    lang = voc.language
    toks = window_tokens(text, max(floor, pos - BACK_WINDOW), pos)
    if lang == "en" and pos - floor <= 2 * BACK_WINDOW:
        toks = _after_intro_phrase(text, floor, pos) or toks  # "In an interview, X criticized ... and said"
    if len(toks) < 3 or not is_sentence_initial(text, toks[0][0], floor) and not _follows_intro(text, toks, floor):
        return None
    last = toks[-1][2].casefold()
    head = toks[0][2].casefold()
    if last in CONJUNCTIONS[lang]:
        if head in POSSESSIVES[lang] and toks[1][2].islower():  # (not "Hans Berg")
            # "Hans försvarare, advokat Mikael Sjöholm, ifrågasatte ... och påpekade att": the
            # person the possessive phrase names, not the "han" it belongs to.
            return possessed_role(text, toks, voc)
        if head in voc.pronouns and head not in OBJECT_PRONOUNS[lang]:
            return SpeakerRef(toks[0][0], toks[0][1], "pronoun", voc.pronouns[head], True)
        r = 0
        while r < len(toks) - 1 and r < 3 and (
            is_role_prefix_word(toks[r][2], voc)
            or is_genitive_modifier(toks[r][2], lang) and is_role_prefix_word(toks[r + 1][2], voc)
        ):
            r += 1  # "Senator Elizabeth Warren criticized ... and said", "Trafiknämndens ordförande X"
        k = r
        while k < len(toks) and is_name_token(toks[k][2]) and toks[k][2][:1].isupper():
            k += 1
        if k - r >= 2 and not voc.is_role_word(toks[r][2]):
            return SpeakerRef(toks[0][0], toks[k - 1][1], "name", None, True)
        if k == r + 1 == 1 and _lone_name(toks[0][2], voc) and k < len(toks) and toks[k][2].islower():
            # "Brannigan refused to single out individuals but suggested that": a surname alone.
            return SpeakerRef(toks[0][0], toks[0][1], "name", None, True)
        return None
    if head in INDEFINITE[lang] and voc.is_role_word(toks[1][2]) and toks[2][2].casefold() in RELATIVES[lang]:
        return SpeakerRef(toks[0][0], toks[1][1], "noun", None, True, True)
    if head in QUANTIFIERS[lang] and is_person_word(toks[1][2], voc) and toks[2][2].casefold() in RELATIVES[lang]:
        return SpeakerRef(toks[0][0], toks[1][1], "unnamed", None, True, True)  # "Flera lärare som ..."
    return None


def _lone_name(tok: str, voc: Vocabulary) -> bool:
    """A single capitalized word that can only be a name: no common word, stopword or role."""
    low = tok.casefold()
    return (
        tok[1:].islower()
        and tok.isalpha()
        and len(tok) > 2
        and low not in common_words(voc.language)
        and low not in stopwords(voc.language)
        and low not in voc.pronouns
        and low not in voc.adverbs
        and not voc.is_role_word(tok)
        and not is_genitive_modifier(tok, voc.language)  # "Teaterns konstnärliga ledare X"
    )


@lru_cache(maxsize=None)
def common_words(language: str) -> frozenset[str]:
    """The language's common words, folded (a capitalized one opening a sentence is no name)."""
    return frozenset(w.casefold() for w in load_lines(supported(language), "common_words"))


def _after_intro_phrase(text: str, floor: int, pos: int) -> list[tuple[int, int, str]]:
    """The tokens after an opening phrase and its comma ("In an interview with CNBC, ..."), or []."""
    toks = window_tokens(text, floor, pos)
    for c, tok in enumerate(toks[: MAX_INTRO_WORDS + 2]):
        if tok[2] == ",":
            return toks[c + 1 :] if after_intro(text, floor, tok[0]) else []
    return []


def _follows_intro(text: str, toks: list[tuple[int, int, str]], floor: int) -> bool:
    if toks[0][0] - floor > 2 * BACK_WINDOW:
        return False
    before = text[floor : toks[0][0]].rstrip()
    return before.endswith(",") and after_intro(text, floor, len(before) + floor - 1)
