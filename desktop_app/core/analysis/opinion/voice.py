"""The authors' own voice: in an opinion piece the authors speak every body paragraph, except
the words they quote from others.

Each stretch is one ``author`` quote per author, in signature order (a quote has one speaker;
several signers all speak it). A quote the cue gives to an author ("..., skriver Anna Ek") is
the authors' voice as well: every author speaks it, as they speak the rest of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from desktop_app.core.analysis.coreference.quote_drafts import QuoteDraft
from desktop_app.core.analysis.model import Quote
from desktop_app.core.analysis.speech.candidates import trim
from desktop_app.core.analysis.text.blocks import Block


def authors_speak(
    text: str, blocks: list[Block], quotes: list[QuoteDraft], authors: list[int]
) -> list[QuoteDraft]:
    """``quotes`` with the authors' words made ``author`` quotes, and their voice added."""
    if not authors:
        return quotes
    out: list[QuoteDraft] = []
    lead = blocks[0] if blocks else None
    for quote, idx in quotes:
        if idx is not None and idx in authors and not _ingress(text, quote) and not _lead_ingress(text, lead, quote):
            out.extend((Quote(None, "author", quote.start, quote.end, quote.cue), author) for author in authors)
        else:
            out.append((quote, idx))
    out.extend(_author_voice(text, blocks, out, authors))
    return out


_INGRESS_RE = re.compile(
    r"\s*(?:i\s+(?:en|ett|sin|sitt)\s+(?:debattartikel|debattinlägg|replik|slutreplik|artikel|insändare)|"
    r"in\s+an?\s+(?:op-ed|opinion\s+piece|article|letter))(?!\w)",
    re.IGNORECASE,
)


_FIRST_PERSON_RE = re.compile(r"(?<![\w-])(?:jag|vi|oss|mig|I|we|us|me)(?![\w-])", re.IGNORECASE)
# Only a speaker phrase before the cue, no clause of the writer's ("... har lett till att polisen menar"):
# at most eight words, none of them "att"/"that".
_SUBJECT_ONLY_RE = re.compile(r"(?:(?!(?:att|that)\b)[^\s]+\s+){0,8}", re.IGNORECASE)
_SUBJECT_REACH = 120  # characters from a sentence's start to its cue that are the speaker's phrase


def _ingress(text: str, quote: Quote) -> bool:
    """ "..., skriver partiet i en debattartikel": the outlet's ingress reports the writers'
    words; it is not their own voice."""
    return quote.cue is not None and _INGRESS_RE.match(text, quote.cue.end) is not None


_WRITES_RE = re.compile(r"(?:skriver|writes?)(?!\w)", re.IGNORECASE)


def _lead_ingress(text: str, lead: Block | None, quote: Quote) -> bool:
    """ "..., skriver företrädare för Svensk sjuksköterskeförening." closing the first body
    paragraph under a headline: the outlet's lead reporting the writers, not their own voice. (A
    text that opens with it, with no headline, is the writers' own first line.)"""
    cue = quote.cue
    if lead is None or lead.index < 1 or cue is None or not lead.start <= quote.start < lead.end or cue.start < quote.end:
        return False
    if not _WRITES_RE.match(text, cue.start) and not _WRITES_RE.search(text, cue.end, min(lead.end, cue.end + 12)):
        return False
    sent_end = lead.sentence_at(cue.start)[1]
    return not text[sent_end : lead.end].strip()


def _block_at(blocks: list[Block], pos: int) -> Block | None:
    i = bisect_right([b.start for b in blocks], pos) - 1
    return blocks[i] if i >= 0 and pos < blocks[i].end else None


def _author_voice(
    text: str, blocks: list[Block], quotes: list[QuoteDraft], authors: list[int]
) -> list[tuple[Quote, int]]:
    """The body outside every quote and its cue, as one ``author`` quote per author and stretch.

    A quote's cue is the outlet's words, not the authors'.
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
            # "X säger att ...": the attribution, its subject too ("Riksbankschefen Margareta
            # Lundell sa att ..."), belongs with the words it attributes.
            start = quote.cue.start
            if block is not None:
                sent_start = block.sentence_at(quote.cue.start)[0]
                if (
                    quote.start >= sent_start
                    and quote.cue.start - sent_start <= _SUBJECT_REACH
                    and not _FIRST_PERSON_RE.search(text, sent_start, quote.cue.start)
                    and _SUBJECT_ONLY_RE.fullmatch(text, sent_start, quote.cue.start)
                ):
                    start = sent_start  # (not "Jag håller med Anna Ek, som säger att ...": the writer's own)
            end = quote.end
            if block is not None and quote.kind == "direct" and quote.cue.end <= quote.start:
                # "X sa att hamnen nu är ”fullt belagd” och att ...": the reported clause around
                # the quoted words is X's too, up to the end of the sentence.
                sent_end = block.sentence_at(quote.start)[1]
                if block.sentence_at(quote.cue.start)[1] == sent_end:
                    end = max(end, sent_end)
            cut.append((start, end))
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
