"""Passages: a speaker's run of statements, which share one stance and can meet as a whole."""

from __future__ import annotations

from desktop_app.core.viewpoints.model import AUTHORS_KEY, Position


def inherit_polarity(positions: list[Position]) -> None:
    """A neutral statement takes the stance of the nearest polar statement of its passage: the
    run of statements one speaker makes in one paragraph or in adjacent ones with no one else
    speaking between ("X tillbakavisar kritiken." / "– Vi ..., säger han."); for the authors of
    an opinion piece, who speak every paragraph, one paragraph."""
    passages: list[list[Position]] = []
    for pos in positions:
        run = passages[-1] if passages else None
        # the authors speak the whole piece: their passage is one paragraph
        reach = 0 if pos.speaker.key == AUTHORS_KEY else 1
        if run and run[-1].speaker.key == pos.speaker.key and pos.paragraph - run[-1].paragraph <= reach:
            run.append(pos)
        else:
            passages.append([pos])
    for group in passages:
        polar = [p for p in group if p.polarity]
        if not polar or len(polar) == len(group):
            continue
        for pos in group:
            if not pos.polarity:
                nearest = min(polar, key=lambda p: (abs(p.index - pos.index), p.index))
                pos.polarity = nearest.polarity
                pos.inherited = True


def passages(positions: list[Position]) -> list[Position]:
    """A speaker's statements in one paragraph, joined into one position (a passage).

    Two passages can meet on a question when no single pair of their sentences shares enough
    words ("Poliserna kommer att vara ute bland människor ..." / "Det är polisens närvaro ute i
    samhället som skapar trygghet"). Its polarity is that of its own (not inherited) statements.
    """
    groups: dict[tuple[str, int], list[Position]] = {}
    for pos in positions:
        groups.setdefault((pos.speaker.key, pos.paragraph), []).append(pos)
    out = []
    for group in groups.values():
        features: dict[str, float] = {}
        for pos in group:
            for f, w in pos.features.items():
                features[f] = max(features.get(f, 0.0), w)
        own = sum(p.polarity for p in group if not p.inherited)
        total = own or sum(p.polarity for p in group)
        kinds = tuple(dict.fromkeys(k for p in group for k in p.claim_kinds))
        first = group[0]
        out.append(
            Position(
                side=first.side,
                index=len(out),
                speaker=first.speaker,
                start=first.start,
                end=group[-1].end,
                paragraph=first.paragraph,
                polarity=1 if total > 0 else -1 if total < 0 else 0,
                features=features,
                evidence=tuple(e for p in group for e in p.evidence)[:4],
                cue=next((p.cue for p in group if p.cue is not None), None),
                need_more=any(p.need_more for p in group),
                inherited=not own and bool(total),
                claim_kinds=kinds,
                text=" ".join(p.text for p in group),
            )
        )
    return out
