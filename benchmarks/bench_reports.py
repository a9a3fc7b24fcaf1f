"""Report speed on a large office: 1,000,000 sales (a year, 100,000 meters) in a real SQLite file.

Prints the time of: the month report (sales by day over a month, and by cashier/tariff/supply group),
the daily report, a shift X report, FBE/debt/engineering lists, chart data, and printing one receipt
(database -> receipt -> PDF and ESC/POS). Then every report of the Reports screen as a person opens it
(``on screen``: the report built, its table model made and the table view filled and painted, Qt offscreen)
over the year, the X report of a shift and the charts. Goal: each report on screen under one second.

    .venv/bin/python benchmarks/bench_reports.py [--sales N] [--meters N] [--days N] [--db PATH]

Without ``--db`` the generated database is made in a temporary folder and removed at the end; with
``--db`` it is kept and reused by later runs. The covering index ``sales_report`` comes with store migration 2;
opening the file migrates it. Should a file lack the index anyway, the benchmark runs twice: as the schema
is, then after creating the index.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.reports.gen_data import make_office  # noqa: E402
from tests.reports.samples import sale_receipt  # noqa: E402

from sts_pos.reports import charts, lists, shift  # noqa: E402
from sts_pos.reports.receipt_escpos import receipt_escpos  # noqa: E402
from sts_pos.reports.receipt_pdf import receipt_pdf  # noqa: E402
from sts_pos.reports.sales import REPORT_INDEX_SQL, sales_report  # noqa: E402
from sts_pos.reports.table import export  # noqa: E402
from sts_pos.store.db import connect  # noqa: E402


def timed(label: str, fn, repeat: int = 3):
    times = []
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    print(f"{label:52} best {min(times) * 1000:8.1f} ms   median {statistics.median(times) * 1000:8.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sales", type=int, default=1_000_000)
    parser.add_argument("--meters", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--db", help="reuse (or create) this database file")
    args = parser.parse_args()
    path = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="bench-reports-")) / "office.sqlite3"
    if not path.exists():
        t0 = time.perf_counter()
        make_office(path, sales=args.sales, days=args.days, meters=args.meters,
                    start=datetime(2026, 1, 1, tzinfo=UTC)).close()
        print(f"generated {args.sales:,} sales, {args.meters:,} meters in {time.perf_counter() - t0:.1f} s "
              f"({os.path.getsize(path) / 2**20:.0f} MiB) at {path}")
    conn = connect(path)
    total = conn.execute("SELECT count(*) FROM sales").fetchone()[0]
    print(f"sales in the database: {total:,}")
    has_index = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sales_report'").fetchone()
    if not has_index:
        print("\n== schema as it is (sales_created index) ==")
        run(conn, total)
        t0 = time.perf_counter()
        conn.execute(REPORT_INDEX_SQL)
        print(f"\n== with the proposed covering index sales_report (built in {time.perf_counter() - t0:.1f} s) ==")
    else:
        print("\n== with the covering index sales_report ==")
    run(conn, total)
    conn.close()
    if not args.db:
        shutil.rmtree(path.parent, ignore_errors=True)


def run(conn, total: int) -> None:
    month = (date(2026, 6, 1), date(2026, 6, 30))
    day = (date(2026, 6, 15), date(2026, 6, 15))
    r = timed("month report, sales by day (June)", lambda: sales_report(conn, *month, "day"))
    print(f"    {r.totals[1]:,} sales in the month")
    timed("month report, sales by day -> PDF", lambda: export(sales_report(conn, *month, "day"), "pdf"))
    timed("month report, by cashier", lambda: sales_report(conn, *month, "cashier"))
    timed("month report, by tariff", lambda: sales_report(conn, *month, "tariff"))
    timed("month report, by supply group", lambda: sales_report(conn, *month, "supply_group"))
    r = timed("daily report (15 June)", lambda: sales_report(conn, *day, "day"))
    print(f"    {r.totals[1]:,} sales in the day")
    timed("daily report -> PDF", lambda: export(sales_report(conn, *day, "cashier"), "pdf"))
    timed("year report, sales by month", lambda: sales_report(conn, date(2026, 1, 1), date(2026, 12, 31), "month"), 1)
    timed("FBE list (month)", lambda: lists.fbe_report(conn, *month))
    timed("debt recovered/outstanding (month)", lambda: lists.debt_report(conn, *month), 1)
    timed("engineering + key change tokens (month)", lambda: lists.engineering_report(conn, *month))
    timed("meters not vended for 30 days", lambda: lists.dormant_report(conn, 30, date(2026, 12, 31)), 1)
    shift_id = conn.execute("SELECT shift_id FROM sales WHERE id = ?", (total // 2,)).fetchone()[0]
    timed("shift X report", lambda: shift.x_report(conn, shift_id))
    timed("chart: sales per day (month)", lambda: charts.sales_per_day(conn, *month))
    # the generated sales carry no issuing plan, so the receipt (vending.receipt, built by the vending service from
    # a real sale: bench_vending) is a sample one here; what is timed is the rendering
    receipt = sale_receipt()
    timed("print receipt: 80 mm PDF", lambda: receipt_pdf(receipt), 5)
    timed("print receipt: 58 mm PDF", lambda: receipt_pdf(receipt, "58mm"), 5)
    timed("print receipt: ESC/POS", lambda: receipt_escpos(receipt), 5)
    on_screen(conn, shift_id)


def on_screen(conn, shift_id: int) -> None:
    """Each report of the Reports screen as it opens: report built + model + table view filled and painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from sts_pos.gui.report_table import ReportView
    from sts_pos.reports.registry import build_report, report_names

    app = QApplication.instance() or QApplication([])
    view = ReportView()
    view.resize(1000, 700)
    view.show()

    def shown(make):
        report = make()
        view.set_report(report)
        view.table.viewport().repaint()  # painted now, not at the next event loop turn
        app.processEvents()
        return report

    print("\n== on screen (report built, table model made, table view filled and painted) ==")
    year = (date(2026, 1, 1), date(2026, 12, 31))
    for name, _title in report_names():
        if name.startswith("shift-"):
            continue
        report = timed(f"on screen: {name} (year)"[:52],
                       lambda name=name: shown(lambda: build_report(conn, name, *year, days=30)), 2)
        print(f"    {len(report.rows):,} rows")
    timed("on screen: X report of a shift", lambda: shown(lambda: shift.shift_report(conn, shift.x_report(conn, shift_id))))
    for name in charts.CHARTS:
        timed(f"on screen: chart {name} (year, data and labels)", lambda name=name: charts.chart_plot(conn, name, *year), 2)
    view.close()


if __name__ == "__main__":
    main()
