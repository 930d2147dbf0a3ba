"""The product as users get it: the wheel holds the code, resources, seeds and licences, runs
outside the repo, refuses to start when damaged; the lock pins everything pyproject.toml names.

.ci/run does the full check (a fresh venv with every dependency, analysis figures compared with
the checkout); these tests build the wheel without network and install it without dependencies.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

import desktop_app

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCK = ROOT / "requirements" / "constraints.txt"
_BUILD_INPUTS = ("pyproject.toml", "README.md", "LICENSE", "desktop_app", "resources", "seeds")


def _check_lock():
    """requirements/check_lock.py as a module (it lives outside the packages, run by make)."""
    sys.path.insert(0, str(ROOT / "requirements"))
    try:
        import check_lock
    finally:
        sys.path.remove(str(ROOT / "requirements"))
    return check_lock


# --- the wheel --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built from a copy of what the build reads (so the checkout gets no build/)."""
    work = tmp_path_factory.mktemp("wheel")
    src = work / "src"
    for name in _BUILD_INPUTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(source, src / name)
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                          "--no-index", "-w", str(work / "dist"), str(src)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    (built,) = (work / "dist").glob("viewpoints-*.whl")
    return built


def _shipped(folder: str) -> set[str]:
    """Every file of a top-level data folder, as the wheel must name it."""
    base = ROOT / folder
    return {f"desktop_app/{folder}/{p.relative_to(base).as_posix()}" for p in base.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}


