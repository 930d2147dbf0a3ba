"""The commands that write a comparison: ``compare`` (a table or JSON), ``export`` (every format of
the comparison or the chart) and ``screenshot`` (the window rendered offscreen). ``cli`` parses the
arguments and turns failures into one line; these read the library read-only and never change it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop_app import paths


def _open_for_reading():  # noqa: ANN202
    from desktop_app.core.library import open_library

    return open_library(read_only=True)


def cmd_compare(args: argparse.Namespace) -> int:
    """Which positions of LEFT and RIGHT meet on the same question: a table, or JSON with --json."""
    from desktop_app.core.loading import LoadError, is_library_id, load_view
    from desktop_app.core.viewpoints import LexiconError, compare_viewpoints, format_table, to_json
    from desktop_app.core.viewpoints.corrections import apply_viewpoint_corrections

    library = _open_for_reading() if is_library_id(args.left) or is_library_id(args.right) else None
    try:
        views = [load_view(target, library) for target in (args.left, args.right)]
        found = compare_viewpoints(views[0], views[1])
        corrected = apply_viewpoint_corrections(found, _viewpoint_corrections(library, views),
                                                views[0].document.text, views[1].document.text)
    except (LoadError, LexiconError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        if library is not None:
            library.close()
    for dropped in corrected.dropped:
        print(f"note: a correction of these links no longer applies: {dropped.reason}", file=sys.stderr)
    if args.json:
        print(json.dumps(to_json(corrected.comparison, views[0], views[1]), ensure_ascii=False, indent=2))
    else:
        print(format_table(corrected.comparison, language=args.language), end="")
    return 0


def _viewpoint_corrections(library, views) -> list[tuple[int, dict]]:  # noqa: ANN001
    """The user's corrections of the links between two library documents (none for files)."""
    left, right = (view.document.id for view in views)
    if library is None or left is None or right is None:
        return []
    return library.list_viewpoint_corrections(left, right)


def cmd_export(args: argparse.Namespace) -> int:
    """Write the comparison of LEFT and RIGHT (library ids or files, read in memory) to OUT."""
    from desktop_app.core.export.registry import CHART, COMPARISON

    out: Path = args.output
    fmt = (args.format or out.suffix.lstrip(".")).lower()
    formats = CHART if args.chart else COMPARISON
    if fmt not in formats.offered:
        what = "the chart" if args.chart else "a comparison"
        print(f"error: {out}: cannot export {what} as {fmt or '(no extension)'!r}; "
              f"use --format {'|'.join(formats.offered)}", file=sys.stderr)
        return 1
    if out.exists() and not args.force:  # say so before the (slower) analysis
        print(f"error: {out}: file exists (use --force to overwrite)", file=sys.stderr)
        return 1
    from desktop_app.core.loading import is_library_id

    library = _open_for_reading() if is_library_id(args.left) or is_library_id(args.right) else None
    try:
        return _export(args, fmt, library)
    finally:
        if library is not None:
            library.close()


def _stored_colours(library) -> tuple[dict, dict]:  # noqa: ANN001
    """The actor colours the library gave (the same colours as in the window), if there is a library."""
    from desktop_app.core.library import LibraryError

    if library is None:
        return {}, {}
    try:
        return library.actor_colours(), library.colour_usage()
    except LibraryError:
        return {}, {}


def _export(args: argparse.Namespace, fmt: str, library) -> int:  # noqa: ANN001
    from desktop_app.core.compare import build_comparison
    from desktop_app.core.export.actors import criteria_for_actors
    from desktop_app.core.export.files import ExportError
    from desktop_app.core.export.registry import CHART, COMPARISON, export_chart, export_comparison
    from desktop_app.core.export.viewpoints import compute_viewpoints, with_viewpoints
    from desktop_app.core.loading import LoadError, load_view
    from desktop_app.core import i18n
    from desktop_app.core.viewpoints import LexiconError

    i18n.set_language(args.language)
    try:
        views = [load_view(target, library) for target in (args.left, args.right)]
        comparison = build_comparison(views[0], views[1], *_stored_colours(library))
        criteria = criteria_for_actors(comparison, args.actors)
        if not args.chart:  # the viewpoints table goes into every format of the comparison
            comparison = with_viewpoints(comparison, compute_viewpoints(comparison, _viewpoint_corrections(library, views)))
        if not (CHART if args.chart else COMPARISON).available(fmt):
            _load_qt_formats(args.language)
        if args.chart:
            export_chart(comparison, criteria, fmt, args.output, top_n=args.top, force=args.force)
        else:
            export_comparison(comparison, criteria, fmt, args.output, force=args.force)
    except (ExportError, LoadError, LexiconError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"exported {'chart' if args.chart else fmt} to {args.output}")
    return 0


_QT_APP = None  # the offscreen QApplication of a PDF or PNG export, alive until the process ends


def _load_qt_formats(language: str = "en") -> None:
    """PDF and PNG are painted by Qt: an offscreen application (its translators in ``language``), then
    the print module registers them."""
    global _QT_APP
    from desktop_app.ui import translations
    from desktop_app.ui.app import headless_application

    _QT_APP = headless_application()
    translations.install(_QT_APP, language)
    import desktop_app.ui.printing  # noqa: F401 - registers pdf and png with core.export


def cmd_screenshot(args: argparse.Namespace) -> int:
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print(f"error: --size must look like 1600x1000, not {args.size!r}", file=sys.stderr)
        return 2
    # A damaged library fails here, in one line, rather than as an error inside the picture.
    _open_library_checked().close()
    from desktop_app.ui.screenshot import ScreenshotError, save_screenshot

    with tempfile.TemporaryDirectory(prefix="viewpoints-config-") as scratch:
        try:
            paths.config_dir()
        except paths.DataDirError:  # a read-only data folder: the screenshot saves no settings anyway
            os.environ["VIEWPOINTS_CONFIG_DIR"] = scratch
        try:
            save_screenshot(args.out, args.left, args.right, (width, height), language=args.language)
        except ScreenshotError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    print(f"saved {args.out}")
    return 0


def _open_library_checked():  # noqa: ANN202
    from desktop_app.core.library import open_library

    return open_library(read_only=True, check=True)
