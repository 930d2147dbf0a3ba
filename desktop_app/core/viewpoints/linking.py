"""Links: which passage of the left text meets which passage of the right one on the same question.

Candidates come from an inverted index (feature -> right passages), so the work grows with the
number of shared rare words, not with the product of the two texts' passages. A pair is a
candidate when it shares at least two different words (after lemmas, compounds and
near-synonyms) that weigh enough on both sides, both passages take a position, and the weighted
overlap (a cosine) is high enough. Words found all over the two texts weigh little: shared topic
words alone ("extremism" everywhere) are no link.

Which candidates become links is decided per pair of speakers, the way a reader marks them: for
every pair of speakers who take positions on a shared question, their best-matching passages,
and every other pair of their passages nearly as good. A passage may so meet several speakers
of the other text (the authors of a debate piece against each politician of a news text).
"""

from __future__ import annotations

import math
from collections import defaultdict

from desktop_app.core.viewpoints import trace
from desktop_app.core.viewpoints.model import AUTHORS_KEY, TEXT_KEY, Link, Position
from desktop_app.core.viewpoints.passages import Passage
from desktop_app.core.viewpoints.relations import aimed_at, closest_statements, first_cue, identical, relation_of
from desktop_app.core.viewpoints.terms import Vocabulary

MIN_SCORE = 0.08  # weighted overlap (cosine of the feature weights) a link needs
MIN_SHARED = 2  # different shared words a link needs
GROUP_FLOOR = 0.2  # weight a shared word needs on both sides to count as one of the two
STRONG_WORD = 0.45  # product of the two weights of a word rare enough to link two polar passages alone
SPEAKER_RATIO = 0.3  # a pair of speakers keeps the pairs of passages scoring this share of its best
UNIT_PARTNERS = 2  # a passage keeps at most this many passages of one speaker of the other text
IDF_POWER = 0.5  # how strongly a word found all over the two texts is discounted
COVER_MIN = 0.06  # a passage that met nothing takes its best partner scoring at least this
COVER_SHARED = 1  # different shared words a passage's best partner needs (lemma, synonym set, name once)
COVER_EITHER = False  # the best partner of a passage is taken when either of the two met nothing
SAME_SPEAKER_PAIRS = 400  # at most this many pairs of one speaker's passages compared whatever their words
POSTING_CAP = 80  # features in more right passages than this do not propose candidates
MENTIONED_GATE = True  # no links from speakers the text only mentions
EVIDENCE_MIN = 0.0  # summed weight of the shared words a link needs (calibrated on dev)
EVIDENCE_NOT_BEST = 0.0  # ... when the two are not each other's best counterparts
# a link needs one of its two passages to take a stance in its own words (not only one inherited
# from the speaker's passage): off since round 8; two speakers' positions on one question (each
# taking a position, neither evaluating in these words) are still a link a reader marks, and
# on the 19 dev pairs dropping the gate raised link F1 0.62 -> 0.65 at the same pair precision
OWN_STANCE_GATE = False
NEED_MORE = "!need_more"  # pseudo-feature of passages saying more must be done
NEED_MORE_WEIGHT = 0.8


