"""The library keeps actor colours (schema v7): given once, chosen by the user, moved on a rename, repaired."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.core import _schema
from desktop_app.core.compare import build_comparison
from desktop_app.core.library import Library, repair
from desktop_app.core.palette import PALETTE
from tests.core.library_damage import damage, filled_library
from tests.export_fixtures import left_view, right_view


def test_a_v6_library_gains_the_table_and_keeps_its_documents(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    assert _schema.migrate(conn, upto=6) == 6
    conn.close()
    with Library(path) as lib:
        assert lib.actor_colours() == {}
        lib.give_actor_colours({"magnus ranstorp": PALETTE[1]})
        assert lib.actor_colours()["magnus ranstorp"].colour == PALETTE[1]
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == _schema.SCHEMA_VERSION >= 7


def test_given_colours_stay_and_chosen_ones_win(tmp_path):
    with Library(tmp_path / "lib.sqlite3") as lib:
        lib.give_actor_colours({"is": PALETTE[4], "researcher": PALETTE[3]})
        lib.give_actor_colours({"is": PALETTE[0], "minister": PALETTE[0]})  # "is" clashed somewhere
        stored = lib.actor_colours()
        assert stored["is"].colour == PALETTE[0] and not stored["is"].chosen
        assert stored["is"].order < stored["researcher"].order < stored["minister"].order
        lib.choose_actor_colour("researcher", "#a01010")
        assert lib.actor_colours(["researcher"])["researcher"].colour == "#A01010"
        assert lib.actor_colours(["researcher"])["researcher"].chosen
        lib.give_actor_colours({"researcher": PALETTE[6]})  # the user's colour is never replaced
        assert lib.actor_colours()["researcher"].colour == "#A01010"
        assert lib.colour_usage() == {"#A01010": 1, PALETTE[0]: 2}
        lib.move_actor_colour("is", "islamic state")  # a rename: the colour goes along
        assert lib.actor_colours(["islamic state"])["islamic state"].colour == PALETTE[0]
        lib.choose_actor_colour("researcher", None)
        assert "researcher" not in lib.actor_colours()
        with pytest.raises(ValueError):
            lib.choose_actor_colour("is", "pink")


def test_a_comparison_keeps_the_colours_the_library_gave(tmp_path):
    """The left text alone first, then with the right one, then the panes swapped, then a restart."""
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        alone = build_comparison(left_view(), None, lib.actor_colours(), lib.colour_usage())
        lib.give_actor_colours(alone.new_colours)
        both = build_comparison(left_view(), right_view(), lib.actor_colours(), lib.colour_usage())
        lib.give_actor_colours(both.new_colours)
    for actor in alone.actors:
        assert both.colour_of(actor.key) == actor.colour
    with Library(path) as lib:  # a new session
        swapped = build_comparison(right_view(), left_view(), lib.actor_colours(), lib.colour_usage())
        assert swapped.new_colours == {}
    assert swapped.colours() == both.colours()


def test_a_repair_keeps_the_colours(tmp_path):
    source = tmp_path / "source.sqlite3"
    filled_library(source)
    with Library(source) as lib:
        lib.give_actor_colours({"a": PALETTE[2], "b": PALETTE[5]})
        lib.choose_actor_colour("c", "#123456")
        before = lib.actor_colours()
    path = damage("page_mid", source, tmp_path / "library.sqlite3")
    assert repair.repair(path).outcome == "repaired"
    with Library(path) as lib:
        after = lib.actor_colours()
    assert {k: (v.colour, v.chosen) for k, v in after.items()} == {k: (v.colour, v.chosen) for k, v in before.items()}
    assert sorted(after, key=lambda k: after[k].order) == sorted(before, key=lambda k: before[k].order)
