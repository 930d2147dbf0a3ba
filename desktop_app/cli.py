"""Command line: ``python main.py`` starts the GUI; ``python main.py COMMAND`` works headless.

Commands: import, list, remove, restore, search, analyze; the ones that write a comparison
(``output_commands``): compare, export, screenshot; and the library's upkeep
(``library_commands``): repair, backup, trash, corrections, edit. Every command
accepts ``--data-dir DIR`` to use a library somewhere else (also ``VIEWPOINTS_DATA_DIR``). The
reading commands (list, search, analyze, compare, export) open the library read-only: they never
change it, and they work on a library the user may only read. Any failure is one line on stderr,
never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from desktop_app import __version__, library_commands, output_commands, paths
from desktop_app.core.library import BUSY_REASON, LibraryError

COMMANDS = ("import", "list", "remove", "restore", "search", "analyze", "compare", "export", "screenshot",
            *library_commands.COMMANDS)


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
    _add_language_argument(p, "the language of the messages and the importers' reasons")

    p = sub.add_parser("list", parents=[common], help="list the documents in the library")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("remove", parents=[common], help="remove documents (undo with restore)")
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    _add_language_argument(p, "the language of the messages")

    p = sub.add_parser("restore", parents=[common], help="bring back removed documents")
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="default: all removed documents")
    _add_language_argument(p, "the language of the messages")

    p = sub.add_parser("search", parents=[common], help="full-text search over titles and texts")
    p.add_argument("query", nargs="+")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("analyze", parents=[common], help="who says what: actors, quotes, claims")
    p.add_argument("targets", nargs="+", metavar="PATH_OR_ID")
    p.add_argument("--json", action="store_true", help="print the analysis schema (docs/analysis-schema.md)")
    p.add_argument("--language", choices=("sv", "en"), default=None, help="override language detection")

    p = sub.add_parser("compare", parents=[common],
                       help="what two texts say about the same questions, and whether they agree")
    p.add_argument("left", metavar="LEFT", help="library id or file path of the left document")
    p.add_argument("right", metavar="RIGHT", help="library id or file path of the right document")
    p.add_argument("--json", action="store_true", help="print the comparison schema (docs/viewpoints.md)")
    _add_language_argument(p, "the language of the table's headings, relations and reasons (the JSON keeps English)")

    p = sub.add_parser("export", parents=[common], help="export a comparison (pdf, html, png, csv, json)")
    _add_export_arguments(p)

    p = sub.add_parser("screenshot", parents=[common], help="render the main window offscreen to a PNG")
    p.add_argument("out", type=Path, metavar="OUT.png")
    p.add_argument("--left", default=None, metavar="ID_OR_PATH", help="library id or file path shown on the left")
    p.add_argument("--right", default=None, metavar="ID_OR_PATH", help="library id or file path shown on the right")
    p.add_argument("--size", default="1600x1000", metavar="WxH")
    p.add_argument("--language", choices=("en", "sv"), default="en",
                   help="the interface language of the picture (default: en)")
    library_commands.add_parsers(sub, common)
    return parser


def _add_language_argument(parser: argparse.ArgumentParser, what: str) -> None:
    """``--language en|sv``: the language of a command's words for a reader, as the window's
    View > Language (default: en)."""
    parser.add_argument("--language", choices=("en", "sv"), default="en", help=f"{what}: en (default) or sv")


def _top_n(most: int):  # noqa: ANN202
    def parse(value: str) -> int:
        if not value.isdigit() or not 1 <= int(value) <= most:
            raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {most}, not {value!r}")
        return int(value)

    return parse


def _add_export_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop_app.core.export.chart import DEFAULT_TOP_N, MAX_TOP_N
    from desktop_app.core.export.registry import FORMATS

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
    parser.add_argument(
        "--top", type=_top_n(MAX_TOP_N), default=DEFAULT_TOP_N, metavar="N",
        help=f"with --chart: the N most mentioned actors, as the chart shows them (default {DEFAULT_TOP_N})",
    )
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    parser.add_argument(
        "--language", choices=("en", "sv"), default="en",
        help="the language of the headings and labels: en (default) or sv (Swedish, as the Swedish window)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        paths.check_resources()  # a damaged install refuses to start rather than analyse on empty lists
    except paths.ResourcesMissingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    parser = build_parser()
    if not any(arg in COMMANDS for arg in argv) and not any(a in ("-h", "--help", "--version") for a in argv):
        # No command: the GUI. Unknown arguments are Qt's (e.g. -platform).
        args, rest = parser.parse_known_args(argv)
        _apply_data_dir(args)
        from desktop_app.ui.app import run_gui

        files, qt_args = split_open_paths(rest)
        try:
            return run_gui(qt_args, open_paths=files)
        except paths.DataDirError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_usage(sys.stderr)
        return 2
    _apply_data_dir(args)
    logging.basicConfig(level=logging.WARNING, format="warning: %(message)s")
    from desktop_app.core.export.files import clean_stale_temporaries, remove_temporaries_on_sigterm

    remove_temporaries_on_sigterm()
    clean_stale_temporaries()
    handler = _HANDLERS[args.command]
    try:
        return handler(args)
    except (paths.DataDirError, paths.ResourcesMissingError, LibraryError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:  # one that did not pass through the library's own translation
        from desktop_app.core.library.errors import library_error

        print(f"error: {library_error(paths.library_path(), exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - a bug of ours: one line here, the traceback in the log
        print(f"error: {_unexpected(exc)}", file=sys.stderr)
        return 1


def _unexpected(exc: BaseException) -> str:
    """One line for an error we did not foresee; the traceback goes to the log file."""
    detail = " ".join(str(exc).split())[:100]
    line = f"unexpected {type(exc).__name__}" + (f" ({detail})" if detail else "")
    try:
        log_path = paths.data_dir() / "viewpoints.log"
        with open(log_path, "a", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(exc)))
    except (OSError, paths.DataDirError):
        return line
    return f"{line}; details in {log_path}"


# Qt's own options that take a value (``-platform offscreen``): that value is never a file to open.
_QT_VALUE_OPTIONS = frozenset({"-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-style",
                               "-stylesheet", "-session", "-display", "-geometry", "-qwindowgeometry",
                               "-qwindowicon", "-qwindowtitle", "-qmljsdebugger", "-title"})


def split_open_paths(args: Sequence[str]) -> tuple[list[Path], list[str]]:
    """The files to open (``viewpoints FILE...``, "Open with Viewpoints") apart from Qt's options.

    A file manager passes paths, or ``file://`` URLs; any other word is left for Qt.
    """
    files: list[Path] = []
    qt_args: list[str] = []
    for i, arg in enumerate(args):
        after_option = i > 0 and args[i - 1] in _QT_VALUE_OPTIONS
        path = Path(_local_path(arg))
        if not arg.startswith("-") and not after_option and (path.exists() or path.is_symlink()):
            files.append(path)
        else:
            qt_args.append(arg)
    return files, qt_args


def _local_path(arg: str) -> str:
    if arg.startswith("file://"):
        from urllib.parse import unquote, urlsplit

        return unquote(urlsplit(arg).path)
    return arg


def _apply_data_dir(args: argparse.Namespace) -> None:
    if getattr(args, "data_dir", None):
        paths.set_data_dir(args.data_dir)


def _open_library(*, read_only: bool = False):  # noqa: ANN202
    """The user's library; ``read_only`` for the commands that only read (they never change it)."""
    from desktop_app.core.library import open_library

    return open_library(read_only=read_only)


