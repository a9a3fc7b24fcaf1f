"""Backup and restore with the SQLite online backup API, and the daily automatic backup.

* ``backup(conn, dest)``: ``sqlite3.Connection.backup`` copies a consistent snapshot while the office keeps
  working; the copy is then opened and must pass ``PRAGMA integrity_check`` and carry the sts-pos
  application id, or the backup is reported as failed (and the bad copy removed).
* ``restore(conn, source)``: refuses a file that is damaged, not an sts-pos office, or from a newer schema;
  otherwise copies it over the open database with the same backup API (and migrates it if older).
* The schema check (``check_office_file``) introspects the file with sqlite-utils (table names and
  columns) and compares it with the schema the migrations build for the file's version, so a foreign or
  incomplete file is refused with the tables or columns it lacks, before anything is overwritten.
* ``auto_backup``: at the first log-in of each (UTC) day, a backup into ``backups/`` beside the database,
  keeping the newest 14, listed with the audit head each holds in ``manifest.json``.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from sts_pos.store import anchor
from sts_pos.store.db import StoreError, migrate, utils_db
from sts_pos.store.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

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


@cache
def expected_schema(version: int) -> dict[str, frozenset[str]]:
    """Table -> columns of an office file of schema ``version`` (built by the migrations in memory)."""
    conn = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS[:version]:
            conn.executescript(script)
        return table_columns(conn)
    finally:
        conn.close()


def table_columns(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    """Table -> column names, through sqlite-utils' introspection."""
    db = utils_db(conn)
    return {name: frozenset(db[name].columns_dict) for name in db.table_names()}


def schema_problems(actual: dict[str, frozenset[str]], version: int) -> list[str]:
    """What an office file of ``version`` lacks (missing tables, missing columns), in words."""
    problems = []
    for table, columns in sorted(expected_schema(version).items()):
        if table not in actual:
            problems.append(f"table {table} is missing")
        elif columns - actual[table]:
            problems.append(f"table {table} lacks column(s) {', '.join(sorted(columns - actual[table]))}")
    return problems


