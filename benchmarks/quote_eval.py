"""Quote finding and attribution measured on held-out news texts the engine was not written against.

Nine sets of gold texts:

- ``base`` (benchmarks/data/quote_eval_sv.jsonl, quote_eval_en.jsonl): news, opinion and
  interviews written for the first rounds of the engine (brought in line with the r3 rules for
  interview questions and headlines with a reporting verb, see below);
- ``r3`` (quote_eval_r3_sv.jsonl, quote_eval_r3_en.jsonl, README in quote_eval_r3.md, sources
  and their build script in quote_eval_r3_src/): 72 texts for the eleven classes of issue 12,
  each record listing the ``classes`` it exercises.
- ``r4`` (quote_eval_r4_*.jsonl, README quote_eval_r4.md, sources in quote_eval_r4_src/): 80 more
  texts, all ``dev``, written independently for developing round 2 of the rules, with a few more
  annotation decisions (quote_eval_r4.md). Develop on base dev, r3 dev and r4; r3 test and base
  test are the held-out sets.
- ``r5`` (quote_eval_r5_*.jsonl, README quote_eval_r5.md, sources in quote_eval_r5_src/): 8 texts
  for round 3 of the rules, in how outlets write; the 5 test texts were written before those
  rules and are held out like r3 test.
- ``r6`` (quote_eval_r6_*.jsonl, README quote_eval_r6.md, sources in quote_eval_r6_src/): 7 texts
  for round 4 of the rules (speaker accuracy); the 5 test texts were written before those rules
  and are held out like r3 test.
- ``r7`` (quote_eval_r7_*.jsonl, README quote_eval_r7.md, sources in quote_eval_r7_src/): 8 test
  texts only, for round 5 of the rules, written and committed before those rules; held out.
- ``r8`` (quote_eval_r8_*.jsonl, README quote_eval_r8.md, sources in quote_eval_r8_src/): 10 test
  texts only, for round 6 of the rules (speaker accuracy), written and committed before those
  rules; held out.
- ``r9`` (quote_eval_r9_*.jsonl, README quote_eval_r9.md, sources in quote_eval_r9_src/): 10 test
  texts only, for round 7 of the rules (precision: titles, scare quotes and narration with a cue
  verb; speaker accuracy), written and committed before those rules; held out.
- ``r10`` (quote_eval_r10_*.jsonl, README quote_eval_r10.md, sources in quote_eval_r10_src/): 9 test
  texts only, for round 8 of the rules (detection precision and recall: false-quote shapes and
  missed-quote shapes), written and committed before those rules; held out.
- ``r11`` (quote_eval_r11_*.jsonl, README quote_eval_r11.md, sources in quote_eval_r11_src/): 9
  test texts only, for round 8 of the rules (speaker accuracy: pronouns, roles, people against
  their organisations, the speaker named after the quote), written and committed before those
  rules; held out.

Each gold record lists every quote by paragraph (index of the non-empty line, title included),
kind and speaker. Each found quote belongs to the paragraph holding its start. Within one
(paragraph, kind) the gold gives one entry per distinct speaker and the engine's quotes count
once per distinct speaker, so a quote split in two around its cue is not a false alarm. Scores:

- precision / recall / F1 of (paragraph, kind) pairs;
- attribution: share of gold quotes found (right paragraph and kind) with the right speaker.
  A gold speaker of null (the base sets' unnamed sources) is right when the engine names no
  speaker or gives an unnamed source (actor kind ``unnamed``). Names match when equal
  after casefolding (a leading English "the" aside), or when one is the other's surname
  ("Johansson" / "Emil Johansson"); the actor's aliases are tried too. A gold speaker marked
  ``"unnamed": true`` is a phrase ("flera vittnen", "uppgifter till Aftonbladet", "a person
  familiar with the case"): right when the engine's speaker is an unnamed source (actor kind
  ``unnamed``) whose phrase has the same head noun ("kvinnan" / "en 84-årig kvinna", "vittnen"),
  or the same phrase.

Annotation rules of the gold (r3 in full in benchmarks/data/quote_eval_r3.md):

- `direct` = words in dashes or quotation marks, or a paragraph ending ", säger X." whose dash
  was lost; a reported clause carrying quoted words ("kallar förslaget ”ett slag i luften”") is
  one direct quote, with no extra indirect entry for the same speaker.
- `indirect` = reported speech ("enligt X", "X menar att", "X said that"), praise, criticism
  and stance in narration ("X får beröm av Y", "Y riktar kritik mot X", "X är kritisk"), a
  defendant's plea ("förnekar brott", "pleaded guilty").
- `author` = the writer's own voice in opinion pieces and editorials, credited to the first
  signer, for every body paragraph that says more than someone else's quote (the engine gives
  every co-signer the passage; those count as one quote, right when the gold signer is among
  them). A reply or a piece with no signature block belongs to the writer the text names ("X
  svarar Y", a closing bio line) or to the party or organization that writes it ("Vi i
  föreningen", "Partiet menar"); an unsigned editorial is the outlet's voice (the record's
  ``outlet``, passed to ``analyze``).
- Headlines: a colon headline whose left side names the speaker ("Forskaren: …") and a headline
  with the main speaker's words in quotation marks are `direct` of the person the article then
  quotes on that claim; a lead paraphrasing the claim before the speaker is named ("… Det menar
  X.") is `indirect`. A headline naming its speaker with a reporting verb ("IVO kritiserar …",
  "Met Police apologises") is `indirect` of that speaker.
- Interviews: the interviewer's questions are `direct` quotes of "the interviewer" (Swedish texts
  too); a question that reports someone else's words adds that speaker.
- Organizations and courts: the speaker is the organization's full name as the text first gives
  it, whatever noun the cue uses ("tingsrätten", "förbundet", "bolaget", "the force"). The person
  speaks, not the employer ("Anna Berg, presschef på X, säger"), unless the organization itself
  states it ("X skriver i ett pressmeddelande"). An unnamed spokesperson is an unnamed source.
- There is one entry per (paragraph, kind, speaker). Not quotes: titles of books, films, reports
  and journals in quotation marks, scare quotes, cue-only paragraphs ("Det säger X till Y."),
  datelines, bylines, captions, "Läs mer", editorial labels ("Ledare", "Detta är en ledartext"),
  refusals ("vill inte kommentera"), "enligt" about rules, decisions and proposals reported as
  events, narration.

    python benchmarks/quote_eval.py [--set base|r3|...|r9|r10|r11|all] [--split dev|test|all]
                                    [--language sv|en|all] [--class N] [--items] [--errors] [--who]

The r3 figures are reported per class (a record's ``classes``) and per language; the texts of
classes 4 and 8 (opinion pieces and editorials) are scored again "analysed by path", with no
genre and no outlet given, so the genre must come from the text.

Improve the engine on dev only; run test only to report.
"""

