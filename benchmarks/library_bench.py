"""How fast the library imports, lists and searches: prints figures, asserts nothing.

    .venv/bin/python benchmarks/library_bench.py [--docs N] [--queries Q] [--keep PATH]

Generates Swedish-like news texts (300-800 words, Zipf-distributed vocabulary from a fixed word
list and fixed random seed), adds them one transaction each through ``Library.add`` into a
temporary library, then times ``list_documents`` and FTS searches of 1-2 words.
Targets: >= 200 documents/s, <= 20 ms median search.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.document import ImportedText, Metadata  # noqa: E402
from desktop_app.core.library import Library  # noqa: E402

SEED = 20240601

# The most frequent Swedish words, roughly in frequency order; they make the text's skeleton.
FUNCTION_WORDS = """
och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi
så kan man när år säger hon under också efter eller nu sin där vid mot ska skulle kommer ut
blir bli finns många andra två mycket än alla få får hade dem blev fick även hur över sedan
vara detta enligt vad utan mellan här redan inom samt genom både bara menar anser
""".split()

# Content words of news about politics, security and society.
CONTENT_WORDS = """
regeringen kommunen polisen sverige örebro stockholm göteborg malmö riksdagen statsministern
ministern forskare terrorforskare försvarshögskolan säkerhetspolisen säpo återvändare extremism
våldsbejakande radikalisering kritik arbete samverkan skola skolor elever lärare föräldrar
ungdomar socialtjänsten myndigheter myndigheten beslut förslag budget kronor miljoner miljarder
procent undersökning rapport utredning åtgärder insatser brott brottslighet trygghet säkerhet
vården sjukhus patienter kostnader skatter välfärd bostäder bostadsbrist arbetslöshet jobb
företag näringsliv ekonomi tillväxt klimat miljö utsläpp energi elpris kärnkraft vindkraft
migration integration flyktingar asyl medborgare demokrati val väljare partiet partier
socialdemokraterna moderaterna centerpartiet kristdemokraterna liberalerna vänsterpartiet
miljöpartiet sverigedemokraterna oppositionen majoriteten ordförande kommunalråd debatt
debattartikel ledare kommentar intervju nyheter tidningen journalisten källor uppgifter
framtiden historien situationen problemet problemen lösningen frågan frågor svaret ansvaret
kontroll resurser pengar stöd hjälp krav risk risker hot hoten våld attacker terrorism
""".split()

SYLLABLES = """
an be bo da de di do e en er es fa fe fi fo för ga ge gi gå ha he hi hå i ja jo ka ke ki ko
kva la le li lo lu lä lö ma me mi mo mu mä na ne ni no nu nä o pa pe pi po ra re ri ro ru rä
rö sa se si sk sko slu sta ste sti sto stu sä sö ta te ti to tu tä tö u va ve vi vå vä ål är ör
""".split()
SUFFIXES = "" " are arna ning ningar het heten else lig liga ande ende en et er or".split(" ")
NAMES = """
Magnus Ranstorp Stefan Löfven Kenneth Nilsson Åsa Lindström Per-Åke Sörman Lennart Bondeson
Anna Johansson Erik Öberg Maria Ekström Johan Åberg Sara Lundqvist
""".split()


def vocabulary(rng: random.Random, size: int = 30_000) -> tuple[list[str], list[float]]:
    """Words and cumulative Zipf weights: function words first, then content, then rare words."""
    words = list(dict.fromkeys(FUNCTION_WORDS + CONTENT_WORDS))
    seen = set(words)
    while len(words) < size:
        word = "".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) + rng.choice(SUFFIXES)
        if len(word) > 3 and word not in seen:
            seen.add(word)
            words.append(word)
    cumulative: list[float] = []
    total = 0.0
    for rank in range(1, len(words) + 1):
        total += 1.0 / rank
        cumulative.append(total)
    return words, cumulative


def make_document(rng: random.Random, words: list[str], cum: list[float]) -> ImportedText:
    target = rng.randint(300, 800)
    title_words = rng.choices(words[60:2000], k=rng.randint(4, 9))
    paragraphs: list[str] = []
    count = 0
    while count < target:
        sentences = []
        for _ in range(rng.randint(1, 4)):
            sentence = rng.choices(words, cum_weights=cum, k=rng.randint(6, 22))
            if rng.random() < 0.15:
                sentence += ["säger", rng.choice(NAMES)]
            count += len(sentence)
            sentences.append(" ".join(sentence).capitalize() + ".")
        paragraphs.append(" ".join(sentences))
    title = " ".join(title_words).capitalize()
    metadata = Metadata(title=title, outlet=rng.choice(["TT", "DN", "SvD", "NA"]),
                        date=f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                        genre=rng.choice(["news", "opinion", "interview", "other"]),
                        language="sv")
    return ImportedText(title + "\n\n" + "\n\n".join(paragraphs), metadata, "txt")


def make_queries(rng: random.Random, words: list[str], cum: list[float], n: int) -> list[str]:
    """1-2 word queries a reader might type: topical words, names, word beginnings."""
    content = words[len(FUNCTION_WORDS):]
    content_cum = [c - cum[len(FUNCTION_WORDS) - 1] for c in cum[len(FUNCTION_WORDS):]]
    queries: list[str] = []
    for i in range(n):
        picked = rng.choices(content, cum_weights=content_cum, k=2)
        kind = i % 4
        if kind == 0:
            queries.append(picked[0])
        elif kind == 1:
            queries.append(" ".join(picked))
        elif kind == 2:
            queries.append(picked[0][: max(3, len(picked[0]) - 3)])  # a prefix
        else:
            queries.append(rng.choice(NAMES) + " " + picked[0])
    return queries


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="write the library here instead of a temp dir")
    args = parser.parse_args(argv)

    rng = random.Random(SEED)
    words, cum = vocabulary(rng)
    started = time.perf_counter()
    documents = [make_document(rng, words, cum) for _ in range(args.docs)]
    total_words = sum(len(doc.text.split()) for doc in documents)
    print(f"generated {args.docs} documents, {total_words / args.docs:.0f} words on average "
          f"({time.perf_counter() - started:.1f} s, not counted)")

    with tempfile.TemporaryDirectory(prefix="viewpoints-bench-") as tmp:
        path = args.keep or Path(tmp) / "library.sqlite3"
        library = Library(path)
        started = time.perf_counter()
        for n, doc in enumerate(documents):
            library.add(doc, source_name=f"{n:05d}.txt", original=doc.text.encode("utf-8"))
        elapsed = time.perf_counter() - started
        print(f"import: {args.docs / elapsed:.0f} documents/s ({elapsed:.1f} s, one transaction "
              f"each)")

        started = time.perf_counter()
        rows = library.list_documents()
        print(f"list_documents(): {(time.perf_counter() - started) * 1000:.1f} ms "
              f"for {len(rows)} rows")

        queries = make_queries(rng, words, cum, args.queries)
        for query in queries[:10]:  # warm the page cache, as a running app would have
            library.search(query)
        timings: list[float] = []
        hits: list[int] = []
        for query in queries:
            started = time.perf_counter()
            hits.append(len(library.search(query)))
            timings.append((time.perf_counter() - started) * 1000)
        print(f"search over {len(queries)} queries of 1-2 words: median "
              f"{statistics.median(timings):.2f} ms, p95 {percentile(timings, 95):.2f} ms, "
              f"max {max(timings):.2f} ms; median {statistics.median(hits):.0f} hits")
        for worst in ("och", "sä"):  # a word in every document; a short, wide prefix
            started = time.perf_counter()
            found = len(library.search(worst))
            print(f"  worst case {worst!r}: {(time.perf_counter() - started) * 1000:.1f} ms, "
                  f"{found} hits (limit 1000)")

        library.close()  # checkpoints the WAL into the main file
        size = sum(p.stat().st_size for p in Path(path).parent.glob(Path(path).name + "*"))
        print(f"database size: {size / 1e6:.1f} MB ({size / args.docs / 1024:.1f} KiB/document, "
              f"original bytes included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
