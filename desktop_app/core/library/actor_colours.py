"""The library's actor colours: the colour each actor was given, kept across comparisons and restarts.

A mixin of ``Library`` (same connection, lock and transactions). Actors are named by their
cross-document key (``Actor.key``), so a colour follows an actor into every document it appears
in; a merge keeps the target's key and so its colour, a rename moves the colour to the new key
(``move_actor_colour``). A colour is either given by ``core.palette.assign_colours`` (first come,
first served: ``order`` is when) or chosen by the user, and a chosen one always wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from desktop_app.core.library.connection import Store
from desktop_app.core.library.documents import utc_now
from desktop_app.core.palette import StoredColour

_HEX = re.compile(r"#[0-9A-Fa-f]{6}")


def valid_colour(colour: object) -> bool:
    return isinstance(colour, str) and _HEX.fullmatch(colour) is not None


class ActorColourStore(Store):
    """``actor_colours``, ``give_actor_colours``, ``choose_actor_colour``, ``move_actor_colour``."""

    def actor_colours(self, keys: Iterable[str] | None = None) -> dict[str, StoredColour]:
        """The stored colours of ``keys`` (every stored one when None)."""
        with self.reading() as conn:
            if keys is None:
                rows = conn.execute("SELECT key, colour, chosen, rowid FROM actor_colours").fetchall()
            else:
                wanted = list(dict.fromkeys(keys))
                rows = []
                for i in range(0, len(wanted), 500):
                    part = wanted[i:i + 500]
                    rows += conn.execute(
                        "SELECT key, colour, chosen, rowid FROM actor_colours WHERE key IN "
                        f"({', '.join('?' * len(part))})", part).fetchall()
        return {key: StoredColour(colour.upper(), bool(chosen), order)
                for key, colour, chosen, order in rows if valid_colour(colour)}

    def colour_usage(self) -> dict[str, int]:
        """How many actors of the library have each colour (new ones get the least used)."""
        with self.reading() as conn:
            rows = conn.execute("SELECT upper(colour), count(*) FROM actor_colours GROUP BY upper(colour)").fetchall()
        return {colour: count for colour, count in rows}

    def give_actor_colours(self, colours: Mapping[str, str]) -> None:
        """Store the colours ``assign_colours`` gave (new, or replacing one that clashed); a colour
        the user chose is never replaced, and an actor keeps its place in the order."""
        rows = [(key, colour.upper(), utc_now()) for key, colour in colours.items() if key and valid_colour(colour)]
        if not rows:
            return
        with self.writing() as conn:
            conn.executemany(
                "INSERT INTO actor_colours (key, colour, chosen, given_at) VALUES (?, ?, 0, ?) "
                "ON CONFLICT(key) DO UPDATE SET colour = excluded.colour, given_at = excluded.given_at "
                "WHERE chosen = 0", rows)

    def choose_actor_colour(self, key: str, colour: str | None) -> None:
        """The user's own colour for an actor (None: forget it; the actor gets one given again)."""
        if colour is not None and not valid_colour(colour):
            raise ValueError(f"not a #RRGGBB colour: {colour!r}")
        with self.writing() as conn:
            if colour is None:
                conn.execute("DELETE FROM actor_colours WHERE key = ?", (key,))
            elif conn.execute("UPDATE actor_colours SET colour = ?, chosen = 1, given_at = ? WHERE key = ?",
                              (colour.upper(), utc_now(), key)).rowcount == 0:
                conn.execute("INSERT INTO actor_colours (key, colour, chosen, given_at) VALUES (?, ?, 1, ?)",
                             (key, colour.upper(), utc_now()))

    def move_actor_colour(self, old_key: str, new_key: str) -> None:
        """A renamed actor keeps its colour under its new key (unless that key has one already)."""
        if old_key == new_key:
            return
        with self.writing() as conn:
            row = conn.execute("SELECT colour, chosen FROM actor_colours WHERE key = ?", (old_key,)).fetchone()
            if row is not None:
                conn.execute("INSERT OR IGNORE INTO actor_colours (key, colour, chosen, given_at) VALUES (?, ?, ?, ?)",
                             (new_key, row[0], row[1], utc_now()))
