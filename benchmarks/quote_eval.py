"""Quote finding and attribution measured on held-out news texts the engine was not written against.

The gold sets (benchmarks/data/quote_eval_sv.jsonl, quote_eval_en.jsonl) list, per text, every
quote by paragraph (index of the non-empty line, title included), kind and speaker. Each found
quote belongs to the paragraph holding its start. Within one (paragraph, kind) the gold gives
one entry per distinct speaker and the engine's quotes count once per distinct speaker, so a
quote split in two around its cue is not a false alarm. Scores:

- precision / recall / F1 of (paragraph, kind) pairs;
- attribution: share of gold quotes found (right paragraph and kind) with the right speaker.
  A gold speaker of null is right only when the engine names no speaker. Names match when equal
  after casefolding (a leading English "the" aside), or when one is the other's surname
  ("Johansson" / "Emil Johansson"); the actor's aliases are tried too.

Annotation rules of the gold: `direct` = words in dashes or quotation marks, or a paragraph
ending ", säger X." whose dash was lost; a reported clause carrying quoted words ("kallar
förslaget ”ett slag i luften”") is one direct quote. `indirect` = reported speech ("enligt X",
"X menar att", "X said that"). `author` = the signers' own voice in opinion pieces, credited to
the first author, for every body paragraph that says more than someone else's quote (the engine
gives every co-signer the passage; those count as one quote, right when the gold signer is among
them). Titles,
sub-headings, signature lines, interview questions and narration are not quotes (a question
that itself reports speech, "Kritiker menar att …?", is). Book and film titles in quotation
marks are not quotes.

    python benchmarks/quote_eval.py [--split dev|test|all] [--language sv|en|all] [--errors]

Improve the engine on dev only; run test only to report.
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.analysis import Actor, Analysis, analyze  # noqa: E402
from desktop_app.core.document import split_paragraphs  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
LANGUAGES = ("sv", "en")

Key = tuple[int, str]  # (paragraph, kind)


@dataclass
class Found:
    """One speaker of one kind in one paragraph, as the engine reports it."""

    speaker: str | None  # canonical name, None when the engine names nobody
    names: tuple[str, ...]  # canonical name and aliases, for matching


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    hit: int = 0
    attributed: int = 0
    misses: list[tuple[Key, str | None]] = field(default_factory=list)
    false_alarms: list[tuple[Key, str | None]] = field(default_factory=list)
    wrong_speaker: list[tuple[Key, str | None, str | None]] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.found += other.found
        self.hit += other.hit
        self.attributed += other.attributed

    @property
    def precision(self) -> float:
        return self.hit / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.hit / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def attribution(self) -> float:
        return self.attributed / self.gold if self.gold else 1.0


def load(language: str, split: str) -> list[dict]:
    items: list[dict] = []
    for lang in LANGUAGES if language == "all" else (language,):
        path = DATA / f"quote_eval_{lang}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if split == "all" or item["split"] == split:
                    items.append(item)
    return items


def _words(name: str) -> list[str]:
    words = name.casefold().replace("\u2019", "'").split()
    return words[1:] if len(words) > 1 and words[0] == "the" else words


def same_speaker(gold: str | None, found: Found) -> bool:
    """Equal after casefolding, or a surname against the full name it belongs to."""
    if gold is None or found.speaker is None:
        return gold is None and found.speaker is None
    g = _words(gold)
    for name in found.names:
        f = _words(name)
        if not f:
            continue
        if f == g or (len(f) == 1 and f[0] == g[-1]) or (len(g) == 1 and g[0] == f[-1]):
            return True
    return False


def found_quotes(text: str, analysis: Analysis) -> dict[Key, list[Found]]:
    """The engine's quotes by (paragraph of their start, kind), one entry per distinct speaker."""
    starts = [p.start for p in split_paragraphs(text)]
    actors: dict[str, Actor] = analysis.actors_by_id()
    out: dict[Key, list[Found]] = defaultdict(list)
    for quote in analysis.quotes:
        para = bisect_right(starts, quote.start) - 1
        if para < 0:
            continue
        actor = actors.get(quote.speaker) if quote.speaker else None
        found = Found(None, ()) if actor is None else Found(actor.name, (actor.name, *actor.aliases))
        entries = out[(para, quote.kind)]
        if quote.kind == "author" and entries and found.speaker is not None:
            # Every co-signer speaks the same passage: one quote, right if the gold signer is
            # among its speakers.
            first = entries[0]
            if found.names[0] not in first.names:
                entries[0] = Found(first.speaker, (*first.names, *found.names))
        elif all(e.speaker != found.speaker for e in entries):
            entries.append(found)
    return out


