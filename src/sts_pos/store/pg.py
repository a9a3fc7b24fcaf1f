"""The office database on a PostgreSQL server (the network version), through psycopg 3.

``connect_server(url)`` returns a :class:`PgConnection`: the small part of ``sqlite3.Connection`` the store
uses (``execute``/``executemany`` -> a cursor with ``fetchone``/``fetchall``/``lastrowid``/``rowcount``,
``in_transaction``, ``close``), so the repositories, records and reports keep their SQL and their order of
statements. Each statement is translated once (cached) from the SQLite dialect the store writes:

* ``?`` placeholders -> ``%s`` (a literal ``%`` doubled), outside quotes and comments;
* ``INSERT OR IGNORE`` -> ``INSERT ... ON CONFLICT DO NOTHING``; an INSERT into a table with an identity
  ``id`` gets ``RETURNING id`` for ``lastrowid``;
* SQLite's two-argument scalar ``max(a, b)``/``min(a, b)`` -> ``greatest``/``least``; ``LIKE`` -> ``ILIKE``
  (SQLite's LIKE ignores ASCII case); ``COLLATE NOCASE`` in a query is dropped (those columns are
  ``citext`` here); ``BEGIN IMMEDIATE`` -> ``BEGIN``; ``sqlite_master`` -> the same rows from the catalogue.
* ``json_extract``, ``printf('%0Nd', n)`` and ``strftime(fmt, text[, '+N minutes'])`` are small SQL functions
  made with the schema (``COMPAT_FUNCTIONS``), for the subset the reports use.

The migrations are the same numbered scripts as SQLite's, translated by :func:`migration_statements`
(``INTEGER PRIMARY KEY`` -> an identity, ``INTEGER`` -> ``BIGINT``, ``BLOB`` -> ``BYTEA``, ``TEXT COLLATE
NOCASE`` -> ``CITEXT``, the audit log's append-only triggers in PL/pgSQL, the FTS5 customer index left out:
the customer search uses a word-prefix match on PostgreSQL). A PostgreSQL office is always made new at the
current schema (``init``, ``demo``, ``migrate --to``), so the statements of migrations 1..``PG_FIRST_SCHEMA``
that carry older SQLite data forward (INSERT/UPDATE/DELETE over json_each/json_extract) have nothing to carry
there and are left out; every later migration runs whole on both. The schema version lives in the one-row
table ``sts_pos_schema`` (SQLite keeps it in ``PRAGMA user_version``/``application_id``).

Errors come out as the ``sqlite3`` classes the store already handles (a unique key -> ``IntegrityError``,
a missing table -> ``OperationalError``), except a lost or refused server connection: :class:`ServerLost`,
a message in words (what was being done is either committed or never happened; a PENDING sale is finished
by the next start's ``complete_pending``).

Round trips are what several counters on two cores pay for (a statement costs the counter about 0.07 ms of
psycopg and the server its own share, and a lock held across one waits for both processes to be scheduled):
small results are read at once so one psycopg cursor serves the next statement (``store.pg_rows``);
``execute_later`` sends a write nobody reads with the COMMIT after it, in one round trip (psycopg's pipeline
mode: the audit entry); the audit lock and the head read after it are one statement (``sts_pos_audit_head``,
a function made with the schema). The repository takes the office's shared rows last (the receipt counter in the sale's INSERT, the
audit lock after the sale's content is read), and the report sums' triggers run at commit (``pg_sql``), so
what the other counters wait for is held from there to the commit only.

Written by hand (not SQLAlchemy Core): see ``store/__init__.py``.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sts_pos.errors import UserFacingError
from sts_pos.store.pg_rows import _TUPLES_OK, Cursor, _row_factory, _Rows
from sts_pos.store.pg_sql import _INSERT_INTO, COMPAT_FUNCTIONS, migration_statements, translate

SESSION_LIMITS = {"idle_in_transaction": 60, "lock_wait": 90}  # seconds (see connect_server)
AUDIT_LOCK = 0x53545350_0001  # pg_advisory_xact_lock key: the audit chain's head, one appender at a time
MIGRATE_LOCK = 0x53545350_0002  # one process migrates

URL_PREFIXES = ("postgresql://", "postgres://")
_COLLAPSED = re.compile(r"^(postgresql|postgres):/+")


def server_url(path) -> str | None:
    """The ``postgresql://`` URL ``path`` is (also after ``Path()`` folded its ``//``), else None."""
    if path is None:
        return None
    text = str(path)
    match = _COLLAPSED.match(text)
    if not match:
        return None
    return "postgresql://" + text[match.end():]


