"""Byte-for-byte check that a speed change left the ``analyze --json`` output unchanged.

Writes (``--save DIR``) or compares (``--check DIR``) the JSON the command prints for: the two
seeds (as files, and with their seeds.json metadata), every text of benchmarks/data/quote_eval_*
(with its metadata, and as a file with nothing but its text), generated running news text (one
large document with 480 acronyms, and articles of 30 paragraphs; ``--big-words``), and the
importer's samples of every format with their damaged variants (tests/core/importer_samples.py;
a refusal's one-line message is compared too). Each case is stored as one file, so a mismatch
can be diffed. The engine version (a digest of the engine's source) is left out.

    .venv/bin/python benchmarks/analysis_identity.py --save /tmp/before
    .venv/bin/python benchmarks/analysis_identity.py --check /tmp/before
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.analysis_speed import running_text  # noqa: E402
from desktop_app.core.analysis import analyze  # noqa: E402
from desktop_app.core.analysis_report import analyze_targets, report_json  # noqa: E402
from desktop_app.paths import SEEDS_DIR  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"


# The engine version is a digest of the engine's own source files: any edit changes it, by design.
_VERSION_RE = re.compile(r'"engine_version": "[^"]*"')


def _files_output(paths: list[str], tmp: Path) -> str:
    records, errors = analyze_targets(paths, open_library=lambda: None)
    output = (report_json(records) + "\n" + "\n".join(errors)).replace(str(tmp), "TMP")
    return _VERSION_RE.sub('"engine_version": "…"', output)


def _meta_output(text: str, meta: dict) -> str:
    analysis = analyze(text, language=meta.get("language"), genre=meta.get("genre"),
                       authors=meta.get("authors") or [], title=meta.get("title"),
                       outlet=meta.get("outlet"))
    return _VERSION_RE.sub('"engine_version": "…"', report_json([analysis.to_dict()]))


def cases(big_words: int, tmp: Path):
    """(name, output text) for every case, one at a time."""
    seeds = json.loads((SEEDS_DIR / "seeds.json").read_text(encoding="utf-8"))["documents"]
    for meta in seeds:
        path = SEEDS_DIR / meta["file"]
        yield f"seed_file_{meta['file']}", _files_output([str(path)], tmp)
        raw = path.read_text(encoding="utf-8")
        text = "\n\n".join(line.strip() for line in raw.splitlines() if line.strip())
        yield f"seed_meta_{meta['file']}", _meta_output(text, meta)
    for source in sorted(DATA.glob("quote_eval*.jsonl")):
        items = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
        yield f"{source.stem}_meta", "\n".join(_meta_output(item["text"], item) for item in items)
        paths = []
        for n, item in enumerate(items):
            path = tmp / f"{source.stem}_{n:03}.txt"
            path.write_text(item["text"], encoding="utf-8")
            paths.append(str(path))
        yield f"{source.stem}_files", _files_output(paths, tmp)
    big = tmp / "big.txt"
    big.write_text(running_text(big_words, seed=12, acronyms=True), encoding="utf-8")
    yield "generated_big", _files_output([str(big)], tmp)
    plain = tmp / "plain.txt"
    plain.write_text(running_text(big_words // 4, seed=5), encoding="utf-8")
    yield "generated_plain", _files_output([str(plain)], tmp)
    paragraphs = running_text(big_words // 8, seed=13, acronyms=True).split("\n\n")
    small = []
    for n, i in enumerate(range(0, len(paragraphs), 30)):
        path = tmp / f"article_{n:05}.txt"
        path.write_text("\n\n".join(paragraphs[i : i + 30]), encoding="utf-8")
        small.append(str(path))
    yield "generated_articles", _files_output(small, tmp)
    from tests.core.importer_samples import FUZZ_FORMATS, fuzz_cases

    for fmt in FUZZ_FORMATS:
        paths = []
        for n, (name, data) in enumerate(fuzz_cases(fmt, 12)):
            path = tmp / f"fuzz_{fmt}_{n:02}_{name}"
            path.write_bytes(data)
            paths.append(str(path))
        yield f"importer_{fmt}", _files_output(paths, tmp)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, help="write each case's output into this directory")
    mode.add_argument("--check", type=Path, help="compare each case's output to this directory")
    parser.add_argument("--big-words", type=int, default=400_000)
    args = parser.parse_args(argv)
    failed = 0
    with tempfile.TemporaryDirectory() as tmp_name:
        for name, output in cases(args.big_words, Path(tmp_name)):
            digest = hashlib.sha256(output.encode("utf-8")).hexdigest()[:16]
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                (args.save / f"{name}.json").write_text(output, encoding="utf-8")
                print(f"saved {name:40} {len(output):>11,} chars  {digest}")
                continue
            stored = (args.check / f"{name}.json").read_text(encoding="utf-8")
            same = stored == output
            failed += not same
            print(f"{'same' if same else 'DIFFERENT':9} {name:40} {digest}")
            if not same:
                (args.check / f"{name}.new.json").write_text(output, encoding="utf-8")
    if args.check:
        print("all identical" if not failed else f"{failed} case(s) differ (.new.json beside the stored ones)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
