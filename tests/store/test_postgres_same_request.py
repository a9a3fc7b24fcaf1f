"""Two counters send one request id at the same instant (the network version, a real PostgreSQL server).

Counter A's sale of request R is written but not yet committed when counter B looks for R, finds nothing
and writes its own: B's row waits on A's (the unique request id), and when A commits, B learns that R is
A's sale and completes that one. Both counters show the same receipt; one sale, one receipt number and one
TID were used; no money is taken twice. Order of events forced with events, not with sleeps: B is known to
wait when the server shows its backend waiting for a lock.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import psycopg

from sts_pos.store.demo import create_demo
from sts_pos.store.office import Office
from sts_pos.vending.sales import DuplicateRequest

PIN = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now, self.lock = now, threading.Lock()

    def __call__(self) -> datetime:
        with self.lock:
            self.now += timedelta(seconds=1)
            return self.now


def _counter(url: str, info: dict, user: str) -> tuple[Office, object]:
    office = Office.open(url, clock=Clock(PIN + timedelta(hours=1)))
    office.vault.unlock(info["vault_passphrase"])
    password = next(u["password"] for u in info["users"] if u["username"] == user)
    return office, office.login(user, password, auto_backup=False)


def _waiting_for_a_lock(url: str) -> bool:
    with psycopg.connect(url, autocommit=True) as raw:
        return raw.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                           "AND wait_event_type = 'Lock'").fetchone()[0] > 0


def _race(url: str, info: dict, meter: str, amount_b: int):
    a, a_session = _counter(url, info, "cashier")
    b, b_session = _counter(url, info, "cashier2")
    written, go = threading.Event(), threading.Event()
    add_month = a.repo.add_month

    def held(*args, **kwargs):  # A has inserted its PENDING sale and holds the transaction open
        add_month(*args, **kwargs)
        written.set()
        assert go.wait(30)

    a.repo.add_month = held
    results: dict[str, object] = {}

    def vend(name, office, session, amount):
        try:
            results[name] = office.sales.vend(session, meter, amount=amount, request_id="same-instant")
        except Exception as exc:  # noqa: BLE001 - the test looks at what each counter got
            results[name] = exc

    ta = threading.Thread(target=vend, args=("a", a, a_session, 20000))
    ta.start()
    assert written.wait(30)
    tb = threading.Thread(target=vend, args=("b", b, b_session, amount_b))
    tb.start()
    deadline = time.monotonic() + 30
    while not _waiting_for_a_lock(url):  # B looked, found no sale R, and now waits on A's row
        assert time.monotonic() < deadline and tb.is_alive(), results.get("b")
        time.sleep(0.02)
    go.set()
    ta.join(30)
    tb.join(30)
    a.close()
    b.close()
    return results


def test_the_same_request_from_two_counters_at_once_is_one_sale(pg_url):
    info = create_demo(pg_url, days_of_sales=0, now=PIN)
    meter = next(m["meter_number"] for m in info["meters"] if m["kind"] == "keypad" and not m["pending_key_change"])
    with psycopg.connect(pg_url) as raw:
        counter_before = raw.execute("SELECT value FROM settings WHERE key = 'receipt_counter'").fetchone()
    results = _race(pg_url, info, meter, 20000)
    a, b = results["a"], results["b"]
    assert not isinstance(a, Exception), a
    assert not isinstance(b, Exception), b
    assert a.sale.id == b.sale.id and a.sale.receipt_no == b.sale.receipt_no
    assert b.sale.status == "ISSUED" and [t.number for t in b.tokens] == [t.number for t in a.tokens]
    with psycopg.connect(pg_url) as raw:
        sales = raw.execute("SELECT count(*), sum(amount) FROM sales WHERE request_id = 'same-instant'").fetchone()
        counter = int(raw.execute("SELECT value FROM settings WHERE key = 'receipt_counter'").fetchone()[0])
        tids = raw.execute("SELECT count(*) FROM tokens WHERE sale_id = %s", (a.sale.id,)).fetchone()[0]
    assert sales[0] == 1  # one sale, its money once
    assert counter == int(counter_before[0] if counter_before else 0) + 1  # B's rolled-back number is not lost
    assert tids == len(a.tokens)


def test_the_same_request_id_for_another_amount_at_once_is_refused_in_words(pg_url):
    info = create_demo(pg_url, days_of_sales=0, now=PIN)
    meter = next(m["meter_number"] for m in info["meters"] if m["kind"] == "keypad" and not m["pending_key_change"])
    results = _race(pg_url, info, meter, 35000)
    assert results["a"].sale.status == "ISSUED"
    refused = results["b"]
    assert isinstance(refused, DuplicateRequest)
    assert f"receipt {results['a'].sale.receipt_no}" in str(refused)
    with psycopg.connect(pg_url) as raw:
        assert raw.execute("SELECT count(*) FROM sales WHERE request_id = 'same-instant'").fetchone()[0] == 1
