"""The analysis engine end to end: text in, actors, mentions, quotes and claims out.

The order of work, one stage after the other (docs/engine.md): the text, its entities and
authors, the quote candidates, coreference, the authors' own voice, then claims. Every step
is linear in the text.
"""

from __future__ import annotations

from desktop_app.core.analysis.claims.finder import find_claims
from desktop_app.core.analysis.coreference.quote_drafts import quote_drafts
from desktop_app.core.analysis.coreference.resolver import Resolver
from desktop_app.core.analysis.entities.actors import ActorRegistry
from desktop_app.core.analysis.entities.recognizer import find_entities
from desktop_app.core.analysis.model import Analysis
from desktop_app.core.analysis.opinion.authors import find_authorship, register_authors, without_signature_parties
from desktop_app.core.analysis.opinion.genre import settle_genre
from desktop_app.core.analysis.opinion.labels import read_labels
from desktop_app.core.analysis.opinion.voice import authors_speak
from desktop_app.core.analysis.records import records
from desktop_app.core.analysis.speech.finder import find_candidates
from desktop_app.core.analysis.speech.speaker_phrase import speaker_memo
from desktop_app.core.analysis.text.blocks import Block, make_blocks
from desktop_app.core.analysis.text.cue_scan import scan_cues
from desktop_app.core.analysis.text.language import is_supported, resolve_language
from desktop_app.core.analysis.text.layout import (
    body_paragraphs,
    classify_paragraphs,
    heading_spans,
    questions_as_body,
)
from desktop_app.core.analysis.text.patterns import lowered
from desktop_app.core.analysis.version import ENGINE_VERSION
from desktop_app.core.document import GENRES, Document, split_paragraphs
from desktop_app.core.gc_pause import collector_paused


def analyze_document(doc: Document) -> Analysis:
    """Analyse a stored document, using its metadata (language, genre, authors, title)."""
    meta = doc.metadata
    return analyze(
        doc.text,
        language=meta.language or None,
        genre=meta.genre,
        authors=list(meta.authors),
        title=meta.title,
        outlet=meta.outlet or None,
    )


def analyze(
    text: str,
    *,
    language: str | None = None,
    genre: str | None = None,
    authors: list[str] | None = None,
    title: str | None = None,
    outlet: str | None = None,
) -> Analysis:
    """Who says what in ``text``: all results are character spans into ``text``.

    ``outlet`` is the publication ("Svenska Dagbladet"): an unsigned editorial speaks in its voice.
    """
    with collector_paused():
        return _analyze(text or "", language, genre if genre in GENRES else "other", authors, title, outlet)


def _analyze(
    text: str, language: str | None, given: str, authors: list[str] | None, title: str | None, outlet: str | None
) -> Analysis:
    # 1. The text: its language, what each paragraph is, every cue word in one scan.
    low = lowered(text)
    lang = resolve_language(text, language)
    paragraphs = split_paragraphs(text)
    roles = classify_paragraphs(text, paragraphs, title)
    if not is_supported(lang):  # Danish, German ...: said so, never read as Swedish
        return Analysis(language=lang, genre=given, actors=[], mentions=[], quotes=[], claims=[],
                        headings=heading_spans(paragraphs, roles), engine_version=ENGINE_VERSION)
    hits = scan_cues(text, low, lang)

    # 2. Entities, and who signed the text (its signature paragraphs are marked in ``roles``).
    entities = find_entities(text, lang)
    labels = read_labels(text, paragraphs, roles, news=given in ("news", "interview"))
    authorship = find_authorship(text, paragraphs, roles, entities, lang, given, authors, labels, outlet)
    genre = settle_genre(given, authorship, text, paragraphs, labels)
    registry = ActorRegistry(text, lang, low)
    registry.add_entities(without_signature_parties(entities, authorship, registry.voc), hits)
    author_ids = register_authors(registry, authorship)
    del entities  # each stage's input is dropped once used: a long text's peak memory is its sum

    # 3. Speech: quote candidates in the body paragraphs, speakers named by words only.
    if genre.interview:
        questions_as_body(text, paragraphs, roles)
    blocks = make_blocks(text, low, body_paragraphs(paragraphs, roles), lang, hits)
    title = _title_block(text, low, paragraphs, roles, lang, hits) if genre.name != "opinion" else None
    with speaker_memo(text):
        candidates = find_candidates(text, blocks, lang, interview=genre.interview, title=title)

    # 4. Coreference: the actor behind every speaker phrase and pronoun.
    body = [(b.index, b.start, b.end) for b in blocks]
    resolved = Resolver(registry, body, hits.pronouns, interview=genre.interview).run(candidates)
    del candidates, body
    quotes = quote_drafts(registry, resolved)
    del resolved

    # 5. The authors' own voice, then the model's records and the claims they hold.
    quotes = authors_speak(text, blocks, quotes, author_ids)
    actors, mentions, out_quotes = records(text, registry, quotes)
    del registry, quotes
    claims = find_claims(text, blocks, out_quotes, lang, low, hits)
    return Analysis(
        language=lang,
        genre=genre.name,
        actors=actors,
        mentions=mentions,
        quotes=out_quotes,
        claims=claims,
        headings=heading_spans(paragraphs, roles),
        engine_version=ENGINE_VERSION,
    )


def _title_block(text: str, low: str, paragraphs: list, roles: list[str], lang: str, hits) -> Block | None:
    """The title paragraph with its cue words, for the headline's quotes."""
    for para, role in zip(paragraphs, roles):
        if role == "title":
            return make_blocks(text, low, [(para.index, para.start, para.end)], lang, hits)[0]
    return None