def link_passages(left: list[Passage], right: list[Passage], vocab: Vocabulary) -> list[Link]:
    """Links between the two sides' passages, in text order of the left side."""
    if not left or not right:
        return []
    lpos = [p.position for p in left]
    rpos = [p.position for p in right]
    weights_l, weights_r = _weighted(lpos, rpos)
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for j, feats in enumerate(weights_r):
        for f, w in feats.items():
            postings[f].append((j, w))
    df_l: dict[str, int] = defaultdict(int)
    for feats in weights_l:
        for f in feats:
            df_l[f] += 1
    norms_r = [math.sqrt(sum(w * w for w in feats.values())) or 1.0 for feats in weights_r]
    left_authors, right_authors = _author_keys(lpos), _author_keys(rpos)
    candidates: list[tuple[float, int, int, tuple[str, ...]]] = []
    scored: dict[tuple[int, int], float] = {}  # every pair scored, for the best counterpart
    weak: list[tuple[float, int, int, tuple[str, ...]]] = []
    tracing = trace.active()
    own_l, own_r = [_own_stance(p) for p in lpos], [_own_stance(p) for p in rpos]
    takes_l, takes_r = [p.takes_position for p in lpos], [p.takes_position for p in rpos]
    for i, feats in enumerate(weights_l):
        pos = lpos[i]
        norm_l = math.sqrt(sum(w * w for w in feats.values())) or 1.0
        dot: dict[int, float] = defaultdict(float)
        for f, w in feats.items():
            plist = postings.get(f)
            if plist is None or max(len(plist), df_l[f]) > POSTING_CAP:
                continue  # found all over either text: proposes nothing (on either side)
            for j, wr in plist:
                dot[j] += w * wr
        own_i, takes_i = own_l[i], takes_l[i]
        for j, d in dot.items():
            other = rpos[j]
            score = round(d / (norm_l * norms_r[j]), 9)  # quantized(), inline: this loop is hot
            if score > 0.999 and identical(pos, other):
                candidates.append((1.0, i, j, _shared(feats, weights_r[j])))
                continue
            if score < COVER_MIN:
                if tracing:
                    trace.note("weak", pos, other, score, "score")
                continue
            if EVIDENCE_NOT_BEST:
                scored[(i, j)] = score
            coverable = own_i and own_r[j] and takes_i and takes_r[j]
            if score < MIN_SCORE and not (coverable or tracing):
                continue  # _gate's first answer ("score"), and no cover can take it
            reason = _gate(pos, other, score, left_authors, right_authors)
            if reason and not (reason == "score" and coverable):
                if tracing:
                    trace.note("weak" if reason == "score" else "rejected", pos, other, score, reason)
                continue  # no candidate, and no cover can take it: its shared words are not needed
            shared = _shared(feats, weights_r[j])
            if not reason and not _enough(shared, vocab, feats, weights_r[j], pos, other):
                reason = "fewer than two shared words"
            if reason == "score" or reason == "fewer than two shared words":
                if coverable and len(_groups(shared, vocab)) >= COVER_SHARED:
                    weak.append((score, i, j, shared))
            if reason:
                if tracing:
                    trace.note("weak" if reason == "score" else "rejected", pos, other, score, reason)
                continue
            candidates.append((score, i, j, shared))
    kept = [(c, "select") for c in _select(candidates, lpos, rpos)]
    kept += [(c, "cover") for c in _cover(weak, [c for c, _ in kept], lpos, rpos)]
    kept += [(c, "same") for c in _same_speaker(lpos, rpos, weights_l, weights_r, norms_r, {(c[1], c[2]) for c, _ in kept})]
    best = _best_counterparts(scored, lpos, rpos) if EVIDENCE_NOT_BEST else {}
    links = []
    for (score, i, j, shared), origin in kept:
        a, b = lpos[i], rpos[j]
        evidence = _evidence(shared, weights_l[i], weights_r[j], vocab) if EVIDENCE_MIN or EVIDENCE_NOT_BEST else 0.0
        reason = "" if origin == "same" else _narrow(a, b, evidence, best.get((i, j), 0))
        if reason:
            trace.note("pruned", a, b, score, reason)
            continue
        link = _make_link(left[i], right[j], score, shared)
        trace.note("linked", link.left, link.right, link.score, link.relation)
        links.append(link)
    links.sort(key=lambda lk: (lk.left.start, lk.right.start))
    return links


def _gate(a: Position, b: Position, score: float, left_authors, right_authors) -> str:
    """Why the pair is no candidate ("" when it may be one: then it needs enough shared words,
    ``_enough``, which is tested last because it costs the most)."""
    if score < MIN_SCORE:
        return "score"
    if not a.takes_position or not b.takes_position:
        return "no position"
    if (a.speaker.key != AUTHORS_KEY and a.speaker.key in right_authors) or (
        b.speaker.key != AUTHORS_KEY and b.speaker.key in left_authors
    ):
        return "an author quoted"  # a quote of the other text's signers restates that text
    if OWN_STANCE_GATE and not (_own_stance(a) or _own_stance(b)):
        return "no stance of its own"
    return ""


