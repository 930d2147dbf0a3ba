"""The name lexicons of the entity recognizer, indexed once per language.

Multi-word names are stored as token tuples so that the recognizer can match them on the token
stream; every lookup also accepts the genitive ("Sveriges", "USA:s", "Örebro kommuns").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from desktop_app.core.analysis.text.language import LANGUAGES, supported
from desktop_app.core.analysis.text.lexicon import load_folded, load_lines, load_words
from desktop_app.core.analysis.text.tokenizer import TOKEN_RE
from desktop_app.core.analysis.text.vocabulary import stopwords

# list name -> kind; later lists win when a name is in two of them. NONE marks names that are
# not actors ("Tour de France", "Dow Jones") so that their words are not read as one.
NONE = "-"
_GAZETTEER_LISTS: tuple[tuple[str, str], ...] = (
    ("countries", "LOC"),
    ("regions", "LOC"),
    ("places_geonames", "LOC"),
    ("places", "LOC"),
    ("organizations", "ORG"),
    ("non_entities", NONE),
)


class WordInfo:
    """What the lexicons say about one token, computed once per distinct word."""

    __slots__ = (
        "folded", "key", "base", "cap", "acronym", "first_name", "surname", "common", "title",
        "non_entity", "shape_ok", "suffix", "place", "thing", "plain",
        "kind",
    )

    def __init__(self, word: str, gaz: Gazetteer) -> None:
        folded = word.casefold()
        base = strip_genitive(word)
        self.folded = folded
        self.key = name_key(word)
        self.base = base  # the word without a genitive ending, None if it has none
        first = word[0]
        self.cap = first.isupper() or (
            first.islower() and "-" in word and _particle_prefixed(word, gaz.particles)
        )
        self.acronym = len(word) > 1 and word.isupper()
        self.first_name = word in gaz.first_names or base in gaz.first_names
        self.surname = word in gaz.surnames or base in gaz.surnames
        self.common = folded in gaz.common
        # "Dr" is a title, "DR" a broadcaster; only a few titles are written in capitals
        self.title = folded in gaz.titles and (not self.acronym or folded in _CAPITAL_TITLES)
        self.non_entity = word in gaz.non_entities or base in gaz.non_entities
        self.suffix = _suffix_strength(folded, gaz)  # "strong" | "weak" | None
        # a compound ending in an ordinary definite noun ("Saudiskandalen", "Brynäsmålet") names
        # a thing or an event, unless the noun is a place's ending itself ("Kämpegatan")
        tail = _common_noun_tail(folded, gaz) if first.isupper() else 0
        self.place = _compound_of(folded, gaz.place_suffixes) and not (
            tail and all(len(end) < tail for end in gaz.place_suffixes if folded.endswith(end))
        )  # Kämpegatan, Storsjön; not Saudiskandalen, whose "skandalen" is longer than "dalen"
        # Tokyobörsen, Sökningarna (an organization's ending wins: Brandskyddsföreningen)
        self.thing = self.suffix is None and (
            _compound_of(folded, gaz.thing_endings) or (not self.place and tail > 0)
        )
        plain = word.replace("-", "").replace(":", "").replace("'", "").replace("’", "")
        shape_ok = plain.isalpha()
        if shape_ok and "-" in word and first.isupper():
            head, tail = word.rsplit("-", 1)  # "EU-bidrag" is a thing, "EU-kommissionen" a body
            kind_of_place = tail in gaz.place_kind_nouns and not head.isupper()
            if kind_of_place:
                self.place = True  # "Jawzjan-provinsen", "Kashmir-regionen"; not "EU-området", "OS-byn"
            shape_ok = not tail[:1].islower() or self.suffix is not None or kind_of_place
        self.shape_ok = shape_ok
        # the kind of the word alone in the gazetteer ("Sveriges" as "Sverige"), None if unknown
        self.kind = gaz.names.get((self.key,))
        if self.kind is None and base is not None:
            self.kind = gaz.names.get((name_key(base),))
        # an ordinary word that no list names and no rule reads as a name: at a sentence start
        # it is only a name if the document names it elsewhere ("Frågan", "Under", "Det")
        self.plain = (
            self.common and shape_ok and not (
                self.first_name or self.surname or self.title or self.acronym or self.thing
                or self.non_entity or self.key in gaz.by_first
                or (base is not None and (name_key(base),) in gaz.names)
            )
        )


_CAPITAL_TITLES = frozenset(("vd", "vd:n", "öb", "ceo"))


def _particle_prefixed(word: str, particles: frozenset[str]) -> bool:
    head, _, rest = word.partition("-")
    return bool(rest) and rest[0].isupper() and head in particles


def _compound_of(folded: str, endings: tuple[str, ...]) -> bool:
    """The word is longer than one of ``endings`` and ends with it (a compound, not the word)."""
    if not folded.endswith(endings):
        return False
    ending = next(e for e in endings if folded.endswith(e))
    return len(folded) > len(ending) + 2


# compounds that end like an organization but name a place or a thing ("Stockholmsområdet")
_NOT_ORG_ENDINGS = ("området", "områdets")


_DEFINITE = ("en", "et", "na", "an", "n")


def _common_noun_tail(folded: str, gaz: Gazetteer) -> int:
    """The length of the longest ordinary noun in the definite form that ends a Swedish compound
    ("skandalen" in "saudiskandalen", "målet" in "brynäsmålet"), 0 if there is none. The head and
    the tail have at least three and five letters."""
    if gaz.language != "sv" or len(folded) < 9 or not folded.endswith(_DEFINITE) or not folded.isalpha():
        return 0
    common = gaz.common
    for k in range(3, len(folded) - 4):
        if folded[k:] in common:
            return len(folded) - k
    return 0


def _suffix_strength(folded: str, gaz: Gazetteer) -> str | None:
    """"strong" when the word ends like an organization anywhere, "weak" when only mid-sentence."""
    base = strip_genitive(folded)
    if folded.endswith(_NOT_ORG_ENDINGS) or (base and base.endswith(_NOT_ORG_ENDINGS)):
        return None
    for form in (folded, base) if base else (folded,):
        if form.endswith(gaz.org_suffixes):
            suffix = next(s for s in gaz.org_suffixes if form.endswith(s))
            if len(form) > len(suffix) + 2:
                return "strong"
        if form.endswith(gaz.weak_org_suffixes):
            suffix = next(s for s in gaz.weak_org_suffixes if form.endswith(s))
            if len(form) > len(suffix) + 2:
                return "weak"
    return None


class StartFlags(dict[str, bool]):
    """word -> can it start a name (capitalized, "al-Abadi", a lowercase "polisen"); filled on
    first use, so ``map(flags.__getitem__, words)`` tests a whole text at C speed."""

    def __init__(self, generic_orgs: frozenset[str]) -> None:
        super().__init__()
        self.generic_orgs = generic_orgs

    def __missing__(self, word: str) -> bool:
        if len(self) > 200_000:
            self.clear()
        first = word[0]
        flag = self[word] = (
            first.isupper() or word in self.generic_orgs or ("-" in word and first.islower())
        )
        return flag


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Every list the recognizer needs for one language."""

    language: str
    names: dict[tuple[str, ...], str]  # name_key() token tuple -> "ORG" | "LOC" | NONE
    by_first: dict[str, tuple[int, ...]]  # name_key() of a first token -> lengths, longest first
    first_names: frozenset[str]
    surnames: frozenset[str]
    common: frozenset[str]  # lowercase words that are ordinary words of the language
    titles: frozenset[str]  # casefolded role nouns that precede names
    title_endings: tuple[str, ...]  # titles that end compound role nouns ("press|chef")
    function_words: frozenset[str]  # "the", "och": never the first word of a name
    particles: frozenset[str]
    parties: frozenset[str]
    org_suffixes: tuple[str, ...]
    weak_org_suffixes: tuple[str, ...]
    place_suffixes: tuple[str, ...]  # endings of compounds that are places: "-gatan", "-sjön"
    thing_endings: tuple[str, ...]  # endings of words that are never a person: "-börsen"
    org_heads: frozenset[str]  # lowercase words after a place that make an organization
    org_endings: tuple[str, ...]  # endings of lowercase compounds that do too ("lavincenter")
    loc_heads: frozenset[str]  # lowercase words after a place that keep it a place
    club_affixes: frozenset[str]  # "IF", "FC", "AB": first or last word of a club or company
    org_words: frozenset[str]  # "Party", "University": last word of an organization's name
    org_of_heads: frozenset[str]  # "Ministry", "Bank": continued by "of" in an organization
    loc_preps: frozenset[str]  # words before an unknown name that make it a place
    loc_directions: frozenset[str]  # "norr" in "norr om Bangui", "north" in "north of Kabul"
    person_cues: frozenset[str]  # words right after a name that make it a person
    non_entities: frozenset[str]  # capitalized words that are never actors (months, "OS")
    generic_orgs: frozenset[str]  # lowercase words that are organizations ("polisen")
    event_heads: frozenset[str]  # "Open", "Award": a name before them is an event's or a venue's
    org_kind_nouns: tuple[str, ...]  # endings of nouns before a name that make it one ("byrån")
    place_kind_nouns: tuple[str, ...]  # ... that make it a place ("staden", "delstaten")
    regions: frozenset[str] = frozenset()  # countries, regions, seas (casefolded): never surnames
    place_endings: tuple[str, ...] = ("\0",)  # endings of unknown words that are places: "-vik", "-åsen"
    word_infos: dict[str, WordInfo] = field(default_factory=dict, repr=False)
    starts: StartFlags = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", StartFlags(self.generic_orgs))

    def info(self, word: str) -> WordInfo:
        """The cached WordInfo of a token (the cache is emptied when it grows large)."""
        found = self.word_infos.get(word)
        if found is None:
            if len(self.word_infos) > 200_000:
                self.word_infos.clear()
            found = self.word_infos[word] = WordInfo(word, self)
        return found

    def kind_of(self, name: str) -> str | None:
        """Kind of a name written as text ("Moody's", "Örebro kommun"); None if unknown."""
        return self.names.get(_fold_tokens(name))

    def lookup(self, words: tuple[str, ...] | list[str]) -> str | None:
        """Kind of a name given as its tokens, also in the genitive; None if unknown."""
        keys = tuple(name_key(w) for w in words)
        kind = self.names.get(keys)
        if kind is None:
            base = strip_genitive(words[-1])
            if base is not None:
                kind = self.names.get(keys[:-1] + (name_key(base),))
        return kind


