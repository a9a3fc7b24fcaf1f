"""Report days and months are office days and months: a sale at 22:40 UTC on 31 March is a sale of
1 April in an office at UTC+02:00, on its receipt number, its month (the fixed charge's), the day and month
reports, the X report; every report says which offset its times are in. The clock is pinned."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from sts_pos.reports.registry import build_report
from sts_pos.reports.shift import shift_report, x_report
from sts_pos.reports.table import export
from sts_pos.store.demo import create_demo
from sts_pos.store.office import Office

PIN = datetime(2027, 3, 31, 22, 40, tzinfo=UTC)


@pytest.fixture(scope="module")
def sold(tmp_path_factory):
    path = tmp_path_factory.mktemp("office-days") / "office.sqlite3"
    info = create_demo(path, days_of_sales=1, now=PIN)
    office = Office.open(path, clock=lambda: PIN)
    office.vault.unlock(info["vault_passphrase"])
    cashier = next(u for u in info["users"] if u["username"] == "cashier")
    session = office.login("cashier", cashier["password"], auto_backup=False)
    meter = next(m["meter_number"] for m in info["meters"] if not m["pending_key_change"] and m["kind"] == "keypad")
    result = office.sales.vend(session, meter, amount=20000)
    yield office, result
    office.close()


def rows_by_label(report) -> dict:
    return {row[0]: dict(zip([c.key for c in report.columns], row)) for row in report.rows}


def test_the_sale_belongs_to_the_office_day_and_month(sold):
    office, result = sold
    assert result.sale.receipt_no.startswith("270401-")
    assert office.repo.one("SELECT month FROM sales WHERE id = ?", result.sale.id)[0] == "2027-04"
    april_first = rows_by_label(build_report(office.conn, "sales-by-day", date(2027, 4, 1), date(2027, 4, 1)))
    assert april_first["2027-04-01"]["count"] == 1 and april_first["2027-04-01"]["amount"] == result.sale.amount
    march = build_report(office.conn, "sales-by-day", date(2027, 3, 31), date(2027, 3, 31))
    assert "2027-04-01" not in rows_by_label(march)
    months = rows_by_label(build_report(office.conn, "sales-by-month", date(2027, 3, 1), date(2027, 4, 30)))
    assert months["2027-04"]["count"] == 1


def test_reports_say_their_times_are_office_time(sold):
    office, result = sold
    report = build_report(office.conn, "sales-by-day", date(2027, 4, 1), date(2027, 4, 1))
    assert report.generated_at.endswith("(times in UTC+02:00)")
    doc = json.loads(export(report, "json"))
    assert doc["times_in"] == "UTC+02:00"
    summary = x_report(office.conn, result.sale.shift_id)
    notes = " ".join(shift_report(office.conn, summary).notes)
    assert "Sales from 2027-04-01 00:40 to 2027-04-01 00:40" in notes
