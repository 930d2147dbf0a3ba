"""Precision, recall and F1 of find_entities on the Swedish NER benchmark, plus its speed.

Speed: words per second over the whole split, then CPU seconds for 5 MB of the seed texts and
for each of the long inputs without sentences that once made a rule slow (tests/core/
entity_checks.py): the time of each should stay in proportion to its size.

Scoring follows /work/shared/eval/swedish-ner/README.md: each sentence's running text is rebuilt
from its tokens, find_entities runs on it, predicted character spans are mapped to the tokens they
cover, and an entity counts as correct only if its token span and type both match exactly. As in
the corpus, consecutive tokens of one type form one entity (on both sides); MISC is not scored.

    python benchmarks/ner_eval.py [--split train|test] [--errors N] [--corpus DIR] [--unknown-places]

Develop on train only; run test only to report.

``--unknown-places`` (train only) asks how the rules type places that no list knows, as a new
text's places will be: half of the one-word places the split tags LOC and the place lists name
(countries and regions aside; the half chosen by a hash of the name, so the same from run to
run) are taken out of the gazetteer, and the recall of LOC on their mentions is printed, with how
the missed ones were typed. Then the whole evaluation runs on the lists as they ship.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.analysis.entities.gazetteer import gazetteer, name_key, strip_genitive  # noqa: E402
from desktop_app.core.analysis.entities.recognizer import find_entities  # noqa: E402
from desktop_app.paths import SEEDS_DIR  # noqa: E402
from tests.core.entity_checks import PATHOLOGICAL  # noqa: E402

DEFAULT_CORPUS = Path("/work/shared/eval/swedish-ner")
TYPES = ("PER", "ORG", "LOC")
NO_SPACE_BEFORE = frozenset(",.:;!?)]}”»%")
NO_SPACE_AFTER = frozenset("([{“«")

Sentence = list[tuple[str, str]]
Entity = tuple[int, int, str]  # token range [i, j) and type


def read_corpus(path: Path) -> list[Sentence]:
    """Sentences as (token, tag) lists; tags PER/ORG/LOC/MISC or "0"."""
    sentences: list[Sentence] = []
    current: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if current:
                sentences.append(current)
                current = []
            continue
        if len(parts) < 2:
            continue  # a stray fragment line in the corpus
        current.append((" ".join(parts[:-1]), parts[-1]))
    if current:
        sentences.append(current)
    return sentences


def rebuild(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Running text from tokens, with the character span of every token."""
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    for k, token in enumerate(tokens):
        if k and token not in NO_SPACE_BEFORE and tokens[k - 1] not in NO_SPACE_AFTER:
            pieces.append(" ")
            pos += 1
        offsets.append((pos, pos + len(token)))
        pieces.append(token)
        pos += len(token)
    return "".join(pieces), offsets


def runs(tags: list[str]) -> set[Entity]:
    """Entities of one sentence from per-token types: consecutive equal types form one."""
    found: set[Entity] = set()
    i = 0
    while i < len(tags):
        tag = tags[i]
        if tag not in TYPES:
            i += 1
            continue
        j = i
        while j < len(tags) and tags[j] == tag:
            j += 1
        found.add((i, j, tag))
        i = j
    return found


def predict(text: str, offsets: list[tuple[int, int]]) -> set[Entity]:
    tags = ["0"] * len(offsets)
    for span in find_entities(text, "sv"):
        for k, (start, end) in enumerate(offsets):
            if start < span.end and end > span.start:
                tags[k] = span.kind
    return runs(tags)


def evaluate(sentences: list[Sentence], errors: int) -> None:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    samples: list[str] = []
    for sentence in sentences:
        tokens = [token for token, _ in sentence]
        text, offsets = rebuild(tokens)
        gold = runs([tag for _, tag in sentence])
        pred = predict(text, offsets)
        for i, j, kind in pred:
            if (i, j, kind) in gold:
                tp[kind] += 1
            else:
                fp[kind] += 1
                samples.append(f"FP {kind:3} {' '.join(tokens[i:j])!r:30} | {text}")
        for i, j, kind in gold - pred:
            fn[kind] += 1
            samples.append(f"FN {kind:3} {' '.join(tokens[i:j])!r:30} | {text}")
    print(f"\n{'type':6} {'prec':>6} {'rec':>6} {'F1':>6} {'gold':>6} {'pred':>6}")
    for kind in (*TYPES, "micro"):
        kinds = TYPES if kind == "micro" else (kind,)
        t = sum(tp[k] for k in kinds)
        p = t + sum(fp[k] for k in kinds)
        g = t + sum(fn[k] for k in kinds)
        prec = t / p if p else 0.0
        rec = t / g if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"{kind:6} {prec:6.3f} {rec:6.3f} {f1:6.3f} {g:6d} {p:6d}")
    if errors:
        random.Random(0).shuffle(samples)
        print()
        for line in sorted(samples[:errors]):
            print(line[:220])


