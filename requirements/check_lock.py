"""Is every dependency that pyproject.toml names pinned in requirements/constraints.txt?

`make` runs this before installing. Installs go through the lock (``pip install -c``), and pip
installs a package the lock does not name at whatever version is newest that day: a fresh machine
would then run something CI never tested, and nothing would say so. Exit status 1 names the
missing packages and says to run ``make lock``. Standard library only: it runs before the install.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
LOCK = ROOT / "requirements" / "constraints.txt"

_NAME = re.compile(r"\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)")


def canonical(name: str) -> str:
    """A distribution name as PyPI compares them (PEP 503): PySide6_Essentials == pyside6-essentials."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(pyproject: Path = PYPROJECT) -> dict[str, str]:
    """Canonical name -> requirement, for the dependencies, every extra and the build backend.

    The build backend counts because make builds with ``--build-constraint`` too; it is locked
    through the test extra, which names setuptools for the offline wheel test.
    """
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    project = data["project"]
    specs = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        specs += extra
    specs += data.get("build-system", {}).get("requires", [])
    own = canonical(project["name"])
    out: dict[str, str] = {}
    for spec in specs:
        match = _NAME.match(spec)
        if match and canonical(match.group(1)) != own:  # "viewpoints[test]" style self-references
            out.setdefault(canonical(match.group(1)), spec.strip())
    return out


def pinned(lock: Path = LOCK) -> dict[str, list[str]]:
    """Canonical name -> the exact versions the lock pins (one per environment marker)."""
    out: dict[str, list[str]] = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        requirement = line.split(";", 1)[0].strip()
        name, sep, version = requirement.partition("==")
        if sep:
            out.setdefault(canonical(name.split("[", 1)[0]), []).append(version.strip())
    return out


def missing(pyproject: Path = PYPROJECT, lock: Path = LOCK) -> list[str]:
    """The requirements of pyproject.toml whose package the lock does not pin."""
    pins = pinned(lock)
    return [spec for name, spec in declared(pyproject).items() if name not in pins]


def main() -> int:
    if not LOCK.is_file():
        print(f"error: {LOCK.relative_to(ROOT)} is missing: run make lock", file=sys.stderr)
        return 1
    gaps = missing()
    if gaps:
        print(f"error: {LOCK.relative_to(ROOT)} does not pin {', '.join(gaps)} "
              f"(named in pyproject.toml): run make lock", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
