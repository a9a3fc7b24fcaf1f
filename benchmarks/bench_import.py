"""Import benchmark: a 100,000-meter register (each meter with its own customer) imported from CSV into the
demo office through ``store.importer`` (read, check every row, one audited transaction with synchronous=FULL).
Goal: under 30 s. ``--xlsx`` also times the same register as an Excel file (openpyxl read-only).

    .venv/bin/python benchmarks/bench_import.py [--meters 100000] [--xlsx]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sts_pos.store.demo import FIRST, LAST, STREETS, create_demo  # noqa: E402
from sts_pos.store.importer import COLUMNS, import_file  # noqa: E402
from sts_pos.store.office import Office  # noqa: E402
from sts_pos.sts.meter_number import make_meter_number  # noqa: E402
from sts_pos.vending.roles import Session  # noqa: E402


def register_rows(count: int):
    rng = random.Random(19)
    for i in range(count):
        on_1993 = i % 10 == 0
        kind = "ic_card" if i % 7 == 0 else "keypad"
        yield [make_meter_number("03", f"{i:08d}").drn, f"IMP{i:07d}", f"{rng.choice(FIRST)} {rng.choice(LAST)}",
               f"{i % 900 + 1} {rng.choice(STREETS)}, Bench Town", f"+27 82 {i // 10000:03d} {i % 10000:04d}",
               "123456", "1" if on_1993 else "2", "01" if i % 5 else "02", "2", "1993" if on_1993 else "2014", kind,
               f"B{i:08d}" if kind == "ic_card" else "", "yes" if i % 11 == 0 else "no",
               f"{rng.randint(0, 50000) / 100:.2f}" if i % 4 == 0 else "0"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--meters", type=int, default=100_000)
    parser.add_argument("--xlsx", action="store_true", help="also import the register as an .xlsx file")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    register = work / "register.csv"
    with register.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS["meters"])
        writer.writerows(register_rows(args.meters))
    print(f"register: {args.meters:,} meters, {register.stat().st_size / 1e6:.1f} MB CSV")
    files = [register]
    if args.xlsx:
        import openpyxl

        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("meters")
        sheet.append(list(COLUMNS["meters"]))
        for row in register_rows(args.meters):
            sheet.append(row)
        book.save(work / "register.xlsx")
        files.append(work / "register.xlsx")
    for source in files:
        db = work / f"office-{source.suffix[1:]}.sqlite3"
        create_demo(db, days_of_sales=0)
        with Office.open(db) as office:
            user = office.repo.user_by_name("supervisor")
            session = Session(user.id, user.username, user.role, user.full_name)
            started = time.perf_counter()
            report, _ = import_file(office.records, session, source, "meters", pending_rollover=True)
            elapsed = time.perf_counter() - started
            meters = office.repo.one("SELECT count(*) FROM meters")[0]
        assert report.written and report.imported == args.meters and not report.rejected, report.rejected[:3]
        rate = args.meters / elapsed
        print(f"{source.suffix[1:]}: {report.imported:,} meters and {report.customers_added:,} customers imported "
              f"in {elapsed:.1f} s ({rate:,.0f} rows/s; {report.pending_rollover:,} rollovers set pending; "
              f"{meters:,} meters in the office) - goal < 30 s: {'met' if elapsed < 30 else 'MISSED'}")


if __name__ == "__main__":
    main()
