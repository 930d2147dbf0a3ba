"""The Linux desktop entry, AppStream metainfo and icon, and `make install-desktop` that puts them
into the user's ~/.local/share (here: a temporary XDG_DATA_HOME)."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from desktop_app import DESKTOP_ID
from desktop_app.core.importers import supported_extensions

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_DIR = ROOT / "resources" / "desktop"
DESKTOP_FILE = DESKTOP_DIR / f"{DESKTOP_ID}.desktop"
METAINFO = DESKTOP_DIR / f"{DESKTOP_ID}.metainfo.xml"

# The MIME type that shared-mime-info gives each extension we import (freedesktop.org.xml globs).
MIME_OF = {
    ".txt": "text/plain", ".text": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown",
    ".html": "text/html", ".htm": "text/html", ".xhtml": "application/xhtml+xml", ".xml": "application/xml",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text", ".epub": "application/epub+zip", ".pdf": "application/pdf",
}


def _entry(path: Path = DESKTOP_FILE) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _mime_types() -> list[str]:
    return [m for m in _entry()["MimeType"].split(";") if m]


def test_the_entry_starts_viewpoints_on_the_files_it_is_given():
    entry = _entry()
    assert entry["Type"] == "Application" and entry["Name"] == "Viewpoints"
    assert entry["Exec"] == "viewpoints %F" and entry["TryExec"] == "viewpoints"
    assert entry["Icon"] == DESKTOP_ID and entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == "Viewpoints"  # the window class Qt gives an app named Viewpoints


def test_the_entry_offers_every_format_we_import():
    offered = set(_mime_types())
    for extension in supported_extensions():
        assert extension in MIME_OF, f"{extension}: add its MIME type to MIME_OF here and to MimeType="
        assert MIME_OF[extension] in offered, f"{extension}: add {MIME_OF[extension]} to MimeType="
    assert offered == {MIME_OF[e] for e in supported_extensions()}, "a MIME type we do not import"


def test_the_table_agrees_with_the_systems_mime_database():
    database = Path("/usr/share/mime/packages/freedesktop.org.xml")
    if not database.is_file():
        pytest.skip("shared-mime-info not installed")
    root = etree.parse(str(database)).getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    for extension, mime in MIME_OF.items():
        found = {t.get("type") for t in root.iterfind("m:mime-type", ns)
                 if t.find(f"m:glob[@pattern='*{extension}']", ns) is not None}
        assert mime in found or not found, f"{extension}: the system says {found}"


def test_the_metainfo_describes_the_same_application():
    root = etree.parse(str(METAINFO)).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("project_license") == "MIT" and root.findtext("metadata_license") == "CC0-1.0"
    assert [m.text for m in root.iterfind("provides/mediatype")] == _mime_types()
    assert root.findtext("provides/binary") == "viewpoints"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validate_accepts_the_entry():
    out = subprocess.run(["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout == "", out.stdout + out.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream (appstreamcli) not installed")
def test_appstreamcli_validates_the_metainfo():
    out = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr
    # Older appstream (0.16) does not know <developer> yet; anything else it reports is ours to fix.
    issues = [line for line in out.stdout.splitlines() if re.match(r"[EWI]: ", line)]
    assert all("unknown-tag developer" in line for line in issues), out.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="make not installed")
def test_make_install_desktop_and_uninstall(tmp_path):
    data = tmp_path / "share"
    binary = "/opt/viewpoints env/bin/viewpoints"
    make = ["make", "-s", "--no-print-directory", f"XDG_DATA_HOME={data}", f"VIEWPOINTS_BIN={binary}"]
    out = subprocess.run([*make, "install-desktop"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    installed = data / "applications" / DESKTOP_FILE.name
    entry = _entry(installed)
    assert entry["Exec"] == f'"{binary}" %F' and entry["TryExec"] == binary
    assert entry["MimeType"] == _entry()["MimeType"]
    assert (data / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "app.svg").read_bytes()
    if shutil.which("update-desktop-database"):
        cache = (data / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        assert f"application/pdf={DESKTOP_FILE.name};" in cache
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert check.returncode == 0 and check.stdout == "", check.stdout

    out = subprocess.run([*make, "uninstall-desktop"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert not installed.exists() and not icon.exists() and not (data / "metainfo" / METAINFO.name).exists()
