"""Build one round of the hand-written quote test set (r4, r5, ...) from its paragraph-per-line
sources, and validate it. Each round's ``quote_eval_rN_src/build.py`` names its round, its splits and
its allow-lists, and calls :func:`main`.

Source format (as in the r3 sources): a header line
    === id | split | genre | outlet | author; author | class,class      (classes may be empty)
then one paragraph per line (title first); gold after " || " as "d=Name; i=Name*; a=Name"
(d/i/a = direct/indirect/author, a trailing * marks an unnamed source, "null" = no speaker).
Lines starting with "#" are comments. Paragraph indices come from the line order, then are
re-checked against the written text.

Checks, after re-reading the written files:
- every line parses; exactly the r3 fields, in order; split one of the round's; genre and language valid;
- the title is line 0; 150-600 words;
- every gold paragraph points at a non-empty line; no duplicate (paragraph, kind, speaker);
- every speaker occurs in the text (named people: at least the surname); editorial authors
  equal the outlet; "the interviewer" is exempt;
- no sentence of 8+ words occurs in the repository's benchmarks/data, tests, seeds or in
  the r3 set (normalised: case, quotation marks, dashes, whitespace);
- no full name (two or three capitalised words) in the new texts occurs in those files
  (a short allow-list covers places, organisations and outlets that may recur).
The copy and name checks compare against the repository as it is now, so texts that later tests
quote back are reported as copies; ``--fast`` skips them.
"""


from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).resolve().parent
KINDS = {"d": "direct", "i": "indirect", "a": "author"}
FIELDS = ["id", "split", "language", "genre", "outlet", "title", "authors", "classes", "text", "quotes"]
REPO = OUT.parents[1]
CORPUS_ROOTS = [REPO / "benchmarks" / "data", REPO / "tests", REPO / "seeds"]  # r3 is in benchmarks/data
CORPUS_EXT = {".jsonl", ".json", ".txt", ".md", ".py"}


@dataclass(frozen=True)
class Round:
    name: str  # "rN": file names quote_eval_rN_{sv,en}.jsonl, ids "rN-sv-..."
    src: Path  # the folder of its sources, sv_*.txt and en_*.txt
    splits: tuple[str, ...] = ("dev", "test")
    allow_files: tuple[Path, ...] = ()  # name allow-lists


def held_out_round(name: str, src: Path) -> Round:
    """A round of test texts only (r7 on), name-checked with the r4 and r6 allow-lists and its own."""
    return Round(name, src, splits=("test",),
                 allow_files=(OUT / "quote_eval_r4_src" / "name_allow.txt",
                              OUT / "quote_eval_r6_src" / "name_allow.txt", src / "name_allow.txt"))


def parse(path: Path, language: str) -> list[dict]:
    records: list[dict] = []
    cur = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=== "):
            parts = [p.strip() for p in line[4:].split("|")]
            if len(parts) != 6:
                raise SystemExit(f"{path.name}:{lineno}: header needs 6 fields: {line}")
            rid, split, genre, outlet, authors, classes = parts
            cur = {
                "id": rid, "split": split, "language": language, "genre": genre, "outlet": outlet,
                "authors": [a.strip() for a in authors.split(";") if a.strip()],
                "classes": [int(c) for c in classes.split(",") if c.strip()],
                "paras": [], "quotes": [],
            }
            records.append(cur)
            continue
        if cur is None:
            raise SystemExit(f"{path.name}:{lineno}: text before the first header")
        text, sep, gold = line.partition(" || ")
        if "||" in text:
            raise SystemExit(f"{path.name}:{lineno}: malformed gold separator")
        index = len(cur["paras"])
        cur["paras"].append(text.strip())
        for token in filter(None, (t.strip() for t in gold.split(";"))):
            kind, eq, speaker = token.partition("=")
            if not eq or kind not in KINDS:
                raise SystemExit(f"{path.name}:{lineno}: bad gold token {token!r}")
            unnamed = speaker.endswith("*")
            speaker = speaker.rstrip("*").strip()
            q = {"paragraph": index, "speaker": None if speaker == "null" else speaker, "kind": KINDS[kind]}
            if unnamed:
                q["unnamed"] = True
            cur["quotes"].append(q)
    out = []
    for r in records:
        out.append({
            "id": r["id"], "split": r["split"], "language": r["language"], "genre": r["genre"],
            "outlet": r["outlet"], "title": r["paras"][0], "authors": r["authors"],
            "classes": r["classes"], "text": "\n\n".join(r["paras"]), "quotes": r["quotes"],
        })
    return out


