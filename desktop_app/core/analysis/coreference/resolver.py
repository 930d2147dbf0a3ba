"""Coreference: who "han", "hon", "forskaren" and a cue-less dash paragraph refer to.

Reads the text once, in order. Names met outside quoted words keep a short list of recent
people; a quote's speaker becomes the strong prior for the next "säger han". A pronoun goes to
(1) a person of its gender named since the last quote, else (2) the last quote's speaker when
the gender fits, else (3) the most recent person of its gender, else (4) the most recent person
whose gender is unknown. A quote with no cue continues its speaker until the narration
introduces someone else.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from desktop_app.core.analysis.coreference.headline_links import HeadlineLinks
from desktop_app.core.analysis.coreference.affiliations import Affiliations
from desktop_app.core.analysis.coreference.companies import Companies, may_be_short_name
from desktop_app.core.analysis.coreference.name_repairs import NameRepairs
from desktop_app.core.analysis.coreference.naming import Naming
from desktop_app.core.analysis.coreference.speaker_lookup import _CUE_OPENERS, SpeakerLookup
from desktop_app.core.analysis.coreference.speaker_lookup import SUBJECT_WINDOW  # noqa: F401 (re-exported)
from desktop_app.core.analysis.coreference.speaker_lookup import sentence_start as _sentence_start
from desktop_app.core.analysis.coreference.unnamed import UnnamedSources
from desktop_app.core.analysis.coreference.unnamed import head_noun as unnamed_head
from desktop_app.core.analysis.entities.actors import ActorRegistry
from desktop_app.core.analysis.speech.candidates import Candidate, SpeakerRef
from desktop_app.core.analysis.speech.word_classes import source_class

RECENT = 12  # people remembered for pronoun resolution
_ROLE_OF_RE = re.compile(r"(?<!\w)[Tt]he\s+(?:[a-z-]+\s+)?(?P<role>[a-z]+)\s+of\s+(?:the\s+)?$")
# Nouns for people that are no role words: an unnamed source of these is someone a pronoun means.
_PERSON_NOUNS = frozenset(
    "person personen personer pensionär pensionären tonåring tonåringen passagerare passageraren källa källan "
    "person people teenager passenger source pensioner".split()
)
_POSSESSIVES = frozenset("hans hennes deras his her their".split())


def _event_key(event: tuple[int, int, object]) -> tuple[int, int]:
    return event[0], event[1]


class Resolver(Naming, Companies, Affiliations, NameRepairs, SpeakerLookup):
    """Resolves speakers and pronouns for one document, adding pronoun mentions."""

    def __init__(
        self,
        registry: ActorRegistry,
        body: list[tuple[int, int, int]],
        pronouns: list[tuple[int, int]],
        *,
        interview: bool = False,
    ) -> None:
        self.reg = registry
        self.text = registry.text
        self.lang = registry.language
        self.body = body  # (paragraph index, start, end) of body paragraphs
        self.pronouns = pronouns  # gendered pronouns in the text (cue_scan), in order
        self._body_starts = [s for _, s, _ in body]
        self.interview = interview
        self.last_speaker: int | None = None
        self.last_quote_para = -1
        self.recent: list[int] = []  # people, most recent last
        self.since_quote: list[int] = []
        self.subjects: set[int] = set()  # people of since_quote met as a sentence's subject
        self.introduced: int | None = None
        self._intro_para = -1
        self._direct_paras: set[int] = set()
        # An unnamed person ("en kvinna som bor intill", "a woman who was there"): (gender, actor)
        # while no person of that gender has been named since; pronouns then point to them.
        self._unnamed: tuple[str | None, int | None] | None = None
        self.sources = UnnamedSources(registry)
        self.role_only: list[tuple[int, str]] = []
        self.last_org: int | None = None  # the organization named last outside quoted words
        # Organizations named so far only as where someone works ("X, analytiker på Nordea",
        # "Aktiespararnas ekonom Y"): "bolaget" points past them when another one fits.
        self._affiliations: set[int] = set()
        self._standing: set[int] = set()  # organizations also named in their own right
        self._places_checked: set[int] = set()
        self._surnames: dict[str, int] = {}  # surname -> the person of that name met last
        self._standing_order: list[int] = []  # the same, most recent last (at most RECENT)
        self._last_org_para = -1

    # ------------------------------------------------------------------ helpers
    def _para_of(self, pos: int) -> int:
        i = bisect_right(self._body_starts, pos) - 1
        if i >= 0 and pos < self.body[i][2]:
            return self.body[i][0]
        return -1

    def _person(self, idx: int | None) -> bool:
        """A person, named or not (an unnamed group is no "han" or "hon")."""
        if idx is None:
            return False
        kind = self.reg.actors[idx].kind
        return kind == "person" or kind == "unnamed" and idx not in self.sources.plural and self._personal(idx)

    def _saw(self, idx: int, pos: int, via: str = "name") -> None:
        """A mention outside quoted words: update recency and the narration's newcomer."""
        actor = self.reg.actors[idx]
        para = self._para_of(pos)
        if actor.kind in ("place", "organization") and idx not in self._places_checked:
            self._places_checked.add(idx)
            if actor.kind == "place":
                self._titled_person(idx, pos)
            elif self.lang == "en" and self.text.startswith(actor.name, pos):
                self._whole_english_name(idx, pos)
            elif self.lang == "sv" and self.text.startswith(actor.name, pos):
                self._whole_swedish_name(idx, pos)
        if actor.kind == "person":
            if " " in actor.name:
                self._surnames[actor.name.rsplit(" ", 1)[1].casefold()] = idx
            if self._unnamed is not None and (self._unnamed[0] is None or actor.gender in (self._unnamed[0], None)):
                self._unnamed = None
            if idx in self.recent:
                self.recent.remove(idx)
            self.recent.append(idx)
            del self.recent[:-RECENT]
            self.since_quote.append(idx)
            del self.since_quote[:-RECENT]
            if self._subject_position(pos):
                self.subjects.add(idx)
        if actor.kind == "organization":
            self.last_org = idx
            self._last_org_para = para
            if idx not in self._standing and via == "name":  # a group noun given to it settles nothing
                if self.reg._given_to(pos):
                    pass  # "säger hon till JP": the outlet words were given to
                elif self._affiliation_at(pos):
                    self._affiliations.add(idx)
                else:
                    self._standing.add(idx)
                    self._affiliations.discard(idx)
            if idx in self._standing:
                if idx in self._standing_order:
                    self._standing_order.remove(idx)
                self._standing_order.append(idx)
                del self._standing_order[:-RECENT]
        if via == "possessive":
            return  # "Hennes man Johan Vik": the husband is who the paragraph brings in, not her
        if actor.kind in ("person", "organization") and para >= 0 and para not in self._direct_paras:
            if para != self._intro_para and para != self.last_quote_para:
                self._intro_para = para
                self.introduced = idx
            elif para == self._intro_para and actor.kind == "person" and not self._person(self.introduced):
                # "Frölundas tränare Mikael Strand ...": the person, not the club before the role.
                self.introduced = idx

    def _subject_position(self, pos: int) -> bool:
        """A mention that opens its sentence, at most a few words of role or title before it
        ("Moa Isaksson låg trea ...", "City captain Alex Green was ...", "Hennes tränare X")."""
        before = self.text[_sentence_start(self.text, pos) : pos]
        words = before.split()
        if len(words) > 3 or any(ch in before for ch in ",:;”\"–("):
            return False
        # "Det säger X", "Då berättar X": X names the speaker of a cue, not the subject.
        return not any(w.casefold() in self.reg.voc.verbs or w.casefold() in _CUE_OPENERS for w in words)

    def resolve_pronoun(self, gender: str | None, pos: int) -> int | None:
        """The person a third-person pronoun refers to (see the module docstring)."""
        actors = self.reg.actors

        def fits(idx: int, exact: bool) -> bool:
            g = actors[idx].gender
            if gender is None:
                return True
            return g == gender if exact else g in (gender, None)

        if self._unnamed is not None and (gender is None or self._unnamed[0] in (gender, None)):
            return self._unnamed[1]  # the unnamed person spoken of last
        # The subject of the narration since the last quote before a person named in passing:
        # "X låg trea men åkte ifrån norskan Y. – ..., säger hon" is X's.
        for idx in reversed(self.since_quote):
            if idx in self.subjects and fits(idx, True):
                return idx
        for idx in reversed(self.since_quote):
            if idx != self.last_speaker and fits(idx, True):
                return idx
        # A full name of unknown gender as that subject ("City captain Alex Green was ...").
        for idx in reversed(self.since_quote):
            if idx in self.subjects and idx != self.last_speaker and actors[idx].gender is None and " " in actors[idx].name and fits(idx, False):
                return idx
        if self._person(self.last_speaker) and fits(self.last_speaker, False):  # type: ignore[arg-type]
            return self.last_speaker
        for idx in reversed(self.recent):
            if fits(idx, True):
                return idx
        for idx in reversed(self.recent):
            if fits(idx, False):
                return idx
        return None

    def _main_person(self) -> int | None:
        counts = Counter(m.actor for m in self.reg.mentions if self._person(m.actor))
        if not counts:
            return None
        # Most mentions, a person whose gender the first name gives counting one more (the
        # recognizer's stray "Park Street" has none); then a full name ("Ayesha Khan") before a
        # lone capitalized word; then the one named first.
        actors = self.reg.actors
        return max(
            counts,
            key=lambda i: (counts[i] + (actors[i].gender is not None), " " in actors[i].name, -actors[i].first),
        )

    # ------------------------------------------------------------------ speakers
    def resolve_ref(self, ref: SpeakerRef) -> int | None:
        if ref.kind == "plural":
            return None
        if ref.kind == "name" and ref.sentence_initial:
            word = self.text[ref.start : ref.end].strip()
            if " " not in word and word[:1].isupper() and self.reg.voc.is_role_word(word.casefold()):
                if not self.reg.overlapping(ref.start, ref.end):
                    ref = ref._replace(kind="noun")  # "Rådmannen konstaterar": a role, not a name
        if ref.kind == "pronoun":
            idx = self.resolve_pronoun(ref.gender, ref.start)
            if idx is None:
                # "A state representative deleted a post in which he called ...": nobody named
                # yet in the lead, so the person the next paragraph introduces.
                idx = self._named_next(ref, ref.gender, titled=True)
            self._pronoun_mention(idx, ref.start, ref.end, ref.gender)
            return idx
        if ref.kind == "sentence":
            return self._resolve_sentence(ref)
        if ref.kind == "it":
            return self.last_org
        if ref.kind == "unnamed":
            return self._unnamed_source(ref)  # "enligt arrangörerna", "Kritiker menar"
        if ref.kind == "document":
            # "SMHI varnar ... Enligt prognosen": the organization named before, in the paragraph.
            if self._last_org_para == self._para_of(ref.start) >= 0:
                return self.last_org
            words = self.text[ref.start : ref.end].split()
            filing = bool(words) and "filing" in source_class(words[-1], self.lang)
            issuer = self._issuer_before(words[-1], ref.start) if words and not filing else None
            if issuer is not None:
                return issuer  # "Statskontoret presenterade en ny rapport ... Enligt rapporten"
            # "Enligt åtalet": a filing whose author the text does not name is an unnamed source.
            return self._unnamed_source(ref) if filing else None
        if ref.kind == "noun" and not ref.indefinite:
            noun = self.text[ref.start : ref.end].split()[-1].casefold()
            writer = self._writing_organization(noun) if noun in self.reg.voc.group_nouns else None
            if writer is not None:
                taken = list(self.reg.overlapping(ref.start, ref.end))
                for m in taken:
                    m.actor = writer  # the noun the recognizer gave to another organization
                if not taken:
                    self.reg.add_mention(writer, ref.start, ref.end, "alias")
                return writer  # "Förbundet menar" in the association's own piece
        if ref.kind == "name" and self.lang == "en":
            whole = self._named_for(ref)
            if whole is not None:
                return whole  # "the Campaign" of "the Campaign for Better Transport"
            role = _ROLE_OF_RE.search(self.text, max(0, ref.start - 40), ref.start)
            if role is not None and self.reg.voc.is_role_word(role.group("role").casefold()):
                # "The leader of Wrexham council has warned": the leader, not the council.
                return self._resolve_noun(SpeakerRef(role.start(), role.end("role"), "noun"))
        found = self._mentioned(ref.start, ref.end)
        if found is not None and ref.kind == "noun" and ref.indefinite and self.reg.actors[found].kind != "person":
            found = None  # "a spokesperson for Stockport Council": someone of it, not it
        if found is not None and ref.kind == "noun":
            found = self._past_affiliations(found, ref)
        if found is not None and ref.kind == "name" and self._maybe_organization(found):
            person = self._employee_before(ref.start)
            if person is not None:
                return person  # "Säkerhetsexperten Linnéa Grip på konsultbolaget X säger": Grip
        if found is not None and ref.kind == "name" and self.reg.actors[found].kind == "place":
            person = self._surname_not_place(found, ref)
            if person is not None:
                return person  # "säger Lund" after "Rektorn Eva Lund": her, not the city
            group = self._group_at_place(ref)
            if group is not None:
                return group  # "Personalen på vårdcentralen i Bjurholm protesterar": the staff
        if found is not None and ref.kind == "name" and (
            self.reg.actors[found].kind == "organization" or may_be_short_name(self.reg.actors[found])
        ):
            phrase = " ".join(self.text[ref.start : ref.end].split())
            shorter = phrase.endswith(" " + self.reg.actors[found].name)
            whole = self.reg.find(phrase) if shorter else None
            if whole is not None and whole != found and self.reg.actors[whole].kind == "organization":
                for m in self.reg.overlapping(ref.start, ref.end):
                    if m.actor == found:
                        m.actor = whole
                return whole  # "Stora Tuna Bostäder skriver": the name met before, not "Tuna Bostäder"
        if found is not None and not self._only_possessor(found, ref):
            self._complete_name(found, ref)
            return found
        if ref.kind == "noun" and ref.indefinite:
            # "säger en granne", "a woman who was there said": someone new who stays unnamed.
            return self._unnamed_source(ref)
        if ref.kind == "noun":
            return self._resolve_noun(ref)
        capitals = self._named_in_capitals(ref)
        if capitals is not None:
            return capitals
        idx = self._new_name(ref)
        if idx is not None and ref.kind == "name" and self._maybe_organization(idx):
            person = self._employee_before(ref.start)
            if person is not None:
                return person  # a name the recognizer missed, after "X på konsultbolaget"
        return idx

    def _resolve_sentence(self, ref: SpeakerRef) -> int | None:
        for m in self.reg.overlapping(ref.start, ref.end):
            if self.reg.actors[m.actor].kind in ("person", "organization"):
                return m.actor
        i = bisect_left(self.pronouns, (ref.start, ref.start))
        if i < len(self.pronouns) and self.pronouns[i][1] <= ref.end:
            start, end = self.pronouns[i]
            return self.resolve_pronoun(self.reg.voc.pronouns.get(self.text[start:end].casefold()), start)
        return None

    def _unnamed_source(self, ref: SpeakerRef, *, definite: bool = False) -> int | None:
        idx = self.sources.resolve(ref, definite=definite)
        if idx is not None and self._person(idx):
            self._unnamed = (self.reg.actors[idx].gender, idx)
        return idx

    def _personal(self, idx: int) -> bool:
        """An unnamed source that is someone "han"/"she" can mean: a person's noun ("kvinnan",
        "a neighbour", "the prosecutor"), not a thing a misread cue made a speaker ("the water")."""
        actor = self.reg.actors[idx]
        if actor.kind != "unnamed" or actor.gender is not None:
            return True
        head = unnamed_head(actor.name)
        return not head or head in _PERSON_NOUNS or self.reg.voc.is_role_word(head)

    def _pronoun_mention(self, idx: int | None, start: int, end: int, gender: str | None) -> None:
        if idx is None:
            return
        actor = self.reg.actors[idx]
        if actor.gender is None and gender is not None and actor.kind == "person":
            actor.gender = gender
        self.reg.add_mention(idx, start, end, "pronoun")

    # ------------------------------------------------------------------ the pass
    def run(self, candidates: list[Candidate]) -> list[tuple[Candidate, int | None]]:
        """Speakers for ``candidates``, adding pronoun mentions on the way. Questions are the
        interviewer's; reported speech that turns out to be narration (``org_only`` with a
        person speaking, a document nobody issued) is dropped."""
        self._merge_companies()
        direct = sorted((c.start, c.end) for c in candidates if c.kind == "direct" and not c.question)
        self._direct_paras = {c.paragraph for c in candidates if c.kind == "direct" and not c.question}
        direct_starts = [s for s, _ in direct]

        def in_direct(pos: int) -> bool:
            i = bisect_right(direct_starts, pos) - 1
            return i >= 0 and pos < direct[i][1]

        ref_spans = sorted((c.ref.start, c.ref.end) for c in candidates if c.ref is not None)
        ref_starts = [s for s, _ in ref_spans]

        def in_ref(pos: int) -> bool:
            i = bisect_right(ref_starts, pos) - 1
            return i >= 0 and pos < ref_spans[i][1]

        # (position, order, item): quotes (0) before mentions (1) before pronouns (2) at one place
        headlines = [c for c in candidates if c.headline]
        events: list[tuple[int, int, object]] = [(c.anchor, 0, c) for c in candidates if not c.headline]
        events += [(m.start, 1, m) for m in self.reg.mentions]
        taken = sorted((m.start, m.end) for m in self.reg.mentions)
        taken_starts = [s for s, _ in taken]
        for pos, end in self.pronouns:
            if self._para_of(pos) < 0:
                continue
            i = bisect_right(taken_starts, pos) - 1
            if (i >= 0 and pos < taken[i][1]) or in_direct(pos) or in_ref(pos):
                continue
            events.append((pos, 2, (pos, end)))
        events.sort(key=_event_key)
        resolved: dict[int, int | None] = {}
        dropped: set[int] = set()
        main = self._main_person() if self.interview else None
        asked = {c.paragraph for c in candidates if c.question}  # words a question reports are no answer
        answerer: int | None = None
        for ev_pos, order, item in events:
            if order == 0:
                cand = item
                assert isinstance(cand, Candidate)
                if cand.question:
                    resolved[id(cand)] = self.sources.interviewer(cand.start)
                    continue  # the interviewer asks; the turn stays with the interviewee
                if cand.ref is not None and cand.ref.kind == "you":
                    if not (self.interview and cand.paragraph in asked):
                        dropped.add(id(cand))
                        continue  # "Du måste välja att ...": no one's words outside a question
                    idx = answerer if answerer is not None else main
                elif cand.ref is not None:
                    idx = self.resolve_ref(cand.ref)
                elif self.interview:
                    idx = answerer if answerer is not None else main
                else:
                    idx = self.introduced if self.introduced is not None else self.last_speaker
                if cand.org_only and not (idx is not None and self.reg.actors[idx].kind == "organization"):
                    dropped.add(id(cand))
                    continue  # narration about a person ("Hon berättar om ..."): no quote
                if idx is None and cand.needs_speaker:
                    dropped.add(id(cand))
                    continue  # "Testet var positivt": a view nobody in the text holds
                if idx is None and cand.ref is not None and cand.ref.kind == "document":
                    dropped.add(id(cand))
                    continue  # "Enligt planen ska ...": a document nobody in the text issued
                resolved[id(cand)] = idx
                if self.interview and cand.paragraph in asked:
                    continue  # "Din föregångare sa att ...?": the interviewee still answers
                if self.interview and self._person(idx):
                    answerer = idx
                if idx is not None:
                    self.last_speaker = idx
                    if self._person(idx):
                        self._unnamed = None
                elif cand.ref is not None and cand.ref.indefinite:
                    self.last_speaker = None
                self.last_quote_para = cand.paragraph
                self.introduced = None
                self._intro_para = -1
                self.since_quote = []
                self.subjects = set()
            elif order == 1:
                mention = item
                if not in_direct(ev_pos) and mention.via != "pronoun":  # type: ignore[attr-defined]
                    self._saw(mention.actor, ev_pos, mention.via)  # type: ignore[attr-defined]
            else:
                start, end = item  # type: ignore[misc]
                gender = self.reg.voc.pronouns.get(self.text[start:end].casefold())
                idx = self.resolve_pronoun(gender, start)
                self._pronoun_mention(idx, start, end, gender)
                if idx is not None:
                    possessive = self.text[start:end].casefold() in _POSSESSIVES
                    self._saw(idx, start, "possessive" if possessive else "pronoun")
        later = self.named_later()
        if later:
            for m in self.reg.mentions:
                if m.actor in later:
                    m.actor = later[m.actor]
            resolved = {k: later.get(v, v) if v is not None else v for k, v in resolved.items()}  # type: ignore[arg-type]
        out = [(c, resolved.get(id(c))) for c in candidates if id(c) not in dropped and not c.headline]
        links = HeadlineLinks(self.reg, self.resolve_ref)
        body = [pair for pair in out if not pair[0].question]
        return [(c, links.speaker(c, body)) for c in headlines] + out
