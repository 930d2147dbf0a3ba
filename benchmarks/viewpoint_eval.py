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
"""

from __future__ import annotations

import argparse
import json
import math
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
from desktop_app.core.viewpoints import compare_viewpoints  # noqa: E402

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


def file_view(path: Path) -> DocumentView:
    imported = import_file(path)
    doc = Document(None, imported.text, imported.metadata, path.name, content_sha256(imported.text),
                   format=imported.format)
    return DocumentView(doc, analyze_document(doc))


def paragraphs_of(text: str, start: int, end: int) -> list[int]:
    return [p.index for p in split_paragraphs(text) if p.start < max(end, start + 1) and start < p.end]


def engine_links(left: DocumentView, right: DocumentView) -> list[tuple[list[int], list[int], str]]:
    comparison = compare_viewpoints(left, right)
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
    args = parser.parse_args(argv)
    cases = [c for c in load_cases(args.split) if args.pair in (None, c.name)]
    totals: dict[str, tuple[Score, Score]] = {}
    print("Viewpoint links: engine vs bag-of-words baseline (analyses from the current engine)\n")
    for case in cases:
        left, right = file_view(case.left), file_view(case.right)
        mine, false_pairs, items = score(case.gold, engine_links(left, right))
        base, _, _ = score(case.gold, baseline_links(left, right))
        engine_total, base_total = totals.setdefault(case.split, (Score(), Score()))
        engine_total.add(mine)
        base_total.add(base)
        print(f"[{case.split}] {case.name}")
        print(f"   engine   {mine.row()}")
        print(f"   baseline {base.row()}")
        if args.errors:
            _print_errors(case, false_pairs, items)
    print("\nTotals per split (micro: counts added over pairs)")
    for split in SPLITS:
        if split in totals:
            engine_total, base_total = totals[split]
            print(f"[{split}]")
            print(f"   engine   {engine_total.row()}")
            print(f"   baseline {base_total.row()}")
    return 0


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
