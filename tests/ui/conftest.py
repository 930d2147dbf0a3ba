"""Window fixtures: the main window on a fresh library seeded at first start, closed at teardown."""

from __future__ import annotations

import pytest

from tests.ui.window_fixtures import WindowFactory


@pytest.fixture
def window_factory(data_dir, qtbot):
    """Starts main windows on this test's library; ``window_factory.close(w)`` then a new call is a
    restart on the same library and settings. Whatever is still open is closed at teardown."""
    factory = WindowFactory(qtbot)
    yield factory
    factory.close_all()


@pytest.fixture
def window(window_factory):
    """A shown main window on a fresh library with the two seeds, their analyses finished."""
    return window_factory()
