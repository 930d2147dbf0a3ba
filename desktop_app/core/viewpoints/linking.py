"""Links: which left statement meets which right statement on the same question, and how.

Candidates come from an inverted index (feature -> right statements), so the work grows with the
number of shared rare words, not with the product of the two texts' sentences. A pair is a link
when it shares at least two different words (after lemmas, compounds and near-synonyms), both
statements take a position, and the weighted overlap is high enough — shared topic words alone
("extremism" everywhere) weigh little, because words that occur all over the two texts are
down-weighted. Each statement keeps only its best partners. The relation: an explicit stance cue
aimed at the other speaker decides; else two polar statements agree when their polarities are the
same and disagree when they are opposite; else they are only related.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import replace

from desktop_app.core.viewpoints import trace
from desktop_app.core.viewpoints.model import AUTHORS_KEY, Link, Position
from desktop_app.core.viewpoints.terms import Vocabulary

MIN_SCORE = 0.14  # weighted overlap (cosine of the feature weights) a link needs
MIN_SHARED = 2  # different shared words a link needs
PASSAGE_MIN_SCORE = 0.14  # passages: the same bar (a lower one let in links between mixed passages)
KEEP_RATIO = 0.5  # a statement keeps partners scoring at least this share of its best
KEEP_MAX = 3  # and at most this many
POSTING_CAP = 80  # features in more right statements than this do not propose candidates
CHECK_MAX = 12  # candidates of one statement checked for shared words, best first
NEED_MORE = "!need_more"  # pseudo-feature of statements saying more must be done
NEED_MORE_WEIGHT = 0.8
SPEAKER_PRIOR = True
MAIN_SHARED = 3  # shared words that say what a link is about
GROUP_FLOOR = 0.2  # weight a shared word needs on both sides to count as one of the two
STRONG_WORD = 0.45  # product of the two weights of a word rare enough to link two polar statements alone


def link_positions(
    left: list[Position], right: list[Position], vocab: Vocabulary, min_score: float = 0.0
) -> list[Link]:
    """Links between the two sides' statements (or passages), best first."""
    min_score = min_score or MIN_SCORE
    if not left or not right:
        return []
    weights_l, weights_r = _weighted(left, right)
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for j, feats in enumerate(weights_r):
        for f, w in feats.items():
            postings[f].append((j, w))
    norms_r = [math.sqrt(sum(w * w for w in feats.values())) or 1.0 for feats in weights_r]
    left_authors = _author_keys(left)
    right_authors = _author_keys(right)
    candidates: list[tuple[float, int, int, tuple[str, ...]]] = []
    for i, feats in enumerate(weights_l):
        pos = left[i]
        if pos.speaker.key != AUTHORS_KEY and pos.speaker.key in right_authors:
            continue
        norm_l = math.sqrt(sum(w * w for w in feats.values())) or 1.0
        dot: dict[int, float] = defaultdict(float)
        for f, w in feats.items():
            plist = postings.get(f)
            if plist is None or len(plist) > POSTING_CAP:
                continue
            for j, wr in plist:
                dot[j] += w * wr
        scored = [(d / (norm_l * norms_r[j]), j) for j, d in dot.items()]
        if trace.active():
            for score, j in scored:
                if score < min_score:
                    trace.note("weak", pos, right[j], score)
        scored = sorted((sj for sj in scored if sj[0] >= min_score), reverse=True)
        accepted = 0
        for rank, (score, j) in enumerate(scored):
            other = right[j]
            if rank >= CHECK_MAX:  # the best few: the rest could not be kept anyway
                trace.note("rejected", pos, other, score, "not among the best candidates")
                continue
            identical = score > 0.999 and _identical(pos, other)
            if not identical and (not pos.takes_position or not other.takes_position):
                trace.note("rejected", pos, other, score, "no position")
                continue
            if other.speaker.key != AUTHORS_KEY and other.speaker.key in left_authors:
                trace.note("rejected", pos, other, score, "an author quoted")
                continue
            if not identical and not (_own_stance(pos) or _own_stance(other)):
                trace.note("rejected", pos, other, score, "no stance of its own")
                continue
            shared = _shared(feats, weights_r[j], vocab)
            if identical or _enough(shared, vocab, feats, weights_r[j], pos, other):
                if accepted >= 2 * KEEP_MAX:
                    trace.note("pruned", pos, other, score, "enough partners")
                    continue
                candidates.append((1.0 if identical else score, i, j, shared))
                accepted += 1
            else:
                trace.note("rejected", pos, other, score, "fewer than two shared words")
    kept = _best_partners(candidates)
    if trace.active():
        chosen = {(i, j) for _, i, j, _ in kept}
        for score, i, j, _ in candidates:
            if (i, j) not in chosen:
                trace.note("pruned", left[i], right[j], score, "not a best partner")
    links = [_make_link(left[i], right[j], score, shared) for score, i, j, shared in kept]
    if SPEAKER_PRIOR:
        _speaker_prior(links)
    for link in links:
        trace.note("linked", link.left, link.right, link.score, link.relation)
    return links


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
        if lk.relation != "disagree" and not agreeing and not _identical(lk.left, lk.right):
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