def validate(records: list[dict], rnd: Round) -> list[str]:
    problems = []
    for rid, n in Counter(r["id"] for r in records).items():
        if n > 1:
            problems.append(f"{rid}: duplicate id")
    for r in records:
        rid = r["id"]
        if list(r) != FIELDS:
            problems.append(f"{rid}: fields {list(r)}")
        if r["split"] not in rnd.splits:
            problems.append(f"{rid}: split {r['split']}")
        if r["language"] not in ("sv", "en") or not rid.startswith(f"{rnd.name}-{r['language']}-"):
            problems.append(f"{rid}: language {r['language']}")
        if r["genre"] not in ("news", "opinion", "editorial", "interview"):
            problems.append(f"{rid}: genre {r['genre']}")
        lines = [l for l in r["text"].split("\n") if l.strip()]
        if lines[0].strip() != r["title"]:
            problems.append(f"{rid}: title is not line 0")
        words = len(r["text"].split())
        if not 150 <= words <= 600:
            problems.append(f"{rid}: {words} words")
        seen = set()
        low = r["text"].casefold()
        for q in r["quotes"]:
            p = q["paragraph"]
            if not 0 <= p < len(lines) or not lines[p].strip():
                problems.append(f"{rid}: paragraph {p} out of range")
            key = (p, q["kind"], q["speaker"])
            if key in seen:
                problems.append(f"{rid}: duplicate gold {key}")
            seen.add(key)
            sp = q["speaker"]
            if sp is None:
                problems.append(f"{rid}: null speaker in paragraph {p} (r3 rules give a phrase)")
                continue
            if sp == "the interviewer":
                if r["genre"] != "interview":
                    problems.append(f"{rid}: interviewer outside an interview")
                continue
            if q["kind"] == "author" and r["genre"] == "editorial":
                if sp != r["outlet"]:
                    problems.append(f"{rid}: editorial author {sp!r} != outlet {r['outlet']!r}")
                continue
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
        if r["genre"] in ("opinion", "editorial") and not any(q["kind"] == "author" for q in r["quotes"]):
            problems.append(f"{rid}: opinion/editorial without author entries")
        if r["genre"] == "interview" and not any(q["speaker"] == "the interviewer" for q in r["quotes"]):
            problems.append(f"{rid}: interview without interviewer entries")
    return problems


# --- copy and name checks against the repository and the r3 texts -------------------------

QUOTES = str.maketrans({c: '"' for c in "”“„»«‘’'`´"} | {c: "-" for c in "–—−"})


def norm(s: str) -> str:
    s = s.translate(QUOTES).casefold()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def corpus_texts(rnd: Round) -> list[str]:
    texts = []
    for root in CORPUS_ROOTS:
        if not root.exists():
            continue
        for f in sorted(root.rglob("*")):
            if f.is_file() and f.suffix in CORPUS_EXT and f"quote_eval_{rnd.name}" not in f.as_posix():
                raw = f.read_text(encoding="utf-8", errors="replace")
                if f.suffix in (".jsonl", ".json"):
                    raw = "\n".join(json_strings(raw)) or raw
                texts.append(raw)
    return texts


def json_strings(raw: str) -> list[str]:
    """All string values of a JSON or JSON-lines file, so texts compare as written."""
    docs = []
    try:
        docs = [json.loads(raw)]
    except ValueError:
        for line in raw.splitlines():
            try:
                docs.append(json.loads(line))
            except ValueError:
                pass
    out: list[str] = []

    def walk(x):
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    for d in docs:
        walk(d)
    return out


SENT = re.compile(r"(?<=[.!?:])\s+|\n+")


def sentences(text: str) -> list[str]:
    out = []
    for para in text.split("\n"):
        para = para.strip().lstrip("–-— ").strip()
        for s in SENT.split(para):
            if len(norm(s).split()) >= 8:
                out.append(s)
    return out


