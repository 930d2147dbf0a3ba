"""Batch import into a real library: outcomes, duplicates, progress, cancel, bad files skipped."""

from __future__ import annotations

import pytest

from desktop_app import paths
from desktop_app.core.importing import ImportOutcome, import_one, import_paths
from desktop_app.core.library import Library
from tests.core.importer_samples import make_docx


@pytest.fixture
def batch(tmp_path):
    """A folder with two good texts, a bad one between them, a copy, and a hidden file."""
    folder = tmp_path / "inkorg"
    (folder / "del2").mkdir(parents=True)
    (folder / "a_nyhet.txt").write_bytes(
        (paths.SEEDS_DIR / "000_2061872dff862ea4.txt").read_bytes())
    (folder / "b_trasig.docx").write_bytes(b"PK\x03\x04 inte en riktig zip")
    (folder / "c_debatt.docx").write_bytes(make_docx(
        ["Örebro svarar", "Vi arbetar aktivt med polisen, säger Kenneth Nilsson."],
        title="Örebro svarar"))
    (folder / "del2" / "kopia.txt").write_bytes(
        (paths.SEEDS_DIR / "000_2061872dff862ea4.txt").read_bytes().replace(b"\n", b"\r\n"))
    (folder / ".dold.txt").write_text("Syns inte.")
    return folder


def test_batch_continues_past_a_bad_file(library, batch):
    outcomes = import_paths(library, [batch])
    summary = [(o.path.rsplit("/", 1)[-1], o.status, o.message) for o in outcomes]
    assert summary == [
        ("a_nyhet.txt", "imported", "imported as 1"),
        ("b_trasig.docx", "error",
         "error: damaged or truncated DOCX file (not a readable ZIP archive)"),
        ("c_debatt.docx", "imported", "imported as 2"),
        ("kopia.txt", "duplicate", "duplicate of 1"),  # CRLF copy: same normalized text
    ]
    assert outcomes[2].title == "Örebro svarar"
    assert outcomes[1].doc_id is None and outcomes[3].doc_id == 1
    assert library.count() == 2
    stored = library.get(2)
    assert stored.text == ("Örebro svarar\n\nVi arbetar aktivt med polisen, säger Kenneth "
                           "Nilsson.")
    assert library.original_bytes(1) == (batch / "a_nyhet.txt").read_bytes()


def test_progress_and_cancel(library, batch):
    calls: list[tuple[int, int, str]] = []
    outcomes = import_paths(library, [batch], progress=lambda *args: calls.append(args),
                            cancelled=lambda: len(calls) > 2)
    assert [(done, total) for done, total, _ in calls] == [(0, 4), (1, 4), (2, 4)]
    assert calls[1][2].endswith("a_nyhet.txt")
    assert [o.status for o in outcomes] == ["imported", "error"]
    assert library.count() == 1


def test_import_one_reports_missing_and_oversize_files(library, tmp_path):
    missing = import_one(library, tmp_path / "borta.txt")
    assert missing == ImportOutcome(str(tmp_path / "borta.txt"), "error", None,
                                    "error: file not found")
    big = tmp_path / "stor.txt"
    big.write_bytes(b"Ord. " * 400)
    outcome = import_one(library, big, max_bytes=1000)
    assert (outcome.status, outcome.message) == (
        "error", "error: file is too large (2.0 KB; the limit is 1000 bytes)")
    assert library.count() == 0


def test_import_one_into_a_closed_library_is_an_error_not_a_crash(tmp_path):
    lib = Library(tmp_path / "stängd.sqlite3")
    lib.close()
    path = tmp_path / "a.txt"
    path.write_text("En text.", encoding="utf-8")
    outcome = import_one(lib, path)
    assert outcome.status == "error"
    assert outcome.message.startswith("error: could not store it (")


# ---- paths the user gives, and what a folder holds -------------------------------------------

import errno  # noqa: E402
import os  # noqa: E402

from desktop_app.core import importing  # noqa: E402
from tests.core.importer_samples import make_pdf_pages, zip_bytes  # noqa: E402


def _summary(outcomes, base):
    return [(os.path.relpath(o.path, base), o.status, o.message) for o in outcomes]


