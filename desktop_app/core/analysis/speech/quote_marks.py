"""Quotes in quotation marks: ” ”, " ", « », » «, “ ”, „ “, and the cue next to them.

Swedish uses the same mark (”) to open and close, English opens with “ and closes with ”. A
mark opens when a word follows it and closes when a word precedes it; unmatched marks are
ignored, except an opening mark at the paragraph's start, which (by the English convention for
quotes running over several paragraphs) quotes the whole paragraph. The speaker is named by a
cue after the closing mark (", säger X", "said X", "enligt X", "är terrorgruppens budskap") or
before the opening one ("X säger:", "Hon var tydlig:").
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.core.analysis.speech.candidates import WINDOW, Candidate, RuleContext, SpeakerRef, inside, trim
from desktop_app.core.analysis.speech.sources import according_after
from desktop_app.core.analysis.speech.speaker_phrase import speaker_after
from desktop_app.core.analysis.speech.speaker_before import speaker_before
from desktop_app.core.analysis.text.blocks import QUOTE_MARK_RE, Block
from desktop_app.core.analysis.text.lexicon import load_folded
from desktop_app.core.analysis.text.patterns import word_pattern
from desktop_app.core.analysis.text.vocabulary import Vocabulary

_MESSAGE_RE = {
    "sv": re.compile(r"\s*,?\s*(?:är|var|blir|blev)\s+(?:också\s+)?(?P<who>[\w-]+?)(?::s|s)\s+(?P<noun>\w+)"),
    "en": re.compile(
        r"\s*,?\s*(?:is|was|became)\s+(?:also\s+)?(?:the\s+)?(?P<who>[\w-]+?)(?:'s|’s)\s+(?P<noun>\w+)"
    ),
}
_GAP_RE = re.compile(r"[\s,]*")
_SPACE_RE = re.compile(r"\s+")
_APPOSITION_RE = re.compile(r"\s*,[^,;:!?\"”»“«]{1,80},\s*")
_DESCRIBED_NAME_RE = re.compile(
    r"\s*,?\s*(?:the|a|an|his|her|its|their|hans|hennes|dess|deras)\s+[^,;:!?\"”»“«]{1,60},\s+"
    r"(?P<name>[A-ZÅÄÖ][\w'’-]+(?:\s+[A-ZÅÄÖ][\w'’-]+){1,3}),\s+"
)
_ASPECT_VERBS = frozenset("fortsätter fortsatte fortsatt".split())  # "fortsätter att bygga": no speech
_ACCORDING_RE = re.compile(r"(?<!\w)(?:[Ee]nligt|[Aa]ccording to)\s+")
_CLOSERS: dict[str, str] = {
    '"': '"',
    "”": "”",
    "“": "”“",
    "„": "“”",
    "«": "»",
    "»": "«»",
}


def marked_quotes(ctx: RuleContext) -> list[Candidate]:
    """Quotes in quotation marks, outside the dash quotes found before, with their cues."""
    block = ctx.block
    if not block.marks:
        return []
    covered = sorted((c.start, c.end) for c in ctx.found)
    marked = [m for m in marked_spans(ctx.text, block.start, block.end) if not inside(m[0], covered)]
    return _quotes_in_marks(ctx.text, block, marked, ctx.voc)


def marked_spans(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(open mark, inner start, inner end, close mark) for each quotation in ``text[start:end]``.

    An unclosed quotation that opens the paragraph ends at ``end`` (close mark = ``end``).
    """
    spans: list[tuple[int, int, int, int]] = []
    open_ch = ""
    open_pos = -1
    for m in QUOTE_MARK_RE.finditer(text, start, end):
        pos = m.start()
        ch = text[pos]
        if not open_ch:
            nxt = text[pos + 1] if pos + 1 < end else " "
            prev = text[pos - 1] if pos > start else " "
            if not nxt.isspace() and (prev.isspace() or prev in "([–—-:" or pos == start):
                open_ch, open_pos = ch, pos
            continue
        if ch in _CLOSERS[open_ch]:
            prev = text[pos - 1]
            if not prev.isspace() or pos - open_pos > 1:
                spans.append((open_pos, open_pos + 1, pos, pos))
                open_ch, open_pos = "", -1
    if open_ch and open_pos == start:
        spans.append((open_pos, open_pos + 1, end, end))
    return spans


