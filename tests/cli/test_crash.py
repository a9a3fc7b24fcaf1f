"""Crash safety: kill a real ``sts-pos vend`` process at named points and at random times, restart, and
prove the invariants: no money without a token, no token without a sale, no TID used twice on a meter,
every PENDING sale completed with the same tokens, the audit chain intact, and every token accepted by the
virtual meter in TID order."""

import json
import random
import signal
import subprocess
import sys
import time

import pytest

from sts_pos.sts.codec import decode
from sts_pos.sts.keys import derive_decoder_key
from sts_pos.sts.meter import MeterResult, VirtualMeter

POINTS = ["after_pending", "after_tokens", "before_issue_commit", "after_issue"]


def check_invariants(demo_office, audit: bool = True) -> None:
    raw = demo_office.raw()
    q = lambda sql: raw.execute(sql).fetchall()  # noqa: E731
    # no money without a token: every ISSUED/VOIDED sale has its credit tokens; PENDING/ABANDONED have none
    assert q("SELECT id FROM sales s WHERE status IN ('ISSUED', 'VOIDED') AND NOT EXISTS "
             "(SELECT 1 FROM tokens t WHERE t.sale_id = s.id)") == []
    assert q("SELECT s.id FROM sales s JOIN tokens t ON t.sale_id = s.id WHERE s.status NOT IN ('ISSUED', 'VOIDED')") == []
    # no token without a sale (or an engineering job)
    assert q("SELECT id FROM tokens WHERE (sale_id IS NOT NULL AND sale_id NOT IN (SELECT id FROM sales)) "
             "OR (job_id IS NOT NULL AND job_id NOT IN (SELECT id FROM engineering_jobs))") == []
    # no TID twice on a meter, and the meter's reservation covers every issued TID
    assert q("SELECT meter_id, base_date, tid FROM tokens WHERE tid IS NOT NULL "
             "GROUP BY 1, 2, 3 HAVING count(*) > 1") == []
    assert q("SELECT t.id FROM tokens t JOIN meters m ON m.id = t.meter_id WHERE t.tid IS NOT NULL AND "
             "t.base_date = m.last_tid_base AND t.tid > m.last_tid") == []
    # the tokens carry what the sale says
    assert q("SELECT s.id FROM sales s WHERE status = 'ISSUED' AND s.units_kwh10 != coalesce((SELECT sum(units_kwh10) "
             "FROM tokens t WHERE t.sale_id = s.id AND t.kind = 'credit'), 0)") == []
    raw.close()
    if audit:
        with demo_office.open(unlock=False) as office:
            assert office.verify_audit().ok


def meters_accept_all_tokens(demo_office, meter_numbers) -> None:
    with demo_office.open() as office:
        for number in meter_numbers:
            meter = office.sales.find_meter(number)
            rows = office.repo.q("SELECT number, tid FROM tokens WHERE meter_id = ? AND kind IN ('credit', 'free') "
                                 "ORDER BY tid", meter.id)
            vm = VirtualMeter.with_vending_key(meter.meter_number, meter.params,
                                               office.vending_key(meter.supply_group.id))
            results = [vm.enter(r[0]).result for r in rows]
            assert results == [MeterResult.ACCEPTED] * len(rows)


