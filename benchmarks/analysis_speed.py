"""Words per second of the whole analysis pipeline, and how it compares to a bare regex pass.

Generates running news text from real-style Swedish and English sentence templates (names,
roles, dash quotes, "säger hon", "enligt X", quotation marks, claims), analyses it on one core,
and times ``re.findall(r"\\w+")`` over the same text in the same run. Also times a paragraph
with no punctuation at 0.5 MB and 1 MB, and one long paragraph of each run of cue words the
robustness tests use (tests/core/analysis_helpers.py) at 600 and 2,400 repeats, to show time
grows linearly (four times the text, about four times the time), and the same for pairs of
paragraphs that name an outlet as whom the words were given to, then a group noun ("Bolaget").

End to end (``--end-to-end``, on by default): the code ``python main.py analyze FILE --json``
runs (``core/analysis_report.analyze_targets``: import through ``core/loading``, analysis, the
schema's records, then ``report_json``, the text ``json.dumps(..., indent=2)`` gives), for one big generated document (7 MB, 1.2 M words, as in
issue 12) and for many small ones (one file per article), medians of 3 runs, with a bare ``\w+``
regex pass over the same files in the same run as the yardstick; the importer's own share
(``import_file`` alone) is printed too. Peak memory (issue 13): a child process analyses a
generated text of 10 MB and of 50 MB and reports ``ru_maxrss`` (``RUSAGE_CHILDREN``), beside a
child that only imports the engine and reads the text.

    .venv/bin/python benchmarks/analysis_speed.py [--words 1000000] [--no-end-to-end]
        [--memory-mb 10 50] [--big-words 1200000]
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.analysis import analyze  # noqa: E402
from tests.core.analysis_helpers import CUE_WORD_RUNS  # noqa: E402

FIRST = "Anna Erik Maria Lars Karin Johan Sara Per Lena Ahmed Fatima Magnus Eva Mikael Zan Lisa".split()
LAST = "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Ranstorp Lindqvist Berg Ek".split()
ROLES = ["kommunalrådet", "forskaren", "ytterbacken", "presstalespersonen", "rektorn", "statsministern"]
ORGS = ["Försvarshögskolan", "Region Skåne", "Polisen", "Unionen", "Volvo", "Migrationsverket"]
PLACES = ["Sverige", "Göteborg", "Malmö", "Örebro", "Tyskland", "Syrien", "Umeå"]
# Narration: what the outlet itself writes between quotes.
NARRATION = [
    "Under natten brann sex bilar i {pl} och räddningstjänsten var på plats i flera timmar.",
    "Frågan har diskuterats länge i kommunfullmäktige men något beslut har ännu inte fattats.",
    "{p} har arbetat med frågorna i över tjugo år och har tidigare varit chef på {o}.",
    "Kommunen har haft ett möte med {o} om hur arbetet ska organiseras under hösten.",
    "Sedan 2014 har antalet anmälningar ökat i hela landet, särskilt i storstadsregionerna.",
    "I fjol fick verksamheten kritik för långa väntetider och brister i dokumentationen.",
    "Beslutet väntas fattas i december efter en remissrunda till berörda myndigheter.",
    "Drygt 40 procent av de tillfrågade i {pl} anser att läget är dåligt, enligt en ny undersökning.",
]
# Speech: the ways Swedish news lets people speak.
SPEECH = [
    "– Det här är ett stort problem för hela {pl}. Vi måste göra mer och vi behöver fler resurser, säger {p}.",
    "– Vi har gjort vad vi kan men det räcker inte, säger hon.",
    "Enligt {p}, forskare vid {o}, har läget förvärrats under året.",
    "{o} menar att insatserna är otillräckliga och att det krävs en ny strategi för hela regionen.",
    "”Vi kommer inte att ge upp”, säger {r} {p} till TT.",
    "Det har gått långsamt och informationen har inte nått fram till kommunerna, säger han.",
    "{p} håller inte med om att arbetet har misslyckats.",
    "Troligtvis kommer fler att flytta från {pl} de kommande åren, enligt {p}.",
    "Samtidigt säger {p} att kommunen kommer att satsa mer på skolan och förskolan.",
    "Priserna stiger snabbt, uppger {o} för TT.",
    "Lönerna måste höjas i år. Det menar {o}.",
]
ENGLISH = [
    "“We will not back down,” said {e}, a spokeswoman for the council.",
    "The economy will shrink this year, according to the IMF.",
    "{e} told reporters that the deal was dead and that talks would not resume.",
]
GIVEN_TO_RUNS = (
    "– Det går bra, säger Anna Ek till Nordbolaget.\n\nBolaget uppger att det går bra.\n\n",
    "Anna Ek säger till Volvo att det går bra.\n\nBolaget menar att det är fel.\n\n",
)
HEADINGS = ["Dålig beredskap", "Ny strategi", "Håller inte med", "Snabbt tillbaka"]
# Reports full of authorities' acronyms (issue 12's 7 MB document had 480): some defined in
# parentheses after their long name, most only used.
ACRONYM_SENTENCES = [
    "Enligt {a} har kostnaderna ökat med tio procent sedan förra året.",
    "{o2} ({a}) presenterade på tisdagen en rapport om läget i {pl}.",
    "Både {a} och {b} har lämnat yttranden till {o2}.",
    "Kritiken från {a} gäller främst hur {o} har hanterat ärendet.",
]
ORG_HEADS = ["Statens institut för", "Myndigheten för", "Centrum för", "Rådet för", "Nämnden för", "Förbundet för"]
ORG_TOPICS = ["kommunikationsanalys", "samhällsskydd", "vårdanalys", "skolutveckling", "digital förvaltning",
              "kulturanalys", "tillväxtpolitik", "arbetsmarknadsfrågor", "energieffektivisering", "djurskydd",
              "folkbildning", "stadsutveckling", "kriminalvård", "ungdomsfrågor", "havsmiljö", "rymdforskning"]


def acronym_pool(count: int = 480, seed: int = 3) -> list[str]:
    """``count`` distinct acronyms of two to five capitals, as authorities' names give them."""
    rng = random.Random(seed)
    pool: set[str] = set()
    while len(pool) < count:
        pool.add("".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVÅÄÖ") for _ in range(rng.randint(2, 5))))
    return sorted(pool)


def running_text(words: int, seed: int = 7, acronyms: bool = False) -> str:
    """Paragraphs of generated news text with at least ``words`` words.

    The mix follows the TT seed text: paragraphs of one to three sentences, about half of them
    with someone speaking, a sub-heading now and then, a little English. ``acronyms``: one
    sentence in thirty names an authority by one of 480 acronyms (``ACRONYM_SENTENCES``).
    """
    rng = random.Random(seed)
    pool = acronym_pool() if acronyms else []
    paragraphs: list[str] = []
    count = 0
    while count < words:
        if rng.random() < 0.04:
            line = rng.choice(HEADINGS)
        else:
            parts = []
            for _ in range(rng.randint(1, 3)):
                sentences = SPEECH if rng.random() < 0.5 else NARRATION
                if rng.random() < 0.03:
                    sentences = ENGLISH
                elif pool and rng.random() < 0.03:
                    sentences = ACRONYM_SENTENCES
                parts.append(
                    rng.choice(sentences).format(
                        a=rng.choice(pool) if pool else "",
                        b=rng.choice(pool) if pool else "",
                        o2=f"{rng.choice(ORG_HEADS)} {rng.choice(ORG_TOPICS)}" if pool else "",
                        p=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                        e=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                        pl=rng.choice(PLACES),
                        o=rng.choice(ORGS),
                        r=rng.choice(ROLES),
                    )
                )
                if parts[-1].startswith(("–", "”")):
                    break  # a dash or quoted paragraph stands alone
            line = " ".join(parts)
        paragraphs.append(line)
        count += len(line.split())
    return "\n\n".join(paragraphs)


def timed(func, repeat: int = 1) -> float:
    """CPU seconds of ``func()`` on this one core (best of ``repeat``), so other load does not count."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        func()
        best = min(best, time.process_time() - start)
    return best


def median_time(func, repeat: int = 3) -> float:
    """Median CPU seconds of ``func()`` over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        func()
        times.append(time.process_time() - start)
    return statistics.median(times)


def command_output(paths: list[str]) -> str:
    """What ``main.py analyze PATHS --json`` prints, made by the same functions."""
    from desktop_app.core.analysis_report import analyze_targets, report_json

    records, errors = analyze_targets(paths, open_library=lambda: None)
    assert not errors, errors
    return report_json(records)


def end_to_end(big_words: int, article_paragraphs: int) -> None:
    """Words per second of import + analysis + JSON, one big file and many small ones."""
    from desktop_app.core.importers import import_file

    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        big.write_text(running_text(big_words, seed=12, acronyms=True), encoding="utf-8")
        paragraphs = running_text(big_words // 4, seed=13, acronyms=True).split("\n\n")
        small: list[str] = []
        for n, i in enumerate(range(0, len(paragraphs), article_paragraphs)):
            path = Path(tmp) / f"article_{n:05}.txt"
            path.write_text("\n\n".join(paragraphs[i : i + article_paragraphs]), encoding="utf-8")
            small.append(str(path))
        command_output([small[0]])  # word lists loaded outside the clock
        print(f"\nend to end (import + analysis + JSON, as `main.py analyze FILE --json`; median of 3 CPU runs):")
        for label, paths in ((f"one document, {big.stat().st_size / 1e6:.1f} MB", [str(big)]),
                             (f"{len(small):,} articles of {article_paragraphs} paragraphs", small)):
            words = sum(len(re.findall(r"\w+", Path(p).read_text(encoding="utf-8"))) for p in paths)
            regex_s = median_time(lambda: [re.findall(r"\w+", Path(p).read_text(encoding="utf-8")) for p in paths])
            import_s = median_time(lambda: [import_file(Path(p)) for p in paths])
            total_s = median_time(lambda: command_output(paths))
            print(f"  {label}: {words:,} words")
            print(f"    regex \\w+ pass (read + findall): {regex_s:7.3f} s {words / regex_s:>12,.0f} words/s")
            print(f"    import alone:                   {import_s:7.3f} s {words / import_s:>12,.0f} words/s")
            print(f"    import + analysis + JSON:       {total_s:7.3f} s {words / total_s:>12,.0f} words/s"
                  f"  ({total_s / regex_s:.0f}x the regex pass)")


_CHILD = """
import resource, sys
sys.path.insert(0, {root!r})
from desktop_app.core.analysis import analyze
analyze("Uppvärmning. – Bra, säger Anna Ek.", language="sv")
text = open({path!r}, encoding="utf-8").read()
if {run!r}:
    analysis = analyze(text, language="sv", genre="news")
"""


_LAUNCHER = """
import resource, subprocess, sys
subprocess.run([sys.executable, "-c", sys.argv[1]], check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def child_peak_mb(code: str) -> float:
    """Peak resident memory of a fresh process running ``code``: a launcher runs it as its only
    child and reports ``RUSAGE_CHILDREN.ru_maxrss`` (kB on Linux), so runs do not mix."""
    done = subprocess.run([sys.executable, "-c", _LAUNCHER, code], check=True, capture_output=True, text=True)
    return int(done.stdout.split()[-1]) / 1024


def peak_memory(sizes_mb: list[float]) -> None:
    """Peak resident memory while analysing generated texts of these sizes."""
    root = str(Path(__file__).resolve().parent.parent)
    print("\npeak memory of analysing one text (child process, RUSAGE_CHILDREN ru_maxrss):")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes_mb:
            path = Path(tmp) / f"text_{mb:g}.txt"
            text = running_text(int(mb * 1e6 / 5.5), seed=21)[: int(mb * 1e6)]
            path.write_text(text, encoding="utf-8")
            size = path.stat().st_size / 1e6
            base, total = (child_peak_mb(_CHILD.format(root=root, path=str(path), run=run)) for run in (False, True))
            print(f"  {size:5.1f} MB text: {total:7.0f} MB peak ({total / size:4.1f}x the text); "
                  f"engine loaded and text read alone: {base:5.0f} MB, so the analysis adds "
                  f"{total - base:6.0f} MB ({(total - base) / size:4.1f}x)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--paragraphs", type=int, default=30, help="paragraphs per document (one article)")
    parser.add_argument("--no-end-to-end", dest="end_to_end", action="store_false")
    parser.add_argument("--big-words", type=int, default=1_200_000, help="words of the one big document")
    parser.add_argument("--memory-mb", type=float, nargs="*", default=[10, 50])
    parser.add_argument("--only", choices=("engine", "end-to-end", "memory"), help="run one part only")
    args = parser.parse_args(argv)
    if args.only == "memory":
        peak_memory(args.memory_mb)
        return 0
    if args.only == "end-to-end":
        end_to_end(args.big_words, args.paragraphs)
        return 0

    text = running_text(args.words)
    words = len(re.findall(r"\w+", text))
    analyze("Uppvärmning. – Bra, säger Anna Ek.", language="sv")  # load word lists outside the clock
    # Real use analyses one article at a time.
    paragraphs = text.split("\n\n")
    size = max(1, args.paragraphs)
    docs = ["\n\n".join(paragraphs[i : i + size]) for i in range(0, len(paragraphs), size)]
    regex_s = timed(lambda: [re.findall(r"\w+", d) for d in docs], repeat=3)
    engine_s = timed(lambda: [analyze(d, language="sv", genre="news") for d in docs])
    whole_s = timed(lambda: analyze(text, language="sv", genre="news"))
    print(f"text: {words:,} words, {len(text) / 1e6:.1f} MB, {len(docs):,} articles of {size} paragraphs")
    print(f"regex \\w+ pass:           {regex_s:7.3f} s  {words / regex_s:>12,.0f} words/s")
    print(f"analysis, per article:     {engine_s:7.3f} s  {words / engine_s:>12,.0f} words/s")
    print(f"analysis, one document:    {whole_s:7.3f} s  {words / whole_s:>12,.0f} words/s")
    print(f"analysis time / regex time: {engine_s / regex_s:.0f}x")

    # A paragraph with no punctuation at all must not make any rule super-linear.
    base = "och sedan sa hon att det var bra för alla i Sverige men inte för Anna Ek "
    for mb in (0.5, 1.0):
        para = (base * (int(mb * 1_000_000) // len(base) + 1))[: int(mb * 1_000_000)]
        seconds = timed(lambda: analyze(para, language="sv"))
        print(f"no punctuation, one {mb:.1f} MB paragraph: {seconds:6.2f} s")
    print("one paragraph of cue words, 600 and 2,400 repeats (ratio 4 is linear):")
    for base, language in CUE_WORD_RUNS:
        small, large = (timed(lambda n=n: analyze(base * n, language=language)) for n in (600, 2400))
        print(f"  {base[:40]!r:44} {small:6.2f} s {large:6.2f} s  ratio {large / small:4.1f}")
    # Issue 12 (d): an outlet named at every cue as whom the words were given to, and a group
    # noun after it ("säger X till Nordbolaget. Bolaget uppger ..."), was quadratic.
    print("paragraph pairs naming whom words were given to, 600 and 2,400 repeats (ratio 4 is linear):")
    for base in GIVEN_TO_RUNS:
        small, large = (timed(lambda n=n: analyze(base * n, language="sv", genre="news")) for n in (600, 2400))
        print(f"  {base[:40]!r:44} {small:6.2f} s {large:6.2f} s  ratio {large / small:4.1f}")
    if args.only == "engine":
        return 0
    if args.end_to_end:
        end_to_end(args.big_words, args.paragraphs)
    if args.memory_mb:
        peak_memory(args.memory_mb)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