def kind_of_noun(folded: str, gaz: Gazetteer) -> str | None:
    """ "ORG" or "LOC" for a lowercase noun of a kind of organization or place, which makes the
    name right after it one ("nyhetsbyrån Sana", "huvudstaden Bangui"); None for other words."""
    if folded.endswith(gaz.org_kind_nouns):
        return "ORG"
    if folded.endswith(gaz.place_kind_nouns):
        return "LOC"
    return None


# words of the stopword lists that begin names: "New Zealand Labour Party", "One Nation"
_NAME_WORDS = frozenset(("new", "one", "two", "three", "united", "nya", "förenade"))


def strip_genitive(word: str) -> str | None:
    """The word without its genitive ending ("Sveriges" -> "Sverige", "USA:s" -> "USA")."""
    if len(word) > 3 and word[-1] == "s" and word[-2] in ":'’":
        return word[:-2]
    if len(word) > 2 and word[-1] == "s" and word[-2] not in "sxz":
        return word[:-1]
    return None


def name_key(word: str) -> str:
    """Lookup form of one token: acronyms keep their case (IS, not "is"), other words fold."""
    return word if len(word) > 1 and word.isupper() else word.casefold()


def _fold_tokens(entry: str) -> tuple[str, ...]:
    return tuple(name_key(m.group()) for m in TOKEN_RE.finditer(entry))


