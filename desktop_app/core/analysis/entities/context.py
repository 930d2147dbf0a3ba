"""How the scanner types a name no list knows by the words around it ("i Bangui", "säger
Holmén", "den 54-årige Haddad"), and the second pass that settles lone words with what the whole
document names them.

Every question looks at a bounded number of neighbouring tokens, so asking it is constant time.
"""

from __future__ import annotations

from desktop_app.core.analysis.entities.gazetteer import Gazetteer, kind_of_noun
from desktop_app.core.analysis.entities.token_features import TokenFeatures

COORDINATORS = frozenset(("och", "eller", "samt", ",", "and", "or", "&"))
SAY_BEFORE = frozenset(("säger", "sade", "sa", "said", "says"))
SURNAME_ENDINGS = (
    "sson", "son", "sen", "berg", "ström", "qvist", "kvist", "gren", "lund", "holm", "dahl",
    "stedt", "ander", "vić", "vic", "ski", "sky", "cki", "icz", "inen", "mann", "stein", "ov",
    "ev", "ova", "eva", "escu", "poulos", "akis", "oglu", "oğlu", "yan", "enko", "shvili",
)
AGE_ENDINGS = ("årige", "åriga", "year-old")
# endings of the word after a genitive that make it a verb, an adverb or a participle more often
# than a noun ("finns", "ligger", "igen", "ofta", "stängde", "byggt")
NOT_NOUN_ENDINGS = ("s", "r", "de", "te", "dd", "tt", "en", "a", "t")
# a role or a holding in a company before "i": the unknown name after it is the company, not a place
COMPANY_ROLES = frozenset((
    "vd", "vd:n", "koncernchef", "koncernchefen", "styrelseordförande", "finanschef", "finanschefen",
    "delägare", "aktieägare", "aktier", "aktierna", "aktiepost", "aktieposten", "ägarandel", "andel",
    "konto", "kontot", "anställd", "anställda", "grundare", "grundaren", "medgrundare", "investerat",
    "investeringar", "ordförande", "styrelseledamot", "ledamot", "medlem", "medlemmar", "chef",
))

