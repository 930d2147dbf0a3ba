"""The importers against damaged and hostile files: counts of answers, not pass/fail.

    .venv/bin/python benchmarks/import_fuzz.py [--per-format 1000] [--deadline 30] [--small]

Generates, per format, the files of tests/core/importer_samples.fuzz_cases (bit flips,
truncation, spliced junk, corrupt or missing ZIP members, zip bombs, broken PDF xrefs, XXE,
billion laughs, deep nesting, huge and numerous attributes, NUL bytes, long lines; with their
multi-megabyte variants unless --small) and parses each as the app does (worker process,
deadline). Prints, per format and in all: files, ok (imported), refused (one clear line),
crashes (an exception escaped, or the worker died), over 2 s, and unclear messages (several
lines, 160 characters or more, no file name, or parser internals), with examples of the last two.
Runs against older code too (no worker: parsed in-process), for before/after figures.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.core.importers import ImportFailure  # noqa: E402
from tests.core.importer_samples import FUZZ_FORMATS, fuzz_cases, unclear  # noqa: E402

SLOW = 2.0


def _parser(deadline: float):  # noqa: ANN202 - a function bytes, name -> ImportedText
    try:
        from desktop_app.core.import_worker import parse_with_deadline
    except ImportError:  # the code before the worker existed
        from desktop_app.core.importers import import_bytes

        return lambda data, name: import_bytes(data, name)
    return lambda data, name: parse_with_deadline(data, name, deadline=deadline)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-format", type=int, default=1000)
    parser.add_argument("--deadline", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--small", action="store_true", help="only the small attack sizes")
    parser.add_argument("--formats", default=",".join(FUZZ_FORMATS))
    args = parser.parse_args(argv)
    parse = _parser(args.deadline)
    totals: Counter[str] = Counter()
    examples: list[str] = []
    print(f"{'format':7s} {'files':>6s} {'ok':>6s} {'refused':>8s} {'crashes':>8s} "
          f"{'over 2 s':>8s} {'unclear':>8s} {'slowest s':>9s}")
    for fmt in args.formats.split(","):
        counts: Counter[str] = Counter()
        slowest = 0.0
        for name, data in fuzz_cases(fmt, args.per_format, args.seed, large=not args.small):
            counts["files"] += 1
            started = time.perf_counter()
            try:
                parse(data, name)
                counts["ok"] += 1
            except ImportFailure as failure:
                counts["refused"] += 1
                why = unclear(str(failure), name)
                if why:
                    counts["unclear"] += 1
                    if len(examples) < 25:
                        examples.append(f"unclear ({why}): {str(failure)[:200]!r}")
            except Exception as exc:  # noqa: BLE001 - counted: this is what is measured
                counts["crashes"] += 1
                if len(examples) < 25:
                    examples.append(f"crash: {name}: {type(exc).__name__}: {str(exc)[:150]}")
            took = time.perf_counter() - started
            slowest = max(slowest, took)
            if took > SLOW:
                counts["over 2 s"] += 1
        totals.update(counts)
        print(f"{fmt:7s} {counts['files']:6d} {counts['ok']:6d} {counts['refused']:8d} "
              f"{counts['crashes']:8d} {counts['over 2 s']:8d} {counts['unclear']:8d} "
              f"{slowest:9.2f}", flush=True)
    print(f"{'all':7s} {totals['files']:6d} {totals['ok']:6d} {totals['refused']:8d} "
          f"{totals['crashes']:8d} {totals['over 2 s']:8d} {totals['unclear']:8d}")
    for example in examples:
        print("  " + example)
    try:
        from desktop_app.core.import_worker import shutdown_workers
    except ImportError:
        return 0
    shutdown_workers()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
