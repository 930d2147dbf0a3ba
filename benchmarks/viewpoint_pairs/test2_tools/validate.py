"""Check the test2 pairs: gold parses, indices point at non-empty lines, speakers occur in their text."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "test2"
RELATIONS = {"agree", "disagree", "related"}
OPINION = {"opinion", "editorial"}


def paragraphs(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check(pair: Path) -> list[str]:
    errors: list[str] = []
    try:
        gold = json.loads((pair / "gold.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"gold.json does not parse: {exc}"]
    if set(gold) != {"left", "right", "genres", "language", "links"}:
        errors.append(f"keys {sorted(gold)}")
    texts = {side: paragraphs(pair / f"{side}.txt") for side in ("left", "right")}
    genres = dict(zip(("left", "right"), gold["genres"]))
    for side, paras in texts.items():
        words = sum(len(p.split()) for p in paras)
        if not 250 <= words <= 700:
            errors.append(f"{side}: {words} words")
    for n, link in enumerate(gold["links"]):
        if set(link) != {"question", "left", "left_speaker", "right", "right_speaker", "relation"}:
            errors.append(f"link {n}: keys {sorted(link)}")
        if link["relation"] not in RELATIONS:
            errors.append(f"link {n}: relation {link['relation']}")
        for side in ("left", "right"):
            paras, idx, speaker = texts[side], link[side], link[f"{side}_speaker"]
            if not idx or idx != sorted(set(idx)):
                errors.append(f"link {n} {side}: indices {idx} not sorted/unique/non-empty")
            for i in idx:
                if not 0 < i < len(paras):  # 0 is the title, never a position here
                    errors.append(f"link {n} {side}: index {i} out of 1..{len(paras) - 1}")
            if speaker == "the authors":
                if genres[side] not in OPINION:
                    errors.append(f"link {n} {side}: 'the authors' in a {genres[side]} text")
            elif speaker not in "\n".join(paras):
                errors.append(f"link {n} {side}: speaker {speaker!r} not in text")
    keys = [(l["question"], tuple(l["left"]), tuple(l["right"])) for l in gold["links"]]
    if len(keys) != len(set(keys)):
        errors.append("duplicate link")
    return errors


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT
    bad = 0
    for pair in sorted(p for p in root.iterdir() if p.is_dir()):
        errors = check(pair)
        bad += bool(errors)
        print(f"{pair.name}: {'ok' if not errors else '; '.join(errors)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
