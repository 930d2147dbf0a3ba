"""Roles and party labels written next to a person's name.

"Iraks premiärminister Haider al-Abadi", "Statsminister Stefan Löfven (S)", "Magnus Ranstorp,
terrorforskare vid Försvarshögskolan", "socialdemokraten Anna Ek", "Kenneth Nilsson
Socialdemokraterna, kommunstyrelsens ordförande". Every reader looks at a bounded window.
"""

from __future__ import annotations

import re

from desktop_app.core.analysis.text.patterns import last_word
from desktop_app.core.analysis.text.tokenizer import window_tokens
from desktop_app.core.analysis.text.vocabulary import ROLE_ADJECTIVES, Vocabulary, is_genitive_modifier

WINDOW = 120
MAX_ROLE_WORDS = 10
_PAREN_RE = re.compile(r"\s*\(\s*([^\W\d_]{1,4})\s*\)")
_COMMA_RE = re.compile(r"\s*,\s*")
_WORD_RE = re.compile(r"\s+([^\W\d_][\w-]*)")
_STOPS = frozenset(",.;:!?()[]\"”“«»–—")
_STOP_WORDS = {
    "sv": frozenset("som och men att säger sa sade".split()),
    "en": frozenset("who and but that said says".split()),
}
_UNREAD = (-1, "")  # the word before a name, not read yet
_ARTICLES = {"sv": frozenset({"en", "ett"}), "en": frozenset({"a", "an", "the"})}


def _role_word(word: str, voc: Vocabulary) -> bool:
    return voc.is_role_word(word) or word.casefold() in ROLE_ADJECTIVES[voc.language]


def _tidy(role: str, voc: Vocabulary) -> str:
    """Lower-case a role that is capitalized only because it opens the sentence."""
    role = " ".join(role.split())
    first = role.split(" ", 1)[0]
    if first and first[0].isupper() and _role_word(first, voc) and not first.isupper():
        role = role[0].lower() + role[1:]
    return role


def word_before(text: str, start: int) -> tuple[int, str] | None:
    """The word right before a name, (its start, the word), or None: "ordföranden Anna Ek"."""
    return last_word(text, max(0, start - 40), start)


def pre_role(
    text: str, start: int, voc: Vocabulary, last: tuple[int, str] | None = _UNREAD
) -> tuple[str, int] | None:
    """The role words right before a name and where they start, or None.

    ``last`` is :func:`word_before` when the caller has it already.
    """
    if last is _UNREAD:
        last = word_before(text, start)
    if last is None or not _role_word(last[1], voc):
        return None  # the usual case: "säger Anna Ek", "enligt Magnus Ranstorp"
    toks = window_tokens(text, max(0, start - WINDOW // 2), start)
    i = len(toks) - 1
    first = -1
    while i >= 0 and len(toks) - 1 - i < 5:
        word = toks[i][2]
        if word in _STOPS or "\n" in text[toks[i][1] : (toks[i + 1][0] if i + 1 < len(toks) else start)]:
            break
        if voc.is_party_word(word) and word[0].islower():
            break
        if _role_word(word, voc):
            first = i
        elif first == i + 1 and is_genitive_modifier(word, voc.language):
            first = i
        else:
            break
        i -= 1
    if first < 0:
        return None
    # The role is the span up to the last role word, never a bare possessor.
    words = toks[first:]
    while words and not _role_word(words[-1][2], voc):
        words.pop()
    if not words:
        return None
    return _tidy(text[words[0][0] : words[-1][1]], voc), words[0][0]


def post_role(text: str, end: int, voc: Vocabulary) -> str | None:
    """The apposition after a name: ", terrorforskare vid Försvarshögskolan"."""
    pos = end
    paren = _PAREN_RE.match(text, pos)
    if paren:
        pos = paren.end()
    comma = _COMMA_RE.match(text, pos)
    if not comma or "\n" in comma.group():
        return None
    # The apposition is read from at most MAX_ROLE_WORDS + 2 tokens (an article and one more).
    toks = window_tokens(text, comma.end(), min(len(text), comma.end() + WINDOW), MAX_ROLE_WORDS + 2)
    lang = voc.language
    i = 0
    if toks and toks[0][2].casefold() in _ARTICLES[lang]:
        i = 1
    if i >= len(toks):
        return None
    first = toks[i][2]
    nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
    if not (_role_word(first, voc) or (is_genitive_modifier(first, lang) and _role_word(nxt, voc))):
        return None
    j = i
    while j < len(toks) and j - i < MAX_ROLE_WORDS:
        word = toks[j][2]
        if word in _STOPS or word.casefold() in _STOP_WORDS[lang]:
            break
        if j > i and "\n" in text[toks[j - 1][1] : toks[j][0]]:
            break
        j += 1
    if j == i:
        return None
    return _tidy(text[toks[i][0] : toks[j - 1][1]], voc)


def roles_around(
    text: str, start: int, end: int, voc: Vocabulary, last: tuple[int, str] | None = _UNREAD
) -> tuple[list[str], str | None]:
    """(roles, party label) written next to the name at ``start:end`` (``last`` as for pre_role)."""
    roles: list[str] = []
    pre = pre_role(text, start, voc, last)
    if pre is not None:
        roles.append(pre[0])
    post = post_role(text, end, voc)
    if post is not None:
        roles.append(post)
    party = None
    paren = _PAREN_RE.match(text, end)
    if paren:
        label = paren.group(1).upper()
        if label in voc.party_labels_upper:
            party = _label(label, voc)
    return roles, party


def _label(label: str, voc: Vocabulary) -> str:
    return voc.party_forms.get(label.casefold(), label)


def party_after(text: str, end: int, voc: Vocabulary) -> str | None:
    """A party's name right after a person's name: "Kenneth Nilsson Socialdemokraterna"."""
    m = _WORD_RE.match(text, end, min(len(text), end + 60))
    if not m or "\n" in m.group():
        return None
    word = m.group(1)
    if word[0].isupper() and word.casefold() in voc.party_forms:
        return voc.party_forms[word.casefold()]
    return None


def party_before(
    text: str, start: int, voc: Vocabulary, last: tuple[int, str] | None = _UNREAD
) -> str | None:
    """A party member noun right before the name: "socialdemokraten Anna Ek"."""
    if last is _UNREAD:
        last = word_before(text, start)
    if last is None:
        return None
    word = last[1]
    if word.casefold() in voc.party_forms and word.casefold() not in voc.party_names:
        return voc.party_forms[word.casefold()]
    return None
