"""Quote candidates of a document: the rules of ``rules.py`` run over each body paragraph.

Works paragraph by paragraph over the body text (titles, sub-headings and signatures are left
out by the caller), carrying what one paragraph tells the next: its quotes, and the speaker a
final colon introduces. Paragraphs without any cue word (plain narration) are skipped.
"""

from __future__ import annotations

import re
from operator import attrgetter

from desktop_app.core.analysis.speech import quote_marks, rules
from desktop_app.core.analysis.speech.candidates import Candidate, RuleContext, SpeakerRef
from desktop_app.core.analysis.speech.headlines import headline_quotes
from desktop_app.core.analysis.speech.interview import (
    PlainTurns,
    answer_goes_on,
    asking_labels,
    cut_questions,
    dash_interview_question,
    inline_question,
    is_labelled,
    labelled_turn,
)
from desktop_app.core.analysis.speech.paragraph_links import colon_intro, dashes_before_cue, quotations_over_paragraphs
from desktop_app.core.analysis.text.blocks import Block
from desktop_app.core.analysis.text.vocabulary import vocabulary

_START_END = attrgetter("start", "end")
# A link to another article, not the text's own words.
_FURNITURE_RE = re.compile(
    r"\s*(?:Läs mer|Läs också|Läs även|LÄS MER|LÄS OCKSÅ|Se även|Read more|READ MORE|Related|RELATED|Read also)\s*:"
)


def find_candidates(
    text: str, blocks: list[Block], language: str, *, interview: bool, title: Block | None = None
) -> list[Candidate]:
    """All quote candidates of the body blocks (and the headline, ``title``), in text order."""
    voc = vocabulary(language)
    found: list[Candidate] = headline_quotes(text, title, voc) if title is not None else []
    previous: list[Candidate] = []
    prev_block: Block | None = None
    intro: SpeakerRef | None = None
    plain = PlainTurns(text, blocks, interview)
    questions: list[Candidate] = []
    turns = asking_labels(text, blocks) if interview else None
    for n, block in enumerate(blocks):
        turn = plain.turn(block, prev_block)
        if turn is None:
            turn = dash_interview_question(text, block, blocks[n + 1] if n + 1 < len(blocks) else None, interview)
            turn = turn or inline_question(text, block, interview)
            if turn is not None:
                questions.append(turn)  # the rules still read the words it reports
                turn = None
        if turn is not None:
            (questions if turn.question else found).append(turn)
            if turn.question:
                _reported_in_question(text, block, voc, interview, found)
            previous, prev_block, intro = [], block, None
            continue
        more = answer_goes_on(text, block, prev_block, previous) if interview else None
        if more is not None:
            found.append(more)  # the answer goes on: its words, not what they report
            previous, prev_block, intro = [more], block, None
            continue
        if _FURNITURE_RE.match(text, block.start, block.end):
            previous, prev_block, intro = [], block, None
            continue  # "Läs mer: ”Saltstänk” – en roman ...": a link to another article
        if not block.has_cues and not (interview and is_labelled(text, block)):
            # Plain narration: nothing to quote, but a ":" still introduces the next speaker.
            intro = colon_intro(text, block, voc, []) if block.ends_with_colon else None
            previous, prev_block = [], block
            continue
        ctx = RuleContext(text, block, voc, interview, intro, previous, prev_block, turns=turns)
        direct = _direct(ctx)
        for rule in rules.LINK_RULES:
            for cand in rule(ctx):
                (direct if cand.paragraph == block.index else found).append(cand)
        ctx.covered = sorted((c.start, c.end) for c in direct if not c.question)
        reported = [cand for rule in rules.REPORTED_RULES for cand in rule(ctx) if not _refusal(text, cand)]
        direct.extend(_quoted_clauses(text, _without_quoted(text, _one_per_stretch(reported), direct), direct))
        direct.sort(key=_START_END)
        found.extend(direct)
        intro = colon_intro(text, block, voc, direct)
        previous, prev_block = direct, block
    found = [c for c in found if not c.question] + cut_questions(text, questions + [c for c in found if c.question], found)
    found.sort(key=_START_END)
    quotations_over_paragraphs(text, blocks, found)
    dashes_before_cue(text, blocks, found)
    return found


def _reported_in_question(text: str, block: Block, voc, interview: bool, found: list[Candidate]) -> None:
    """A plain question may report someone's words ("Kritiker menar att ... Har de fel?")."""
    if not block.has_cues:
        return
    ctx = RuleContext(text, block, voc, interview, None, [], None)
    direct = [c for c in _direct(ctx) if not c.question and not c.follow]
    ctx.covered = sorted((c.start, c.end) for c in direct)
    reported = [cand for rule in rules.REPORTED_RULES for cand in rule(ctx)]
    found.extend(direct)
    found.extend(_without_quoted(text, _one_per_stretch(reported), direct))


def _direct(ctx: RuleContext) -> list[Candidate]:
    """The paragraph's direct quotes: a labelled interview turn, else every direct rule's."""
    turn = labelled_turn(ctx)
    if turn is None:
        for rule in rules.DIRECT_RULES:
            ctx.found.extend(rule(ctx))
        turn = [c for c in ctx.found if c.end > c.start]
    elif len(turn) == 1 and turn[0].question and any(ch in ctx.text[turn[0].start : turn[0].end] for ch in _MARKS):
        # "F: Bildmuseets chef har kallat dig ”Norrlands mest envisa målare”. Känner du igen dig?":
        # the quoted words another speaker gave, inside the interviewer's question.
        turn = turn + [c for c in quote_marks.marked_quotes(ctx) if c.ref is not None and not c.follow and c.end > c.start]
    ctx.found = turn
    return turn


