"""The one place that decides where Viewpoints keeps and finds its files.

Data and config directories come from appdirs, and can be moved with ``--data-dir`` (see
``set_data_dir``) or the ``VIEWPOINTS_DATA_DIR`` / ``VIEWPOINTS_CONFIG_DIR`` environment variables,
so tests never touch a real user's library. The files that ship with the app (lexicons, icons,
seeds) are package data; ``check_resources`` refuses to start when any of them is gone.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import appdirs

from desktop_app import APP_NAME, __version__

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# The files that ship with the app. In the repo they stay in the top-level folders resources/ and
# seeds/; pyproject.toml maps those folders to the packages desktop_app.resources and
# desktop_app.seeds, so a wheel holds them as desktop_app/resources/... and the editable install
# finds them where they are. Both are found through importlib.resources (README: "Layout").
RESOURCE_PACKAGES = {"desktop_app.resources": "resources", "desktop_app.seeds": "seeds"}


def package_dir(package: str) -> Path:
    """The folder of one data package (a key of ``RESOURCE_PACKAGES``), installed or in the checkout.

    Never raises: a folder that is not there is reported by ``check_resources`` at start-up.
    """
    try:
        found = resources.files(package)
    except ModuleNotFoundError:
        # Run from a checkout that was never installed (PYTHONPATH=.): the repo's own folder.
        return PROJECT_ROOT / RESOURCE_PACKAGES[package]
    return found if isinstance(found, Path) else Path(str(found))


def resources_dir() -> Path:
    """Icons, lexicons, desktop files: the ``resources/`` folder of the repo."""
    return package_dir("desktop_app.resources")


def seeds_dir() -> Path:
    """The texts a new library starts with: the ``seeds/`` folder of the repo."""
    return package_dir("desktop_app.seeds")


RESOURCES_DIR = resources_dir()
LEXICONS_DIR = RESOURCES_DIR / "lexicons"
SEEDS_DIR = seeds_dir()

_data_dir_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Override the data directory for this process (the ``--data-dir`` option)."""
    global _data_dir_override
    _data_dir_override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    """Directory that holds the library database; created on demand."""
    if _data_dir_override is not None:
        path = _data_dir_override
    elif os.environ.get("VIEWPOINTS_DATA_DIR"):
        path = Path(os.environ["VIEWPOINTS_DATA_DIR"]).expanduser()
    else:
        path = Path(appdirs.user_data_dir(APP_NAME, appauthor=False))
    _ensure_folder(path, "library folder")
    return path


def config_dir() -> Path:
    """Directory that holds the JSON settings file; created on demand."""
    if os.environ.get("VIEWPOINTS_CONFIG_DIR"):
        path = Path(os.environ["VIEWPOINTS_CONFIG_DIR"]).expanduser()
    elif _data_dir_override is not None or os.environ.get("VIEWPOINTS_DATA_DIR"):
        # A moved library carries its settings with it, so test runs stay self-contained.
        path = data_dir() / "config"
    else:
        path = Path(appdirs.user_config_dir(APP_NAME, appauthor=False))
    _ensure_folder(path, "settings folder")
    return path


def cache_dir() -> Path:
    """Directory for what Viewpoints can always make again (the engine's digest); created on demand.

    ``VIEWPOINTS_CACHE_DIR``, else inside a moved library's folder (as its settings), else the
    user's cache folder."""
    if os.environ.get("VIEWPOINTS_CACHE_DIR"):
        path = Path(os.environ["VIEWPOINTS_CACHE_DIR"]).expanduser()
    elif _data_dir_override is not None or os.environ.get("VIEWPOINTS_DATA_DIR"):
        path = data_dir() / "cache"
    else:
        path = Path(appdirs.user_cache_dir(APP_NAME, appauthor=False))
    _ensure_folder(path, "cache folder")
    return path


class DataDirError(Exception):
    """The data or config folder cannot be used; the message is one line naming it."""


def _ensure_folder(path: Path, what: str) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = "it is a file" if isinstance(exc, (FileExistsError, NotADirectoryError)) else (
            exc.strerror or str(exc))
        raise DataDirError(f"{path}: cannot use it as the {what} ({reason})") from None


def library_path() -> Path:
    """The SQLite database file of the library."""
    return data_dir() / "library.sqlite3"


# --- the files that ship with the app ---------------------------------------------------------

