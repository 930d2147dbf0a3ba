"""What a passage is about: words, their lemmas, compound heads, near-synonyms and their weights.

Lemmas come from simplemma and word rarity from wordfreq (both ship their data; nothing is
downloaded). Both are loaded once per language, on first use. A content word becomes one or more
*features* — its lemma, the head and modifier of a compound ("IS-återvändare", "brottsförebyggande"),
the near-synonym set it belongs to — each weighted by how rare the word is in the language, so
"återvändare" counts for much more than "arbete" and "och" for nothing.
"""

from __future__ import annotations

import math
import re
import threading
from functools import lru_cache
from typing import NamedTuple

from desktop_app.core.viewpoints.lexicons import Lexicon, Phrase, lexicon

TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
MIN_WEIGHT = 0.1
RARITY_POWER = 1.0  # how steeply common words lose weight
COMPOUND_MIN_LEN = 8
COMPOUND_MAX_ZIPF = 3.5  # a word more common than this is its own word, not split
PART_MIN_ZIPF = 3.0  # both parts of a split must be ordinary words
_LOCK = threading.RLock()


class Token(NamedTuple):
    """A word (a named tuple: a big pair makes about a million of them, and a frozen dataclass
    costs four times as much to build)."""

    start: int
    end: int
    text: str  # case-folded surface form
    lemma: str  # case-folded lemma


def tokenize(text: str, start: int, end: int, language: str) -> list[Token]:
    """The words of ``text[start:end]`` with their lemmas, offsets into ``text``."""
    lem = lemmatizer(language)
    cache = lem.cache
    make = Token._make
    out = []
    for m in TOKEN_RE.finditer(text, start, end):
        word = m.group().casefold()
        lemma = cache.get(word)
        out.append(make((m.start(), m.end(), word, lem(word) if lemma is None else lemma)))
    return out


def lemmatizer(language: str):
    """A cached ``word -> lemma`` function for the language (simplemma, loaded once)."""
    return _Lemmatizer.get(language if language in ("sv", "en") else "sv")


class _Lemmatizer:
    _instances: dict[str, _Lemmatizer] = {}

    _shared = None  # one simplemma Lemmatizer for both languages, on sharded word lists

    def __init__(self, language: str) -> None:
        from desktop_app.core.viewpoints.lemma_dictionaries import sharded_lemmatizer

        if _Lemmatizer._shared is None:  # under _LOCK (``get``)
            _Lemmatizer._shared = sharded_lemmatizer()
        self._lemmatize = _Lemmatizer._shared.lemmatize  # = simplemma.lemmatize, without one big dict
        self.language = language
        self.cache: dict[str, str] = {}

    @classmethod
    def get(cls, language: str):
        inst = cls._instances.get(language)
        if inst is None:
            with _LOCK:
                inst = cls._instances.get(language)
                if inst is None:
                    inst = cls._instances[language] = cls(language)
        return inst

    def __call__(self, word: str) -> str:
        lemma = self.cache.get(word)
        if lemma is None:
            if word.isdigit():
                lemma = word
            else:
                lemma = self._lemmatize(word, self.language).casefold()
                if zipf(lemma, self.language) < 2.0 and word.endswith("s") and len(word) > 4:
                    # a genitive the lemmatizer missed: "länders" -> "länder" -> "land"
                    bare = self._lemmatize(word[:-1], self.language).casefold()
                    if zipf(bare, self.language) >= 2.0:
                        lemma = bare
            self.cache[word] = lemma
        return lemma


@lru_cache(maxsize=None)
def frequencies(language: str) -> dict[str, float]:
    """wordfreq's word -> frequency table of the language, loaded once.

    The same table as ``wordfreq.get_frequency_dict(language, "best")``, read one frequency band
    at a time: wordfreq decodes its whole list in one call into msgpack, which holds Python's lock
    for a fifth of a second, and the window's thread (this runs in a worker) waits that long.
    """
    import gzip

    import msgpack
    import wordfreq

    code = language if language in ("sv", "en") else "sv"
    with _LOCK:
        path = wordfreq.available_languages("best")[code]
        with gzip.open(path, "rb") as infile:
            unpacker = msgpack.Unpacker(infile, raw=False, read_size=64 * 1024, max_buffer_size=0)
            count = unpacker.read_array_header()
            header = unpacker.unpack() if count else None
            if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
                raise ValueError(f"{path}: not a wordfreq cB word list (header {header!r})")
            freqs: dict[str, float] = {}
            for index in range(count - 1):  # a band holds at most ~10,000 words: milliseconds each
                freq = wordfreq.cB_to_freq(-index)
                for word in unpacker.unpack():
                    freqs[word] = freq
        return freqs


