"""Organizations named only as where someone works ("Johan Ek, analytiker på Nordea",
"Aktiespararnas ekonom Lisa Berg") and public bodies, for the resolver: "bolaget" / "the company"
in a later cue points past them to the organization the text speaks of."""

from __future__ import annotations

import re

from desktop_app.core.analysis.coreference.companies import fits_target
from desktop_app.core.analysis.entities.actors import ActorRegistry
from desktop_app.core.analysis.speech.candidates import SpeakerRef

# An organization named as the possessor of someone's role: "Aktiespararnas ekonom Niklas Tovesson",
# "Barclays' analyst Jane Rourke".
_POSSESSOR_OF_ROLE_RE = re.compile(
    r"[^\W\d_][\w-]*(?::s|s|'s|’s|'|’)?\s+(?:[a-zåäö-]+\s+){1,2}[A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ][\w-]+"
)


# Head words of public bodies' names: no company is "the company" of ("bolaget", "the firm").
_AUTHORITY_HEADS_EN = frozenset(
    "commission administration agency department ministry authority bureau inspectorate regulator "
    "council court police".split()
)
_AUTHORITY_ENDINGS_SV = (
    "verket", "myndigheten", "styrelsen", "inspektionen", "departementet", "nämnden", "förvaltningen",
    "domstol", "domstolen", "rätt", "rätten", "polisen", "kommun", "län", "region", "regionen",
)


class Affiliations:
    """The resolver's rules about employers and public bodies (a mixin: needs ``reg``, ``text``,
    ``lang``, ``_employee_before`` and the sets the resolver keeps as it reads)."""

    reg: ActorRegistry
    text: str
    lang: str
    _affiliations: set[int]  # organizations named so far only as where someone works
    _standing_order: list[int]  # organizations named in their own right, most recent last


    def _affiliation_at(self, pos: int) -> bool:
        """A mention that only says where a person works: after "X, analytiker på" or as the
        possessor of a role before a name ("Aktiespararnas ekonom Niklas Tovesson")."""
        if self._employee_before(pos) is not None:
            return True
        return _POSSESSOR_OF_ROLE_RE.match(self.text, pos, min(len(self.text), pos + 90)) is not None and any(
            self.reg.actors[m.actor].kind == "person" for m in self.reg.overlapping(pos + 1, min(len(self.text), pos + 90))
        )

    def _past_affiliations(self, found: int, ref: SpeakerRef) -> int:
        """ "Bolaget skriver" given to an organization named only as someone's employer, or
        "the company said" given to an authority ("the Consumer Product Safety Commission"): the
        nearest other one the noun fits, if any (else the one found)."""
        if self.reg.actors[found].kind != "organization":
            return found
        words = self.text[ref.start : ref.end].casefold().split()
        noun = " ".join(words[-2:]) if len(words) > 1 and words[-2] == "the" else (words[-1] if words else "")
        target = self.reg.voc.group_nouns.get(noun, "")
        if not target.startswith("@") and not target.endswith("*"):
            return found  # "länsstyrelsen", "tingsrätten": the noun names the one it means
        authority = target == "@company" and self._authority_named(found)
        if found not in self._affiliations and not authority:
            return found
        exclude = self._affiliations | {found} if authority else self._affiliations
        other = self.reg.group_target(noun, ref.start, exclude=exclude)
        if other is not None and target == "@company" and self._authority_named(other):
            other = None
        if other is None:  # named before the nearest mentions: the last one in its own right that fits
            other = next(
                (i for i in reversed(self._standing_order) if i not in exclude and fits_target(self.reg.actors[i], target)
                 and not (target == "@company" and self._authority_named(i))),
                None,
            )
        if other is None or self.reg.actors[found].name.casefold().startswith(self.reg.actors[other].name.casefold() + " "):
            return found  # nothing else, or the same one by its short name ("Länsstyrelsen" for "... i Gotlands län")
        for m in self.reg.overlapping(ref.start, ref.end):
            if m.actor == found:
                m.actor = other
        return other

    def _authority_named(self, idx: int) -> bool:
        """An organization whose name says it is a public body, no company: "... Commission",
        "Food and Drug Administration", "Skatteverket", "Länsstyrelsen i Skåne län"."""
        words = self.reg.actors[idx].name.casefold().split()
        if self.lang == "en":
            return any(w in _AUTHORITY_HEADS_EN for w in words)
        return bool(words) and (words[0].endswith(_AUTHORITY_ENDINGS_SV) or words[-1].endswith(_AUTHORITY_ENDINGS_SV))
