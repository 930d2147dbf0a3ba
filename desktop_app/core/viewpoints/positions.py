"""Positions: every claim and quote of an analysis, cut into statements with a speaker and a polarity.

Who holds a position: the quote's or claim's speaker; in an opinion piece the signers together
("the authors": every author-voice passage and every claim of a signer, whichever signer the
analysis gave it to), minus the words the authors only report ("polisen menar att ..."). Narration
with no speaker holds a position only in an opinion piece, when it states the text's own finding
("visar en granskning som tidningen gjort"), or when it names who takes a stance ("Statsministern
tillbakavisar kritiken"). Headings hold none.
"""

from __future__ import annotations

import bisect
import re

from desktop_app.core.analysis.model import Analysis
from desktop_app.core.compare import DocumentView
from desktop_app.core.document import split_paragraphs
from desktop_app.core.viewpoints.model import AUTHORS_KEY, TEXT_KEY, Cue, Position, Speaker
from desktop_app.core.viewpoints.passages import inherit_polarity
from desktop_app.core.viewpoints.polarity import rules
from desktop_app.core.viewpoints.spans import inside_any, merge_spans, voiced_pieces
from desktop_app.core.viewpoints.terms import PhraseIndex, Token, Vocabulary, tokenize

ENTITY_WEIGHT = 0.6  # times the rarity of the name's last word: "Sverige" weighs less than "Ranstorp"
CONCERN = "!concern"  # pseudo-feature of statements voicing threat or concern
CONCERN_WEIGHT = 0.6
MIN_CONTENT = 0.25  # total feature weight below which a piece says too little to be a position
INTRO_FRAME = True  # the narration introducing a speaker in their paragraph joins their frame
INTRO_WEIGHT = 1.0  # ... at this weight (the frame itself counts at passages.FRAME_WEIGHT)
CUE_TARGET_REACH = 48  # characters after a stance cue in which its target is named
_SENTENCE_END = re.compile(r"[.!?]+[\"”»’']*(?=\s+[\"“”«–—-]?\s*[^\W\d_]*[A-ZÅÄÖÉÜ0-9])|[.!?]+[\"”»’']*\s*$")

