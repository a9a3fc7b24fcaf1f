"""Moving a large office onto PostgreSQL: the demo office with N more customers, each with a meter (100,000 by
default; bulk inserts through sqlite-utils), moved by ``sts-pos migrate --to``'s path (``store.pg_move``: COPY
in foreign-key order, then row counts, the audit chain with its seals and the key store checked).

    PGPASSWORD=... .venv/bin/python benchmarks/bench_migrate.py --to postgresql://USER@HOST:PORT/EMPTY_DB

Prints the build time, the move's time with its checks, and the rows moved.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sts_pos.store.db import utils_db  # noqa: E402
from sts_pos.store.demo import create_demo  # noqa: E402
from sts_pos.store.office import Office  # noqa: E402
from sts_pos.store.pg_move import move_to_server  # noqa: E402
from sts_pos.sts.meter_number import make_meter_number  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--to", required=True, help="postgresql:// URL of an empty database")
    parser.add_argument("--customers", type=int, default=100_000)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="bench-migrate-"))
    path = workdir / "office.sqlite3"
    t0 = time.perf_counter()
    info = create_demo(path, days_of_sales=3)
    with Office.open(path) as office:
        sg = office.repo.one("SELECT id FROM supply_groups WHERE sgc = '123456' AND krn = 2")[0]
        now = datetime.now(UTC).isoformat()
        conn = office.conn
        conn.execute("BEGIN")
        db = utils_db(conn)
        db["customers"].insert_all(({"account_no": f"M{i:07d}", "name": f"Customer {i}", "address": f"Plot {i}",
                                     "phone": f"07{i:08d}", "created_at": now} for i in range(args.customers)),
                                   batch_size=5000)
        first = office.repo.one("SELECT min(id) FROM customers WHERE account_no LIKE 'M%'")[0]
        db["meters"].insert_all(({"meter_number": make_meter_number("03", f"{i:08d}").drn, "iin": "600727",
                                  "customer_id": first + i, "supply_group_id": sg, "ti": 1, "base_date": "14",
                                  "created_at": now} for i in range(args.customers)), batch_size=5000)
        conn.execute("COMMIT")
    print(f"built {path}: {args.customers:,} more customers and meters in {time.perf_counter() - t0:.1f} s, "
          f"{path.stat().st_size / 1e6:.0f} MB")

    def open_keys(office) -> int:
        office.vault.unlock(info["vault_passphrase"])
        groups = office.repo.supply_groups()
        for group in groups:
            office.vending_key(group.id)
        return len(groups)

    report = move_to_server(path, args.to, open_keys)
    print(f"migrate --to: {report.rows:,} rows in {report.tables} tables moved and checked in {report.seconds:.1f} s "
          f"(audit log {report.audit_entries} entries verified, {report.keys_opened} vending keys opened)")
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