def _quotes_in_marks(
    text: str, block: Block, marked: list[tuple[int, int, int, int]], voc: Vocabulary
) -> list[Candidate]:
    """Quotes in quotation marks; spans are (open mark, inner start, inner end, close mark)."""
    cands: list[Candidate] = []
    floor = block.start
    for open_pos, qs, qe, close_pos in marked:
        start, end = trim(text, qs, qe, " \t,")
        if end <= start:
            continue
        cand = Candidate(start, end, "direct", paragraph=block.index)
        after = close_pos + 1 if close_pos < block.end else block.end
        attached = _cue_after_mark(text, block, after, voc)
        sent_floor = max(floor, block.sentence_at(open_pos)[0])
        if attached is None:
            attached = cue_before_mark(text, block, sent_floor, open_pos, voc)
        if attached is None:
            # A few words that could be a title count only after a naming verb; a fragment that
            # starts in lower case or ends a sentence ("was ”hurting working families.”") is speech.
            title_like = len(text[start:end].split()) < 4 and (text[start].isupper() or text[start].isdigit())
            title_like = title_like and text[end - 1] not in ".!?…"
            attached = _clause_cue(text, sent_floor, open_pos, voc, short=title_like)
        if attached is not None:
            cand.cue, cand.ref = attached
        elif open_pos == block.start and (close_pos >= block.end - 2 or close_pos == block.end):
            cand.follow = True
            cand.runs_on = close_pos == block.end  # unclosed: the quotation goes on below
        elif len(text[start:end].split()) < 4 and text[end - 1] not in ".!?…":
            continue  # a scare-quoted word or a title, not somebody's words
        cands.append(cand)
        floor = min(block.end, close_pos + 1)
    # A second quote in the paragraph with no cue of its own shares the nearest named one's speaker.
    first_named = next((c.ref for c in cands if c.ref is not None), None)
    last_named = None
    for cand in cands:
        if cand.ref is not None:
            last_named = cand.ref
        elif not cand.follow and first_named is not None:
            cand.ref = last_named or first_named
    return [c for c in cands if c.ref is not None or c.follow]


def _cue_after_mark(
    text: str, block: Block, pos: int, voc: Vocabulary
) -> tuple[tuple[int, int], SpeakerRef] | None:
    if pos >= block.end:
        return None
    _, sent_end = block.sentence_at(pos)
    sent_end = max(sent_end, min(block.end, pos + 2))
    m = _GAP_RE.match(text, pos)
    p = m.end() if m else pos
    verb = voc.verb_re.match(text, p)
    if verb:
        ref = speaker_after(text, verb.end(), sent_end, voc)
        if ref is not None:
            return (verb.start(), ref.end), ref
    ref = speaker_after(text, p, sent_end, voc)
    if ref is not None:
        # The verb follows the speaker, or an apposition between commas: '"...," Jane Doe, a
        # spokeswoman for the firm, said.', '"...," Rep. Chip Roy, R-Texas, told reporters.'
        gap = _SPACE_RE.match(text, ref.end)
        verb = voc.verb_re.match(text, gap.end() if gap else ref.end)
        if verb is None:
            apposition = _APPOSITION_RE.match(text, ref.end, sent_end)
            verb = voc.verb_re.match(text, apposition.end()) if apposition else None
        if verb:
            return (ref.start, verb.end()), ref
    acc = according_after(text, p, sent_end, voc)
    if acc is not None:
        return acc
    named = _DESCRIBED_NAME_RE.match(text, pos, sent_end)
    if named is not None and voc.verb_re.match(text, named.end()):
        # '"...," the union's regional leader, Petra Kaufmann, told Reuters.'
        start, end = named.span("name")
        return (start, voc.verb_re.match(text, named.end()).end()), SpeakerRef(start, end, "name")
    msg = _MESSAGE_RE[voc.language].match(text, pos, sent_end)
    if msg and msg.group("noun").casefold() in voc.message_nouns:
        who = msg.group("who")
        kind = "noun" if who[0].islower() else "name"
        return (msg.start("who"), msg.end("noun")), SpeakerRef(msg.start("who"), msg.end("who"), kind)
    return None


