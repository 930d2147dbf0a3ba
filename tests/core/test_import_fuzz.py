"""Damaged and hostile files of every format: imported, or refused with one clear line.

Issue 13's campaign as a test: a few hundred generated and mutated files per format (bit flips,
truncation, spliced junk, corrupt or missing ZIP members, lying sizes, zip bombs, broken PDF
cross-references and trailers, impossible encryption, XXE, billion laughs, deep nesting, huge and
numerous attributes, NUL bytes, long lines, unclosable brackets), each parsed in the worker
process with a deadline, as the app parses. How long each takes is measured by
benchmarks/import_fuzz.py, never asserted here.
"""

from __future__ import annotations

import pytest

from desktop_app.core.import_worker import parse_with_deadline
from desktop_app.core.importers import ImportFailure
from tests.core.importer_samples import FUZZ_FORMATS, fuzz_cases, unclear

CASES_PER_FORMAT = 250
DEADLINE = 10.0  # seconds; a file past it is refused ("too complex"), which is an answer too


def _problem(name: str, data: bytes) -> str:
    """What is wrong with how the importer answered this file, or ""."""
    try:
        imported = parse_with_deadline(data, name, deadline=DEADLINE)
    except ImportFailure as failure:
        return unclear(str(failure), name)
    except Exception as exc:  # noqa: BLE001 - exactly what must never happen
        return f"{type(exc).__name__} escaped: {exc}"
    text = imported.text
    if not text or text != text.strip() or "\n\n\n" in text or "\r" in text:
        return "text not normalized"
    if not imported.metadata.title:
        return "no title"
    for warning in imported.warnings:
        if "\n" in warning or len(warning) > 150:
            return f"unclear warning {warning!r}"
    return ""


@pytest.mark.parametrize("fmt", FUZZ_FORMATS)
def test_damaged_and_hostile_files_get_a_clear_answer(fmt):
    problems = []
    for name, data in fuzz_cases(fmt, CASES_PER_FORMAT):
        problem = _problem(name, data)
        if problem:
            problems.append(f"{name} ({len(data)} bytes): {problem}")
    assert not problems, f"{len(problems)} of {CASES_PER_FORMAT}:\n" + "\n".join(problems[:15])


def test_the_valid_seed_of_each_format_imports():
    for fmt in FUZZ_FORMATS:
        name, data = fuzz_cases(fmt, 1)[0]
        imported = parse_with_deadline(data, name, deadline=DEADLINE)
        assert "Löfven" in imported.text, fmt
