"""Moving an office onto a PostgreSQL server, and its backups there.

* :func:`move_to_server` (``sts-pos --db office.sqlite3 migrate --to postgresql://...``): the SQLite office is
  copied into an empty database (the schema made by the same migrations, then every table in the order its
  foreign keys need, by ``COPY``; identities set past the copied ids), in one transaction: a failed move
  leaves the database empty. Then checked: the row count of every table, the audit chain (hashes, and the
  rows of every sale and engineering job against their audit entries, ``Office.verify_audit``) and that the
  key store opens every supply group's vending key. The move is recorded in the new office's audit log.
* :func:`dump` (``backup`` on a network office): ``pg_dump --format=custom`` into a new file, then read back
  with ``pg_restore --list`` (a complete archive holding the office's tables).
* :func:`auto_dump`: the day's automatic backup of a network office, the same archive kept in this PC's folder.
* :func:`restore_into_empty` (``restore`` on a network office): ``pg_restore`` into an empty database only (a
  shared office is never overwritten while counters use it: a new database is made, restored into, checked
  as a restored file is checked today, and the counters pointed at it), then checked; a failed check drops
  what was restored.

``pg_dump``/``pg_restore`` are the PostgreSQL client programs (Debian ``postgresql-client``; on PATH); the
password reaches them as it reaches sts-pos (``PGPASSWORD`` or ``~/.pgpass``).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from sts_pos.errors import UserFacingError
from sts_pos.store import pg


class MoveError(UserFacingError):
    pass


@dataclass(frozen=True)
class MoveReport:
    tables: int
    rows: int
    audit_entries: int
    keys_opened: int
    seconds: float


def _copy_order(src: sqlite3.Connection, tables: list[str]) -> list[str]:
    """Tables so that each comes after the tables its foreign keys point at."""
    needs = {t: {r[2] for r in src.execute(f"PRAGMA foreign_key_list({t})")} - {t} for t in tables}
    order: list[str] = []
    while needs:
        ready = sorted(t for t, n in needs.items() if not (n & set(needs)))
        if not ready:  # pragma: no cover - the schema has no cycle
            raise MoveError("The office's tables refer to each other in a circle; it cannot be moved.")
        order += ready
        for t in ready:
            del needs[t]
    return order


def _office_tables(src: sqlite3.Connection) -> list[str]:
    return [r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                      "'customers_fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def move_to_server(source: Path, url: str, open_keys) -> MoveReport:
    """Copy the SQLite office at ``source`` into the empty database at ``url`` and check it; ``open_keys``
    (an ``Office`` -> number of vending keys opened) unlocks the key store of the copy."""
    from sts_pos.store.db import connect
    from sts_pos.store.office import Office

    start = time.perf_counter()
    where = pg.describe(url)
    src = connect(source, create=False)  # migrated to this program's schema first, as any opening does
    try:
        tables = _copy_order(src, _office_tables(src))
        counts = {t: src.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        conn = pg.connect_server(url, create=False) if _holds_office(url) else None
        if conn is not None:
            conn.close()
            raise MoveError(f"The database {where} already holds an office; nothing was copied. Give migrate --to "
                            "a new, empty database (the README's network version section shows how to make one).")
        conn = pg.connect_server(url, create=True)
        try:
            _copy(src, conn, tables)
        except BaseException:
            conn.raw.execute("DROP OWNED BY CURRENT_USER")
            conn.close()
            raise
        conn.close()
    finally:
        src.close()
    with Office.open(url) as office:
        got = {t: office.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        differ = [f"{t}: {counts[t]} in the file, {got[t]} on the server" for t in tables if got[t] != counts[t]]
        if differ:
            raise MoveError(f"The copy in {where} does not match {source}: " + "; ".join(differ[:5]) + ". Keep using "
                            "the file; drop the database and move it again.")
        keys = open_keys(office)
        chain = office.verify_audit()
        if not chain.ok:
            raise MoveError(f"The audit log copied to {where} does not verify: {chain.reason}. Keep using the file; "
                            "drop the database and move it again.")
        office.audit(None, "office.migrate", {"from": str(source), "rows": sum(counts.values())})
        office.anchor_audit_head()
    return MoveReport(len(tables), sum(counts.values()), chain.checked, keys, time.perf_counter() - start)


def _holds_office(url: str) -> bool:
    return pg.holds_office(url)


def _copy(src: sqlite3.Connection, conn: pg.PgConnection, tables: list[str]) -> None:
    raw = conn.raw
    with raw.transaction():
        for table in tables:
            columns = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(columns)
            # the rows as they are: the triggers that keep running sums (sales -> sales_hours/sales_days) must
            # not add the copied sales again to the copied sums
            raw.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
            with raw.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in src.execute(f"SELECT {names} FROM {table}"):
                    copy.write_row(tuple(row))
            raw.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
        for table in sorted(conn._identity | _identity_tables(conn)):
            raw.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")
        raw.execute("ANALYZE")  # the planner's statistics of the copied tables (the search's indexes need them)


def _identity_tables(conn: pg.PgConnection) -> set[str]:
    return {r[0] for r in conn.raw.execute(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND column_name = 'id' AND is_identity = 'YES'").fetchall()}


# ---- backups with the PostgreSQL client programs ------------------------------------------------------------
def _program(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise MoveError(f"The PostgreSQL program {name} is not installed on this PC; install the PostgreSQL client "
                        "(Debian: apt install postgresql-client) and try again.")
    return found


def _run(argv: list[str], what: str) -> subprocess.CompletedProcess:
    done = subprocess.run(argv, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise MoveError(f"{what} failed; nothing was changed.", detail=done.stderr.strip()[-2000:])
    return done


def _archive_tables(path: Path) -> set[str]:
    listing = _run([_program("pg_restore"), "--list", str(path)], f"Reading the backup {path}").stdout
    return {parts[5] for line in listing.splitlines() if (parts := line.split()) and len(parts) > 6
            and parts[3:5] == ["TABLE", "public"]} | {parts[6] for line in listing.splitlines()
                                                        if (parts := line.split()) and len(parts) > 6
                                                        and parts[3:5] == ["TABLE", "DATA"]}


def dump(url: str, dest: str | os.PathLike):
    """``pg_dump -Fc`` of the office into ``dest`` (a new file), read back; returns a ``BackupReport``."""
    from sts_pos.store.backup import BackupError, BackupReport
    from sts_pos.store.migrations import SCHEMA_VERSION

    dest = Path(dest)
    if dest.exists():
        raise BackupError(f"{dest} already exists; choose a new file name for the backup.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    tmp = dest.with_name(f"{dest.name}.{os.getpid()}.part")
    try:
        _run([_program("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", "--file", str(tmp),
              "--dbname", url], f"Backing up {pg.describe(url)}")
        missing = {"sts_pos_schema", "audit_log", "sales", "settings"} - _archive_tables(tmp)
        if missing:
            raise BackupError(f"The backup of {pg.describe(url)} is incomplete (it lacks {', '.join(sorted(missing))});"
                              " it was not kept.")
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return BackupReport(str(dest), dest.stat().st_size, time.perf_counter() - start, SCHEMA_VERSION)


def auto_dump(conn: pg.PgConnection, url: str, folder: Path, now):
    """The daily automatic backup of a network office (``Office.daily_backup``): :func:`dump` into ``folder``
    (this PC's folder for the office, ``store.pg.local_path``) as ``auto-YYYYMMDD-HHMMSS.dump``, keeping the
    newest 14 like an office file's, each listed in the manifest with an audit head it holds (the head read
    before the dump's snapshot: the log is append-only, so the archive holds it)."""
    from sts_pos.store import anchor
    from sts_pos.store.backup import AUTO_PREFIX, keep_automatic

    folder.mkdir(parents=True, exist_ok=True)
    head = anchor.chain_head(conn)
    path = folder / f"{AUTO_PREFIX}{now:%Y%m%d-%H%M%S}.dump"
    report = dump(url, path)
    keep_automatic(path, now, head)
    return report


def restore_into_empty(source: str | os.PathLike, url: str) -> int:
    """``pg_restore`` the backup ``source`` into the empty database ``url`` and check it as a restored file is
    checked (an office of this or an older schema, an administrator, a key store, an intact audit log);
    returns the schema version. A failed check leaves the database empty again."""
    from sts_pos.store.backup import BackupError

    source = Path(source)
    where = pg.describe(url)
    if not source.is_file():
        raise BackupError(f"There is no backup file {source}.")
    try:
        tables = _archive_tables(source)
    except MoveError:
        tables = set()
    if "sts_pos_schema" not in tables:
        raise BackupError(f"{source} is not a backup of a network office (an sts-pos pg_dump archive); nothing was "
                          "restored.")
    if _holds_office(url) or _has_tables(url):
        raise BackupError(f"The database {where} is not empty. A network office is restored into a new, empty "
                          "database (create one, restore into it, then point the counters at it); nothing was "
                          "changed.")
    _run([_program("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
          "--dbname", url, str(source)], f"Restoring {source} into {where}")
    try:
        conn = pg.connect_server(url, create=False)
        try:
            problems = _usable_problems(conn)
        finally:
            conn.close()
        if problems:
            raise BackupError(f"{source} was not restored: " + "; ".join(problems) + ". Choose another backup.")
    except BaseException:
        _wipe(url)
        raise
    return _version(url)


def _version(url: str) -> int:
    conn = pg.connect_server(url, create=False)
    try:
        return pg.schema_version(conn)
    finally:
        conn.close()


def _usable_problems(conn: pg.PgConnection) -> list[str]:
    from sts_pos.vending.audit import AuditEntry, first_broken_link

    problems = []
    if not conn.execute("SELECT count(*) FROM users WHERE role = 'admin' AND active <> 0").fetchone()[0]:
        problems.append("it has no active administrator")
    stores = {r[0] for r in conn.execute("SELECT key FROM settings WHERE key IN ('vault_salt', 'vault_check', "
                                         "'key_store')")}
    if not ({"vault_salt", "vault_check"} <= stores or "key_store" in stores):
        problems.append("it has no key vault")
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    if not {"audit_log_no_update", "audit_log_no_delete"} <= triggers:
        problems.append("the triggers that keep its audit log append-only are missing")
    entries = [AuditEntry(*r) for r in conn.execute(
        "SELECT id, at, username, action, detail, prev_hash, hash FROM audit_log ORDER BY id")]
    chain = first_broken_link(entries)
    if not chain.ok:
        problems.append(f"its audit log is broken at entry {chain.first_broken_id} ({chain.reason})")
    return problems


def _has_tables(url: str) -> bool:
    import psycopg

    with psycopg.connect(url, connect_timeout=10) as raw:
        return bool(raw.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()[0])


def _wipe(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True, connect_timeout=10) as raw:
        raw.execute("DROP OWNED BY CURRENT_USER")
