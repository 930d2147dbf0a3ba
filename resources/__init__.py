"""The files that ship with Viewpoints: icons, lexicons, desktop entry (package desktop_app.resources).

This folder stays at the top of the repo; pyproject.toml maps it into the package and
desktop_app/paths.py finds it with importlib.resources, in a checkout and in an installed wheel.
"""