@pytest.fixture
def linked(tmp_path):
    """A folder with links out of it, a loop, a dangling link, a pipe, and a link inside it."""
    outside = tmp_path / "utanför"
    outside.mkdir()
    (outside / "hemlig.txt").write_text("Hemlig text utanför mappen.", encoding="utf-8")
    folder = tmp_path / "mapp"
    (folder / "under").mkdir(parents=True)
    (folder / "a.txt").write_text("Första texten i mappen, säger hon.", encoding="utf-8")
    (folder / "under" / "b.md").write_text("# Andra\n\nText i undermappen.", encoding="utf-8")
    (folder / "ut.txt").symlink_to(outside / "hemlig.txt")
    (folder / "utmapp").symlink_to(outside, target_is_directory=True)
    (folder / "under" / "upp").symlink_to(folder, target_is_directory=True)
    (folder / "slinga.txt").symlink_to(folder / "slinga.txt")
    (folder / "borta.txt").symlink_to(folder / "finns-inte.txt")
    (folder / "inne.txt").symlink_to(folder / "a.txt")
    os.mkfifo(folder / "rör.txt")
    return tmp_path


def test_a_folder_keeps_to_itself_and_says_what_it_skipped(library, linked):
    outcomes = import_paths(library, [linked / "mapp"])
    assert _summary(outcomes, linked) == [
        ("mapp/a.txt", "imported", "imported as 1"),
        ("mapp/borta.txt", "skipped", "skipped: a link to a file that does not exist"),
        ("mapp/rör.txt", "skipped", "skipped: not a regular file (a pipe, socket or device)"),
        ("mapp/slinga.txt", "skipped",
         "skipped: a symbolic link that loops (it leads back to itself)"),
        ("mapp/under/b.md", "imported", "imported as 2"),
        ("mapp/under/upp", "skipped", "skipped: a symbolic link to a folder it is in (a loop)"),
        ("mapp/ut.txt", "skipped", "skipped: a symbolic link that leads out of the folder"),
        ("mapp/utmapp", "skipped", "skipped: a symbolic link that leads out of the folder"),
    ]  # inne.txt is a.txt again: read once
    assert "Hemlig" not in " ".join(library.get(i).text for i in (1, 2))


def test_a_link_the_user_names_is_followed(library, linked):
    outcomes = import_paths(library, [linked / "mapp" / "ut.txt"])
    assert [o.status for o in outcomes] == ["imported"]
    assert library.get(outcomes[0].doc_id).text == "Hemlig text utanför mappen."


def test_missing_and_unusable_paths_are_outcomes_not_exceptions(library, tmp_path, monkeypatch):
    blocker = tmp_path / "fil.txt"
    blocker.write_text("En fil.", encoding="utf-8")
    locked = tmp_path / "låst"
    locked.mkdir()
    (locked / "inne.txt").write_text("Bakom ett lås.", encoding="utf-8")
    real_lstat = os.lstat

    def refuse_locked(path, *args, **kwargs):  # as for a folder the user may not enter
        if str(path).startswith(str(locked) + os.sep):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_lstat(path, *args, **kwargs)

    monkeypatch.setattr(os, "lstat", refuse_locked)
    outcomes = import_paths(library, [tmp_path / "saknas.txt", blocker / "x.txt",
                                      locked / "inne.txt", blocker])
    assert [(o.status, o.message) for o in outcomes] == [
        ("error", "error: no such file or folder"),
        ("error", "error: no such file or folder (a part of the path is a file)"),
        ("error", "error: permission denied"),
        ("imported", "imported as 1"),
    ]


