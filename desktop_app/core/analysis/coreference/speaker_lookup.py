"""The resolver's look-ups of a speaker phrase in the text (a mixin of ``Resolver``): the
mention a phrase names, a document's issuer, a group at a place, a name read with its title or in
capitals, and where a sentence starts."""

from __future__ import annotations

from desktop_app.core.analysis.entities.actors import ActorRegistry
from desktop_app.core.analysis.entities.gender import gender_of_first_name
from desktop_app.core.analysis.speech.candidates import SpeakerRef
from desktop_app.core.analysis.text.vocabulary import stopwords

_CUE_OPENERS = frozenset({"det", "detta", "så", "då", "that", "this", "so"})
_PLACE_PREPOSITIONS = frozenset("i på vid inom in at from of".split())

SUBJECT_WINDOW = 200  # characters looked back for the sentence start before a full scan


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: just after the last line break or ". ", "! ",
    "? " before it, else 0. Looks back ``SUBJECT_WINDOW`` characters first; the full scan runs
    only when that window holds no boundary and at most three words without punctuation (a
    mention further in is no subject anyway), so a paragraph without sentence ends stays linear."""
    lo = max(0, pos - SUBJECT_WINDOW)
    base = max(0, lo - 1)
    seg = text[base:pos]
    best = seg.rfind("\n")
    best = base + best + 1 if best >= 0 else -1
    for mark in (". ", "! ", "? "):
        j = seg.rfind(mark)
        if j >= 0:
            best = max(best, base + j + 2)
    if best >= 0 or lo == 0:
        return max(best, 0)
    tail = text[lo:pos]
    if len(tail.split()) > 3 or any(ch in tail for ch in ",:;”\"–("):
        return lo  # already too far from any sentence start to be its subject
    start = lo
    while start > 0 and text[start - 1] != "\n":
        if text[start - 1] == " " and start >= 2 and text[start - 2] in ".!?":
            break
        start -= 1
    return start


class SpeakerLookup:
    """Look-ups over ``self.reg`` (the actor registry) and ``self.text`` for ``Resolver``."""

    reg: ActorRegistry
    text: str
    lang: str

    def _group_at_place(self, ref: SpeakerRef) -> int | None:
        """A place that closes a noun phrase opening its sentence ("Personalen på vårdcentralen i
        Bjurholm", "Staff at the clinic in Bjurholm"): the speaker is the people the phrase
        names, an unnamed source, not the place."""
        start = sentence_start(self.text, ref.start)
        before = self.text[start : ref.start]
        words = before.split()
        if not 2 <= len(words) <= 8 or words[-1] not in _PLACE_PREPOSITIONS or any(c in before for c in ",:;”\"–("):
            return None
        head = words[0]
        if not head[:1].isupper() or head.casefold() in stopwords(self.lang) or head.casefold() in _CUE_OPENERS:
            return None  # "Igår i Bjurholm", "Det i Bjurholm"
        if self.reg.overlapping(start, start + len(head)):
            return None  # a name opens it ("Polisen i Göteborg" is a mention of its own)
        return self._unnamed_source(SpeakerRef(start, ref.end, "unnamed"))

    def _complete_name(self, idx: int, ref: SpeakerRef) -> None:
        """An organization whose recognized name lost its head ("för samhällsskydd och
        beredskap") takes the whole name the speaker phrase reads ("Myndigheten för ...")."""
        actor = self.reg.actors[idx]
        if actor.kind in ("person", "organization"):
            self._strip_title(idx)
        if actor.kind == "person":
            return
        if ref.kind != "name" or actor.kind != "organization" or not actor.name[:1].islower():
            return
        phrase = " ".join(self.text[ref.start : ref.end].split())
        if phrase.endswith(actor.name) and phrase[:1].isupper() and len(phrase) > len(actor.name):
            self.reg.rename(idx, phrase)

    def _strip_title(self, idx: int) -> None:
        """A person's name read with the title before it ("Town Administrator Beth Colby",
        "MBTA General Manager Carla Brightwood"): the name is what follows the last role word."""
        actor = self.reg.actors[idx]
        words = actor.name.split()
        last_role = max((i for i, w in enumerate(words[:-2]) if self.reg.voc.is_role_word(w)), default=-1)
        rest = words[last_role + 1 :]
        if last_role < 0 or len(rest) < 2 or not all(w[:1].isupper() for w in rest):
            return
        gender = gender_of_first_name(rest[0], self.lang)
        if actor.kind == "organization":
            if gender is None:
                return  # "Federal Reserve Bank Board": no person's name after the role
            actor.kind, actor.gender = "person", gender
        actor.add_role(" ".join(words[: last_role + 1]))
        self.reg.rename(idx, " ".join(rest))

    def _named_in_capitals(self, ref: SpeakerRef) -> int | None:
        """ "PELLETIER:" in a transcript: the person of that surname the text names."""
        words = self.text[ref.start : ref.end].split()
        if not words or not all(w.isupper() and len(w) > 1 for w in words):
            return None
        surname = words[-1].casefold()
        for i, actor in enumerate(self.reg.actors):
            if actor.kind == "person" and actor.name.split()[-1].casefold() == surname:
                return i
        return None

    def _issuer_before(self, noun: str, pos: int) -> int | None:
        """The organization named in the sentence that brought up the document: "rapporten"
        after "Statskontoret presenterade en ny rapport" or "en ny rapport från Statskontoret"."""
        stem = noun.casefold()
        for ending in ("erna", "arna", "en", "et", "n", "s", "er", "ar"):
            if stem.endswith(ending) and len(stem) - len(ending) >= 4:
                stem = stem[: -len(ending)]
                break
        if len(stem) < 4:
            return None
        lo = max(0, pos - 1500)
        found = self.text[lo : max(lo, pos - 1)].lower().rfind(stem)
        if found < 0:
            return None
        at = lo + found
        while at > lo and self.text[at - 1].isalpha():  # a compound ("årsrapport") is the same noun
            at -= 1
        start = max(self.text.rfind(". ", lo, at), self.text.rfind("\n", lo, at)) + 1
        end = min((e for e in (self.text.find(". ", at, pos), self.text.find("\n", at, pos)) if e != -1), default=pos)
        best = None
        for m in self.reg.overlapping(start, end):
            if start <= m.start and m.end <= end and self.reg.actors[m.actor].kind == "organization":
                if best is None or abs(m.start - at) < abs(best.start - at):
                    best = m
        return best.actor if best is not None else None

    def _mentioned(self, start: int, end: int) -> int | None:
        ranked = {"person": 0, "unnamed": 0, "organization": 1, "place": 2, "interviewer": 3}
        best: tuple[int, int] | None = None
        best_end = -1
        for m in self.reg.overlapping(start, end):
            rank = ranked[self.reg.actors[m.actor].kind]
            if best is not None and rank == best[0] == 1 and (
                m.end <= best_end or self.text[best_end : m.start] in (" i ", " in ")
            ):
                continue  # "Vårdförbundet i Region Kalmar län": the union's branch there, not the region
            # The name ends the phrase: "Ellevios presschef Fredrik Nord" is Fredrik Nord.
            if best is None or rank <= best[0]:
                best = (rank, m.actor)
                best_end = m.end
        return None if best is None else best[1]
