"""Opening the user's library the same way from the GUI and the CLI."""

from __future__ import annotations

from desktop_app import paths
from desktop_app.core.library import Library


def open_library(*, seed: bool = True) -> Library:
    """Open (creating if needed) the library; a brand-new library is filled with the seed texts.

    Seeding happens only when the database file did not exist yet, so a user who removed the seeds
    does not get them back at the next start.
    """
    path = paths.library_path()
    is_new = not path.exists()
    library = Library(path)
    if seed and is_new:
        # Imported here: a normal start needs no importers.
        from desktop_app.core.seeds import import_seeds_if_empty

        import_seeds_if_empty(library)
    return library
