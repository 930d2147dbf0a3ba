"""The Qt user interface: the main window, the library pane, the comparison panes and their marks.

Importing this package first protects the process from the reference-counting bug of PySide6 6.12
on Python 3.11 (see ``pyside_fix``): every void Qt call and many signal emissions drop a reference
to ``None``/``True``/``False``; a few thousand of them abort the interpreter. Doing it here, before
any UI module runs, covers every window, test and offscreen render.
"""

from __future__ import annotations

from desktop_app.ui.pyside_fix import keep_singletons_alive

keep_singletons_alive()