def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of one paragraph ``text[start:end]``, as spans."""
    spans = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.end() > pos:
            spans.append((pos, m.end()))
            pos = m.end()
            while pos < end and text[pos].isspace():
                pos += 1
    if pos < end and text[pos:end].strip():
        spans.append((pos, end))
    return spans


LEAD_MIN_PARAGRAPHS = 3  # a text has a lead when the headline has this many paragraphs under it

EDITORIAL_MIN_SENTENCES = 6  # sentences of narration an unsigned editorial has at least
EDITORIAL_MIN_POLAR = 2  # ... of which this many evaluate
EDITORIAL_FREE_SHARE = 0.7  # ... and that share of its sentences at least (news: about half or less)


def extract_positions(view: DocumentView, side: str) -> list[Position]:
    """Every statement of the document's quotes and claims that takes or reports a view."""
    text = view.document.text
    analysis = view.analysis
    vocab = Vocabulary.get(analysis.language)
    polarity_rules = rules(analysis.language)
    paragraphs = split_paragraphs(text)
    para_starts = [p.start for p in paragraphs]
    sentences: list[tuple[int, int]] = []
    for para in paragraphs:
        sentences.extend(sentence_spans(text, para.start, para.end))
    sent_starts = [s for s, _ in sentences]
    speakers, voiced = _voiced_spans(analysis, text)
    headings = merge_spans([(h.start, h.end) for h in analysis.headings])
    heading_starts = [h[0] for h in headings]

    def in_heading(s: int, e: int) -> bool:
        i = bisect.bisect_right(heading_starts, s) - 1
        return i >= 0 and headings[i][1] >= e

    voiced = [(s, e, k) for s, e, k in voiced if not in_heading(s, e)]
    # the lead: the first paragraph under the headline, with more of the story after it (it sums
    # up the story, every question of it: shared words there tell no question apart)
    lead = next((n for n, p in enumerate(paragraphs) if not in_heading(p.start, p.end)), -1)
    if lead < 1 or len(paragraphs) - lead < LEAD_MIN_PARAGRAPHS:
        lead = -1
    voiced += _unsigned_editorial(analysis, text, sentences, voiced, in_heading, speakers, polarity_rules)
    voiced += _findings(text, sentences, voiced, vocab)
    if any(k == TEXT_KEY for _, _, k in voiced):
        speakers[TEXT_KEY] = Speaker(TEXT_KEY, TEXT_KEY)
    reported = [(q.start, q.end) for q in analysis.quotes if q.speaker is None and q.kind != "author"]
    pieces = voiced_pieces(voiced, reported, sentences, sent_starts, text)
    spoken = merge_spans([(s, e) for s, e, _ in voiced] + reported)
    spoken_starts = [s for s, _ in spoken]
    mentions = sorted((m.start, m.end, m.actor) for m in analysis.mentions)
    mention_starts = [m[0] for m in mentions]
    actors = analysis.actors_by_id()
    claims = sorted((c.start, c.end, c.kind) for c in analysis.claims)
    author_refs = PhraseIndex(vocab.lex.author_refs)
    positions: list[Position] = []
    sentence_tokens: dict[tuple[int, int], list[Token]] = {}
    for start, end, key, sent in pieces:
        speaker = speakers[key]
        tokens = sentence_tokens.get(sent)
        if tokens is None:
            tokens = sentence_tokens[sent] = tokenize(text, sent[0], sent[1], analysis.language)
        first = next((i for i, t in enumerate(tokens) if t.start >= start), len(tokens))
        last = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
        own = tokens[first:last]
        named: list[tuple[int, int]] = []
        entity_features: dict[str, float] = {}
        lo = bisect.bisect_left(mention_starts, start)
        for m_start, m_end, actor_id in mentions[lo:]:
            if m_start >= end:
                break
            actor = actors.get(actor_id)
            if actor_id in speaker.actor_ids or (actor is not None and actor.kind != "organization"):
                # people and places count as names, not as words ("Henrik", "Lövnäs"); an
                # organization's name is also a word ("polisen" is about the police)
                named.append((m_start, m_end))
            if actor is not None and actor_id not in speaker.actor_ids:
                weight = ENTITY_WEIGHT * vocab.weight(actor.key.split()[-1])
                entity_features["@" + actor.key] = max(entity_features.get("@" + actor.key, 0.0), weight)
        frame = _frame(tokens, sent, named, mentions, mention_starts, actors, spoken, spoken_starts, vocab)
        pol = polarity_rules.polarity(text, tokens[:last], first)
        if pol.cue_start >= 0:
            named.append((pol.cue_start, pol.cue_end))
        # the speaker's own name and the stance cue are no topic of the statement
        features = _features([t for t in own if not inside_any(t.start, t.end, named)], vocab)
        for feature, weight in entity_features.items():
            features[feature] = max(features.get(feature, 0.0), weight)
        if any(t.text in vocab.lex.concern or t.lemma in vocab.lex.concern for t in own):
            features[CONCERN] = CONCERN_WEIGHT
        if sum(features.values()) < MIN_CONTENT and pol.cue_relation is None:
            continue
        cue = None
        if pol.cue_relation is not None:
            target = None
            if not pol.cue_has_complement:
                target = _cue_target(text, tokens, pol.cue_end, mentions, mention_starts, actors, author_refs)
            a, b = pol.complement
            complement = frozenset(_features([t for t in own if a <= t.start < b], vocab)) if a >= 0 else frozenset()
            cue = Cue(pol.cue_relation, pol.cue_text, target, complement, pol.complement_value)
        positions.append(
            Position(
                side=side,
                index=len(positions),
                speaker=speaker,
                start=start,
                end=end,
                paragraph=max(0, bisect.bisect_right(para_starts, start) - 1),
                polarity=pol.value,
                features=features,
                evidence=pol.evidence,
                cue=cue,
                need_more=pol.need_more,
                claim_kinds=_kinds_within(claims, start, end),
                figure=not pol.value and pol.cue_relation is None and not pol.need_more and _has_figure(own, vocab),
                lead=bisect.bisect_right(para_starts, start) - 1 == lead,
                text=text[start:end],
                frame=frame,
                segments=tuple(
                    (frozenset(_features(tokens[a:b], vocab)), v) for a, b, v in pol.segments if v
                ),
            )
        )
    if INTRO_FRAME:
        _introductions(positions, text, sentences, para_starts, spoken, spoken_starts, mentions, vocab, analysis.language)
    _answer_questions(positions, analysis, text, paragraphs, vocab)
    _mark_direct(positions, analysis)
    _concessions(positions, vocab)
    inherit_polarity(positions)
    return positions


