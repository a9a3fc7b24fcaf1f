"""The PostgreSQL connection's fewer round trips keep the store's meaning (a real throw-away server).

A write sent later (``execute_later``: the audit entry goes with its commit) fails where it is sent, rolls
its transaction back and leaves the connection usable; a transaction given up drops it unsent; the server
still ends a transaction left idle; the audit head is read after its lock is granted; small results read
after the cursor is reused are each statement's own.
"""

from __future__ import annotations

import sqlite3
import time

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


def test_a_transaction_left_open_after_a_write_sent_later_is_still_timed_out_by_the_server(pg_url, monkeypatch):
    """A counter that stops between two statements of a sale (its PC hangs) must not hold its locks for ever:
    the server ends a transaction idle for longer than its limit. The write sent later must not take that
    away (psycopg's pipeline ends with a flush request that stops the server's idle timer)."""
    from sts_pos.store import pg

    monkeypatch.setitem(pg.SESSION_LIMITS, "idle_in_transaction", 1)
    conn = connect(pg_url, create=True)
    conn.execute("BEGIN")
    conn.execute_later("INSERT INTO settings (key, value) VALUES ('probe6', 'f')")
    conn.execute("SELECT count(*) FROM settings")  # sends the write, then the transaction sits idle
    pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
    deadline = time.monotonic() + 20
    with psycopg.connect(pg_url, autocommit=True) as other:
        while other.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()[0]:
            assert time.monotonic() < deadline, "the idle transaction was never ended by the server"
            time.sleep(0.1)
    assert _entries(pg_url) == 0
    with pytest.raises(pg.ServerLost):
        conn.execute("SELECT 1")
    conn.close()


def test_the_audit_head_is_read_after_the_appenders_lock_is_granted(pg_url):
    """Two appenders: the second asks for the head while the first holds the lock and has appended; it gets
    the first's entry as the head once the first commits (not the head it would have seen before waiting)."""
    import threading

    first, second = connect(pg_url, create=True), connect(pg_url)
    from sts_pos.store.pg import AUDIT_LOCK

    top = first.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
    first.execute("BEGIN")
    first.execute("SELECT * FROM sts_pos_audit_head(?)", (AUDIT_LOCK,)).fetchall()
    first.execute("INSERT INTO audit_log (id, at, username, action, detail, prev_hash, hash) "
                  "VALUES (?, '2026-11-24T09:00:00+00:00', 'probe', 'probe', '{}', 'p', 'h-first')", (top + 1,))
    got = {}
    waiter = threading.Thread(target=lambda: got.update(
        head=tuple(second.execute("SELECT id, hash FROM sts_pos_audit_head(?)", (AUDIT_LOCK,)).fetchone())))
    second.execute("BEGIN")
    waiter.start()
    time.sleep(0.5)
    assert waiter.is_alive()  # it waits for the lock
    first.execute("COMMIT")
    waiter.join(10)
    second.execute("ROLLBACK")
    assert got["head"] == (top + 1, "h-first")
    first.close()
    second.close()


def test_small_results_read_after_the_cursor_is_reused_are_each_statements_own(pg_url):
    conn = connect(pg_url, create=True)
    try:
        with transaction(conn):
            conn.execute_later("INSERT INTO settings (key, value) VALUES ('probe4', 'd')")
        one = conn.execute("SELECT key, value FROM settings WHERE key = ?", ("probe4",))
        other = conn.execute("SELECT count(*) AS n FROM settings")  # the same psycopg cursor, reused
        assert dict(one.fetchone()) == {"key": "probe4", "value": "d"}
        assert other.fetchone()["n"] >= 1 and one.fetchone() is None
    finally:
        conn.close()


def test_an_office_made_before_the_audit_head_function_gets_it_when_a_counter_connects(pg_url):
    connect(pg_url, create=True).close()
    with psycopg.connect(pg_url, autocommit=True) as raw:  # an office of an earlier build: no such function
        raw.execute("DROP FUNCTION sts_pos_audit_head(bigint)")
    conn = connect(pg_url)
    try:
        with transaction(conn):
            assert conn.execute("SELECT count(*) FROM sts_pos_audit_head(1)").fetchone()[0] <= 1
    finally:
        conn.close()
