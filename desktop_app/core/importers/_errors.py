"""The two exceptions of the importers: one for callers, one raised inside a format module."""

from __future__ import annotations


class ImportFailure(Exception):
    """A file could not be imported; ``str(e)`` is one line: ``"<name>: <reason>"``."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = " ".join(reason.split()) or "could not import"
        super().__init__(f"{name}: {self.reason}")


class FormatError(Exception):
    """Raised by a format module with a user-facing reason; the registry adds the file name."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)
