"""The phrase after a cue that names who speaks: ``speaker_after`` reads it after a verb or
"enligt" ("säger ytterbacken Emil Johansson", "enligt Iraks premiärminister Haider al-Abadi").
It looks at a bounded window, so every call costs the same whatever the length of the text.
``speaker_before`` (speaker_before.py) reads the phrase before a verb.
"""

from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from itertools import islice

from desktop_app.core.analysis.speech.candidates import WINDOW, SpeakerRef
from desktop_app.core.analysis.speech.descriptions import (
    described_after,
    describing_words_end,
    is_age_noun,
    is_collective,
    is_person_word,
)
from desktop_app.core.analysis.speech.subject_gaps import (
    POSSESSIVES,
    possessed_role,
)
from desktop_app.core.analysis.speech.subjects import (
    ends_phrase,
    role_modifiers,
)
from desktop_app.core.analysis.speech.word_classes import (
    DETERMINERS,
    EN_TELL_VERBS,
    INDEFINITE,
    OBJECT_PRONOUNS,
    PLURAL_PRONOUNS,
    QUANTIFIERS,
    TITLE_ABBREVIATIONS,
    is_institution,
    is_org_kind_apposition,
    is_person_noun,
    is_plural_group,
    is_role_prefix_word,
    opens_no_speaker,
    unknown_role_run,
)
from desktop_app.core.analysis.text.tokenizer import TOKEN_RE, window_tokens
from desktop_app.core.analysis.text.vocabulary import (
    Vocabulary,
    is_definite_noun,
    is_genitive_modifier,
    is_name_token,
)

_EN_TELL_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(EN_TELL_VERBS))})\s*$")


_MEMO = threading.local()  # this thread's (text, {arguments: phrase}) while a memo scope is open


@contextmanager
def speaker_memo(text: str):
    """Within this scope ``speaker_after`` answers each question about ``text`` once: several
    quote rules read the phrase after the same cue. The memo is this thread's, and is dropped
    when the scope ends."""
    outer = getattr(_MEMO, "state", None)
    _MEMO.state = (text, {})
    try:
        yield
    finally:
        _MEMO.state = outer


def speaker_after(
    text: str, pos: int, limit: int, voc: Vocabulary, *, allow_object: bool = False
) -> SpeakerRef | None:
    """The speaker phrase that starts at ``pos`` (after a verb or "enligt"), or None.

    Reads at most ``WINDOW`` characters and never past ``limit`` (the sentence's end).
    """
    state = getattr(_MEMO, "state", None)
    if state is None or state[0] is not text:
        return _speaker_after(text, pos, limit, voc, allow_object)
    key = (pos, limit, voc.language, allow_object)
    memo = state[1]
    if key in memo:
        return memo[key]
    found = memo[key] = _speaker_after(text, pos, limit, voc, allow_object)
    return found