def test_the_wheel_holds_every_resource_seed_and_licence(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("resources", "seeds"):
        expected = _shipped(folder)
        assert expected - names == set(), f"{folder}/ files missing from the wheel"
    assert {"desktop_app/resources/lexicons/sv/reporting_verbs.txt", "desktop_app/resources/icons/app.svg",
            "desktop_app/resources/lexicons/SOURCES.md", "desktop_app/seeds/seeds.json",
            f"desktop_app/resources/desktop/{desktop_app.DESKTOP_ID}.desktop"} <= names
    dist_info = f"viewpoints-{desktop_app.__version__}.dist-info"
    assert {f"{dist_info}/licenses/LICENSE", f"{dist_info}/licenses/resources/lexicons/SOURCES.md"} <= names
    assert not [n for n in names if n.startswith(("resources/", "seeds/", "tests/"))], "top-level data in the wheel"


def test_the_wheel_metadata(wheel):
    with zipfile.ZipFile(wheel) as archive:
        meta = archive.read(f"viewpoints-{desktop_app.__version__}.dist-info/METADATA").decode("utf-8")
    assert "License-Expression: MIT" in meta.splitlines()
    assert "Requires-Python: >=3.11" in meta.splitlines()
    for minor in ("3.11", "3.12", "3.13"):
        assert f"Classifier: Programming Language :: Python :: {minor}" in meta
    (pyside,) = [Requirement(line.split(": ", 1)[1]) for line in meta.splitlines()
                 if line.startswith("Requires-Dist: PySide6-Essentials")]
    # 6.8 to 6.11.1 fail our tests; 6.12.0 aborts under Python 3.11 (tests/ui/test_filter_sidebar.py).
    assert [pyside.specifier.contains(v) for v in ("6.11.1", "6.11.2", "6.11.9", "6.12.0")] == [False, True, True, False]


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """The wheel installed into a folder of its own; run with this venv's dependencies."""
    target = tmp_path_factory.mktemp("site")
    out = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                          "--target", str(target), str(wheel)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return target


def _run_installed(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """``viewpoints ARGS`` from the installed copy, in a folder outside the repo."""
    code = "import sys; from desktop_app.cli import main; sys.exit(main(sys.argv[1:]))"
    env = {"PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
           "HOME": str(cwd), "VIEWPOINTS_DATA_DIR": str(cwd / "data")}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=120)


def test_the_installed_wheel_reads_its_own_package_data(installed, tmp_path):
    where = _run_installed(installed, tmp_path, "--version")
    assert where.returncode == 0, where.stderr
    probe = subprocess.run(
        [sys.executable, "-c", "from desktop_app import paths; print(paths.RESOURCES_DIR); print(paths.SEEDS_DIR)"],
        capture_output=True, text=True, cwd=tmp_path, env={"PYTHONPATH": str(installed)}, timeout=60)
    assert probe.stdout.split() == [str(installed / "desktop_app" / "resources"),
                                    str(installed / "desktop_app" / "seeds")], probe.stderr
    listed = _run_installed(installed, tmp_path, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    titles = [d["title"] for d in json.loads(listed.stdout)]
    assert titles and all(titles), "a first start fills the library from the shipped seeds"


def test_a_wheel_with_a_lexicon_deleted_refuses_to_start(installed, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(installed, site)
    (site / "desktop_app" / "resources" / "lexicons" / "sv" / "reporting_verbs.txt").unlink()
    for args in (["list"], ["analyze", str(ROOT / "seeds" / "000_2061872dff862ea4.txt")], []):  # [] is the GUI
        out = _run_installed(site, tmp_path, *args)
        assert out.returncode == 1, (args, out.stdout, out.stderr)
        assert out.stderr == ("error: resources missing: reinstall Viewpoints "
                              "(desktop_app/resources/lexicons/sv/reporting_verbs.txt)\n")


def test_an_unreadable_shipped_file_refuses_to_start(installed, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(installed, site)
    icon = site / "desktop_app" / "resources" / "icons" / "undo.svg"
    icon.unlink()
    icon.mkdir()  # opening it fails, as an unreadable file does (tests run as root: chmod would not)
    out = _run_installed(site, tmp_path, "list")
    assert out.returncode == 1 and "resources/icons/undo.svg" in out.stderr


# --- pyproject.toml ---------------------------------------------------------------------------

def test_every_package_of_desktop_app_is_listed_for_the_wheel():
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "desktop_app").rglob("__init__.py")
               if "__pycache__" not in p.parts}
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    assert on_disk - listed == set(), "add these packages to [tool.setuptools] packages in pyproject.toml"
    assert listed - on_disk == {"desktop_app.resources", "desktop_app.seeds"}
    assert PYPROJECT["tool"]["setuptools"]["package-dir"] == {"desktop_app.resources": "resources",
                                                               "desktop_app.seeds": "seeds"}


def test_the_version_is_said_once(wheel):
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "desktop_app.__version__"}
    assert wheel.name.startswith(f"viewpoints-{desktop_app.__version__}-")
    metainfo = (ROOT / "resources" / "desktop" / f"{desktop_app.DESKTOP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f'<release version="{desktop_app.__version__}"' in metainfo


# --- the lock ---------------------------------------------------------------------------------

def test_the_lock_pins_every_dependency_pyproject_names():
    check_lock = _check_lock()
    assert check_lock.missing() == [], "requirements/constraints.txt is stale: run make lock"
    pins = check_lock.pinned()
    for name, spec in check_lock.declared().items():
        requirement = Requirement(spec)
        assert any(requirement.specifier.contains(v, prereleases=True) for v in pins[name]), (
            f"the lock pins {name} {pins[name]}, outside {spec}: run make lock")


def test_the_lock_check_names_a_dependency_added_without_make_lock(tmp_path):
    check_lock = _check_lock()
    pyproject = tmp_path / "pyproject.toml"
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pyproject.write_text(text.replace('"appdirs>=1.4.4",', '"appdirs>=1.4.4",\n    "viewpoints-test-unlocked>=1.0",'),
                         encoding="utf-8")
    assert check_lock.missing(pyproject, LOCK) == ["viewpoints-test-unlocked>=1.0"]
    out = subprocess.run([sys.executable, str(ROOT / "requirements" / "check_lock.py")], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr


def _requirement_closure() -> dict[str, str]:
    """Canonical name -> installed version of viewpoints[test] and everything it pulls in."""
    seen: dict[str, str] = {}
    todo = [(Requirement(f"viewpoints[test]"), ("test",))]
    while todo:
        requirement, extras = todo.pop()
        name = re.sub(r"[-_.]+", "-", requirement.name).lower()
        if name in seen:
            continue
        dist = metadata.distribution(requirement.name)
        seen[name] = dist.version
        for spec in dist.requires or []:
            child = Requirement(spec)
            wanted = tuple(requirement.extras) or extras
            if child.marker is None or any(child.marker.evaluate({"extra": e}) for e in (*wanted, "")):
                todo.append((child, ()))
    seen.pop("viewpoints")
    return seen


def test_this_environment_is_the_locked_one():
    """What `make` installed is what the lock says, so the suite tests what a fresh machine gets."""
    pins = _check_lock().pinned()
    closure = _requirement_closure()
    unpinned = sorted(set(closure) - set(pins))
    assert unpinned == [], f"installed but not in the lock (run make lock): {unpinned}"
    differ = {name: (version, pins[name]) for name, version in closure.items()
              if not any(Version(version) == Version(pin) for pin in pins[name])}
    assert differ == {}, "installed versions differ from the lock: reinstall with make (or run make lock)"
