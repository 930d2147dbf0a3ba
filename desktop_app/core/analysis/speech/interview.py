"""Interviews: questions and answers laid out as labelled turns, dashes, or plain paragraphs.

"Fråga: ..." / "Svar: ..." (or "F:", "S:", "Q.", "A.", the outlet's initials "ST:" for the
question and the interviewee's name "Mats Hägglund:" for the answer) label each turn; without
labels, a question paragraph followed by a dash answer, or, with neither dashes nor labels, a
question paragraph and then its answer. A question is the interviewer's quote
(``Candidate.question``: coreference gives it to the interviewer) and keeps the turn order: the
answer after it is the interviewee's. A prompt without a question mark counts as a question
when it addresses the interviewee ("Berätta om åren i Luleå.", "Your grandmother appears in
almost every song.").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from desktop_app.core.analysis.speech.candidates import Candidate, RuleContext, SpeakerRef, trim
from desktop_app.core.analysis.text.blocks import DASH_RE, Block

_LABEL_RE = re.compile(
    r"(?P<label>Fråga|Svar|Question|Answer|F|S|Q|A"
    # a transcript's names in capitals, with the host's role: "MARY LOWELL, HOST:", "LOWELL:"
    r"|[A-ZÅÄÖ][A-ZÅÄÖ'-]{4,}(?:\s+[A-ZÅÄÖ][A-ZÅÄÖ'-]+){0,2}|[A-ZÅÄÖ]{2,4}(?:\s+[A-ZÅÄÖ][A-ZÅÄÖ'-]+){1,2}"
    r"|[A-ZÅÄÖ]{2,4}"
    r"|[A-ZÅÄÖ][\w-]+(?:\s+(?:af|von|van|de|[A-ZÅÄÖ][\w-]+)){1,2})"
    r"(?:,\s*(?P<role>[A-ZÅÄÖ][A-ZÅÄÖ ]{1,30}?))?\s*(?P<mark>[:.])\s+(?=\S)"
)
# The role in a transcript label that makes the turn the interviewer's: "MARY LOWELL, HOST:".
_HOST_ROLES = frozenset("host byline interviewer reporter programledare reporter intervjuare".split())
_QUESTION_LABELS = frozenset({"fråga", "question", "f", "q"})
_ANSWER_LABELS = frozenset({"svar", "answer", "s", "a"})
_LONG_LABELS = frozenset({"fråga", "svar", "question", "answer"})
_CLOSERS = "”\"»’ "
MAX_PROMPT_WORDS = 30
# A prompt addresses the interviewee or asks them to tell: "Berätta om ...", "Your album ...".
_PROMPT_OPENERS = frozenset(
    "berätta beskriv förklara säg tell describe explain talk".split()
)
_YOU_RE = re.compile(r"(?<!\w)(?:du|dig|din|ditt|dina|ni|er|ert|era|you|your|yours)(?!\w)", re.IGNORECASE)


def _label(text: str, start: int, end: int) -> re.Match[str] | None:
    """A turn label at ``start``: a Q/A word with ":" or ".", initials or a name with ":"."""
    m = _LABEL_RE.match(text, start, end)
    if m is None:
        return None
    word = m.group("label").casefold()
    if word in _QUESTION_LABELS or word in _ANSWER_LABELS:
        return m
    return m if m.group("mark") == ":" else None


def _label_kind(m: re.Match[str], turns: TurnLabels | None = None) -> str:
    """ "question", "answer" or "name" (an answer labelled with the speaker's name). A name label
    of the interviewer (see ``asking_labels``) or with a host's role asks."""
    word = m.group("label")
    low = word.casefold()
    role = m.group("role")
    if role is not None and role.strip().casefold() in _HOST_ROLES:
        return "question"
    if turns is not None and _name_key(m) in turns.asking:
        return "question"
    if turns is not None and low in turns.names:
        return "name"  # "GRAY:" after "ANN GRAY:": a short surname, not an outlet's initials
    if low in _QUESTION_LABELS or _initials(word) and low not in _ANSWER_LABELS:
        return "question"
    if low in _ANSWER_LABELS:
        return "answer"
    return "name"


def _initials(word: str) -> bool:
    """An outlet's initials ("ST", "DN"), not a name in capitals ("LOWELL", "DAN PELLETIER")."""
    return word.isupper() and len(word) <= 4 and " " not in word


def _name_key(m: re.Match[str]) -> str:
    """The surname of a name label, casefolded: "MARY LOWELL" and "LOWELL" are one speaker."""
    return m.group("label").split()[-1].casefold()


class TurnLabels(NamedTuple):
    """An interview's name labels: the surnames (casefolded) of the interviewer's, and of all
    labels that give a full name."""

    asking: frozenset[str]
    names: frozenset[str]


def asking_labels(text: str, blocks: list[Block]) -> TurnLabels:
    """The name labels of the interviewer: those with a host's role, and a name whose turns are
    mostly questions while another name's are not ("Elin Vikberg: Varför just Umeälven?")."""
    turns: dict[str, list[bool]] = {}
    hosts: set[str] = set()
    labelled = []
    for block in blocks:
        m = _label(text, block.start, block.end)
        if m is not None and m.group("label").casefold() not in _QUESTION_LABELS | _ANSWER_LABELS:
            labelled.append((block, m))
    names = {_name_key(m) for _, m in labelled if " " in m.group("label").strip()}
    for block, m in labelled:
        key = _name_key(m)
        if _initials(m.group("label")) and key not in names:
            continue  # an outlet's initials
        role = m.group("role")
        if role is not None and role.strip().casefold() in _HOST_ROLES:
            hosts.add(key)
        turns.setdefault(key, []).append(ends_with_question(text, block.start, block.end))
    asking = set(hosts)
    if len(turns) >= 2 and not hosts:
        share = {key: sum(asked) / len(asked) for key, asked in turns.items() if len(asked) >= 2}
        if share:
            best = max(share, key=share.__getitem__)
            if share[best] >= 0.5 and all(v < 0.25 for k, v in share.items() if k != best):
                asking.add(best)
    return TurnLabels(frozenset(asking), frozenset(names))


def ends_with_question(text: str, start: int, end: int) -> bool:
    return text[max(start, end - 8) : end].rstrip(_CLOSERS).endswith("?")


def is_prompt(text: str, start: int, end: int) -> bool:
    """A short paragraph that addresses the interviewee without a question mark."""
    words = text[start:end].split()
    if not words or len(words) > MAX_PROMPT_WORDS or DASH_RE.match(text, start, end):
        return False
    if words[0].casefold().strip(",.:") in _PROMPT_OPENERS:
        return True
    return _YOU_RE.search(text, start, end) is not None and text[start:end].rstrip(_CLOSERS).endswith(".")


PLAIN_QUESTIONS = 3  # short question paragraphs, each answered by a plain paragraph, an interview has


def looks_like_interview(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """Question/answer layout: labelled questions, several turns labelled alike, several
    questions each answered by a dash, or (with neither) several short question paragraphs
    each followed by a plain paragraph that is no question, one of them asking someone ("What
    would you say to ...?" / "That the nanny state is a slogan ...")."""
    questions = 0
    plain = 0
    addressed = False
    labels: dict[str, int] = {}
    for i, (start, end) in enumerate(paragraphs):
        label = _label(text, start, end)
        if label and label.group("label").casefold() in _LONG_LABELS:
            return True
        if label and i > 0:
            key = label.group("label")
            labels[key] = labels.get(key, 0) + 1
        if i + 1 < len(paragraphs) and ends_with_question(text, start, end):
            nxt = paragraphs[i + 1]
            if DASH_RE.match(text, nxt[0], nxt[1]):
                questions += 1
            elif i > 0 and _plain_question(text, start, end) and not ends_with_question(text, *nxt):
                plain += 1
                addressed = addressed or _YOU_RE.search(text, start, end) is not None
    # plain questions must ask someone ("What would you say ...?"): an explainer's subheadings
    # ("Vad händer nu?", "Vem betalar?") ask no one
    return (questions >= 2 or (plain >= PLAIN_QUESTIONS and addressed)
            or sum(1 for n in labels.values() if n >= 2) >= 2)


def _plain_question(text: str, start: int, end: int) -> bool:
    """A paragraph that is one short question of its own, not someone's quoted words."""
    body = text[start:end].strip()
    return (
        len(body.split()) <= MAX_PROMPT_WORDS
        and body[:1] not in "\"“”«»'’–—-"
        and not DASH_RE.match(text, start, end)
        and body.count("?") == 1
    )


def is_labelled(text: str, block: Block) -> bool:
    """The paragraph opens with a turn label: "Fråga:", "S:", "Q.", "ST:", "Mats Hägglund:"."""
    return _label(text, block.start, block.end) is not None


def labelled_turn(ctx: RuleContext) -> list[Candidate] | None:
    """The turn of a labelled paragraph ("Svar: ..."), or None when it has no label.

    Short labels ("F:", "S:", initials, names) count only in an interview; the turn is the
    whole paragraph. A name label names the answer's speaker.
    """
    text, block = ctx.text, ctx.block
    label = _label(text, block.start, block.end)
    if not label or not (ctx.interview or label.group("label").casefold() in _LONG_LABELS):
        return None
    body = label.end()
    kind = _label_kind(label, ctx.turns)
    if kind == "question":
        return [Candidate(body, block.end, "direct", question=True, follow=True, paragraph=block.index)]
    cand = Candidate(*trim(text, body, block.end), "direct", follow=True, paragraph=block.index)
    if kind == "name":
        cand.follow = False
        cand.cue = (label.start("label"), label.end("label"))
        cand.ref = SpeakerRef(label.start("label"), label.end("label"), "name")
    return [cand]


_FIRST_PERSON_RE = re.compile(
    r"(?<![\w'’-])(?:[Jj]ag|[Mm]ig|min|mitt|mina|[Vv]i|[Oo]ss|[Vv]år|[Vv]årt|[Vv]åra|I|I'm|I’m|I'll|I’ll|I've|I’ve|I'd|I’d|"
    r"me|[Mm]y|mine|[Ww]e|[Ww]e're|[Ww]e’re|[Oo]ur|us)(?![\w'’-])"
)
_MARKS = "”\"“„«»"


def answer_goes_on(text: str, block: Block, prev_block: Block | None, previous: list[Candidate]) -> Candidate | None:
    """In a labelled interview: a paragraph with no label, dash or quotation marks after a
    labelled answer ("A: It means I can't pay it." then "If the answer is no, I'll have to
    ...") goes on with that answer when it speaks in the first person; narration about the
    interviewee (third person) does not."""
    if prev_block is None or block.dashes or is_labelled(text, block) or not is_labelled(text, prev_block):
        return None
    if not previous or any(c.question for c in previous) or previous[-1].paragraph != prev_block.index:
        return None
    body = text[block.start : block.end]
    if any(ch in body for ch in _MARKS) or _FIRST_PERSON_RE.search(body) is None:
        return None
    start, end = trim(text, block.start, block.end)
    return Candidate(start, end, "direct", follow=True, paragraph=block.index)


def dash_interview_question(text: str, block: Block, nxt: Block | None, interview: bool) -> Candidate | None:
    """In an interview with dash answers: a paragraph with no dash that asks (or prompts) and is
    answered by a dash paragraph is the interviewer's question."""
    if not interview or nxt is None or block.dashes or is_labelled(text, block):
        return None
    if not DASH_RE.match(text, nxt.start, nxt.end):
        return None
    if not (ends_with_question(text, block.start, block.end) or is_prompt(text, block.start, block.end)):
        return None
    return Candidate(block.start, block.end, "direct", follow=True, question=True, paragraph=block.index)


def inline_question(text: str, block: Block, interview: bool) -> Candidate | None:
    """In an interview: "Varför stänger du? – För att ...", the question and its dash answer in
    one paragraph; the words before the dash are the interviewer's question."""
    if not interview or not block.dashes or is_labelled(text, block):
        return None
    dash = block.dashes[0][0]
    if dash <= block.start + 3 or DASH_RE.match(text, block.start, block.end):
        return None
    asked = text[block.start : dash].rstrip()
    if not asked.endswith("?"):
        return None
    return Candidate(block.start, block.start + len(asked), "direct", follow=True, question=True,
                     paragraph=block.index)


class PlainTurns:
    """An interview with neither dashes nor labels: a question paragraph, then its answer.

    A short question may have been taken for a sub-heading, outside the body paragraphs: the
    text between two body paragraphs is read too.
    """

    def __init__(self, text: str, blocks: list[Block], interview: bool) -> None:
        self.text = text
        self.active = interview and not any(b.dashes or is_labelled(text, b) for b in blocks)
        self._asked = False
        self._answered = False

    def _answer_goes_on(self, block: Block) -> bool:
        return _plain_answer_goes_on(self.text, block)

    def turn(self, block: Block, prev_block: Block | None) -> Candidate | None:
        """The paragraph as a question or an answer, or None (not such an interview, or
        narration between the turns)."""
        if not self.active:
            return None
        text = self.text
        gap = text[prev_block.end if prev_block else 0 : block.start].rstrip("”\"» \n\t")
        self._asked = self._asked or (prev_block is not None and gap.endswith("?"))
        question = ends_with_question(text, block.start, block.end) or (
            self._answered and not self._asked and is_prompt(text, block.start, block.end)
        )
        if not (question or self._asked):
            if self._answered and self._answer_goes_on(block):
                # "På min vårdcentral ..." then "Vi har byggt en primärvård där ...": the answer goes on
                return Candidate(block.start, block.end, "direct", follow=True, paragraph=block.index)
            self._answered = False
            return None
        self._answered = not question
        self._asked = question
        return Candidate(block.start, block.end, "direct", follow=True, question=question, paragraph=block.index)


def _plain_answer_goes_on(text: str, block: Block) -> bool:
    """A paragraph after a plain answer that speaks in the first person, with no quotation marks
    (narration about the interviewee is in the third person)."""
    body = text[block.start : block.end]
    return not any(ch in body for ch in _MARKS) and _FIRST_PERSON_RE.search(body) is not None


def cut_questions(text: str, questions: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """Each question without the quotes it reports ("Kritiker menar att ... Har de fel?"): the
    interviewer's words are the rest, so no two quoted spans overlap."""
    inner: dict[int, list[tuple[int, int]]] = {}
    for cand in found:
        if not cand.question:
            lo, hi = cand.start, cand.end
            if cand.cue is not None:
                lo, hi = min(lo, cand.cue[0]), max(hi, cand.cue[1])
            inner.setdefault(cand.paragraph, []).append((lo, hi))
    out: list[Candidate] = []
    for q in questions:
        spans = sorted(inner.get(q.paragraph, []))
        if not spans:
            out.append(q)
            continue
        pos = q.start
        for start, end in spans + [(q.end, q.end)]:
            s, e = trim(text, pos, min(start, q.end), " \t,;:.–—−―-" + _MARKS)
            if e - s > 1 and any(ch.isalnum() for ch in text[s:e]):
                out.append(Candidate(s, e, "direct", follow=True, question=True, paragraph=q.paragraph))
            pos = max(pos, end)
    return out