def _speaker_prior(links: list[Link]) -> None:
    """A "related" link between two speakers who clearly agree (or disagree) on their other
    linked statements takes that relation: one of them was neutral here, not their stance."""
    votes: dict[tuple[str, str], float] = defaultdict(float)
    for lk in links:
        if lk.relation != "related":
            votes[(lk.left.speaker.key, lk.right.speaker.key)] += lk.score * (1 if lk.relation == "agree" else -1)
    for lk in links:
        vote = votes.get((lk.left.speaker.key, lk.right.speaker.key), 0.0)
        if lk.relation == "related" and vote:
            lk.relation = "agree" if vote > 0 else "disagree"
            lk.why += f"; as on their other statements ({lk.relation})"


def _weighted(left: list[Position], right: list[Position]) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """Feature weights times how rare the feature is among the two texts' statements."""
    df: dict[str, int] = defaultdict(int)
    all_feats = []
    for pos in left + right:
        feats = dict(pos.features)
        if pos.need_more:
            feats[NEED_MORE] = NEED_MORE_WEIGHT
        all_feats.append(feats)
        for f in feats:
            df[f] += 1
    n = len(all_feats)
    log_n = math.log(n + 1)
    weighted = []
    for feats in all_feats:
        weighted.append({f: w * (0.3 + 0.7 * math.log((n + 1) / df[f]) / log_n) for f, w in feats.items()})
    return weighted[: len(left)], weighted[len(left) :]


def _author_keys(positions: list[Position]) -> set[str]:
    """Actor keys of a side's signers (a quote of them on the other side restates that side)."""
    keys: set[str] = set()
    for pos in positions:
        if pos.speaker.key == AUTHORS_KEY:
            keys.update(" ".join(m.casefold().split()) for m in pos.speaker.members)
    return keys


def _own_stance(pos: Position) -> bool:
    """A polarity, cue or call for more of its own words, not one inherited from its passage."""
    return bool((pos.polarity and not pos.inherited) or pos.cue is not None or pos.need_more)


def _identical(a: Position, b: Position) -> bool:
    return a.speaker.key == b.speaker.key and " ".join(a.text.split()) == " ".join(b.text.split())


def _shared(fl: dict[str, float], fr: dict[str, float], vocab: Vocabulary) -> tuple[str, ...]:
    common = [f for f in fl if f in fr]
    common.sort(key=lambda f: -(fl[f] * fr[f]))
    return tuple(common)


def _groups(shared: tuple[str, ...], vocab: Vocabulary) -> set[str]:
    """Different words among the shared features (a lemma, its synonym set and a name count once)."""
    out = set()
    for f in shared:
        if f.startswith("@"):
            f = vocab.lemma(f[1:].split()[-1])
        out.add(vocab.synonym_of.get(f, f))
    return out


def _enough(shared, vocab: Vocabulary, fl: dict[str, float], fr: dict[str, float], a: Position, b: Position) -> bool:
    """Two different shared words; or one rare word shared by two polar statements; saying on
    both sides that more must be done is enough alone."""
    if NEED_MORE in shared:
        return True
    groups = _groups(tuple(f for f in shared if min(fl[f], fr[f]) >= GROUP_FLOOR), vocab)
    if len(groups) >= MIN_SHARED:
        return True
    return bool(shared) and a.polarity != 0 and b.polarity != 0 and fl[shared[0]] * fr[shared[0]] >= STRONG_WORD


def _best_partners(candidates: list[tuple[float, int, int, tuple[str, ...]]]):
    """Pairs that are among the best partners of both their statements."""
    best_l: dict[int, float] = {}
    best_r: dict[int, float] = {}
    for score, i, j, _ in candidates:
        best_l[i] = max(best_l.get(i, 0.0), score)
        best_r[j] = max(best_r.get(j, 0.0), score)
    count_l: dict[int, int] = defaultdict(int)
    count_r: dict[int, int] = defaultdict(int)
    kept = []
    for cand in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        score, i, j, _ = cand
        if score < KEEP_RATIO * best_l[i] or score < KEEP_RATIO * best_r[j]:
            continue
        if count_l[i] >= KEEP_MAX or count_r[j] >= KEEP_MAX:
            continue
        count_l[i] += 1
        count_r[j] += 1
        kept.append(cand)
    return kept