from __future__ import annotations

import argparse
import json
import re
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
SETS = {
    "base": "quote_eval_{lang}.jsonl",
    "r3": "quote_eval_r3_{lang}.jsonl",
    "r4": "quote_eval_r4_{lang}.jsonl",
    "r5": "quote_eval_r5_{lang}.jsonl",
    "r6": "quote_eval_r6_{lang}.jsonl",
    "r7": "quote_eval_r7_{lang}.jsonl",
    "r8": "quote_eval_r8_{lang}.jsonl",
    "r9": "quote_eval_r9_{lang}.jsonl",
    "r10": "quote_eval_r10_{lang}.jsonl",
    "r11": "quote_eval_r11_{lang}.jsonl",
}
BY_PATH_CLASSES = frozenset({4, 8})  # genre from the text alone: scored again with genre=None

Key = tuple[int, str]  # (paragraph, kind)


@dataclass
class Found:
    """One speaker of one kind in one paragraph, as the engine reports it."""

    speaker: str | None  # canonical name, None when the engine names nobody
    names: tuple[str, ...]  # canonical name and aliases, for matching
    unnamed: bool = False  # an unnamed or collective source (actor kind "unnamed")


@dataclass(frozen=True)
class Gold:
    speaker: str | None
    unnamed: bool = False


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

    @property
    def speaker_accuracy(self) -> float:
        """Of the gold quotes found, the share with the right speaker."""
        return self.attributed / self.hit if self.hit else 1.0


