"""Quotes whose speaker is named in another paragraph.

A paragraph ending in ":" introduces the speaker of the next one ("Hon är tydlig:"); "Det säger
X (till Y)." names the speaker of the words just before it, in its own paragraph or the one
before; a quotation that runs over several paragraphs names its speaker only in the last.
"""

from __future__ import annotations

import re
from itertools import chain

from desktop_app.core.analysis.speech.candidates import Candidate, RuleContext, SpeakerRef, trim
from desktop_app.core.analysis.speech.dash_quotes import tail_ok
from desktop_app.core.analysis.speech.quote_marks import cue_before_mark
from desktop_app.core.analysis.speech.speaker_phrase import speaker_after
from desktop_app.core.analysis.text.blocks import QUOTE_MARKS, Block
from desktop_app.core.analysis.text.vocabulary import Vocabulary

_DET_RE = {
    "sv": re.compile(r"(?:Så\s+här|Det|Så|Detta)\s+"),
    "en": re.compile(r"(?:That|So|This)\s+(?:is\s+what\s+)?"),
}
_DET_STARTS = {"sv": ("Det", "Så"), "en": ("That", "So", "This")}  # what every _DET_RE match starts with
_SPEECH_VERBS = frozenset("säger sa sade sagt berättar berättade förklarar förklarade said says".split())


# English puts the speaker before the verb: "That is what Ellen Vickers told the Courier."
_WHAT_RE = re.compile(r"(?:That|This)(?:\s+(?:is|was)|[’']s)\s+what\s+")


def _speaker_before_what(text: str, sent_start: int, verb_start: int, voc: Vocabulary) -> SpeakerRef | None:
    """The speaker of "That is what X said/told Y", "That was what she told reporters": the
    phrase between "what" and the verb (English only), else None."""
    if voc.language != "en":
        return None
    m = _WHAT_RE.match(text, sent_start, verb_start)
    if m is None:
        return None
    ref = speaker_after(text, m.end(), verb_start, voc)
    if ref is None or text[ref.end : verb_start].strip():
        return None
    return ref


def colon_intro(text: str, block: Block, voc: Vocabulary, cands: list[Candidate]) -> SpeakerRef | None:
    """The speaker a paragraph ending in ":" introduces for the next one, or None.

    "..., säger Henrik Gustafsson och fortsätter:" keeps the speaker its own cue named.
    """
    end = block.end
    if end <= block.start or text[end - 1] != ":":
        return None
    sent_start, _ = block.sentence_at(end - 1)
    for cand in reversed(cands):
        if cand.cue is not None and cand.ref is not None and cand.cue[0] >= sent_start:
            return cand.ref
    found = cue_before_mark(text, block, sent_start, end, voc)
    return found[1] if found else SpeakerRef(sent_start, end - 1, "sentence")


def speaker_from_colon(ctx: RuleContext) -> list[Candidate]:
    """ "Hon är tydlig:" at the end of the paragraph before: the first quote here with no cue
    of its own is hers."""
    if ctx.intro is not None:
        for cand in ctx.found:
            if cand.follow and cand.ref is None and not cand.question:
                cand.ref = ctx.intro
                break
    return []


