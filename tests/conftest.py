"""Test set-up: headless Qt, and a throw-away data and config dir for every test session."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = tempfile.mkdtemp(prefix="viewpoints-tests-")
os.environ["VIEWPOINTS_DATA_DIR"] = os.path.join(_TMP, "data")
os.environ["VIEWPOINTS_CONFIG_DIR"] = os.path.join(_TMP, "config")
os.environ["VIEWPOINTS_CACHE_DIR"] = os.path.join(_TMP, "cache")
os.environ.setdefault("XDG_DATA_HOME", os.path.join(_TMP, "xdg-data"))
os.environ.setdefault("XDG_CONFIG_HOME", os.path.join(_TMP, "xdg-config"))

import pytest  # noqa: E402

from desktop_app.core.library import Library  # noqa: E402


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh, empty library location for one test."""
    path = tmp_path / "data"
    monkeypatch.setenv("VIEWPOINTS_DATA_DIR", str(path))
    monkeypatch.setenv("VIEWPOINTS_CONFIG_DIR", str(tmp_path / "config"))
    from desktop_app import paths

    paths.set_data_dir(None)
    return path


@pytest.fixture
def library(tmp_path):
    """An empty library file in the test's temporary folder, closed at teardown."""
    lib = Library(tmp_path / "library.sqlite3")
    yield lib
    lib.close()