_MARKS = "”\"“„«»"


# What a refusal reports is no view: "said the company did not comment on market speculation",
# "uppger att bolaget inte vill kommentera uppgifterna".
_REFUSAL_CLAUSE_RE = re.compile(
    r"(?:[\w'’-]+\s+){1,3}?(?:(?:did|does|do|would|will|could)\s+not|didn't|doesn't|won't|wouldn't|declined\s+to|"
    r"inte\s+(?:vill|ville|kan|kunde)|(?:vill|ville|kan|kunde)\s+inte)\s+(?:\w+\s+)?"
    r"(?:comment|respond|kommentera|svara|uttala\s+sig)(?!\w)",
    re.IGNORECASE,
)


def _refusal(text: str, cand: Candidate) -> bool:
    return cand.kind == "indirect" and _REFUSAL_CLAUSE_RE.match(text, cand.start, cand.end) is not None


def _one_per_stretch(reported: list[Candidate]) -> list[Candidate]:
    """Reported quotes that do not overlap: the earliest, then the longest, then the earlier
    rule's wins."""
    if len(reported) < 2:
        return [c for c in reported if c.end > c.start]
    cues = [c.cue for c in reported if c.cue is not None]
    # A clause whose cue follows it and whose words open with another cue ("She said the company
    # had offered a raise, which the union had rejected"): the words are that cue's, not the union's.
    reported = [
        c
        for c in reported
        if c.cue is None
        or c.cue[1] < c.end
        or not any(cue != c.cue and cue[0] == c.start and cue[1] <= c.cue[0] for cue in cues)
    ]
    reported.sort(key=lambda c: (c.start, -c.end))
    kept: list[Candidate] = []
    for cand in reported:
        if cand.end <= cand.start:
            continue
        if any(cand.start < k.end and k.start < cand.end for k in kept[-4:]):
            continue
        kept.append(cand)
    return kept


_SO_CALLED_RE = re.compile(r"(?:så\s+kallade?|s\.k\.|so-called|so\s+called|dubbed|titled|entitled)\s*$", re.IGNORECASE)
_MARKED_RE = re.compile(r"[”\"“„«»][^”\"“„«»]{3,}[”\"“„«»]")


def _quoted_clauses(text: str, indirect: list[Candidate], direct: list[Candidate]) -> list[Candidate]:
    """A reported clause that carries quoted words no direct quote took ("sågar beslutet och
    kallar det ”ett hugg i ryggen”", 'praised the parents for "showing up"') is one direct quote."""
    for cand in indirect:
        if cand.kind != "indirect" or cand.ref is None:
            continue
        m = _MARKED_RE.search(text, cand.start, _past_closing_mark(text, cand.end))
        if m is None or any(d.start < m.end() and m.start() < d.end for d in direct):
            continue
        if _SO_CALLED_RE.search(text, max(0, m.start() - 14), m.start()) or text[m.end() : m.end() + 1] == "-":
            continue  # "bolagets så kallade ”köp nu, betala sen”-tjänst": a name, not their words
        cand.kind = "direct"
    return indirect


def _past_closing_mark(text: str, end: int) -> int:
    """A clause trimmed before its closing mark ("kallar det ”ett hugg i ryggen|”."): past it."""
    while end < len(text) and text[end] in ".,!?" + "”\"“»":
        if text[end] in "”\"“»":
            return end + 1
        end += 1
    return end


def _without_quoted(text: str, indirect: list[Candidate], direct: list[Candidate]) -> list[Candidate]:
    """A reported clause that carries quoted words ("said the Fed was ”hurting families”", "Han
    lyfter fram backlinjen, som enligt honom ”inte gav dem någonting”") is one direct quote:
    drop the clause when a direct quote inside it has the same cue, or a cue inside the clause."""
    if not indirect:
        return indirect
    cued = [(c.start, c.cue[0]) for c in direct if c.cue is not None]
    if not cued:
        return indirect
    out = []
    for c in indirect:
        if c.cue is None or not any(
            cue == c.cue[0] or c.start <= s < c.end and c.start <= cue < c.end for s, cue in cued
        ):
            out.append(c)
            continue
        if c.cue[1] > c.start or any(cue == c.cue[0] for _, cue in cued):
            continue
        inner = min(min(s, cue) for s, cue in cued if c.start <= s < c.end and c.start <= cue < c.end)
        # "X tar avstånd från ett inlägg av Y, där han kallade ... ”…”": the quoted words are
        # Y's in a relative clause; what X does before it stays X's.
        rel = _RELATIVE_CUT_RE.search(text, c.start, inner)
        if rel is None or _RELATIVE_CUT_RE.search(text, rel.end(), inner) or len(text[c.start : rel.start()].split()) < 3:
            continue
        c.end = rel.start()
        out.append(c)
    return out


_RELATIVE_CUT_RE = re.compile(r",\s+(?:där|varpå|where|in\s+which)\s")
