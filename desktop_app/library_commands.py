"""The library's upkeep on the command line: repair, backup, trash, corrections and metadata edits.

``cli`` registers these commands and runs them; each prints what it did in a line or a table and
returns the exit status (0 done, 1 something could not be done). Every failure of the library
itself is a ``LibraryError``, printed by ``cli.main`` as one line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

COMMANDS = ("repair", "backup", "trash", "corrections", "edit")


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the ``viewpoints`` parser."""
    p = sub.add_parser("repair", parents=[common],
                       help="check the library and repair it (salvage, or fall back to a backup)")
    p.add_argument("--check", action="store_true", help="only check; exit 1 when damaged")
    p.add_argument("--from-backup", nargs="?", const="newest", default=None, metavar="FILE",
                   help="put a backup in place of the library (default: the newest)")
    _language(p, "the language of the report")

    p = sub.add_parser("backup", parents=[common], help="make a backup of the library now, or list them")
    p.add_argument("--list", action="store_true", help="list the backups instead")
    _language(p, "the language of the messages")

    p = sub.add_parser("trash", parents=[common], help="removed documents: list them, or empty the trash")
    trash = p.add_subparsers(dest="trash_command", metavar="list|empty", required=True)
    listing = trash.add_parser("list", parents=[common], help="what is in the trash")
    listing.add_argument("--json", action="store_true")
    _language(listing, "the language of the table's headings (the JSON keeps English)")
    empty = trash.add_parser("empty", parents=[common], help="delete what is in the trash for good")
    _language(empty, "the language of the message")
    empty.add_argument("--older-than", type=float, default=None, metavar="DAYS",
                       help="only documents removed at least DAYS days ago")

    p = sub.add_parser("corrections", parents=[common], help="your corrections: list, revert, reset")
    corr = p.add_subparsers(dest="corrections_command", metavar="list|revert|reset|show-actor", required=True)
    listing = corr.add_parser("list", parents=[common], help="every correction, or one document's")
    listing.add_argument("doc_id", nargs="?", type=int, metavar="DOC_ID")
    listing.add_argument("--json", action="store_true")
    corr.add_parser("revert", parents=[common], help="undo one correction (by its id in the list)").add_argument(
        "correction_ids", nargs="+", type=int, metavar="CORRECTION_ID")
    corr.add_parser("reset", parents=[common], help="back to the automatic analysis of a document").add_argument(
        "doc_id", type=int, metavar="DOC_ID")
    show = corr.add_parser("show-actor", parents=[common], help="show an actor you hid in a document again")
    show.add_argument("doc_id", type=int, metavar="DOC_ID")
    show.add_argument("name", nargs="+", metavar="NAME")

    p = sub.add_parser("edit", parents=[common], help="change a document's title, authors, outlet, date, genre, language")
    p.add_argument("doc_id", type=int, metavar="DOC_ID")
    p.add_argument("--title")
    p.add_argument("--authors", metavar="'A; B'", help="names separated by semicolons ('' for none)")
    p.add_argument("--outlet")
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p.add_argument("--genre")
    p.add_argument("--language", metavar="CODE")


def _language(parser: argparse.ArgumentParser, what: str) -> None:
    """``--language en|sv``, as ``import``, ``remove`` and ``restore`` have it."""
    parser.add_argument("--language", choices=("en", "sv"), default="en", help=f"{what}: en (default) or sv")


def _t(english: str, language: str) -> str:
    from desktop_app.core import i18n

    return i18n.text(english, language)


def _print_lines(lines: list[str], language: str) -> None:
    """A repair report's lines (core.library.repair, in English) in ``language``. A line whose
    translation says SQLite's reason in other words is followed by SQLite's own words, indented, as
    the English report quotes them (the window shows them as its details): the text to search for."""
    from desktop_app.core.library_messages import line_text, sqlite_words

    for line in lines:
        print(line_text(line, language))
        indent = line[:len(line) - len(line.lstrip())]
        for words in sqlite_words(line, language):
            print(f"{indent}    (SQLite: {words})")


def _open(read_only: bool = False):  # noqa: ANN202
    from desktop_app.core.library import open_library

    return open_library(read_only=read_only)


def _stamp(iso: str) -> str:
    return iso.replace("T", " ")[:16]


# --- repair and backup ----------------------------------------------------------------------


def cmd_repair(args: argparse.Namespace) -> int:
    from desktop_app import paths
    from desktop_app.core.library import repair

    path = paths.library_path()
    if args.from_backup is not None:
        report = repair.restore_backup(path, None if args.from_backup == "newest" else Path(args.from_backup))
    elif args.check:
        health = repair.check(path)
        _print_lines(health.lines(), args.language)
        return 0 if health.ok else 1
    else:
        report = repair.repair(path)
    _print_lines(report.lines(), args.language)
    return 0 if report.usable else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app import paths
    from desktop_app.core.library import backup
    from desktop_app.core.library_messages import line_text

    if args.list:
        found = backup.list_backups(paths.library_path())
        for item in found:
            print(f"{line_text(item.describe(), args.language)}  {item.path}")
        if not found:
            print(_t("(no backups yet)", args.language))
        return 0
    library = _open()
    try:
        with library.reading() as conn:
            made = backup.make_backup(conn, library.path, "manual")
    finally:
        library.close()
    print(_t("backup made: {path}", args.language).format(path=made.path))
    return 0


