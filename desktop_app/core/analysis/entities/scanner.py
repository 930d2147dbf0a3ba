"""The rules behind find_entities: one left-to-right scan over a text's tokens, then a second
pass that settles lone words with what the whole document says about them.

Only capitalized tokens (and a few lowercase organization words like "polisen") start any work,
and every helper looks at a bounded number of neighbouring tokens, so the scan is linear.
"""

from __future__ import annotations

from itertools import compress

from desktop_app.core.analysis.entities.clubs import is_sport_word_in
from desktop_app.core.analysis.entities.context import Found, NameContext
from desktop_app.core.analysis.entities.gazetteer import NONE, Gazetteer
from desktop_app.core.analysis.entities.token_features import ROMAN

OF_WORDS = frozenset(("of", "for"))
NEWS_AGENCIES = frozenset(("AP", "Reuters", "AFP", "TT", "NTB", "Ritzau", "STT", "dpa", "DPA", "UPI", "Xinhua", "ANSA"))
# particles that begin a person's name written without the first name ("von Eckermann");
# not Swedish words ("de", "du", "la" are: "de Grönas förslag")
LEADING_PARTICLES = frozenset(("von", "van", "af", "zu", "ten", "ter", "der", "di", "da", "bin", "ibn"))
STRONG_SURNAME_ENDINGS = ("sson", "ström", "qvist", "kvist", "gren", "stedt", "dotter")

# endings of Swedish definite role nouns: "-konstnären", "-professorn", "-chefen", "-rådet"
ROLE_ENDINGS = ("aren", "ären", "eren", "ören", "orn", "en", "et", "an")
STRONG_ROLE_ENDINGS = ("aren", "ären", "eren", "ören", "orn", "en", "et")


def _compound_of_word(folded: str, common: frozenset[str]) -> bool:
    """The word ends in an ordinary word of five letters or more after three or more letters
    ("blinde|bibliotek", "social|chefer"), also before a plural or definite ending ("bygg|industri|er"):
    a compound noun, not a name."""
    forms = [folded] + [folded[: -len(end)] for end in _INFLECTIONS if folded.endswith(end)]
    return any(form[k:] in common for form in forms for k in range(3, len(form) - 4))


_INFLECTIONS = ("er", "ar", "or", "erna", "arna", "orna", "en", "et", "na")


