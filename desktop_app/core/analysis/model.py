"""Typed results of the analysis: actors, mentions, quotes and claims as character spans.

These dataclasses are the contract between the engine, the library (stored as JSON), the UI, the
filters and every export. ``Analysis.to_dict`` is the ``analyze --json`` schema
(docs/analysis-schema.md); ``Analysis.from_dict`` reads it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.core import i18n

# "unnamed": a source the text does not name ("en 84-årig kvinna", "flera vittnen", "uppgifter
# till Aftonbladet", "a person familiar with the matter"), named by the text's own phrase;
# "interviewer": the journalist whose questions an interview prints (INTERVIEWER).
ACTOR_KINDS: tuple[str, ...] = ("person", "organization", "place", "unnamed", "interviewer")
INTERVIEWER = "the interviewer"  # the interviewer's name in the model (display_name translates it)
QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "author")
CLAIM_KINDS: tuple[str, ...] = ("evaluation", "prescription", "prediction", "statistic", "stance")
MENTION_VIA: tuple[str, ...] = ("name", "alias", "surname", "pronoun", "author")


@dataclass
class Actor:
    """A person, organization or place the text talks about or lets speak; or a speaker it does
    not name: an unnamed source, or the interviewer."""

    id: str  # unique within one analysis, e.g. "a3"
    name: str  # canonical name: "Magnus Ranstorp", "Försvarshögskolan", "Sverige"
    kind: str  # one of ACTOR_KINDS
    roles: list[str] = field(default_factory=list)  # "terrorforskare vid Försvarshögskolan"
    party: str | None = None  # "S", "M", ... for politicians
    gender: str | None = None  # "female", "male" or None
    aliases: list[str] = field(default_factory=list)  # "Ranstorp", "Säpo"
    mentions: int = 0  # by name or alias
    pronoun_mentions: int = 0  # han/hon/he/she resolved to this actor
    is_author: bool = False  # signs the text (opinion pieces)

    @property
    def key(self) -> str:
        """Identity across documents and re-analyses: the case-folded canonical name."""
        return actor_key(self.name)


def actor_key(name: str) -> str:
    return " ".join(name.casefold().split())


_DISPLAY_NAMES: dict[str, str] = {INTERVIEWER: "the interviewer"}


def display_name(actor: Actor) -> str:
    """The name a reader sees for ``actor``: the one place that turns the model's English names of
    speakers the text does not name ("the interviewer") into the interface's words."""
    if actor.kind == "interviewer":
        return i18n.text(_DISPLAY_NAMES.get(actor.name, actor.name))
    return actor.name


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Mention:
    actor: str  # Actor.id
    start: int
    end: int
    via: str = "name"  # one of MENTION_VIA


@dataclass(slots=True)
class Quote:
    speaker: str | None  # Actor.id, None when unknown
    kind: str  # one of QUOTE_KINDS
    start: int  # the quoted (or reported) words
    end: int
    cue: Span | None = None  # "säger han", "enligt Ranstorp", "said X"
    corrected: bool = False  # set when a user's correction made or changed it


@dataclass(slots=True)
class Claim:
    speaker: str | None  # Actor.id; None for the outlet's own narration
    kind: str  # one of CLAIM_KINDS
    start: int
    end: int
    terms: list[str] = field(default_factory=list)  # stemmed content words, for topic matching
    corrected: bool = False


@dataclass
class Analysis:
    """Everything the engine found in one document's text."""

    language: str
    genre: str
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    headings: list[Span] = field(default_factory=list)  # sub-heading paragraphs
    engine_version: str = ""

    def actor(self, actor_id: str | None) -> Actor | None:
        if actor_id is None:
            return None
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None

    def actors_by_id(self) -> dict[str, Actor]:
        return {a.id: a for a in self.actors}

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "genre": self.genre,
            "engine_version": self.engine_version,
            "actors": [
                {
                    "id": a.id,
                    "name": a.name,
                    "kind": a.kind,
                    "roles": list(a.roles),
                    "party": a.party,
                    "gender": a.gender,
                    "aliases": list(a.aliases),
                    "mentions": a.mentions,
                    "pronoun_mentions": a.pronoun_mentions,
                    "is_author": a.is_author,
                }
                for a in self.actors
            ],
            "mentions": [
                {"actor": m.actor, "start": m.start, "end": m.end, "via": m.via}
                for m in self.mentions
            ],
            "quotes": [
                {
                    "speaker": q.speaker,
                    "kind": q.kind,
                    "start": q.start,
                    "end": q.end,
                    "cue": None if q.cue is None else {"start": q.cue.start, "end": q.cue.end},
                    **({"corrected": True} if q.corrected else {}),
                }
                for q in self.quotes
            ],
            "claims": [
                {
                    "speaker": c.speaker,
                    "kind": c.kind,
                    "start": c.start,
                    "end": c.end,
                    "terms": list(c.terms),
                    **({"corrected": True} if c.corrected else {}),
                }
                for c in self.claims
            ],
            "headings": [{"start": h.start, "end": h.end} for h in self.headings],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            language=data.get("language", ""),
            genre=data.get("genre", "other"),
            engine_version=data.get("engine_version", ""),
            actors=[
                Actor(
                    id=a["id"],
                    name=a["name"],
                    kind=a["kind"],
                    roles=list(a.get("roles", [])),
                    party=a.get("party"),
                    gender=a.get("gender"),
                    aliases=list(a.get("aliases", [])),
                    mentions=int(a.get("mentions", 0)),
                    pronoun_mentions=int(a.get("pronoun_mentions", 0)),
                    is_author=bool(a.get("is_author", False)),
                )
                for a in data.get("actors", [])
            ],
            mentions=[
                Mention(m["actor"], int(m["start"]), int(m["end"]), m.get("via", "name"))
                for m in data.get("mentions", [])
            ],
            quotes=[
                Quote(
                    speaker=q.get("speaker"),
                    kind=q["kind"],
                    start=int(q["start"]),
                    end=int(q["end"]),
                    cue=None if not q.get("cue") else Span(int(q["cue"]["start"]), int(q["cue"]["end"])),
                    corrected=bool(q.get("corrected", False)),
                )
                for q in data.get("quotes", [])
            ],
            claims=[
                Claim(
                    speaker=c.get("speaker"),
                    kind=c["kind"],
                    start=int(c["start"]),
                    end=int(c["end"]),
                    terms=list(c.get("terms", [])),
                    corrected=bool(c.get("corrected", False)),
                )
                for c in data.get("claims", [])
            ],
            headings=[Span(int(h["start"]), int(h["end"])) for h in data.get("headings", [])],
        )
