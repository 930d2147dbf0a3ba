"""The files that ship with the app: found as package data, and refused loudly when missing.

A missing lexicon must never mean an empty word list (the analysis would quietly find 6 quotes
instead of 14): the start-up check and the lexicon reader both raise ResourcesMissingError.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from desktop_app import paths
from desktop_app.core.analysis.text import lexicon
from desktop_app.paths import ResourcesMissingError

ROOT = Path(__file__).resolve().parents[2]


def test_resources_and_seeds_are_packages_found_where_the_repo_keeps_them():
    assert resources.files("desktop_app.resources") == ROOT / "resources"
    assert resources.files("desktop_app.seeds") == ROOT / "seeds"
    assert paths.RESOURCES_DIR == ROOT / "resources"
    assert paths.LEXICONS_DIR == ROOT / "resources" / "lexicons"
    assert paths.SEEDS_DIR == paths.seeds_dir() == ROOT / "seeds"
    assert (paths.LEXICONS_DIR / "sv" / "reporting_verbs.txt").is_file()


def test_the_checkout_passes_the_start_up_check():
    paths.check_resources()


@pytest.fixture
def shipped(tmp_path, monkeypatch):
    """A copy of resources/ and seeds/ that the start-up check reads instead of the repo's."""
    folders = {"desktop_app.resources": shutil.copytree(ROOT / "resources", tmp_path / "resources"),
               "desktop_app.seeds": shutil.copytree(ROOT / "seeds", tmp_path / "seeds")}
    monkeypatch.setattr(paths, "package_dir", folders.__getitem__)
    return folders


def _message(excinfo) -> str:
    text = str(excinfo.value)
    assert text.startswith("resources missing: reinstall Viewpoints (") and "\n" not in text
    return text


def test_a_language_without_lexicons_stops_the_start(shipped):
    for path in (shipped["desktop_app.resources"] / "lexicons" / "en").glob("*.txt"):
        path.unlink()
    with pytest.raises(ResourcesMissingError) as excinfo:
        paths.check_resources()
    assert "lexicons/en/*.txt" in _message(excinfo)


def test_a_missing_folder_is_named(shipped):
    shutil.rmtree(shipped["desktop_app.seeds"])
    with pytest.raises(ResourcesMissingError) as excinfo:
        paths.check_resources()
    assert "seeds/" in _message(excinfo)


def test_a_seed_the_seed_list_names_must_be_there(shipped):
    manifest = json.loads((shipped["desktop_app.seeds"] / "seeds.json").read_text(encoding="utf-8"))
    gone = manifest["documents"][1]["file"]
    (shipped["desktop_app.seeds"] / gone).unlink()
    (shipped["desktop_app.resources"] / "icons" / "app.svg").unlink()
    with pytest.raises(ResourcesMissingError) as excinfo:
        paths.check_resources()
    message = _message(excinfo)
    assert gone in message and "icons/app.svg" in message
    assert excinfo.value.missing[0].endswith(gone) or excinfo.value.missing[1].endswith(gone)


def test_an_unreadable_seed_list_is_reported(shipped):
    (shipped["desktop_app.seeds"] / "seeds.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ResourcesMissingError) as excinfo:
        paths.check_resources()
    assert "seeds.json: unreadable" in _message(excinfo)


def test_many_missing_files_stay_one_line():
    error = ResourcesMissingError([f"lexicons/sv/list{i}.txt" for i in range(9)])
    assert str(error) == ("resources missing: reinstall Viewpoints (lexicons/sv/list0.txt, lexicons/sv/list1.txt, "
                          "lexicons/sv/list2.txt, lexicons/sv/list3.txt, lexicons/sv/list4.txt and 4 more)")


# --- the lexicon reader -----------------------------------------------------------------------

@pytest.fixture
def lexicons(tmp_path, monkeypatch):
    folder = tmp_path / "lexicons"
    (folder / "sv").mkdir(parents=True)
    monkeypatch.setattr(lexicon, "LEXICONS_DIR", folder)
    lexicon.load_lines.cache_clear()
    yield folder / "sv"
    lexicon.load_lines.cache_clear()


def test_a_missing_lexicon_raises_instead_of_reading_as_empty(lexicons):
    with pytest.raises(ResourcesMissingError, match=r"lexicons/sv/titles\.txt: not found"):
        lexicon.load_lines("sv", "titles")


def test_an_unreadable_lexicon_raises(lexicons):
    (lexicons / "titles.txt").write_bytes(b"statsminister\n\xff\xfe broken\n")
    with pytest.raises(ResourcesMissingError, match=r"titles\.txt: UnicodeDecodeError"):
        lexicon.load_lines("sv", "titles")
    (lexicons / "roles.txt").mkdir()
    with pytest.raises(ResourcesMissingError, match=r"roles\.txt"):
        lexicon.load_lines("sv", "roles")


def test_an_intentionally_empty_lexicon_reads_as_empty(lexicons):
    (lexicons / "org_words.txt").write_text("# Intentionally empty: see en/org_words.txt\n", encoding="utf-8")
    assert lexicon.load_lines("sv", "org_words") == ()


def test_every_lexicon_the_analysis_reads_exists(tmp_path):
    """Both languages analysed end to end: any list the rules ask for that is not shipped raises."""
    english = tmp_path / "english.txt"
    english.write_text('"We will not accept this," said John Smith, head of the Labour Party in London, on Monday. '
                       "The minister argued that the plan would fail, according to the Ministry of Defence.\n",
                       encoding="utf-8")
    swedish = ROOT / "seeds" / "000_2061872dff862ea4.txt"
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path / "data"), "analyze",
                          str(swedish), str(english), "--json"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    documents = json.loads(out.stdout)["documents"]
    assert [d["language"] for d in documents] == ["sv", "en"]
    assert all(d["quotes"] and d["actors"] for d in documents)


def test_the_command_line_refuses_to_start_on_missing_resources(tmp_path):
    """cli.main runs the check before any command and before the GUI."""
    script = ("import sys; from desktop_app import paths, cli\n"
              "paths.package_dir = lambda package: paths.PROJECT_ROOT / 'no-such-folder'\n"
              "sys.exit(cli.main(sys.argv[1:]))\n")
    for args in (["list"], []):
        out = subprocess.run([sys.executable, "-c", script, "--data-dir", str(tmp_path), *args],
                             capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert out.returncode == 1
        assert out.stderr.startswith("error: resources missing: reinstall Viewpoints (no-such-folder/")
        assert out.stdout == ""


def test_every_word_list_exists_in_both_languages():
    """The engine reads most lists for the document's language: a list written for one language
    only would stop the other's analysis with "resources missing". A list that has no entries in a
    language is a comment-only file there that says why."""
    folders = {lang: {p.name for p in (ROOT / "resources" / "lexicons" / lang).glob("*.txt")} for lang in ("sv", "en")}
    assert folders["sv"] - folders["en"] == set(), "add a comment-only file to lexicons/en/"
    assert folders["en"] - folders["sv"] == set(), "add a comment-only file to lexicons/sv/"


def test_the_viewpoint_lists_are_read_from_the_package_data():
    """Not from a folder computed from a module's own path, which is wrong in an installed wheel."""
    from desktop_app.core.viewpoints import lexicons

    assert lexicons.LEXICON_DIR == paths.LEXICONS_DIR
    assert lexicons.read_list("sv", "positive")