@lru_cache(maxsize=None)
def _both(name: str) -> tuple[str, ...]:
    """The entries of a list from both languages' folders (names travel between languages)."""
    return load_lines("sv", name) + load_lines("en", name)


@lru_cache(maxsize=None)
def gazetteer(language: str) -> Gazetteer:
    """The lexicons for ``language`` ("sv" or "en"; anything else falls back to "sv")."""
    lang = supported(language)
    names: dict[tuple[str, ...], str] = {}
    common = load_words(lang, "common_words")
    non_entities = load_words(lang, "non_entities")
    # the other language's places and organizations are useful too: news names foreign places,
    # except acronyms that are words here (Swedish "IS" is the English verb "is") and names that
    # are a nationality here (the Swedish list's airline "Norwegian")
    for source in [other for other in LANGUAGES if other != lang] + [lang]:
        for list_name, kind in _GAZETTEER_LISTS:
            for entry in load_lines(source, list_name):
                words = _fold_tokens(entry)
                if not words:
                    continue
                if source != lang and len(words) == 1 and (words[0].casefold() in common or entry in non_entities):
                    continue
                if kind == NONE and len(words) == 1:
                    continue  # single words are checked one by one (WordInfo.non_entity)
                names[words] = kind
    lengths: dict[str, set[int]] = {}
    for words in names:
        lengths.setdefault(words[0], set()).add(len(words))
    by_first = {first: tuple(sorted(lens, reverse=True)) for first, lens in lengths.items()}
    first_names = frozenset(
        _both("first_names_female") + _both("first_names_male") + _both("first_names_world")
    )
    titles = load_folded(lang, "titles")
    return Gazetteer(
        language=lang,
        names=names,
        by_first=by_first,
        first_names=first_names,
        surnames=frozenset(_both("surnames") + _both("surnames_world")),
        common=common,
        titles=titles,
        title_endings=tuple(sorted(t for t in titles if len(t) >= 4 and t.isalpha())),
        function_words=stopwords(lang) - _NAME_WORDS,
        particles=load_words("sv", "particles") | load_words("en", "particles"),
        parties=load_words("sv", "party_letters"),
        org_suffixes=tuple(load_lines(lang, "org_suffixes")),
        weak_org_suffixes=tuple(load_lines(lang, "org_suffixes_weak")),
        place_suffixes=tuple(load_lines(lang, "place_suffixes")),
        thing_endings=tuple(load_lines(lang, "thing_endings")),
        org_heads=load_words(lang, "org_heads"),
        org_endings=tuple(load_lines(lang, "org_noun_endings")) or ("\0",),
        loc_heads=load_words(lang, "loc_heads"),
        club_affixes=load_words("sv", "club_affixes") | load_words("en", "club_affixes"),
        org_words=load_words("sv", "org_words") | load_words("en", "org_words"),
        org_of_heads=load_words("sv", "org_of_heads") | load_words("en", "org_of_heads"),
        # "i Bangui", and in Swedish "tjeckiska Ostrava" (the English list is empty)
        loc_preps=load_words(lang, "place_prepositions") | load_words(lang, "place_adjectives"),
        loc_directions=load_words(lang, "place_directions"),
        person_cues=load_words(lang, "person_cues"),
        non_entities=load_words(lang, "non_entities"),
        generic_orgs=load_words(lang, "generic_organizations"),
        event_heads=load_words(lang, "event_heads"),
        org_kind_nouns=tuple(load_lines(lang, "org_kind_nouns")) or ("\0",),
        place_kind_nouns=tuple(load_lines(lang, "place_kind_nouns")) or ("\0",),
        regions=frozenset(
            entry.casefold() for name in ("countries", "regions") for entry in _both(name)
        ),
        place_endings=tuple(load_lines(lang, "place_name_endings")) or ("\0",),
    )
