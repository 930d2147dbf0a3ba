"""How two positions on the same question relate: agree, disagree or only related.

An explicit stance cue aimed at the other speaker decides ("X tillbakavisar kritiken", "agrees
with the authors"); a cue whose complement holds what the other says decides ("påståendet att
skolor läggs ner är skrämselpropaganda" against "skolor läggs ner"); else two polar statements
agree when their polarities toward the shared words are the same and disagree when they are
opposite; else they are only related.
"""

from __future__ import annotations

import re
from collections import defaultdict

from desktop_app.core.viewpoints.model import AUTHORS_KEY, Link, Position

MAIN_SHARED = 3  # shared words that say what a link is about
MAJORITY = 0.2  # a polar link against this share of its speakers' other links takes theirs (1: never)
NET_STANCE = True  # a link's relation from the two speakers' net stance over their whole texts
NET_MIN = 2  # own polar statements a speaker needs for a net stance
NET_SHARE = 0.5  # ... and the sum of their polarities at least this share of their number


def identical(a: Position, b: Position) -> bool:
    return a.speaker.key == b.speaker.key and " ".join(a.text.split()) == " ".join(b.text.split())


def aimed_at(pos: Position, other: Position) -> bool:
    """Is the stance cue of ``pos`` aimed at the speaker of ``other``?"""
    target = pos.cue.target if pos.cue is not None else None
    if target is None:
        return False
    if target == other.speaker.key:
        return True
    if target == AUTHORS_KEY:
        return other.speaker.key == AUTHORS_KEY
    members = {" ".join(m.casefold().split()) for m in other.speaker.members}
    return target in members or target.split()[-1] == other.speaker.key.split()[-1]


def relation_of(left: Position, right: Position, shared: tuple[str, ...] = ()) -> tuple[str, str]:
    """(relation, why) of two statements about the same question."""
    if identical(left, right):
        return "agree", "the same words"
    aimed = [pos for pos, other in ((left, right), (right, left)) if pos.cue is not None and aimed_at(pos, other)]
    if aimed:
        pos = first_cue(aimed)
        return pos.cue.relation, f"{pos.speaker.name}: “{pos.cue.text}”"
    # "påståendet att skolor läggs ner är skrämselpropaganda" against "skolor läggs ner":
    # what the cue rejects (or accepts) is what the other statement says
    main = set(shared[:MAIN_SHARED])
    rejecting = [pos for pos in (left, right)
                 if pos.cue is not None and not pos.cue.complement_polarity and main & pos.cue.complement]
    if rejecting:
        pos = first_cue(rejecting)
        return pos.cue.relation, f"{pos.speaker.name}: “{pos.cue.text}” what the other says"
    pl, pr = toward(left, shared), toward(right, shared)
    if pl and pr:
        relation = "agree" if pl == pr else "disagree"
        return relation, f"{polar_why(left, pl)} vs {polar_why(right, pr)}"
    return "related", f"{polar_why(left)} vs {polar_why(right)}"


def first_cue(statements: list[Position]) -> Position:
    """Of statements with a stance cue, the one that decides, whichever text is on the left: a
    rejection before an agreement (answering is the stronger signal), then the earliest cue."""
    return min(statements, key=lambda p: (p.cue.relation != "disagree", p.cue.text, p.start, p.end))


def toward(pos: Position, shared: tuple[str, ...]) -> int:
    """The statement's polarity toward the shared words: that of the parts holding them when
    those parts have one ("..., not by law" is against the law), else the statement's."""
    if pos.cue is None and shared:
        main = set(shared[:MAIN_SHARED])
        total = sum(v for feats, v in pos.segments if feats & main)
        if total:
            return 1 if total > 0 else -1
    return pos.polarity


def polar_why(pos: Position, polarity: int | None = None) -> str:
    polarity = pos.polarity if polarity is None else polarity
    name = {1: "positive", -1: "negative", 0: "neutral"}[polarity]
    if not polarity:
        return name
    words = ", ".join(f"“{w}”" for w in pos.evidence[:2])
    return f"{name} ({words})" if words else name


