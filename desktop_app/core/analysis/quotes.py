"""Direct quotes: dash paragraphs, quotation marks, and paragraphs that end ", säger han."

Works paragraph by paragraph over the body text (titles, sub-headings and signatures are left
out by the caller). Each rule returns :class:`Candidate` spans whose speaker is named by a cue
("säger Anna Ek", "said the spokesman") or follows from the text before it (a dash paragraph
with no cue continues the last speaker). ``quotes_indirect`` adds reported speech, and
``find_candidates`` runs both over a document.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter

from desktop_app.core.analysis.text.blocks import Block
from desktop_app.core.analysis.candidates import Candidate, trim
from desktop_app.core.analysis.text.vocabulary import WINDOW, SpeakerRef, Vocabulary, vocabulary
from desktop_app.core.analysis.quote_marks import cue_before_mark, marked_quotes, marked_spans
from desktop_app.core.analysis.quotes_indirect import indirect_candidates
from desktop_app.core.analysis.speaker_words import EN_TAIL_STARTS
from desktop_app.core.analysis.speakers import speaker_after, speaker_before

_DASH_START_RE = re.compile(r"(?:[–—−―]|-(?=\s))")
_LABEL_RE = re.compile(
    r"(?P<label>Fråga|Svar|Question|Answer|F|S|Q|A)\s*[:.]\s+(?=\S)", re.IGNORECASE
)
_QUESTION_LABELS = frozenset({"fråga", "question", "f", "q"})
_LONG_LABELS = frozenset({"fråga", "svar", "question", "answer"})
_DET_RE = {
    "sv": re.compile(r"(?:Så\s+här|Det|Så|Detta)\s+"),
    "en": re.compile(r"(?:That|So|This)\s+(?:is\s+what\s+)?"),
}
_START_END = attrgetter("start", "end")
_PUNCT_RE = re.compile(r"[,?!]")
_PUNCT_REACH = 2 * WINDOW  # how far before a verb the comma before its speaker may stand
_DET_STARTS = {"sv": ("Det", "Så"), "en": ("That", "So", "This")}  # what every _DET_RE match starts with
_SPEECH_VERBS = frozenset("säger sa sade sagt berättar berättade förklarar förklarade said says".split())
MAX_TAIL_WORDS = 12
_OPENING_MARKS = "\"”“„«»"
_EN_TELL = frozenset("tell tells told".split())
_TAIL_STOP_RE = re.compile(r"(?<!\w)(?:att|that)(?!\w)|[:;]")
_AND_RE = re.compile(r"\s(?:och|men|and|but)\s")
_CHAIN_RE = re.compile(r",?\s*(?:och|and)\s+[\w-]+(?:\s+[\w-]+)?\s*:\s*$")


def looks_like_interview(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """Question/answer layout: labelled questions, or several questions each answered by a dash."""
    questions = 0
    for i, (start, end) in enumerate(paragraphs):
        label = _LABEL_RE.match(text, start, end)
        if label and label.group("label").casefold() in _LONG_LABELS:
            return True
        if i + 1 < len(paragraphs) and text[max(start, end - 8) : end].rstrip("”\"» ").endswith("?"):
            nxt = paragraphs[i + 1]
            if _DASH_START_RE.match(text, nxt[0], nxt[1]):
                questions += 1
    return questions >= 2


def find_candidates(text: str, blocks: list[Block], language: str, *, interview: bool) -> list[Candidate]:
    """All quote candidates of the body blocks, in text order."""
    voc = vocabulary(language)
    found: list[Candidate] = []
    previous: list[Candidate] = []
    prev_block: Block | None = None
    intro: SpeakerRef | None = None
    plain = interview and not any(b.dashes or _LABEL_RE.match(text, b.start, b.end) for b in blocks)
    asked = False
    for block in blocks:
        if plain:
            # An interview with neither dashes nor labels: a question paragraph, then its answer.
            # A short question may have been taken for a sub-heading, outside the body blocks.
            gap = text[prev_block.end if prev_block else 0 : block.start].rstrip("”\"» \n\t")
            asked = asked or (prev_block is not None and gap.endswith("?"))
            question = text[block.start : block.end].rstrip("”\"» ").endswith("?")
            if question or asked:
                found.append(
                    Candidate(block.start, block.end, "direct", follow=True, question=question, paragraph=block.index)
                )
                asked = question
                previous, prev_block, intro = [], block, None
                continue
        if not block.has_cues and not (interview and _LABEL_RE.match(text, block.start, block.end)):
            # Plain narration: nothing to quote, but a ":" still introduces the next speaker.
            intro = _colon_intro(text, block, voc, []) if block.ends_with_colon else None
            previous, prev_block = [], block
            continue
        direct = _direct_quotes(text, block, voc, interview)
        if intro is not None:
            for cand in direct:
                if cand.follow and cand.ref is None and not cand.question:
                    cand.ref = intro
                    break
        _said_so(text, block, voc, direct, previous, prev_block, found)
        covered = sorted((c.start, c.end) for c in direct if not c.question)
        direct.extend(_without_quoted(indirect_candidates(text, block, voc, covered), direct))
        if len(direct) > 1:
            direct.sort(key=_START_END)
        found.extend(direct)
        intro = _colon_intro(text, block, voc, direct)
        previous, prev_block = direct, block
    found.sort(key=_START_END)
    _join_runs(text, blocks, found)
    return found


def _without_quoted(indirect: list[Candidate], direct: list[Candidate]) -> list[Candidate]:
    """A reported clause that carries quoted words ("said the Fed was ”hurting families”") is
    one direct quote: drop the clause when a direct quote inside it has the same cue."""
    if not indirect:
        return indirect
    cued: dict[int, list[int]] = {}
    for c in direct:
        if c.cue is not None:
            cued.setdefault(c.cue[0], []).append(c.start)
    if not cued:
        return indirect
    return [
        c for c in indirect if c.cue is None or not any(c.start <= s < c.end for s in cued.get(c.cue[0], ()))
    ]


def _join_runs(text: str, blocks: list[Block], found: list[Candidate]) -> None:
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
        if nxt_block is None or text[nxt_block.start] not in _OPENING_MARKS:
            continue
        nxt = first_of.get(nxt_block.index)
        if nxt is not None and nxt.start <= nxt_block.start + 2 and nxt.ref is not None:
            cand.ref, cand.follow = nxt.ref, False


def _direct_quotes(text: str, block: Block, voc: Vocabulary, interview: bool) -> list[Candidate]:
    s, e = block.start, block.end
    label = _LABEL_RE.match(text, s, e)
    if label and (interview or label.group("label").casefold() in _LONG_LABELS):
        body = label.end()
        if label.group("label").casefold() in _QUESTION_LABELS:
            return [Candidate(body, e, "direct", question=True, follow=True, paragraph=block.index)]
        return [Candidate(*trim(text, body, e), "direct", follow=True, paragraph=block.index)]
    cands: list[Candidate] = []
    dashes = block.dashes
    for i, (dash, body) in enumerate(dashes):
        seg_end = dashes[i + 1][0] if i + 1 < len(dashes) else e
        found = _dash_segment(text, block, body, seg_end, voc, interview)
        if dash > s and found and found[0].ref is None and text[dash - 2 : dash].strip() == ":":
            # "Hon säger: – Vi ska vinna." The intro names the speaker of the dash quote.
            intro = cue_before_mark(text, block, block.sentence_at(dash - 2)[0], dash, voc)
            if intro is not None:
                found[0].cue, found[0].ref = intro
                found[0].follow = False
        cands.extend(found)
    if block.marks:
        covered = sorted((c.start, c.end) for c in cands)
        marked = [m for m in marked_spans(text, s, e) if not _inside(m[0], covered)]
        cands.extend(marked_quotes(text, block, marked, voc))
    if not dashes and block.verbs and not any(c.start < c.end for c in cands):
        cands.extend(_trailing_cues(text, block, voc))
    return [c for c in cands if c.end > c.start]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Is ``pos`` inside one of ``spans`` (sorted by start, not overlapping)?"""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


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
            _, sent_end = block.sentence_at(verb_start)
            ref = speaker_after(text, verb_end, sent_end, voc)
            if ref is not None and ref.kind == "pronoun" and voc.language == "en":
                # "..., said she had warned": the pronoun opens a clause, it is not a cue.
                if text[ref.end : sent_end].strip(" .!?”\"»"):
                    ref = None
            # "..., säger de.": a quote all the same, whose speaker stays unknown.
            if ref is not None and _tail_ok(text, ref.end, sent_end):
                end = p - 1 if text[p - 1] == "," else p
                return end, verb_start, ref
            continue
        # "..., Anna Ek säger." / "..., he said." (a comma or stop must come before the speaker)
        if _PUNCT_RE.search(text, max(lo, verb_start - _PUNCT_REACH), verb_start) is None:
            continue
        sent_start, sent_end = block.sentence_at(verb_start)
        if not _tail_ok(text, verb_end, sent_end):
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
        if q > lo and text[q - 1] in ",?!" and _tail_ok(text, verb_end, sent_end):
            end = q - 1 if text[q - 1] == "," else q
            return end, ref.start, ref
    return None


