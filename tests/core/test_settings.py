"""The JSON settings file: round trip, defaults, and damaged files that must not stop the app."""

from __future__ import annotations

import json

from desktop_app.core.settings import Settings


def test_defaults_when_file_missing(tmp_path):
    settings = Settings.load(tmp_path / "none.json")
    assert settings.open_documents == {"left": None, "right": None}
    assert settings.sync_scroll is True
    assert settings.zoom == 0


def test_round_trip(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings.load(path)
    settings.open_documents = {"left": 3, "right": 7}
    settings.compare_splitter = [400, 600]
    settings.sync_scroll = False
    settings.zoom = 2
    settings.window_state = "AAAA"
    settings.save()
    again = Settings.load(path)
    assert again == settings
    assert again.open_document("right") == 7
    assert json.loads(path.read_text(encoding="utf-8"))["zoom"] == 2


def test_default_path_is_in_config_dir(data_dir):
    settings = Settings.load()
    settings.zoom = 1
    settings.save()
    assert Settings.default_path().exists()
    assert Settings.load().zoom == 1


def test_damaged_file_gives_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_bytes(b"\x00\xff not json {")
    assert Settings.load(path) == Settings()


def test_ill_typed_values_fall_back_per_field(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "open_documents": {"left": "x", "right": 5},
                "sync_scroll": "yes",
                "zoom": 3,
                "compare_splitter": [1, "a"],
                "unknown": 1,
            }
        ),
        encoding="utf-8",
    )
    settings = Settings.load(path)
    assert settings.open_documents == {"left": None, "right": 5}
    assert settings.sync_scroll is True
    assert settings.zoom == 3
    assert settings.compare_splitter == []


def test_save_leaves_no_temp_files(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings.load(path)
    settings.save()
    settings.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]