def _frame(tokens, sent, named, mentions, mention_starts, actors, spoken, spoken_starts, vocab) -> dict[str, float]:
    """Features of the narration around a statement in its sentence, words no one else says:
    "The government said it had no plans to change the law, but would 'look at the findings'"
    is about the law too."""
    names = list(named)
    lo = bisect.bisect_left(mention_starts, sent[0])
    for m_start, m_end, actor_id in mentions[lo:]:
        if m_start >= sent[1]:
            break
        actor = actors.get(actor_id)
        if actor is None or actor.kind != "organization":
            names.append((m_start, m_end))

    def said(tok: Token) -> bool:
        i = bisect.bisect_right(spoken_starts, tok.start) - 1
        return i >= 0 and spoken[i][1] > tok.start

    around = [t for t in tokens if not said(t) and not inside_any(t.start, t.end, names)]
    return _features(around, vocab) if around else {}


def _introductions(positions, text, sentences, para_starts, spoken, spoken_starts, mentions, vocab, language) -> None:
    """The narration that introduces a speaker in their paragraph says what their words are
    about: "Oppositionsrådet Maria Sjöberg (S) vill i stället bygga ut kollektivtrafiken. – Det
    vore bättre att satsa på fler bussturer ..., säger hon." A sentence of the same paragraph
    that no one speaks and that names the speaker joins the frame of the speaker's statements
    there."""
    by_para: dict[int, list[Position]] = {}
    for pos in positions:
        if pos.speaker.actor_ids and pos.speaker.key not in (AUTHORS_KEY, TEXT_KEY):
            by_para.setdefault(bisect.bisect_right(para_starts, pos.start) - 1, []).append(pos)
    if not by_para:
        return
    named_in: dict[tuple[int, int], set[str]] = {}
    m_starts = [m[0] for m in mentions]
    for s, e in sentences:
        para = bisect.bisect_right(para_starts, s) - 1
        if para not in by_para:
            continue
        i = bisect.bisect_right(spoken_starts, e - 1) - 1
        if i >= 0 and spoken[i][1] > s:
            continue  # someone speaks in it
        ids = set()
        for k in range(bisect.bisect_left(m_starts, s), bisect.bisect_left(m_starts, e)):
            ids.add(mentions[k][2])
        if ids:
            named_in[(s, e)] = ids
    for (s, e), ids in named_in.items():
        para = bisect.bisect_right(para_starts, s) - 1
        holders = [p for p in by_para[para] if ids & set(p.speaker.actor_ids)]
        if not holders:
            continue
        own = {a for p in holders for a in p.speaker.actor_ids}
        tokens = tokenize(text, s, e, language)
        names = [mentions[k][:2] for k in range(bisect.bisect_left(m_starts, s), bisect.bisect_left(m_starts, e))
                 if mentions[k][2] in own]
        feats = _features([t for t in tokens if not inside_any(t.start, t.end, names)], vocab)
        for pos in holders:
            for f, w in feats.items():
                pos.frame[f] = max(pos.frame.get(f, 0.0), INTRO_WEIGHT * w)


