"""Speed of ``compare_viewpoints``: the engine only, on analyses computed beforehand.

Two Swedish pairs are built from the texts of benchmarks/viewpoint_pairs (fixed seed, so every run
compares the same texts): about 1,000 words a side (paragraphs of the pairs' texts in turn) and
about 100,000 words a side (paragraphs drawn at random with a fifth of their words swapped for
other words of the same texts, so that no two paragraphs are alike). The analyses are computed
once, before timing; the figures are the medians of repeated ``compare_viewpoints`` calls in this
process (word lists, lemmas and frequencies already loaded). The one-off cost of loading
simplemma's and wordfreq's data is measured in fresh interpreters.

Targets (issue 9): 1,000 words a side in <= 50 ms, 100,000 words a side in <= 5 s.

    python benchmarks/viewpoint_speed.py [--big-words N] [--runs N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.core.analysis import analyze_document  # noqa: E402
from desktop_app.core.compare import DocumentView  # noqa: E402
from desktop_app.core.document import Document, Metadata, content_sha256, count_words  # noqa: E402
from desktop_app.core.viewpoints import compare_viewpoints  # noqa: E402

PAIRS = Path(__file__).resolve().parent / "viewpoint_pairs"
SEED = 9


def swedish_paragraphs(side: str) -> list[str]:
    paras = []
    for folder in sorted(PAIRS.glob("*/sv_*")):
        text = (folder / f"{side}.txt").read_text(encoding="utf-8")
        paras.extend(line.strip() for line in text.splitlines() if line.strip())
    return paras


def build_text(paragraphs: list[str], words: int, rng: random.Random | None) -> str:
    """Paragraphs in turn (rng None) or drawn at random and varied, until ``words`` words."""
    vocabulary = [w for p in paragraphs for w in p.split() if w.isalpha() and len(w) > 3]
    out: list[str] = []
    total = 0
    i = 0
    while total < words:
        if rng is None:
            para = paragraphs[i % len(paragraphs)]
        else:
            tokens = rng.choice(paragraphs).split()
            para = " ".join(rng.choice(vocabulary) if t.isalpha() and len(t) > 3 and rng.random() < 0.2 else t
                            for t in tokens)
        out.append(para)
        total += len(para.split())
        i += 1
    return "\n\n".join(out)


def view_of(text: str, title: str) -> DocumentView:
    doc = Document(None, text, Metadata(title=title, language="sv", genre="news"), title, content_sha256(text))
    return DocumentView(doc, analyze_document(doc))


def timed(left: DocumentView, right: DocumentView, runs: int) -> tuple[float, float, float, int]:
    """Median wall time, max wall time, median CPU time of this process, links found."""
    times, cpu = [], []
    links = 0
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        result = compare_viewpoints(left, right)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        links = len(result.links)
    return statistics.median(times), max(times), statistics.median(cpu), links


def load_cost(code: str) -> float:
    """Seconds a fresh interpreter needs for ``code`` (minus the interpreter's own start)."""
    def run(snippet: str) -> float:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", snippet], check=True, cwd=ROOT)
        return time.perf_counter() - t0

    base = statistics.median(run("pass") for _ in range(3))
    return statistics.median(run(code) for _ in range(3)) - base


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--big-words", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15, help="runs of the small pair (the big one: 3)")
    args = parser.parse_args(argv)
    print("compare_viewpoints speed (engine only: analyses computed before timing; medians)")
    print("note: the machine may be shared; wall times grow when other jobs run, CPU time (this process")
    print("only) is what the engine costs on an idle core\n")
    for label, code in (
        ("simplemma Swedish", "import simplemma; simplemma.lemmatize('insatserna', lang='sv')"),
        ("simplemma English", "import simplemma; simplemma.lemmatize('efforts', lang='en')"),
        ("wordfreq Swedish", "import wordfreq; wordfreq.get_frequency_dict('sv', wordlist='best')"),
        ("wordfreq English", "import wordfreq; wordfreq.get_frequency_dict('en', wordlist='best')"),
    ):
        print(f"one-off load, {label:18} {load_cost(code) * 1000:7.0f} ms")
    left_p, right_p = swedish_paragraphs("left"), swedish_paragraphs("right")
    rng = random.Random(SEED)
    small = (build_text(left_p, 1000, None), build_text(right_p, 1000, None))
    big = (build_text(left_p, args.big_words, rng), build_text(right_p, args.big_words, rng))
    for label, (lt, rt), runs, target in (("1,000 words", small, args.runs, 0.05),
                                          (f"{args.big_words:,} words", big, 3, 5.0)):
        t0 = time.perf_counter()
        left, right = view_of(lt, "left"), view_of(rt, "right")
        analysis_s = time.perf_counter() - t0
        compare_viewpoints(left, right)  # first call: lemmas of these texts enter the caches
        median, worst, cpu, links = timed(left, right, runs)
        positions = len(left.analysis.quotes) + len(left.analysis.claims)
        print(f"\n{label} a side ({count_words(lt):,} / {count_words(rt):,} words; "
              f"{positions:,} quotes+claims on the left; analyses took {analysis_s:.1f} s, not counted)")
        verdict = "ok" if median <= target else "OVER TARGET"
        print(f"   compare_viewpoints median {median * 1000:8.1f} ms wall, {cpu * 1000:8.1f} ms CPU  "
              f"(max {worst * 1000:.1f} ms wall, {runs} runs, {links} links)  "
              f"target {target * 1000:.0f} ms: {verdict} (wall)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
