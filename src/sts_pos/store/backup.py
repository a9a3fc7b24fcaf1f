"""Backup and restore with the SQLite online backup API, and the daily automatic backup.

* ``backup(conn, dest)``: ``sqlite3.Connection.backup`` copies a consistent snapshot while the office keeps
  working; the copy is then opened and must pass ``PRAGMA integrity_check`` and carry the sts-pos
  application id, or the backup is reported as failed (and the bad copy removed).
* ``restore(conn, source)``: refuses a file that is damaged, not an sts-pos office, or from a newer schema;
  otherwise copies it over the open database with the same backup API (and migrates it if older).
* ``auto_backup``: at the first log-in of each (UTC) day, a backup into ``backups/`` beside the database,
  keeping the newest 14.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sts_pos.store.db import StoreError, migrate
from sts_pos.store.migrations import APPLICATION_ID, SCHEMA_VERSION

KEEP_AUTOMATIC = 14
AUTO_PREFIX = "auto-"


class BackupError(StoreError):
    pass


@dataclass(frozen=True)
class BackupReport:
    path: str
    bytes: int
    seconds: float
    schema_version: int


def check_office_file(path: str | os.PathLike) -> int:
    """Integrity check of an office file; returns its schema version or raises :class:`BackupError`."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"There is no file {path}.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            result = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} is damaged or is not a database; it cannot be used.", detail=str(exc)) from exc
    if app_id != APPLICATION_ID:
        raise BackupError(f"{path} is not an sts-pos office backup.")
    if [r[0] for r in result] != ["ok"]:
        raise BackupError(f"{path} is damaged (the integrity check failed); use another backup.",
                          detail="; ".join(str(r[0]) for r in result[:5]))
    if version > SCHEMA_VERSION:
        raise BackupError(f"{path} comes from a newer sts-pos (schema {version}); install that version to use it.")
    return version


def backup(conn: sqlite3.Connection, dest: str | os.PathLike) -> BackupReport:
    dest = Path(dest)
    if dest.exists():
        raise BackupError(f"{dest} already exists; choose a new file name for the backup.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    tmp = dest.with_name(dest.name + ".part")
    try:
        target = sqlite3.connect(str(tmp))
        try:
            conn.backup(target, pages=4096)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        version = check_office_file(tmp)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BackupReport(str(dest), dest.stat().st_size, time.perf_counter() - start, version)


def restore(conn: sqlite3.Connection, source: str | os.PathLike) -> int:
    """Replace the open database's content by ``source`` (checked first). Returns the schema version."""
    check_office_file(source)
    src = sqlite3.connect(f"file:{Path(source)}?mode=ro", uri=True)
    try:
        src.backup(conn)
    finally:
        src.close()
    return migrate(conn, source)


def auto_backup(conn: sqlite3.Connection, folder: Path, today: datetime) -> BackupReport:
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{AUTO_PREFIX}{today:%Y%m%d-%H%M%S}.sqlite3"
    report = backup(conn, folder / name)
    autos = sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3"))
    for old in autos[:-KEEP_AUTOMATIC]:
        old.unlink(missing_ok=True)
    return report