def closest_statements(
    left: list[Position], right: list[Position]
) -> tuple[Position, Position] | None:
    """The pair of polar statements of two passages that shares the most weight, their own
    stances (not inherited) first: a passage's summed polarity mixes "in Belgium they work
    actively" with "in Sweden there is nothing of it"."""
    best = None
    for a in left:
        for b in right:
            if not (a.polarity and b.polarity):
                continue
            overlap = round(sum(min(w, b.features[f]) for f, w in a.features.items() if f in b.features), 9)
            # ties go to the pair that comes first in the two texts, read from either side
            rank = ((not a.inherited) + (not b.inherited), overlap, tuple(sorted(((-a.start, -a.end), (-b.start, -b.end)))))
            if overlap and (best is None or rank > best[0]):
                best = (rank, a, b)
    return None if best is None else (best[1], best[2])


def apply_reply_prior(links: list[Link], left_text: str, right_text: str) -> None:
    """An opinion piece that names the other text's signers answers them: between the two sets of
    authors a link disagrees unless one of the two statements says it agrees ("Vi delar målet",
    "She is right that")."""
    left_members = _members(links, "left")
    right_members = _members(links, "right")
    replying = _names_any(right_text, left_members) or _names_any(left_text, right_members)
    if not replying or left_members == right_members:  # the same signers do not answer themselves
        return
    for lk in links:
        if lk.left.speaker.key != AUTHORS_KEY or lk.right.speaker.key != AUTHORS_KEY:
            continue
        agreeing = any(p.cue is not None and p.cue.relation == "agree" for p in (lk.left, lk.right))
        if lk.relation != "disagree" and not agreeing and not identical(lk.left, lk.right):
            lk.relation = "disagree"
            lk.why += "; a reply to the other text"


def _members(links: list[Link], side: str) -> set[str]:
    names: set[str] = set()
    for lk in links:
        pos = lk.left if side == "left" else lk.right
        names.update(pos.speaker.members)
    return names


def _names_any(text: str, names: set[str]) -> bool:
    words = set(re.findall(r"\w+(?:-\w+)*", text))
    return any(name.split()[-1] in words for name in names if name.split())


def speaker_prior(links: list[Link]) -> None:
    """A "related" link between two speakers who clearly agree (or disagree) on their other
    linked statements takes that relation: one of them was neutral here, not their stance."""
    votes: dict[tuple[str, str], float] = defaultdict(float)
    for lk in links:
        if lk.relation != "related":
            votes[(lk.left.speaker.key, lk.right.speaker.key)] += lk.score * (1 if lk.relation == "agree" else -1)
    weight: dict[tuple[str, str], float] = defaultdict(float)
    for lk in links:
        if lk.relation != "related":
            weight[(lk.left.speaker.key, lk.right.speaker.key)] += lk.score
    for lk in links:
        key = (lk.left.speaker.key, lk.right.speaker.key)
        vote = round(votes.get(key, 0.0), 9)  # the same sum whichever order the links come in
        if lk.relation == "related" and vote:
            lk.relation = "agree" if vote > 0 else "disagree"
            lk.why += f"; as on their other statements ({lk.relation})"
        elif (lk.relation != "related" and vote and abs(vote) >= round(MAJORITY * weight[key], 9)
              and (vote > 0) != (lk.relation == "agree") and ": “" not in lk.why  # a cue stands
              and not _shared_call(lk)):
            lk.relation = "agree" if vote > 0 else "disagree"
            lk.why += f"; as on their other statements ({lk.relation})"


def net_stances(positions: list[Position]) -> dict[str, int]:
    """Each speaker's stance over the whole text: the sign of their own polarities summed (not
    inherited ones), when they evaluate at least ``NET_MIN`` times; 0 when mixed or too little."""
    total: dict[str, int] = defaultdict(int)
    count: dict[str, int] = defaultdict(int)
    for pos in positions:
        if pos.polarity and not pos.inherited and pos.takes_position:
            total[pos.speaker.key] += pos.polarity
            count[pos.speaker.key] += 1
    return {k: (1 if v > 0 else -1) for k, v in total.items()
            if count[k] >= NET_MIN and abs(v) >= NET_SHARE * count[k]}


