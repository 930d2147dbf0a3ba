"""The engine's version changes with any source file of any stage, so stored analyses are redone."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from desktop_app.core.analysis import version
from desktop_app.core.analysis.version import cached_engine_digest, engine_digest
from desktop_app.paths import LEXICONS_DIR

ENGINE_DIR = Path(version.__file__).parent


def test_every_stage_module_is_in_the_digest(tmp_path: Path) -> None:
    engine = shutil.copytree(ENGINE_DIR, tmp_path / "engine", ignore=shutil.ignore_patterns("__pycache__"))
    before = engine_digest(engine, LEXICONS_DIR)
    modules = sorted(p for p in engine.rglob("*.py") if p.parent != engine)
    assert {p.parent.name for p in modules} >= {"text", "entities", "speech", "coreference", "opinion", "claims"}
    for module in modules:
        original = module.read_bytes()
        module.write_bytes(original + b"\n# changed\n")
        assert engine_digest(engine, LEXICONS_DIR) != before, module.relative_to(engine)
        module.write_bytes(original)
    assert engine_digest(engine, LEXICONS_DIR) == before


def test_moving_a_module_to_another_stage_changes_the_digest(tmp_path: Path) -> None:
    engine = shutil.copytree(ENGINE_DIR, tmp_path / "engine", ignore=shutil.ignore_patterns("__pycache__"))
    before = engine_digest(engine, LEXICONS_DIR)
    (engine / "text" / "stemming.py").rename(engine / "claims" / "stemming.py")
    assert engine_digest(engine, LEXICONS_DIR) != before


@pytest.fixture
def engine_copy(tmp_path: Path) -> tuple[Path, Path]:
    engine = shutil.copytree(ENGINE_DIR, tmp_path / "engine", ignore=shutil.ignore_patterns("__pycache__"))
    lexicons = shutil.copytree(LEXICONS_DIR, tmp_path / "lexicons")
    return engine, lexicons


def test_the_cached_digest_is_the_digest_and_follows_every_kind_of_change(engine_copy, tmp_path, monkeypatch):
    monkeypatch.setattr(version, "_SETTLED_NS", 0)  # the copies are seconds old: remember them all the same
    engine, lexicons = engine_copy
    cache = tmp_path / "cache.json"
    digest = engine_digest(engine, lexicons)
    assert cached_engine_digest(engine, lexicons, cache) == digest
    stored = json.loads(cache.read_text(encoding="utf-8"))
    assert stored["digest"] == digest
    cache.write_text(json.dumps({**stored, "digest": "remembered"}), encoding="utf-8")
    assert cached_engine_digest(engine, lexicons, cache) == "remembered"  # no file changed: read, not hashed

    verbs = lexicons / "sv" / "reporting_verbs.txt"
    before = verbs.stat()
    text = verbs.read_bytes()
    verbs.write_bytes(text.replace(b"a", b"e", 1))  # same size; its old times put back
    os.utime(verbs, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert verbs.stat().st_size == before.st_size and verbs.stat().st_mtime_ns == before.st_mtime_ns
    changed = cached_engine_digest(engine, lexicons, cache)
    assert changed == engine_digest(engine, lexicons) != digest  # its change time moved: hashed again

    (engine / "text" / "stemming.py").rename(engine / "claims" / "stemming.py")  # moved: the same times
    moved = cached_engine_digest(engine, lexicons, cache)
    assert moved == engine_digest(engine, lexicons) != changed
    (engine / "claims" / "new_rule.py").write_text("X = 1\n", encoding="utf-8")
    assert cached_engine_digest(engine, lexicons, cache) == engine_digest(engine, lexicons) != moved


def test_files_changed_just_now_are_hashed_but_not_remembered(engine_copy, tmp_path):
    engine, lexicons = engine_copy  # written a moment ago: a change within the clock's step could keep its times
    cache = tmp_path / "cache.json"
    assert cached_engine_digest(engine, lexicons, cache) == engine_digest(engine, lexicons)
    assert not cache.exists()


def test_an_unreadable_cache_costs_only_the_hashing(engine_copy, tmp_path, monkeypatch):
    monkeypatch.setattr(version, "_SETTLED_NS", 0)
    engine, lexicons = engine_copy
    digest = engine_digest(engine, lexicons)
    cache = tmp_path / "cache.json"
    for spoilt in ("{not json", "[1, 2]", '{"key": 5}'):
        cache.write_text(spoilt, encoding="utf-8")
        assert cached_engine_digest(engine, lexicons, cache) == digest
        assert json.loads(cache.read_text(encoding="utf-8"))["digest"] == digest  # stored anew
    folder = tmp_path / "not-a-folder"
    folder.write_text("", encoding="utf-8")
    assert cached_engine_digest(engine, lexicons, folder / "cache.json") == digest  # cannot write: computed


def test_the_engine_version_is_the_digest_of_the_installed_engine():
    assert version.ENGINE_VERSION == f"{version.RULES_VERSION}+{engine_digest()}"


def test_the_cache_folder_is_the_variable_s_else_in_a_moved_library_s_folder(tmp_path, monkeypatch):
    from desktop_app import paths

    monkeypatch.setenv("VIEWPOINTS_CACHE_DIR", str(tmp_path / "cache"))
    assert paths.cache_dir() == tmp_path / "cache" and (tmp_path / "cache").is_dir()
    monkeypatch.delenv("VIEWPOINTS_CACHE_DIR")
    monkeypatch.setenv("VIEWPOINTS_DATA_DIR", str(tmp_path / "data"))
    assert paths.cache_dir() == tmp_path / "data" / "cache"
    (tmp_path / "file").write_text("", encoding="utf-8")
    monkeypatch.setenv("VIEWPOINTS_CACHE_DIR", str(tmp_path / "file"))
    with pytest.raises(paths.DataDirError, match="cache folder"):
        paths.cache_dir()
    assert version._cache_file() is None  # the digest is then computed at each start