# a preposition of place that opens a sentence: "I Zug, en ort med ...", "Runt Manama slogs ..."
INITIAL_PREPOSITIONS = frozenset(("I", "Från", "Utanför", "Nära", "Inom", "Runt", "Kring", "Över", "Längs", "Genom", "Via"))
# a preposition of place before an unknown name keeps it a place even when a verb of saying follows
PLACE_BEFORE_CUE = frozenset(("i", "från", "utanför", "inom", "nära", "in", "from", "outside", "near"))
# where an unknown name with a place-name ending is a place ("vid Tönnebro", "på Ingarö")
PLACE_ENDING_PREPOSITIONS = frozenset((
    "vid", "på", "mellan", "mot", "till", "över", "förbi", "längs", "bortom", "invid", "ovanför",
    "nedanför", "från", "i", "utanför", "nära", "genom", "via", "kring", "runt", "inom",
))
# "i närheten av X": a noun of nearness before "av" makes the unknown name after it a place
NEAR_NOUNS = frozenset(("närheten", "närområdet", "trakten", "utkanten", "vicinity", "outskirts"))
# the words of a distance between a place and a compass bearing: "X några kilometer nordost om Y"
DISTANCE_WORDS = frozenset((
    ",", "strax", "cirka", "ca", "drygt", "dryg", "knappt", "knapp", "halvmil", "halv", "omkring", "ungefär", "några", "ett", "par", "en", "två",
    "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "tjugo", "femtio", "hundra", "kilometer",
    "km", "mil", "meter", "a", "few", "about", "some", "miles", "kilometres", "kilometers", "just",
))
# a verb or noun of going before "till": the unknown name after it is where one goes ("flyttade
# till Skara", "resan till Hangzhou"), not whom one speaks or gives to ("säger till Berg")
GOING_BEFORE_TILL = frozenset((
    "flytta", "flyttar", "flyttade", "flyttat", "åka", "åker", "åkte", "åkt", "resa", "reser", "reste",
    "rest", "resan", "resor", "kom", "komma", "kommer", "kommit", "återvände", "återvänder", "återvänt",
    "anlände", "anländer", "anlänt", "ankomsten", "ankomst", "tillbaka", "vägen", "väg",
    "flög", "flyger", "flygit", "körde", "kör", "kört", "köra", "flydde", "flytt",
    "flytten", "förflyttades", "fördes", "transporterades", "evakuerades", "utvisas",
    "utvisades", "deporterades", "pendlar", "pendla", "cyklade", "seglade", "vandrade", "tåget", "flyget",
    "bussen", "båten", "färjan", "resenärer", "resenärerna", "upp", "ner", "ned", "norrut",
    "söderut", "västerut", "österut", "ända",
))
# a place's plural nouns after its genitive: "Uppsalas gator", "Berlins flygplatser", "Malmös skolor"
PLACE_GENITIVE_NOUNS = frozenset((
    "gator", "gatorna", "gata", "gränder", "torg", "torget", "invånare", "invånarna", "förorter",
    "förorterna", "stadsdelar", "stadsdelarna", "flygplats", "flygplatser", "flygplatsen", "hamn",
    "hamnen", "skolor", "sjukhus", "stadshus", "stadshuset", "centrum", "innerstad", "stränder",
    "kvarter", "kvarteren", "parker", "bostadsområden", "tunnelbana", "tunnelbanan", "borgmästare",
    "omgivningar", "befolkning", "befolkningen", "gränser", "gränsen", "utkant", "utkanter",
    "streets", "suburbs", "airport", "residents", "mayor", "outskirts",
))
# between the two ends of a route or a pair of towns: "Östersund / Storlien"
ROUTE_MARKS = frozenset(("/", "–", "—"))
MONTHS = frozenset((
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
    "oktober", "november", "december", "january", "february", "march", "may", "june", "july",
    "august", "october",
))

Found = tuple[int, int, str]  # token range [i, j) and kind


