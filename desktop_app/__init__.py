"""Viewpoints: a desktop reader for comparing viewpoints — who says what, side by side."""

__version__ = "0.1.0"
APP_NAME = "Viewpoints"
