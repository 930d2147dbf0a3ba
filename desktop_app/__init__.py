"""Viewpoints: a desktop reader for comparing viewpoints — who says what, side by side."""

__version__ = "0.1.0"
APP_NAME = "Viewpoints"
# The reverse-DNS name of the desktop entry (resources/desktop/<DESKTOP_ID>.desktop), its AppStream
# id and icon name: what QGuiApplication.setDesktopFileName needs so the desktop groups our windows.
DESKTOP_ID = "io.github.viewpoints.Viewpoints"