def _tail_ok(text: str, pos: int, sent_end: int) -> bool:
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
    if len(tail) > WINDOW or _TAIL_STOP_RE.search(tail):
        return False
    return len(tail.split()) <= MAX_TAIL_WORDS


def _en_tail_ok(text: str, verb_start: int, verb_end: int, sent_end: int) -> bool:
    """After "X said", only a time, place or medium may end the sentence ("said on Tuesday",
    "said in a statement"); "X said the talks had failed" goes on with what was said. After
    "told" comes whom: "Hughes told the BBC"."""
    words = text[verb_end : min(sent_end, verb_end + 40)].split(None, 1)
    if not words or not words[0][0].isalpha():
        return True
    if text[verb_start:verb_end].casefold() in _EN_TELL:
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
    m = re.compile(r"\s*\S+").match(text, ref.end)
    return m.end() if m else ref.end


def _trailing_cues(text: str, block: Block, voc: Vocabulary) -> list[Candidate]:
    """A paragraph with no dash and no quotation marks that ends its sentence with a cue:
    "Redan 2014 visste vi ..., säger han." The words up to the cue are the speaker's (the dash
    was lost); in English, where that layout is plain reported speech, only the sentence is."""
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


def _verb_word(text: str, cue_start: int, ref: SpeakerRef, voc: Vocabulary) -> str:
    pos = cue_start if ref.start != cue_start else ref.end
    m = voc.verb_re.search(text, pos, pos + WINDOW)
    return m.group().casefold() if m else ""