def describe(url: str) -> str:
    """``user@host:port/db`` for messages (never a password)."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = parts.port or 5432
    user = unquote(parts.username) + "@" if parts.username else ""
    return f"{user}{host}:{port}{parts.path or '/'}"


class ServerLost(UserFacingError):
    """The PostgreSQL server cannot be reached (or went away mid-statement)."""


def _lost(url: str, exc: BaseException, connecting: bool) -> ServerLost:
    where = describe(url)
    if connecting:
        return ServerLost(f"sts-pos cannot reach the office database server {where}. Check that the server PC is "
                          "on and the network cable or Wi-Fi is connected, and that the user name, password and "
                          "database name are right, then try again.", detail=str(exc))
    return ServerLost(f"The connection to the office database server {where} was lost. What was being done was "
                      "either saved whole or not at all: a paid sale that was not finished is finished when "
                      "sts-pos starts again. Check the network and that the server is running, then try again.",
                      detail=str(exc))


# ---- the connection ----------------------------------------------------------------------------------------
class PgConnection:
    """The part of ``sqlite3.Connection`` the store uses, on a psycopg 3 connection in autocommit mode
    (``transaction()`` sends BEGIN/COMMIT itself, as with SQLite)."""

    backend = "postgresql"

    def __init__(self, raw, url: str) -> None:
        self.raw = raw
        self.url = url
        self.row_factory = None  # accepted and ignored (rows are always :class:`Row`)
        self._identity: frozenset[str] = frozenset()
        self._translated: dict[str, tuple[str, bool, _Rows]] = {}
        self._spare = None  # the psycopg cursor of the last small result, reused by the next statement
        self._rows: _Rows = _Rows()
        self._later: list[tuple[str, tuple]] = []  # writes sent with the next statement (execute_later)

    def _statement_rows(self, cursor):
        return self._rows(cursor)

    def refresh_identity_tables(self) -> None:
        rows = self.raw.execute(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND column_name = 'id' AND is_identity = 'YES'").fetchall()
        self._identity = frozenset(r[0] for r in rows)
        self._translated.clear()

    def _sql(self, sql: str) -> tuple[str, bool, _Rows]:
        done = self._translated.get(sql)
        if done is None:
            text = translate(sql)
            returning = False
            match = _INSERT_INTO.match(text)
            if match and match.group(1).lower() in self._identity and " returning " not in text.lower():
                text = text.rstrip().rstrip(";") + " RETURNING id"
                returning = True
            done = self._translated[sql] = (text, returning, _Rows())
        return done

    def execute_later(self, sql: str, params=()) -> None:
        """A write whose result nobody reads (the audit entry before its commit): sent with the COMMIT that
        follows, in one round trip (psycopg's pipeline mode). An error it meets is raised by the COMMIT, and
        the transaction is rolled back. Any other statement first sends it on its own, and outside a
        transaction it is sent at once: a pipeline never leaves a transaction open, since psycopg ends one
        with a flush request that keeps the server from timing out an idle transaction (a counter that
        vanished holding a lock would then hold it until its connection is found dead)."""
        if not self.in_transaction:
            self.execute(sql, params)
            return
        self._later.append((sql, tuple(params)))

    def execute(self, sql: str, params=()) -> Cursor:
        if self._later:
            word = sql.strip().upper()
            if word == "COMMIT":
                return self._commit_with_later()
            if word == "ROLLBACK":
                self._later.clear()  # writes not yet sent belong to the transaction given up
            else:
                self._send_later()
        text, returning, rows = self._sql(sql)
        cursor, self._spare = self._spare, None
        try:
            if cursor is None or cursor.closed:
                cursor = self.raw.cursor(row_factory=self._statement_rows)
            self._rows = rows  # the row factory psycopg asks for when this statement's result arrives
            cursor.execute(text, tuple(params) if not isinstance(params, dict) else params)
        except Exception as exc:  # noqa: BLE001 - mapped below, anything else re-raised
            raise self._mapped(exc) from exc
        result = Cursor(cursor, self._returned_id(cursor) if returning else None)
        if result.reusable:
            self._spare = cursor
        return result

    def _send_later(self) -> None:
        later, self._later = self._later, []
        for sql, params in later:
            self.execute(sql, params)

    def _commit_with_later(self) -> Cursor:
        later, self._later = self._later, []
        try:
            with self.raw.pipeline():
                for sql, params in later:
                    self.raw.cursor().execute(self._sql(sql)[0], params)
                commit = self.raw.cursor()
                commit.execute("COMMIT")
        except Exception as exc:  # noqa: BLE001 - mapped below, anything else re-raised
            if self.in_transaction and not self.raw.broken:
                self.raw.execute("ROLLBACK")
            raise self._mapped(exc) from exc
        return Cursor(commit)

    @staticmethod
    def _returned_id(cursor):
        if cursor.pgresult is not None and cursor.pgresult.status == _TUPLES_OK:
            row = cursor.fetchone()
            return row[0] if row else None
        return None

    def executemany(self, sql: str, seq) -> None:
        if self._later:
            self._send_later()
        text, _, _ = self._sql(sql)
        if text.endswith(" RETURNING id"):
            text = text[: -len(" RETURNING id")]
        try:
            with self.raw.cursor() as cursor:
                cursor.executemany(text, [tuple(p) for p in seq])
        except Exception as exc:  # noqa: BLE001
            raise self._mapped(exc) from exc

    def _mapped(self, exc: BaseException) -> BaseException:
        import psycopg

        if isinstance(exc, psycopg.errors.IntegrityError):
            return sqlite3.IntegrityError(str(exc).strip())
        if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError) and self.raw.broken or isinstance(
                exc, psycopg.errors.AdminShutdown | psycopg.errors.CrashShutdown
                | psycopg.errors.IdleInTransactionSessionTimeout):
            return _lost(self.url, exc, connecting=False)
        if isinstance(exc, psycopg.errors.QueryCanceled | psycopg.errors.LockNotAvailable):
            return UserFacingError("The office database server is busy: another counter kept a record locked too "
                                   "long. Nothing was changed; try again.", detail=str(exc))
        if isinstance(exc, psycopg.DatabaseError):
            from sts_pos.store.pg_errors import explain

            return explain(describe(self.url), exc) or sqlite3.OperationalError(str(exc).strip())
        return exc

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.raw.info.transaction_status in (TransactionStatus.INTRANS, TransactionStatus.INERROR,
                                                    TransactionStatus.ACTIVE)

    def commit(self) -> None:
        if self.in_transaction:
            self.execute("COMMIT")

    def rollback(self) -> None:
        self._later.clear()  # writes not yet sent belong to the transaction given up
        if self.in_transaction:
            self.execute("ROLLBACK")

    def close(self) -> None:
        self.raw.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _register_numeric(raw) -> None:
    """``numeric`` results (``sum`` of a BIGINT column) as ``int`` when whole, like SQLite's integers."""
    from psycopg.types.numeric import NumericLoader

    class Loader(NumericLoader):
        def load(self, data):
            value = super().load(data)
            return int(value) if value == value.to_integral_value() else float(value)

    raw.adapters.register_loader("numeric", Loader)


def connect_server(url: str, create: bool = False) -> PgConnection:
    """Connect to the office database at ``url`` (the password from PGPASSWORD or ~/.pgpass, as libpq does)
    and migrate it. Only ``create`` makes an office in an empty database."""
    import psycopg

    try:
        raw = psycopg.connect(url, autocommit=True, row_factory=_row_factory, connect_timeout=10,
                              application_name="sts-pos", keepalives=1, keepalives_idle=10, keepalives_interval=5,
                              keepalives_count=3)  # a server gone from the network is noticed in about 25 s
    except psycopg.Error as exc:
        raise _lost(url, exc, connecting=True) from exc
    _register_numeric(raw)
    try:  # a sale reported ISSUED survives a crash of the server: commits wait for the WAL (as synchronous=FULL)
        if raw.execute("SHOW synchronous_commit").fetchone()[0] == "off":
            raw.execute("SET synchronous_commit = on")
        # a counter PC that vanishes inside a transaction (power, cable) must not hold a meter's row for the
        # others: the server ends such a session after a while (its sale never happened); a counter waits for
        # a lock longer than that, so a vanished holder's lock is gone before a waiter gives up
        raw.execute(f"SET idle_in_transaction_session_timeout = '{SESSION_LIMITS['idle_in_transaction']}s'")
        raw.execute(f"SET lock_timeout = '{SESSION_LIMITS['lock_wait']}s'")
    except psycopg.Error as exc:
        raw.close()
        raise _lost(url, exc, connecting=True) from exc
    conn = PgConnection(raw, url)
    try:
        migrate(conn, create)
        conn.refresh_identity_tables()
    except BaseException:
        conn.close()
        raise
    return conn


def holds_office(url: str) -> bool:
    """Whether the database at ``url`` holds an office already (an empty one is where ``init``, ``demo``,
    ``migrate --to`` or the first-run wizard make one)."""
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=10) as raw:
            return bool(raw.execute("SELECT to_regclass('sts_pos_schema') IS NOT NULL").fetchone()[0])
    except psycopg.Error as exc:
        raise _lost(url, exc, connecting=True) from exc