def check_office_file(path: str | os.PathLike) -> int:
    """Integrity and schema check of an office file; returns its schema version or raises
    :class:`BackupError`."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"There is no file {path}.")
    with open(path, "rb") as head:
        if head.read(5) == b"PGDMP":  # pg_dump's custom format: a network office's backup (store.pg_move)
            raise BackupError(f"{path} is the backup of a network office (on a PostgreSQL server), not of an office "
                              "file. Restore it into a new, empty PostgreSQL database: sts-pos --db "
                              "postgresql://USER@HOST:PORT/DBNAME restore with this file. Nothing was changed.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            result = conn.execute("PRAGMA integrity_check").fetchall()
            tables = table_columns(conn) if [r[0] for r in result] == ["ok"] else {}
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a damaged page can garble SQLite's message
        raise BackupError(f"{path} is damaged or is not a database; it cannot be used.", detail=str(exc)) from exc
    if app_id != APPLICATION_ID:
        held = ", ".join(sorted(tables)[:8]) or "no tables"
        raise BackupError(f"{path} is not an sts-pos office backup (it is the SQLite file of another program).",
                          detail=f"application id {app_id:#x}; it holds: {held}")
    if [r[0] for r in result] != ["ok"]:
        raise BackupError(f"{path} is damaged (the integrity check failed); use another backup.",
                          detail="; ".join(str(r[0]) for r in result[:5]))
    if version > SCHEMA_VERSION:
        raise BackupError(f"{path} comes from a newer sts-pos (schema {version}); install that version to use it.")
    problems = schema_problems(tables, version)
    if version < 1 or problems:
        raise BackupError(f"{path} is marked as an sts-pos office but is not a complete one (schema {version}); "
                          "it cannot be used.", detail="; ".join(problems[:8]) or "no schema version")
    return version


def backup(conn: sqlite3.Connection, dest: str | os.PathLike) -> BackupReport:
    dest = Path(dest)
    if dest.exists():
        raise BackupError(f"{dest} already exists; choose a new file name for the backup.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    tmp = dest.with_name(f"{dest.name}.{os.getpid()}.part")  # two processes never share a temporary file
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


@cache
def expected_triggers(version: int) -> frozenset[str]:
    conn = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS[:version]:
            conn.executescript(script)
        return frozenset(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    finally:
        conn.close()


def usable_office_problems(path: str | os.PathLike, version: int) -> list[str]:
    """Why an intact office file still cannot be used (no active administrator, no key vault, missing audit
    triggers, a broken audit chain), in words; empty when it can."""
    from sts_pos.vending.audit import AuditEntry, first_broken_link

    conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    try:
        problems = []
        if not conn.execute("SELECT count(*) FROM users WHERE role = 'admin' AND active").fetchone()[0]:
            problems.append("it has no active administrator (nobody could sign in to manage it)")
        stores = dict(conn.execute("SELECT key, value FROM settings WHERE key IN ('vault_salt', 'vault_check', "
                                   "'key_store', 'pkcs11_token', 'pkcs11_office_key')").fetchall())
        in_module = stores.get("key_store") == "pkcs11" and stores.get("pkcs11_token") and stores.get("pkcs11_office_key")
        if not in_module and not {"vault_salt", "vault_check"} <= set(stores):  # the vault, or a secure module
            problems.append("it has no key vault (no vending key could be unlocked)")
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        if expected_triggers(version) - triggers:
            problems.append("the triggers that keep its audit log append-only were removed ("
                            + ", ".join(sorted(expected_triggers(version) - triggers)) + ")")
        entries = [AuditEntry(*r) for r in conn.execute(
            "SELECT id, at, username, action, detail, prev_hash, hash FROM audit_log ORDER BY id")]
        chain = first_broken_link(entries)
        if not chain.ok:
            problems.append(f"its audit log is broken at entry {chain.first_broken_id} ({chain.reason})")
        elif not entries:
            problems.append("its audit log is empty")
        return problems
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [f"it cannot be read ({exc})"]
    finally:
        conn.close()


def restore(conn: sqlite3.Connection, source: str | os.PathLike) -> int:
    """Replace the open database's content by ``source`` (checked first: intact, an office of this or an
    older schema, with an administrator, a key vault and an intact audit log). Returns the schema version."""
    version = check_office_file(source)
    problems = usable_office_problems(source, version)
    if problems:
        raise BackupError(f"{source} was not restored: " + "; ".join(problems) + ". The office was not changed; "
                          "choose another backup.")
    src = sqlite3.connect(f"file:{Path(source)}?mode=ro", uri=True)
    try:
        src.backup(conn)
    finally:
        src.close()
    return migrate(conn, source)


def auto_backup(conn: sqlite3.Connection, folder: Path, today: datetime) -> BackupReport:
    """A daily backup into ``folder``, keeping the newest 14; the manifest records the audit head each holds
    (an anchor of the audit chain, see ``store.anchor``)."""
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{AUTO_PREFIX}{today:%Y%m%d-%H%M%S}.sqlite3"
    report = backup(conn, folder / name)
    copy = sqlite3.connect(f"file:{folder / name}?mode=ro", uri=True)
    try:
        head = anchor.chain_head(copy)
    finally:
        copy.close()
    keep_automatic(folder / name, today, head)
    return report


def keep_automatic(path: Path, when: datetime, head) -> None:
    """After an automatic backup ``path`` is made (a file office's or a network office's archive, told apart
    by the suffix): the newest ``KEEP_AUTOMATIC`` of its kind are kept and listed in the folder's manifest,
    ``path`` with the audit head it holds."""
    folder = path.parent
    autos = sorted(folder.glob(f"{AUTO_PREFIX}*{path.suffix}"))
    for old in autos[:-KEEP_AUTOMATIC]:
        old.unlink(missing_ok=True)
    anchor.record_backup(folder, path, when, head, autos[-KEEP_AUTOMATIC:])
