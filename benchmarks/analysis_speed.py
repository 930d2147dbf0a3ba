"""Words per second of the whole analysis pipeline, and how it compares to a bare regex pass.

Generates running news text from real-style Swedish and English sentence templates (names,
roles, dash quotes, "säger hon", "enligt X", quotation marks, claims), analyses it on one core,
and times ``re.findall(r"\\w+")`` over the same text in the same run. Also times a paragraph
with no punctuation at 0.5 MB and 1 MB, and one long paragraph of each run of cue words the
robustness tests use (tests/core/analysis_helpers.py) at 600 and 2,400 repeats, to show time
grows linearly (four times the text, about four times the time).

    .venv/bin/python benchmarks/analysis_speed.py [--words 1000000]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
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
HEADINGS = ["Dålig beredskap", "Ny strategi", "Håller inte med", "Snabbt tillbaka"]


def running_text(words: int, seed: int = 7) -> str:
    """Paragraphs of generated news text with at least ``words`` words.

    The mix follows the TT seed text: paragraphs of one to three sentences, about half of them
    with someone speaking, a sub-heading now and then, a little English.
    """
    rng = random.Random(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        if rng.random() < 0.04:
            line = rng.choice(HEADINGS)
        else:
            parts = []
            for _ in range(rng.randint(1, 3)):
                pool = SPEECH if rng.random() < 0.5 else NARRATION
                if rng.random() < 0.03:
                    pool = ENGLISH
                parts.append(
                    rng.choice(pool).format(
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--paragraphs", type=int, default=30, help="paragraphs per document (one article)")
    args = parser.parse_args(argv)

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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
