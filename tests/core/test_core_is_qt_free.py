"""desktop_app.core must work where Qt is absent: the CLI, exports and tests rely on it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Runs in a fresh interpreter: make the Qt stack unimportable, then import every core module.
SCRIPT = r"""
import importlib, importlib.abc, pkgutil, sys

BLOCKED = ("PySide6", "shiboken6", "pyqtgraph")

class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"core imported {name}")
        return None

sys.path.insert(0, sys.argv[1])
sys.meta_path.insert(0, BlockQt())

import desktop_app.core

failures = []

def failed(name):
    failures.append(f"cannot import {name}: {sys.exc_info()[1]!r}")

names = ["desktop_app.core"]
for info in pkgutil.walk_packages(desktop_app.core.__path__, "desktop_app.core.", onerror=failed):
    try:
        importlib.import_module(info.name)
    except Exception as exc:
        failures.append(f"cannot import {info.name}: {exc!r}")
    else:
        names.append(info.name)
leaked = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
if leaked:
    failures.append(f"Qt modules loaded: {leaked}")
print("\n".join(names))
if failures:
    raise SystemExit("\n".join(failures))
"""


def test_every_core_module_imports_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(REPO)],
        capture_output=True, text=True, timeout=120, cwd=REPO,
    )
    assert result.returncode == 0, result.stderr or result.stdout
    imported = set(result.stdout.split())
    # The walk really reached the modules (a silent empty walk would prove nothing).
    assert {"desktop_app.core.library", "desktop_app.core._schema", "desktop_app.core.document",
            "desktop_app.core.seeds"} <= imported


def test_the_blocker_does_catch_a_qt_import() -> None:
    probe = SCRIPT.replace("import desktop_app.core\n",
                           "import desktop_app.core\nimport PySide6\n", 1)
    result = subprocess.run(
        [sys.executable, "-c", probe, str(REPO)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "core imported PySide6" in result.stderr
