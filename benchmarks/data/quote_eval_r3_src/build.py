"""Build quote_eval_r3_{sv,en}.jsonl from the paragraph-per-line sources and validate them.

Source format: a header line
    === id | split | genre | outlet | author; author | class,class
then one paragraph per line (title first); gold after " || " as "d=Name; i=Name*; a=Name"
(d/i/a = direct/indirect/author, a trailing * marks an unnamed source, "null" = no speaker).
Paragraph indices are computed from the line order, then re-checked against the text.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
KINDS = {"d": "direct", "i": "indirect", "a": "author"}
FIELDS = ["id", "split", "language", "genre", "outlet", "title", "authors", "classes", "text", "quotes"]


def parse(path: Path, language: str) -> list[dict]:
    records: list[dict] = []
    cur = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("=== "):
            parts = [p.strip() for p in line[4:].split("|")]
            rid, split, genre, outlet, authors, classes = parts
            cur = {
                "id": rid, "split": split, "language": language, "genre": genre, "outlet": outlet,
                "authors": [a.strip() for a in authors.split(";") if a.strip()],
                "classes": [int(c) for c in classes.split(",")],
                "paras": [], "quotes": [],
            }
            records.append(cur)
            continue
        text, _, gold = line.partition(" || ")
        index = len(cur["paras"])
        cur["paras"].append(text.strip())
        for token in filter(None, (t.strip() for t in gold.split(";"))):
            kind, _, speaker = token.partition("=")
            unnamed = speaker.endswith("*")
            speaker = speaker.rstrip("*").strip()
            q = {"paragraph": index, "speaker": None if speaker == "null" else speaker, "kind": KINDS[kind]}
            if unnamed:
                q["unnamed"] = True
            cur["quotes"].append(q)
    out = []
    for r in records:
        text = "\n\n".join(r["paras"])
        out.append({
            "id": r["id"], "split": r["split"], "language": r["language"], "genre": r["genre"],
            "outlet": r["outlet"], "title": r["paras"][0], "authors": r["authors"],
            "classes": r["classes"], "text": text, "quotes": r["quotes"],
        })
    return out


def validate(records: list[dict]) -> list[str]:
    problems = []
    ids = Counter(r["id"] for r in records)
    for rid, n in ids.items():
        if n > 1:
            problems.append(f"{rid}: duplicate id")
    for r in records:
        rid = r["id"]
        if list(r) != FIELDS:
            problems.append(f"{rid}: fields {list(r)}")
        if r["split"] not in ("dev", "test"):
            problems.append(f"{rid}: split {r['split']}")
        if r["genre"] not in ("news", "opinion", "editorial", "interview"):
            problems.append(f"{rid}: genre {r['genre']}")
        lines = [l for l in r["text"].split("\n") if l.strip()]
        if lines[0].strip() != r["title"]:
            problems.append(f"{rid}: title is not line 0")
        words = len(r["text"].split())
        if not 150 <= words <= 600:
            problems.append(f"{rid}: {words} words")
        seen = set()
        for q in r["quotes"]:
            p = q["paragraph"]
            if not 0 <= p < len(lines) or not lines[p].strip():
                problems.append(f"{rid}: paragraph {p} out of range")
            key = (p, q["kind"], q["speaker"])
            if key in seen:
                problems.append(f"{rid}: duplicate gold {key}")
            seen.add(key)
            sp = q["speaker"]
            if sp is None or sp == "the interviewer":
                continue
            if q["kind"] == "author" and r["genre"] == "editorial":
                if sp != r["outlet"]:
                    problems.append(f"{rid}: editorial author {sp!r} != outlet {r['outlet']!r}")
                continue
            low = r["text"].casefold()
            name = sp.casefold()
            if name.startswith("the "):
                name = name[4:]
            if q.get("unnamed") or len(sp.split()) == 1 or not sp[0].isupper():
                ok = name in low
            else:
                ok = name in low or name.split()[-1] in low
            if not ok:
                problems.append(f"{rid}: speaker {sp!r} not in text (paragraph {p})")
        for c in r["classes"]:
            if not 1 <= c <= 11:
                problems.append(f"{rid}: class {c}")
    return problems


def main() -> int:
    all_records = []
    for lang in ("sv", "en"):
        records = []
        for src in sorted(HERE.glob(f"{lang}_*.txt")):
            records.extend(parse(src, lang))
        records.sort(key=lambda r: r["id"])
        path = OUT / f"quote_eval_r3_{lang}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        all_records.extend(records)
    # re-read from disk: every line parses, indices re-checked on the written text
    reread = []
    for lang in ("sv", "en"):
        for line in (OUT / f"quote_eval_r3_{lang}.jsonl").read_text(encoding="utf-8").splitlines():
            reread.append(json.loads(line))
    problems = validate(reread)
    for p in problems:
        print("PROBLEM", p)
    table = defaultdict(Counter)
    for r in reread:
        for c in r["classes"]:
            table[c][(r["split"], r["language"])] += 1
    print(f"{len(reread)} records, {sum(len(r['quotes']) for r in reread)} gold quotes")
    print("class  dev-sv dev-en test-sv test-en")
    for c in sorted(table):
        t = table[c]
        print(f"{c:>5} {t[('dev','sv')]:>7} {t[('dev','en')]:>6} {t[('test','sv')]:>7} {t[('test','en')]:>7}")
    if "-v" in sys.argv:
        for r in reread:
            print(r["id"], r["split"], r["genre"], len(r["text"].split()), "words", len(r["quotes"]), "quotes")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