# Present in every build, whatever else the installation's record lists: without them the analysis
# would run on empty word lists (quotes missed, places taken for people) instead of failing.
_ESSENTIAL = (
    ("desktop_app.resources", "lexicons/sv/*.txt"),
    ("desktop_app.resources", "lexicons/en/*.txt"),
    ("desktop_app.resources", "icons/app.svg"),
    ("desktop_app.resources", "translations/viewpoints_sv.qm"),
    ("desktop_app.resources", "guide/user_guide.html"),
    ("desktop_app.resources", "guide/user_guide_sv.html"),
    ("desktop_app.seeds", "seeds.json"),
)


class ResourcesMissingError(RuntimeError):
    """Files that ship with Viewpoints are missing or unreadable: the installation is damaged.

    The message is one line that names them and says what to do.
    """

    def __init__(self, missing: list[str]) -> None:
        self.missing = list(missing)
        shown = ", ".join(self.missing[:5])
        more = f" and {len(self.missing) - 5} more" if len(self.missing) > 5 else ""
        super().__init__(f"resources missing: reinstall Viewpoints ({shown}{more})")


def read_resource_text(path: Path) -> str:
    """The UTF-8 text of a shipped file; a missing or unreadable one raises ResourcesMissingError."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = "not found" if isinstance(exc, FileNotFoundError) else (
            getattr(exc, "strerror", None) or type(exc).__name__)
        raise ResourcesMissingError([f"{_shown(path)}: {reason}"]) from None


def check_resources() -> None:
    """Raise ResourcesMissingError unless every file that ships with the app is there and readable.

    Called once at start-up, before any command or the GUI. An installed wheel is checked against
    its own record (every file it installed under desktop_app/resources and desktop_app/seeds); a
    checkout, whose files git keeps, against the essentials; the seed list's files in both cases.
    """
    missing: list[str] = []
    folders = {package: package_dir(package) for package in RESOURCE_PACKAGES}
    for package, folder in folders.items():
        if not folder.is_dir():
            missing.append(f"{_shown(folder)}/")
    if missing:
        raise ResourcesMissingError(missing)
    expected: list[Path] = [folders[package] / name for package, name in _installed_files()]
    for package, pattern in _ESSENTIAL:
        if "*" in pattern:
            head, _, glob = pattern.rpartition("/")
            if not any((folders[package] / head).glob(glob)):
                missing.append(f"{_shown(folders[package] / head)}/{glob}")
        else:
            expected.append(folders[package] / pattern)
    seeds = folders["desktop_app.seeds"]
    try:
        expected += [seeds / str(entry["file"]) for entry in _seed_entries(seeds / "seeds.json")]
    except FileNotFoundError:
        pass  # reported as missing below
    except (OSError, ValueError, KeyError, TypeError) as exc:
        missing.append(f"{_shown(seeds / 'seeds.json')}: {getattr(exc, 'strerror', None) or 'unreadable'}")
    for path in dict.fromkeys(expected):
        if not _readable(path):
            missing.append(_shown(path))
    if missing:
        raise ResourcesMissingError(missing)


def _readable(path: Path) -> bool:
    try:
        with path.open("rb"):
            return True
    except OSError:
        return False


def _seed_entries(manifest: Path) -> list[dict]:
    import json

    return list(json.loads(manifest.read_text(encoding="utf-8"))["documents"])


def _installed_files() -> list[tuple[str, str]]:
    """(package, path inside it) of every data file the installed wheel put down; none for a checkout.

    Read from the wheel's RECORD next to the installed package (cheaper at start-up than
    importlib.metadata). An editable install records no package files, so it yields none.
    """
    import csv

    site = Path(__file__).resolve().parent.parent
    prefixes = {"desktop_app/" + package.split(".")[1] + "/": package for package in RESOURCE_PACKAGES}
    out: list[tuple[str, str]] = []
    record = site / f"viewpoints-{__version__}.dist-info" / "RECORD"
    try:
        rows = list(csv.reader(record.read_text(encoding="utf-8").splitlines()))
    except FileNotFoundError:
        return out  # a checkout or an editable install
    except (OSError, UnicodeDecodeError, csv.Error):
        return out  # a damaged record: the essentials are still checked
    for row in rows:
        name = row[0] if row else ""
        for prefix, package in prefixes.items():
            if name.startswith(prefix) and "__pycache__" not in name:
                out.append((package, name[len(prefix):]))
    return out


def _shown(path: Path) -> str:
    """A shipped file's name as the user reads it: relative to the installation when possible."""
    base = Path(__file__).resolve().parent.parent
    try:
        return str(path.resolve().relative_to(base))
    except ValueError:
        return str(path)