def said_so(ctx: RuleContext) -> list[Candidate]:
    """ "Det säger X (till Y)." / "Så säger X": the words just before are X's."""
    text, block, voc = ctx.text, ctx.block, ctx.voc
    det_re = _DET_RE.get(voc.language)
    if det_re is None:
        return []
    for word in _DET_STARTS[voc.language]:
        if text.find(word, block.start, block.end) >= 0:
            break
    else:
        return []  # no "Det"/"Så" in the paragraph: nothing to do
    here: list[Candidate] = []  # new quotes in this paragraph
    before: list[Candidate] = []  # the paragraph before, quoted whole
    direct = ctx.found
    for verb_start, verb_end in block.verbs:
        sent_start, sent_end = block.sentence_at(verb_start)
        m = det_re.match(text, sent_start, verb_start)
        if m and m.end() == verb_start:
            ref = speaker_after(text, verb_end, sent_end, voc)
        else:
            ref = _speaker_before_what(text, sent_start, verb_start, voc)
        if ref is None or ref.kind == "plural" or not tail_ok(text, ref.end, sent_end):
            continue
        cue = (verb_start, ref.end)
        word = text[verb_start:verb_end].casefold()
        if sent_start > block.start:
            for cand in direct:
                if cand.ref is None and not cand.question and cand.start < sent_start < cand.end:
                    # "– Vi har ett ansträngt läge. Det säger X till UNT.": the cue ends the quote.
                    cand.end = trim(text, cand.start, sent_start)[1]
                    cand.follow = False
            targets = [c for c in direct if c.end <= sent_start and c.ref is None]
            if targets:
                for cand in targets:
                    cand.ref, cand.cue = ref, cue
                continue
            if any(c.start < sent_start and c.end > block.start for c in chain(direct, here)):
                continue
            start, end = trim(text, block.start, sent_start)
            kind = "direct" if word in _SPEECH_VERBS else "indirect"
            here.append(Candidate(start, end, kind, cue, ref, paragraph=block.index))
            continue
        prev_block = ctx.prev_block
        if prev_block is None or prev_block.index != block.index - 1:
            continue
        targets = [c for c in ctx.previous if c.ref is None and not c.question]
        if targets:
            for cand in targets:
                cand.ref, cand.cue = ref, cue
        elif not ctx.previous:
            start, end = trim(text, prev_block.start, prev_block.end)
            kind = "direct" if word in _SPEECH_VERBS else "indirect"
            before.append(Candidate(start, end, kind, cue, ref, paragraph=prev_block.index))
    return here + before


def quotations_over_paragraphs(text: str, blocks: list[Block], found: list[Candidate]) -> None:
    """A quotation over several paragraphs opens each one and closes only the last, where its
    speaker is named: every paragraph of it gets that speaker."""
    first_of: dict[int, Candidate] = {}
    for cand in found:
        first_of.setdefault(cand.paragraph, cand)
    following = {b.index: nxt for b, nxt in zip(blocks, blocks[1:])}
    for cand in reversed(found):
        if not cand.runs_on or cand.ref is not None:
            continue
        nxt_block = following.get(cand.paragraph)
        if nxt_block is None:
            continue
        nxt = first_of.get(nxt_block.index)
        if nxt is None or nxt.start > nxt_block.start + 2 or nxt.ref is None:
            continue
        # English marks open each paragraph of the quotation; Swedish style opens only the first
        # and closes the last ("... beskedet.¶Vi tänker inte ge upp”, säger Anna Ek.").
        closes = nxt.cue is not None and any(ch in "”\"»" for ch in text[nxt.start : nxt.cue[0]])
        if text[nxt_block.start] in QUOTE_MARKS or closes:
            cand.ref, cand.follow = nxt.ref, False
            if closes and nxt.end > nxt.start and text[nxt.end - 1] in "”\"»":
                nxt.end -= 1  # the closing mark is no part of the words


def dashes_before_cue(text: str, blocks: list[Block], found: list[Candidate]) -> None:
    """ "– ...", "– ...", then "Det berättar X för ST.": every dash paragraph of the run just
    before the paragraph that names the speaker is that speaker's, not only the last one."""
    by_paragraph: dict[int, list[Candidate]] = {}
    for cand in found:
        if not cand.headline and not cand.question:
            by_paragraph.setdefault(cand.paragraph, []).append(cand)
    carry: Candidate | None = None
    later = -1
    for block in reversed(blocks):
        cands = by_paragraph.get(block.index, [])
        whole = (
            bool(cands)
            and text[block.start] in "–—−―-"
            and all(c.kind == "direct" and c.start <= block.start + 3 for c in cands)
            and block.index == later - 1
        )
        later = block.index
        if whole and all(c.ref is not None and c.cue is not None and c.cue[0] >= block.end for c in cands):
            carry = cands[0]  # the speaker named in a later paragraph
            continue
        if whole and carry is not None and all(c.ref is None and c.follow and c.cue is None for c in cands):
            for cand in cands:
                cand.ref, cand.cue, cand.follow = carry.ref, carry.cue, False
            continue
        carry = None
