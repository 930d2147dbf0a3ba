"""The texts a new library starts with, listed in seeds.json (package desktop_app.seeds).

This folder stays at the top of the repo; pyproject.toml maps it into the package and
desktop_app/paths.py finds it with importlib.resources, in a checkout and in an installed wheel.
"""
