"""``compare_viewpoints``: positions of both texts, the links between them, their questions."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.core.compare import DocumentView
from desktop_app.core.viewpoints.linking import link_positions, merge_passages
from desktop_app.core.viewpoints.model import Position, ViewpointComparison
from desktop_app.core.viewpoints.positions import extract_positions
from desktop_app.core.viewpoints.questions import group_questions
from desktop_app.core.viewpoints.terms import Vocabulary


def compare_viewpoints(left: DocumentView, right: DocumentView) -> ViewpointComparison:
    """What the two (corrected) analyses' speakers say about the same questions, and how they relate."""
    left_positions = extract_positions(left, "left")
    right_positions = extract_positions(right, "right")
    vocab = Vocabulary.get(left.analysis.language)
    statement_links = link_positions(left_positions, right_positions, vocab)
    texts = {"left": left.document.text, "right": right.document.text}
    links = merge_passages(statement_links)
    for link in links:
        link.left = _with_text(link.left, texts["left"])
        link.right = _with_text(link.right, texts["right"])
    languages = {"left": left.analysis.language, "right": right.analysis.language}
    questions = group_questions(links, texts, languages)
    linked_l = {p.index for lk in statement_links for p in (lk.left,)}
    linked_r = {p.index for lk in statement_links for p in (lk.right,)}
    return ViewpointComparison(
        left_positions=left_positions,
        right_positions=right_positions,
        links=links,
        questions=questions,
        only_left=_unlinked(left_positions, linked_l, texts["left"]),
        only_right=_unlinked(right_positions, linked_r, texts["right"]),
    )


def _with_text(pos: Position, text: str) -> Position:
    return replace(pos, text=text[pos.start : pos.end])


def _unlinked(positions: list[Position], linked: set[int], text: str) -> list[Position]:
    """Positions taken on no linked question, one per speaker and paragraph (a passage)."""
    linked_passages = {(p.speaker.key, p.paragraph) for p in positions if p.index in linked}
    passages: dict[tuple[str, int], list[Position]] = {}
    for pos in positions:
        key = (pos.speaker.key, pos.paragraph)
        if pos.takes_position and pos.index not in linked and key not in linked_passages:
            passages.setdefault(key, []).append(pos)
    out = []
    for group in passages.values():
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