def _answer_questions(positions: list[Position], analysis: Analysis, text: str, paragraphs, vocab: Vocabulary) -> None:
    """An interview's answer is about its question: "Should the tax cover sweets too?" / "Yes.
    Drinks were the easy place to start ..." The words of the interviewer's question in the
    paragraph before an answer (or earlier in the answer's own paragraph) join the answer's
    frame, and a bare "Yes." / "Nej." opening the answer takes a stance toward the question."""
    actors = analysis.actors_by_id()
    asked: dict[int, list[tuple[int, int]]] = {}
    para_starts = [p.start for p in paragraphs]
    for q in analysis.quotes:
        actor = actors.get(q.speaker) if q.speaker is not None else None
        if actor is not None and actor.kind == "interviewer":
            para = bisect.bisect_right(para_starts, q.start) - 1
            asked.setdefault(para, []).append((q.start, q.end))
    if not asked:
        return
    question_features: dict[int, dict[str, float]] = {}
    for para, spans in asked.items():
        feats: dict[str, float] = {}
        for s, e in spans:
            for f, w in _features(tokenize(text, s, e, analysis.language), vocab).items():
                feats[f] = max(feats.get(f, 0.0), w)
        question_features[para] = feats
    answered: set[int] = set()
    for pos in positions:
        same = [e for s, e in asked.get(pos.paragraph, ()) if e <= pos.start]
        feats = question_features.get(pos.paragraph) if same else question_features.get(pos.paragraph - 1)
        if not feats or pos.speaker.key in (AUTHORS_KEY, TEXT_KEY):
            continue
        for f, w in feats.items():
            pos.frame[f] = max(pos.frame.get(f, 0.0), w)
        if pos.paragraph not in answered:
            answered.add(pos.paragraph)
            para = paragraphs[pos.paragraph]
            opening = text[max([para.start] + same) : pos.end]
            first = _ANSWER_WORD.match(opening)
            word = first.group(1).casefold() if first else ""
            if word in vocab.lex.answer_yes and not pos.polarity:
                pos.polarity, pos.evidence = 1, (first.group(1),)
            elif word in vocab.lex.answer_no and not pos.polarity:
                pos.polarity, pos.evidence = -1, (first.group(1),)


_ANSWER_WORD = re.compile(r"[\W_]*(\w+)\s*[.,!–—]")  # "Yes." / "Nej, ..." opening an answer


def _mark_direct(positions: list[Position], analysis: Analysis) -> None:
    """Mark the statements that lie in a direct quote of their own speaker ("– ..., säger X"),
    and those in any quote of theirs, direct or reported ("She said residents could use ...")."""
    actors = analysis.actors_by_id()
    spans = sorted((q.start, q.end, actors[q.speaker].key, q.kind == "direct") for q in analysis.quotes
                   if q.speaker in actors)
    starts = [s for s, _, _, _ in spans]
    for pos in positions:
        i = bisect.bisect_right(starts, pos.start) - 1
        while i >= 0 and spans[i][0] > pos.start - 5000 and not pos.direct:
            s, e, key, direct = spans[i]
            if s <= pos.start and pos.end <= e and key == pos.speaker.key:
                pos.quoted = True
                pos.direct = direct
            i -= 1


