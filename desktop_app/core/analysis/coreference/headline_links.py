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

from desktop_app.core.analysis.coreference.unnamed import head_noun, same_noun
from desktop_app.core.analysis.entities.actors import ActorRegistry
from desktop_app.core.analysis.speech.candidates import Candidate, SpeakerRef
from desktop_app.core.analysis.text.vocabulary import stopwords

_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_STEM = 5  # letters compared: "långsamt" / "långsam", "naiva" / "naivt"
_PROSECUTION = ("prosecut", "åklagar")


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

    def _role_holder(self, stems: tuple[str, ...], speakers: list[int]) -> int | None:
        """The first speaker (else any person) whose role contains one of ``stems``."""
        people = speakers + [i for i, a in enumerate(self.reg.actors) if a.kind == "person"]
        for idx in people:
            actor = self.reg.actors[idx]
            roles = [r.casefold() for r in actor.roles] + ([actor.name.casefold()] if actor.kind == "unnamed" else [])
            if any(s in role for s in stems for role in roles):
                return idx
        return None
