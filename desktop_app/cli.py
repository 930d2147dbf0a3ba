"""Command line: ``python main.py`` starts the GUI; ``python main.py COMMAND`` works headless.

Commands: import, list, remove, restore, search, analyze, export, screenshot. Every command
accepts ``--data-dir DIR`` to use a library somewhere else (also ``VIEWPOINTS_DATA_DIR``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import __version__, paths
from desktop_app.core.library import LibraryError

COMMANDS = ("import", "list", "remove", "restore", "search", "analyze", "export", "screenshot")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="library location (default: the user data dir; also VIEWPOINTS_DATA_DIR)",
    )
    parser = argparse.ArgumentParser(
        prog="viewpoints",
        description="Viewpoints: compare who says what in news texts. Without a command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"Viewpoints {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", parents=[common], help="import files and folders (recursively)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--max-size", type=float, default=None, metavar="MB", help="refuse files larger than this (default 50)")

    p = sub.add_parser("list", parents=[common], help="list the documents in the library")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("remove", parents=[common], help="remove documents (undo with restore)")
    p.add_argument("ids", nargs="+", type=int, metavar="ID")

    p = sub.add_parser("restore", parents=[common], help="bring back removed documents")
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="default: all removed documents")

    p = sub.add_parser("search", parents=[common], help="full-text search over titles and texts")
    p.add_argument("query", nargs="+")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("analyze", parents=[common], help="who says what: actors, quotes, claims")
    p.add_argument("targets", nargs="+", metavar="PATH_OR_ID")
    p.add_argument("--json", action="store_true", help="print the analysis schema (docs/analysis-schema.md)")
    p.add_argument("--language", choices=("sv", "en"), default=None, help="override language detection")

    p = sub.add_parser("export", parents=[common], help="export a comparison (pdf, html, png, csv, json)")
    from desktop_app.exporting import add_export_arguments

    add_export_arguments(p)

    p = sub.add_parser("screenshot", parents=[common], help="render the main window offscreen to a PNG")
    p.add_argument("out", type=Path, metavar="OUT.png")
    p.add_argument("--left", type=int, default=None, metavar="ID")
    p.add_argument("--right", type=int, default=None, metavar="ID")
    p.add_argument("--size", default="1600x1000", metavar="WxH")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not any(arg in COMMANDS for arg in argv) and not any(a in ("-h", "--help", "--version") for a in argv):
        # No command: the GUI. Unknown arguments are Qt's (e.g. -platform).
        args, rest = parser.parse_known_args(argv)
        _apply_data_dir(args)
        from desktop_app.ui.app import run_gui

        try:
            return run_gui(rest)
        except paths.DataDirError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    args = parser.parse_args(argv)
    _apply_data_dir(args)
    handler = _HANDLERS[args.command]
    try:
        return handler(args)
    except (paths.DataDirError, LibraryError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _apply_data_dir(args: argparse.Namespace) -> None:
    if getattr(args, "data_dir", None):
        paths.set_data_dir(args.data_dir)


def _open_library():
    from desktop_app.services import open_library

    return open_library()




# --- commands ---------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.core.importers import DEFAULT_MAX_BYTES
    from desktop_app.core.importing import import_paths

    max_bytes = DEFAULT_MAX_BYTES if args.max_size is None else int(args.max_size * 1024 * 1024)
    library = _open_library()
    try:
        outcomes = import_paths(library, args.paths, max_bytes=max_bytes)
    finally:
        library.close()
    counts = {"imported": 0, "duplicate": 0, "skipped": 0, "error": 0}
    for outcome in outcomes:
        counts[outcome.status] += 1
        if outcome.status == "imported":
            print(f"imported: {outcome.path} as {outcome.doc_id} ({outcome.title})")
        elif outcome.status == "duplicate":
            print(f"duplicate: {outcome.path} is a duplicate of {outcome.doc_id} ({outcome.title})")
        else:
            print(f"{outcome.status}: {outcome.path}: {outcome.message.split(': ', 1)[-1]}")
        for warning in outcome.warnings:
            print(f"warning: {outcome.path}: {warning}")
    skipped = f", {counts['skipped']} skipped" if counts["skipped"] else ""
    print(
        f"{counts['imported']} imported, {counts['duplicate']} duplicate(s), {counts['error']} failed"
        f"{skipped}"
    )
    return 1 if counts["error"] else 0


def cmd_list(args: argparse.Namespace) -> int:
    library = _open_library()
    try:
        docs = library.list_documents()
    finally:
        library.close()
    if args.json:
        print(json.dumps([vars(d) for d in docs], ensure_ascii=False, indent=2))
        return 0
    _print_table(docs)
    return 0


def _print_table(docs) -> None:
    if not docs:
        print("(no documents)")
        return
    print(f"{'ID':>5}  {'DATE':10}  {'GENRE':9}  {'LANG':4}  {'WORDS':>6}  {'OUTLET':20}  TITLE")
    for d in docs:
        print(
            f"{d.id:>5}  {d.date[:10]:10}  {d.genre:9}  {d.language or '-':4}  {d.words:>6}  "
            f"{d.outlet[:20]:20}  {d.title}"
        )


def cmd_remove(args: argparse.Namespace) -> int:
    library = _open_library()
    try:
        removed = library.remove(args.ids)
    finally:
        library.close()
    for doc_id in args.ids:
        if doc_id not in removed:
            print(f"error: no document {doc_id}")
    if removed:
        ids = " ".join(str(i) for i in removed)
        print(f"removed {ids} (undo with: restore {ids})")
    return 0 if len(removed) == len(set(args.ids)) else 1


def cmd_restore(args: argparse.Namespace) -> int:
    library = _open_library()
    try:
        ids = args.ids or library.removed_ids()
        restored = library.restore(ids)
    finally:
        library.close()
    for doc_id in ids:
        if doc_id not in restored:
            print(f"error: document {doc_id} is not in the removed documents")
    print(f"restored {' '.join(str(i) for i in restored) or 'nothing'}")
    return 0 if len(restored) == len(set(ids)) else 1


def cmd_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    library = _open_library()
    try:
        ids = library.search(query)
        by_id = {d.id: d for d in library.list_documents()}
    finally:
        library.close()
    docs = [by_id[i] for i in ids if i in by_id]
    if args.json:
        print(json.dumps([vars(d) for d in docs], ensure_ascii=False, indent=2))
    elif docs:
        _print_table(docs)
    else:
        print(f"no documents match {query!r}")
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from desktop_app.core.analysis_report import analyze_targets, format_summary

    results, errors = analyze_targets(args.targets, language=args.language, open_library=_open_library)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if args.json:
        print(json.dumps({"schema": 1, "documents": results}, ensure_ascii=False, indent=2))
    else:
        for result in results:
            print(format_summary(result))
    return 1 if errors else 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.exporting import run_export_command

    library = _open_library()
    try:
        return run_export_command(args, library)
    finally:
        library.close()


def cmd_screenshot(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print(f"error: --size must look like 1600x1000, not {args.size!r}", file=sys.stderr)
        return 2
    from desktop_app.ui.screenshot import ScreenshotError, save_screenshot

    try:
        save_screenshot(args.out, args.left, args.right, (width, height))
    except ScreenshotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"saved {args.out}")
    return 0


_HANDLERS = {
    "import": cmd_import,
    "list": cmd_list,
    "remove": cmd_remove,
    "restore": cmd_restore,
    "search": cmd_search,
    "analyze": cmd_analyze,
    "export": cmd_export,
    "screenshot": cmd_screenshot,
}
