"""Names the recognizer got short or wrong, mended where a speaker is read: English
institutions cut at "for" ("Campaign for Better Transport") or after "St.", Swedish ones without
their compass word or municipality ("Stora Tuna Bostäder", "Utbildningsförvaltningen i Stockholms
stad"), a titled person read as a place ("Councillor Amy Park") and a surname that is a place
("säger Lund")."""

from __future__ import annotations

import re

from desktop_app.core.analysis.coreference.naming import MUNICIPALITY_AFTER_RE
from desktop_app.core.analysis.entities.actors import ActorRegistry
from desktop_app.core.analysis.entities.gender import gender_of_first_name
from desktop_app.core.analysis.speech.candidates import SpeakerRef

# English institutions named "<head> for <what>": the recognizer stops at the head or starts after "&".
_FOR_HEADS = frozenset(
    "center centre centers centres campaign institute society association council foundation alliance "
    "coalition committee commission office agency network fund trust league union federation partnership "
    "department ministry".split()
)
_CAP_WORDS = r"[A-Z][\w'’-]*(?:\s+(?:of|and|the|&|[A-Z][\w'’-]*))*?"
_FOR_NAME_AFTER_RE = re.compile(rf"\s+for\s+(?:the\s+)?{_CAP_WORDS}[A-Z][\w'’-]*(?![\w'’-])")
_FOR_NAME_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?P<name>(?:[A-Z][\w'’-]*\s+)*?(?P<head>[A-Z][\w'’-]*)\s+for\s+(?:the\s+)?(?:{_CAP_WORDS}\s*&\s*)?)$"
)
_NAME_ADJECTIVE_BEFORE_RE = re.compile(r"(?<![\w-])(?:Stora|Lilla|Norra|Södra|Västra|Östra|Mellersta|Övre|Nedre)\s$")
_CALENDAR_RE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Christmas|Easter)\b"
)
_FOR_AFTER_REF_RE = re.compile(r"\s+for\s+(?:the\s+)?(?=[A-Z])")
_SAINT_BEFORE_RE = re.compile(r"(?<![\w.])(?:St|Ft|Mt)\.\s$")


class NameRepairs:
    """The resolver's name repairs (a mixin: needs ``reg``, ``text``, ``lang`` and the sets the
    resolver keeps as it reads)."""

    reg: ActorRegistry
    text: str
    lang: str
    _places_checked: set[int]  # places and organizations whose first mention was looked at
    _surnames: dict[str, int]  # surname -> the person of that name met last

    def _named_for(self, ref: SpeakerRef) -> int | None:
        """A speaker phrase that is the head of an English institution's name whose "for ..."
        part the recognizer took alone ("the Campaign" + "for Better Transport"): that
        organization, named in full."""
        words = self.text[ref.start : ref.end].split()
        if not words or words[-1].casefold() not in _FOR_HEADS:
            return None
        gap = _FOR_AFTER_REF_RE.match(self.text, ref.end)
        if gap is None:
            return None
        for m in self.reg.overlapping(gap.end(), gap.end() + 1):
            other = self.reg.actors[m.actor]
            genderless = other.kind == "person" and other.gender is None  # "Rural Health Policy"
            if m.start == gap.end() and (other.kind == "organization" or genderless):
                other.kind = "organization"
                self._places_checked.add(m.actor)
                head = " ".join(w for w in words if w not in ("the", "The"))
                name = self.reg.actors[m.actor].name
                if not name.casefold().startswith(head.casefold()):
                    self.reg.rename(m.actor, f"{head}{self.text[ref.end : gap.end()].replace('the ', '')}{name}")
                taken = [t for t in self.reg.overlapping(ref.start, ref.end) if t.end <= gap.start()]
                for t in taken:
                    t.actor = m.actor  # "the Rowan Center" read as someone of its own
                if not taken:
                    self.reg.add_mention(m.actor, ref.start, ref.end, "name")
                return m.actor
        return None

    def _whole_english_name(self, idx: int, pos: int) -> None:
        """An English organization's name the recognizer cut short, at its first mention: "St."
        before it ("St. Paul Public Schools"), "for ..." after an institution's head noun
        ("Campaign for Better Transport", "Sheps Center for Health Services Research") or before
        it with "&" ("Centers for Medicare & Medicaid Services")."""
        name = self.reg.actors[idx].name
        end = pos + len(name)
        before = _SAINT_BEFORE_RE.search(self.text, max(0, pos - 4), pos)
        if before is not None:
            self.reg.rename(idx, before.group() + name)
            return
        last = name.split()[-1].casefold()
        after = _FOR_NAME_AFTER_RE.match(self.text, end) if last in _FOR_HEADS else None
        if after is not None and not _CALENDAR_RE.search(after.group()) and not self.text.startswith(("'s", "’s"), after.end()):
            self.reg.rename(idx, name + after.group())
            return
        lead = _FOR_NAME_BEFORE_RE.search(self.text, max(0, pos - 80), pos)
        if lead is not None and lead.group("head").casefold() in _FOR_HEADS:
            self.reg.rename(idx, lead.group("name").removeprefix("The ") + name)

    def _whole_swedish_name(self, idx: int, pos: int) -> None:
        """A Swedish organization's name the recognizer cut short, at its first mention: a
        compass or size word before it ("Stora Tuna Bostäder", "Södra Skogsägarna"), or the
        municipality, county or region it belongs to after it ("Utbildningsförvaltningen i
        Stockholms stad", "Miljöförvaltningen i Region Skåne")."""
        name = self.reg.actors[idx].name
        before = _NAME_ADJECTIVE_BEFORE_RE.search(self.text, max(0, pos - 8), pos)
        if before is not None:
            self.reg.rename(idx, before.group() + name)
            return
        if " i " in name:
            return
        after = MUNICIPALITY_AFTER_RE.match(self.text, pos + len(name))
        if after is not None:
            self.reg.rename(idx, name + " " + " ".join(after.group().split()))

    def _titled_person(self, idx: int, pos: int) -> None:
        """A "place" of a first name and a surname with a role title before it ("Councillor
        Amy Park", "rektor Maria Skog"): a person, whom "she" and "hon" can then mean."""
        actor = self.reg.actors[idx]
        words = actor.name.split()
        if len(words) != 2 or not self.text.startswith(actor.name, pos):
            return
        gender = gender_of_first_name(words[0], self.lang)
        before = self.text[max(0, pos - 30) : pos].split()
        if gender is None or not before or not self.reg.voc.is_role_word(before[-1].rstrip(".").casefold()):
            return
        actor.kind, actor.gender = "person", gender
        actor.add_role(before[-1])

    def _surname_not_place(self, place: int, ref: SpeakerRef) -> int | None:
        """A speaker named by one word that is a place and the surname of a person met before
        ("Eva Lund" ... "säger Lund"): that person, whose mention the word becomes."""
        words = self.text[ref.start : ref.end].split()
        if len(words) != 1:
            return None
        person = self._surnames.get(words[0].strip(".,:;").casefold())
        if person is None:
            return None
        for m in self.reg.overlapping(ref.start, ref.end):
            if m.actor == place:
                m.actor = person
        return person
