"""Viewpoint links measured against hand-marked gold, beside a bag-of-words baseline, in one run.

Scoring is the one of /work/shared/eval/viewpoints/README.md (copied: viewpoint_pairs/seeds_pair.json
is the worked example for the two seed texts). Paragraphs are the non-empty lines of the text as
imported, counted from 0. A predicted link covers every (left paragraph, right paragraph) pair its
two spans overlap; the set of distinct covered pairs is scored:

- link recall: share of gold links with at least one covered pair inside them;
- pair precision: share of covered pairs that lie inside some gold link (any relation);
- relation accuracy: over covered (pair, relation) items whose pair lies inside a gold ``agree`` or
  ``disagree`` link, the share whose relation is that of such a link;
- link F1: harmonic mean of link recall and pair precision.

Split totals add up the counts of their pairs (micro averages). The baseline links every paragraph
pair whose bag-of-words cosine (case-folded words, function words kept) is at least 0.25, and calls
it ``disagree`` when exactly one of the two paragraphs holds a negation, else ``agree``.

Analyses come from the current engine on each file imported as ``compare`` would import it
(``import_file`` -> ``Document`` -> ``analyze_document``). Develop on dev; run test only to report.
``test2`` is a second held-out set, written by another author who never read the engine's code
(viewpoint_pairs/test2_README.md says how): never develop on it either.

    python benchmarks/viewpoint_eval.py [--split seeds|dev|test|test2|all] [--pair NAME] [--errors]
                                        [--explain] [--check] [--cache DIR]

``--explain`` (dev and seeds only) sorts every missed gold link, false pair and wrong relation by
its cause, from the engine's record of its decisions (desktop_app/core/viewpoints/trace.py):
(a) the analysis gives no position there, (b) never proposed (no shared word, a score under the
bar), (c) proposed but stopped by a gate or pruned, (d) linked with the wrong relation; and the
false pairs by whether both paragraphs hold gold positions (on other questions) or not.
``--check`` validates the gold files (indices, speakers, relations, lengths) and exits.
``--cache DIR`` keeps the analyses between runs (keyed by the text and the analysis engine's code).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import pickle
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.core.analysis import analyze_document  # noqa: E402
from desktop_app.core.compare import DocumentView  # noqa: E402
from desktop_app.core.document import Document, content_sha256, split_paragraphs  # noqa: E402
from desktop_app.core.importers import import_file  # noqa: E402
from desktop_app.core.viewpoints import Link, ViewpointComparison, compare_viewpoints, trace  # noqa: E402

PAIRS = Path(__file__).resolve().parent / "viewpoint_pairs"
SPLITS = ("seeds", "dev", "test", "test2")
BASELINE_THRESHOLD = 0.25
_WORD = re.compile(r"\w+", re.UNICODE)
_NEGATIONS = frozenset("inte ej aldrig ingen inget inga ingenting not no never nothing none nobody".split())

Pair = tuple[int, int]


@dataclass
class GoldLink:
    left: frozenset[int]
    right: frozenset[int]
    relation: str
    question: str
    left_speaker: str
    right_speaker: str


@dataclass
class Case:
    name: str
    split: str
    left: Path
    right: Path
    gold: list[GoldLink]


@dataclass
class Score:
    gold: int = 0
    recalled: int = 0
    pairs: int = 0
    pairs_in_gold: int = 0
    rel_items: int = 0
    rel_right: int = 0

    def add(self, other: Score) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.pairs_in_gold / self.pairs if self.pairs else 0.0

    @property
    def f1(self) -> float:
        r, p = self.recall, self.precision
        return 2 * r * p / (r + p) if r + p else 0.0

    @property
    def relation_accuracy(self) -> float:
        return self.rel_right / self.rel_items if self.rel_items else 0.0

    def row(self) -> str:
        rel = f"{self.relation_accuracy:5.2f}" if self.rel_items else "   - "
        return (
            f"recall {self.recall:4.2f} ({self.recalled}/{self.gold})  precision {self.precision:4.2f} "
            f"({self.pairs_in_gold}/{self.pairs})  F1 {self.f1:4.2f}  relation {rel} ({self.rel_right}/{self.rel_items})"
        )


def load_cases(split: str) -> list[Case]:
    cases = []
    if split in ("seeds", "all"):
        data = json.loads((PAIRS / "seeds_pair.json").read_text(encoding="utf-8"))
        seeds = ROOT / "seeds"
        cases.append(Case("seeds", "seeds", seeds / f"{data['left']}.txt", seeds / f"{data['right']}.txt", _gold(data)))
    for name in ("dev", "test", "test2"):
        if split not in (name, "all"):
            continue
        for folder in sorted((PAIRS / name).iterdir()):
            if folder.is_dir():
                data = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
                cases.append(Case(folder.name, name, folder / "left.txt", folder / "right.txt", _gold(data)))
    return cases


def _gold(data: dict) -> list[GoldLink]:
    return [
        GoldLink(frozenset(g["left"]), frozenset(g["right"]), g["relation"], g.get("question", ""),
                 g.get("left_speaker", ""), g.get("right_speaker", ""))
        for g in data["links"]
    ]


def file_view(path: Path, cache: Path | None = None) -> DocumentView:
    key = None
    if cache is not None:
        key = cache / f"{hashlib.sha1(path.read_bytes() + _analysis_code_hash()).hexdigest()}.pickle"
        if key.exists():
            return pickle.loads(key.read_bytes())
    imported = import_file(path)
    doc = Document(None, imported.text, imported.metadata, path.name, content_sha256(imported.text),
                   format=imported.format)
    found = DocumentView(doc, analyze_document(doc))
    if key is not None:
        cache.mkdir(parents=True, exist_ok=True)
        key.write_bytes(pickle.dumps(found))
    return found


_CODE_HASH: list[bytes] = []


def _analysis_code_hash() -> bytes:
    """A digest of the analysis engine's and importers' code: a cached analysis of old code is stale."""
    if not _CODE_HASH:
        digest = hashlib.sha1()
        core = ROOT / "desktop_app" / "core"
        for folder in (core / "analysis", core / "importers"):
            for path in sorted(folder.rglob("*.py")):
                digest.update(path.read_bytes())
        for path in sorted((ROOT / "resources").rglob("*.txt")):
            if not path.name.startswith("viewpoint_"):
                digest.update(path.read_bytes())
        _CODE_HASH.append(digest.digest())
    return _CODE_HASH[0]


def paragraphs_of(text: str, start: int, end: int) -> list[int]:
    return [p.index for p in split_paragraphs(text) if p.start < max(end, start + 1) and start < p.end]


def engine_links(left: DocumentView, right: DocumentView) -> list[tuple[list[int], list[int], str]]:
    return link_paragraphs(compare_viewpoints(left, right), left, right)


def link_paragraphs(comparison: ViewpointComparison, left: DocumentView, right: DocumentView):
    return [
        (paragraphs_of(left.document.text, lk.left.start, lk.left.end),
         paragraphs_of(right.document.text, lk.right.start, lk.right.end), lk.relation)
        for lk in comparison.links
    ]


def baseline_links(left: DocumentView, right: DocumentView) -> list[tuple[list[int], list[int], str]]:
    def bags(text: str) -> list[Counter[str]]:
        return [Counter(w.casefold() for w in _WORD.findall(text[p.start : p.end])) for p in split_paragraphs(text)]

    lb, rb = bags(left.document.text), bags(right.document.text)
    out = []
    for i, a in enumerate(lb):
        for j, b in enumerate(rb):
            dot = sum(v * b[k] for k, v in a.items() if k in b)
            norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
            if norm and dot / norm >= BASELINE_THRESHOLD:
                neg_a, neg_b = bool(_NEGATIONS & a.keys()), bool(_NEGATIONS & b.keys())
                out.append(([i], [j], "disagree" if neg_a != neg_b else "agree"))
    return out


def score(gold: list[GoldLink], predicted: list[tuple[list[int], list[int], str]]) -> tuple[Score, set, set]:
    pairs: set[Pair] = set()
    items: set[tuple[Pair, str]] = set()
    for lefts, rights, relation in predicted:
        for i in lefts:
            for j in rights:
                pairs.add((i, j))
                items.add(((i, j), relation))
    s = Score(gold=len(gold), pairs=len(pairs))
    s.recalled = sum(1 for g in gold if any(i in g.left and j in g.right for i, j in pairs))
    inside = {p for p in pairs if any(p[0] in g.left and p[1] in g.right for g in gold)}
    s.pairs_in_gold = len(inside)
    for pair, relation in items:
        polar = {g.relation for g in gold if g.relation != "related" and pair[0] in g.left and pair[1] in g.right}
        if polar:
            s.rel_items += 1
            s.rel_right += relation in polar
    return s, pairs - inside, items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS + ("all",), default="all")
    parser.add_argument("--pair", help="only the pair of this name")
    parser.add_argument("--errors", action="store_true", help="print false pairs and missed gold links")
    parser.add_argument("--explain", action="store_true", help="sort the errors by cause (dev, seeds)")
    parser.add_argument("--check", action="store_true", help="validate the gold files and exit")
    parser.add_argument("--cache", type=Path, help="keep the analyses in this folder between runs")
    args = parser.parse_args(argv)
    cases = [c for c in load_cases(args.split) if args.pair in (None, c.name)]
    if args.check:
        return check_cases(cases)
    if args.explain and any(c.split in ("test", "test2") for c in cases):
        parser.error("--explain is for dev and seeds only: the held-out errors are not to be looked at")
    totals: dict[str, tuple[Score, Score]] = {}
    causes: Counter[str] = Counter()
    print("Viewpoint links: engine vs bag-of-words baseline (analyses from the current engine)\n")
    for case in cases:
        left, right = file_view(case.left, args.cache), file_view(case.right, args.cache)
        with trace.recording() as events:
            comparison = compare_viewpoints(left, right)
        mine, false_pairs, items = score(case.gold, link_paragraphs(comparison, left, right))
        base, _, _ = score(case.gold, baseline_links(left, right))
        engine_total, base_total = totals.setdefault(case.split, (Score(), Score()))
        engine_total.add(mine)
        base_total.add(base)
        print(f"[{case.split}] {case.name}")
        print(f"   engine   {mine.row()}")
        print(f"   baseline {base.row()}")
        if args.errors:
            _print_errors(case, false_pairs, items)
        if args.explain:
            found = explain(case, comparison, events, left, right)
            for line in found:
                print(f"      {line}")
            causes.update(line.split(" | ")[0] for line in found)
    print("\nTotals per split (micro: counts added over pairs)")
    for split in SPLITS:
        if split in totals:
            engine_total, base_total = totals[split]
            print(f"[{split}]")
            print(f"   engine   {engine_total.row()}")
            print(f"   baseline {base_total.row()}")
    if args.explain:
        print("\nErrors by cause (missed gold links, false pairs, wrong relations)")
        for cause, n in sorted(causes.items()):
            print(f"   {n:4}  {cause}")
    return 0


def explain(case: Case, comparison: ViewpointComparison, events: list[trace.Event],
            left: DocumentView, right: DocumentView) -> list[str]:
    """One line per error: its cause, " | ", where it is."""
    texts = (left.document.text, right.document.text)

    def paras(pos, side: int) -> set[int]:
        return set(paragraphs_of(texts[side], pos.start, pos.end))

    def speakers_in(positions, idx: frozenset[int], side: int) -> set[str]:
        return {p.speaker.name for p in positions if p.takes_position and paras(p, side) & idx}

    lines = []
    predicted = link_paragraphs(comparison, left, right)
    covered = {(i, j) for lefts, rights, _ in predicted for i in lefts for j in rights}
    for g in case.gold:
        if any(i in g.left and j in g.right for i, j in covered):
            continue
        where = f"L{sorted(g.left)}xR{sorted(g.right)} {g.left_speaker} / {g.right_speaker}"
        got_l = speakers_in(comparison.left_positions, g.left, 0)
        got_r = speakers_in(comparison.right_positions, g.right, 1)
        if not got_l or not got_r:
            side = "left" if not got_l else "right"
            lines.append(f"missed (a) no position in the gold paragraphs ({side}) | {where}")
            continue
        note = ""
        if not _speaker_in(g.left_speaker, got_l) or not _speaker_in(g.right_speaker, got_r):
            note = f" [speakers found: {'/'.join(sorted(got_l))} | {'/'.join(sorted(got_r))}]"
        touching = [e for e in events if paras(e.left, 0) & g.left and paras(e.right, 1) & g.right]
        stages = {e.stage for e in touching}
        if "linked" in stages:
            cause = "missed (c) linked, then lost when merged"
        elif "pruned" in stages:
            detail = Counter(e.detail for e in touching if e.stage == "pruned").most_common(1)[0][0]
            cause = f"missed (c) pruned: {detail}"
        elif "rejected" in stages:
            detail = Counter(e.detail for e in touching if e.stage == "rejected").most_common(1)[0][0]
            cause = f"missed (c) gate: {detail}"
        elif "weak" in stages:
            cause = "missed (b) score under the bar"
        else:
            cause = "missed (b) no shared word"
        lines.append(f"{cause} | {where}{note}")
    gold_l = {i for g in case.gold for i in g.left}
    gold_r = {j for g in case.gold for j in g.right}
    for link, (lefts, rights, relation) in zip(comparison.links, predicted):
        for i in lefts:
            for j in rights:
                inside = [g for g in case.gold if i in g.left and j in g.right]
                if not inside:
                    if i in gold_l and j in gold_r:
                        cause = "false (f) both paragraphs hold gold positions, on other questions"
                    else:
                        cause = "false (f) a paragraph with no gold position"
                    lines.append(f"{cause} | ({i}, {j}) {link.left.speaker.name} / {link.right.speaker.name}"
                                 f" — {link.why}")
                    continue
                polar = {g.relation for g in inside if g.relation != "related"}
                if polar and relation not in polar:
                    lines.append(f"relation {_relation_cause(link)} | ({i}, {j}) {relation}, gold "
                                 f"{'/'.join(sorted(polar))} — {link.why}")
    return lines


def _speaker_in(name: str, found: set[str]) -> bool:
    name = name.casefold()
    return any(f.casefold() == name or f.casefold().split()[-1] == name.split()[-1] for f in found)


def _relation_cause(link: Link) -> str:
    why = link.why
    if link.relation == "related":
        return "(d) one side neutral, or no polarity toward the question"
    if "a reply to the other text" in why:
        return "(d) the reply rule"
    if "as on their other statements" in why or "camp" in why:
        return "(d) the speakers' other links"
    if ": “" in why:
        return "(d) a stance cue"
    return "(d) the statements' polarity"


def check_cases(cases: list[Case]) -> int:
    """Gold files against their texts: every index a non-empty line that is no title, a known
    relation, the speaker named in the text (or the authors / the text), 250-700 words a side."""
    bad = 0
    for case in cases:
        errors = []
        texts = {side: [p for p in path.read_text(encoding="utf-8").splitlines() if p.strip()]
                 for side, path in (("left", case.left), ("right", case.right))}
        if case.split != "seeds":
            for side, paras in texts.items():
                words = sum(len(p.split()) for p in paras)
                if not 250 <= words <= 700:
                    errors.append(f"{side}: {words} words")
        seen = set()
        for n, g in enumerate(case.gold):
            if g.relation not in ("agree", "disagree", "related"):
                errors.append(f"link {n}: relation {g.relation!r}")
            for side, idx, speaker in (("left", g.left, g.left_speaker), ("right", g.right, g.right_speaker)):
                paras = texts[side]
                if not idx or any(not 0 < i < len(paras) for i in idx):
                    errors.append(f"link {n} {side}: indices {sorted(idx)} not in 1..{len(paras) - 1}")
                if speaker not in ("the authors", "the text") and speaker not in "\n".join(paras):
                    errors.append(f"link {n} {side}: speaker {speaker!r} not in the text")
            key = (g.question, g.left, g.right)
            if key in seen:
                errors.append(f"link {n}: duplicate")
            seen.add(key)
        bad += bool(errors)
        print(f"[{case.split}] {case.name}: {'ok' if not errors else '; '.join(errors)}")
    return 1 if bad else 0


def _print_errors(case: Case, false_pairs: set[Pair], items: set) -> None:
    pairs = {p for p, _ in items}
    for g in case.gold:
        if not any(i in g.left and j in g.right for i, j in pairs):
            print(f"      MISSED  {sorted(g.left)}x{sorted(g.right)} {g.relation}: {g.question} "
                  f"({g.left_speaker} / {g.right_speaker})")
    for pair, relation in sorted(items):
        polar = {g.relation for g in case.gold if g.relation != "related" and pair[0] in g.left and pair[1] in g.right}
        if polar and relation not in polar:
            print(f"      RELATION {pair} predicted {relation}, gold {'/'.join(sorted(polar))}")
    for pair in sorted(false_pairs):
        print(f"      FALSE   {pair}")


if __name__ == "__main__":
    raise SystemExit(main())
