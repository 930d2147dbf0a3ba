"""``compare_viewpoints``: positions of both texts, the links between them, their questions."""

from __future__ import annotations

from desktop_app.core.compare import DocumentView
from desktop_app.core.gc_pause import collector_paused
from desktop_app.core.viewpoints.linking import link_passages
from desktop_app.core.viewpoints.model import Position, ViewpointComparison
from desktop_app.core.viewpoints.passages import passages
from desktop_app.core.viewpoints.positions import extract_positions
from desktop_app.core.viewpoints.questions import group_questions
from desktop_app.core.viewpoints.relations import (
    apply_net_stance,
    apply_no_opposition,
    apply_question_stance,
    apply_reply_prior,
    net_stances,
    speaker_prior,
)
from desktop_app.core.viewpoints.terms import Vocabulary


def compare_viewpoints(left: DocumentView, right: DocumentView) -> ViewpointComparison:
    """What the two (corrected) analyses' speakers say about the same questions, and how they relate."""
    # the engine makes no reference cycles but a great many objects: without the pause the cyclic
    # collector rescans the caller's heap (both analyses, the library) again and again meanwhile
    with collector_paused():
        return _compare(left, right)


def _compare(left: DocumentView, right: DocumentView) -> ViewpointComparison:
    left_positions = extract_positions(left, "left")
    right_positions = extract_positions(right, "right")
    # one vocabulary for both sides, whichever is on the left (Swedish when either text is)
    languages = {left.analysis.language, right.analysis.language}
    vocab = Vocabulary.get("sv" if "sv" in languages else min(languages))
    left_passages, right_passages = passages(left_positions), passages(right_positions)
    links = link_passages(left_passages, right_passages, vocab)
    speaker_prior(links)
    apply_net_stance(links, net_stances(left_positions), net_stances(right_positions))
    texts = {"left": left.document.text, "right": right.document.text}
    apply_reply_prior(links, texts["left"], texts["right"])
    apply_question_stance(links, left_positions, right_positions)
    apply_no_opposition(links)
    for link in links:
        link.left = _with_text(link.left, texts["left"])
        link.right = _with_text(link.right, texts["right"])
    languages = {"left": left.analysis.language, "right": right.analysis.language}
    questions = group_questions(links, texts, languages)
    linked_l = {(lk.left.speaker.key, lk.left.paragraph) for lk in links}
    linked_r = {(lk.right.speaker.key, lk.right.paragraph) for lk in links}
    return ViewpointComparison(
        left_positions=left_positions,
        right_positions=right_positions,
        links=links,
        questions=questions,
        only_left=_unlinked([p.position for p in left_passages], linked_l, texts["left"]),
        only_right=_unlinked([p.position for p in right_passages], linked_r, texts["right"]),
    )


def _with_text(pos: Position, text: str) -> Position:
    # a shallow copy (dataclasses.replace re-runs __init__, copy.copy goes through __reduce_ex__)
    found = object.__new__(Position)
    found.__dict__.update(pos.__dict__)
    found.text = text[pos.start : pos.end]
    return found


def _unlinked(passages_: list[Position], linked: set[tuple[str, int]], text: str) -> list[Position]:
    """Passages taking a position on no linked question."""
    out = [
        _with_text(p, text)
        for p in passages_
        if p.takes_position and p.features and (p.speaker.key, p.paragraph) not in linked
    ]
    out.sort(key=lambda p: p.start)
    return out
