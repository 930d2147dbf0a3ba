"""Direct quotes in dash paragraphs, and paragraphs whose dash was lost.

"– Vi var inte bra i dag, säger ytterbacken Emil Johansson." The cue follows the words after a
comma, question or exclamation mark (", säger hon", "...? said Smith", "..., Anna Ek säger.");
a dash with no cue of its own is spoken by whoever speaks at that point (``Candidate.follow``).
A paragraph with no dash and no quotation marks that ends its sentence with such a cue ("Redan
2014 visste vi ..., säger han.") is the speaker's words all the same.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from desktop_app.core.analysis.speech.candidates import WINDOW, Candidate, RuleContext, SpeakerRef, trim
from desktop_app.core.analysis.speech.quote_marks import cue_before_mark
from desktop_app.core.analysis.speech.speaker_phrase import speaker_after
from desktop_app.core.analysis.speech.speaker_before import speaker_before
from desktop_app.core.analysis.speech.word_classes import EN_TAIL_STARTS, EN_TELL_VERBS
from desktop_app.core.analysis.text.blocks import Block
from desktop_app.core.analysis.text.vocabulary import Vocabulary

_PUNCT_RE = re.compile(r"[,?!]")
_PUNCT_REACH = 2 * WINDOW  # how far before a verb the comma before its speaker may stand
MAX_TAIL_WORDS = 12
# A verb right after "said X": X opens the reported clause ("said the council had refused").
_EN_CLAUSE_VERB_RE = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|should|might|must|did|does|do|can|may)\s"
)
_TAIL_STOP_RE = re.compile(r"(?<!\w)(?:att|that)(?!\w)|[:;]")
_AND_RE = re.compile(r"\s(?:och|men|and|but)\s")
# An adverbial clause or a relative clause about the speaker after the cue: not more content.
_ADVERBIAL_RE = re.compile(
    r"(?:,\s*|\s)(?:inför|efter|innan|sedan|när|då|medan|eftersom|som|vilket|who|when|after|before|as)\s"
)
_CHAIN_RE = re.compile(r",?\s*(?:och|and)\s+[\w-]+(?:\s+[\w-]+)?\s*:\s*$")
_WORD_RE = re.compile(r"\s*\S+")
# A live blog's time stamp before a dash: "6:12 p.m. — ", "21.31 – ", "kl. 08.15 – ", "Uppdaterad 14:02 –".
_TIMESTAMP_RE = re.compile(
    r"\s*(?:(?:kl\.?|klockan|[Uu]ppdaterad|[Uu]pdated)\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?\s*"
    r"|\s*\d{1,2}\s*[ap]\.\s?m\.\s*"
)


def dash_quotes(ctx: RuleContext) -> list[Candidate]:
    """Every dash segment of the paragraph: "– ..., säger hon." or "Hon säger: – ..."."""
    text, block, voc = ctx.text, ctx.block, ctx.voc
    cands: list[Candidate] = []
    dashes = block.dashes
    if dashes and dashes[0][0] > block.start and _TIMESTAMP_RE.fullmatch(text, block.start, dashes[0][0]):
        dashes = dashes[1:]  # "6:12 p.m. — Bayou Electric says ...": a live blog's time, no quote
    for i, (dash, body) in enumerate(dashes):
        seg_end = dashes[i + 1][0] if i + 1 < len(dashes) else block.end
        found = _dash_segment(text, block, body, seg_end, voc, ctx.interview)
        if dash > block.start and found and found[0].ref is None and text[dash - 2 : dash].strip() == ":":
            # "Hon säger: – Vi ska vinna." The intro names the speaker of the dash quote.
            intro = cue_before_mark(text, block, block.sentence_at(dash - 2)[0], dash, voc)
            if intro is not None:
                found[0].cue, found[0].ref = intro
                found[0].follow = False
        cands.extend(found)
    return cands


def lost_dash_quotes(ctx: RuleContext) -> list[Candidate]:
    """A paragraph with no dash and no quotation marks that ends its sentence with a cue:
    "Redan 2014 visste vi ..., säger han." The words up to the cue are the speaker's (the dash
    was lost); in English, where that layout is plain reported speech, only the sentence is."""
    text, block, voc = ctx.text, ctx.block, ctx.voc
    if block.dashes or not block.verbs or any(c.start < c.end for c in ctx.found):
        return []
    cands: list[Candidate] = []
    lo = block.start
    while lo < block.end:
        found = _cue_after_punct(text, block, lo, block.end, voc)
        if found is None:
            break
        q_end, cue_start, ref = found
        sent_start, sent_end = block.sentence_at(cue_start)
        verb_word = _verb_word(text, cue_start, ref, voc)
        if voc.language == "en":
            start, kind = sent_start, "indirect"
        else:
            start = lo
            kind = "indirect" if verb_word in voc.indirect_only_verbs else "direct"
        start, end = trim(text, start, q_end)
        if end > start:
            cue = (cue_start, _cue_end(text, cue_start, ref))
            cands.append(Candidate(start, end, kind, cue, ref, paragraph=block.index))
        nxt = sent_end
        while nxt < block.end and text[nxt].isspace():
            nxt += 1
        if nxt <= lo:
            break
        lo = nxt
    return cands


def tail_ok(text: str, pos: int, sent_end: int) -> bool:
    """What follows a cue in its sentence is an addressee or apposition, not more content.

    "... och fortsätter:" / "... and added:" may close it: the next paragraph goes on quoting.
    """
    if sent_end - pos > WINDOW:
        return False
    tail = text[pos:sent_end]
    chain = _CHAIN_RE.search(tail)
    if chain:
        tail = tail[: chain.start()]
    joined = _AND_RE.search(tail)
    if joined:
        tail = tail[: joined.start()]  # "..., säger han och menar att ...": a new clause
    adverbial = _ADVERBIAL_RE.search(tail)
    if adverbial:
        tail = tail[: adverbial.start()]  # "Det säger X till TT inför att förslaget presenteras."
    if len(tail) > WINDOW or _TAIL_STOP_RE.search(tail):
        return False
    return len(tail.split()) <= MAX_TAIL_WORDS


def _cue_after_punct(
    text: str, block: Block, lo: int, hi: int, voc: Vocabulary
) -> tuple[int, int, SpeakerRef] | None:
    """First cue in ``lo:hi`` that follows ``,``/``?``/``!``: "..., säger hon", "...? said Smith".

    Returns (end of the quoted words, start of the cue, speaker).
    """
    verbs = block.verbs
    for k in range(bisect_left(verbs, (lo, -1)), len(verbs)):
        verb_start, verb_end = verbs[k]
        if verb_start >= hi:
            break
        p = verb_start
        while p > lo and text[p - 1].isspace():
            p -= 1
        while p > lo and text[p - 1] in "”\"»’":
            p -= 1
        if p > lo and text[p - 1] in ",?!…":
            if text[p - 1] == "," and _apposition_before(text, lo, p - 1):
                continue  # "Inspektionen för vård och omsorg, IVO, kritiserar Region X": the subject
            _, sent_end = block.sentence_at(verb_start)
            ref = speaker_after(text, verb_end, sent_end, voc)
            if ref is not None and ref.kind == "pronoun" and voc.language == "en":
                # "..., said she had warned": the pronoun opens a clause, it is not a cue.
                if text[ref.end : sent_end].strip(" .!?”\"»"):
                    ref = None
            if ref is not None and voc.language == "en" and _EN_CLAUSE_VERB_RE.match(text, ref.end, sent_end):
                ref = None  # "..., said the council had refused to ...": the subject of a reported clause
            # "..., säger de.": a quote all the same, whose speaker stays unknown.
            if ref is not None and tail_ok(text, ref.end, sent_end):
                end = p - 1 if text[p - 1] == "," else p
                return end, verb_start, ref
            continue
        # "..., Anna Ek säger." / "..., he said." (a comma or stop must come before the speaker)
        if _PUNCT_RE.search(text, max(lo, verb_start - _PUNCT_REACH), verb_start) is None:
            continue
        sent_start, sent_end = block.sentence_at(verb_start)
        if not tail_ok(text, verb_end, sent_end):
            continue
        if voc.language == "en" and not _en_tail_ok(text, verb_start, verb_end, sent_end):
            continue
        ref = speaker_before(text, verb_start, max(lo, sent_start), voc)
        if ref is None or ref.kind == "plural":
            continue
        q = ref.start
        while q > lo and text[q - 1].isspace():
            q -= 1
        if voc.language == "en" and text[max(lo, q - 4) : q].casefold() in (" the", "the"):
            q -= 3  # "..., the National Hurricane Center said."
            while q > lo and text[q - 1].isspace():
                q -= 1
        while q > lo and text[q - 1] in "”\"»’":
            q -= 1
        if q > lo and text[q - 1] in ",?!" and tail_ok(text, verb_end, sent_end):
            end = q - 1 if text[q - 1] == "," else q
            return end, ref.start, ref
    return None


def _apposition_before(text: str, lo: int, comma: int) -> bool:
    """The words before ``comma`` are an acronym between commas (", IVO,"), closing the subject's
    apposition: what comes before is a name, not quoted words (a vocative ", Anna," is no acronym)."""
    start = text.rfind(",", max(lo, comma - 16), comma)  # an acronym is short: a bounded look back
    if start < 0:
        return False
    words = text[start + 1 : comma].split()
    return len(words) == 1 and len(words[0]) >= 2 and words[0].isupper() and words[0].isalpha()


def _en_tail_ok(text: str, verb_start: int, verb_end: int, sent_end: int) -> bool:
    """After "X said", only a time, place or medium may end the sentence ("said on Tuesday",
    "said in a statement"); "X said the talks had failed" goes on with what was said. After
    "told" comes whom: "Hughes told the BBC"."""
    words = text[verb_end : min(sent_end, verb_end + 40)].split(None, 1)
    if not words or not words[0][0].isalpha():
        return True
    if text[verb_start:verb_end].casefold() in EN_TELL_VERBS:
        return True
    return words[0].strip(",.;:").casefold() in EN_TAIL_STARTS


def _dash_segment(
    text: str, block: Block, lo: int, hi: int, voc: Vocabulary, interview: bool
) -> list[Candidate]:
    found = _cue_after_punct(text, block, lo, hi, voc)
    if found is None:
        start, end = trim(text, lo, hi)
        question = interview and text[start:end].rstrip("”\"» ").endswith("?")
        return [Candidate(start, end, "direct", follow=True, question=question, paragraph=block.index)]
    q_end, cue_start, ref = found
    start, end = trim(text, lo, q_end)
    cue = (cue_start, _cue_end(text, cue_start, ref))
    return [Candidate(start, end, "direct", cue, ref, paragraph=block.index)]


def _cue_end(text: str, cue_start: int, ref: SpeakerRef) -> int:
    """A cue runs from its verb (or speaker) to the end of the speaker phrase, or its verb."""
    if ref.start >= cue_start:
        return ref.end
    # Speaker before the verb ("Anna Ek säger"): the cue ends after the verb word.
    m = _WORD_RE.match(text, ref.end)
    return m.end() if m else ref.end


def _verb_word(text: str, cue_start: int, ref: SpeakerRef, voc: Vocabulary) -> str:
    pos = cue_start if ref.start != cue_start else ref.end
    m = voc.verb_re.search(text, pos, pos + WINDOW)
    return m.group().casefold() if m else ""