class NameContext(TokenFeatures):
    """The found names and the lone words still to settle, with the rules that type them."""

    def __init__(self, text: str, gaz: Gazetteer) -> None:
        super().__init__(text, gaz)
        self.found: list[Found] = []
        self.pending: list[tuple[int, str | None]] = []  # lone word, kind from context

    def context_kind(self, p: int, weak: bool = False) -> str | None:
        """Kind of an unknown mid-sentence name from the words around it.

        ``weak``: the word is also an ordinary word, so only a strong cue makes it a name.
        """
        gaz, words = self.gaz, self.words
        prev = words[p - 1] if p > 0 else ""
        if prev == "." and p > 1:
            prev = words[p - 2]
        nxt = words[p + 1] if p + 1 < self.n else ""
        after = words[p + 2] if p + 2 < self.n else ""
        if prev.casefold() in gaz.titles or prev in SAY_BEFORE or (nxt in gaz.person_cues and prev not in PLACE_BEFORE_CUE):
            return "PER"  # not "Simon Marainen i Ára tycker": the verb is the person's before
        if prev.endswith(AGE_ENDINGS) or (prev[:1].islower() and prev.endswith(gaz.title_endings)):
            return "PER"  # "den 67-årige McAfee", "säkerhetschefen Goran"
        if prev[:1].islower():
            kind = kind_of_noun(prev, gaz)
            if kind is not None:
                return kind  # "huvudstaden Tegucigalpa", "nyhetsbyrån Sana"
        elif len(prev) > 10 and prev.isalpha() and kind_of_noun(prev.casefold(), gaz) == "LOC":
            return "LOC"  # "Malmöstadsdelen Rosengård": a compound of the kind noun
        if nxt == "," and self._date_after(p + 2):
            return "LOC"  # "Alpint, världscupen, Wengen, 13-15 januari": where and when
        if (nxt == "(" and after in gaz.parties) or (nxt == "," and after.isdigit()):
            return "PER"  # Löfven (S), Andersson, 45,
        if weak:
            return None
        if prev in gaz.loc_preps or (prev in INITIAL_PREPOSITIONS and self.initial(p - 1)):
            if prev == "i" and p > 1 and words[p - 2] in COMPANY_ROLES:
                return "ORG"  # "koncernchef i Ikea", "ett konto i Nordea"
            if self._genitive_of_noun(p):
                return None  # "i Fortums transformatorstation": the preposition is the noun's
            return "LOC"  # "i Bangui", and "I Zug, en ort med ..." at a sentence's start
        if prev == "till" and (self._place_from(p - 1) or (p > 1 and words[p - 2].casefold() in GOING_BEFORE_TILL)):
            return "LOC"  # "från Monterrey till Toluca", "flyttade till Skara"
        if self.place_genitive(p):
            return "LOC"  # "på Uppsalas gator", "Berlins flygplatser"
        if self._by_direction(p, prev, nxt, after):
            return "LOC"  # "norr om Bangui", "Kvarnarp sydväst om Tranås", "i höjd med Valö"
        if prev == "," and nxt in (".", ")", "") and self.found and self.found[-1][1] == p - 1:
            i, j, kind = self.found[-1]
            if kind == "PER" and j - i >= 2:
                return "LOC"  # "säger brandinspektör Marcus Örnroth, Göteborg.": where he works
        if prev in COORDINATORS and self.found and self.found[-1][1] == p - 1:
            return self.found[-1][2]  # "i Kiev och Tjernobyl": like the name before
        if prev in COORDINATORS and self.pending and self.pending[-1] == (p - 2, "LOC"):
            return "LOC"  # "i Uddevalla och Herrljunga": a place the context named so
        if prev in ROUTE_MARKS and self._place_before(p - 1):
            return "LOC"  # "Östersund / Storlien", "Torpshammar – Sundsvall": a route
        folded = self.info(p).folded
        if self._place_name(p, folded) and self._placed(p, prev, nxt):
            return "LOC"  # "vid Tönnebro", "mellan Rannåsen och Lugnvik", "på Ingarö"
        if folded.endswith(SURNAME_ENDINGS):
            return "PER"
        return None

    def unnamed_place_run(self, p: int, q: int) -> bool:
        """The unknown run [p, q) of two or three words stands after a preposition of place ("i",
        "från", "utanför", "nära"), a verb of going and "till", or "och" after a place, and no word
        of it is a first name or a surname: a place, not a person ("i Puerto Madryn", "flyttade
        till Rio de Janeiro"; "i Carl Bildts regering" has a first name)."""
        words = self.words
        before = words[p - 1] if p else ""
        placed = (
            before in PLACE_BEFORE_CUE
            or (before == "I" and self.initial(p - 1))
            or (before == "till" and p > 1 and words[p - 2].casefold() in GOING_BEFORE_TILL)
            or (before in COORDINATORS and self._place_before(p - 1))  # "Saudiarabien och Förenade Arabemiraten"
        )
        if q - p > 3 or not placed:
            return False
        for k in range(p, q):
            info = self.info(k)
            if info.first_name or info.surname or info.title or not words[k].isalpha():
                return False
        return self.info(q - 1).base is None  # "i Bo Ringholms bok": a genitive owns a noun
    def _place_name(self, p: int, folded: str) -> bool:
        """Token p, a lone unknown name, ends like a Swedish place name ("Lugnvik", "Tönnebro")
        with at least three letters before the ending, and is no one's surname or first name."""
        info = self.info(p)
        if info.first_name or info.surname or not self.words[p].isalpha():
            return False
        return any(
            len(folded) >= len(end) + 3 for end in self.gaz.place_endings if folded.endswith(end)
        )

    def _placed(self, p: int, prev: str, nxt: str) -> bool:
        """Token p stands where a place is named: after a preposition of place or way ("vid",
        "på", "mellan", "mot"), after "och" or "," that follow such a name, or before a dash to a
        place ("Torpshammar – Sundsvall"); not after a verb, where "-vik" and "-sund" also end
        Norwegian surnames ("tog Nordvik guld")."""
        if prev in PLACE_ENDING_PREPOSITIONS:
            return True
        if prev in COORDINATORS and p >= 2:
            before = p - 2
            if self.pending and self.pending[-1] == (before, "LOC"):
                return True  # "mellan Rannåsen och Lugnvik"
            if self.found and self.found[-1][1] == before + 1 and self.found[-1][2] == "LOC":
                return True
        if nxt in ("–", "-", "—") and p + 2 < self.n:
            return self.match(p + 2) is not None and self.match(p + 2)[1] == "LOC"
        return False

    def _date_after(self, k: int) -> bool:
        """Tokens from k are a day or a span of days and a month ("13-15 januari", "2 juni")."""
        words = self.words
        if k + 1 >= self.n or not words[k][:1].isdigit():
            return False
        day = words[k].replace("-", "").replace("–", "")
        month = k + 1
        if words[month] in ("-", "–") and month + 2 < self.n and words[month + 1].isdigit():
            month += 2  # "20 – 25 augusti"
        return day.isdigit() and len(words[k]) <= 5 and words[month].casefold() in MONTHS

    def _genitive_of_noun(self, p: int) -> bool:
        """Token p is an unknown name in the genitive before the ordinary noun it governs ("i
        Carrs bok", "från Ikeas ledning"), not before a verb or an adverb ("i Vilnius finns")."""
        if self.info(p).base is None or p + 1 >= self.n or not self.joined(p + 1):
            return False
        word = self.words[p + 1]
        info = self.info(p + 1)
        gaz = self.gaz
        return (
            word[0].islower() and word.isalpha() and info.common
            and word not in gaz.function_words and word not in gaz.loc_heads and word not in gaz.org_heads
            and not word.endswith(NOT_NOUN_ENDINGS)
        )

    def initial_place(self, p: int) -> bool:
        """Token p, an unknown name at a sentence's start, is a place by what follows it: "Tremonas
        gator", "Löddeköpinge ligger en halvmil nordväst om Lund", "Kvarnby, strax väster om"."""
        info = self.info(p)
        if info.common or kind_of_noun(info.folded, self.gaz) is not None:
            return False  # "Byn ligger tre mil norr om Kandahar": a noun of the kind
        words, n = self.words, self.n
        nxt = words[p + 1] if p + 1 < n else ""
        after = words[p + 2] if p + 2 < n else ""
        return self.place_genitive(p) or self._by_direction(p, "", nxt, after)

    def place_genitive(self, p: int) -> bool:
        """Token p is an unknown name in the genitive before a noun of a town's streets, people or
        buildings ("Uppsalas gator", "Malmös skolor"), no person's or company's."""
        info = self.info(p)
        if info.base is None or info.first_name or info.surname or p + 1 >= self.n or not self.joined(p + 1):
            return False
        return self.words[p + 1] in PLACE_GENITIVE_NOUNS

    def _place_before(self, end: int) -> bool:
        """A place, found or guessed, ends right before token ``end``."""
        if self.found and self.found[-1][1] == end and self.found[-1][2] == "LOC":
            return True
        return bool(self.pending) and self.pending[-1] == (end - 1, "LOC")

    def _place_from(self, end: int) -> bool:
        """A place introduced by "från" ends right before token ``end``."""
        if self.found and self.found[-1][1] == end and self.found[-1][2] == "LOC":
            start = self.found[-1][0]
        elif self.pending and self.pending[-1] == (end - 1, "LOC"):
            start = end - 1
        else:
            return False
        return start > 0 and self.words[start - 1] == "från"

    def _by_direction(self, p: int, prev: str, nxt: str, after: str) -> bool:
        """Token p stands next to a compass bearing ("norr om X", "X sydväst om", "north of X")
        or after "i höjd med", the traffic news' way to name a spot on a road."""
        of = "of" if self.gaz.language == "en" else "om"
        directions = self.gaz.loc_directions
        before2 = self.words[p - 2].casefold() if p > 1 else ""
        if prev == of and before2 in directions:
            return True
        if after == of and nxt.casefold() in directions:
            return True
        if (nxt in DISTANCE_WORDS or nxt[:1].isdigit()) and self._distance_bearing(p + 1, of, directions):
            return True  # "Ingelsby några kilometer nordost om", "Kvarnby, strax väster om"
        if nxt in ("ligger", "låg", "lies", "is") and self._distance_bearing(p + 2, of, directions):
            return True  # "Löddeköpinge ligger en dryg halvmil nordväst om Lund"
        if prev == "av" and before2 in NEAR_NOUNS:
            return True  # "i närheten av Jevpatorija", "in the vicinity of"
        return prev == "med" and before2 == "höjd"

    def _distance_bearing(self, k: int, of: str, directions: frozenset[str]) -> bool:
        """From token k, a distance or "strax" then a compass bearing and "om": "några kilometer
        nordost om", ", strax väster om", "fyra mil norr om" (at most five tokens of distance)."""
        words, n = self.words, self.n
        stop = min(n, k + 5)
        while k < stop and (words[k] in DISTANCE_WORDS or words[k][:1].isdigit()):
            k += 1
        return k + 1 < n and words[k].casefold() in directions and words[k + 1] == of

    def resolve_pending(self) -> None:
        """Second pass: a lone word is what the document named it elsewhere, else its guess."""
        if not self.pending:
            return
        words, info = self.words, self.info
        known: dict[str, str] = {}
        for i, j, kind in self.found:
            if kind == "PER" and j - i >= 2:
                last = words[j - 1]
                known.setdefault(last, "PER")
                known.setdefault(info(j - 1).base or last, "PER")
            elif j - i == 1:
                known.setdefault(words[i], kind)
                known.setdefault(self.name_base(i), kind)  # "Ellevio" after "Ellevios"
        for i, j, kind in self.found:  # "Hammarby har tre poäng" after "Hammarby IF"
            if kind == "ORG" and j - i == 2 and words[j - 1] in self.gaz.club_affixes:
                known.setdefault(words[i], "ORG")
        settled: list[tuple[int, str | None]] = []
        for index, guess in self.pending:  # what the document says first, then the context
            if guess is None:
                settled.append((index, None))  # looked up below, once ``known`` is complete
                continue
            word = words[index]
            kind = known.get(word) or known.get(info(index).base or word) or guess
            settled.append((index, kind))
            known.setdefault(word, kind)
            known.setdefault(self.name_base(index), kind)
        found = self.found
        if any(kind is None for _, kind in settled):
            settled = self._before_place(settled)
        for index, kind in settled:  # words without context take what the others became
            if kind is None:
                word = words[index]
                kind = known.get(word)
                if kind is None:
                    base = info(index).base
                    if base is not None:
                        kind = known.get(base)
            if kind is not None:
                found.append((index, index + 1, kind))
        found.sort()

    def _before_place(self, settled: list[tuple[int, str | None]]) -> list[tuple[int, str | None]]:
        """A lone unknown word, no ordinary word, that a coordinator joins to a place after it is
        a place too: "Haninge och Värmdö", "Lidingö, Järfälla och Danderyd" (read from the end,
        so that a list takes the kind of its last, known, member)."""
        words, n = self.words, self.n
        places = {i for i, j, kind in self.found if kind == "LOC"}
        result = list(settled)
        for k in range(len(result) - 1, -1, -1):
            index, kind = result[k]
            if kind == "LOC":
                places.add(index)
                continue
            if kind is not None or index + 2 >= n or words[index + 1] not in COORDINATORS:
                continue
            info = self.info(index)
            if info.common or info.first_name or info.surname:
                continue
            if index + 2 in places and "\n" not in self.gaps[index + 1] and self.joined(index + 2):
                result[k] = (index, "LOC")
                places.add(index)
        return result