@pytest.mark.parametrize("point", POINTS)
def test_killed_at_a_named_point_then_retried(demo_office, point):
    meter = demo_office.meters(pending_key_change=True)[1]["meter_number"]
    args = ("vend", "--meter", meter, "--amount", "275", "--request-id", f"crash-{point}", "--json")
    killed = demo_office.cli(*args, STS_POS_CRASH_AT=point)
    assert killed.returncode == -signal.SIGKILL and killed.stdout == ""
    check_invariants(demo_office)
    raw = demo_office.raw()
    status = raw.execute("SELECT status, plan FROM sales WHERE request_id = ?", (f"crash-{point}",)).fetchone()
    raw.close()
    assert status[0] == ("ISSUED" if point == "after_issue" else "PENDING")
    plan = json.loads(status[1])
    retry = demo_office.cli(*args)
    assert retry.returncode == 0, retry.stderr
    data = json.loads(retry.stdout)
    assert data["sale"]["status"] == "ISSUED"
    assert [t["kind"] for t in data["tokens"]][:3] == ["key_change_1", "key_change_2", "credit"]
    credit = next(t for t in data["tokens"] if t["kind"] == "credit")
    assert credit["tid"] == plan["steps"][0]["tid"]  # the same TID (and RND) as written before the crash
    with demo_office.open() as office:
        m = office.sales.find_meter(meter)
        token = decode(credit["number"], derive_decoder_key(office.vending_key(m.supply_group.id), m.meter_number,
                                                            m.params))
        assert (token.tid, token.rnd) == (plan["steps"][0]["tid"], plan["steps"][0]["rnd"])
        assert office.repo.one("SELECT count(*) FROM sales WHERE request_id = ?", f"crash-{point}")[0] == 1
    check_invariants(demo_office)


def test_restart_completes_pending_sales_deterministically(demo_office):
    meter = demo_office.meters(pending_key_change=False)[3]["meter_number"]
    killed = demo_office.cli("vend", "--meter", meter, "--amount", "300", "--request-id", "p-1",
                             STS_POS_CRASH_AT="after_tokens")
    assert killed.returncode == -signal.SIGKILL
    # any later token command (here another sale) first completes the PENDING one
    other = demo_office.cli("vend", "--meter", meter, "--amount", "300", "--request-id", "p-2", "--json")
    assert other.returncode == 0
    with demo_office.open() as office:
        first = office.sales.sale(demo_office.login(office, "cashier"), request_id="p-1")
        second = office.sales.sale(demo_office.login(office, "cashier"), request_id="p-2")
        assert first.sale.status == "ISSUED" and first.tokens[0].tid < second.tokens[0].tid
    check_invariants(demo_office)
    meters_accept_all_tokens(demo_office, [meter])


@pytest.mark.slow
def test_random_kills_leave_the_office_consistent(demo_office):
    rng = random.Random(1234)
    meters = [m["meter_number"] for m in demo_office.meters(pending_key_change=False)[:3]]
    env = demo_office.env("cashier", STS_POS_CRASH_STALL="0.08")  # widen each phase of the vend a little
    requests, outcomes = [], []
    for i in range(12):
        request = (f"rk-{i}", rng.choice(meters), rng.choice([15000, 30000, 45000]))
        requests.append(request)
        cmd = [sys.executable, "-m", "sts_pos", "--db", str(demo_office.path), "vend", "--meter", request[1],
               "--amount", str(request[2] // 100), "--request-id", request[0], "--json"]
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.15, 1.1))  # start-up ~0.35 s, vend ~0.35 s: kills land in every phase
        proc.kill()
        proc.wait(timeout=30)
        check_invariants(demo_office, audit=False)
        raw = demo_office.raw()
        row = raw.execute("SELECT status FROM sales WHERE request_id = ?", (request[0],)).fetchone()
        raw.close()
        outcomes.append(row[0] if row else "none")
    print("states after the kills:", outcomes)
    # restart: the first retry completes or makes each sale; a second retry returns exactly the same
    with demo_office.open() as office:
        cashier = demo_office.login(office, "cashier")
        office.sales.complete_pending()
        for request_id, meter, amount in requests:
            first = office.sales.vend(cashier, meter, amount=amount, request_id=request_id)
            again = office.sales.vend(cashier, meter, amount=amount, request_id=request_id)
            assert first.sale.status == "ISSUED" and (again.sale, again.tokens) == (first.sale, first.tokens)
    raw = demo_office.raw()
    assert raw.execute("SELECT count(*) FROM sales WHERE request_id LIKE 'rk-%'").fetchone()[0] == 12
    assert raw.execute("SELECT count(*) FROM sales WHERE status = 'PENDING'").fetchone()[0] == 0
    raw.close()
    check_invariants(demo_office)
    meters_accept_all_tokens(demo_office, meters)
