"""The analysis engine end to end: text in, actors, mentions, quotes and claims out.

Order of work: language, paragraph roles (title, sub-headings, signature), entities grouped into
actors, quote candidates, one coreference pass that names every speaker and pronoun, the
authors' own voice for opinion pieces, then claims. Every step is linear in the text.
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from operator import attrgetter

from desktop_app.core.analysis.entities.actors import ActorRegistry
from desktop_app.core.analysis.text.blocks import Block, make_blocks
from desktop_app.core.analysis.speech.candidates import trim
from desktop_app.core.analysis.claims import find_claims
from desktop_app.core.analysis.coref import Resolver
from desktop_app.core.analysis.text.cue_scan import CueHits, scan_cues
from desktop_app.core.analysis.text.vocabulary import vocabulary
from desktop_app.core.analysis.entities.recognizer import EntitySpan, find_entities
from desktop_app.core.analysis.entities.gender import gender_of_first_name
from desktop_app.core.analysis.text.language import resolve_language
from desktop_app.core.analysis.text.layout import classify_paragraphs
from desktop_app.core.analysis.model import Actor, Analysis, Mention, Quote, Span
from desktop_app.core.analysis.opinion import Author, lead_authors, metadata_authors, signature_block
from desktop_app.core.analysis.text.patterns import lowered
from desktop_app.core.analysis.speech.finder import find_candidates
from desktop_app.core.analysis.speech.interview import looks_like_interview
from desktop_app.core.analysis.version import ENGINE_VERSION
from desktop_app.core.document import GENRES, Document, split_paragraphs

_COUNTED_VIA = frozenset({"name", "alias", "surname", "author"})
_MENTION_ORDER = attrgetter("start", "end", "actor")


def analyze_document(doc: Document) -> Analysis:
    """Analyse a stored document, using its metadata (language, genre, authors, title)."""
    meta = doc.metadata
    return analyze(
        doc.text,
        language=meta.language or None,
        genre=meta.genre,
        authors=list(meta.authors),
        title=meta.title,
    )


def analyze(
    text: str,
    *,
    language: str | None = None,
    genre: str | None = None,
    authors: list[str] | None = None,
    title: str | None = None,
) -> Analysis:
    """Who says what in ``text``: all results are character spans into ``text``."""
    with _collector_paused():
        return _analyze(text, language, genre, authors, title)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The engine makes no reference cycles, so reference counting frees everything it drops;
    the cyclic collector, which would rescan the caller's whole heap again and again while the
    engine allocates, rests meanwhile (and runs as usual afterwards)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _analyze(
    text: str, language: str | None, genre: str | None, authors: list[str] | None, title: str | None
) -> Analysis:
    text = text or ""
    low = lowered(text)
    lang = resolve_language(text, language)
    voc = vocabulary(lang)
    genre_in = genre if genre in GENRES else "other"
    paragraphs = split_paragraphs(text)
    spans = [(p.start, p.end) for p in paragraphs]
    roles = classify_paragraphs(text, paragraphs, title)
    entities = find_entities(text, lang)

    signature, writers = _authors(text, spans, roles, entities, voc, genre_in, authors)
    body_idx = [i for i, role in enumerate(roles) if role == "body"]
    genre_out = "opinion" if genre_in == "other" and writers else genre_in

    registry = ActorRegistry(text, lang, low)
    hits = scan_cues(text, low, lang)
    registry.add_entities(_without_signature_parties(entities, [spans[i] for i in signature], voc), hits)
    author_ids = _register_authors(registry, writers, [spans[i] for i in signature])

    blocks = make_blocks(text, low, [(i, paragraphs[i].start, paragraphs[i].end) for i in body_idx], lang, hits)
    interview = genre_in == "interview" or (
        genre_in != "opinion" and not writers and looks_like_interview(text, spans)
    )
    if genre_in == "other" and interview:
        genre_out = "interview"
    candidates = find_candidates(text, blocks, lang, interview=interview)
    resolver = Resolver(registry, [(b.index, b.start, b.end) for b in blocks], hits.pronouns, interview=interview)
    resolved = resolver.run(candidates)

    quotes: list[tuple[Quote, int | None]] = []
    for cand, idx in resolved:
        if cand.end <= cand.start:
            continue
        cue = None
        if cand.cue is not None:
            cue = Span(cand.cue[0], _cue_end(registry, cand.cue, cand.ref, idx))
        # An author's words attributed in the lead ("..., skriver Anna Ek") are the authors' voice:
        # every author speaks them, as they speak the rest of the text.
        if idx is not None and idx in author_ids:
            quotes.extend((Quote(None, "author", cand.start, cand.end, cue), author) for author in author_ids)
        else:
            quotes.append((Quote(None, cand.kind, cand.start, cand.end, cue), idx))
    if author_ids:
        quotes.extend(_author_voice(text, blocks, quotes, author_ids))
    return _finish(text, low, lang, genre_out, registry, quotes, roles, paragraphs, blocks, hits)


def _authors(
    text: str,
    spans: list[tuple[int, int]],
    roles: list[str],
    entities: list[EntitySpan],
    voc,
    genre: str,
    listed: list[str] | None,
) -> tuple[list[int], list[Author]]:
    """Signature paragraphs (marked in ``roles``) and the authors who speak the text.

    News and interviews have no authors in this sense: their bylines only report.
    """
    if genre not in ("opinion", "other") or not spans:
        return [], []
    signature, signers = signature_block(text, spans, entities, voc, need_role=genre != "opinion")
    for i in signature:
        roles[i] = "signature"
    if genre == "opinion":
        writers = _merge_authors(metadata_authors(list(listed or []), voc), signers)
    else:
        writers = signers
    if not writers:
        lead = [spans[i] for i, role in enumerate(roles) if role == "body"][:2]
        writers = lead_authors(text, lead, entities, voc)
    return signature, writers


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


def _without_signature_parties(entities: list[EntitySpan], lines: list[tuple[int, int]], voc) -> list[EntitySpan]:
    """A party's name in a signature is the signer's party, not an actor of the text."""
    if not lines:
        return entities
    out = []
    for e in entities:
        in_sig = any(a <= e.start < b for a, b in lines)
        if in_sig and e.kind == "ORG" and (e.name or e.text).casefold() in voc.party_forms:
            continue
        out.append(e)
    return out


def _register_authors(registry: ActorRegistry, writers: list[Author], lines: list[tuple[int, int]]) -> list[int]:
    ids: list[int] = []
    end = len(registry.text)
    for author in writers:
        if not author.name:
            continue
        idx = registry.actor_index(author.name, "person", end)
        actor = registry.actors[idx]
        actor.kind = "person"
        actor.is_author = True
        if author.party and not actor.party:
            actor.party = author.party
        if author.role:
            actor.add_role(author.role)
        if actor.gender is None and len(author.name.split()) > 1:
            actor.gender = gender_of_first_name(author.name.split()[0], registry.language)
        if idx not in ids:
            ids.append(idx)
    for m in registry.mentions:
        if m.actor in ids and any(a <= m.start < b for a, b in lines):
            m.via = "author"
    return ids


def _cue_end(registry: ActorRegistry, cue: tuple[int, int], ref, idx: int | None) -> int:
    """Stretch a cue over the whole name it ends in ("uppger Statistiska centralbyrån")."""
    end = cue[1]
    if ref is None or idx is None or ref.end != cue[1]:
        return end
    for m in registry.overlapping(ref.start, ref.end):
        if m.actor == idx and m.end > end and "\n" not in registry.text[end : m.end]:
            end = m.end
    return end


def _block_at(blocks: list[Block], pos: int) -> Block | None:
    i = bisect_right([b.start for b in blocks], pos) - 1
    return blocks[i] if i >= 0 and pos < blocks[i].end else None


def _author_voice(
    text: str, blocks: list[Block], quotes: list[tuple[Quote, int | None]], authors: list[int]
) -> list[tuple[Quote, int]]:
    """The authors speak every body paragraph, except the words they quote from others.

    Each stretch is one ``author`` quote per author, in signature order (a quote has one speaker;
    several signers all speak it). A quote the cue gives to an author ("..., skriver Anna Ek") is
    theirs already; its cue is the outlet's words, not theirs.
    """
    cut: list[tuple[int, int]] = []
    for quote, idx in quotes:
        cut.append((quote.start, quote.end))
        if quote.cue is None:
            continue
        block = _block_at(blocks, quote.cue.start)
        if idx in authors or quote.cue.start > quote.end:
            # A cue after the words ("..., skriver X i en rapport.") ends the sentence about them.
            stop = block.sentence_at(quote.cue.start)[1] if block else quote.cue.end
            cut.append((min(quote.end, quote.cue.start), max(stop, quote.cue.end)))
        else:
            # "X säger att ...": the attribution belongs with the words it attributes.
            cut.append((quote.cue.start, quote.end))
    spans = sorted(cut)
    out: list[tuple[Quote, int]] = []
    j = 0
    for block in blocks:
        pos = block.start
        while j < len(spans) and spans[j][1] <= block.start:
            j += 1
        k = j
        while k < len(spans) and spans[k][0] < block.end:
            _add_piece(text, pos, spans[k][0], out, authors)
            pos = max(pos, spans[k][1])
            k += 1
        _add_piece(text, pos, block.end, out, authors)
    return out


def _add_piece(text: str, start: int, end: int, out: list[tuple[Quote, int]], authors: list[int]) -> None:
    start, end = trim(text, start, end, " \t,;:.–—−―-")
    if end - start >= 2 and any(ch.isalnum() for ch in text[start:end]):
        out.extend((Quote(None, "author", start, end, None), author) for author in authors)


def _quote_order(item: tuple[Quote, int | None]) -> tuple[int, int]:
    return item[0].start, item[0].end


def _finish(
    text: str,
    low: str | None,
    lang: str,
    genre: str,
    registry: ActorRegistry,
    quotes: list[tuple[Quote, int | None]],
    roles: list[str],
    paragraphs,
    blocks: list[Block],
    hits: CueHits,
) -> Analysis:
    """Number the actors in order of appearance and turn drafts into the model's records."""
    speakers = {idx for _, idx in quotes if idx is not None}
    mentioned = {m.actor for m in registry.mentions}
    keep = [
        i
        for i, actor in enumerate(registry.actors)
        if i in mentioned or i in speakers or actor.is_author
    ]
    keep.sort(key=lambda i: (registry.actors[i].first, i))
    ids = {i: f"a{n + 1}" for n, i in enumerate(keep)}
    counts: dict[int, list[int]] = {i: [0, 0] for i in keep}
    mentions: list[Mention] = []
    seen: set[tuple[int, int, int]] = set()
    for m in sorted(registry.mentions, key=_MENTION_ORDER):
        if m.actor not in ids or (m.start, m.end, m.actor) in seen or not 0 <= m.start < m.end <= len(text):
            continue
        seen.add((m.start, m.end, m.actor))
        counts[m.actor][0 if m.via in _COUNTED_VIA else 1] += 1
        mentions.append(Mention(ids[m.actor], m.start, m.end, m.via))
    actors = []
    for i in keep:
        d = registry.actors[i]
        actors.append(
            Actor(
                id=ids[i],
                name=d.name,
                kind=d.kind,
                roles=list(d.roles),
                party=d.party,
                gender=d.gender,
                aliases=list(d.aliases),
                mentions=counts[i][0],
                pronoun_mentions=counts[i][1],
                is_author=d.is_author,
            )
        )
    out_quotes: list[Quote] = []
    taken: set[tuple[int, int, str, int | None]] = set()
    for quote, idx in sorted(quotes, key=_quote_order):
        # Co-authors share a span, one quote each; other kinds keep one quote per span.
        key = (quote.start, quote.end, quote.kind, idx if quote.kind == "author" else None)
        if key in taken:
            continue
        taken.add(key)
        quote.speaker = ids.get(idx) if idx is not None else None
        out_quotes.append(quote)
    claims = find_claims(text, blocks, out_quotes, lang, low, hits)
    headings = [Span(p.start, p.end) for p, role in zip(paragraphs, roles) if role in ("title", "heading")]
    return Analysis(
        language=lang,
        genre=genre,
        actors=actors,
        mentions=mentions,
        quotes=out_quotes,
        claims=claims,
        headings=headings,
        engine_version=ENGINE_VERSION,
    )