def load(language: str, split: str, sets: str = "all") -> list[dict]:
    items: list[dict] = []
    for name, pattern in SETS.items():
        if sets not in ("all", name):
            continue
        for lang in LANGUAGES if language == "all" else (language,):
            path = DATA / pattern.format(lang=lang)
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    item = json.loads(line)
                    item["set"] = name
                    if split == "all" or item["split"] == split:
                        items.append(item)
    return items


def _words(name: str) -> list[str]:
    words = name.casefold().replace("\u2019", "'").split()
    return words[1:] if len(words) > 1 and words[0] == "the" else words


# Where the head of an unnamed source's phrase ends: a preposition, a relative or a participle
# phrase ("uppgifter till Aftonbladet", "two people familiar with the matter").
_PHRASE_TAIL = frozenset(
    "till från vid i inom på hos med om som av för mot bland of at in from for within with on who "
    "that not familiar involved close".split()
)
_WORD_RE = re.compile(r"[\w-]+")


def head_noun(phrase: str) -> str:
    """The head noun of a source phrase: "flera av de drabbade" -> "drabbade", "uppgifter till
    Aftonbladet" -> "uppgifter", "two people familiar with the matter" -> "people"."""
    words = _WORD_RE.findall(phrase.casefold())
    head = ""
    for i, word in enumerate(words):
        if i and word in _PHRASE_TAIL and head:
            if word == "av" and i + 1 < len(words) and words[i + 1] in ("de", "dem", "the"):
                head = ""  # "flera av de drabbade": the head comes after "av de"
                continue
            break
        head = word
    return head


def same_head(a: str, b: str) -> bool:
    """Two forms of one noun: "kvinnan" / "kvinna", "vittnen" / "vittnena", "prosecutors"."""
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    common = 0
    for x, y in zip(short, long_):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= len(short) - 2 or a == b


def same_speaker(gold: str | None, found: Found, *, unnamed: bool = False) -> bool:
    """Equal after casefolding, or a surname against the full name it belongs to; an unnamed
    gold source against an unnamed speaker with the same head noun or phrase."""
    if gold is None:
        return found.speaker is None or found.unnamed  # base sets: null = nobody named
    if found.speaker is None:
        return False
    if unnamed:
        if not found.unnamed:
            return False
        if _words(gold) == _words(found.speaker):
            return True
        return same_head(head_noun(gold), head_noun(found.speaker))
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
        if actor is None:
            found = Found(None, ())
        else:
            found = Found(actor.name, (actor.name, *actor.aliases), actor.kind == "unnamed")
        entries = out[(para, quote.kind)]
        if quote.kind == "author" and entries and found.speaker is not None:
            # Every co-signer speaks the same passage: one quote, right if the gold signer is
            # among its speakers.
            first = entries[0]
            if found.names[0] not in first.names:
                entries[0] = Found(first.speaker, (*first.names, *found.names), first.unnamed)
        elif all(e.speaker != found.speaker for e in entries):
            entries.append(found)
    return out


def analyse_item(item: dict, *, by_path: bool = False) -> Analysis:
    """The engine's analysis of one record; ``by_path`` gives it no genre, authors or outlet,
    as for a file analysed by its path."""
    if by_path:
        return analyze(item["text"], language=item["language"], title=item.get("title"))
    return analyze(
        item["text"],
        language=item["language"],
        genre=item["genre"],
        authors=list(item.get("authors", [])),
        title=item.get("title"),
        outlet=item.get("outlet") or None,
    )


