"""``viewpoints repair`` and the window's offer: check a library, salvage a damaged one, or restore a backup.

``check`` looks at everything a user could trip over: SQLite's integrity check, the tables and
schema version, the full-text index, and our own rows (each text against its hash, each JSON
column). ``repair`` salvages what is readable into a new file (``salvage``), fills in from the
newest healthy backup what the damage took, and puts the new file in place of the old, which is
kept beside it (``library.damaged-<when>.sqlite3``) and never changed. ``restore_backup`` puts a
backup in place the same way. Each returns a report whose ``lines()`` tell the user what happened.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from desktop_app.core import _fts_index as fts
from desktop_app.core import _schema
from desktop_app.core.document import content_sha256
from desktop_app.core.library import backup as backups
from desktop_app.core.library.connection import discard_database, fsync_folder, writable
from desktop_app.core.library.salvage import Found, Salvage, open_damaged, scanned_source

_TABLES = ("documents", "originals", "analyses", "corrections", "documents_fts")
_MAX_PROBLEMS = 12


@dataclass
class Health:
    """What ``check`` found; ``ok`` when nothing."""

    path: Path
    problems: list[str] = field(default_factory=list)
    documents: int | None = None  # documents that could be counted
    newer: bool = False  # made by a newer Viewpoints: never touched

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        if self.ok:
            return [f"{self.path}: the library is healthy ({self.documents} documents)"]
        shown = self.problems[:_MAX_PROBLEMS]
        more = len(self.problems) - len(shown)
        return ([f"{self.path}: the library is damaged:"] + [f"  {p}" for p in shown]
                + ([f"  … and {more} more"] if more else [])
                + ([] if self.newer else ["Run `viewpoints repair` to repair it."]))


@dataclass
class RepairReport:
    """What ``repair`` or ``restore_backup`` did."""

    path: Path
    outcome: str  # "healthy", "repaired", "restored" (from a backup) or "failed"
    problems: list[str] = field(default_factory=list)
    found: Found | None = None
    method: str = ""
    backup: backups.Backup | None = None  # the backup used, if any
    kept: Path | None = None  # where the damaged file was kept
    error: str = ""

    @property
    def usable(self) -> bool:
        """Whether the library can be opened now."""
        return self.outcome in ("healthy", "repaired", "restored")

    def lines(self) -> list[str]:
        if self.outcome == "healthy":
            return [f"{self.path}: the library is healthy: nothing to repair"]
        lines = []
        if self.problems:
            lines.append(f"{self.path}: the library was damaged ({self.problems[0]}"
                         + (f", and {len(self.problems) - 1} more problem(s))" if len(self.problems) > 1 else ")"))
        if self.outcome == "failed":
            return lines + [f"error: {self.error}"]
        if self.outcome == "restored" and self.backup is not None and self.found is not None:
            lines.append(f"Restored the backup of {self.backup.describe()}: {self.found.documents} document(s).")
        elif self.found is not None:
            lines.extend(_salvage_lines(self.found, self.method, self.backup))
        if self.kept is not None:
            lines.append(f"The damaged file is kept as {self.kept}.")
        return lines


def _salvage_lines(found: Found, method: str, backup: backups.Backup | None) -> list[str]:
    lines = [f"Recovered {found.documents} document(s) into a new library ({method})."]
    if found.from_backup and backup is not None:
        lines.append(f"  {found.from_backup} of them from the backup of {backup.describe()} "
                     "(documents deleted since then may be back).")
    if found.scanned:
        lines.append(f"  {found.scanned} of them read straight from the file's pages, past the damage.")
    if found.texts_from_originals:
        lines.append(f"  {found.texts_from_originals} damaged text(s) read again from the original file.")
    if found.reimported:
        lines.append(f"  {found.reimported} document(s) imported again from their original file "
                     "(their title and metadata as the file gives them).")
    if found.lost_ids:
        shown = ", ".join(str(i) for i in found.lost_ids[:10]) + (" …" if len(found.lost_ids) > 10 else "")
        lines.append(f"  Lost: {len(found.lost_ids)} document(s) (ids {shown}): only their corrections or "
                     "analysis were left; import them again.")
    for damaged in found.damaged_texts[:5]:
        lines.append(f"  Lost: {damaged}: its text is damaged and its original unreadable.")
    if len(found.damaged_texts) > 5:
        lines.append(f"  Lost: {len(found.damaged_texts) - 5} more damaged document(s).")
    missing = sorted(found.missing_tables)
    if missing:
        lines.append(f"  The table(s) {', '.join(missing)} were gone; they are empty again"
                     + (" (filled from the backup where it could)." if backup else "."))
    if found.fixed_authors:
        lines.append(f"  Unreadable authors of {found.fixed_authors} document(s) are now empty.")
    if found.without_original:
        lines.append(f"  {found.without_original} document(s) have lost their original file (the text is kept).")
    lines.append(f"  Kept {found.corrections} correction(s)"
                 + (f"; {found.corrections_dropped} dropped (damaged, or made on a text that had to be "
                    "imported again)" if found.corrections_dropped else "")
                 + f". Kept {found.analyses} analyses"
                 + (f"; {found.analyses_dropped} damaged ones will be recomputed" if found.analyses_dropped else "")
                 + ".")
    return lines


# -- check ----------------------------------------------------------------------------------


def check(path: Path) -> Health:
    """Everything that could trip the library up, as one line per problem (read-only)."""
    path = Path(path)
    health = Health(path)
    if not path.exists():
        health.problems.append("there is no library file")
        return health
    try:
        conn = open_damaged(path)
        version = _schema.schema_version(conn)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        health.problems.append(_line(exc))
        return health
    try:
        if version > _schema.SCHEMA_VERSION:
            health.newer = True
            health.problems.append(str(_schema.SchemaTooNew(version)) + ": use that version to repair it")
            return health
        health.problems += [f"the table {t} is missing" for t in _TABLES if t not in tables]
        health.problems += _integrity(conn)
        if "documents" in tables:
            health.problems += _document_rows(conn, health)
        for table, column in (("analyses", "json"), ("corrections", "json")):
            if table in tables:
                health.problems += _bad_json(conn, table, column)
        if "documents_fts" in tables and not health.problems:
            health.problems += _fts_problems(path)
    finally:
        conn.close()
    return health


def _integrity(conn: sqlite3.Connection) -> list[str]:
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
    except sqlite3.DatabaseError as exc:
        return [_line(exc)]
    if rows == ["ok"]:
        return []
    lines = [line for row in rows for line in str(row).splitlines() if line and not line.startswith("***")]
    return [f"integrity check: {line}" for line in lines[:5]] + (
        [f"integrity check: … {len(lines) - 5} more"] if len(lines) > 5 else [])


def _document_rows(conn: sqlite3.Connection, health: Health) -> list[str]:
    problems: list[str] = []
    count = 0
    conn.text_factory = bytes  # a text that is not UTF-8 is one damaged document, not the end
    try:
        for doc_id, title, text, kind, sha, authors in conn.execute(
                "SELECT id, title, text, typeof(text), sha256, authors FROM documents ORDER BY id"):
            count += 1
            title, text, sha, authors = (_decoded(v) for v in (title, text, sha, authors))
            if isinstance(title, bytes):
                title = title.decode("utf-8", "replace")
            if kind not in (b"text", b"blob") or not isinstance(text, str) \
                    or content_sha256(text) != sha:  # (since schema 8 a text is a UTF-8 BLOB)
                problems.append(f"document {doc_id} ({title}): its text is damaged")
            if not _json_list(authors):
                problems.append(f"document {doc_id} ({title}): its authors are unreadable")
    except sqlite3.DatabaseError as exc:
        problems.append(f"documents after the {count}th cannot be read ({_line(exc)})")
    finally:
        conn.text_factory = str
    health.documents = count
    return problems


def _decoded(value: object) -> object:
    """A value read as bytes, as str again; bytes that are not UTF-8 stay bytes (damage)."""
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return value
    return value


def _bad_json(conn: sqlite3.Connection, table: str, column: str) -> list[str]:
    try:
        bad = conn.execute(f"SELECT count(*) FROM {table} WHERE json_valid({column}) = 0").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return [f"the {table} cannot be read ({_line(exc)})"]
    return [f"{bad} stored {table} are unreadable (not JSON)"] if bad else []


def _fts_problems(path: Path) -> list[str]:
    """Whether the index holds every document and nothing else, then FTS5's own check of the
    index (which needs a writable file, rolled back)."""
    try:
        with closing(open_damaged(path)) as conn:
            missing, stray = fts.unindexed(conn)
    except sqlite3.DatabaseError as exc:
        return [f"the search index does not match the documents ({_line(exc)})"]
    problems = [f"document {doc_id} is missing from the search index" for doc_id in missing[:5]]
    if stray:
        problems.append(f"the search index holds {len(stray)} deleted document(s)")
    if problems or not writable(path):
        return problems
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=5)
    except sqlite3.Error:
        return []
    try:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError as exc:
        return [f"the search index does not match the documents ({_line(exc)})"]
    finally:
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        conn.close()
    return []


# -- repair ---------------------------------------------------------------------------------


def repair(path: Path) -> RepairReport:
    """Check the library at ``path``; if damaged, salvage it into a new file put in its place.

    The library must not be open elsewhere (close the window first). Documents the damage took are
    filled in from the newest backup that passes the quick check; when nothing at all can be read,
    that backup is restored. A library made by a newer Viewpoints is never touched.
    """
    path = Path(path)
    health = check(path)
    if health.ok:
        return RepairReport(path, "healthy")
    report = RepairReport(path, "failed", problems=health.problems)
    if health.newer:
        report.error = health.problems[0]
        return report
    if not writable(path):
        report.error = f"{path.parent}: cannot write here, so the library cannot be repaired in place"
        return report
    tmp = path.parent / f".{path.name}.repairing-{os.getpid()}"
    recovered: Path | None = None
    try:
        salvage = Salvage(tmp)
    except (sqlite3.Error, OSError) as exc:
        discard_database(tmp)
        report.error = f"{path}: the repair could not write the new library ({_line(exc)}); nothing was changed"
        return report
    try:
        methods = []
        if path.exists():
            source = open_damaged(path)
            try:
                salvage.take(source, first=True)
            finally:
                source.close()
            methods.append("read through SQLite")
            if salvage.found.damaged_documents or salvage.found.unreadable or not _has_tables(path):
                recovered = scanned_source(path, path.parent / f".{path.name}.scanned-{os.getpid()}")
                with closing(sqlite3.connect(str(recovered))) as source:
                    salvage.take(source, scanned=True)
                methods.append("and page by page")
        found = salvage.found
        if found.damaged_documents or found.documents == 0 or found.missing_tables:
            report.backup = _newest_healthy_backup(path)
            if report.backup is not None:
                with closing(_open_backup(report.backup.path)) as source:
                    salvage.take(source, from_backup=True)
        found = salvage.finish()
    except (sqlite3.Error, OSError) as exc:
        salvage.abandon()
        report.error = f"{path}: the repair could not write the new library ({_line(exc)}); nothing was changed"
        return report
    finally:
        if recovered is not None:
            discard_database(recovered)
    if found.documents == 0 and report.backup is None and (found.damaged_documents or not _has_tables(path)):
        discard_database(tmp)
        report.error = (f"{path}: nothing could be read and there is no backup; the file was left as it is "
                        "(move it away to start a new library)")
        return report
    report.found, report.method = found, " ".join(methods) or "from the backup"
    report.outcome = "restored" if found.documents and found.from_backup == found.documents else "repaired"
    try:
        report.kept = _put_in_place(tmp, path)
    except OSError as exc:
        discard_database(tmp)
        report.outcome, report.error = "failed", f"{path}: the repaired library could not be put in place ({_line(exc)})"
    return report


def restore_backup(path: Path, chosen: Path | None = None) -> RepairReport:
    """Put a backup (``chosen``, or the newest that passes the quick check) in place of the library.

    The library as it was is kept beside it, like a repair's damaged file.
    """
    path = Path(path)
    report = RepairReport(path, "failed")
    if chosen is not None:
        found = [b for b in backups.list_backups(path) if b.path.resolve() == Path(chosen).resolve()]
        report.backup = found[0] if found else backups.Backup(Path(chosen), _mtime(Path(chosen)), "chosen")
        if not report.backup.path.is_file():
            report.error = f"{chosen}: no such backup"
            return report
    else:
        report.backup = _newest_healthy_backup(path)
        if report.backup is None:
            report.error = f"{path}: there is no healthy backup to restore"
            return report
    tmp = path.parent / f".{path.name}.restoring-{os.getpid()}"
    try:
        salvage = Salvage(tmp)
    except (sqlite3.Error, OSError) as exc:
        discard_database(tmp)
        report.error = f"{path}: the backup could not be restored ({_line(exc)}); nothing was changed"
        return report
    try:
        with closing(_open_backup(report.backup.path)) as source:
            salvage.take(source, from_backup=True, first=True)
        report.found = salvage.finish()
        report.kept = _put_in_place(tmp, path)
    except (sqlite3.Error, OSError) as exc:
        salvage.abandon()
        report.error = f"{report.backup.path}: the backup could not be restored ({_line(exc)}); nothing was changed"
        return report
    report.outcome, report.method = "restored", "from the backup"
    return report


def _newest_healthy_backup(path: Path) -> backups.Backup | None:
    for candidate in backups.list_backups(path):
        try:
            with closing(_open_backup(candidate.path)) as conn:
                if conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok":
                    return candidate
        except sqlite3.Error:
            continue
    return None


def _open_backup(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _put_in_place(tmp: Path, path: Path) -> Path | None:
    """Move the library (with its -wal and -shm) aside and ``tmp`` into its place; where it went.

    The side files go first: a -wal left beside the new file would be replayed into it.
    """
    kept = None
    if path.exists():
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        kept = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
        n = 1
        while kept.exists():
            n += 1
            kept = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{path.suffix}")
        os.link(path, kept) if _can_link(path) else shutil.copy2(path, kept)
        for suffix in ("-wal", "-shm", "-journal"):
            side = Path(f"{path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{kept}{suffix}"))
    os.replace(tmp, path)
    fsync_folder(path.parent)
    return kept


def _can_link(path: Path) -> bool:
    probe = path.with_name(f".{path.name}.link-probe-{os.getpid()}")
    try:
        os.link(path, probe)
    except OSError:
        return False
    probe.unlink()
    return True


def _has_tables(path: Path) -> bool:
    try:
        conn = open_damaged(path)
        try:
            return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def _json_list(value: object) -> bool:
    import json

    try:
        data = json.loads(value) if isinstance(value, (str, bytes)) else None
    except ValueError:
        return False
    return isinstance(data, list) and all(isinstance(a, str) for a in data)


def _mtime(path: Path) -> datetime:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
    except OSError:
        return datetime.now(timezone.utc)


def _line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__