def cue_before_mark(
    text: str, block: Block, floor: int, open_pos: int, voc: Vocabulary
) -> tuple[tuple[int, int], SpeakerRef] | None:
    """ "Anna Ek säger: ”...", "säger hon att ”...", "Enligt X: ”...", "Hon är tydlig: ”..."."""
    end = open_pos
    while end > floor and text[end - 1].isspace():
        end -= 1
    colon = end > floor and text[end - 1] == ":"
    if end > floor and text[end - 1] in ":,":
        end -= 1
    while end > floor and text[end - 1].isspace():
        end -= 1
    if end <= floor:
        return None
    stem = text[max(floor, end - 60) : end]
    that = re.search(r"(?<!\w)(?:att|that)$", stem)
    if that:
        end -= len(that.group())
        while end > floor and text[end - 1].isspace():
            end -= 1
    lo = max(floor, end - WINDOW)
    for verb in reversed(list(voc.verb_re.finditer(text, lo, end))):
        if verb.end() == end:
            ref = speaker_before(text, verb.start(), floor, voc)
            if ref is not None and ref.kind != "plural":
                return (ref.start, verb.end()), ref
        ref = speaker_after(text, verb.end(), end, voc)
        if ref is not None and ref.kind != "plural" and not text[ref.end : end].strip(" ,"):
            if voc.language == "en":
                subject = speaker_before(text, verb.start(), floor, voc)
                if subject is not None and subject.kind != "plural":
                    # "The lawsuit says Merrimack Coatings "made a deliberate decision"": the
                    # name after the verb opens the reported clause; the subject before speaks.
                    return (subject.start, verb.end()), subject
            return (verb.start(), ref.end), ref
        break
    acc_start = max(floor, end - WINDOW)
    for acc in _ACCORDING_RE.finditer(text[acc_start:end]):
        found = according_after(text, acc_start + acc.start(), end, voc)
        if found is not None and not text[found[1].end : end].strip(" ,"):
            return found
    if colon:
        return (floor, end), SpeakerRef(floor, end, "sentence")
    return None


@lru_cache(maxsize=None)
def _naming_verbs(language: str) -> frozenset[str]:
    return load_folded(language, "naming_verbs")


@lru_cache(maxsize=None)
def _clause_verb_re(language: str, verbs: frozenset[str]) -> re.Pattern[str]:
    return word_pattern(verbs | _naming_verbs(language), flags=re.IGNORECASE)


def _clause_cue(
    text: str, floor: int, open_pos: int, voc: Vocabulary, *, short: bool
) -> tuple[tuple[int, int], SpeakerRef] | None:
    """Quoted words inside the speaker's own clause: "X kallar förslaget ”ett slag i luften”",
    "X said the plan was "doomed to fail"", "X told me it was "necessary"".

    The last reporting or naming verb of the sentence before the mark, with its subject (or,
    in Swedish, the speaker after it). A few quoted words with no final stop count only after
    a naming verb ("kallar", "called"): after "skriver" they are more often a title.
    """
    lo = max(floor, open_pos - WINDOW)
    verbs = list(_clause_verb_re(voc.language, voc.verbs).finditer(text, lo, open_pos))
    # The last verb, passing a noun ("said in a note that ...") or an infinitive ("fortsätter att").
    for verb in reversed(verbs[-3:]):
        before = text[max(lo, verb.start() - 4) : verb.start()].casefold().split()
        if before and before[-1] in ("a", "an", "the", "en", "ett") or verb.group().casefold() in _ASPECT_VERBS:
            continue
        if short and verb.group().casefold() not in _naming_verbs(voc.language):
            return None
        ref = speaker_before(text, verb.start(), floor, voc)
        if ref is not None and ref.kind != "plural":
            return (ref.start, verb.end()), ref
        if voc.language == "sv":
            ref = speaker_after(text, verb.end(), open_pos, voc)
            if ref is not None and ref.kind != "plural":
                return (verb.start(), ref.end), ref
        break
    return _participle_cue(text, floor, open_pos, voc) if not short else None


def _participle_cue(text: str, floor: int, open_pos: int, voc: Vocabulary) -> tuple[tuple[int, int], SpeakerRef] | None:
    """ "X vetoed the bill, saying the measure would "bury families"": the participle's clause
    is the sentence subject's words."""
    for m in re.finditer(r",\s+(" + "|".join(re.escape(p) for p in voc.participles) + r")\s", text[floor:open_pos]):
        start = floor + m.start(1)
        ref = speaker_after(text, floor, start, voc)
        if ref is not None and ref.kind in ("name", "noun", "pronoun") and ref.start - floor <= 2:
            return (start, floor + m.end(1)), ref
    return None