def _voiced_spans(analysis: Analysis, text: str) -> tuple[dict[str, Speaker], list[tuple[int, int, str]]]:
    """Speakers by key, and (start, end, speaker key) of every quote and claim with a holder."""
    actors = analysis.actors_by_id()
    authors = [a for a in analysis.actors if a.is_author]
    speakers: dict[str, Speaker] = {}
    if authors or analysis.genre == "opinion":
        speakers[AUTHORS_KEY] = Speaker(
            AUTHORS_KEY, AUTHORS_KEY, tuple(a.name for a in authors), tuple(a.id for a in authors)
        )

    def key_of(actor_id: str | None, kind: str) -> str | None:
        actor = actors.get(actor_id) if actor_id is not None else None
        if kind == "author" or (actor is not None and actor.is_author):
            return AUTHORS_KEY if AUTHORS_KEY in speakers else None
        if actor is None or actor.kind == "interviewer":
            return None  # an interviewer's questions are nobody's position
        if actor.key not in speakers:
            speakers[actor.key] = Speaker(actor.key, actor.name, (), (actor.id,))
        elif actor.id not in speakers[actor.key].actor_ids:
            old = speakers[actor.key]
            speakers[actor.key] = Speaker(old.key, old.name, old.members, old.actor_ids + (actor.id,))
        return actor.key

    mentions = sorted((m.start, m.actor) for m in analysis.mentions)
    voiced: list[tuple[int, int, str]] = []
    for quote in analysis.quotes:
        key = key_of(quote.speaker, quote.kind)
        if key is not None:
            voiced.append((quote.start, quote.end, key))
    for claim in analysis.claims:
        speaker_id = claim.speaker
        if speaker_id is None and claim.kind == "stance":
            speaker_id = _stance_subject(analysis, mentions, claim.start, claim.end)
        elif speaker_id is None and analysis.genre != "opinion":
            speaker_id = _opinion_subject(analysis, text, mentions, claim.start, claim.end)
        if speaker_id is None:
            # the authors' own narration; a stance of no one named is someone else's ("Handlarna
            # kritiserar förslaget"), which the authors only report
            own = analysis.genre == "opinion" and claim.kind != "stance"
            key = AUTHORS_KEY if own and AUTHORS_KEY in speakers else None
        else:
            key = key_of(speaker_id, "claim")
        if key is not None:
            voiced.append((claim.start, claim.end, key))
    return speakers, voiced


def _stance_subject(analysis: Analysis, mentions: list[tuple[int, str]], start: int, end: int) -> str | None:
    """The person or organization named in a narrated stance ("Löfven tillbakavisar ...")."""
    actors = analysis.actors_by_id()
    for m_start, actor_id in mentions[bisect.bisect_left(mentions, (start, "")):]:
        if m_start >= end:
            break
        actor = actors.get(actor_id)
        if actor is not None and actor.kind in ("person", "organization"):
            return actor.id
    return None


_OPINION_VERB = re.compile(
    r"[^.!?]{0,60}?\b(?:tycker|tyckte|anser|ansåg|menar|menade|think|thinks|thought|believe|believes|believed)"
    r"\s+(?:att|that)\b", re.IGNORECASE)


def _opinion_subject(analysis: Analysis, text: str, mentions: list[tuple[int, str]], start: int, end: int) -> str | None:
    """The person whose opinion a narrated claim reports: "Trafikforskaren Helena Wiik vid
    högskolan tycker att beslutet är rimligt" is Wiik's, though no quote was found in it."""
    actors = analysis.actors_by_id()
    for m_start, actor_id in mentions[bisect.bisect_left(mentions, (start, "")):]:
        if m_start >= end:
            break
        actor = actors.get(actor_id)
        if actor is None or actor.kind != "person":
            continue
        name_end = text.find(" ", m_start)
        if name_end < 0 or name_end >= end:
            return None
        if m_start - start > 40:  # the name opens the sentence (after a title at most)
            return None
        return actor.id if _OPINION_VERB.match(text, name_end, end) else None
    return None


def _concessions(positions: list[Position], vocab: Vocabulary) -> None:
    """"It is true that X. But Y." / "Det stämmer att X. Men Y.": an agreeing cue aimed at no one,
    answered by a turn at the start of the speaker's next sentence in the paragraph, grants X
    and holds Y. The cue does not decide; the statement takes the stance of its passage."""
    for pos, nxt in zip(positions, positions[1:]):
        if pos.cue is None or pos.cue.relation != "agree" or pos.cue.target is not None:
            continue
        if nxt.speaker.key != pos.speaker.key or nxt.paragraph != pos.paragraph:
            continue
        first = re.match(r"\W*(\w+)", nxt.text)
        if first and first.group(1).casefold() in vocab.lex.contrast:
            pos.cue, pos.polarity, pos.evidence = None, 0, ()


