"""The user's corrections of a viewpoint comparison, applied on top of the engine's links.

A correction is a small JSON-able dict kept in the library for a pair of documents
(``Library.add_viewpoint_correction``). It names a link by its two passages, each an *anchor*
``{"start", "end", "text"}``: character offsets into that side's text and the words found there
when the correction was made, never by the engine's indexes, so corrections survive re-analysis
(the engine may cut a passage a little differently next time). ``apply_viewpoint_corrections``
replays them in order (later ones win) on a copy of the comparison.

Operations (fields besides ``op``):

- ``remove_link``: ``left``, ``right`` (anchors): the engine's link between those passages is wrong
- ``set_relation``: ``left``, ``right``, ``relation`` (one of RELATIONS); optional ``was``
- ``add_link``: ``left``, ``right``, ``relation``; optional ``label`` (the question's name)

A correction that no longer fits is *dropped visibly*: it is returned in ``dropped`` with the
reason (the passage's words are no longer in the text, or the engine no longer links the two
passages), never applied to some other link.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from desktop_app.core import i18n
from desktop_app.core.viewpoints.model import (
    RELATIONS,
    TEXT_KEY,
    Link,
    Position,
    Question,
    Speaker,
    ViewpointComparison,
)

OPS: tuple[str, ...] = ("remove_link", "set_relation", "add_link")
SIDES: tuple[str, str] = ("left", "right")
MIN_OVERLAP = 0.5  # of the shorter of two spans: how much a link's passage must cover an anchor
NARRATION = Speaker(TEXT_KEY, TEXT_KEY)  # a passage linked by hand that no speaker of the analysis holds
HAND_LABEL = "linked by hand"
ENGINE, CHANGED, ADDED = "engine", "changed", "added"  # where a link of the result comes from


@dataclass(frozen=True)
class Anchor:
    """A passage of one side: its span and the words it held when the correction was made."""

    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class DroppedCorrection:
    """A stored correction that no longer applies, and why (shown to the user, who may forget it)."""

    id: int | None
    data: dict
    reason: str


@dataclass
class CorrectedViewpoints:
    """The comparison with the corrections applied; ``origins[i]`` says where ``links[i]`` comes from."""

    comparison: ViewpointComparison
    origins: list[str] = field(default_factory=list)  # ENGINE | CHANGED | ADDED, one per link
    dropped: list[DroppedCorrection] = field(default_factory=list)

    def origin(self, link: Link) -> str:
        for candidate, origin in zip(self.comparison.links, self.origins):
            if candidate is link:
                return origin
        return ENGINE


def anchor(text: str, start: int, end: int) -> dict[str, Any]:
    """The anchor of ``text[start:end]`` as stored in a correction."""
    return Anchor(start, end, text[start:end]).as_dict()


def link_anchors(link: Link, left_text: str, right_text: str) -> dict[str, dict[str, Any]]:
    """``{"left": anchor, "right": anchor}`` of a link's two passages."""
    return {
        "left": anchor(left_text, link.left.start, link.left.end),
        "right": anchor(right_text, link.right.start, link.right.end),
    }


def validate(data: Any) -> str | None:
    """Why a correction cannot be applied at all (malformed), or None when it is well-formed."""
    if not isinstance(data, dict):
        return "a viewpoint correction must be a JSON object"
    op = data.get("op")
    if op not in OPS:
        return f"unknown viewpoint correction {op!r}"
    for side in SIDES:
        reason = _anchor_problem(data.get(side))
        if reason:
            return f"{op}: {side} {reason}"
    if op in ("set_relation", "add_link") and data.get("relation") not in RELATIONS:
        return f"{op}: relation must be one of {', '.join(RELATIONS)}, not {data.get('relation')!r}"
    if "label" in data and not isinstance(data["label"], str):
        return f"{op}: label must be text"
    return None


def _anchor_problem(value: Any) -> str:
    if not isinstance(value, dict):
        return "passage is missing"
    start, end, text = value.get("start"), value.get("end"), value.get("text")
    if any(not isinstance(v, int) or isinstance(v, bool) for v in (start, end)):
        return "passage: start and end must be integers"
    if start < 0 or end <= start:
        return f"passage: empty or negative span {start}-{end}"
    if not isinstance(text, str) or not text.strip():
        return "passage: its text is missing"
    return ""