def zipf(word: str, language: str) -> float:
    """Zipf frequency (0 = unknown, 3 = once per million words, 7 = "och")."""
    freq = frequencies(language).get(word)
    return math.log10(freq * 1e9) if freq else 0.0


def rarity(word: str, language: str) -> float:
    """How much a shared word says about a shared question: 1 for rare words, ~0.1 for common."""
    z = zipf(word, language)
    return max(MIN_WEIGHT, min(1.0, (7.0 - z) / 4.0) ** RARITY_POWER) if z else 1.0


class Vocabulary:
    """Per-language feature extraction, with every word's features computed once."""

    _instances: dict[str, Vocabulary] = {}

    def __init__(self, language: str) -> None:
        self.language = language
        self.lex: Lexicon = lexicon(language)
        self.freq = frequencies(language)
        self.lemma = lemmatizer(language)
        self.cache: dict[tuple[str, str], tuple[tuple[str, float], ...]] = {}
        self.polar_words = frozenset(p[0] for p in self.lex.positive + self.lex.negative if len(p) == 1)
        self.synonym_of: dict[str, str] = {}
        self.synonym_phrases: list[tuple[Phrase, str]] = []  # multiword members -> their set
        for members in self.lex.synonyms:
            concept = "~" + " ".join(members[0])
            for member in members:
                if len(member) == 1:
                    self.synonym_of.setdefault(member[0], concept)
                else:
                    self.synonym_phrases.append((member, concept))
        self.synonym_index = PhraseIndex([p for p, _ in self.synonym_phrases], [c for _, c in self.synonym_phrases])

    @classmethod
    def get(cls, language: str) -> Vocabulary:
        language = language if language in ("sv", "en") else "sv"
        inst = cls._instances.get(language)
        if inst is None:
            with _LOCK:
                inst = cls._instances.get(language)
                if inst is None:
                    inst = cls._instances[language] = cls(language)
        return inst

    def is_content(self, token: Token) -> bool:
        t, lemma = token.text, token.lemma
        if len(t) < 2 or t.isdigit() or t in self.lex.stopwords or lemma in self.lex.stopwords:
            return False
        if t in self.lex.negators or t.endswith(("n't", "n’t")):
            return False
        return t not in self.polar_words and lemma not in self.polar_words

    def features(self, token: Token) -> tuple[tuple[str, float], ...]:
        """(feature, weight) pairs of one content word; () for function and evaluative words."""
        key = (token.text, token.lemma)
        cached = self.cache.get(key)
        if cached is None:
            cached = self.cache[key] = self._features(token) if self.is_content(token) else ()
        return cached

    def weight(self, word: str) -> float:
        return rarity(word, self.language)

    def _features(self, token: Token) -> tuple[tuple[str, float], ...]:
        lemma = token.lemma
        found: dict[str, float] = {}

        def add(feature: str, weight: float) -> None:
            if weight > found.get(feature, 0.0):
                found[feature] = weight

        add(lemma, self.weight(lemma if lemma in self.freq else token.text))
        parts = [p for p in re.split(r"[-'’]", lemma) if p]
        if len(parts) > 1:
            # "is-återvändare": the head is the word's meaning; the modifier narrows it.
            head = self.lemma(parts[-1])
            add(head, 0.85 * self.weight(head))
            for part in parts[:-1]:
                if len(part) > 2 and part not in self.lex.stopwords:
                    add(self.lemma(part), 0.5 * self.weight(part))
        elif self.language == "sv" and len(lemma) >= COMPOUND_MIN_LEN:
            split = self.split_compound(lemma)
            if split is not None:
                modifier, head, head_form = split
                add(head, 0.8 * self.weight(head))
                add(modifier, 0.5 * self.weight(modifier))
                if lemma not in self.freq and head != head_form:
                    # an unknown inflected compound: "insatstiderna" -> "insatstid"
                    whole = lemma[: len(lemma) - len(head_form)] + head
                    found[whole] = found.pop(lemma)
        for feature, weight in list(found.items()):
            concept = self.synonym_of.get(feature)
            if concept is not None:
                add(concept, weight)
        return tuple(found.items())

    def split_compound(self, word: str) -> tuple[str, str, str] | None:
        """A rare Swedish closed compound as (modifier lemma, head lemma, head form), or None.

        "trygghetsskapande" -> ("trygghet", "skapande"), "lärarbristen" -> ("lärare", "brist"):
        of the splits whose two parts are ordinary words (the modifier may end in a linking -s,
        or drop a final -e), the one whose parts are most frequent wins. Common words
        ("medborgare", "förebyggande") are left whole: their meaning is not their parts'.
        """
        if zipf(word, self.language) > COMPOUND_MAX_ZIPF:
            return None
        best: tuple[float, str, str, str] | None = None
        for i in range(3, len(word) - 2):
            head_form = word[i:]
            head = self.lemma(head_form)
            hz = max(zipf(head_form, self.language), zipf(head, self.language))
            if hz < PART_MIN_ZIPF or len(head) < 3 or (len(head) < 5 and hz < 4.5):
                continue
            mod_form = word[:i]
            candidates = [mod_form]
            if mod_form.endswith("s") and len(mod_form) > 3:
                candidates.append(mod_form[:-1])
            if mod_form.endswith("r"):
                candidates.append(mod_form + "e")  # "lärar-" -> "lärare"
            for mod in candidates:
                mz = zipf(mod, self.language)
                if mz >= PART_MIN_ZIPF and len(mod) >= 3 and mod not in self.lex.stopwords:
                    score = hz + mz
                    if best is None or score > best[0]:
                        best = (score, self.lemma(mod), head, head_form)
                    break
        return None if best is None else (best[1], best[2], best[3])