def test_an_unreadable_subfolder_gets_a_line(library, tmp_path, monkeypatch):
    folder = tmp_path / "mapp"
    (folder / "stängd").mkdir(parents=True)
    (folder / "stängd" / "x.txt").write_text("Syns aldrig.", encoding="utf-8")
    (folder / "öppen.txt").write_text("Syns.", encoding="utf-8")
    real_scandir = os.scandir

    def refuse(path="."):
        if os.fspath(path).endswith("stängd"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    outcomes = import_paths(library, [folder])
    assert _summary(outcomes, tmp_path) == [
        ("mapp/stängd", "skipped", "skipped: folder not read: permission denied"),
        ("mapp/öppen.txt", "imported", "imported as 1"),
    ]


# ---- the deadline, the text limit, warnings and the log --------------------------------------

def _slow_markdown(path):
    path.write_text("- punkt\n" * 40_000, encoding="utf-8")  # seconds of parsing, not 50 ms
    return path


def test_a_file_past_its_deadline_fails_and_the_batch_goes_on(library, tmp_path):
    slow = _slow_markdown(tmp_path / "a_lång.md")
    fine = tmp_path / "b_kort.txt"
    fine.write_text("En kort text, säger han.", encoding="utf-8")
    outcomes = import_paths(library, [slow, fine], deadline=0.05)
    assert [(o.status, o.message) for o in outcomes] == [
        ("error", "error: too complex to import in 0.05 s"),
        ("imported", "imported as 1"),  # in a fresh worker
    ]
    log = (library.path.parent / "import.log").read_text(encoding="utf-8")
    assert "a_lång.md: not imported: too complex to import in 0.05 s" in log
    assert "worker stopped" in log  # the detail goes to the log, not to the user


def test_cancel_stops_a_file_that_is_being_parsed(library, tmp_path):
    slow = _slow_markdown(tmp_path / "lång.md")
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3  # while the file is parsed

    assert import_paths(library, [slow], cancelled=cancelled) == []
    assert library.count() == 0


def test_text_past_the_limit_is_refused_with_its_size(library, tmp_path):
    path = tmp_path / "packad.docx"
    body = "<w:p><w:r><w:t>" + "Samma mening igen. " * 100 + "</w:t></w:r></w:p>"
    path.write_bytes(zip_bytes({"word/document.xml": (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body * 50}</w:body></w:document>")}))
    outcome = importing.import_one(library, path, max_chars=10_000)
    assert (outcome.status, outcome.message) == (
        "error", "error: its text is too long (more than 10 000 characters, the limit)")


def test_a_damaged_pdf_page_is_skipped_with_a_warning(library, tmp_path):
    path = tmp_path / "skadad.pdf"
    data = make_pdf_pages([["Sidan ett."], ["Sidan två finns kvar."]])
    path.write_bytes(data.replace(b"/Kids [5 0 R", b"/Kids [50 0 R", 1))  # page 1's object is gone
    outcome = importing.import_one(library, path)
    assert outcome.status == "imported"
    assert outcome.warnings == ["damaged PDF: page 1 of 2 could not be read and was skipped"]
    assert library.get(outcome.doc_id).text == "Sidan två finns kvar."


def test_the_worker_ends_when_the_importing_process_dies():
    import subprocess
    import sys
    import time
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    code = (f"import sys; sys.path.insert(0, {str(root)!r}); "
            "from desktop_app.core import import_worker as w; "
            "w.parse_with_deadline(b'Hej.', 'a.txt'); "
            "print(w._pool._idle[0].process.pid, flush=True); import os; os._exit(0)")
    pid = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=60).stdout.strip())
    for _ in range(100):  # it looks every second
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return
        if state == "Z":
            return
        time.sleep(0.1)
    raise AssertionError("the worker outlived the process that started it")


import re  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from desktop_app.core import document  # noqa: E402


def _findall_count(text: str) -> int:
    """The definition count_words keeps: how many runs of ``\\w`` (its code before issue 13's
    rewrite counted exactly this, by ``findall`` a window at a time)."""
    return len(re.findall(r"\w+", text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab_1 é–.\n\u0301", max_size=60), st.integers(1, 9))
def test_words_are_counted_the_same_across_window_cuts(text, window):
    """count_words counts a window at a time; a word cut by a window's end counts once."""
    saved = document._COUNT_WINDOW
    document._COUNT_WINDOW = window
    try:
        assert document.count_words(text) == _findall_count(text)
    finally:
        document._COUNT_WINDOW = saved


# Latin-1 letters and signs, letters and signs past it (Cyrillic, CJK, dashes, quotes, an emoji,
# a combining accent, a lone surrogate), digits of other scripts, "_" and spaces of every kind.
_WORD_ALPHABET = "aZ_9 \t\n\xa0\u2003åÖé×÷ª²½.,–”’…жЖ中😀\u0301\ud800٣\u00b5\u2028"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_WORD_ALPHABET, max_size=200), st.integers(1, 40),
       st.sampled_from([1, 64, 10 ** 9]))
def test_count_words_is_findall_on_any_text(text, window, share):
    """Both ways of counting a window (class bytes, or findall when it is mostly past Latin-1),
    across window cuts, give what ``findall`` gives on the whole text."""
    saved = document._COUNT_WINDOW, document._BEYOND_LATIN1_SHARE
    document._COUNT_WINDOW, document._BEYOND_LATIN1_SHARE = window, share
    try:
        assert document.count_words(text) == _findall_count(text)
    finally:
        document._COUNT_WINDOW, document._BEYOND_LATIN1_SHARE = saved


def test_every_character_is_classed_as_re_classes_it():
    """Each of the 1,114,112 code points is a word character for count_words exactly when
    ``\\w`` matches it."""
    latin1 = "".join(map(chr, range(256)))
    beyond = "".join(map(chr, range(256, 0x110000)))
    expected = re.sub(r"\W", " ", re.sub(r"\w", "w", latin1 + beyond))
    classes = latin1.encode("latin-1").translate(document._LATIN1_CLASS).decode("ascii") + \
        beyond.translate(document._BEYOND_LATIN1)
    assert classes == expected
