"""Writing a comparison to a file, for File > Export… and ``python main.py export``.

Picks the writer for a format (HTML, CSV, JSON from ``core.export``; PDF and PNG through the print
layout in ``ui.printing``; any of them may run in a worker thread) and writes atomically: a
temporary file in the target folder, renamed over the target only when complete, so an error
(unwritable folder, disk full, a cancelled export) leaves no partial file. An existing file is
never replaced without ``force``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.compare import Comparison, DocumentView, build_comparison
from desktop_app.core.filters import FilterCriteria

FORMATS: tuple[str, ...] = ("pdf", "html", "png", "csv", "json")
CHART_FORMATS: tuple[str, ...] = ("png", "svg", "csv")


# Progress of a long export: (what is being done, steps done, steps in all; 0 in all when unknown).
# The window's callback raises ``ExportCancelled`` when the user has cancelled.
Progress = Callable[[str, int, int], None]


class ExportError(Exception):
    """An export that could not be written; ``str(e)`` is one line naming the file and the reason."""


class ExportCancelled(Exception):
    """Raised from a ``Progress`` callback to stop an export; the half-written file is removed."""


def export_comparison(
    comparison: Comparison, criteria: FilterCriteria, fmt: str, out: Path, *, force: bool = False,
    progress: Progress | None = None,
) -> None:
    """Write the comparison view as pdf, html, png, csv or json to ``out``."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ExportError(f"{out}: unknown format {fmt!r} (choose {', '.join(FORMATS)})")
    if progress is not None:
        progress(f"writing {fmt.upper()}", 0, 0)
    if fmt == "html":
        from desktop_app.core.export import render_html

        _write_bytes(Path(out), render_html(comparison, criteria).encode("utf-8"), force)
    elif fmt == "csv":
        from desktop_app.core.export import render_csv

        _write_bytes(Path(out), render_csv(comparison, criteria), force)
    elif fmt == "json":
        from desktop_app.core.export import render_json

        _write_bytes(Path(out), render_json(comparison, criteria), force)
    else:
        ensure_qt_app()
        from desktop_app.ui import printing

        writer = printing.export_pdf if fmt == "pdf" else printing.export_png
        atomic_write(Path(out), lambda tmp: writer(tmp, comparison, criteria, progress), force=force)


def chart_export(
    comparison: Comparison, criteria: FilterCriteria, fmt: str, out: Path, *, force: bool = False,
    progress: Progress | None = None,
) -> None:
    """Write the mentions chart alone as png, svg or csv."""
    fmt = fmt.lower()
    if fmt not in CHART_FORMATS:
        raise ExportError(f"{out}: the chart exports as {', '.join(CHART_FORMATS)}, not {fmt!r}")
    if progress is not None:
        progress(f"writing the chart as {fmt.upper()}", 0, 0)
    if fmt == "svg":
        from desktop_app.core.export import render_chart_svg

        _write_bytes(Path(out), render_chart_svg(comparison, criteria).encode("utf-8"), force)
    elif fmt == "csv":
        from desktop_app.core.export import chart_csv

        _write_bytes(Path(out), chart_csv(comparison, criteria), force)
    else:
        ensure_qt_app()
        from desktop_app.ui.printing import export_chart_png

        atomic_write(Path(out), lambda tmp: export_chart_png(tmp, comparison, criteria), force=force)


def atomic_write(out: Path, write: Callable[[Path], None], *, force: bool = False) -> None:
    """Let ``write`` fill a temporary file next to ``out``, then move it into place in one step."""
    out = Path(out)
    if out.is_dir():
        raise ExportError(f"{out}: is a folder")
    if out.exists() and not force:
        raise ExportError(f"{out}: file exists (use --force, or choose another name)")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{out}: folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise ExportError(f"{out}: cannot write in {folder}: {_reason(exc)}") from None
    tmp = Path(tmp_name)
    try:
        write(tmp)
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise OSError(f"nothing was written to {tmp.name}")
        # mkstemp makes the file private (0600); an export gets the usual permissions instead.
        os.chmod(tmp, 0o666 & ~_current_umask())
        os.replace(tmp, out)
    except ExportError:
        _discard(tmp)
        raise
    except OSError as exc:
        _discard(tmp)
        raise ExportError(f"{out}: {_reason(exc)}") from None
    except BaseException:
        _discard(tmp)
        raise


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_bytes(out: Path, data: bytes, force: bool) -> None:
    def write(tmp: Path) -> None:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())

    atomic_write(out, write, force=force)


