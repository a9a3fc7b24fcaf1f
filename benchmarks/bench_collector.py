"""Collector benchmark: one office station with 200 collectors x 50 meters simulated in-process on loopback TCP.

Prints the tokens delivered per second (sale tokens queued, then delivered through the collectors, each
write + result read answered by the simulated meter and recorded in the outbox) and the time to read all
10,000 meters (energy, credit, relay, tamper, clock: six DL/T 645 exchanges each, stored as readings with
their alarms). Goals on the 2-core machine: at least 100 deliveries/s, all meters read in under 60 s, the
GUI thread responsive throughout (here: the main thread's worst stall while the station works in its own
threads, which is what the GUI thread would see).

    .venv/bin/python benchmarks/bench_collector.py [--collectors 200] [--meters 50] [--sales 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sts_pos.devices.collector import CollectorSim, RemoteMeter, ServerThread, Station  # noqa: E402
from sts_pos.store.collectors import StationDb  # noqa: E402
from sts_pos.store.db import utils_db  # noqa: E402
from sts_pos.store.demo import STA_KEY, create_demo  # noqa: E402
from sts_pos.store.office import Office  # noqa: E402
from sts_pos.store.repository import iso  # noqa: E402
from sts_pos.sts.meter import VirtualMeter  # noqa: E402
from sts_pos.sts.meter_number import make_meter_number  # noqa: E402
from sts_pos.vending.roles import Session  # noqa: E402


def build(path: Path, collectors: int, per: int) -> tuple[dict, list[tuple[str, list[str]]]]:
    """A demo office plus the collectors and their meters and customers (bulk inserts)."""
    info = create_demo(path, force=True, days_of_sales=1)
    office = Office.open(path)
    conn, repo = office.conn, office.repo
    sg = repo.one("SELECT id FROM supply_groups WHERE sgc = '123456' AND krn = 2")[0]
    now = iso(datetime.now(UTC))
    plan = [(f"C{c:04d}", [make_meter_number("03", f"{c * per + i:08d}").drn for i in range(per)])
            for c in range(collectors)]
    conn.execute("BEGIN")
    db = utils_db(conn)
    db["collectors"].insert_all(({"id": cid, "name": f"pole {cid}", "created_at": now} for cid, _ in plan))
    db["customers"].insert_all(
        ({"account_no": f"R{n:07d}", "name": f"Remote customer {n}", "address": f"{n % 500} Line Road",
          "phone": f"07{n:08d}", "indigent": 0, "debt_balance": 0, "created_at": now}
         for n in range(collectors * per)), batch_size=5000)
    first = repo.one("SELECT min(id) FROM customers WHERE account_no LIKE 'R%'")[0]
    db["meters"].insert_all(
        ({"meter_number": number, "iin": "600727", "supply_group_id": sg, "customer_id": first + c * per + i, "ti": 1, "key_type": 2, "base_date": "14",
          "kind": "keypad", "created_at": now, "collector_id": cid, "bus_address": number[-12:].rjust(12, "0"),
          "remote_since": now} for c, (cid, numbers) in enumerate(plan) for i, number in enumerate(numbers)),
        batch_size=5000)
    for key, value in {"collector_read_minutes": "0", "collector_answer_seconds": "10",
                       "collector_retry_seconds": "5"}.items():
        repo.set_setting(key, value)
    conn.execute("COMMIT")
    office.close()
    return info, plan


def vend_all(path: Path, info: dict, plan, sales: int) -> None:
    """Sell to the remote meters (after their virtual meters exist: a meter refuses tokens older than itself)."""
    collectors, per = len(plan), len(plan[0][1])
    office = Office.open(path)
    repo = office.repo
    office.vault.unlock(info["vault_passphrase"])
    user = repo.user_by_name("cashier")
    session = Session(user.id, user.username, user.role, user.full_name)
    t0 = time.perf_counter()
    for k in range(sales):  # spread over every collector
        cid, numbers = plan[k % collectors]
        office.sales.vend(session, numbers[(k // collectors) % per], amount=20000)
    print(f"built: {collectors} collectors x {per} meters, {sales} sales vended in {time.perf_counter() - t0:.1f} s",
          flush=True)
    office.close()


def virtual(plan) -> dict[str, list[RemoteMeter]]:
    from sts_pos.sts.keys import KeyParameters
    from sts_pos.sts.meter_number import parse_meter_number

    params = KeyParameters("123456", 1, 2, key_type=2, base_date="2014", dkga="02", ea="07")
    key = bytes.fromhex(STA_KEY)
    return {cid: [RemoteMeter(VirtualMeter.with_vending_key(parse_meter_number(n), params, key), load_w=0,
                              utc_offset_minutes=120) for n in numbers] for cid, numbers in plan}


class Stalls:
    """The main thread's worst oversleep while the station works (what a GUI thread would feel)."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._stop = threading.Event()

    def watch(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not self._stop.is_set():
            start = time.monotonic()
            time.sleep(0.01)
            self.worst = max(self.worst, time.monotonic() - start - 0.01)


def count(path: Path, sql: str) -> int:
    office = Office.open(path)
    try:
        return office.repo.one(sql)[0]
    finally:
        office.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--collectors", type=int, default=200)
    parser.add_argument("--meters", type=int, default=50)
    parser.add_argument("--sales", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-collector-"))
    path = folder / "office.sqlite3"
    info, plan = build(path, args.collectors, args.meters)
    meters = virtual(plan)
    vend_all(path, info, plan, args.sales)
    total = args.collectors * args.meters

    link, sims_loop = ServerThread("station"), ServerThread("collectors")  # the GUI's main thread stays free
    station = Station(lambda: StationDb(path), tick=0.1)
    host, port = link.run(station.start("127.0.0.1", 0))
    stop = asyncio.Event()
    running = link.submit(station.run(stop=stop))
    sims = [CollectorSim(cid, meters[cid], heartbeat_seconds=30) for cid, _ in plan]
    for sim in sims:
        sims_loop.submit(sim.run(host, port))
    stalls = Stalls()
    t0 = time.perf_counter()
    while len(station.server.online()) < args.collectors and time.perf_counter() - t0 < 60:
        time.sleep(0.05)
    connect_s = time.perf_counter() - t0
    queued = count(path, "SELECT count(*) FROM tokens t JOIN meters m ON m.id = t.meter_id "
                         "WHERE m.collector_id IS NOT NULL")
    t1 = time.perf_counter()
    while station.stats["delivered"] + station.stats["rejected"] < queued and time.perf_counter() - t1 < 300:
        stalls.watch(0.2)
    deliver_s = time.perf_counter() - t1
    delivered = count(path, "SELECT count(*) FROM deliveries WHERE status = 'accepted'")
    on_meters = sum(m.meter.tokens_accepted for ms in meters.values() for m in ms)

    office = Office.open(path)
    with office.repo.transaction():
        office.repo.set_setting("collector_read_minutes", "60")
    office.close()
    station.settings.read_minutes = 60
    t2 = time.perf_counter()
    while station.stats["readings"] < total and time.perf_counter() - t2 < 300:
        stalls.watch(0.2)
    read_s = time.perf_counter() - t2
    time.sleep(0.5)  # the last batch's commit
    stored = count(path, "SELECT count(DISTINCT meter_id) FROM meter_readings WHERE source = 'collector'")

    link.loop.call_soon_threadsafe(stop.set)
    running.result(30)
    for sim in sims:
        sims_loop.loop.call_soon_threadsafe(sim.stop)
    link.run(station.close(), 60)
    sims_loop.stop()
    link.stop()
    figures = {"collectors": args.collectors, "meters": total, "connect_s": round(connect_s, 2),
               "tokens": queued, "delivered": delivered, "entered_in_meters": on_meters,
               "deliveries_per_s": round(delivered / deliver_s, 1), "deliver_s": round(deliver_s, 2),
               "meters_read": stored, "read_all_s": round(read_s, 2),
               "worst_main_thread_stall_ms": round(stalls.worst * 1000, 1)}
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{args.collectors} collectors connected in {connect_s:.2f} s")
        print(f"tokens delivered: {delivered}/{queued} in {deliver_s:.2f} s = {figures['deliveries_per_s']} "
              f"deliveries/s (goal >= 100); entered in the simulated meters: {on_meters}")
        print(f"meters read: {stored}/{total} in {read_s:.2f} s (goal < 60 s)")
        print(f"worst stall of the main (GUI) thread meanwhile: {figures['worst_main_thread_stall_ms']} ms")
    return 0 if delivered == queued and stored == total else 1


if __name__ == "__main__":
    raise SystemExit(main())
