"""Who the authors of a text are, and their actors.

The authors come from the document's metadata, completed by the signature block; else from
the signature block alone; else from "skriver X" in the lead (``signature``). News and
interviews have no authors in this sense: their bylines only report. Each author becomes an
actor marked ``is_author``; their mentions in the signature are ``via == "author"``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.core.analysis.entities.actors import ActorRegistry
from desktop_app.core.analysis.entities.gender import gender_of_first_name
from desktop_app.core.analysis.entities.recognizer import EntitySpan
from desktop_app.core.analysis.opinion.labels import Labels
from desktop_app.core.analysis.opinion.signature import Author, lead_authors, metadata_authors, signature_block
from desktop_app.core.analysis.opinion.writers import named_writers, opening_we_writer
from desktop_app.core.analysis.text.vocabulary import Vocabulary, vocabulary
from desktop_app.core.document import Paragraph


@dataclass
class Authorship:
    """The authors who speak the text, and the signature paragraphs (spans) that name them."""

    authors: list[Author] = field(default_factory=list)
    signature: list[tuple[int, int]] = field(default_factory=list)


def find_authorship(
    text: str,
    paragraphs: list[Paragraph],
    roles: list[str],
    entities: list[EntitySpan],
    language: str,
    genre: str,
    listed: list[str] | None,
    labels: Labels | None = None,
    outlet: str | None = None,
) -> Authorship:
    """The authors of an opinion piece (or a text of unknown genre) and its signature; with
    neither metadata nor signature, the writer the text names, or an editorial's outlet.

    Marks the signature paragraphs "signature" in ``roles``.
    """
    spans = [(p.start, p.end) for p in paragraphs]
    labels = labels or Labels()
    if genre not in ("opinion", "other") and not labels.editorial or not spans:
        return Authorship()
    voc = vocabulary(language)
    signature, signers = signature_block(text, spans, entities, voc, need_role=genre != "opinion")
    for i in signature:
        roles[i] = "signature"
    if genre == "opinion":
        writers = _merge_authors(metadata_authors(list(listed or []), voc), signers)
    else:
        writers = signers
    body = [spans[i] for i, role in enumerate(roles) if role == "body"]
    named = labels.opinion or genre == "opinion"
    if not writers and named and (labels.reply is not None or labels.byline is not None):
        writers = named_writers(text, body[:2], body, labels, voc, outlet, opinion=genre == "opinion")
    if not writers:
        writers = lead_authors(text, body[:2], entities, voc)
    if not writers and genre == "other" and not labels.editorial:
        writers = opening_we_writer(text, body[:2], voc)  # "Vi i föreningen X anser ..."
    if not writers and named:
        writers = named_writers(text, body[:2], body, labels, voc, outlet, opinion=genre == "opinion")
    bio = _closing_bio(text, spans, roles, writers)
    if bio is not None:
        roles[bio] = "signature"
        signature = sorted(set(signature) | {bio})
    return Authorship(writers, [spans[i] for i in signature])


_BIO_VERB_RE = re.compile(r"\s+(?:är|var|is|was)\s+")
_MAX_BIO_WORDS = 30


def _closing_bio(text: str, spans: list[tuple[int, int]], roles: list[str], writers: list[Author]) -> int | None:
    """The last body paragraph when it is a line about a writer named elsewhere ("Klara Wendt är
    ledarskribent på Svenska Dagbladet." under a byline): the writer's bio, not their voice."""
    last = next((i for i in range(len(roles) - 1, -1, -1) if roles[i] == "body"), None)
    if last is None or not writers:
        return None
    start, end = spans[last]
    line = text[start:end].strip()
    if len(line.split()) > _MAX_BIO_WORDS:
        return None
    for writer in writers:
        name = " ".join(writer.name.split())
        if writer.kind == "person" and len(name.split()) >= 2 and line.startswith(name):
            if _BIO_VERB_RE.match(line, len(name)):
                return last
    return None


def _merge_authors(listed: list[Author], signed: list[Author]) -> list[Author]:
    """The metadata's authors, completed with party and role from the signature; else the signers."""
    if not listed:
        return signed
    by_name = {a.name.casefold(): a for a in signed}
    for author in listed:
        sig = by_name.get(author.name.casefold())
        if sig is not None:
            author.party = author.party or sig.party
            author.role = author.role or sig.role
    return listed


def _named_actor(registry: ActorRegistry, span: tuple[int, int]) -> int | None:
    """The person (else the organization) the words at ``span`` are a mention of."""
    best: tuple[int, int] | None = None
    for m in registry.overlapping(*span):
        kind = registry.actors[m.actor].kind
        rank = {"person": 0, "organization": 1}.get(kind)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, m.actor)
    return best[1] if best else None


def without_signature_parties(entities: list[EntitySpan], authorship: Authorship, voc: Vocabulary) -> list[EntitySpan]:
    """A party's name in a signature is the signer's party, not an actor of the text."""
    lines = authorship.signature
    if not lines:
        return entities
    out = []
    for e in entities:
        in_sig = any(a <= e.start < b for a, b in lines)
        if in_sig and e.kind == "ORG" and (e.name or e.text).casefold() in voc.party_forms:
            continue
        out.append(e)
    return out


def register_authors(registry: ActorRegistry, authorship: Authorship) -> list[int]:
    """The authors as actors (indices into ``registry.actors``), in signature order."""
    ids: list[int] = []
    end = len(registry.text)
    for author in authorship.authors:
        if not author.name:
            continue
        idx = _named_actor(registry, author.span) if author.span is not None else None
        if idx is not None and _shorter_parent(registry.actors[idx].name, author.name):
            idx = None  # "Vi i Jägareförbundet Norrbotten": the branch writes, not the parent named
        if idx is None:
            idx = registry.actor_index(registry.canonical(author.name), author.kind, end)
        actor = registry.actors[idx]
        if actor.kind not in ("person", "organization"):
            actor.kind = author.kind
        actor.is_author = True
        if author.party and not actor.party:
            actor.party = author.party
        if author.role:
            actor.add_role(author.role)
        if actor.gender is None and len(author.name.split()) > 1:
            actor.gender = gender_of_first_name(author.name.split()[0], registry.language)
        if idx not in ids:
            ids.append(idx)
    lines = authorship.signature
    for m in registry.mentions:
        if m.actor in ids and any(a <= m.start < b for a, b in lines):
            m.via = "author"
    _branch_is_the_writer(registry, ids)
    return ids


def _shorter_parent(found: str, written: str) -> bool:
    """The recognizer's name is the first words of the writer's: "Jägareförbundet" for
    "Jägareförbundet Norrbotten"."""
    return len(written) > len(found) and written.casefold().startswith(found.casefold() + " ")


def _branch_is_the_writer(registry: ActorRegistry, ids: list[int]) -> None:
    """A piece by "Vänsterpartiet i Region Stockholm" that says "Vi i Vänsterpartiet": the
    parent organization's mentions are the writing branch's."""
    for idx in ids:
        author = registry.actors[idx]
        if author.kind != "organization":
            continue
        name = author.name.casefold()
        parents = {
            i for i, a in enumerate(registry.actors)
            if i != idx and a.kind == "organization" and name.startswith(a.name.casefold() + " ")
        }
        for parent in parents:
            author.add_alias(registry.actors[parent].name)
        for m in registry.mentions:
            if m.actor in parents:
                m.actor = idx
