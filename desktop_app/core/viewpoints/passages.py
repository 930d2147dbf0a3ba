"""Passages: a speaker's statements in one paragraph, the unit two texts are linked by.

A reader marks who takes which position where, paragraph by paragraph: "the researcher, here and
here, calls the work inadequate". So the engine links passages — a speaker's statements in one
paragraph joined into one position — not single sentences: "Poliserna kommer att vara ute bland
människor ..." and "Det är polisens närvaro ute i samhället som skapar trygghet" meet as
passages even when no single pair of their sentences shares enough words.

In an opinion piece the authors speak every paragraph. What they only report there — a claim of
critics they answer ("Motståndarna hävdar att ..."), a finding they cite ("Granskningar har
visat att ...") — is no speaker's position of its own in their text: it tells what the authors'
paragraph is about, so its words join the authors' passage of that paragraph (the stance stays
the authors'). Only a direct quote keeps its speaker ("– ..., säger hon" in a debate piece).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from desktop_app.core.viewpoints.model import AUTHORS_KEY, Position, Speaker

CONTEXT_WEIGHT = 0.8  # what the authors report in a paragraph, as words of their passage there
FRAME_WEIGHT = 0.7  # the narration around a statement ("X said it had no plans to change the law")


def inherit_polarity(positions: list[Position]) -> None:
    """A neutral statement takes the stance of the nearest polar statement of its passage: the
    run of statements one speaker makes in one paragraph or in adjacent ones with no one else
    speaking between ("X tillbakavisar kritiken." / "– Vi ..., säger han."); for the authors of
    an opinion piece, who speak every paragraph, one paragraph."""
    runs: list[list[Position]] = []
    for pos in positions:
        run = runs[-1] if runs else None
        # the authors speak the whole piece: their passage is one paragraph
        reach = 0 if pos.speaker.key == AUTHORS_KEY else 1
        if run and run[-1].speaker.key == pos.speaker.key and pos.paragraph - run[-1].paragraph <= reach:
            run.append(pos)
        else:
            runs.append([pos])
    for group in runs:
        polar = [p for p in group if p.polarity]
        if not polar or len(polar) == len(group):
            continue
        for pos in group:
            if not pos.polarity:
                nearest = min(polar, key=lambda p: (abs(p.index - pos.index), p.index))
                pos.polarity = nearest.polarity
                pos.inherited = True


@dataclass
class Passage:
    """A passage as a position, with the statements it joins."""

    position: Position
    statements: list[Position]
    context: list[Position] = field(default_factory=list)  # what the authors report in it


def passages(positions: list[Position]) -> list[Passage]:
    """The passages of one side's statements, in text order."""
    opinion = any(p.speaker.key == AUTHORS_KEY for p in positions)
    groups: dict[tuple[str, int], list[Position]] = {}
    reported: dict[int, list[Position]] = {}
    for pos in positions:
        if opinion and pos.speaker.key != AUTHORS_KEY and not pos.direct:
            reported.setdefault(pos.paragraph, []).append(pos)
        else:
            groups.setdefault((pos.speaker.key, pos.paragraph), []).append(pos)
    authors = next((p.speaker for p in positions if p.speaker.key == AUTHORS_KEY), None)
    out: list[Passage] = []
    for paragraph, context in reported.items():
        if (AUTHORS_KEY, paragraph) not in groups and authors is not None:
            # only what others hold, cited by the authors: their support, their paragraph
            groups[(AUTHORS_KEY, paragraph)] = [_as(pos, authors) for pos in context]
            reported[paragraph] = []
    for (key, paragraph), group in sorted(groups.items(), key=lambda kv: kv[1][0].start):
        context = reported.get(paragraph, []) if key == AUTHORS_KEY else []
        out.append(Passage(_joined(group, context, len(out)), group, context))
    return out


def _as(pos: Position, speaker: Speaker) -> Position:
    return replace(pos, speaker=speaker)


def _joined(group: list[Position], context: list[Position], index: int) -> Position:
    features: dict[str, float] = {}
    for pos in group:
        for f, w in pos.features.items():
            features[f] = max(features.get(f, 0.0), w)
    for pos in context:
        for f, w in pos.features.items():
            features[f] = max(features.get(f, 0.0), CONTEXT_WEIGHT * w)
    for pos in group:
        for f, w in pos.frame.items():
            features[f] = max(features.get(f, 0.0), FRAME_WEIGHT * w)
    own = sum(p.polarity for p in group if not p.inherited)
    total = own or sum(p.polarity for p in group)
    first = group[0]
    return Position(
        side=first.side,
        index=index,
        speaker=first.speaker,
        start=min(p.start for p in group),
        end=max(p.end for p in group),
        paragraph=first.paragraph,
        polarity=1 if total > 0 else -1 if total < 0 else 0,
        features=features,
        evidence=tuple(e for p in group for e in p.evidence)[:4],
        cue=next((p.cue for p in group if p.cue is not None), None),
        need_more=any(p.need_more for p in group),
        inherited=not own and bool(total),
        claim_kinds=tuple(dict.fromkeys(k for p in group for k in p.claim_kinds)),
        text=" ".join(p.text for p in group),
        direct=any(p.direct for p in group),
        quoted=any(p.quoted for p in group),
        figure=all(p.figure for p in group) and not any(p.features for p in context),
        lead=first.lead,
    )
