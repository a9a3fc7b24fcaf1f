"""Opening the office's SQLite file: WAL journal, foreign keys, busy timeout, numbered migrations.

One connection per thread (``check_same_thread`` stays on). Autocommit mode (``isolation_level=None``):
every write goes through :func:`transaction`, which takes ``BEGIN IMMEDIATE`` so two processes never
interleave a read-then-write (a vend reads the meter's last TID and writes the next one atomically).
``synchronous=FULL``: a sale reported ISSUED survives a power cut, not only a killed process.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sts_pos.errors import UserFacingError
from sts_pos.store.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


class StoreError(UserFacingError):
    """The office database cannot be used as asked."""


class NewerSchemaError(StoreError):
    pass


class NotAnOfficeFile(StoreError):
    pass


NO_OFFICE_HINT = ("Create an office with 'sts-pos init' (or 'sts-pos demo' for a demo office), or give --db "
                  "the office's file.")


def connect(path: str | os.PathLike, create: bool = True) -> sqlite3.Connection:
    """Open (and migrate) the office database at ``path``. Only ``create`` (``init``, ``demo``, the first-run
    wizard) makes a new office in a missing or empty file; otherwise such a file is refused, untouched.
    A ``postgresql://`` URL opens the office on that server instead (``store.pg``)."""
    from sts_pos.store.pg import connect_server, server_url

    url = server_url(path)
    if url:
        return connect_server(url, create=create)
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not an office database. {NO_OFFICE_HINT}")
    if not path.exists():
        if not create:
            raise StoreError(f"There is no office database at {path}. {NO_OFFICE_HINT}")
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not create and path.stat().st_size == 0:
        raise NotAnOfficeFile(f"{path} is an empty file: it holds no office. {NO_OFFICE_HINT}")
    try:
        conn = sqlite3.connect(str(path), timeout=30.0, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 30000")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a damaged page can garble SQLite's message
        raise (explain_sqlite_error(exc, path) or NotAnOfficeFile(
            f"{path} is not an sts-pos office database (it is damaged or another kind of file).",
            detail=str(exc))) from exc
    if mode.lower() != "wal":  # pragma: no cover - e.g. network file systems
        raise StoreError(f"The database {path} cannot use write-ahead logging; keep it on a local disk.")
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        if not create:
            _check_is_office(conn, path)
            _check_tables(conn, path)  # before a migration builds on tables that are not there
        migrate(conn, path)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        conn.close()
        raise (explain_sqlite_error(exc, path) or DamagedOffice(
            f"{path} is damaged: SQLite cannot read it. Keep a copy of it, then copy the newest backup in its "
            "place (the automatic backups are in the backups folder beside it).", detail=str(exc))) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _check_is_office(conn: sqlite3.Connection, path: Path) -> None:
    """A file that is not (yet) an office is not made one by an ordinary command."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id in (0, APPLICATION_ID) and schema_version(conn) == 0 and not tables:
        raise NotAnOfficeFile(f"{path} is an empty database: it holds no office. {NO_OFFICE_HINT}")


def _check_tables(conn: sqlite3.Connection, path: Path) -> None:
    """The tables the schema version promises are there (a file with the office mark but no tables is
    refused in words instead of failing later on a missing table)."""
    from sts_pos.store.backup import expected_schema

    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        return  # migrate() refuses it in words
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = sorted(set(expected_schema(version)) - have)
    if missing:
        raise NotAnOfficeFile(f"{path} is marked as an sts-pos office but is not a complete one: it lacks "
                              f"{len(missing)} table(s). Nothing was changed. Copy a backup of the office in its place (the "
                              "automatic backups are in the backups folder beside it), or give --db the office's "
                              "file.", detail="missing: " + ", ".join(missing[:12]))


_DISK_FULL = ("database or disk is full", "disk is full")
_DAMAGED = ("malformed", "could not decode", "file is not a database", "file is encrypted", "not a database")
_CANNOT_WRITE = ("unable to open database file", "disk i/o error", "readonly database", "read-only",
                 "cannot open", "unable to open")


def explain_sqlite_error(exc: BaseException, path: str | os.PathLike | None) -> StoreError | None:
    """An SQLite error that is about the file or the disk, in words (None for anything else: a bug).

    A full disk or a folder sts-pos cannot write is never called damage: that would invite a restore over
    a healthy office."""
    if isinstance(exc, UnicodeDecodeError):
        text = "malformed"
    else:
        text = str(exc).lower()
    where = str(path) if path else "the office database"
    if isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", None) == 13 or any(
            t in text for t in _DISK_FULL):
        return DiskFull(where, detail=str(exc))
    if any(t in text for t in _DAMAGED):
        return DamagedOffice(f"{where} is damaged: SQLite cannot read it. Keep a copy of it, then copy the "
                             "newest backup in its place (the automatic backups are in the backups folder beside "
                             "it).",
                             detail=str(exc))
    if any(t in text for t in _CANNOT_WRITE) and _nearly_full(path):  # e.g. no room to create the -shm file
        return DiskFull(where, detail=str(exc))
    if any(t in text for t in _CANNOT_WRITE):
        return StoreError(f"sts-pos cannot read or write the files of {where} (the disk or folder is read-only, "
                          "full or unavailable). The office itself was not changed: nothing was lost. Check the "
                          "disk and that sts-pos may write to the folder, then try again.", detail=str(exc))
    if "database is locked" in text or "database table is locked" in text:
        return StoreError(f"{where} is busy: another sts-pos kept it locked for too long. Nothing was changed; "
                          "try again.", detail=str(exc))
    return None


def _nearly_full(path: str | os.PathLike | None) -> bool:
    """Too little room left beside ``path`` for SQLite's journal files (its -wal and -shm)."""
    import shutil

    try:
        return shutil.disk_usage(Path(path or ".").resolve().parent).free < 1024 * 1024
    except OSError:
        return False


def explain_os_error(exc: OSError) -> StoreError | None:
    """A full disk met while writing a file of the office (backup, anchor, receipt), in words."""
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(exc.filename or "the disk", detail=str(exc))
    return None


class DiskFull(StoreError):
    def __init__(self, where: str, detail: str = "") -> None:
        super().__init__(f"The disk is full: what was being done was not saved, and nothing already saved was "
                         f"lost ({where} is unchanged). Free some space on that disk (for example delete or move "
                         "old files), then do it again.", detail=detail)


class DamagedOffice(NotAnOfficeFile):
    pass


def schema_version(conn: sqlite3.Connection) -> int:
    if getattr(conn, "backend", "sqlite") == "postgresql":
        from sts_pos.store import pg

        return pg.schema_version(conn)
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, path: Path | str = "") -> int:
    """Apply the missing migrations, each in its own transaction; returns the schema version."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = schema_version(conn)
    if version == 0 and app_id == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables:
            raise NotAnOfficeFile(f"{path} is an SQLite file of another program, not an sts-pos office.")
    elif app_id != APPLICATION_ID:
        raise NotAnOfficeFile(f"{path} is an SQLite file of another program, not an sts-pos office.")
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"The office database {path} was written by a newer sts-pos (schema {version}, this program "
            f"knows up to {SCHEMA_VERSION}). Install the newer sts-pos; do not use this file with this one.")
    while version < SCHEMA_VERSION:
        # the version is read again under the write lock: processes opening an older file at once migrate it once
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = schema_version(conn)
            if version >= SCHEMA_VERSION:
                conn.execute("COMMIT")
                break
            for statement in statements(MIGRATIONS[version]):
                conn.execute(statement)
            version += 1
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise (explain_sqlite_error(exc, path) if _is_disk_trouble(exc) else StoreError(
                f"Upgrading the office database {path} to schema {version + 1} failed; it was left unchanged. "
                "Restore a backup or report this.", detail=str(exc))) from exc
    return version


def statements(script: str) -> list[str]:
    """The SQL statements of a migration script, one by one (a trigger's body stays whole)."""
    out, current = [], ""
    for piece in script.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \n\t;"):
                out.append(current.strip())
            current = ""
    if current.strip(" \n\t;"):
        out.append(current.strip())
    return out


def _is_disk_trouble(exc: BaseException) -> bool:
    found = explain_sqlite_error(exc, None)
    return isinstance(found, DiskFull) or (found is not None and "cannot read or write" in found.message)


def utils_db(conn: sqlite3.Connection):
    """``sqlite_utils.Database`` over the same connection (no pragma changes, no plugins): schema
    introspection, bulk inserts and exports. Inside :func:`transaction` its writes use savepoints, so they
    commit or roll back with the caller's ``BEGIN IMMEDIATE``."""
    import sqlite_utils

    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on any exception). Not re-entrant."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