def unknown_places(sentences: list[Sentence], errors: int) -> None:
    """LOC recall on the mentions of half of the split's listed one-word places, with those names
    taken out of the gazetteer for the run (put back after it)."""
    gaz = gazetteer("sv")
    listed: set[tuple[str, ...]] = set()
    for sentence in sentences:
        for i, j, kind in runs([tag for _, tag in sentence]):
            if kind != "LOC" or j - i != 1:
                continue
            for word in (sentence[i][0], strip_genitive(sentence[i][0])):
                if word and gaz.names.get((name_key(word),)) == "LOC" and word.casefold() not in gaz.regions:
                    listed.add((name_key(word),))
    held = {key for key in listed if hashlib.md5(key[0].encode()).digest()[0] % 2 == 0}
    saved = {key: gaz.names.pop(key) for key in held}
    gaz.word_infos.clear()
    found = 0
    missed: Counter[str] = Counter()
    samples: list[str] = []
    try:
        for sentence in sentences:
            tokens = [token for token, _ in sentence]
            text, offsets = rebuild(tokens)
            pred = predict(text, offsets)
            by_span = {(i, j): kind for i, j, kind in pred}
            for i, j, kind in runs([tag for _, tag in sentence]):
                if kind != "LOC" or j - i != 1:
                    continue
                base = strip_genitive(tokens[i])
                if (name_key(tokens[i]),) not in held and not (base and (name_key(base),) in held):
                    continue
                got = by_span.get((i, j))
                if got == "LOC":
                    found += 1
                    continue
                how = got or ("overlap" if any(a < j and b > i for a, b, _ in pred) else "missed")
                missed[how] += 1
                samples.append(f"{how:7} {tokens[i]!r:20} | {text}")
    finally:
        gaz.names.update(saved)
        gaz.word_infos.clear()
    total = found + sum(missed.values())
    print(f"\nunknown places: {len(held)} of {len(listed)} listed names held out; LOC recall on their "
          f"{total} mentions {found / max(total, 1):.3f} (missed as: "
          + ", ".join(f"{k} {v}" for k, v in missed.most_common()) + ")")
    for line in samples[:errors]:
        print("  " + line[:200])


def measure_speed(sentences: list[Sentence]) -> None:
    """Words per second of find_entities over the whole split as one text.

    CPU time of this process (the machine is shared), best of 3; the first run, with cold
    per-word caches (lexicons already loaded), is printed too.
    """
    gazetteer("sv")
    text = "\n".join(rebuild([token for token, _ in s])[0] for s in sentences)
    words = sum(1 for s in sentences for token, _ in s if any(c.isalnum() for c in token))
    times = []
    for _ in range(3):
        t0 = time.process_time()
        find_entities(text, "sv")
        times.append(time.process_time() - t0)
    best = min(times)
    print(f"speed: {words} words in {best:.3f} s = {words / best:,.0f} words/s (one core; "
          f"first run {words / times[0]:,.0f} words/s)")


def measure_robustness() -> None:
    """CPU seconds of find_entities on 5 MB of the seeds and on each pathological input, and
    on the first half of each: a ratio near 2 says the time grows linearly."""
    seeds = "\n\n".join(
        (SEEDS_DIR / name).read_text(encoding="utf-8") for name in ("000_2061872dff862ea4.txt", "003_6a2936062be1d440.txt")
    ) + "\n\n"
    inputs = [("the seeds, repeated", seeds * (5_000_000 // len(seeds) + 1))]
    inputs += [(f"{text[:24]!r}...", text) for text in PATHOLOGICAL]
    print("\nrobustness (CPU seconds, one core; whole input, its first half, and their ratio):")
    for label, text in inputs:
        half, whole = (_seconds(lambda t=t: find_entities(t, "sv")) for t in (text[: len(text) // 2], text))
        print(f"  {label:30} {len(text) / 1e6:4.1f} MB  {whole:6.2f} s  half {half:6.2f} s  ratio {whole / half:4.1f}")


def _seconds(func) -> float:
    t0 = time.process_time()
    func()
    return time.process_time() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "test"), default="test")
    parser.add_argument("--errors", type=int, default=0, help="print N sample errors")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--unknown-places", action="store_true", help="train only: LOC recall on held-out place names")
    args = parser.parse_args(argv)
    path = args.corpus / f"{args.split}_corpus.txt"
    if not path.is_file():
        print(f"{path}: corpus file not found", file=sys.stderr)
        return 2
    sentences = read_corpus(path)
    print(f"{args.split}: {len(sentences)} sentences, "
          f"{sum(len(s) for s in sentences)} tokens")
    if args.unknown_places:
        if args.split != "train":
            print("--unknown-places is for the train split only", file=sys.stderr)
            return 2
        unknown_places(sentences, args.errors)
    measure_speed(sentences)
    evaluate(sentences, args.errors)
    measure_robustness()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