def _aimed_at(pos: Position, other: Position) -> bool:
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
    if _identical(left, right):
        return "agree", "the same words"
    for pos, other in ((left, right), (right, left)):
        if pos.cue is not None and _aimed_at(pos, other):
            return pos.cue.relation, f"{pos.speaker.name}: “{pos.cue.text}”"
    for pos in (left, right):
        # "påståendet att skolor läggs ner är skrämselpropaganda" against "skolor läggs ner":
        # what the cue rejects (or accepts) is what the other statement says
        cue = pos.cue
        if cue is not None and not cue.complement_polarity and set(shared[:MAIN_SHARED]) & cue.complement:
            return cue.relation, f"{pos.speaker.name}: “{cue.text}” what the other says"
    pl, pr = toward(left, shared), toward(right, shared)
    if pl and pr:
        relation = "agree" if pl == pr else "disagree"
        return relation, f"{_polar_why(left, pl)} vs {_polar_why(right, pr)}"
    return "related", f"{_polar_why(left)} vs {_polar_why(right)}"


def toward(pos: Position, shared: tuple[str, ...]) -> int:
    """The statement's polarity toward the shared words: that of the parts holding them when
    those parts have one ("..., not by law" is against the law), else the statement's."""
    if pos.cue is None and shared:
        main = set(shared[:MAIN_SHARED])
        total = sum(v for feats, v in pos.segments if feats & main)
        if total:
            return 1 if total > 0 else -1
    return pos.polarity


def _polar_why(pos: Position, polarity: int | None = None) -> str:
    polarity = pos.polarity if polarity is None else polarity
    name = {1: "positive", -1: "negative", 0: "neutral"}[polarity]
    if not polarity:
        return name
    words = ", ".join(f"“{w}”" for w in pos.evidence[:2])
    return f"{name} ({words})" if words else name


def _make_link(left: Position, right: Position, score: float, shared: tuple[str, ...]) -> Link:
    relation, why = relation_of(left, right, shared)
    terms = display_terms(shared, 4)
    shown = ", ".join(terms[:3])
    return Link(left, right, relation, round(min(1.0, score), 3), f"shared: {shown}; {why}", terms)


PSEUDO_NAMES = {NEED_MORE: "more must be done", "!concern": "threat or concern"}


def display_term(feature: str) -> str:
    """A feature as a reader sees it: "~insats" -> "insats", "@magnus ranstorp" -> "magnus ranstorp"."""
    return PSEUDO_NAMES.get(feature) or feature.lstrip("~@!")


def display_terms(features, limit: int) -> tuple[str, ...]:
    """Distinct readable terms, most telling first; a compound's parts give way to the compound
    ("terrorgrupp", not also "grupp" and "terror")."""
    out: list[str] = []
    for feature in features:
        term = display_term(feature)
        if term in out or any(term in shown for shown in out if not shown.startswith(("more ", "threat "))):
            continue
        out.append(term)
        if len(out) == limit:
            break
    return tuple(out)


def merge_passages(links: list[Link]) -> list[Link]:
    """One link per pair of passages: a speaker's statements in one paragraph on each side.

    The best-scoring statement pair gives the relation (a polar one wins over "related"); the
    passage spans cover every linked statement of that speaker in the paragraph.
    """
    groups: dict[tuple, list[Link]] = defaultdict(list)
    for link in links:
        key = (link.left.speaker.key, link.left.paragraph, link.right.speaker.key, link.right.paragraph)
        groups[key].append(link)
    merged = []
    for group in groups.values():
        group.sort(key=lambda lk: -lk.score)
        polar = [lk for lk in group if lk.relation != "related"]
        chosen = polar[0] if polar else group[0]
        left = replace(chosen.left, start=min(lk.left.start for lk in group), end=max(lk.left.end for lk in group))
        right = replace(chosen.right, start=min(lk.right.start for lk in group), end=max(lk.right.end for lk in group))
        terms: list[str] = []
        for lk in group:
            terms += [t for t in lk.terms if t not in terms]
        merged.append(replace(chosen, left=left, right=right, score=group[0].score, terms=tuple(terms)))
    merged.sort(key=lambda lk: (lk.left.start, lk.right.start))
    return merged


def refine_passage_link(link: Link, left: list[Position], right: list[Position]) -> Link:
    """A passage link's relation from its closest pair of polar statements.

    ``left`` and ``right`` are the statements of the two passages; the pair sharing the most
    weight among those with a polarity each — their own, not inherited, first — decides (a
    passage's summed polarity mixes "in Belgium they work actively" with "in Sweden there is
    nothing of it").
    """
    best = None
    for a in left:
        for b in right:
            if not (a.polarity and b.polarity):
                continue
            overlap = sum(min(w, b.features[f]) for f, w in a.features.items() if f in b.features)
            rank = ((not a.inherited) + (not b.inherited), overlap)  # their own stances first
            if overlap and (best is None or rank > best[0]):
                best = (rank, a, b)
    if best is None:
        return link
    _, a, b = best
    relation, why = relation_of(a, b, link.terms)
    shown = ", ".join(link.terms[:3])
    return replace(link, relation=relation, why=f"shared: {shown}; {why}")
