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


def connect(path: str | os.PathLike, create: bool = True) -> sqlite3.Connection:
    """Open (and migrate) the office database at ``path``."""
    path = Path(path)
    if not path.exists():
        if not create:
            raise StoreError(f"There is no office database at {path}. Create one with 'sts-pos demo' "
                             "or the first-run wizard, or pass --db.")
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), timeout=30.0, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 30000")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise NotAnOfficeFile(f"{path} is not an sts-pos office database (it is damaged or another kind "
                              "of file).", detail=str(exc)) from exc
    if mode.lower() != "wal":  # pragma: no cover - e.g. network file systems
        raise StoreError(f"The database {path} cannot use write-ahead logging; keep it on a local disk.")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    migrate(conn, path)
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
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
        script = MIGRATIONS[version]
        version += 1
        # executescript commits; run the script and the version bump as one explicit transaction
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA application_id = {APPLICATION_ID};\n"
                               f"PRAGMA user_version = {version};\nCOMMIT;")
        except sqlite3.DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"Upgrading the office database {path} to schema {version} failed; it was left "
                             "unchanged. Restore a backup or report this.", detail=str(exc)) from exc
    return version


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