NAME = re.compile(r"\b([A-ZÅÄÖÉÜ][a-zåäöéüèøæ]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)\s+([A-ZÅÄÖÉÜ][a-zåäöéüèøæ]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)\b")


def copy_and_name_problems(records: list[dict], rnd: Round) -> list[str]:
    corpus = corpus_texts(rnd)
    blob = " \n ".join(norm(t) for t in corpus)
    problems = []
    for r in records:
        for s in sentences(r["text"]):
            n = norm(s)
            if n and f" {n} " in f" {blob} ":
                problems.append(f"{r['id']}: sentence copied from the repository: {s!r}")
    corpus_names = set()
    for t in corpus:
        for m in NAME.finditer(t):
            corpus_names.add(f"{m.group(1)} {m.group(2)}")
    allow = set()
    for allow_file in rnd.allow_files:
        if allow_file.exists():
            lines = allow_file.read_text(encoding="utf-8").splitlines()
            allow |= {l.strip() for l in lines if l.strip() and not l.startswith("#")}
    for r in records:
        names = {f"{m.group(1)} {m.group(2)}" for m in NAME.finditer(r["text"])}
        names |= {q["speaker"] for q in r["quotes"] if q["speaker"] and len(q["speaker"].split()) >= 2 and not q.get("unnamed")}
        for name in sorted(names & corpus_names - allow):
            problems.append(f"{r['id']}: name also in repository/r3 texts: {name!r}")
    return problems


def report(reread: list[dict]) -> None:
    table = defaultdict(Counter)
    for r in reread:
        for c in r["classes"]:
            table[c][r["language"]] += 1
    kinds = Counter(q["kind"] for r in reread for q in r["quotes"])
    unnamed = sum(1 for r in reread for q in r["quotes"] if q.get("unnamed"))
    genres = Counter((r["language"], r["genre"]) for r in reread)
    words = [len(r["text"].split()) for r in reread]
    print(f"{len(reread)} records, {sum(len(r['quotes']) for r in reread)} gold quotes: {dict(kinds)}, unnamed {unnamed}")
    for lang in ("sv", "en"):
        rs = [r for r in reread if r["language"] == lang]
        print(f"  {lang}: {len(rs)} texts, {sum(len(r['quotes']) for r in rs)} quotes, "
              + ", ".join(f"{g} {genres[(lang, g)]}" for g in ("news", "interview", "opinion", "editorial")))
    print(f"  words {min(words)}-{max(words)}, mean {sum(words) / len(words):.0f}; outlets {len({r['outlet'] for r in reread})}")
    print("class   sv   en  total  ids")
    for c in range(1, 12):
        t = table[c]
        ids = " ".join(r["id"][3:] for r in reread if c in r["classes"])
        print(f"{c:>5} {t['sv']:>4} {t['en']:>4} {t['sv'] + t['en']:>6}  {ids}")
    plain = [r["id"][3:] for r in reread if not r["classes"]]
    print(f"no class: {len(plain)} {' '.join(plain)}")
    if "-v" in sys.argv:
        for r in reread:
            print(r["id"], r["genre"], r["outlet"], len(r["text"].split()), "words", len(r["quotes"]), "quotes",
                  len([l for l in r["text"].split("\n") if l.strip()]), "paragraphs")


def main(rnd: Round) -> int:
    for lang in ("sv", "en"):
        records = []
        for src in sorted(rnd.src.glob(f"{lang}_*.txt")):
            records.extend(parse(src, lang))
        records.sort(key=lambda r: r["id"])
        path = OUT / f"quote_eval_{rnd.name}_{lang}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    reread = []
    for lang in ("sv", "en"):
        for line in (OUT / f"quote_eval_{rnd.name}_{lang}.jsonl").read_text(encoding="utf-8").splitlines():
            reread.append(json.loads(line))
    problems = validate(reread, rnd)
    if "--fast" not in sys.argv:
        problems += copy_and_name_problems(reread, rnd)
    for p in problems:
        print("PROBLEM", p)
    report(reread)
    return 1 if problems else 0

