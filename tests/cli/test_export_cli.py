"""``python main.py export``: the seeds in every format, headless, refusing to overwrite."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest

from tests.helpers_pdf import pdf_text

ROOT = Path(__file__).resolve().parents[2]


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "export", *args],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )


def _mark_rows(path: Path) -> list[dict[str, str]]:
    """The CSV's first table, the marks (the viewpoints table follows after a blank row)."""
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text.split("\r\n\r\n", 1)[0])))


def _viewpoint_rows(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig")
    title, table = text.split("\r\n\r\n", 1)[1].split("\r\n", 1)
    assert title == "Viewpoints"
    return list(csv.DictReader(io.StringIO(table)))


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """Every format exported once from a fresh (seeded) library."""
    folder = tmp_path_factory.mktemp("exports")
    data = folder / "data"
    results = {}
    for fmt in ("pdf", "html", "png", "csv", "json"):
        out = folder / f"seeds.{fmt}"
        results[fmt] = (_run(data, "1", "2", "--format", fmt, "-o", str(out)), out)
    return data, folder, results


@pytest.mark.parametrize("fmt", ["pdf", "html", "png", "csv", "json"])
def test_every_format_is_written(exports, fmt):
    _, _, results = exports
    result, out = results[fmt]
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"exported {fmt} to {out}"
    magic = {"pdf": b"%PDF", "png": b"\x89PNG", "html": b"<!DOCTYPE html>", "csv": b"\xef\xbb\xbfdocument", "json": b"{"}
    assert out.read_bytes().startswith(magic[fmt])
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".part")]


def test_contents_name_both_seeds(exports):
    _, _, results = exports
    data = json.loads(results["json"][1].read_text(encoding="utf-8"))
    titles = [d["title"] for d in data["documents"]]
    assert titles == ["Expert: Sverige saknar koll på IS-återvändare",
                      "Örebro arbetar aktivt mot våldsbejakande extremism"]
    assert all(d["quotes"] and d["actors"] for d in data["documents"])
    rows = _mark_rows(results["csv"][1])
    assert {r["side"] for r in rows} == {"left", "right"}
    quotes = sum(len(d["quotes"]) for d in data["documents"])
    assert sum(1 for r in rows if r["mark kind"] in ("direct", "indirect", "author")) == quotes
    page = lxml.html.parse(str(results["html"][1])).getroot()
    assert [th.text_content() for th in page.xpath('//table[@class="texts"]//th')] == titles
    text = pdf_text(results["pdf"][1])
    assert "Ranstorp" in text and "Örebro" in text


def test_every_format_has_the_viewpoints_table(exports):
    _, _, results = exports
    links = _viewpoint_rows(results["csv"][1])
    assert {(r["left actor"], r["relation"], r["right actor"]) for r in links} >= {
        ("Magnus Ranstorp", "disagree", "the authors"), ("Stefan Löfven", "agree", "the authors")}
    data = json.loads(results["json"][1].read_text(encoding="utf-8"))
    assert sum(len(q["links"]) for q in data["viewpoints"]["questions"]) == len(links)
    page = lxml.html.parse(str(results["html"][1])).getroot()
    assert len(page.xpath('//table[@class="viewpoints"]/tbody/tr')) == len(links)
    text = subprocess.run(["pdftotext", "-layout", str(results["pdf"][1]), "-"], capture_output=True, text=True).stdout
    assert "Viewpoints" in text and "\u2260 disagree" in text and "= agree" in text


def test_refuses_to_overwrite_without_force(exports):
    data, folder, results = exports
    out = results["html"][1]
    before = out.read_bytes()
    refused = _run(data, "1", "2", "--format", "html", "-o", str(out))
    assert refused.returncode == 1 and "exists" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert out.read_bytes() == before
    forced = _run(data, "1", "2", "--format", "html", "-o", str(out), "--force")
    assert forced.returncode == 0


def test_actor_option_keeps_only_that_actor(exports, tmp_path):
    data, _, _ = exports
    out = tmp_path / "ranstorp.csv"
    result = _run(data, "1", "2", "-o", str(out), "--actor", "Magnus Ranstorp")
    assert result.returncode == 0, result.stderr
    rows = _mark_rows(out)
    assert rows and {r["actor"] for r in rows} <= {"Magnus Ranstorp", ""}
    assert any(r["actor"] == "Magnus Ranstorp" for r in rows)
    # links only between visible speakers: the authors are hidden, so none of Ranstorp's remain
    assert _viewpoint_rows(out) == []
    unknown = _run(data, "1", "2", "-o", str(tmp_path / "x.csv"), "--actor", "Ingen Alls")
    assert unknown.returncode == 1 and "Ingen Alls" in unknown.stderr and not (tmp_path / "x.csv").exists()