def _select(candidates, left: list[Position], right: list[Position]):
    """The candidates a reader would mark: per pair of speakers, the best pairs of passages."""
    best: dict[tuple[str, str], float] = defaultdict(float)
    for score, i, j, _ in candidates:
        key = (left[i].speaker.key, right[j].speaker.key)
        best[key] = max(best[key], score)
    identical_l = {i for score, i, j, _ in candidates if score == 1.0 and identical(left[i], right[j])}
    identical_r = {j for score, i, j, _ in candidates if score == 1.0 and identical(left[i], right[j])}
    count_l: dict[tuple[int, str], int] = defaultdict(int)
    count_r: dict[tuple[int, str], int] = defaultdict(int)
    kept = []
    for cand in sorted(candidates, key=_ordered(left, right)):
        score, i, j, _ = cand
        a, b = left[i], right[j]
        if (i in identical_l or j in identical_r) and not (score == 1.0 and identical(a, b)):
            trace.note("pruned", a, b, score, "the same passage is on the other side")
            continue
        if score < SPEAKER_RATIO * best[(a.speaker.key, b.speaker.key)]:
            trace.note("pruned", a, b, score, "weaker than the speakers' best pair")
            continue
        if count_l[(i, b.speaker.key)] >= UNIT_PARTNERS or count_r[(j, a.speaker.key)] >= UNIT_PARTNERS:
            trace.note("pruned", a, b, score, "enough partners of that speaker")
            continue
        count_l[(i, b.speaker.key)] += 1
        count_r[(j, a.speaker.key)] += 1
        kept.append(cand)
    return kept


def _cover(weak, kept, left, right):
    """Passages with a stance that met nothing, on either side: each takes its best partner
    among the other text's passages with a stance (the same rule read from both texts)."""
    linked_l = {i for _, i, _, _ in kept}
    linked_r = {j for _, _, j, _ in kept}
    order = sorted(weak, key=_ordered(left, right))
    best_l: dict[int, tuple] = {}
    best_r: dict[int, tuple] = {}
    for cand in order:
        _, i, j, _ = cand
        best_l.setdefault(i, cand)
        best_r.setdefault(j, cand)
    out = {}
    for cand in best_l.values():  # a left passage's best partner ...
        if cand[1] not in linked_l or (COVER_EITHER and cand[2] not in linked_r):
            out[(cand[1], cand[2])] = cand  # ... when it met nothing (or, COVER_EITHER, the partner did not)
    for cand in best_r.values():  # the same, read from the right
        if cand[2] not in linked_r or (COVER_EITHER and cand[1] not in linked_l):
            out[(cand[1], cand[2])] = cand
    return [out[k] for k in sorted(out)]


def _same_speaker(left, right, weights_l, weights_r, norms_r, done):
    """The same person quoted in both texts holds the same positions: each of their passages
    meets their closest passage in the other text (whatever words the two reporters chose)."""
    by_key_l: dict[str, list[int]] = defaultdict(list)
    by_key_r: dict[str, list[int]] = defaultdict(list)
    for i, pos in enumerate(left):
        if pos.speaker.key not in (AUTHORS_KEY, TEXT_KEY) and pos.takes_position:
            by_key_l[pos.speaker.key].append(i)
    for j, pos in enumerate(right):
        if pos.speaker.key not in (AUTHORS_KEY, TEXT_KEY) and pos.takes_position:
            by_key_r[pos.speaker.key].append(j)
    found = {}
    for key in sorted(by_key_l.keys() & by_key_r.keys()):
        if len(by_key_l[key]) * len(by_key_r[key]) > SAME_SPEAKER_PAIRS:
            continue  # someone quoted all through two long texts: their words meet through the index
        scores = {}
        for i in by_key_l[key]:
            norm_l = math.sqrt(sum(w * w for w in weights_l[i].values())) or 1.0
            for j in by_key_r[key]:
                dot = sum(w * weights_r[j].get(f, 0.0) for f, w in weights_l[i].items())
                scores[(i, j)] = quantized(dot / (norm_l * norms_r[j]))

        order_l = {i: n for n, i in enumerate(by_key_l[key])}
        order_r = {j: n for n, j in enumerate(by_key_r[key])}

        def rank(ij):  # the best score; on a tie the pair nearest in the two texts' order
            i, j = ij
            return (-scores[ij], abs(order_l[i] - order_r[j]), pair_key(left[i], right[j]))

        for i in by_key_l[key]:
            ij = min(((i, j) for j in by_key_r[key]), key=rank)
            found[ij] = scores[ij]
        for j in by_key_r[key]:
            ij = min(((i, j) for i in by_key_l[key]), key=rank)
            found[ij] = scores[ij]
    return [(score, i, j, _shared(weights_l[i], weights_r[j])) for (i, j), score in sorted(found.items())
            if (i, j) not in done]


