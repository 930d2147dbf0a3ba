"""``compare_viewpoints``: positions of both texts, the links between them, their questions."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.core.compare import DocumentView
from desktop_app.core.viewpoints.linking import (
    PASSAGE_MIN_SCORE,
    apply_reply_prior,
    link_positions,
    merge_passages,
    refine_passage_link,
)
from desktop_app.core.viewpoints.model import Position, ViewpointComparison
from desktop_app.core.viewpoints.passages import passages
from desktop_app.core.viewpoints.positions import extract_positions
from desktop_app.core.viewpoints.questions import group_questions
from desktop_app.core.viewpoints.terms import Vocabulary

USE_PASSAGES = True


def compare_viewpoints(left: DocumentView, right: DocumentView) -> ViewpointComparison:
    """What the two (corrected) analyses' speakers say about the same questions, and how they relate."""
    left_positions = extract_positions(left, "left")
    right_positions = extract_positions(right, "right")
    vocab = Vocabulary.get(left.analysis.language)
    statement_links = link_positions(left_positions, right_positions, vocab)
    if USE_PASSAGES:
        done = {(lk.left.speaker.key, lk.left.paragraph, lk.right.speaker.key, lk.right.paragraph) for lk in statement_links}
        by_passage_l = _by_passage(left_positions)
        by_passage_r = _by_passage(right_positions)
        for lk in link_positions(passages(left_positions), passages(right_positions), vocab, PASSAGE_MIN_SCORE):
            key_l = (lk.left.speaker.key, lk.left.paragraph)
            key_r = (lk.right.speaker.key, lk.right.paragraph)
            if key_l + key_r not in done:
                statement_links.append(refine_passage_link(lk, by_passage_l[key_l], by_passage_r[key_r]))
    texts = {"left": left.document.text, "right": right.document.text}
    apply_reply_prior(statement_links, texts["left"], texts["right"])
    links = merge_passages(statement_links)
    for link in links:
        link.left = _with_text(link.left, texts["left"])
        link.right = _with_text(link.right, texts["right"])
    languages = {"left": left.analysis.language, "right": right.analysis.language}
    questions = group_questions(links, texts, languages)
    linked_l = {(lk.left.speaker.key, lk.left.paragraph) for lk in statement_links}
    linked_r = {(lk.right.speaker.key, lk.right.paragraph) for lk in statement_links}
    return ViewpointComparison(
        left_positions=left_positions,
        right_positions=right_positions,
        links=links,
        questions=questions,
        only_left=_unlinked(left_positions, linked_l, texts["left"]),
        only_right=_unlinked(right_positions, linked_r, texts["right"]),
    )


def _by_passage(positions: list[Position]) -> dict[tuple[str, int], list[Position]]:
    out: dict[tuple[str, int], list[Position]] = {}
    for pos in positions:
        out.setdefault((pos.speaker.key, pos.paragraph), []).append(pos)
    return out


def _with_text(pos: Position, text: str) -> Position:
    return replace(pos, text=text[pos.start : pos.end])


def _unlinked(positions: list[Position], linked: set[tuple[str, int]], text: str) -> list[Position]:
    """Positions taken on no linked question, one per speaker and paragraph (a passage)."""
    groups: dict[tuple[str, int], list[Position]] = {}
    for pos in positions:
        key = (pos.speaker.key, pos.paragraph)
        if pos.takes_position and pos.features and key not in linked:
            groups.setdefault(key, []).append(pos)
    out = []
    for group in groups.values():
        polar = [p for p in group if p.polarity]
        first = polar[0] if polar else group[0]
        features: dict[str, float] = {}
        for p in group:
            for f, w in p.features.items():
                features[f] = max(features.get(f, 0.0), w)
        merged = replace(first, start=group[0].start, end=group[-1].end, features=features)
        out.append(_with_text(merged, text))
    out.sort(key=lambda p: p.start)
    return out