def _shared_call(lk: Link) -> bool:
    """A link about a shared call for more or a shared concern, which both statements' own
    polarity decides ("Vi måste göra mer" against "lång väg kvar" agree, whoever says it)."""
    return bool(lk.terms) and lk.terms[0] in ("more must be done", "threat or concern")


def apply_net_stance(links: list[Link], left: dict[str, int], right: dict[str, int]) -> None:
    """A news text quotes both camps of a dispute, an opinion piece takes one: who is for and
    who against shows in a speaker's stance over all they say, more surely than in the words
    of one pair of statements (which may judge different things: "a centre run on stand-in
    doctors is no good care" and "worse continuity" are both negative, and opposed). A link
    takes the relation of its two speakers' net stances unless a stance cue decides it, the
    speaker is the same, or the link is about a shared concern or call for more (there both
    statements' own polarity says it)."""
    if not NET_STANCE:
        return
    for lk in links:
        a, b = lk.left, lk.right
        if ": “" in lk.why or identical(a, b) or a.speaker.key == b.speaker.key:
            continue
        if _shared_call(lk):
            continue
        na, nb = left.get(a.speaker.key, 0), right.get(b.speaker.key, 0)
        if na and nb:
            relation = "agree" if na == nb else "disagree"
            if relation != lk.relation:
                lk.relation = relation
                lk.why += f"; their stances over both texts ({relation})"


def apply_question_stance(links: list[Link], left: list[Position], right: list[Position]) -> None:
    """A link still only "related" because one statement (or both) is neutral takes the stance
    its speaker holds toward the link's question elsewhere in their text: the sign of their own
    polarities on statements holding the link's main shared words ("Butikerna går på knäna" said
    earlier makes a later neutral "small shops employ many" of the same speaker a critic's), else
    of all their own polar statements. Two such stances (or one and the other statement's own
    polarity) give agree when equal and disagree when opposite."""
    if not links:
        return
    by_speaker = {"left": _own_polar(left), "right": _own_polar(right)}
    for lk in links:
        if lk.relation != "related" or lk.left.speaker.key == lk.right.speaker.key or _shared_call(lk):
            continue
        main = set(lk.terms[:MAIN_SHARED])
        stances = []
        for side, pos, other in (("left", lk.left, lk.right), ("right", lk.right, lk.left)):
            stance = toward(pos, lk.terms)
            if not stance:
                total = sum(v for feats, v in by_speaker[side].get(pos.speaker.key, ()) if feats & main)
                if not total:  # no word of the question elsewhere: all they evaluate
                    total = sum(v for _, v in by_speaker[side].get(pos.speaker.key, ()))
                stance = (1 if total > 0 else -1) if total else 0
            stances.append(stance)
        if stances[0] and stances[1]:
            lk.relation = "agree" if stances[0] == stances[1] else "disagree"
            lk.why += f"; their stances on the question ({lk.relation})"  # why.QUESTION_STANCES


def _own_polar(positions: list[Position]) -> dict[str, list[tuple[frozenset[str], int]]]:
    out: dict[str, list[tuple[frozenset[str], int]]] = defaultdict(list)
    for pos in positions:
        if pos.polarity and not pos.inherited and pos.takes_position:
            out[pos.speaker.key].append((frozenset(pos.features), pos.polarity))
    return out


def apply_no_opposition(links: list[Link]) -> None:
    """A link still only "related" because one side evaluates and the other states something
    neutral on the same question (no cue, no polarity toward it, no stance of its speaker
    elsewhere) agrees: with nothing setting one against the other, the neutral side is most often
    the fact or the plan the other side's point rests on ("Institutet har utvärderat ..." beside
    "resultaten är sämre"; "She said the council would pay for the buses" beside "the council
    has set money aside"). A reader marks "related" rarely (5 of the 167 gold links of the seeds
    and dev pairs). Two neutral sides stay related: neither supports nor contradicts the other."""
    for lk in links:
        if lk.relation == "related" and (lk.left.polarity or lk.right.polarity):
            lk.relation = "agree"
            lk.why += "; nothing sets them against each other (agree)"  # why.NO_OPPOSITION