# --- trash ----------------------------------------------------------------------------------


def cmd_trash(args: argparse.Namespace) -> int:
    if args.trash_command == "list":
        library = _open(read_only=True)
        try:
            entries = library.trash_entries()
        finally:
            library.close()
        if args.json:
            print(json.dumps([vars(e) for e in entries], ensure_ascii=False, indent=2))
        elif entries:
            language = args.language
            print(f"{_t('ID', language):>5}  {_t('REMOVED', language):16}  {_t('DELETED AFTER', language):13}  "
                  f"{_t('TITLE', language)}")
            for e in entries:
                print(f"{e.id:>5}  {_stamp(e.removed_at):16}  {e.expires_at[:10]:13}  {e.title}")
        else:
            print(_t("(the trash is empty)", args.language))
        return 0
    library = _open()
    try:
        deleted = library.empty_trash(older_than_days=args.older_than)
    finally:
        library.close()
    print(_t("deleted {count} document(s) from the trash for good", args.language).format(count=deleted))
    return 0


# --- corrections ----------------------------------------------------------------------------


def cmd_corrections(args: argparse.Namespace) -> int:
    command = args.corrections_command
    library = _open(read_only=command == "list")
    try:
        return _CORRECTIONS[command](library, args)
    finally:
        library.close()


def _corrections_list(library, args: argparse.Namespace) -> int:  # noqa: ANN001
    if args.doc_id is not None:
        if not _has(library, args.doc_id):
            print(f"error: no document {args.doc_id}", file=sys.stderr)
            return 1
    entries = library.correction_entries(args.doc_id)
    if args.json:
        print(json.dumps([{"id": e.id, "doc_id": e.doc_id, "document": e.document, "created_at": e.created_at,
                           "description": e.description, "correction": e.data, "problem": e.problem}
                          for e in entries], ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print("(no corrections)")
        return 0
    print(f"{'ID':>5}  {'DOC':>5}  {'WHEN':16}  {'CHANGE':40}  DOCUMENT")
    for e in entries:
        change = e.description + (f" [cannot apply: {e.problem}]" if e.problem else "")
        print(f"{e.id:>5}  {e.doc_id:>5}  {_stamp(e.created_at):16}  {change[:40]:40}  {e.document}")
    return 0


def _corrections_revert(library, args: argparse.Namespace) -> int:  # noqa: ANN001
    failed = 0
    for correction_id in args.correction_ids:
        try:
            entry = library.revert_correction(correction_id)
        except KeyError:
            print(f"error: no correction {correction_id} (see: corrections list)", file=sys.stderr)
            failed += 1
            continue
        print(f"reverted {entry.id}: {entry.description} (document {entry.doc_id}, {entry.document})")
    return 1 if failed else 0


def _corrections_reset(library, args: argparse.Namespace) -> int:  # noqa: ANN001
    try:
        removed = library.reset_document(args.doc_id)
    except KeyError:
        print(f"error: no document {args.doc_id}", file=sys.stderr)
        return 1
    print(f"document {args.doc_id} is back to the automatic analysis ({len(removed)} correction(s) removed)")
    return 0


def _corrections_show_actor(library, args: argparse.Namespace) -> int:  # noqa: ANN001
    from desktop_app.core.analysis.model import actor_key

    name = " ".join(args.name)
    if not _has(library, args.doc_id):
        print(f"error: no document {args.doc_id}", file=sys.stderr)
        return 1
    restored = library.restore_actor(args.doc_id, actor_key(name))
    if not restored:
        hidden = ", ".join(e.data.get("name") or e.actor_key or "?" for e in library.hidden_actors(args.doc_id))
        print(f"error: {name!r} is not hidden in document {args.doc_id} (hidden: {hidden or 'none'})",
              file=sys.stderr)
        return 1
    print(f"{name} is shown again in document {args.doc_id}")
    return 0


def _has(library, doc_id: int) -> bool:  # noqa: ANN001
    try:
        library.summary(doc_id)
    except KeyError:
        return False
    return True


_CORRECTIONS = {
    "list": _corrections_list,
    "revert": _corrections_revert,
    "reset": _corrections_reset,
    "show-actor": _corrections_show_actor,
}


# --- metadata -------------------------------------------------------------------------------


def cmd_edit(args: argparse.Namespace) -> int:
    changes: dict[str, object] = {
        name: getattr(args, name) for name in ("title", "outlet", "date", "genre", "language")
        if getattr(args, name) is not None
    }
    if args.authors is not None:
        changes["authors"] = [a.strip() for a in args.authors.split(";") if a.strip()]
    if not changes:
        print("error: nothing to change (give --title, --authors, --outlet, --date, --genre or --language)",
              file=sys.stderr)
        return 2
    library = _open()
    try:
        previous = library.edit_metadata(args.doc_id, **changes)
    except KeyError:
        print(f"error: no document {args.doc_id}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        library.close()
    for name, value in changes.items():
        before = getattr(previous, name)
        shown = "; ".join(before) if isinstance(before, list) else before
        now = "; ".join(value) if isinstance(value, list) else value  # type: ignore[arg-type]
        print(f"{name}: {shown or '(none)'} -> {now or '(none)'}")
    return 0


HANDLERS = {
    "repair": cmd_repair,
    "backup": cmd_backup,
    "trash": cmd_trash,
    "corrections": cmd_corrections,
    "edit": cmd_edit,
}