def score_item(item: dict) -> Score:
    analysis = analyze(
        item["text"],
        language=item["language"],
        genre=item["genre"],
        authors=list(item.get("authors", [])),
        title=item.get("title"),
    )
    found = found_quotes(item["text"], analysis)
    gold: dict[Key, list[str | None]] = defaultdict(list)
    for q in item["quotes"]:
        gold[(q["paragraph"], q["kind"])].append(q["speaker"])
    score = Score(gold=sum(len(v) for v in gold.values()), found=sum(len(v) for v in found.values()))
    for key in sorted(set(gold) | set(found)):
        pool = list(found.get(key, []))
        unmatched: list[str | None] = []
        for speaker in gold.get(key, []):  # the right speakers first
            match = next((f for f in pool if same_speaker(speaker, f)), None)
            if match is None:
                unmatched.append(speaker)
            else:
                pool.remove(match)
                score.attributed += 1
        score.hit += min(len(gold.get(key, [])), len(found.get(key, [])))
        for speaker, other in zip(unmatched, pool):  # found there, but given to someone else
            score.wrong_speaker.append((key, speaker, other.speaker))
        score.misses.extend((key, s) for s in unmatched[len(pool) :])
        score.false_alarms.extend((key, f.speaker) for f in pool[len(unmatched) :])
    return score


def _paragraph(item: dict, index: int, width: int = 220) -> str:
    lines = [line.strip() for line in item["text"].split("\n") if line.strip()]
    text = lines[index] if 0 <= index < len(lines) else ""
    return text if len(text) <= width else text[: width - 1] + "…"


def print_errors(item: dict, score: Score) -> None:
    rows: list[tuple[int, str]] = []
    for (para, kind), speaker in score.misses:
        rows.append((para, f"MISS   {kind:<8} gold={speaker}"))
    for (para, kind), speaker in score.false_alarms:
        rows.append((para, f"FALSE  {kind:<8} found={speaker}"))
    for (para, kind), gold, found in score.wrong_speaker:
        rows.append((para, f"WHO    {kind:<8} gold={gold} found={found}"))
    if not rows:
        return
    print(f"--- {item['id']} ({item['genre']}, {item.get('outlet', '')})")
    for para, label in sorted(rows):
        print(f"  [{para}] {label}\n        {_paragraph(item, para)}")


def _row(label: str, s: Score) -> str:
    return (
        f"{label:<16}{s.gold:>5}{s.found:>6}{s.hit:>5}"
        f"{s.precision:>7.2f}{s.recall:>6.2f}{s.f1:>6.2f}{s.attribution:>7.2f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--language", choices=("sv", "en", "all"), default="all")
    parser.add_argument(
        "--errors", action="store_true", help="print every miss, false alarm and wrong speaker"
    )
    args = parser.parse_args(argv)

    items = load(args.language, args.split)
    if not items:
        print("no items")
        return 1
    header = f"{'item':<16}{'gold':>5}{'found':>6}{'hit':>5}{'P':>7}{'R':>6}{'F1':>6}{'attr':>7}"
    print(header)
    totals: dict[str, Score] = defaultdict(Score)
    for item in items:
        score = score_item(item)
        print(_row(f"{item['id']} {item['genre'][:5]}", score))
        for group in ("all", item["language"], f"{item['language']} {item['genre']}"):
            totals[group].add(score)
        if args.errors:
            print_errors(item, score)
    print("-" * len(header))
    for group in sorted(totals, key=lambda g: (g == "all", g[:2], len(g), g)):
        print(_row(group, totals[group]))
    print(f"split={args.split}  attr = gold quotes found with the right speaker / all gold quotes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