def score_item(item: dict, *, by_path: bool = False) -> Score:
    found = found_quotes(item["text"], analyse_item(item, by_path=by_path))
    gold: dict[Key, list[Gold]] = defaultdict(list)
    for q in item["quotes"]:
        gold[(q["paragraph"], q["kind"])].append(Gold(q["speaker"], bool(q.get("unnamed"))))
    score = Score(gold=sum(len(v) for v in gold.values()), found=sum(len(v) for v in found.values()))
    for key in sorted(set(gold) | set(found)):
        pool = list(found.get(key, []))
        unmatched: list[Gold] = []
        for entry in gold.get(key, []):  # the right speakers first
            match = next((f for f in pool if same_speaker(entry.speaker, f, unnamed=entry.unnamed)), None)
            if match is None:
                unmatched.append(entry)
            else:
                pool.remove(match)
                score.attributed += 1
        score.hit += min(len(gold.get(key, [])), len(found.get(key, [])))
        for entry, other in zip(unmatched, pool):  # found there, but given to someone else
            score.wrong_speaker.append((key, _label(entry), _found_label(other)))
        score.misses.extend((key, _label(e)) for e in unmatched[len(pool) :])
        score.false_alarms.extend((key, _found_label(f)) for f in pool[len(unmatched) :])
    return score


def _label(entry: Gold) -> str | None:
    return f"{entry.speaker}*" if entry.unnamed else entry.speaker


def _found_label(found: Found) -> str | None:
    return f"{found.speaker}*" if found.unnamed and found.speaker else found.speaker


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


def print_wrong_speakers(item: dict, score: Score) -> None:
    """One line per found gold quote with the wrong speaker: record, paragraph, kind, gold,
    found and the paragraph's text."""
    for (para, kind), gold, found in sorted(score.wrong_speaker, key=lambda w: w[0]):
        print(f"WHO {item['id']} [{para}] {kind:<8} gold={gold} found={found} | {_paragraph(item, para, 160)}")


HEADER = f"{'':<22}{'gold':>5}{'found':>6}{'hit':>5}{'P':>7}{'R':>6}{'F1':>6}{'attr':>7}{'spk':>6}"


def _row(label: str, s: Score) -> str:
    return (
        f"{label:<22}{s.gold:>5}{s.found:>6}{s.hit:>5}"
        f"{s.precision:>7.3f}{s.recall:>6.3f}{s.f1:>6.3f}{s.attribution:>7.3f}{s.speaker_accuracy:>6.3f}"
    )


def _groups(item: dict) -> list[str]:
    """The totals a record counts in: its set, language and genre; for r3 each of its classes."""
    s, lang = item["set"], item["language"]
    out = [s, f"{s} {lang}", f"{s} {lang} {item['genre']}"]
    out += [f"{s} class {c:>2}" for c in item.get("classes", ())]
    return out


def _order(group: str) -> tuple:
    parts = group.split()
    return (parts[0] != "base", len(parts) > 1 and parts[1] == "class", len(parts), group)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="all", dest="sets")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--language", choices=("sv", "en", "all"), default="all")
    parser.add_argument("--class", type=int, dest="klass", help="only the r3 records of this class (1-11)")
    parser.add_argument("--items", action="store_true", help="print one row per record")
    parser.add_argument(
        "--errors", action="store_true", help="print every miss, false alarm and wrong speaker"
    )
    parser.add_argument("--who", action="store_true", help="print only the wrong speakers, one line each")
    args = parser.parse_args(argv)

    items = load(args.language, args.split, args.sets)
    if args.klass is not None:
        items = [i for i in items if args.klass in i.get("classes", ())]
    if not items:
        print("no items")
        return 1
    print(HEADER)
    totals: dict[str, Score] = defaultdict(Score)
    for item in items:
        score = score_item(item)
        if args.items or args.errors:
            print(_row(f"{item['id']} {item['genre'][:5]}", score))
        for group in _groups(item):
            totals[group].add(score)
        if args.errors:
            print_errors(item, score)
        if args.who:
            print_wrong_speakers(item, score)
    by_path = [i for i in items if BY_PATH_CLASSES.intersection(i.get("classes", ()))]
    for item in by_path:
        score = score_item(item, by_path=True)
        for c in sorted(BY_PATH_CLASSES.intersection(item["classes"])):
            totals[f"{item['set']} class {c:>2} by path"].add(score)
        if args.errors:
            print(f"(by path) {item['id']}")
            print_errors(item, score)
    print("-" * len(HEADER))
    for group in sorted(totals, key=_order):
        print(_row(group, totals[group]))
    print(
        f"split={args.split}  attr = gold quotes found with the right speaker / all gold quotes;"
        " spk = right speaker / gold quotes found; by path = no genre, authors or outlet given"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
