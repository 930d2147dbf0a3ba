"""What importing costs per input shape: seconds, seconds per 10 MB and peak memory; asserts nothing.

    .venv/bin/python benchmarks/import_cost.py [--sizes 1,2,4] [--shapes txt-lines,md-images]
                                               [--timeout 120] [--batch 1000] [--warm-format]

Each shape of issue 13's campaign (many short lines, carriage-return line ends, Markdown full of
``[`` or image links, HTML with many attributes, many paragraphs, bare tags, deep nesting, a DOCX
whose text is far larger than the file ...) is generated at several sizes, so linear growth shows,
and imported the way the app imports (``core.importing.import_paths``: importer, normalisation and
storing in a fresh library). Every case runs in a subprocess of its own, so its peak RSS
(``getrusage``) is its own; the import worker's peak is reported apart (``worker MB``). "over base"
is the peak minus the peak of importing a tiny file, and ``×size`` that increase over the file's
size (peaks are VmHWM, so Linux only; CPU seconds count this process and the worker). Targets (issue 13): ≤ 5 s per 10 MB, under 10× the size in memory, never above 1 GB.

``--warm-format`` also imports a tiny file of the case's own format before the case and measures
from there (peaks reset, "over base" from the memory in use after it): the format's libraries
(lxml, PDFium, trafilatura and its first-use data) are then loaded before, so the figure is the
parsing's own. Without it (the default, the figures of earlier notes) they count in the case.

The last lines time a batch of many small files, with the per-file deadline (worker process) and
without it (parsing in the importing process), to show what the deadline costs.
Timings are noisy on a shared machine: compare figures from one run.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.core.importer_samples import make_docx_xml, make_epub, make_odt, make_pdf_pages, \
    zip_bytes  # noqa: E402

MB = 1024 * 1024
_WORDS = ("och i att det som en på är av för med till den har inte om ett han men var jag sig "
          "från vi så kan man när år säger hon under också efter eller nu sin där vid mot ska "
          "regeringen kommunen polisen sverige örebro återvändare extremism forskaren ministern "
          "samverkan skolan eleverna föräldrarna trygghet säkerhet budget kronor rapporten "
          "utredningen åtgärder insatser brott kritik arbete beslut förslaget myndigheten").split()


def _sentences(rng: random.Random, size: int) -> list[str]:
    """Swedish-looking sentences adding up to about ``size`` characters."""
    out: list[str] = []
    total = 0
    while total < size:
        words = rng.choices(_WORDS, k=rng.randint(6, 18))
        sentence = " ".join(words).capitalize() + rng.choice(".....?!")
        if rng.random() < 0.2:
            sentence = f"– {sentence[:-1]}, säger Anna Berg."
        out.append(sentence)
        total += len(sentence) + 1
    return out


def _paragraphs(rng: random.Random, size: int) -> list[str]:
    sentences = _sentences(rng, size)
    paragraphs: list[str] = []
    while sentences:
        take = rng.randint(1, 4)
        paragraphs.append(" ".join(sentences[:take]))
        del sentences[:take]
    return paragraphs


def _repeat_to(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit.encode()))


# ---- the shapes: name -> (file name, bytes of about ``size``) ---------------------------------

def txt_short_lines(rng: random.Random, size: int) -> tuple[str, bytes]:
    lines = [" ".join(rng.choices(_WORDS, k=rng.randint(1, 3))) for _ in range(size // 9)]
    return "korta-rader.txt", "\n".join(lines).encode()


def txt_lines(rng: random.Random, size: int) -> tuple[str, bytes]:
    """Lines of about 40 characters that never end a sentence: one endless hard-wrapped block."""
    lines = [" ".join(rng.choices(_WORDS, k=7)) for _ in range(size // 40)]
    return "rader.txt", "\n".join(lines).encode()


def txt_cr(rng: random.Random, size: int) -> tuple[str, bytes]:
    return "mac.txt", "\r".join(_sentences(rng, size)).encode()


def txt_wrapped(rng: random.Random, size: int) -> tuple[str, bytes]:
    blocks = [textwrap.fill(p, 70) for p in _paragraphs(rng, size)]
    return "radbruten.txt", "\n\n".join(blocks).encode()


def txt_one_line(rng: random.Random, size: int) -> tuple[str, bytes]:
    return "en-rad.txt", " ".join(_sentences(rng, size)).encode()


def txt_cp1252(rng: random.Random, size: int) -> tuple[str, bytes]:
    return "windows.txt", "\r\n\r\n".join(_paragraphs(rng, size)).encode("cp1252")


def md_article(rng: random.Random, size: int) -> tuple[str, bytes]:
    parts = ["---\ntitle: Rubrik\nauthor: Anna Berg\ndate: 2019-03-28\n---\n# Rubrik\n"]
    for index, paragraph in enumerate(_paragraphs(rng, size)):
        if index % 7 == 0:
            parts.append(f"## Avsnitt {index}\n")
        if index % 5 == 1:
            paragraph = paragraph.replace(" och ", " [och](https://example.org/a_(b)) ", 1)
        parts.append(textwrap.fill(paragraph.replace(" att ", " **att** ", 1), 72) + "\n")
    return "artikel.md", "\n".join(parts).encode()


def md_brackets(rng: random.Random, size: int) -> tuple[str, bytes]:
    words = rng.choices(_WORDS, k=size // 6)
    return "hakar.md", " ".join(f"[{w}" if i % 2 else w for i, w in enumerate(words)).encode()


def md_images(rng: random.Random, size: int) -> tuple[str, bytes]:
    """Image links whose parenthesis never closes (the old regex rescanned to the end for each)."""
    unit = "Text ![bild](bild.png \"titel\" och ![bild](bild.png "
    return "bilder.md", _repeat_to(unit, size).encode()


def html_article(rng: random.Random, size: int) -> tuple[str, bytes]:
    nav = "".join(f'<li><a href="/s{i}">Sektion {i}</a></li>' for i in range(30))
    paragraphs = "".join(f"<p>{p}</p>\n" for p in _paragraphs(rng, size))
    page = (f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Rubrik</title>'
            f'<meta name="author" content="Anna Berg"></head><body><nav><ul>{nav}</ul></nav>'
            f'<main><article><h1>Rubrik</h1>{paragraphs}</article></main>'
            f'<footer><p>Sidfot</p></footer></body></html>')
    return "sida.html", page.encode()


def html_attributes(rng: random.Random, size: int) -> tuple[str, bytes]:
    attributes = " ".join(f'data-a{i}="v{i}"' for i in range(size // 16))
    return "attribut.html", (f"<html><body><p {attributes}>Text i ett stycke.</p>"
                             "</body></html>").encode()


def html_paragraphs(rng: random.Random, size: int) -> tuple[str, bytes]:
    body = _repeat_to("<p>Ett kort stycke text.</p>\n", size)
    return "stycken.html", f"<html><body>{body}</body></html>".encode()


def html_bare_tags(rng: random.Random, size: int) -> tuple[str, bytes]:
    return "taggar.html", f"<html><body>{_repeat_to('<i></i>', size)}<p>Text.</p></body></html>"\
        .encode()


def html_deep(rng: random.Random, size: int) -> tuple[str, bytes]:
    return "djup.html", f"<html><body>{_repeat_to('<div>', size)}Text.</body></html>".encode()


def xml_tei(rng: random.Random, size: int) -> tuple[str, bytes]:
    paragraphs = "".join(f"<p>{p}</p>" for p in _paragraphs(rng, size))
    return "tei.xml", (f'<?xml version="1.0"?><TEI><teiHeader><title>Rubrik</title></teiHeader>'
                       f"<text><body>{paragraphs}</body></text></TEI>").encode()


def docx(rng: random.Random, size: int) -> tuple[str, bytes]:
    """Real-looking prose: the file is a fifth to a third of its XML."""
    return "dokument.docx", zip_bytes({"word/document.xml": make_docx_xml(
        _paragraphs(rng, size * 2))})


def docx_text_bomb(rng: random.Random, size: int) -> tuple[str, bytes]:
    """A DOCX whose text is ~70× the file (within the zip limits): the text limit's case."""
    unit = "Samma mening om och om igen. " * 30
    paragraphs = "".join(f"<w:p><w:r><w:t>{unit}{rng.randrange(10 ** 9)}</w:t></w:r></w:p>"
                         for _ in range(size * 70 // (len(unit) + 40)))
    xml = make_docx_xml([]).replace("<w:body>", "<w:body>" + paragraphs)
    return "textbomb.docx", zip_bytes({"word/document.xml": xml})


def odt(rng: random.Random, size: int) -> tuple[str, bytes]:
    return "dokument.odt", make_odt([("p", p) for p in _paragraphs(rng, size * 2)])


def epub(rng: random.Random, size: int) -> tuple[str, bytes]:
    paragraphs = _paragraphs(rng, size * 2)
    chapters = [(f"Kapitel {i}", paragraphs[i:i + 200]) for i in range(0, len(paragraphs), 200)]
    return "bok.epub", make_epub(chapters, title="Bok", creators=["Anna Berg"])


def pdf(rng: random.Random, size: int) -> tuple[str, bytes]:
    lines = [line for p in _paragraphs(rng, size // 2) for line in textwrap.wrap(p, 80) + [""]]
    pages = [lines[i:i + 50] for i in range(0, len(lines), 50)]
    return "rapport.pdf", make_pdf_pages(pages)


SHAPES: dict[str, Callable[[random.Random, int], tuple[str, bytes]]] = {
    "txt-short-lines": txt_short_lines, "txt-lines": txt_lines, "txt-cr": txt_cr,
    "txt-wrapped": txt_wrapped, "txt-one-line": txt_one_line, "txt-cp1252": txt_cp1252,
    "md-article": md_article, "md-brackets": md_brackets, "md-images": md_images,
    "html-article": html_article, "html-attributes": html_attributes,
    "html-paragraphs": html_paragraphs, "html-bare-tags": html_bare_tags,
    "html-deep": html_deep, "xml-tei": xml_tei, "docx": docx, "docx-text-bomb": docx_text_bomb,
    "odt": odt, "epub": epub, "pdf": pdf,
}


# ---- one case, in its own process ---------------------------------------------------------------

def _import(library: object, paths: list[Path], deadline: float | None) -> list:
    from desktop_app.core.importing import import_paths

    if "deadline" in inspect.signature(import_paths).parameters:
        return import_paths(library, paths, deadline=deadline)
    return import_paths(library, paths)  # the code before the deadline existed


def _shutdown_workers() -> None:
    try:
        from desktop_app.core.import_worker import shutdown_workers
    except ImportError:
        return
    shutdown_workers()


def _tiny_of_format(suffix: str) -> bytes:
    """A small valid file of the format ``suffix`` names (for ``--warm-format``)."""
    from tests.core.importer_samples import make_docx, make_pdf

    prose = ["Rubrik", "En kort text om kommunen, säger hon."]
    if suffix == ".docx":
        return make_docx(prose)
    if suffix == ".odt":
        return make_odt([("h", prose[0]), ("p", prose[1])])
    if suffix == ".epub":
        return make_epub([("Kapitel", prose)], title="Bok", creators=["Anna Berg"])
    if suffix == ".pdf":
        return make_pdf(prose)
    if suffix == ".html":
        return f"<html><body><article><h1>{prose[0]}</h1><p>{prose[1]}</p></article></body></html>"\
            .encode()
    if suffix == ".xml":
        return f"<?xml version='1.0'?><TEI><text><body><p>{prose[1]}</p></body></text></TEI>"\
            .encode()
    if suffix == ".md":
        return f"# {prose[0]}\n\n{prose[1]} [länk](https://example.org)\n".encode()
    return "\n\n".join(prose).encode()


def _reset_peak(pid: int | str) -> float:
    """Reset a process's VmHWM to its current resident size (Linux); gives that size in MB."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_case(path: Path, warm_format: bool = False) -> dict:
    """Import one generated file into a new library: time, CPU time, memory and the outcome."""
    from desktop_app.core.library import Library

    with tempfile.TemporaryDirectory(prefix="viewpoints-cost-") as tmp:
        library = Library(Path(tmp, "library.sqlite3"))
        warm = Path(tmp, "uppvärmning.txt")  # starts the worker, as an earlier import would have
        warm.write_text("Uppvärmning.", encoding="utf-8")
        _import(library, [warm], 30.0)
        bases: dict[str, float] = {}
        if warm_format:  # the format's libraries loaded too; peaks measured from here
            same = Path(tmp, "uppvärmning" + path.suffix)
            same.write_bytes(_tiny_of_format(path.suffix))
            _import(library, [same], 30.0)
            bases["base_self"] = _reset_peak("self")
            bases["base_worker"] = max((_reset_peak(pid) for pid in _worker_pids()),
                                       default=0.0)
        workers = _worker_pids()
        cpu_started = _cpu_seconds(workers)
        started = time.perf_counter()
        outcome = _import(library, [path], 30.0)[0]
        seconds = time.perf_counter() - started
        cpu = _cpu_seconds(workers) - cpu_started  # a worker killed on its deadline: lost
        worker_mb = max((_peak_mb(pid) for pid in workers), default=0.0)
        peak_mb = _peak_mb("self")  # the import's: reading the text back below is not part of it
        chars = len(library.get(outcome.doc_id).text) if outcome.doc_id is not None else 0
        library.close()
    _shutdown_workers()
    return {
        "seconds": seconds, "cpu": cpu, "bytes": path.stat().st_size, "chars": chars,
        "peak_mb": peak_mb, "worker_mb": worker_mb,
        "status": outcome.status, "message": outcome.message,
        "warnings": list(getattr(outcome, "warnings", []) or []), **bases,
    }


def _worker_pids() -> list[int]:
    """The running import workers (benchmark introspection of the pool)."""
    try:
        from desktop_app.core import import_worker
    except ImportError:
        return []
    return [worker.process.pid for worker in import_worker._pool._idle]  # noqa: SLF001


def _peak_mb(pid: int | str) -> float:
    """VmHWM: the peak resident memory of that process image (getrusage's maxrss would carry
    the generating parent's peak over fork and exec)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _cpu_seconds(workers: list[int]) -> float:
    """CPU time of this process and of the workers: less noisy than the wall clock."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    total = own.ru_utime + own.ru_stime
    ticks = os.sysconf("SC_CLK_TCK")
    for pid in workers:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
        except (OSError, IndexError, ValueError):
            pass
    return total


def _case_in_subprocess(shape: str, size_mb: float, timeout: float,
                        warm_format: bool = False) -> dict:
    """Generate the file here, import it in a fresh process (so its peak memory is its own)."""
    with tempfile.TemporaryDirectory(prefix="viewpoints-shape-") as tmp:
        if shape == "tiny":
            name, data = "liten.txt", "Rubrik\n\nEn kort text, säger hon.".encode()
        else:
            name, data = SHAPES[shape](random.Random(13), int(size_mb * MB))
        path = Path(tmp, name)
        path.write_bytes(data)
        del data
        command = [sys.executable, __file__, "--case", str(path)] + \
            (["--warm-format"] if warm_format else [])
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                  cwd=ROOT)
        except subprocess.TimeoutExpired:
            return {"timeout": True}
    if done.returncode != 0:
        return {"crash": (done.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---- the batch of many small files ----------------------------------------------------------------

def run_batch(count: int) -> None:
    from desktop_app.core.importing import import_paths
    from desktop_app.core.library import Library

    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="viewpoints-batch-") as tmp:
        folder = Path(tmp, "in")
        folder.mkdir()
        for n in range(count):
            body = "\n\n".join(_paragraphs(rng, rng.randint(1500, 4000)))
            Path(folder, f"{n:05d}.txt").write_text(f"Rubrik {n}\n\n{body}", encoding="utf-8")
        variants: list[tuple[str, float | None]] = [("in-process (no deadline)", None)]
        if "deadline" in inspect.signature(import_paths).parameters:
            variants.append(("worker process, 30 s deadline", 30.0))
        rates: dict[str, float] = {}
        for label, deadline in variants:
            library = Library(Path(tmp, f"lib-{deadline}.sqlite3"))
            started = time.perf_counter()
            outcomes = _import(library, [folder], deadline)
            elapsed = time.perf_counter() - started
            library.close()
            ok = sum(1 for o in outcomes if o.status == "imported")
            rates[label] = count / elapsed
            print(f"batch of {count} small files, {label}: {count / elapsed:.0f} documents/s "
                  f"({elapsed:.2f} s, {ok} imported)")
        _shutdown_workers()
        if len(rates) == 2:
            base, worker = rates.values()
            print(f"deadline overhead: {(base / worker - 1) * 100:.0f} % "
                  f"({(1 / worker - 1 / base) * 1000:.2f} ms per file)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1,2,4", help="sizes in MB, comma-separated")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per case")
    parser.add_argument("--batch", type=int, default=1000, help="small files in the batch (0: none)")
    parser.add_argument("--warm-format", action="store_true",
                        help="import a tiny file of the case's format first and measure memory "
                             "from there (the format's libraries already loaded)")
    parser.add_argument("--case", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.case:
        print(json.dumps(run_case(args.case, args.warm_format)))
        return 0

    base = _case_in_subprocess("tiny", 0, args.timeout)
    base_self, base_worker = base.get("peak_mb", 0.0), base.get("worker_mb", 0.0)
    print(f"baseline (a tiny file): peak {base_self:.0f} MB, worker {base_worker:.0f} MB")
    print(f"{'shape':17s} {'file MB':>8s} {'text MB':>8s} {'s':>7s} {'s/10MB':>7s} {'cpu/10MB':>8s} "
          f"{'peak MB':>8s} {'worker MB':>9s} {'over base':>9s} {'×size':>6s}  outcome")
    for shape in args.shapes.split(","):
        for size_mb in (float(s) for s in args.sizes.split(",")):
            result = _case_in_subprocess(shape, size_mb, args.timeout, args.warm_format)
            if "timeout" in result:
                print(f"{shape:17s} {size_mb:8.1f} {'':8s} {'> ' + str(int(args.timeout)):>7s}"
                      f"  timed out")
                continue
            if "crash" in result:
                print(f"{shape:17s} {size_mb:8.1f}  crashed: {result['crash'][:80]}")
                continue
            file_mb = result["bytes"] / MB
            over = max(result["peak_mb"] - result.get("base_self", base_self),
                       result["worker_mb"] - result.get("base_worker", base_worker), 0.0)
            outcome = result["message"][:60] + (f" [{result['warnings'][0][:50]}]"
                                                if result["warnings"] else "")
            print(f"{shape:17s} {file_mb:8.2f} {result['chars'] / MB:8.2f} "
                  f"{result['seconds']:7.2f} {result['seconds'] / file_mb * 10:7.2f} "
                  f"{result['cpu'] / file_mb * 10:8.2f} "
                  f"{result['peak_mb']:8.0f} {result['worker_mb']:9.0f} {over:9.0f} "
                  f"{over / file_mb:6.1f}  {outcome}", flush=True)
    if args.batch:
        run_batch(args.batch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
