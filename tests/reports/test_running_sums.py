"""The sales reports' running sums (store migration 10, kept by triggers) against the sales themselves: after
sales are voided, interrupted sales completed and a sale's payment method corrected, every grouping over
whole and part periods, in offices east and west of UTC and one on a part-hour offset (UTC+05:30), equals
the sums worked out here in Python from the sales rows."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

import pytest

from sts_pos.reports.sales import GROUPS, sales_rows
from tests.reports.gen_data import make_office


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    conn = make_office(tmp_path_factory.mktemp("sums") / "office.sqlite3", sales=1500, days=20, meters=60, seed=11)
    with conn:
        conn.execute("UPDATE sales SET status = 'VOIDED', void_reason = 'test' WHERE id % 37 = 0 AND status = 'ISSUED'")
        conn.execute("UPDATE sales SET status = 'ISSUED' WHERE id IN (SELECT id FROM sales WHERE status = 'PENDING' "
                     "LIMIT 3)")
        conn.execute("UPDATE sales SET tender_type = 'card' WHERE id % 41 = 0")
    yield conn
    conn.close()


def expected(conn, first: date, last: date, group: str, offset: int) -> list[tuple]:
    rows = conn.execute("""
        SELECT s.created_at, s.status, s.amount, s.energy, s.vat, s.fixed_charge, s.debt_recovered, s.units_kwh10,
               s.free_kwh10, u.username, t.name, t.ti, g.sgc, g.krn, g.name, g.id
        FROM sales s JOIN users u ON u.id = s.user_id JOIN meters m ON m.id = s.meter_id
        LEFT JOIN tariffs t ON t.id = s.tariff_id
        LEFT JOIN supply_groups g ON g.id = coalesce(s.supply_group_id, m.supply_group_id)
        WHERE s.status IN ('ISSUED', 'VOIDED')""").fetchall()
    sums = defaultdict(lambda: [0] * 10)
    for created, status, *money, user, tariff, ti, sgc, krn, sg_name, sg_id in rows:
        local = datetime.fromisoformat(created).replace(tzinfo=None) + timedelta(minutes=offset)
        if not first <= local.date() <= last:
            continue
        key = {"day": local.date().isoformat(), "month": local.date().isoformat()[:7], "cashier": user,
               "tariff": f"{tariff} (TI {ti:02d})" if tariff else "no tariff",
               "supply_group": f"{sgc} KRN {krn}" + (f" {sg_name}" if sg_name else "") if sgc else f"#{sg_id}"}[group]
        if status == "ISSUED":
            sums[key][0] += 1
            for i, value in enumerate(money):
                sums[key][1 + i] += value
        else:
            sums[key][8] += 1
            sums[key][9] += money[0]
    return [(key, *values) for key, values in sorted(sums.items())]


@pytest.mark.parametrize("offset", [0, 120, -300, 330])
def test_every_grouping_over_whole_and_part_periods_equals_the_sales(office, offset):
    office.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('utc_offset_minutes', ?)", (str(offset),))
    span = [r[0] for r in office.execute("SELECT min(created_at), max(created_at) FROM sales")][0]
    start = datetime.fromisoformat(span).date()
    for first, last in ((start - timedelta(days=3), start + timedelta(days=40)),  # all of it
                        (start + timedelta(days=2), start + timedelta(days=9)),  # part days at both ends
                        (start + timedelta(days=5), start + timedelta(days=5))):
        for group in GROUPS:
            assert sales_rows(office, first, last, group) == expected(office, first, last, group, offset), (
                group, first, last, offset)


def test_the_running_sums_follow_a_void_at_once(office):
    office.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('utc_offset_minutes', '120')")
    sale_id, created, amount = office.execute("SELECT id, created_at, amount FROM sales WHERE status = 'ISSUED' "
                                              "ORDER BY id DESC LIMIT 1").fetchone()
    day = (datetime.fromisoformat(created).replace(tzinfo=None) + timedelta(minutes=120)).date()
    before = {r[0]: r for r in sales_rows(office, day, day, "cashier")}
    with office:
        office.execute("UPDATE sales SET status = 'VOIDED' WHERE id = ?", (sale_id,))
    after = {r[0]: r for r in sales_rows(office, day, day, "cashier")}
    changed = [k for k in after if after[k] != before[k]]
    assert len(changed) == 1
    k = changed[0]
    assert after[k][1] == before[k][1] - 1 and after[k][2] == before[k][2] - amount
    assert after[k][9] == before[k][9] + 1 and after[k][10] == before[k][10] + amount