class EntityScanner(NameContext):
    """Recognizes the names in one text; ``run()`` returns token ranges with kinds."""

    def __init__(self, text: str, gaz: Gazetteer) -> None:
        super().__init__(text, gaz)
        self._of_at = -1
        self._after_role = -1  # the token right after a role noun ("Kriminologen Sarnecki")

    # ------------------------------------------------------------------ scan
    def run(self) -> list[Found]:
        words = self.words
        generic = self.gaz.generic_orgs
        candidates = compress(range(self.n), map(self.gaz.starts.__getitem__, words))
        matches = self._matches
        i = 0
        for k in candidates:
            if k < i:
                continue  # inside the previous chunk
            if len(matches) > 4096:
                matches.clear()  # the scan looks a few tokens around k only: keep the cache small
            word = words[k]
            if word in generic:
                self.found.append((k, k + 1, "ORG"))
                i = k + 1
            elif word[0].isupper() or self.is_cap(k):
                i = self.chunk(k)
                if k > 0 and words[k - 1] in LEADING_PARTICLES:
                    self.particle_before(k)
        self.resolve_pending()
        return self.found

    def particle_before(self, k: int) -> None:
        """A name that opens with a lowercase particle is a person's, particle and all:
        "säger von Eckermann", "van der Burgh", "von Essens prestationer"."""
        words, found = self.words, self.found
        start = k
        while start > 0 and k - start < 2 and words[start - 1] in LEADING_PARTICLES and self.joined(start):
            start -= 1
        if start > 0 and words[start - 1][0].isupper() and self.joined(start):
            return  # "Ursula von der Leyen": the chunk before took the particles
        if found and found[-1][0] == k and (found[-1][2] == "PER" or found[-1][1] == k + 1):
            found[-1] = (start, found[-1][1], "PER")
        elif not (found and found[-1][0] <= k < found[-1][1]):
            self.pending = [(i, kind) for i, kind in self.pending if i != k]
            found.append((start, k + 1, "PER"))

    def chunk(self, i: int) -> int:
        """Handle the run of capitalized words starting at token i; return the index after it."""
        words, gaps, n = self.words, self.gaps, self.n
        particles = self.gaz.particles
        end = i + 1
        has_of = False
        self._of_at = -1  # first "of" that joins an organization name in this chunk
        while end < n:
            gap = gaps[end]
            if not gap or "\n" in gap:
                break
            word = words[end]
            if word[0].isupper() or ("-" in word and self.is_cap(end)):
                end += 1
            elif word in particles:  # von der Leyen, de la Cruz, bin Laden
                k = end
                while k < n and k - end < 3 and words[k] in particles and self.joined(k):
                    k += 1
                if k < n and self.joined(k) and self.is_cap(k):
                    end = k + 1
                else:
                    break
            elif (
                ((word in OF_WORDS and words[end - 1] in self.gaz.org_of_heads)
                 or (word in ("and", "&") and has_of))
                and end + 1 < n and self.joined(end + 1) and self.is_cap(end + 1)
            ):
                if not has_of:
                    self._of_at = end
                has_of = True
                end += 2
            else:
                break
            if (  # a middle initial: John F. Kennedy
                len(words[end - 1]) == 1
                and end + 2 < n
                and words[end] == "."
                and not gaps[end]
                and self.joined(end + 1)
                and self.is_cap(end + 1)
            ):
                end += 1
        if end == i + 1:  # one word: segment()'s answer for the commonest cases, sooner
            word = words[i]
            at_start = self.initial(i)
            if at_start:
                info = self._infos.get(word) or self.gaz.info(word)
                if info.plain and (end == n or words[end] != "."):
                    self.pending.append((i, None))  # "Frågan", "Under", "Det"
                    return end
            else:
                hit = self.match(i)
                if hit is not None and hit[1] != NONE:  # "Sverige", "TT", "Örebro kommun"
                    if self.person_by_role(i, hit):
                        return self.emit(i, end, "PER")
                    return max(end, self.emit_known(i, hit[0], hit[1]))
            return max(end, self.segment(i, end, at_start))
        p = i
        while p < end:
            p = self.segment(p, end, self.initial(p))
        return max(end, p)

    def segment(self, p: int, end: int, at_start: bool) -> int:
        """Recognize one name starting at p inside the chunk ending at ``end``."""
        gaz, words = self.gaz, self.words
        word = words[p]
        info = self.info(p)
        hit = self.match(p)
        if hit is None and (info.title or word == ".") and not (end - p >= 2 and self.org_word(end - 1)):
            return p + 1  # "Finance Minister Ahmed": the title goes; "the Finance Ministry" stays
        if self._of_at > p:
            start = p  # Ministry of Defence, Bank of Japan; "The Ministry of Defence" opens with "The"
            while start < self._of_at - 1 and self.leading_word(start):
                start += 1
            return self.emit(start, end, "ORG")
        if end - p >= 2 and self.org_word(end - 1) and (hit is None or hit[0] < end):
            start = p  # Swedish Defence University, The Labour Party
            while start < end - 2 and self.leading_word(start):
                start += 1  # but "Home Builders Federation" keeps its ordinary first word
            return self.emit(start, end, "ORG")
        if hit is None and word in ("Region", "Landstinget") and p + 1 < end:
            region = self.match(p + 1)
            if region is not None and region[1] == "LOC":
                return self.emit(p, region[0], "ORG")
        if hit is not None and hit[1] == NONE:
            return hit[0]  # "Tour de France", "Dow Jones": a name, but not an actor
        if hit is not None:
            j, kind = hit
            person_next = j == p + 1 < end and info.first_name and self.name_like(j)
            # a listed name that is also an ordinary word says nothing at a sentence start
            weak = (
                at_start and j == p + 1 and info.common and not info.acronym
                and info.folded not in gaz.generic_orgs
            )
            if kind == "LOC" and j + 1 == end and words[j].casefold() in gaz.loc_heads and words[j].isalpha():
                return self.emit(p, end, "LOC")  # "Fittja Centrum", "Malmö Central": still the place
            if j < end and self.unknown_name(j) and not (person_next or self.party_after(end)):
                q = j + 1  # a longer name: "Stockholm Snipers", "Volvo Lastvagnar"
                while q < end and self.unknown_name(q):
                    q += 1
                if self.country_genitive(p, j):
                    r = q
                    while r < end and self.name_like(r):
                        r += 1  # "Zambias Stoppila Sunzu": the person's name goes on
                    if r - j >= 2 or self.about_sport(p):  # one unknown word may be a company
                        self.emit(p, j, "LOC")  # "Elfenbenskustens Gervinho": the country's player
                        return self.emit(j, r, "PER")
                return self.emit(p, q, "ORG")
            if kind == "LOC" and j < end and j == p + 1 and self.genitive_org(p, known=True):
                return self.emit(p, j + 1, "ORG")  # "Finlands Tandläkarförbund": a body of the place
            if self.person_by_role(p, hit) and not person_next:
                return self.emit(p, j, "PER")  # "målvakten Sofia"; "ministern Sofia Grenmark" goes on
            if not person_next and not weak:
                return self.emit_known(p, j, kind)
        if not self.word_like(p):
            return p + 1
        if info.acronym and word not in gaz.club_affixes:
            if end == p + 2 and self.acronym_name(p):
                return self.emit(p, end, "ORG")  # "IG Metall", "SOS Alarm", "BBC News"
            return self.acronym(p)
        if info.place and not (at_start and info.common) and not (info.surname or info.first_name):
            return self.emit(p, p + 1, "LOC")
        if info.thing and not (info.first_name or info.surname):
            return p + 1
        q = p + 1  # a run of words that can make up a person's name
        while q < end and self.name_like(q):
            q += 1
        if q + 1 == end and info.first_name and self.place_surname(q) and (
            q - 1 == p or self.info(q - 1).base is None  # not "Jonas Jerebkos Detroit"
        ):
            q += 1  # "Mats Berg", "Whitney Houston", "Victor Öhling Norberg": a town as surname
        if self.leading_role(p, q, end, at_start):
            self._after_role = p + 1
            return p + 1
        if q == p + 1 < end and not at_start and self.org_attribute(p):
            return self.emit(p, q + 1, "ORG")  # "Svenska Riksidrottsförbundet"
        if q == p + 1 < end and self.genitive_org(p):
            return self.emit(p, q + 1, "ORG")  # "Lantbrukarnas Riksförbund", "Journalisternas Fackförbund"
        if at_start and info.common and not (q - p >= 2 and info.first_name):
            if q - p == 1:
                self.pending.append((p, None))
                return q
            p += 1
            at_start = False
        if self.org_suffix(q - 1, at_start and q - 1 == p):
            return self.emit(p, q, "ORG")
        head = self.lowercase_head(q)
        if head is not None:
            return self.emit(p, q + 1, head)
        if q - p >= 2:
            k = self.person_start(p, q)
            if k:  # the employer's genitive stays a name of its own, a role goes
                if k == p + 1 and info.base is not None:
                    self.pending.append((p, "ORG"))
                return self.emit(k, q, "PER")
            return self.emit(p, q, self.run_kind(p, q))
        return self.single(p, at_start)

    def country_genitive(self, p: int, j: int) -> bool:
        """The gazetteer name [p, j) is one word, a country or region in the genitive
        ("Zambias", "Elfenbenskustens"): the names after it are a person of that country."""
        info = self.info(p)
        if j != p + 1 or info.base is None or info.base.casefold() not in self.gaz.regions:
            return False
        after = self.info(j)  # not an organization of the country: "Danmarks Blindebibliotek"
        gaz = self.gaz
        base = (after.base or self.words[j]).casefold()
        if after.suffix is not None or base in gaz.common or _compound_of_word(base, gaz.common):
            return False  # nor a word of the language: "Sveriges Lärares ordförande"
        org_endings = gaz.org_suffixes + gaz.weak_org_suffixes  # "-förbund" as "-förbundet"
        return not any((after.folded + end).endswith(org_endings) for end in ("et", "en", "n"))

    def about_sport(self, p: int) -> bool:
        """The sentence of token p (up to 30 tokens either side) has a sports word."""
        words, ends = self.words, (".", "!", "?")
        lo = p
        while lo > 0 and p - lo < 30 and words[lo - 1] not in ends:
            lo -= 1
        hi = p
        while hi < self.n and hi - p < 30 and words[hi] not in ends:
            hi += 1
        return is_sport_word_in(words[lo:hi])

    def place_surname(self, q: int) -> bool:
        """Token q, last of its chunk after a first name, is a one-word town or district that ends
        the person's name (never a country or region: "Anna Sverige" is no name)."""
        hit = self.match(q)
        if hit is None or hit[0] != q + 1 or hit[1] != "LOC":
            return False
        info = self.info(q)
        return not (info.acronym or info.common or info.place) and info.folded not in self.gaz.regions

    def org_attribute(self, p: int) -> bool:
        """Token p is an ordinary capitalized word that begins the organization named by the
        next token ("Svenska Riksidrottsförbundet", "Nordiska Kulturfonden")."""
        info, after = self.info(p), self.info(p + 1)
        return (
            info.common and not (info.title or info.first_name or info.surname)
            and info.folded not in self.gaz.function_words
            and after.suffix == "strong" and not after.common and self.words[p + 1][0].isupper()
            and not self.in_headline(p)
        )

    def genitive_org(self, p: int, known: bool = False) -> bool:
        """Token p is a Swedish genitive no name list knows (``known``: a place's), and the
        capitalized word after it ends like an organization anywhere ("Lantbrukarnas Riksförbund",
        "Finlands Tandläkarförbund"): one organization named after its members or its place, not
        a person or a place and a body."""
        info, after = self.info(p), self.info(p + 1)
        return (
            self.gaz.language == "sv" and info.base is not None
            and (known or not (info.first_name or info.surname or info.title or info.acronym))
            and after.suffix == "strong" and self.words[p + 1][0].isupper()
        )

    def leading_role(self, p: int, q: int, end: int, at_start: bool) -> bool:
        """Token p is a role noun before a name, as in "Popkonstnären David Hockney",
        "Tvåan Christian Sprenger" or "Terrorforskaren Ranstorp menar" (run [p, q))."""
        info = self.info(p)
        if info.first_name or info.surname or self.match(p) is not None:
            return False
        if q - p >= 2 and not (info.base is not None and not info.common):  # a genitive is the employer
            after = self.info(p + 1)
            if after.first_name and not after.common and (
                info.common or q - p >= 3 or info.folded.endswith(ROLE_ENDINGS)
            ):
                return True
        if not at_start:
            return False
        if q < end and self.known_name(q):
            return True  # "Grannlandet Norge": a known name follows the opening word
        return q - p == 2 and info.folded.endswith(STRONG_ROLE_ENDINGS) and len(info.folded) > 7

    def run_kind(self, p: int, q: int) -> str:
        """Kind of a run of two or more capitalized words that is not in the gazetteer."""
        gaz = self.gaz
        first, last = self.words[p], self.words[q - 1]
        if first in LEADING_PARTICLES or self.party_after(q):
            return "PER"  # "Till von Essens prestationer", "Anna Berglund Kvist (M)"
        if first in gaz.club_affixes or last in gaz.club_affixes:
            return "ORG"  # Helsingborgs IF, IFK Göteborg
        if self.org_word(q - 1):
            return "ORG"  # Labour Party
        if self.common(p) and not self.info(p).first_name:
            preps = gaz.loc_preps
            if p > 1 and self.words[p - 1] in preps and self.words[p - 2] in preps:
                return "LOC"  # "i italienska Val Gardena": a place where a place is named
            return "ORG"  # Svensk Fastighetsförmedling
        if self.unnamed_place_run(p, q):
            return "LOC"  # "i Puerto Madryn", "från Lago Agrio": no first name, after "i"
        return "PER"

    def emit_known(self, p: int, j: int, kind: str) -> int:
        """Emit a gazetteer name, with a word that completes it: "Örebro kommun", "Ericsson AB",
        "NHS England"."""
        if kind == "ORG" and j < self.n and self.joined(j) and self.words[j][0].isupper():
            place = self.match(j)
            if place is not None and place[1] == "LOC":
                return self.emit(p, place[0], "ORG")  # an organization's branch in a place
        head = self.lowercase_head(j)
        if head is not None:
            return self.emit(p, j + 1, "ORG" if kind == "ORG" else head)
        if j < self.n and self.words[j] in self.gaz.club_affixes and self.joined(j):
            return self.emit(p, j + 1, "ORG")
        return self.emit(p, j, kind)

    def emit(self, p: int, q: int, kind: str) -> int:
        """Record the name [p, q) unless it names an event, a prize or a venue ("Stockholm Open",
        "Cecil B DeMille Award", "Vida Arena"): then nothing, and the scan goes on after it."""
        heads = self.gaz.event_heads
        if self.words[q - 1] in heads and q - p >= 2:
            return q
        if q < self.n and self.words[q] in heads and self.joined(q):
            return q + 1
        self.found.append((p, q, kind))
        return q

    def acronym(self, p: int) -> int:
        """All-caps word: an organization unless a party letter, a word, or part of shouting."""
        words = self.words
        word = words[p]
        if ROMAN.fullmatch(word):
            return p + 1  # Carl XVI Gustaf
        place_end = self.dateline(p)
        if place_end:
            return self.emit(p, place_end, "LOC")  # "WASHINGTON (AP) —": the place the news is from
        if word in self.gaz.parties and p > 0 and words[p - 1] == "(":
            return p + 1
        person_end = self.caps_person(p)
        if person_end:
            return self.emit(p, person_end, "PER")  # a signature in capitals: "BENGT WADENSJÖ"
        if self.caps_place(p):
            return self.emit(p, p + 1, "LOC")  # "STOCKHOLM Aw shucks", a dateline without agency
        # a shouted word ("DET", English "IS"); Swedish two-letter acronyms (DR, SR) are names
        shouted = len(word) > 2 or self.gaz.language == "en"
        if (shouted and word.casefold() in self.gaz.common) or self.in_headline(p):
            return p + 1
        for k in (p - 1, p + 1):
            if 0 <= k < self.n and len(words[k]) > 1 and words[k].isupper():
                if words[k].isalpha() and self.match(k) is None:
                    return p + 1
        return self.emit_known(p, p + 1, "ORG")

    def acronym_name(self, p: int) -> bool:
        """Token p, an acronym no list knows, and the one capitalized word after it make one
        organization's name: the word is an ordinary word or a name no list knows ("IG Metall",
        "SOS Alarm", "SVT Nyheter"), not a person's name, a title, a known name or a weekday."""
        word = self.words[p]
        if not (2 <= len(word) <= 5 and word.isalpha()) or ROMAN.fullmatch(word) or not self.joined(p + 1):
            return False
        if self.caps_place(p) or self.caps_person(p) or self.dateline(p) or self.in_headline(p):
            return False
        after = self.info(p + 1)
        if after.acronym or after.first_name or after.surname or after.title or after.non_entity:
            return False
        if not (after.cap and after.shape_ok) or self.words[p + 1] in self.gaz.particles:
            return False
        hit = self.match(p + 1)
        return (hit is None or hit[1] == "ORG") and (after.common or self.unknown_name(p + 1))

    def caps_person(self, p: int) -> int:
        """The end of a person's name written in capitals from token p, 0 if there is none: a
        first name, perhaps an initial, then one or two words in capitals that are surnames or no
        ordinary word or other name ("BENGT WADENSJÖ", "ANDERS W JONSSON"), none of them an
        acronym the lists know."""
        words, gaz = self.words, self.gaz
        if len(words[p]) < 3 or words[p].title() not in gaz.first_names or gaz.names.get((words[p],)):
            return 0
        q = p + 1
        if q < self.n and len(words[q]) == 1 and words[q].isupper() and self.joined(q):
            q += 1  # a middle initial
        last = 0
        while q < self.n and q - p <= 3 and self.joined(q):
            word = words[q]
            if len(word) < 2 or not (word.isupper() and word.isalpha()) or gaz.names.get((word,)):
                break
            folded = word.casefold()
            if word.title() not in gaz.surnames and (folded in gaz.common or gaz.names.get((folded,))):
                break  # "ANNA SVERIGE", "UTAN ANDERS GÅR": an ordinary word or another name ends it
            last = q = q + 1
        return last

    def caps_place(self, p: int) -> bool:
        """Token p, in capitals, is a known place of four letters or more that no list knows as
        an acronym ("STOCKHOLM", "GÖTEBORG"; not "USA", which is one as it stands)."""
        word = self.words[p]
        if len(word) < 4 or not word.isalpha() or self.gaz.names.get((word,)):
            return False
        return self.gaz.names.get((word.casefold(),)) == "LOC"

    def dateline(self, p: int) -> int:
        """The end of the capitalized place of a dateline starting at token p, 0 if there is none:
        "WASHINGTON (AP)", "STOCKHOLM (TT)", "NEW YORK (AP)", "LONDON, May 3 (Reuters)"."""
        words, n = self.words, self.n
        if not self.initial(p):
            return 0
        q = p + 1  # a place of up to three words in capitals: "NEW YORK", "SAN JOSÉ"
        while q < n and q - p < 3 and len(words[q]) > 1 and words[q].isupper() and words[q].isalpha():
            q += 1
        k = q
        if k < n and words[k] == ",":  # a date between the place and the agency
            k += 1
            while k < n and k - q <= 4 and words[k] != "(" and (words[k].isalnum() or words[k] == "."):
                k += 1
        if k + 2 < n and words[k] == "(" and words[k + 1] in NEWS_AGENCIES and words[k + 2] == ")":
            return q
        return 0

    def single(self, p: int, at_start: bool) -> int:
        """A lone capitalized word that is not in the gazetteer."""
        info = self.info(p)
        common = info.common
        if info.non_entity:
            return p + 1  # "en Oscar": the prize, not the man
        if info.base is not None and not (info.first_name or info.surname) and self.role_after(p):
            # the genitive before a role and a name is the employer, unless the document
            # names it as someone: "Ellevios presschef Fredrik Nord", "Ranstorps kollega"
            self.pending.append((p, "ORG"))
            return p + 1
        if 0 < p < self.n - 1 and self.words[p - 1] == "," == self.words[p + 1] and self._date_after(p + 2):
            return self.emit(p, p + 1, "LOC")  # "Friidrott, Diamond league, Eugene, 2 juni": where
        if (info.first_name and not common) or p == self._after_role:
            return self.emit(p, p + 1, "PER")
        if not common and info.surname:
            if not at_start:
                return self.emit(p, p + 1, "PER")
            self.pending.append((p, "PER"))
        elif at_start:  # only a typical surname says anything here: "Bäckström anlände"
            surname_like = info.folded.endswith(STRONG_SURNAME_ENDINGS) and not info.thing
            self.pending.append((p, "PER" if surname_like else "LOC" if self.initial_place(p) else None))
        else:
            self.pending.append((p, self.context_kind(p, weak=common)))
        return p + 1