def _discard(tmp: Path) -> None:
    try:
        tmp.unlink()
    except OSError:
        pass


def _reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)


def ensure_qt_app() -> None:
    """PDF and PNG need a Qt application; a headless command gets an offscreen one."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _APP
        _APP = QApplication([sys.argv[0] if sys.argv else "viewpoints"])


_APP = None


# --- the ``export`` command ----------------------------------------------------------------------


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``export`` sub-command's arguments (the lead's cli.py calls this)."""
    parser.add_argument("left", metavar="LEFT", help="library id or file path of the left document")
    parser.add_argument("right", metavar="RIGHT", help="library id or file path of the right document")
    parser.add_argument(
        "--format", "-f", dest="format", choices=(*FORMATS, "svg"), default=None,
        help="output format (default: from the file name's extension)",
    )
    parser.add_argument("-o", "--output", dest="output", type=Path, required=True, metavar="OUT")
    parser.add_argument(
        "--actor", dest="actors", action="append", default=[], metavar="NAME",
        help="show only this actor (repeat for more); the others are hidden",
    )
    parser.add_argument("--chart", action="store_true", help="export the mentions chart alone (png, svg, csv)")
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")


def run_export_command(args: argparse.Namespace, library) -> int:
    """Do the ``export`` command; prints one line and returns the exit status.

    LEFT and RIGHT are library ids, or paths to files that are read and analysed in memory (not
    added to the library; a library id also brings the user's corrections).
    """
    out: Path = args.output
    fmt = (args.format or out.suffix.lstrip(".")).lower()
    allowed = CHART_FORMATS if args.chart else FORMATS
    if fmt not in allowed:
        what = "the chart" if args.chart else "a comparison"
        print(f"error: {out}: cannot export {what} as {fmt or '(no extension)'!r}; "
              f"use --format {'|'.join(allowed)}", file=sys.stderr)
        return 1
    if out.exists() and not args.force:  # say so before the (slower) analysis
        print(f"error: {out}: file exists (use --force to overwrite)", file=sys.stderr)
        return 1
    try:
        views = [_load_view(target, library) for target in (args.left, args.right)]
        comparison = build_comparison(views[0], views[1])
        criteria = criteria_for_actors(comparison, args.actors)
        if args.chart:
            chart_export(comparison, criteria, fmt, out, force=args.force)
        else:
            export_comparison(comparison, criteria, fmt, out, force=args.force)
    except ExportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"exported {'chart' if args.chart else fmt} to {out}")
    return 0


def criteria_for_actors(comparison: Comparison, names: list[str]) -> FilterCriteria:
    """Criteria that hide every actor but the named ones (a name matches a full name or one of its words)."""
    if not names:
        return FilterCriteria()
    from desktop_app.core.analysis.model import actor_key

    keep: set[str] = set()
    for name in names:
        wanted = actor_key(name)
        matches = [a.key for a in comparison.actors if a.key == wanted]
        if not matches:
            matches = [a.key for a in comparison.actors if _words_in(wanted, a.key)]
        if not matches:
            raise ExportError(f"{name}: no such actor in either document")
        keep.update(matches)
    return FilterCriteria(hidden_actors=frozenset(a.key for a in comparison.actors if a.key not in keep))


def _words_in(wanted: str, key: str) -> bool:
    words, target = wanted.split(), key.split()
    return any(target[i : i + len(words)] == words for i in range(len(target) - len(words) + 1))


def _load_view(target: str, library) -> DocumentView:
    path = Path(target)
    if path.is_file():
        return _file_view(path)
    if target.isdigit():
        from desktop_app.core.analysis_store import document_view

        try:
            return document_view(library, int(target))
        except KeyError:
            raise ExportError(f"{target}: no document with this id in the library") from None
    raise ExportError(f"{target}: no such file, and not a library id")


def _file_view(path: Path) -> DocumentView:
    from desktop_app.core.analysis import analyze_document
    from desktop_app.core.document import Document, content_sha256
    from desktop_app.core.importers import ImportFailure, import_file

    try:
        imported = import_file(path)
    except ImportFailure as exc:
        raise ExportError(str(exc)) from None
    doc = Document(None, imported.text, imported.metadata, path.name, content_sha256(imported.text),
                   format=imported.format)
    return DocumentView(doc, analyze_document(doc))
