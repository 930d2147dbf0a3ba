"""Build quote_eval_r10_{sv,en}.jsonl from this folder's sources and validate them
(the format and the checks: ../quote_round_build.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from quote_round_build import held_out_round, main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(held_out_round("r10", HERE)))