def test_file_paths_are_analysed_without_importing(exports, tmp_path):
    data, _, _ = exports
    left = tmp_path / "vänster.txt"
    left.write_text("Kommunen satsar\n\n”Vi gör det här för barnen”, säger Anna Svensson.\n", encoding="utf-8")
    out = tmp_path / "mixed.json"
    result = _run(data, str(left), "2", "-o", str(out))
    assert result.returncode == 0, result.stderr
    documents = json.loads(out.read_text(encoding="utf-8"))["documents"]
    assert documents[0]["source"] == "vänster.txt" and documents[1]["source"] == "library:2"
    listing = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "list", "--json"],
                             capture_output=True, text=True, timeout=60)
    assert len(json.loads(listing.stdout)) == 2  # still just the seeds


def test_chart_alone_and_bad_inputs(exports, tmp_path):
    data, _, _ = exports
    svg = tmp_path / "chart.svg"
    assert _run(data, "1", "2", "--chart", "-o", str(svg)).returncode == 0
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<svg")
    bad = _run(data, "1", "999", "-o", str(tmp_path / "x.html"))
    assert bad.returncode == 1 and "999" in bad.stderr and "Traceback" not in bad.stderr
    wrong = _run(data, "1", "2", "-o", str(tmp_path / "x.docx"))
    assert wrong.returncode == 1 and "docx" in wrong.stderr
    folder = _run(data, "1", "2", "-o", str(tmp_path / "missing" / "x.html"))
    assert folder.returncode == 1 and "does not exist" in folder.stderr


def test_the_chart_file_shows_the_charts_top_n(exports, tmp_path):
    """As the chart does: the N most mentioned actors (10 unless --top says), the chart's labels."""
    data, _, _ = exports
    top = tmp_path / "top.csv"
    assert _run(data, "1", "2", "--chart", "--top", "3", "-o", str(top)).returncode == 0
    rows = list(csv.reader(io.StringIO(top.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["actor", "Left: Expert: Sverige saknar koll på IS-återvändare",
                       "Right: Örebro arbetar aktivt mot våldsbejakande extremism"]
    assert len(rows) == 1 + 3
    default = tmp_path / "default.csv"
    assert _run(data, "1", "2", "--chart", "-o", str(default)).returncode == 0
    rows = list(csv.reader(io.StringIO(default.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 1 + 10 and rows[1:4] == list(csv.reader(io.StringIO(top.read_text(encoding="utf-8-sig"))))[1:]
    bad = _run(data, "1", "2", "--chart", "--top", "0", "-o", str(tmp_path / "x.csv"))
    assert bad.returncode == 2 and "--top" in bad.stderr and not (tmp_path / "x.csv").exists()


def test_language_option_writes_the_headings_in_swedish(exports, tmp_path):
    data, folder, _ = exports
    out = tmp_path / "svenska.html"
    result = _run(data, "1", "2", "-o", str(out), "--language", "sv")
    assert result.returncode == 0, result.stderr
    page = lxml.html.fromstring(out.read_bytes())
    headings = [h.text_content() for h in page.iter("h1", "h3")]
    assert headings[0] == "Viewpoints \u2014 vem säger vad"
    assert {"Teckenförklaring", "Omnämnanden", "Synpunkter"} <= set(headings)
    assert "Direktcitat" in page.text_content()
    english = lxml.html.fromstring((folder / "seeds.html").read_bytes())  # the default stays English
    assert {"Legend", "Mentions", "Viewpoints"} <= {h.text_content() for h in english.iter("h3")}
    pdf = tmp_path / "svenska.pdf"
    assert _run(data, "1", "2", "-o", str(pdf), "--language", "sv").returncode == 0
    text = pdf_text(pdf)
    assert "Teckenförklaring" in text and "Legend" not in text
    refused = _run(data, "1", "2", "-o", str(tmp_path / "x.html"), "--language", "de")
    assert refused.returncode == 2 and "--language" in refused.stderr