def _narrow(a: Position, b: Position, evidence: float, best: int) -> str:
    """Why a proposed pair is no link after all ("" when it is one): links are precision first.
    A speaker the text only mentions ("terrorgruppen IS" in a neutral sentence) holds no
    position to meet; the shared words must say enough (their rarity summed); a pair that is
    not each passage's best counterpart among the other speaker's passages needs more."""
    if MENTIONED_GATE and (_mentioned(a) or _mentioned(b)):
        return "a speaker only mentioned"
    if EVIDENCE_MIN and evidence < EVIDENCE_MIN:
        return "too little evidence"
    if EVIDENCE_NOT_BEST and best < 2 and evidence < EVIDENCE_NOT_BEST:
        return "not the best counterpart, too little evidence"
    return ""


def _best_counterparts(scored, left, right) -> dict[tuple[int, int], int]:
    """For each scored pair: 2 when each passage is the other's best among that speaker's
    passages, 1 when one of them is, 0 else (ties: the same for either order)."""
    best_l: dict[tuple[int, str], tuple[float, tuple[int, int]]] = {}
    best_r: dict[tuple[int, str], tuple[float, tuple[int, int]]] = {}

    def better(score: float, ij: tuple[int, int], held: tuple[float, tuple[int, int]] | None) -> bool:
        if held is None or score != held[0]:
            return held is None or score > held[0]
        (i, j), (hi, hj) = ij, held[1]  # a tie: the same choice whichever text is on the left
        return pair_key(left[i], right[j]) < pair_key(left[hi], right[hj])

    for (i, j), score in scored.items():
        kl, kr = (i, right[j].speaker.key), (j, left[i].speaker.key)
        if better(score, (i, j), best_l.get(kl)):
            best_l[kl] = (score, (i, j))
        if better(score, (i, j), best_r.get(kr)):
            best_r[kr] = (score, (i, j))
    out: dict[tuple[int, int], int] = defaultdict(int)
    for _, ij in best_l.values():
        out[ij] += 1
    for _, ij in best_r.values():
        out[ij] += 1
    return out


def _evidence(shared, fl: dict[str, float], fr: dict[str, float], vocab: Vocabulary) -> float:
    """How much the shared words say the two are about one question: per different word (a
    lemma, its synonym set and a name count once) the weight it has on both sides (its rarity
    in the language times its rarity in the two texts), summed."""
    by_group: dict[str, float] = {}
    for f in shared:
        g = next(iter(_groups((f,), vocab)))
        by_group[g] = max(by_group.get(g, 0.0), min(fl[f], fr[f]))
    return quantized(sum(by_group.values()))


def quantized(score: float) -> float:
    """A score rounded far below any threshold: the same pair scored from either side (its sums
    taken in another order) gets the very same number, so ties break the same way."""
    return round(score, 9)


def _side_key(pos: Position) -> tuple:
    return (pos.start, pos.end, pos.speaker.key, pos.text)