def _speaker_after(text: str, pos: int, limit: int, voc: Vocabulary, allow_object: bool) -> SpeakerRef | None:
    lang = voc.language
    if lang == "en" and _EN_TELL_RE.search(text, max(0, pos - 8), pos):
        return None  # "told reporters": whom the words are told, not who tells them
    found = TOKEN_RE.finditer(text, pos, min(limit, pos + WINDOW))
    head = next(found, None)
    if head is None:
        return None
    word = head.group()
    low = word.casefold()
    if low in QUANTIFIERS[lang]:
        qtoks = window_tokens(text, head.start(), min(limit, head.start() + WINDOW), 6)
        counted = described_after(text, qtoks, 0, voc)
        if counted is None and len(qtoks) > 1 and qtoks[1][2].islower() and is_person_word(qtoks[1][2], voc):
            counted = SpeakerRef(qtoks[0][0], qtoks[1][1], "unnamed", None, False, True)
        if counted is not None:
            return counted  # "berättade flera av de drabbade att", "uppger flera vittnen"
    if lang == "sv" and low in _REPRESENTATIVES:
        group = _FOR_NAME_RE.match(text, head.end(), min(limit, head.end() + WINDOW))
        if group is not None:
            # "skriver företrädare för Svensk sjuksköterskeförening": people of the organization, unnamed
            return SpeakerRef(head.start(), group.end(), "unnamed", None, False, True)
    if low in POSSESSIVES[lang]:
        owned = possessed_role(text, window_tokens(text, head.start(), min(limit, head.start() + WINDOW), 6), voc)
        if owned is not None:
            return owned  # "enligt hans offentliga försvarare, advokat Anneli Sjöqvist"
    if low not in voc.adverbs:
        if opens_no_speaker(lang, word) and not _FAMILIAR_AFTER_START.match(text, head.start()):
            return None  # the usual case: "menar att", "säger inte", "berättar om"
        if low in voc.pronouns and (allow_object or low not in OBJECT_PRONOUNS[lang] or low == "hen"):
            return SpeakerRef(head.start(), head.end(), "pronoun", voc.pronouns[low])
    toks = [(head.start(), head.end(), word)]
    toks += [(m.start(), m.end(), m.group()) for m in islice(found, 13)]
    i = 0
    skipped = 0
    while i < len(toks) and skipped < 3 and toks[i][2].casefold() in voc.adverbs:
        i += 1
        skipped += 1
    if i >= len(toks) or opens_no_speaker(lang, toks[i][2]) and not _FAMILIAR_AFTER_START.match(text, toks[i][0]):
        return None
    if (
        lang == "en"
        and toks[i][2] in _EN_TITLE_MODIFIERS
        and i + 2 < len(toks)
        and toks[i + 1][2].casefold() in TITLE_ABBREVIATIONS
        and toks[i + 2][2] == "."
    ):
        i += 1  # "said state Sen. Ruth Kessler": the office's level before the title
    s, e, word = toks[i]
    low = word.casefold()
    if low in voc.pronouns and (allow_object or low not in OBJECT_PRONOUNS[lang] or low in ("hen",)):
        return SpeakerRef(s, e, "pronoun", voc.pronouns[low])
    if allow_object and low in OBJECT_PRONOUNS[lang]:
        return SpeakerRef(s, e, "plural") if low in ("dem", "them") else None
    phrase = described_after(text, toks, i, voc)
    if phrase is not None:
        return phrase  # (before "de" is read as "they": "de italienska räddningsmyndigheterna")
    if low in PLURAL_PRONOUNS[lang]:
        return SpeakerRef(s, e, "plural")
    start = s
    if is_collective(word, lang) or i + 1 < len(toks) and is_collective(f"{word} {toks[i + 1][2]}", lang):
        end = toks[i + 1][1] if not is_collective(word, lang) else e
        nxt = next((t[2].casefold() for t in toks if t[0] >= end), "")
        if text[end : end + 1] not in ("’", "'") and (ends_phrase(toks, end, lang) or nxt in voc.verbs):
            return SpeakerRef(s, end, "unnamed", None, False, True)  # "oppositionen", "his family", '"...," the family said
    if is_age_noun(word, lang):
        return SpeakerRef(s, e, "noun", None, False, not word.casefold().endswith("en"))  # "19-åringen"
    indefinite = low in INDEFINITE[lang]
    if low in DETERMINERS[lang] or indefinite:
        i += 1
        past = describing_words_end(toks, i, voc)
        if past > i and past < len(toks) and is_person_word(toks[past][2], voc):
            # "en 84-årig kvinna", "a retired teacher": someone the text describes.
            return SpeakerRef(start, toks[past][1], "noun", None, False, indefinite)
    if (
        lang == "sv"
        and word.islower()
        and is_genitive_modifier(word, lang)
        and i + 1 < len(toks)
        and toks[i + 1][2].islower()
        and voc.is_role_word(toks[i + 1][2])
        and not (i + 2 < len(toks) and toks[i + 2][2][:1].isupper())
    ):
        return SpeakerRef(s, toks[i + 1][1], "noun")  # "säger kommunens ekonomichef till GP": no name given
    # Role words and possessors before a name: "Iraks premiärminister", "ytterbacken".
    j = role_modifiers(toks, i, voc) if lang == "en" and low in DETERMINERS[lang] else i
    last_role = -1
    while j < len(toks) and j - i < 5:
        tok = toks[j][2]
        folded = tok.casefold()
        if is_org_kind_apposition(toks, j, lang):
            j += 1  # "enligt analysföretaget Nordtrend": the name the kind noun describes
            break
        if folded in voc.org_nouns or folded in voc.group_nouns:
            break
        if is_role_prefix_word(tok, voc):
            last_role = j
            j += 1
            continue
        nxt = toks[j + 1][2] if j + 1 < len(toks) else ""
        if is_genitive_modifier(tok, lang) and nxt and is_role_prefix_word(nxt, voc):
            j += 1
            continue
        break
    if j < len(toks) and not is_name_token(toks[j][2]):
        found = unknown_role_run(toks, j, voc)
        if found > j:
            last_role, j = found - 1, found
    elif j + 1 < len(toks) and is_genitive_modifier(toks[j][2], lang) and toks[j][2][:1].isupper():
        # "SD:s ekonomisk-politiska talesperson Jonas Wiklund": the person, not the party.
        found = unknown_role_run(toks, j + 1, voc)
        if found > j + 1:
            last_role, j = found - 1, found
    # The name itself.
    k = j
    plural = PLURAL_PRONOUNS[lang]
    while k < len(toks) and k - j < 6:
        tok = toks[k][2]
        folded = tok.casefold()
        if folded in voc.pronouns or folded in plural:
            break
        nxt = toks[k + 1][2] if k + 1 < len(toks) else None
        if (tok[0].isupper() or is_name_token(tok, nxt)) and not (tok == "I" and lang == "en"):
            k += 1
            continue
        if tok == "." and k > j and toks[k - 1][2].casefold() in TITLE_ABBREVIATIONS and nxt and nxt[0].isupper():
            k += 1
            continue
        break
    if k > j and k < len(toks) and is_genitive_modifier(toks[k - 1][2], lang) and voc.is_role_word(toks[k][2]):
        if toks[k][2].islower() and not (k + 1 < len(toks) and toks[k + 1][2][:1].isupper()):
            # "säger Svenska Dagbladets kritiker": a role of the organization, nobody named.
            return SpeakerRef(start, toks[k][1], "noun")
    if k > j:
        end = toks[k - 1][1]
        # A party label in brackets belongs to the phrase: "Stefan Löfven (S)".
        if k + 2 < len(toks) and toks[k][2] == "(" and toks[k + 2][2] == ")":
            if toks[k + 1][2].upper() in voc.party_labels_upper:
                end = toks[k + 2][1]
        return SpeakerRef(start, end, "name")
    if i < len(toks):
        s2, e2, tok = toks[i]
        low2 = tok.casefold()
        if lang == "en" and i + 1 < len(toks):
            two = f"{low2} {toks[i + 1][2].casefold()}"
            if two in voc.org_nouns or two in voc.group_nouns:
                return SpeakerRef(start, toks[i + 1][1], "noun")
        if lang == "en" and start < s2 and f"{low} {low2}" in voc.group_nouns:
            return SpeakerRef(start, e2, "noun")  # "said the company"
        if low2 in voc.org_nouns or low2 in voc.group_nouns:
            return SpeakerRef(start, e2, "noun")
        if lang == "sv" and is_institution(tok, lang):
            return SpeakerRef(start, e2, "noun")  # "riktar stadsrevisionen kritik", "konstaterar förvaltningen"
    if last_role < 0 and (indefinite or start < toks[i][0]) and i < len(toks) and is_person_noun(toks[i][2], lang):
        last_role = i  # "säger en handlare", "said one resident": a person the lists do not know
    if last_role >= 0:
        tok = toks[last_role][2]
        if indefinite:
            # "säger en granne", "said a spokesman": someone new, never someone named before.
            return SpeakerRef(start, toks[last_role][1], "noun", None, False, True)
        if is_plural_group(tok, lang, role=True):
            # "said officials", "said the researchers": a group the text does not name.
            return SpeakerRef(start, toks[last_role][1], "unnamed", None, False, True)
        if lang == "en" or is_definite_noun(tok, lang):
            return SpeakerRef(start, toks[last_role][1], "noun")
    return None



# Plural people of an organization named after "för"/"från": an unnamed group of it.
_REPRESENTATIVES = frozenset("företrädare representanter talespersoner ledamöter anställda".split())
_FOR_NAME_RE = re.compile(
    r"\s+(?:för|från|inom|vid)\s+[A-ZÅÄÖ][\w&-]*(?:\s+(?:[A-ZÅÄÖ][\w&-]*|[a-zåäö]*(?:förening|förbund|förbundet|"
    r"föreningen|parti|partiet|råd|rådet|nämnd|nämnden)))*"
)


# "uppger flera källor med insyn i ...": a quantifier that opens a described source.
_FAMILIAR_AFTER_START = re.compile(
    r"(?:flera|några|två|tre|several|two|three|some)\s+[\w-]+\s+(?:med\s+insyn|med\s+kännedom|familiar\s+with|close\s+to)",
    re.IGNORECASE,
)
_EN_TITLE_MODIFIERS = frozenset("state former then acting deputy interim city county federal".split())
