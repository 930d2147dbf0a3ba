"""Build quote_eval_r9_{sv,en}.jsonl from this folder's sources and validate them
(the format and the checks: ../quote_round_build.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from quote_round_build import Round, main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(
        main(
            Round(
                "r9",
                HERE,
                splits=("test",),
                allow_files=(
                    HERE.parent / "quote_eval_r4_src" / "name_allow.txt",
                    HERE.parent / "quote_eval_r6_src" / "name_allow.txt",
                    HERE / "name_allow.txt",
                ),
            )
        )
    )