def _unsigned_editorial(analysis: Analysis, text: str, sentences, voiced, in_heading, speakers, polarity_rules):
    """A text whose narration is nearly all of it (no one, or only a few, quoted) and evaluates
    is an unsigned editorial: its narration is the position of its authors (the editorial
    board), as in a signed opinion piece; whom it quotes keep their words. A news text's
    narration is about half of it or less. Adds the authors to ``speakers`` and returns their
    voice; () for any other text."""
    if AUTHORS_KEY in speakers or analysis.genre == "interview":
        return []
    merged = merge_spans([(s, e) for s, e, _ in voiced])
    starts = [s for s, _ in merged]

    def said(s: int, e: int) -> bool:  # overlaps a voiced span
        i = bisect.bisect_right(starts, e - 1) - 1
        return i >= 0 and merged[i][1] > s

    body = [(s, e) for s, e in sentences if not in_heading(s, e)]
    free = [(s, e) for s, e in body if not said(s, e)]
    if len(free) < EDITORIAL_MIN_SENTENCES or len(free) < EDITORIAL_FREE_SHARE * len(body):
        return []
    polar = sum(1 for s, e in free if polarity_rules.polarity(text, tokenize(text, s, e, analysis.language)).value)
    if polar < EDITORIAL_MIN_POLAR:
        return []
    speakers[AUTHORS_KEY] = Speaker(AUTHORS_KEY, AUTHORS_KEY)
    return [(s, e, AUTHORS_KEY) for s, e in free]


def _findings(text: str, sentences, voiced, vocab: Vocabulary) -> list[tuple[int, int, str]]:
    """Unvoiced sentences that state the text's own finding."""
    index = PhraseIndex(vocab.lex.findings)
    # a cheap test first: the longest word of some finding phrase must occur in the sentence
    first_words = {max(p, key=len).rstrip("*") for p in vocab.lex.findings}
    merged = merge_spans([(s, e) for s, e, _ in voiced])
    starts = [s for s, _ in merged]
    found = []
    for s, e in sentences:
        i = bisect.bisect_right(starts, e) - 1  # the last voiced span starting before e
        if i >= 0 and merged[i][1] > s:
            continue
        lowered = text[s:e].casefold()
        if not any(w in lowered for w in first_words):
            continue
        if index.find(tokenize(text, s, e, vocab.language)):
            found.append((s, e, TEXT_KEY))
    return found


def _has_figure(tokens: list[Token], vocab: Vocabulary) -> bool:
    """A number in the statement: digits, or a number word ("miljoner", "percent")."""
    return any(t.text in vocab.lex.figures or t.lemma in vocab.lex.figures or any(c.isdigit() for c in t.text)
               for t in tokens)


def _features(tokens: list[Token], vocab: Vocabulary) -> dict[str, float]:
    features: dict[str, float] = {}
    for tok in tokens:
        for feature, weight in vocab.features(tok):
            if weight > features.get(feature, 0.0):
                features[feature] = weight
    if vocab.synonym_phrases:
        for _s, _e, concept in vocab.synonym_index.find(tokens):
            features[concept] = max(features.get(concept, 0.0), 1.0)
    return features


def _kinds_within(claims: list[tuple[int, int, str]], start: int, end: int) -> tuple[str, ...]:
    kinds = []
    lo = bisect.bisect_left(claims, (start - 2000, 0, ""))
    for s, e, kind in claims[lo:]:
        if s >= end:
            break
        if s < end and start < e and kind not in kinds:
            kinds.append(kind)
    return tuple(kinds)


def _cue_target(text, tokens, cue_end, mentions, mention_starts, actors, author_refs) -> str | None:
    """Whom a stance cue is aimed at: an actor named right after it, or the other text's authors."""
    lo = bisect.bisect_left(mention_starts, cue_end)
    for m_start, _m_end, actor_id in mentions[lo:]:
        if m_start > cue_end + CUE_TARGET_REACH:
            break
        if m_start >= cue_end and actor_id in actors:
            return actors[actor_id].key
    after = [t for t in tokens if cue_end <= t.start <= cue_end + CUE_TARGET_REACH]
    if author_refs.find(after):
        return AUTHORS_KEY
    return None
