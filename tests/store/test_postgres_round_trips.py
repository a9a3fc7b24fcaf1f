"""The PostgreSQL connection's fewer round trips keep the store's meaning (a real throw-away server).

A write sent later (``execute_later``: the audit entry goes with its commit) fails where it is sent, rolls
its transaction back and leaves the connection usable; a transaction given up drops it unsent; statements
sent together run in order; small results read after the cursor is reused are each statement's own.
"""

from __future__ import annotations

import sqlite3

import psycopg
import pytest

from sts_pos.store.db import connect, transaction


def _entries(url: str) -> int:
    with psycopg.connect(url) as raw:
        return raw.execute("SELECT count(*) FROM settings WHERE key LIKE 'probe%'").fetchone()[0]


def test_a_write_sent_with_the_commit_that_fails_rolls_back_its_transaction(pg_url):
    conn = connect(pg_url, create=True)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            with transaction(conn):
                conn.execute("INSERT INTO settings (key, value) VALUES ('probe1', 'a')")
                conn.execute_later("INSERT INTO settings (key, value) VALUES ('probe1', 'again')")  # the same key
        assert not conn.in_transaction
        assert _entries(pg_url) == 0  # the first insert went with it
        with transaction(conn):  # the connection goes on
            conn.execute_later("INSERT INTO settings (key, value) VALUES ('probe2', 'b')")
        assert _entries(pg_url) == 1
    finally:
        conn.close()


def test_a_transaction_given_up_drops_its_unsent_write(pg_url):
    conn = connect(pg_url, create=True)
    try:
        with pytest.raises(RuntimeError, match="cashier cancelled"):
            with transaction(conn):
                conn.execute_later("INSERT INTO settings (key, value) VALUES ('probe3', 'c')")
                raise RuntimeError("cashier cancelled")
        assert _entries(pg_url) == 0 and not conn.in_transaction
        assert conn.execute("SELECT count(*) FROM settings WHERE key = 'probe3'").fetchone()[0] == 0
    finally:
        conn.close()


def test_a_write_outside_a_transaction_is_sent_at_once(pg_url):
    conn = connect(pg_url, create=True)
    try:
        conn.execute_later("INSERT INTO settings (key, value) VALUES ('probe5', 'e')")
        assert _entries(pg_url) == 1  # seen by another connection before this one sends anything else
    finally:
        conn.close()


def test_statements_sent_together_run_in_order_and_read_their_own_rows(pg_url):
    conn = connect(pg_url, create=True)
    try:
        with transaction(conn):
            conn.execute_later("INSERT INTO settings (key, value) VALUES ('probe4', 'd')")
            first, second = conn.execute_together(
                ("SELECT value FROM settings WHERE key = ?", ("probe4",)),
                ("SELECT count(*) AS n FROM settings WHERE key LIKE ?", ("probe%",)))
            assert first.fetchone()[0] == "d" and second.fetchone()["n"] == 1
        one = conn.execute("SELECT key, value FROM settings WHERE key = ?", ("probe4",))
        other = conn.execute("SELECT count(*) AS n FROM settings")  # the same psycopg cursor, reused
        assert dict(one.fetchone()) == {"key": "probe4", "value": "d"}
        assert other.fetchone()["n"] >= 1 and one.fetchone() is None
    finally:
        conn.close()