def matches(token: Token, word: str) -> bool:
    """Does a list word ("brist", "framgång*") match this token's surface form or lemma?"""
    if word.endswith("*"):
        stem = word[:-1]
        return token.text.startswith(stem) or token.lemma.startswith(stem)
    return word == token.text or word == token.lemma


class PhraseIndex:
    """Finds the phrases of a list in a token sequence, indexed by first word.

    Between two words of a phrase one filler word may stand when it is in ``gap`` (function
    words: "håller dock med", "måste vi göra mer").
    """

    def __init__(
        self, phrases: tuple[Phrase, ...] | list[Phrase], tags: list[str] | None = None,
        gap: frozenset[str] = frozenset(),
    ) -> None:
        self.by_first: dict[str, list[tuple[Phrase, str]]] = {}
        self.wild: list[tuple[Phrase, str]] = []
        self.gap = gap
        for i, phrase in enumerate(phrases):
            tag = tags[i] if tags is not None else ""
            if phrase[0].endswith("*"):
                self.wild.append((phrase, tag))
            else:
                self.by_first.setdefault(phrase[0], []).append((phrase, tag))
        self.wild_stems = tuple(p[0][:-1] for p, _ in self.wild)

    def _match(self, tokens: list[Token], i: int, phrase: Phrase) -> int:
        """End token index of ``phrase`` matched at ``i``, or -1."""
        pos, gapped = i + 1, False
        for word in phrase[1:]:
            if pos < len(tokens) and matches(tokens[pos], word):
                pos += 1
                continue
            if (not gapped and pos + 1 < len(tokens) and tokens[pos].text in self.gap
                    and matches(tokens[pos + 1], word)):
                gapped = True
                pos += 2
                continue
            return -1
        return pos

    def find(self, tokens: list[Token]) -> list[tuple[int, int, str]]:
        """(first token index, end token index, tag) of every match, longest first at a start."""
        found = []
        by_first = self.by_first
        stems = self.wild_stems
        for i, tok in enumerate(tokens):
            # the fast path: most words start no phrase
            if tok.text not in by_first and tok.lemma not in by_first and not (
                stems and (tok.text.startswith(stems) or tok.lemma.startswith(stems))
            ):
                continue
            best = None
            for key in (tok.text, tok.lemma) if tok.lemma != tok.text else (tok.text,):
                for phrase, tag in by_first.get(key, ()):
                    end = self._match(tokens, i, phrase) if len(phrase) > 1 else i + 1
                    if end > 0 and (best is None or end > best[1]):
                        best = (i, end, tag)
            for phrase, tag in self.wild:
                stem = phrase[0][:-1]
                if tok.text.startswith(stem) or tok.lemma.startswith(stem):
                    end = self._match(tokens, i, phrase) if len(phrase) > 1 else i + 1
                    if end > 0 and (best is None or end > best[1]):
                        best = (i, end, tag)
            if best is not None:
                found.append(best)
        return found
