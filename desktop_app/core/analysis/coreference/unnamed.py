"""Speakers the text does not name: "en 84-årig kvinna", "flera vittnen", "uppgifter till
Aftonbladet", "åklagaren", "a person familiar with the matter", and the interviewer.

Each becomes an actor of kind ``unnamed`` named by the text's own phrase (lower case unless it
opens with a name), so a reader sees who speaks as the text describes them instead of a quote
with no speaker. A definite noun later in the text ("kvinnan", "the woman", "mannen") is the
unnamed speaker introduced before with the same head noun ("en 84-årig kvinna", "a woman").
"""

from __future__ import annotations

import re

from desktop_app.core.analysis.entities.actors import ActorRegistry
from desktop_app.core.analysis.entities.gender import gender_of_role
from desktop_app.core.analysis.model import INTERVIEWER
from desktop_app.core.analysis.speech.candidates import SpeakerRef
from desktop_app.core.analysis.speech.word_classes import source_class

_WORD_RE = re.compile(r"[^\W\d_][\w-]*|\d[\w-]*")
# Where a source's head noun ends: a preposition or a relative ("uppgifter till Aftonbladet",
# "forskare inom klimatforskningen", "two people familiar with the matter").
_TAIL_WORDS = frozenset(
    "till från vid i inom på hos med om som av för mot bland of at in from for within with on who that "
    "not familiar involved close".split()
)
_PLURAL_OPENERS = frozenset(
    "flera många några vissa andra somliga alla båda två tre fyra fem de dessa "
    "some many several other most few two three four both all these those".split()
)
_SV_PLURAL_ENDINGS = ("arna", "erna", "orna", "rna", "na", "ar", "er", "or")
_MAX_EXTRA = 3  # letters a definite or plural form adds to its base ("kvinna" -> "kvinnan")


def head_noun(phrase: str) -> str:
    """The head noun of a source phrase: "en 84-årig kvinna från Majorna" -> "kvinna",
    "flera av de drabbade" -> "drabbade", "uppgifter till TT" -> "uppgifter"."""
    words = [w.casefold() for w in _WORD_RE.findall(phrase)]
    head = ""
    for i, word in enumerate(words):
        if i and head and word in _TAIL_WORDS:
            if word == "av" and i + 1 < len(words) and words[i + 1] in ("de", "dem", "the"):
                head = ""  # "flera av de drabbade": the head follows "av de"
                continue
            break
        head = word
    return head


def same_noun(a: str, b: str) -> bool:
    """Two forms of one noun: "kvinna" / "kvinnan", "man" / "mannen", "woman" / "woman"."""
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= _MAX_EXTRA


# English nouns for an organization whose name does not end in them: a US school district is
# "Columbus City Schools" or "St. Paul Public Schools".
_NAMED_OTHERWISE = {"district": ("schools", "school district", "school board", "unified")}


class UnnamedSources:
    """The unnamed speakers of one document, as actors of kind ``unnamed``."""

    def __init__(self, registry: ActorRegistry) -> None:
        self.reg = registry
        self._heads: list[tuple[str, int]] = []  # (head noun, actor index), in order of appearance
        self.plural: set[int] = set()  # groups ("flera vittnen", "critics"): no "han"/"hon"
        self._interviewer: int | None = None
        self._otherwise: dict[str, tuple[int, list[int]]] = {}  # noun -> (actors looked at, fitting ones)

    def named_otherwise(self, noun: str, pos: int) -> int | None:
        """The organization named last before ``pos`` that an English group noun means though
        its name does not end in it: "the district" after "Columbus City Schools" (else None).
        Each actor is looked at once per noun, so a long text stays linear."""
        endings = _NAMED_OTHERWISE.get(noun)
        if not endings or self.reg.language != "en":
            return None
        seen, fitting = self._otherwise.get(noun, (0, []))
        actors = self.reg.actors
        for i in range(seen, len(actors)):
            if actors[i].kind == "organization" and actors[i].name.casefold().endswith(endings):
                fitting.append(i)
        self._otherwise[noun] = (len(actors), fitting)
        return next((i for i in reversed(fitting) if actors[i].first < pos and actors[i].kind == "organization"), None)

    def name_of(self, ref: SpeakerRef) -> str:
        """The phrase as a name: spaces tidied, lower case unless it opens with a name."""
        text = self.reg.text
        phrase = " ".join(text[ref.start : ref.end].split()).strip(" ,.;:")
        first = _WORD_RE.match(phrase)
        acronym = first is not None and len(first.group()) > 1 and first.group().isupper()
        if first and phrase[:1].isupper() and not acronym:
            word_end = ref.start + (text[ref.start :].find(first.group()) + len(first.group()))
            named = any(
                self.reg.actors[m.actor].kind in ("person", "organization", "place")
                for m in self.reg.overlapping(ref.start, word_end)
            )
            if not named:
                phrase = phrase[0].lower() + phrase[1:]
        return phrase

    def resolve(self, ref: SpeakerRef, *, definite: bool = False) -> int | None:
        """The unnamed actor a phrase names: a definite noun is the one introduced before with
        its head noun, else a new one (``definite`` says the phrase points back)."""
        name = self.name_of(ref)
        head = head_noun(name)
        if not head:
            return None
        issuer = self._group_document(name, ref)
        if issuer is not None:
            return issuer
        if definite:
            for known, idx in reversed(self._heads):
                if same_noun(known, head):
                    self.reg.add_mention(idx, ref.start, ref.end, "alias")
                    self.reg.actors[idx].add_alias(name)
                    return idx
        idx = self.reg.actor_index(name, "unnamed", ref.start)
        actor = self.reg.actors[idx]
        if actor.kind not in ("unnamed",):
            return idx  # the phrase is a name the text uses for someone else
        if actor.gender is None:
            actor.gender = gender_of_role(head)
        if self._is_plural(name, head):
            self.plural.add(idx)
        self._heads.append((head, idx))
        self.reg.add_mention(idx, ref.start, ref.end, "name")
        return idx

    def _group_document(self, name: str, ref: SpeakerRef) -> int | None:
        """ "according to district documents", "council figures": the documents of the
        organization that group noun points back to ("the district" after "St. Paul Public
        Schools"), when the text names one."""
        words = name.split()
        if self.reg.language != "en" or len(words) != 2 or not words[0].isalpha() or not words[0].islower():
            return None
        key = f"the {words[0]}"
        if key not in self.reg.voc.group_nouns or "document" not in source_class(words[1], "en"):
            return None
        idx = self.reg.group_target(key, ref.start)
        if idx is None:
            idx = self.named_otherwise(words[0], ref.start)
        if idx is not None:
            self.reg.add_mention(idx, ref.start, ref.end, "alias")
        return idx

    def interviewer(self, pos: int) -> int:
        """The interviewer of an interview: one actor, whose words are the questions."""
        if self._interviewer is None:
            self._interviewer = self.reg.actor_index(INTERVIEWER, "interviewer", pos)
            self.reg.actors[self._interviewer].kind = "interviewer"
        return self._interviewer

    def _is_plural(self, name: str, head: str) -> bool:
        first = name.split(None, 1)[0].casefold() if name else ""
        if first in _PLURAL_OPENERS:
            return True
        if self.reg.language == "en":
            return head.endswith("s") and not head.endswith("ss") or head in ("people", "staff", "police")
        return head.endswith(_SV_PLURAL_ENDINGS) and gender_of_role(head) is None and not head.endswith("an")