def _open_for_reading():  # noqa: ANN202
    return _open_library(read_only=True)


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
    from desktop_app.core.import_reasons import message_text, reason_text

    language = args.language
    counts = {"imported": 0, "duplicate": 0, "skipped": 0, "error": 0}
    for outcome in outcomes:
        counts[outcome.status] += 1
        shown = {"path": outcome.path, "id": outcome.doc_id, "title": outcome.title}
        if outcome.status == "imported":
            print(_t("imported: {path} as {id} ({title})", language).format(**shown))
        elif outcome.status == "duplicate":
            print(_t("duplicate: {path} is a duplicate of {id} ({title})", language).format(**shown))
        elif outcome.status == "skipped":
            print(_t("skipped: {path}: {reason}", language).format(
                path=outcome.path, reason=message_text(outcome.message, language)))
        else:
            print(_t("error: {path}: {reason}", language).format(
                path=outcome.path, reason=message_text(outcome.message, language)))
        for warning in outcome.warnings:
            print(_t("warning: {path}: {warning}", language).format(
                path=outcome.path, warning=reason_text(warning, language)))
    line = _t("{imported} imported, {duplicates} duplicate(s), {failed} failed", language).format(
        imported=counts["imported"], duplicates=counts["duplicate"], failed=counts["error"])
    if counts["skipped"]:
        line += _t(", {skipped} skipped", language).format(skipped=counts["skipped"])
    print(line)
    _print_busy_files(outcomes, language)
    return 1 if counts["error"] else 0


def _t(english: str, language: str) -> str:
    """A message of the command line in ``language`` (``--language``); the catalogue is core.i18n's."""
    from desktop_app.core import i18n

    return i18n.text(english, language)


def _print_busy_files(outcomes, language: str = "en") -> None:  # noqa: ANN001
    """Files that failed only because another program held the library: the command to re-run."""
    busy = [o.path for o in outcomes if o.status == "error" and BUSY_REASON in o.message]
    if busy:
        import shlex

        from desktop_app.core.import_reasons import reason_text

        print(_t("{count} file(s) not imported because {reason}; to import them, run again:", language).format(
            count=len(busy), reason=reason_text(BUSY_REASON, language)))
        print("  viewpoints import " + " ".join(shlex.quote(p) for p in busy))


def cmd_list(args: argparse.Namespace) -> int:
    library = _open_for_reading()
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
            print(_t("error: no document {id}", args.language).format(id=doc_id))
    if removed:
        ids = " ".join(str(i) for i in removed)
        print(_t("removed {ids} (undo with: restore {ids})", args.language).format(ids=ids))
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
            print(_t("error: document {id} is not in the removed documents", args.language).format(id=doc_id))
    print(_t("restored {ids}", args.language).format(
        ids=" ".join(str(i) for i in restored) or _t("nothing", args.language)))
    return 0 if len(restored) == len(set(ids)) else 1


def cmd_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    library = _open_for_reading()
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
    from desktop_app.core.analysis_report import analyze_targets, format_summary, language_note, report_json

    results, errors = analyze_targets(args.targets, language=args.language, open_library=_open_for_reading)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if args.json:
        for note in filter(None, map(language_note, results)):
            print(note, file=sys.stderr)
        print(report_json(results))
    else:
        for result in results:
            print(format_summary(result))
    return 1 if errors else 0


_HANDLERS = {
    "import": cmd_import,
    "list": cmd_list,
    "remove": cmd_remove,
    "restore": cmd_restore,
    "search": cmd_search,
    "analyze": cmd_analyze,
    "compare": output_commands.cmd_compare,
    "export": output_commands.cmd_export,
    "screenshot": output_commands.cmd_screenshot,
    **library_commands.HANDLERS,
}
