"""Who speaks a headline quote: the speaker the article then quotes on that claim.

A headline is read before the article names anyone, so its speaker is found after the body:
(1) for words in quotation marks or after a colon, the body's direct quote that shares most of
its words ("Det går för långsamt" / "– Det går helt enkelt för långsamt."), else (2) whom its
left side or subject names ("Migrationsministern om …:" is the person with that role, "IVO
kritiserar …" is IVO, "Uppgifter:" the unnamed source of the same noun), else (3) any body
quote sharing its words, else (4) the speaker of the article's first direct quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop_app.core.analysis.coreference.companies import fits_target
from desktop_app.core.analysis.coreference.naming import _role_text
from desktop_app.core.analysis.coreference.unnamed import head_noun, same_noun
from desktop_app.core.analysis.entities.actors import ActorRegistry
from desktop_app.core.analysis.speech.candidates import Candidate, SpeakerRef
from desktop_app.core.analysis.text.vocabulary import stopwords

_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_STEM = 5  # letters compared: "långsamt" / "långsam", "naiva" / "naivt"
_PROSECUTION = ("prosecut", "åklagar")
# Where a role's head ends and the office it serves begins: "a spokesperson for the sheriff's office".
_ROLE_TAIL_RE = re.compile(r"\s(?:for|of|at|with|to|för|på|vid|hos|i|inom|till)\s")


def _role_head(role: str) -> str:
    return _ROLE_TAIL_RE.split(role, maxsplit=1)[0]


def _stems(text: str, start: int, end: int, language: str) -> set[str]:
    stop = stopwords(language)
    return {w[:_STEM] for w in (m.group().casefold() for m in _WORD_RE.finditer(text, start, end)) if w not in stop}


class HeadlineLinks:
    """Speakers for the headline quotes of one document, once the body is resolved."""

    def __init__(self, registry: ActorRegistry, resolve_ref: Callable[[SpeakerRef], int | None]) -> None:
        self.reg = registry
        self.resolve_ref = resolve_ref

    def speaker(self, cand: Candidate, body: list[tuple[Candidate, int | None]]) -> int | None:
        ref = cand.ref
        steps: list[Callable[[], int | None]] = []
        if cand.kind == "direct":
            steps.append(lambda: self._by_words(cand, [p for p in body if p[0].kind == "direct"]))
        if ref is not None:
            steps.append(lambda: self._named(ref, body))
        steps.append(lambda: self._by_words(cand, body))
        for step in steps:
            found = step()
            if found is not None:
                return found
        return next((idx for c, idx in body if c.kind == "direct" and idx is not None and self._speaks(idx)), None)

    def _speaks(self, idx: int) -> bool:
        return self.reg.actors[idx].kind in ("person", "unnamed", "organization")

    def _by_words(self, cand: Candidate, body: list[tuple[Candidate, int | None]]) -> int | None:
        text, lang = self.reg.text, self.reg.language
        words = _stems(text, cand.start, cand.end, lang)
        if not words:
            return None
        need = min(2, len(words))
        best: tuple[int, int | None] = (0, None)
        for c, idx in body:
            if idx is None or c.headline:
                continue
            shared = len(words & _stems(text, c.start, c.end, lang))
            if shared >= need and shared > best[0]:
                best = (shared, idx)
        return best[1]

    def _named(self, ref: SpeakerRef, body: list[tuple[Candidate, int | None]]) -> int | None:
        """Whom the headline's own words name: a name, a role someone holds, an unnamed source."""
        text = self.reg.text
        speakers = [idx for _, idx in body if idx is not None]
        if ref.kind == "court":
            return self._role_holder(_PROSECUTION, speakers)
        if ref.kind == "unnamed":
            return self.resolve_ref(ref)  # "Föräldrar protesterar ...", "critics warn ..."
        phrase = text[ref.start : ref.end]
        words = phrase.split()
        if not words:
            return None
        for m in self.reg.overlapping(ref.start, ref.end):
            kind = self.reg.actors[m.actor].kind
            if ref.kind == "name" and kind in ("person", "organization", "unnamed"):
                return m.actor
            if ref.kind == "noun" and kind == "organization" and m.via == "name":
                return m.actor  # "Skolinspektionen kritiserar …": a name that ends like a noun
        noun = words[-1].casefold()
        group = self._group_speaker(noun, speakers)
        if group is not None:
            return group  # "Myndigheten varnar …": the authority the article quotes
        stem = noun[:-2] if noun.endswith(("en", "et")) and len(noun) > 6 else noun.rstrip("n")
        holder = self._role_holder((stem[: max(4, len(stem) - 1)],), speakers)
        if holder is not None:
            return holder
        head = head_noun(phrase)
        for idx in speakers:
            actor = self.reg.actors[idx]
            if actor.kind == "unnamed" and same_noun(head_noun(actor.name), head):
                return idx
        return None

    def _group_speaker(self, noun: str, speakers: list[int]) -> int | None:
        """The first organization speaking in the body that a headline's group noun fits
        ("Myndigheten", "Bolaget", "Agency"), else None."""
        voc = self.reg.voc
        target = voc.group_nouns.get(noun) or voc.group_nouns.get(f"the {noun}")
        if target is None:
            return None
        return next((i for i in speakers if fits_target(self.reg.actors[i], target)), None)

    def _role_holder(self, stems: tuple[str, ...], speakers: list[int]) -> int | None:
        """The first speaker (else any person) who holds a role containing one of ``stems``: its
        head, or the title written before the name ("Sheriff Wade Collier"), before a role that
        only names the office served ("a spokesperson for the sheriff's office")."""
        people = speakers + [i for i, a in enumerate(self.reg.actors) if a.kind == "person"]
        loose = None
        for idx in people:
            actor = self.reg.actors[idx]
            roles = [r.casefold() for r in actor.roles] + ([actor.name.casefold()] if actor.kind == "unnamed" else [])
            heads = [_role_head(r) for r in roles]
            if actor.kind == "person":
                heads.append(_role_text(self._title_before(actor.first), self.reg.language))
            if any(s in head for s in stems for head in heads):
                return idx
            if loose is None and any(s in role for s in stems for role in roles):
                loose = idx
        return loose

    def _title_before(self, first: int) -> str:
        """The one or two words before a person's first mention that may be a title ("Sheriff",
        "Arizona Gov.", "kammaråklagare"): none after a sentence end, comma or quotation mark."""
        before = self.reg.text[max(0, first - 40) : first]
        cut = max(before.rfind(c) for c in ".,:;”\"\n–(")
        word = before[:cut].split()[-1:] if cut >= 0 else []
        abbreviation = before[cut : cut + 1] == "." and word and word[0][:1].isupper() and len(word[0]) <= 4
        if cut >= 0 and not abbreviation:
            before = before[cut + 1 :]  # "Gov." stays a title; "said." ends the sentence before
        return " ".join(before.split()[-2:]).casefold()