def describe(data: dict) -> str:
    """A short text for the undo stack and the Edit menu ("Undo Mark link as disagree")."""
    t = i18n.text  # the interface language's
    op = data.get("op")
    if op == "remove_link":
        return t("Remove viewpoint link")
    if op == "set_relation":
        return t("Mark link as {relation}").format(relation=t(data.get("relation", "?")))
    if op == "add_link":
        return t("Link passages ({relation})").format(relation=t(data.get("relation", "?")))
    return t("Viewpoint correction")


# --- applying ------------------------------------------------------------------------------


def apply_viewpoint_corrections(
    comparison: ViewpointComparison,
    corrections: Sequence[tuple[int | None, dict]],
    left_text: str,
    right_text: str,
) -> CorrectedViewpoints:
    """A corrected copy of ``comparison`` (the input is left untouched) and the corrections dropped.

    ``corrections`` are ``(id, data)`` pairs in the order they were made; the id only names a
    dropped one. Offsets of the result index into ``left_text`` / ``right_text``.
    """
    state = _State(comparison, {"left": left_text, "right": right_text})
    for correction_id, data in corrections:
        reason = validate(data)
        if reason is None:
            reason = state.apply(data)
        if reason:
            state.dropped.append(DroppedCorrection(correction_id, data, reason))
    return state.result()


