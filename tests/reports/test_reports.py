"""Reports on a real office database with generated sales: reconciliation with the receipts, voids, Z
immutability, every list report, every export format, chart data."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections import defaultdict
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from sts_pos.errors import UserFacingError
from sts_pos.reports import charts, lists
from sts_pos.reports.registry import REPORTS, build_report
from sts_pos.reports.sales import GROUPS, sales_report, sales_rows
from sts_pos.reports.shift import ShiftReportError, take_z_report, x_report
from sts_pos.reports.table import export
from sts_pos.vending.audit import AuditEntry, first_broken_link
from sts_pos.vending.office_time import OfficeTime
from tests.reports.gen_data import make_office

FIRST, LAST = date(2026, 10, 1), date(2026, 10, 30)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    conn = make_office(tmp_path_factory.mktemp("office") / "office.sqlite3", sales=1500, days=30, meters=150)
    yield conn
    conn.close()


@pytest.fixture()
def fresh(tmp_path):
    conn = make_office(tmp_path / "office.sqlite3", sales=300, days=5, meters=40)
    yield conn
    conn.close()


def _receipts_by_day(conn):
    """What each sale's receipt says (amount, VAT, units), summed per office day in Python (the report counts
    days in SQL): the receipt prints the sale's own row, at its time on the office's clock."""
    offset = int(dict(conn.execute("SELECT key, value FROM settings").fetchall()).get("utc_offset_minutes", 0))
    clock = OfficeTime(offset)
    per_day = defaultdict(lambda: [0, 0, 0, 0])
    for created, amount, vat, units in conn.execute(
            "SELECT created_at, amount, vat, units_kwh10 FROM sales WHERE status = 'ISSUED'"):
        day = clock.day(created).isoformat()
        per_day[day][0] += 1
        per_day[day][1] += amount
        per_day[day][2] += vat
        per_day[day][3] += units
    return per_day


@pytest.mark.parametrize("offset", [0, 120, -300, 330])
def test_day_report_equals_the_sum_of_the_days_receipts(fresh, offset):
    fresh.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('utc_offset_minutes', ?)", (str(offset),))
    receipts = _receipts_by_day(fresh)
    rows = sales_rows(fresh, date(2026, 9, 30), date(2026, 10, 6), "day")
    report = {r[0]: [r[1], r[2], r[4], r[7]] for r in rows if r[1]}
    assert report == {day: values for day, values in receipts.items()}
    assert sum(v[1] for v in report.values()) == fresh.execute(
        "SELECT sum(amount) FROM sales WHERE status = 'ISSUED'").fetchone()[0]


def test_every_grouping_has_the_same_totals(office):
    totals = {g: sales_report(office, FIRST, LAST, g).totals[1:] for g in GROUPS}
    assert len(set(totals.values())) == 1
    count = office.execute("SELECT count(*) FROM sales WHERE status = 'ISSUED'").fetchone()[0]
    assert totals["day"][0] == count


def test_a_void_moves_a_sale_out_of_the_sales_figures(fresh):
    before = sales_report(fresh, date(2026, 10, 1), date(2026, 10, 5), "cashier").totals
    sale_id, amount = fresh.execute("SELECT id, amount FROM sales WHERE status = 'ISSUED' LIMIT 1").fetchone()
    fresh.execute("UPDATE sales SET status = 'VOIDED', void_reason = 'wrong meter', voided_by = 10 WHERE id = ?",
                  (sale_id,))
    after = sales_report(fresh, date(2026, 10, 1), date(2026, 10, 5), "cashier").totals
    assert after[1] == before[1] - 1 and after[2] == before[2] - amount
    assert after[9] == before[9] + 1 and after[10] == before[10] + amount


def test_pending_sales_are_not_money(fresh):
    total = sales_report(fresh, date(2026, 10, 1), date(2026, 10, 5)).totals
    pending = fresh.execute("SELECT count(*) FROM sales WHERE status = 'PENDING'").fetchone()[0]
    all_sales = fresh.execute("SELECT count(*) FROM sales").fetchone()[0]
    assert total[1] + total[9] == all_sales - pending


def test_period_filter_and_bad_period(office):
    one_day = sales_report(office, date(2026, 10, 3), date(2026, 10, 3))
    assert [r[0] for r in one_day.rows] == ["2026-10-03"]
    with pytest.raises(UserFacingError):
        sales_report(office, date(2026, 10, 3), date(2026, 10, 1))
    with pytest.raises(UserFacingError):
        sales_report(office, FIRST, LAST, "weather")


def _audit_entries(conn):
    return [AuditEntry(*row) for row in conn.execute(
        "SELECT id, at, username, action, detail, prev_hash, hash FROM audit_log ORDER BY id")]


def test_z_report_is_taken_once_and_never_changes(fresh):
    shift_id = fresh.execute("SELECT shift_id FROM sales WHERE status = 'ISSUED' AND shift_id IN "
                             "(SELECT id FROM shifts WHERE closed_at IS NOT NULL) LIMIT 1").fetchone()[0]
    fresh.execute("UPDATE shifts SET counted_cash = 50000 + (SELECT sum(amount) FROM sales WHERE shift_id = ? "
                  "AND status = 'ISSUED') - 100 WHERE id = ?", (shift_id, shift_id))
    z = take_z_report(fresh, shift_id, "super")
    assert z.kind == "Z" and z.taken_by == "super" and z.variance == -100
    x = x_report(fresh, shift_id)
    assert (x.sales_count, x.cash) == (z.sales_count, z.cash)
    fresh.execute("UPDATE sales SET status = 'VOIDED', void_reason = 'late void' WHERE id = "
                  "(SELECT id FROM sales WHERE shift_id = ? AND status = 'ISSUED' LIMIT 1)", (shift_id,))
    fresh.execute("UPDATE sales SET reprints = reprints + 1 WHERE shift_id = ?", (shift_id,))
    again = take_z_report(fresh, shift_id, "someone else")
    assert again == z
    later_x = x_report(fresh, shift_id)
    assert later_x.sales_count == z.sales_count - 1 and later_x.voids_count == z.voids_count + 1
    entries = _audit_entries(fresh)
    assert [e.action for e in entries].count("shift.z_report") == 1
    assert first_broken_link(entries).ok
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        fresh.execute("DELETE FROM audit_log")


def test_z_report_of_an_open_shift_is_refused(fresh):
    open_shift = fresh.execute("SELECT id FROM shifts WHERE closed_at IS NULL LIMIT 1").fetchone()[0]
    with pytest.raises(ShiftReportError, match="still open"):
        take_z_report(fresh, open_shift, "super")
    assert x_report(fresh, open_shift).kind == "X"
    with pytest.raises(ShiftReportError):
        x_report(fresh, 99999)


def test_fbe_debt_engineering_reports(office):
    fbe = lists.fbe_report(office, FIRST, LAST)
    assert fbe.totals[-1] == sales_report(office, FIRST, LAST).totals[8] > 0
    debt = lists.debt_report(office, FIRST, LAST)
    assert debt.totals[2] == sales_report(office, FIRST, LAST).totals[6]
    assert debt.totals[4] == office.execute("SELECT sum(debt_balance) FROM customers").fetchone()[0]
    eng = lists.engineering_report(office, FIRST, LAST)
    reasons = " ".join(eng.values("reason"))
    assert "clear_tamper: Tamper after box repair, job 1" in reasons and "with sale R" in reasons
    assert {"clear_tamper", "key_change_1", "key_change_2"} <= set(eng.values("kind"))
    assert all(len(n) == 24 for n in eng.values("number"))


def test_dormant_meters(office):
    office.execute("INSERT INTO customers (id, account_no, name, created_at) VALUES (9999, 'ACC-NEW', 'New', 'x')")
    office.execute("INSERT INTO meters (id, meter_number, iin, customer_id, supply_group_id, ti, base_date, created_at) "
                   "VALUES (9999, '99999999999', '600727', 9999, 1, 1, '14', 'x')")
    report = lists.dormant_report(office, 10, date(2026, 11, 20))
    meters = report.values("meter")
    assert "99999999999" in meters and report.rows[0][5] == "never"
    last_sale = office.execute("SELECT max(created_at) FROM sales WHERE status = 'ISSUED'").fetchone()[0][:10]
    assert all(r[4] <= last_sale for r in report.rows)
    active = office.execute("SELECT count(*) FROM meters").fetchone()[0]
    assert len(lists.dormant_report(office, 60, date(2026, 11, 20)).rows) == 1  # only the never-vended one
    assert len(report.rows) == active  # no sale in the 10 days before 20 Nov


def test_consumption_from_card_write_backs(fresh):
    assert lists.consumption_report(fresh, date(2026, 10, 1), date(2026, 10, 5)).rows == ()
    rows = [(5, "2026-10-01T08:00:00.000000+00:00", 0, 1000, 300), (5, "2026-10-04T08:00:00.000000+00:00", 0, 1450, 120),
            (6, "2026-10-02T08:00:00.000000+00:00", 0, 50, 10),
            (6, "1970-01-01T00:00:00.000000+00:00", 1, 0, 0),  # a blank card's initial write-back: no reading
            (7, "2026-10-02T09:00:00.000000+00:00", 1, 0, 0)]
    fresh.executemany("INSERT INTO meter_readings (meter_id, read_at, initial, energy_used_kwh10, credit_kwh10, "
                      "purchase_count_accepted, recorded_at) VALUES (?, ?, ?, ?, ?, 0, '2026-10-05')", rows)
    report = lists.consumption_report(fresh, date(2026, 10, 1), date(2026, 10, 5))
    assert [r[2:5] for r in report.rows] == [(2, 450, 120), (1, 0, 10)]


def test_exports_hold_the_same_numbers(office):
    report = sales_report(office, FIRST, LAST, "tariff")
    rows = list(csv.reader(io.StringIO(export(report, "csv").decode("utf-8-sig"))))
    assert rows[0][2] == "Amount paid (ZMW)"
    assert rows[-1][0] == "Total" and rows[-1][2] == f"{report.totals[2] // 100}.{report.totals[2] % 100:02d}"
    doc = json.loads(export(report, "json"))
    assert doc["currency"]["code"] == "ZMW" and doc["totals"]["count"] == report.totals[1]
    assert [r["label"] for r in doc["rows"]] == [r[0] for r in report.rows]
    ws = load_workbook(io.BytesIO(export(report, "xlsx"))).active
    values = [row for row in ws.iter_rows(values_only=True) if row and row[0] == "Total"][0]
    assert values[1] == report.totals[1] and round(values[2] * 100) == report.totals[2]
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(export(report, "pdf"))).pages)
    assert "Kabwe Vending Office" in text and "Sales by tariff" in text and "Residential (TI 01)" in text
    assert "Page 1 of 1" in text


def test_every_report_builds_and_exports(office):
    shift_id = office.execute("SELECT id FROM shifts WHERE closed_at IS NOT NULL LIMIT 1").fetchone()[0]
    for name in REPORTS:
        if name == "consumption":
            continue
        report = build_report(office, name, FIRST, LAST, days=5, shift_id=shift_id, username="super")
        for fmt in ("pdf", "csv", "xlsx", "json"):
            assert export(report, fmt)
    with pytest.raises(UserFacingError):
        build_report(office, "nonsense", FIRST, LAST)
    with pytest.raises(UserFacingError):
        export(report, "docx")


def test_chart_data_matches_the_reports(office):
    per_day = charts.sales_per_day(office, FIRST, LAST)
    report = sales_report(office, FIRST, LAST, "day")
    assert per_day.categories == tuple(r[0] for r in report.rows)
    assert sum(per_day.series[0].values) == report.totals[2]
    title, points, unit = charts.chart_points(office, "units_per_tariff", FIRST, LAST)
    assert unit == "kWh" and sum(v for _, v in points) * 10 == sales_report(office, FIRST, LAST, "tariff").totals[7]
    cashiers = charts.chart_data(office, "cashiers", FIRST, LAST)
    assert cashiers.categories == ("cashier1", "cashier2", "cashier3") and len(cashiers.series) == 3
    assert charts.sales_per_month(office, FIRST, LAST).categories == ("2026-10",)
    with pytest.raises(UserFacingError):
        charts.chart_data(office, "pie-in-the-sky", FIRST, LAST)