def _ordered(left: list[Position], right: list[Position]):
    """The sort key of candidates (score, i, j, ...): best first, ties by ``pair_key``, each
    position's key computed once."""
    kl: dict[int, tuple] = {}
    kr: dict[int, tuple] = {}

    def key(c) -> tuple:
        i, j = c[1], c[2]
        ka = kl.get(i) or kl.setdefault(i, _side_key(left[i]))
        kb = kr.get(j) or kr.setdefault(j, _side_key(right[j]))
        return (-c[0], (ka, kb) if ka <= kb else (kb, ka))

    return key


def pair_key(a: Position, b: Position) -> tuple:
    """A tie-break for a pair of positions that does not depend on which text is on the left."""
    ka, kb = _side_key(a), _side_key(b)
    return (ka, kb) if ka <= kb else (kb, ka)


def _weighted(left: list[Position], right: list[Position]) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """Feature weights times how rare the feature is among the two texts' passages."""
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
        weighted.append(
            {f: w * (0.3 + 0.7 * math.log((n + 1) / df[f]) / log_n) ** IDF_POWER for f, w in feats.items()}
        )
    return weighted[: len(left)], weighted[len(left) :]


def _author_keys(positions: list[Position]) -> set[str]:
    """Actor keys of a side's signers (a quote of them on the other side restates that side)."""
    keys: set[str] = set()
    for pos in positions:
        if pos.speaker.key == AUTHORS_KEY:
            keys.update(" ".join(m.casefold().split()) for m in pos.speaker.members)
    return keys


def _mentioned(pos: Position) -> bool:
    """A speaker the text only mentions: no quote of theirs, no stance of their own words."""
    return pos.speaker.key not in (AUTHORS_KEY, TEXT_KEY) and not (pos.quoted or pos.direct) and not _own_stance(pos)


def _own_stance(pos: Position) -> bool:
    """A polarity, cue or call for more of its own words, not one inherited from its passage."""
    return bool((pos.polarity and not pos.inherited) or pos.cue is not None or pos.need_more)


def _shared(fl: dict[str, float], fr: dict[str, float]) -> tuple[str, ...]:
    common = [f for f in fl if f in fr]
    common.sort(key=lambda f: (-(fl[f] * fr[f]), f))
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
    """Two different shared words; or one rare word shared by two polar passages; saying on
    both sides that more must be done is enough alone."""
    if NEED_MORE in shared:
        return True
    groups = _groups(tuple(f for f in shared if min(fl[f], fr[f]) >= GROUP_FLOOR), vocab)
    if len(groups) >= MIN_SHARED:
        return True
    return bool(shared) and a.polarity != 0 and b.polarity != 0 and fl[shared[0]] * fr[shared[0]] >= STRONG_WORD


def _make_link(left: Passage, right: Passage, score: float, shared: tuple[str, ...]) -> Link:
    a, b = left.position, right.position
    if a.speaker.key == b.speaker.key and a.speaker.key not in (AUTHORS_KEY, TEXT_KEY):
        shown = ", ".join(display_terms(shared, 3))
        return Link(a, b, "agree", round(min(1.0, score), 3),
                    f"shared: {shown}; {a.speaker.name} in both texts" if shown else f"{a.speaker.name} in both texts",
                    display_terms(shared, 4))
    relation, why = relation_of(a, b, shared)
    aimed = [p for p in left.statements if p.cue is not None and aimed_at(p, b)]
    aimed += [p for p in right.statements if p.cue is not None and aimed_at(p, a)]
    closest = closest_statements(left.statements, right.statements)
    if aimed:
        pos = first_cue(aimed)
        relation, why = pos.cue.relation, f"{pos.speaker.name}: “{pos.cue.text}”"
    elif closest is not None and not identical(a, b):
        relation, why = relation_of(closest[0], closest[1], shared)
    terms = display_terms(shared, 4)
    shown = ", ".join(terms[:3])
    return Link(a, b, relation, round(min(1.0, score), 3), f"shared: {shown}; {why}", terms)


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
