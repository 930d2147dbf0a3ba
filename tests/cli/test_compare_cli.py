"""``python main.py compare LEFT RIGHT [--json]``: library ids or files, the schema, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.library import Library

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "compare", *args],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("compare") / "data"
    assert _run(folder, "1", "2").returncode == 0  # seeds the library
    return folder


def test_json_has_exactly_the_schema(data):
    result = _run(data, "1", "2", "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == {"schema", "left", "right", "questions", "links", "only_left", "only_right"}
    assert out["schema"] == 1
    assert set(out["left"]) == {"source", "title", "text"}
    assert out["left"]["title"] == "Expert: Sverige saknar koll på IS-återvändare"
    ids = {q["id"] for q in out["questions"]}
    assert all(set(q) == {"id", "label", "terms"} for q in out["questions"])
    for link in out["links"]:
        assert set(link) == {"question", "relation", "score", "why", "left", "right"}
        assert link["question"] in ids and link["relation"] in ("agree", "disagree", "related")
        for side in ("left", "right"):
            assert set(link[side]) == {"start", "end", "speaker"}
            span = out[side]["text"][link[side]["start"] : link[side]["end"]]
            assert span.strip() and link[side]["start"] < link[side]["end"]
    speakers = {(lk["left"]["speaker"], lk["relation"], lk["right"]["speaker"]) for lk in out["links"]}
    assert ("Magnus Ranstorp", "disagree", "the authors") in speakers
    assert ("Stefan Löfven", "agree", "the authors") in speakers
    for only in out["only_left"] + out["only_right"]:
        assert set(only) == {"start", "end", "speaker", "polarity", "terms"}


def test_the_table_goes_question_by_question(data):
    result = _run(data, "1", "2")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Question 1: ")
    assert any(line.startswith("Question 2: ") for line in lines)
    assert "Magnus Ranstorp (negative):" in result.stdout and "disagree" in result.stdout


def test_files_are_compared_without_importing(data, tmp_path):
    news = next(SEEDS.glob("000_*.txt"))
    by_path = json.loads(_run(data, str(news), "2", "--json").stdout)
    by_id = json.loads(_run(data, "1", "2", "--json").stdout)
    assert by_path["left"]["source"] == news.name
    assert len(by_path["links"]) == len(by_id["links"]) > 0
    library = Library(data / "library.sqlite3")
    try:
        assert library.count() == 2
    finally:
        library.close()


def test_the_users_corrections_apply_to_library_documents(data):
    before = json.loads(_run(data, "1", "2", "--json").stdout)
    link = next(lk for lk in before["links"] if lk["relation"] == "agree")
    anchors = {side: {"start": link[side]["start"], "end": link[side]["end"],
                      "text": before[side]["text"][link[side]["start"] : link[side]["end"]]}
               for side in ("left", "right")}
    library = Library(data / "library.sqlite3")
    try:
        cid = library.add_viewpoint_correction(1, 2, {"op": "remove_link", **anchors})
        stale = library.add_viewpoint_correction(1, 2, {"op": "remove_link", "left": anchors["left"],
                                                        "right": {"start": 0, "end": 4, "text": "Inga"}})
    finally:
        library.close()
    try:
        result = _run(data, "1", "2", "--json")
        after = json.loads(result.stdout)
        assert len(after["links"]) == len(before["links"]) - 1
        assert not any(lk["left"] == link["left"] and lk["right"] == link["right"] for lk in after["links"])
        # the one that no longer fits is said on stderr, in one line
        notes = result.stderr.strip().splitlines()
        assert len(notes) == 1 and notes[0].startswith("note:") and "no longer" in notes[0]
        # swapped: the same correction, mirrored
        swapped = json.loads(_run(data, "2", "1", "--json").stdout)
        assert len(swapped["links"]) == len(after["links"])
    finally:
        library = Library(data / "library.sqlite3")
        library.delete_viewpoint_correction(cid)
        library.delete_viewpoint_correction(stale)
        library.close()


@pytest.mark.parametrize(
    "args, words",
    [(("1", "999"), ["999", "no document"]), (("nothing.txt", "2"), ["nothing.txt", "no such file"])],
)
def test_errors_are_one_line(data, args, words):
    result = _run(data, *args)
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and all(w in lines[0] for w in words)


def test_a_file_that_cannot_be_read_and_a_missing_argument(data, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\xff" * 200)
    result = _run(data, str(bad), "2")
    assert result.returncode == 1 and "bad.txt" in result.stderr and "Traceback" not in result.stderr
    usage = _run(data, "1")
    assert usage.returncode == 2 and "RIGHT" in usage.stderr


def test_the_table_in_swedish_with_language_sv(data):
    """``--language sv``: headings, relations, polarities, the whys and the score's decimal comma in
    Swedish; the texts' words and the JSON stay as they are."""
    english = _run(data, "1", "2").stdout
    result = _run(data, "1", "2", "--language", "sv")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Fråga 1: ") and lines[1].startswith("  ord: ")
    assert "skribenterna (" in result.stdout and "oense" in result.stdout
    assert "poäng 0," in result.stdout
    for english_word in ("Question", "terms:", "the authors", "disagree", "score", "shared:"):
        assert english_word not in result.stdout, english_word
    assert english.splitlines()[0].startswith("Question 1: ") and "score 0." in english
    assert json.loads(_run(data, "1", "2", "--json", "--language", "sv").stdout) == \
        json.loads(_run(data, "1", "2", "--json").stdout)