class _State:
    """The links being corrected, each with its origin, and the corrections that did not fit."""

    def __init__(self, comparison: ViewpointComparison, texts: dict[str, str]) -> None:
        self.source = comparison
        self.texts = texts
        self.links: list[Link] = [replace(lk) for lk in comparison.links]
        self.origins: list[str] = [ENGINE] * len(self.links)
        self.found: list[str | None] = [lk.relation for lk in self.links]  # the engine's relation
        self.whys: list[str] = [lk.why for lk in self.links]  # the engine's why
        self.questions: list[Question] = [replace(q, links=[]) for q in comparison.questions]
        self.removed: list[Link] = []
        self.dropped: list[DroppedCorrection] = []

    def apply(self, data: dict) -> str:
        """Apply one well-formed correction; the reason it does not fit, or ''."""
        spans: dict[str, tuple[int, int]] = {}
        for side in SIDES:
            found = _locate(self.texts[side], data[side])
            if found is None:
                return f"the {side} passage \u201c{_short(data[side]['text'])}\u201d is no longer in the {side} text"
            spans[side] = found
        index = self._find(spans["left"], spans["right"])
        op = data["op"]
        if op == "add_link":
            if index is not None:  # the engine (now) links these passages too: the user's relation wins
                self._set_relation(index, data["relation"])
            else:
                self._add(spans, data)
            return ""
        if index is None:
            return (f"the link between \u201c{_short(data['left']['text'])}\u201d and "
                    f"\u201c{_short(data['right']['text'])}\u201d is no longer found")
        if op == "remove_link":
            self.removed.append(self.links.pop(index))
            for parallel in (self.origins, self.found, self.whys):
                parallel.pop(index)
        else:
            self._set_relation(index, data["relation"])
        return ""

    def _find(self, left: tuple[int, int], right: tuple[int, int]) -> int | None:
        """The link whose two passages cover the two spans best (each at least MIN_OVERLAP)."""
        best, best_score = None, 0.0
        for i, link in enumerate(self.links):
            a = _overlap(left, (link.left.start, link.left.end))
            b = _overlap(right, (link.right.start, link.right.end))
            if a >= MIN_OVERLAP and b >= MIN_OVERLAP and a + b > best_score:
                best, best_score = i, a + b
        return best

    def _set_relation(self, index: int, relation: str) -> None:
        link, found = self.links[index], self.found[index]
        if found is None:  # made by hand: nothing to explain
            self.links[index] = replace(link, relation=relation)
            return
        why = self.whys[index] if relation == found else f"{self.whys[index]}; relation set by hand (found: {found})"
        self.links[index] = replace(link, relation=relation, why=why)
        self.origins[index] = ENGINE if relation == found else CHANGED

    def _add(self, spans: dict[str, tuple[int, int]], data: dict) -> None:
        left = self._position("left", spans["left"], self.source.left_positions)
        right = self._position("right", spans["right"], self.source.right_positions)
        question = self._question_for(spans, data.get("label", ""), left.text, right.text)
        self.links.append(Link(left, right, data["relation"], 1.0, HAND_LABEL, (), question))
        self.origins.append(ADDED)
        self.found.append(None)
        self.whys.append(HAND_LABEL)

    def _position(self, side: str, span: tuple[int, int], positions: list[Position]) -> Position:
        """The passage as a position: speaker and polarity of the engine's statements it covers."""
        text = self.texts[side]
        start, end = span
        covered = [(min(end, p.end) - max(start, p.start), p) for p in positions if p.start < end and start < p.end]
        covered.sort(key=lambda item: -item[0])
        speaker = covered[0][1].speaker if covered else NARRATION
        polar = [p for _, p in covered if p.polarity and p.speaker == speaker]
        polarity = polar[0].polarity if polar else 0
        paragraph = sum(1 for line in text[:start].split("\n")[:-1] if line.strip())
        return Position(side, -1, speaker, start, end, paragraph, polarity, text=text[start:end])

    def _question_for(self, spans: dict[str, tuple[int, int]], label: str, left_text: str, right_text: str) -> int:
        """An existing question one of the passages is linked on, else a new one."""
        for link in self.links:
            if link.question < 0:
                continue
            if (_overlap(spans["left"], (link.left.start, link.left.end)) >= MIN_OVERLAP
                    or _overlap(spans["right"], (link.right.start, link.right.end)) >= MIN_OVERLAP):
                return link.question
        terms = _shared_words(left_text, right_text)
        name = label.strip() or (", ".join(terms[:2]) if terms else HAND_LABEL)
        self.questions.append(Question(len(self.questions), name, tuple(terms[:4])))
        return len(self.questions) - 1

    def result(self) -> CorrectedViewpoints:
        questions, links, origins = self._renumbered()
        only = {"left": list(self.source.only_left), "right": list(self.source.only_right)}
        for link in self.removed:  # a passage no other link holds now takes a position alone
            for side in SIDES:
                pos = getattr(link, side)
                if not any(_overlap((pos.start, pos.end), (getattr(lk, side).start, getattr(lk, side).end)) > 0
                           for lk in links) and all((p.start, p.end) != (pos.start, pos.end) for p in only[side]):
                    only[side].append(pos)
        for side in SIDES:
            spans = [(getattr(lk, side).start, getattr(lk, side).end) for lk in links]
            only[side] = sorted((p for p in only[side] if not any(_overlap((p.start, p.end), s) >= MIN_OVERLAP
                                                                 for s in spans)), key=lambda p: p.start)
        corrected = ViewpointComparison(
            left_positions=self.source.left_positions,
            right_positions=self.source.right_positions,
            links=links,
            questions=questions,
            only_left=only["left"],
            only_right=only["right"],
        )
        return CorrectedViewpoints(corrected, origins, self.dropped)

    def _renumbered(self) -> tuple[list[Question], list[Link], list[str]]:
        """Questions with links left, numbered from 0 in order; each link points at its question."""
        used = sorted({lk.question for lk in self.links if 0 <= lk.question < len(self.questions)})
        new_id = {old: new for new, old in enumerate(used)}
        questions = [replace(self.questions[old], id=new_id[old], links=[]) for old in used]
        links: list[Link] = []
        for link in self.links:
            link.question = new_id.get(link.question, -1)
            if link.question >= 0:
                questions[link.question].links.append(link)
            links.append(link)
        return questions, links, list(self.origins)


def _locate(text: str, anchor_data: dict) -> tuple[int, int] | None:
    """Where the anchor's words are: at its offsets, else their occurrence nearest to them; else None."""
    start, end, words = anchor_data["start"], anchor_data["end"], anchor_data["text"]
    if text[start:end] == words:
        return start, end
    hits = [m.start() for m in re.finditer(re.escape(words), text)]
    if not hits:
        return None
    nearest = min(hits, key=lambda hit: abs(hit - start))
    return nearest, nearest + len(words)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """How much of the shorter span the other covers (0..1)."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    if shared <= 0:
        return 0.0
    return shared / max(1, min(a[1] - a[0], b[1] - b[0]))


_WORD = re.compile(r"[^\W\d_]{5,}")


def _shared_words(left: str, right: str) -> list[str]:
    """Longer words both passages use, in the left passage's order (a hand-made question's label)."""
    theirs = {w.casefold() for w in _WORD.findall(right)}
    shared: dict[str, str] = {}
    for word in _WORD.findall(left):
        if word.casefold() in theirs:
            shared.setdefault(word.casefold(), word)
    return list(shared.values())


def _short(text: str, limit: int = 48) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1] + "\u2026"