def _said_so(
    text: str,
    block: Block,
    voc: Vocabulary,
    direct: list[Candidate],
    previous: list[Candidate],
    prev_block: Block | None,
    found: list[Candidate],
) -> None:
    """ "Det säger X (till Y)." / "Så säger X": the words just before are X's."""
    det_re = _DET_RE.get(voc.language)
    if det_re is None:
        return
    for word in _DET_STARTS[voc.language]:
        if text.find(word, block.start, block.end) >= 0:
            break
    else:
        return  # no "Det"/"Så" in the paragraph: nothing to do
    for verb_start, verb_end in block.verbs:
        sent_start, sent_end = block.sentence_at(verb_start)
        m = det_re.match(text, sent_start, verb_start)
        if not m or m.end() != verb_start:
            continue
        ref = speaker_after(text, verb_end, sent_end, voc)
        if ref is None or ref.kind == "plural" or not _tail_ok(text, ref.end, sent_end):
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
            if any(c.start < sent_start and c.end > block.start for c in direct):
                continue
            start, end = trim(text, block.start, sent_start)
            kind = "direct" if word in _SPEECH_VERBS else "indirect"
            direct.append(Candidate(start, end, kind, cue, ref, paragraph=block.index))
            continue
        if prev_block is None or prev_block.index != block.index - 1:
            continue
        targets = [c for c in previous if c.ref is None and not c.question]
        if targets:
            for cand in targets:
                cand.ref, cand.cue = ref, cue
        elif not previous:
            start, end = trim(text, prev_block.start, prev_block.end)
            kind = "direct" if word in _SPEECH_VERBS else "indirect"
            found.append(Candidate(start, end, kind, cue, ref, paragraph=prev_block.index))


def _colon_intro(text: str, block: Block, voc: Vocabulary, cands: list[Candidate]) -> SpeakerRef | None:
    """A paragraph ending in ":" introduces the speaker of the next one.

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