def prepare_for_demo(url: str, force: bool) -> None:
    """Before ``demo`` on a server: an office there is refused, or with ``force`` everything the database
    user owns in that database is dropped (a database of its own, as the README sets up)."""
    import psycopg

    try:
        raw = psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        raise _lost(url, exc, connecting=True) from exc
    with raw:
        if raw.execute("SELECT to_regclass('sts_pos_schema') IS NOT NULL").fetchone()[0]:
            if not force:
                raise UserFacingError(f"The database {describe(url)} already holds an office. Use --force to replace "
                                      "it with a fresh demo office (everything in it is lost).")
            raw.execute("DROP OWNED BY CURRENT_USER")


# ---- the schema --------------------------------------------------------------------------------------------
def schema_version(conn: PgConnection) -> int:
    row = conn.raw.execute("SELECT to_regclass('sts_pos_schema') IS NOT NULL").fetchone()
    if not row[0]:
        return 0
    row = conn.raw.execute("SELECT version FROM sts_pos_schema").fetchone()
    return row[0] if row else 0


def local_path(conn: PgConnection) -> Path:
    """Where this PC keeps the office's local files (the audit-head anchor, backups made here): a folder
    of the per-user data folder named by the office's id (made with its database), never the server's."""
    from sts_pos.store.location import data_dir

    office_id = conn.raw.execute("SELECT office_id FROM sts_pos_schema").fetchone()[0]
    folder = data_dir() / "servers" / re.sub(r"[^0-9a-zA-Z-]", "", office_id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "office"


def _tables(conn: PgConnection) -> list[str]:
    return [r[0] for r in conn.raw.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1").fetchall()]


def migrate(conn: PgConnection, create: bool = False) -> int:
    from sts_pos.store.db import NO_OFFICE_HINT, NewerSchemaError, NotAnOfficeFile, StoreError
    from sts_pos.store.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

    where = describe(conn.url)
    version = schema_version(conn)
    if version == 0:
        others = [t for t in _tables(conn) if t != "sts_pos_schema"]
        if others:
            raise NotAnOfficeFile(f"The database {where} holds tables of another program, not an sts-pos office. "
                                  "Give sts-pos an empty database of its own.")
        if not create:
            raise NotAnOfficeFile(f"The database {where} is empty: it holds no office. {NO_OFFICE_HINT} "
                                  "(sts-pos migrate --to moves an existing office there).")
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(f"The office database {where} was written by a newer sts-pos (schema {version}, "
                               f"this program knows up to {SCHEMA_VERSION}). Install the newer sts-pos on this PC.")
    raw = conn.raw
    if version == SCHEMA_VERSION:
        if raw.execute("SELECT to_regprocedure('sts_pos_audit_head(bigint)') IS NULL").fetchone()[0]:
            with raw.transaction():  # an office made by an earlier 0.2 build: its functions made again
                for statement in COMPAT_FUNCTIONS:
                    raw.execute(statement)
        return version
    try:
        with raw.transaction():
            raw.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
            version = schema_version(conn)
            if version == 0:
                raw.execute("CREATE EXTENSION IF NOT EXISTS citext")
                raw.execute("CREATE TABLE sts_pos_schema (application_id BIGINT NOT NULL, version INTEGER NOT NULL, "
                            "office_id TEXT NOT NULL DEFAULT gen_random_uuid()::text)")
                raw.execute("INSERT INTO sts_pos_schema (application_id, version) VALUES (%s, 0)", (APPLICATION_ID,))
            for statement in COMPAT_FUNCTIONS:
                raw.execute(statement)
            while version < SCHEMA_VERSION:
                for statement in migration_statements(version + 1, MIGRATIONS[version]):
                    raw.execute(statement)
                version += 1
                raw.execute("UPDATE sts_pos_schema SET version = %s", (version,))
    except Exception as exc:
        import psycopg

        if isinstance(exc, psycopg.OperationalError) and raw.broken:
            raise _lost(conn.url, exc, connecting=False) from exc
        if isinstance(exc, psycopg.errors.InsufficientPrivilege):
            raise StoreError(f"The database user may not create the office's tables in {where}. Make the user the "
                             "database's owner (the README's network version section shows how).",
                             detail=str(exc)) from exc
        if isinstance(exc, psycopg.Error):
            raise StoreError(f"Setting up the office database {where} at schema {version + 1} failed; it was left "
                             "unchanged. Report this.", detail=str(exc)) from exc
        raise
    return version
