"""Several counters at once on one PostgreSQL office: real processes (tests/store/pg_counter.py), four
cashiers vending on the same meter and on different meters, some killed with SIGKILL at a random moment.
Two supervisors void the newest sales at once meanwhile, and the counters not killed close their shifts.
Afterwards the office finishes what was paid (``complete_pending``) and the records must hold: every sale a
counter saw ISSUED is ISSUED (or voided once, with one audit entry) with its tokens, no sale is left PENDING, TIDs are unique and increasing per
meter, receipt numbers unique and without gaps, the audit chain one verified chain."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from sts_pos.store.demo import create_demo
from sts_pos.store.office import Office

ROOT = Path(__file__).resolve().parents[2]
COUNTERS = 4
# the 4 counters x 100 vends per round (same meter, then different meters): about 12 s here
VENDS = int(os.environ.get("PG_COUNTER_VENDS", "100"))
CASHIER_PASSWORD = "counter-pass-1"


@pytest.fixture
def network_office(pg_url):
    info = create_demo(pg_url, days_of_sales=0, now=datetime.now(UTC))
    admin = next(u["password"] for u in info["users"] if u["username"] == "admin")
    info["supervisor_password"] = next(u["password"] for u in info["users"] if u["username"] == "supervisor")
    with Office.open(pg_url) as office:
        session = office.login("admin", admin, auto_backup=False)
        for k in range(COUNTERS):
            office.staff.add_user(session, f"counter{k}", CASHIER_PASSWORD, "cashier")
    return pg_url, info


def _start(url: str, info: dict, k: int, tag: str, meters: list[str], **env: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.pg_counter", url, f"counter{k}", CASHIER_PASSWORD,
         info["vault_passphrase"], tag, ",".join(meters), str(VENDS)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ, **env))


def _round(url: str, info: dict, meters_of, rng: random.Random, label: str) -> dict[str, str]:
    """Run the counters; kill two of them, each after a random number of sales and a random few ms more (so
    inside a sale). Returns what each counter saw done."""
    procs = {k: _start(url, info, k, f"{label}{k}", meters_of(k)) for k in range(COUNTERS)}
    kill_after = {k: rng.randint(2, VENDS - 10) for k in rng.sample(sorted(procs), 2)}
    lines: dict[int, list[str]] = {k: [] for k in procs}

    def read(k: int) -> None:
        for line in procs[k].stdout:
            lines[k].append(line)
            if k in kill_after and len(lines[k]) == kill_after[k]:
                time.sleep(rng.uniform(0.0, 0.03))
                procs[k].send_signal(signal.SIGKILL)

    readers = [threading.Thread(target=read, args=(k,)) for k in procs]
    for thread in readers:
        thread.start()
    supervisors = [subprocess.Popen(  # two supervisors void the newest sales at once while the counters sell
        [sys.executable, "-m", "tests.store.pg_supervisor", url, "supervisor", info["supervisor_password"], label,
         "3"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    seen: dict[str, str] = {}
    for k, proc in procs.items():
        proc.wait(timeout=120)
        readers[k].join(timeout=10)
        err = proc.stderr.read()
        if k in kill_after:  # killed while selling, not after its last sale
            assert proc.returncode == -signal.SIGKILL, err
        else:
            assert proc.returncode == 0, err
        for line in lines[k]:
            _, request_id, receipt_no, status = line.split()
            assert status in ("ISSUED", "VOIDED")  # issued; a supervisor may void it before the counter reads it
            seen[request_id] = receipt_no
    voided: list[int] = []
    for proc in supervisors:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        voided += [int(line.split()[1]) for line in out.splitlines() if line.startswith("void ")]
    assert voided and len(set(voided)) == len(voided)  # each sale voided once, the other supervisor refused
    info.setdefault("voided", []).extend(voided)
    print(label, {k: len(v) for k, v in lines.items()}, "killed after", kill_after, "voided", len(voided))
    return seen


def test_four_counters_at_once_some_killed(network_office):
    url, info = network_office
    rng = random.Random(17)
    keypads = [m["meter_number"] for m in info["meters"] if m["kind"] == "keypad" and not m["pending_key_change"]]
    seen = _round(url, info, lambda k: [keypads[0]], rng, "same")
    seen |= _round(url, info, lambda k: keypads[1 + 2 * k: 3 + 2 * k], rng, "diff")
    assert len(seen) > COUNTERS  # the counters did sell before and around the kills
    for k, point in enumerate(("after_pending", "after_tokens", "before_issue_commit")):  # killed mid-sale, surely
        crashed = _start(url, info, k, f"crash{k}", keypads[:1], STS_POS_CRASH_AT=point)
        crashed.communicate(timeout=60)
        assert crashed.returncode == -signal.SIGKILL
    with psycopg.connect(url) as raw:
        pending = {r[0] for r in raw.execute("SELECT request_id FROM sales WHERE status = 'PENDING'")}
    assert {"crash0-0", "crash1-0", "crash2-0"} <= pending  # paid, tokens not yet recorded

    with Office.open(url) as office:
        office.vault.unlock(info["vault_passphrase"])
        office.sales.complete_pending()
        report = office.verify_audit()
    assert report.ok, report.reason

    with psycopg.connect(url) as raw:
        status = dict(raw.execute("SELECT request_id, status FROM sales").fetchall())
        assert "PENDING" not in status.values()
        assert all(status[r] == "ISSUED" for r in pending)  # finished by the office, with their tokens
        voided = set(info["voided"])
        assert {r[0] for r in raw.execute("SELECT id FROM sales WHERE status = 'VOIDED'")} == voided
        void_entries = [r[0] for r in raw.execute(
            "SELECT CAST(detail::jsonb ->> 'sale_id' AS bigint) FROM audit_log WHERE action = 'sale.void'")]
        assert sorted(void_entries) == sorted(voided)  # one void entry per voided sale
        for request_id, receipt_no in seen.items():  # what a cashier was shown is what the office holds
            assert status[request_id] in ("ISSUED", "VOIDED")
            assert raw.execute("SELECT receipt_no FROM sales WHERE request_id = %s", (request_id,)).fetchone()[0] \
                == receipt_no
        no_tokens = raw.execute("SELECT count(*) FROM sales s WHERE s.status = 'ISSUED' AND NOT EXISTS "
                                "(SELECT 1 FROM tokens t WHERE t.sale_id = s.id)").fetchone()[0]
        assert no_tokens == 0
        per_meter: dict[int, list[tuple[int, int]]] = {}
        for meter_id, sale_id, tid in raw.execute(
                "SELECT t.meter_id, t.sale_id, t.tid FROM tokens t JOIN sales s ON s.id = t.sale_id "
                "WHERE s.status = 'ISSUED' AND t.tid IS NOT NULL ORDER BY t.meter_id, s.id, t.seq"):
            per_meter.setdefault(meter_id, []).append((sale_id, tid))
        assert len(per_meter) >= 1 + COUNTERS
        for rows in per_meter.values():
            tids = [tid for _, tid in rows]
            assert len(set(tids)) == len(tids)
            assert tids == sorted(tids)  # in the order the sales were made
        receipts = [r[0] for r in raw.execute("SELECT receipt_no FROM sales ORDER BY id")]
        numbers = sorted(int(r.split("-")[1]) for r in receipts)
        assert len(set(receipts)) == len(receipts)
        assert numbers == list(range(1, len(numbers) + 1))  # no gaps: a rolled-back sale gave its number back
        shifts = raw.execute("SELECT u.username, count(*), count(s.closed_at) FROM shifts s JOIN users u ON "
                             "u.id = s.user_id WHERE u.username LIKE 'counter%%' GROUP BY 1").fetchall()
        assert sorted(n for n, _, _ in shifts) == [f"counter{k}" for k in range(COUNTERS)]  # their own shifts
        assert sum(closed for _, _, closed in shifts) >= COUNTERS  # the counters not killed closed theirs
        no_tokens = raw.execute("SELECT count(*) FROM sales s WHERE s.status = 'VOIDED' AND NOT EXISTS "
                                "(SELECT 1 FROM tokens t WHERE t.sale_id = s.id)").fetchone()[0]
        assert no_tokens == 0
