"""The office on PostgreSQL (the network version): the same migrations give the same schema as SQLite, and the
store's guarantees hold there (a real throw-away cluster, tests/support/postgres.py; psycopg 3 from PyPI)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from sts_pos.store import pg
from sts_pos.store.db import NotAnOfficeFile, connect
from sts_pos.store.demo import create_demo
from sts_pos.store.office import Office

PIN = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
FTS = ("customers_fts",)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def _sqlite_schema(tmp_path):
    conn = connect(tmp_path / "office.sqlite3", create=True)
    try:
        tables = {r[0]: {c[1] for c in conn.execute(f"PRAGMA table_info({r[0]})")} for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'") if not r[0].startswith(FTS)}
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
                    if not r[0].startswith(FTS)}
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    return tables, indexes, triggers, version


def test_same_migrations_give_the_same_schema_on_both(pg_url, tmp_path):
    tables, indexes, triggers, version = _sqlite_schema(tmp_path)
    with psycopg.connect(pg_url) as raw:  # before sts-pos touches it: an empty database is refused
        assert raw.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0
    with pytest.raises(NotAnOfficeFile, match="empty"):
        connect(pg_url, create=False)
    conn = connect(pg_url, create=True)
    conn.close()
    with psycopg.connect(pg_url) as raw:
        pg_tables: dict[str, set[str]] = {}
        for table, column in raw.execute(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"):
            pg_tables.setdefault(table, set()).add(column)
        pg_tables.pop("sts_pos_schema")
        named = {r[0] for r in raw.execute("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")}
        pg_triggers = {r[0] for r in raw.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
        pg_version = raw.execute("SELECT version FROM sts_pos_schema").fetchone()[0]
    assert pg_tables == tables
    assert indexes <= named  # PostgreSQL also names its key and unique-constraint indexes
    assert triggers <= pg_triggers
    assert pg_version == version


def test_unique_key_and_append_only_audit_log_are_enforced_by_the_server(pg_url):
    conn = connect(pg_url, create=True)
    try:
        conn.execute("INSERT INTO audit_log (id, at, username, action, detail, prev_hash, hash) "
                     "VALUES (1, 't', 'u', 'a', '{}', 'p', 'h')")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE audit_log SET detail = '{\"x\": 1}'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM audit_log")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("TRUNCATE audit_log")
        conn.execute("INSERT INTO users (username, role, password_hash, created_at) VALUES ('Ann', 'admin', 'x', 't')")
        with pytest.raises(sqlite3.IntegrityError):  # COLLATE NOCASE on SQLite, citext here
            conn.execute("INSERT INTO users (username, role, password_hash, created_at) VALUES ('ANN', 'admin', 'x', 't')")
        assert conn.execute("SELECT id FROM users WHERE username = ?", ("aNN",)).fetchone()["id"] == 1
    finally:
        conn.close()


def test_demo_office_sells_voids_and_verifies_on_postgresql(pg_url):
    info = create_demo(pg_url, days_of_sales=2, now=PIN)
    assert info["path"] == pg.describe(pg_url)
    office = Office.open(pg_url, clock=Clock(PIN + timedelta(hours=2)))
    try:
        office.vault.unlock(info["vault_passphrase"])
        password = next(u["password"] for u in info["users"] if u["username"] == "cashier")
        session = office.login("cashier", password, auto_backup=False)
        meter = next(m for m in info["meters"] if m["kind"] == "keypad" and not m["pending_key_change"])
        first = office.sales.vend(session, meter["meter_number"], amount=20000, request_id="pg-1")
        second = office.sales.vend(session, meter["meter_number"], amount=20000, request_id="pg-2")
        again = office.sales.vend(session, meter["meter_number"], amount=20000, request_id="pg-1")
        assert again.sale.id == first.sale.id  # the same request id is the same sale
        assert first.sale.status == second.sale.status == "ISSUED"
        assert second.tokens[0].tid > first.tokens[0].tid
        number = lambda r: int(r.sale.receipt_no.split("-")[1])  # noqa: E731
        assert number(second) == number(first) + 1
        supervisor = office.login("supervisor", next(u["password"] for u in info["users"]
                                                     if u["username"] == "supervisor"), auto_backup=False)
        voided = office.sales.void(supervisor, second.sale.id, "customer changed mind")
        assert voided.sale.status == "VOIDED"
        found = office.records.search(meter["customer"].split()[0][:3].lower())
        assert meter["customer"] in {r["name"] for r in found}
        report = office.verify_audit()
        assert report.ok, report.reason
        assert "seals checked" in report.anchor
        # the report sums kept by SQLite's triggers (migration 10) are kept by their PL/pgSQL form here
        for status in ("ISSUED", "VOIDED"):
            kept = office.repo.one("SELECT coalesce(sum(count), 0), coalesce(sum(amount), 0) FROM sales_days "
                                   "WHERE status = ?", status)
            counted = office.repo.one("SELECT count(*), coalesce(sum(amount), 0) FROM sales WHERE status = ?", status)
            assert tuple(kept) == tuple(counted) and counted[0] > 0
    finally:
        office.close()


def test_a_table_of_another_program_is_refused(pg_url):
    with psycopg.connect(pg_url, autocommit=True) as raw:
        raw.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(NotAnOfficeFile, match="another program"):
        connect(pg_url, create=True)


def test_an_unreachable_server_is_said_in_words(pg_cluster):
    url = f"postgresql://sts@127.0.0.1:{pg_cluster.port}/no_such_office"
    with pytest.raises(pg.ServerLost) as caught:
        connect(url, create=False)
    assert "cannot reach the office database server sts@127.0.0.1" in caught.value.message
    assert "counter-secret" not in caught.value.message


@pytest.mark.parametrize("sql, expected", [
    ("SELECT * FROM t WHERE a = ? AND b LIKE '10%'", "SELECT * FROM t WHERE a = %s AND b ILIKE '10%%'"),
    ("INSERT OR IGNORE INTO t (a) VALUES (?)", "INSERT  INTO t (a) VALUES (%s) ON CONFLICT DO NOTHING"),
    ("UPDATE c SET d = max(0, d + ?)", "UPDATE c SET d = greatest(0, d + %s)"),
    ("SELECT max(id), min(x) FROM t", "SELECT max(id), min(x) FROM t"),
    ("SELECT name FROM u ORDER BY name COLLATE NOCASE", "SELECT name FROM u ORDER BY name"),
    ("SELECT 'it''s ?' -- a ? in a comment\n, ?", "SELECT 'it''s ?' -- a ? in a comment\n, %s"),
    ("BEGIN IMMEDIATE", "BEGIN"),
    ("INSERT INTO s (k, n) VALUES (?, 1) ON CONFLICT (k) DO UPDATE SET n = n + excluded.n, m = m + 1",
     "INSERT INTO s (k, n) VALUES (%s, 1) ON CONFLICT (k) DO UPDATE SET n = s.n + excluded.n, m = s.m + 1"),
])
def test_statements_are_translated_outside_quotes(sql, expected):
    assert pg.translate(sql).rstrip() == expected


def test_server_url_survives_path_folding():
    from pathlib import Path

    url = "postgresql://sts@127.0.0.1:6543/office"
    assert pg.server_url(Path(url)) == url
    assert pg.server_url("postgres://sts@h/o") == "postgresql://sts@h/o"
    assert pg.server_url("/home/a/office.sqlite3") is None


def test_a_counter_that_vanishes_inside_a_transaction_does_not_block_the_others(pg_url, monkeypatch):
    info = create_demo(pg_url, days_of_sales=0, now=PIN)
    monkeypatch.setitem(pg.SESSION_LIMITS, "idle_in_transaction", 1)
    meter = next(m["meter_number"] for m in info["meters"] if m["kind"] == "keypad" and not m["pending_key_change"])
    gone = connect(pg_url)  # a counter that locked the meter for a sale, then lost its power and cable
    gone.execute("BEGIN")
    gone.execute("SELECT * FROM meters WHERE meter_number = ? FOR UPDATE", (meter,))
    with Office.open(pg_url, clock=Clock(PIN + timedelta(hours=1))) as office:
        office.vault.unlock(info["vault_passphrase"])
        session = office.login("cashier", next(u["password"] for u in info["users"] if u["username"] == "cashier"),
                               auto_backup=False)
        result = office.sales.vend(session, meter, amount=30000)  # waits until the server ends the other session
    assert result.sale.status == "ISSUED"
    with pytest.raises(pg.ServerLost, match="was lost"):
        gone.execute("SELECT 1")
    gone.close()
