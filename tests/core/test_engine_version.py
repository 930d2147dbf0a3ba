"""The engine's version changes with any source file of any stage, so stored analyses are redone."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.core.analysis import version
from desktop_app.core.analysis.version import engine_digest
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
