"""Vending benchmark: vends/s and p95 end-to-end vend latency (quote + PENDING sale + tokens + ISSUED
commit, through the real SalesService on a real SQLite file) on an office holding 1,000,000 sales and
100,000 customers; search latency; backup time. Goals: p95 vend < 20 ms, p95 search < 20 ms.

    .venv/bin/python benchmarks/bench_vending.py [--customers 100000] [--sales 1000000] [--db PATH]
    .venv/bin/python benchmarks/bench_vending.py --db postgresql://USER@HOST:PORT/DBNAME --counters 1,4,8

With a ``postgresql://`` URL (the network version; an empty database, the password from PGPASSWORD) the
office is built in SQLite as above, one counter's vends/s and p95 measured there, then it is moved to the
server (``store.pg_move``, the ``sts-pos migrate --to`` path) and 1, 4 and 8 counters (processes, each its
own cashier, started together) vend at once on different meters: vends/s over all counters and p95 per
counter count, with the CPU a vend costs the counter and the server (read from ``/proc``, the server being
local), and the ceiling the machine's cores put on the counters together: cores / (CPU of one vend). Goal: 8
counters at least 4 times one counter's vends/s, p95 under 50 ms. Start the server with fsync on for a
comparison with SQLite's ``synchronous=FULL``.

The large office is built fast with sqlite-utils bulk inserts (``insert_all`` in batches, one transaction
per table or chunk) on top of
the demo office (its supply groups, tariffs, users and vault); ``--db`` keeps it for a second run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sts_pos.store.db import utils_db  # noqa: E402
from sts_pos.store.demo import create_demo  # noqa: E402
from sts_pos.store.office import Office  # noqa: E402
from sts_pos.sts.meter_number import make_meter_number  # noqa: E402
from sts_pos.sts.tid import BaseDate, tid_from_datetime  # noqa: E402

BATCH = 5000
WARM_UP = 20  # vends each counter makes before the clock starts (not counted)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def build(path: Path, customers: int, sales: int) -> dict:
    t0 = time.perf_counter()
    info = create_demo(path, force=True, days_of_sales=1)
    office = Office.open(path)
    conn, repo = office.conn, office.repo
    sg = repo.one("SELECT id FROM supply_groups WHERE sgc = '123456' AND krn = 2")[0]
    user = repo.user_by_name("cashier").id
    now = datetime.now(UTC)
    rng = random.Random(1)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    db = utils_db(conn)  # sqlite-utils bulk inserts inside the explicit transaction (savepoints)
    db["customers"].insert_all(
        ({"account_no": f"B{i:07d}", "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}{i % 97}",
          "address": f"{i % 500} {rng.choice(STREETS)}", "phone": f"08{i:08d}", "indigent": 0,
          "debt_balance": 0 if i % 4 else 10000, "created_at": now.isoformat()} for i in range(customers)),
        batch_size=BATCH)
    first_customer = repo.one("SELECT min(id) FROM customers WHERE account_no LIKE 'B%'")[0]
    db["meters"].insert_all(
        ({"meter_number": make_meter_number("02", f"{i:08d}").drn, "iin": "600727", "customer_id": first_customer + i,
          "supply_group_id": sg, "ti": 1, "key_type": 2, "base_date": "14", "kind": "keypad",
          "created_at": now.isoformat()} for i in range(customers)), batch_size=BATCH)
    first_meter = repo.one("SELECT min(id) FROM meters WHERE meter_number LIKE '02%'")[0]
    conn.execute("INSERT INTO shifts (user_id, opened_at, opening_float, closed_at) VALUES (?, ?, 0, ?)",
                 (user, now.isoformat(), now.isoformat()))
    shift = conn.execute("SELECT max(id) FROM shifts").fetchone()[0]
    conn.execute("COMMIT")
    sample = repo.one("SELECT breakdown, plan FROM sales WHERE status = 'ISSUED' LIMIT 1")
    breakdown, plan = sample[0], sample[1]
    per_meter = max(1, sales // customers)
    start = now - timedelta(days=365)
    base_tid = tid_from_datetime(start, BaseDate.Y2014)
    batch = 100_000
    for chunk in range(0, sales, batch):
        conn.execute("BEGIN")
        rows, tokens = [], []
        for n in range(chunk, min(chunk + batch, sales)):
            meter = first_meter + n % customers
            k = n // customers
            when = (start + timedelta(minutes=n // 3)).isoformat()
            sale_id = 1_000_000 + n
            money = 10000 + (n % 7) * 1000
            rows.append({"id": sale_id, "request_id": f"bulk-{n}", "receipt_no": f"B{n:09d}", "status": "ISSUED",
                         "created_at": when, "issued_at": when, "meter_id": meter,
                         "customer_id": first_customer + n % customers, "user_id": user, "shift_id": shift,
                         "tariff_id": 1, "month": when[:7], "mode": "money", "tender": money, "amount": money,
                         "change": 0, "energy": 8000, "vat": 1200, "fixed_charge": 0, "debt_recovered": 0,
                         "units_kwh10": 500, "free_kwh10": 0, "breakdown": breakdown, "plan": plan})
            tokens.append({"sale_id": sale_id, "meter_id": meter, "seq": 1, "kind": "credit", "token_class": 0,
                           "subclass": 0, "tid": base_tid + k * 10, "base_date": "14", "units_kwh10": 500,
                           "number": f"{n:020d}", "created_at": when})
        db["sales"].insert_all(rows, batch_size=BATCH)
        db["tokens"].insert_all(tokens, batch_size=BATCH)
        conn.execute("COMMIT")
    conn.execute("UPDATE meters SET last_tid = ?, last_tid_base = '14' WHERE meter_number LIKE '02%'",
                 (base_tid + per_meter * 10,))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    office.close()
    return dict(info, build_seconds=time.perf_counter() - t0, first_meter=first_meter)


FIRST = ["Thabo", "Naledi", "Sipho", "Ama", "Kofi", "Zanele", "Tendai", "Chipo", "Musa", "Lerato", "Bongani"]
LAST = ["Mokoena", "Dlamini", "Nkosi", "Mensah", "Okafor", "Moyo", "Banda", "Phiri", "Ndlovu", "Mahlangu"]
STREETS = ["Church Street", "Main Road", "Market Street", "Station Road", "Mandela Avenue", "River Lane"]


def _vend_loop(office, session, numbers: list[str], rng: random.Random) -> list[float]:
    latencies = []
    for number in numbers:
        start = time.perf_counter()
        result = office.sales.vend(session, number, amount=rng.choice([20000, 35000, 50000]))
        latencies.append((time.perf_counter() - start) * 1000)
        assert result.sale.status == "ISSUED"
    return latencies


def _counter(url: str, user: str, password: str, passphrase: str, numbers: list[str], ready, go, results) -> None:
    """One counter process: open, unlock, log in, wait for the others, vend, report latencies and the CPU
    seconds of this process and of its server backend (``/proc``: the server is local)."""
    office = Office.open(url)
    office.vault.unlock(passphrase)
    session = office.login(user, password, auto_backup=False)
    backend = office.conn.execute("SELECT pg_backend_pid()").fetchone()[0]
    _vend_loop(office, session, numbers[:WARM_UP], random.Random(user))  # statements prepared, caches warm
    numbers = numbers[WARM_UP:]
    ready.put(user)
    go.wait()
    cpu, server = time.process_time(), _cpu_seconds(backend)
    latencies = _vend_loop(office, session, numbers, random.Random(user))
    results.put((latencies, time.process_time() - cpu, _cpu_seconds(backend) - server))
    office.close()


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def network(args, path: Path, info: dict) -> None:
    """SQLite's one counter, then the office on the server with 1, 4, 8 counters at once."""
    import multiprocessing

    from sts_pos.store import pg, pg_move
    from sts_pos.store.db import connect

    rng = random.Random(7)
    pick = lambda n: [make_meter_number("02", f"{k:08d}").drn for k in rng.sample(range(args.customers), n)]  # noqa
    password = next(u["password"] for u in info["users"] if u["username"] == "cashier")
    with Office.open(path) as office:
        office.vault.unlock(info["vault_passphrase"])
        session = office.login("cashier", password, auto_backup=False)
        t0 = time.perf_counter()
        lat = _vend_loop(office, session, pick(args.vends), rng)
        rate = len(lat) / (time.perf_counter() - t0)
    print(f"SQLite, 1 counter: {rate:.0f} vends/s, p95 {p95(lat):.1f} ms")
    t0 = time.perf_counter()  # the migrate --to copy; its audit check would refuse the bulk sales (not audited)
    src = connect(path, create=False)
    conn = pg.connect_server(args.db, create=True)
    tables = pg_move._copy_order(src, pg_move._office_tables(src))
    pg_move._copy(src, conn, tables)
    conn.raw.execute("ANALYZE")
    rows = sum(src.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
    src.close()
    conn.close()
    print(f"copied to {args.db.split('@')[-1]}: {rows:,} rows in {time.perf_counter() - t0:.1f} s")
    counts = [int(c) for c in args.counters.split(",")]
    admin = next(u["password"] for u in info["users"] if u["username"] == "admin")
    with Office.open(args.db) as office:
        session = office.login("admin", admin, auto_backup=False)
        for k in range(max(counts)):
            office.staff.add_user(session, f"bench{k}", "bench-password", "cashier")
    ctx = multiprocessing.get_context("spawn")
    base = None
    for n in counts:
        ready, results, go = ctx.Queue(), ctx.Queue(), ctx.Event()
        procs = [ctx.Process(target=_counter, args=(args.db, f"bench{k}", "bench-password",
                                                    info["vault_passphrase"], pick(args.vends + WARM_UP), ready, go,
                                                    results))
                 for k in range(n)]
        for proc in procs:
            proc.start()
        for _ in procs:
            ready.get(timeout=120)
        t0 = time.perf_counter()
        go.set()
        done = [results.get(timeout=600) for _ in procs]
        wall = time.perf_counter() - t0
        for proc in procs:
            proc.join()
        lat = [v for latencies, _, _ in done for v in latencies]
        client = sum(c for _, c, _ in done) / len(lat) * 1000
        server = sum(s for _, _, s in done) / len(lat) * 1000
        rate = len(lat) / wall
        base = base or rate
        print(f"PostgreSQL, {n} counter{'s' if n > 1 else ''}: {rate:.0f} vends/s ({rate / base:.1f} x one counter), "
              f"p50 {statistics.median(lat):.1f} ms, p95 {p95(lat):.1f} ms; CPU a vend: counter {client:.2f} ms, "
              f"server {server:.2f} ms")
        if n == 1:  # what the machine's cores allow: all of them busy with counters and their server processes
            cores = os.cpu_count() or 1
            ceiling = cores * 1000 / (client + server)
            print(f"  ceiling with every one of the {cores} cores busy: {ceiling:.0f} vends/s = "
                  f"{ceiling / rate:.1f} x one counter (one counter is idle {max(0.0, 1 - rate * (client + server) / 1000):.0%} "
                  "of its time, waiting for the server's round trips and commits)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--sales", type=int, default=1_000_000)
    parser.add_argument("--vends", type=int, default=400)
    parser.add_argument("--searches", type=int, default=400)
    parser.add_argument("--db", help="keep the benchmark office here (reused if it exists with its info file), or "
                        "a postgresql:// URL of an empty database: the network benchmark")
    parser.add_argument("--counters", default="1,4,8", help="counter counts for the network benchmark")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="bench-vending-"))
    server = args.db and args.db.startswith(("postgresql://", "postgres://"))
    path = Path(args.db) if args.db and not server else workdir / "office.sqlite3"
    info_file = path.with_suffix(".json")
    if path.exists() and info_file.exists():
        info = json.loads(info_file.read_text())
        print(f"reusing {path}")
    else:
        info = build(path, args.customers, args.sales)
        info_file.write_text(json.dumps(info))
        print(f"built {path}: {args.customers} customers, {args.sales} sales in {info['build_seconds']:.1f} s, "
              f"{path.stat().st_size / 1e6:.0f} MB")
    if server:
        network(args, path, info)
        shutil.rmtree(workdir, ignore_errors=True)
        return 0
    password = next(u["password"] for u in info["users"] if u["username"] == "cashier")
    office = Office.open(path)
    office.vault.unlock(info["vault_passphrase"])
    session = office.login("cashier", password, auto_backup=False)
    counts = office.repo.one("SELECT (SELECT count(*) FROM sales), (SELECT count(*) FROM customers)")
    print(f"office holds {counts[0]:,} sales and {counts[1]:,} customers")
    rng = random.Random(7)
    numbers = [make_meter_number("02", f"{rng.randrange(args.customers):08d}").drn for _ in range(args.vends)]
    latencies = []
    t0 = time.perf_counter()
    for number in numbers:
        start = time.perf_counter()
        result = office.sales.vend(session, number, amount=rng.choice([20000, 35000, 50000]))
        latencies.append((time.perf_counter() - start) * 1000)
        assert result.sale.status == "ISSUED"
    total = time.perf_counter() - t0
    print(f"vend (quote + PENDING + tokens + ISSUED commit, synchronous=FULL): {len(numbers) / total:.0f} vends/s, "
          f"p50 {statistics.median(latencies):.2f} ms, p95 {p95(latencies):.2f} ms, max {max(latencies):.1f} ms "
          f"(goal p95 < 20 ms)")
    queries = []
    for i in range(args.searches):
        n = rng.randrange(args.customers)
        kind = i % 5
        queries.append([make_meter_number("02", f"{n:08d}").drn[:8], f"B{n:07d}"[:6], f"08{n:08d}"[:7],
                        rng.choice(LAST)[:4], f"{n % 500} {rng.choice(STREETS)[:4]}"][kind])
    search_ms = {k: [] for k in ("meter", "account", "phone", "name", "address")}
    found = 0
    for i, text in enumerate(queries):
        start = time.perf_counter()
        rows = office.records.search(text, limit=50)
        search_ms[list(search_ms)[i % 5]].append((time.perf_counter() - start) * 1000)
        found += bool(rows)
    every = [v for values in search_ms.values() for v in values]
    print(f"search ({found}/{len(queries)} found something): p50 {statistics.median(every):.2f} ms, "
          f"p95 {p95(every):.2f} ms (goal < 20 ms); p95 by kind: "
          + ", ".join(f"{k} {p95(v):.2f}" for k, v in search_ms.items()))
    start = time.perf_counter()
    report = office.backup(None, workdir / "backup.sqlite3")
    print(f"backup (online backup API + integrity check): {report.seconds:.1f} s for {report.bytes / 1e6:.0f} MB "
          f"(wall {time.perf_counter() - start:.1f} s)")
    office.close()
    shutil.rmtree(workdir, ignore_errors=True)  # the backup, and the office unless --db keeps it
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
