"""Sales reports for any date range, grouped by day, month, cashier, tariff or supply group.

The numbers come from the same ``sales`` rows the receipts are printed from: ISSUED sales count as sales
(money paid, units, VAT, fixed charges, debt recovered, free units); VOIDED sales (supervisor
write-offs after the token was issued) are shown in their own columns and left out of the sales
figures, so a report taken before and after a void differ exactly by the voided sale; PENDING sales
(a vend in progress or interrupted) are not money yet and are left out. The sums are read from the running
sums kept beside the sales by trigger (store migration 10) and, for the part days at a period's ends, from the
sales through the ``sales_report`` covering index; the few names (cashier, tariff, supply group) are joined
afterwards. Each group is also split by
payment method (``sales.tender_type``; the report adds a count and a money column per method, which add up
to the sales figures). Grouping by supply group uses the supply group recorded on the sale (the key revision
its tokens were made under, store migration 3), so a later key change does not move old sales.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta

from sts_pos.errors import UserFacingError
from sts_pos.reports.office import (
    day_bounds,
    local_day_sql,
    local_month_sql,
    office_from_settings,
    utc_offset_minutes,
)
from sts_pos.reports.table import COUNT, KWH, MONEY, TEXT, Column, Report, now_text
from sts_pos.vending.office_time import OfficeTime
from sts_pos.vending.tenders import CASH, parse_tenders, tender_label

GROUPS = ("day", "month", "cashier", "tariff", "supply_group")

# The covering index the sales reports read (created by store migration 2, ``sts_pos.store.migrations``; this
# copy is for the benchmark's comparison on an older file): with it a month over a million sales is read
# from the index alone (about 75 ms instead of 300-700 ms, benchmarks/bench_reports.py). It stays consistent
# after voids by itself, unlike a summary table.
REPORT_INDEX_SQL = (
    "CREATE INDEX IF NOT EXISTS sales_report ON sales (created_at, status, user_id, tariff_id, meter_id, amount, "
    "energy, vat, fixed_charge, debt_recovered, units_kwh10, free_kwh10, customer_id, tender_type, supply_group_id)"
)

SALES_COLUMNS = (
    Column("count", "Sales", COUNT),
    Column("amount", "Amount paid", MONEY),
    Column("energy", "Energy", MONEY),
    Column("vat", "VAT", MONEY),
    Column("fixed_charge", "Fixed charges", MONEY),
    Column("debt_recovered", "Debt recovered", MONEY),
    Column("units", "Units", KWH),
    Column("free_units", "Free units", KWH),
    Column("voided_count", "Voids", COUNT),
    Column("voided_amount", "Voided amount", MONEY),
)

_METRICS = [c.key for c in SALES_COLUMNS]


def _grouping(group: str, offset: int) -> tuple[str, str, str]:
    """(group key SQL on sales, label SQL joining names on the aggregated key ``g``, label title)."""
    if group == "day":
        return local_day_sql("created_at", offset), "a.g", "Day"
    if group == "month":
        return local_month_sql("created_at", offset), "a.g", "Month"
    if group == "cashier":
        return "user_id", "coalesce((SELECT username FROM users WHERE id = a.g), '#' || a.g)", "Cashier"
    if group == "tariff":
        return ("tariff_id", "coalesce((SELECT name || ' (TI ' || printf('%02d', ti) || ')' FROM tariffs "
                             "WHERE id = a.g), 'no tariff')", "Tariff")
    if group == "supply_group":
        # the key revision the sale was made under (sales.supply_group_id, schema 3), not the meter's current one
        return ("coalesce(supply_group_id, (SELECT supply_group_id FROM meters WHERE id = sales.meter_id))",
                "coalesce((SELECT sgc || ' KRN ' || krn || CASE WHEN name != '' THEN ' ' || name ELSE '' END "
                "FROM supply_groups WHERE id = a.g), '#' || a.g)", "Supply group")
    raise UserFacingError(f"Sales cannot be grouped by {group!r}.", f"Choose one of: {', '.join(GROUPS)}.")


def sales_rows(conn: sqlite3.Connection, first: date, last: date, group: str = "day",
               offset: int | None = None) -> list[tuple]:
    """``(label, count, amount, energy, vat, fixed_charge, debt_recovered, units, free_units, voided_count,
    voided_amount)`` per group, in label order, for local days ``first``..``last`` inclusive."""
    return [(label, *_sum(by_tender.values())) for label, by_tender in _aggregate(conn, first, last, group, offset)]


def _sum(parts) -> list[int]:
    sums = [0] * len(_METRICS)
    for part in parts:
        for i, value in enumerate(part):
            sums[i] += value or 0
    return sums


_SUMS = "count, amount, energy, vat, fixed_charge, debt_recovered, units_kwh10, free_kwh10"
_RAW_SUMS = ("count(*), sum(amount), sum(energy), sum(vat), sum(fixed_charge), sum(debt_recovered), sum(units_kwh10), "
             "sum(free_kwh10)")
_DAYS_KEY = {"cashier": "user_id", "tariff": "tariff_id", "supply_group": "supply_group_id"}  # in sales_days


def _add(folded: dict, key, tender: str, status: str, sums) -> None:
    """Fold one (key, payment method, status) sum into the report's metrics: ISSUED as sales, VOIDED apart."""
    metrics = folded.setdefault(key, {}).setdefault(tender, [0] * len(_METRICS))
    if status == "ISSUED":
        for i, value in enumerate(sums):
            metrics[i] += value or 0
    else:  # VOIDED: shown apart
        metrics[-2] += sums[0] or 0
        metrics[-1] += sums[1] or 0


def _aggregate(conn: sqlite3.Connection, first: date, last: date, group: str,
               offset: int | None) -> list[tuple[str, dict[str, list[int]]]]:
    """``[(label, {tender_type: metrics})]`` in label order.

    The sums come from the running sums the triggers of store migration 10 keep beside the sales: by day or
    month from ``sales_hours`` (stored UTC hours, folded into office days; an office offset that is not whole
    hours reads a day at a time from the sales instead), by cashier, tariff or supply group from ``sales_days``
    for the whole UTC days of the period and from the sales for the two part days at its ends. A year over a
    million sales reads some ten thousand rows (benchmarks/bench_reports.py).
    """
    if last < first:
        raise UserFacingError("The report period ends before it starts; swap the dates.")
    offset = utc_offset_minutes(conn) if offset is None else offset
    key_sql, label_sql, _ = _grouping(group, offset)
    start, end = day_bounds(first, last, offset)
    folded: dict = {}
    width = 10 if group == "day" else 7
    if group in ("day", "month") and offset % 60 == 0:
        shift = timedelta(minutes=offset)
        for hour, tender, status, *sums in conn.execute(
                f"SELECT hour, tender_type, status, {_SUMS} FROM sales_hours WHERE hour >= ? AND hour < ? "
                "AND count > 0", (start[:13], end[:13])):
            _add(folded, (datetime.strptime(hour, "%Y-%m-%dT%H") + shift).isoformat()[:width], tender, status, sums)
        return sorted(folded.items())
    raw = f"""SELECT {{key}}, tender_type, status, {_RAW_SUMS} FROM sales
              WHERE created_at >= ? AND created_at < ? AND status IN ('ISSUED', 'VOIDED') GROUP BY 1, 2, 3"""
    if group in ("day", "month"):  # an offset of part hours: a day at a time from the sales, from the first to
        seen = conn.execute("SELECT min(created_at), max(created_at) FROM sales WHERE created_at >= ? "  # the last
                            "AND created_at < ?", (start, end)).fetchone()  # sale of the period
        if seen[0] is None:
            return []
        clock = OfficeTime(offset)
        day, last = max(first, clock.day(seen[0])), min(last, clock.day(seen[1]))
        while day <= last:
            for _, tender, status, *sums in conn.execute(raw.format(key="NULL"), day_bounds(day, day, offset)):
                _add(folded, day.isoformat()[:width], tender, status, sums)
            day += timedelta(days=1)
        return sorted(folded.items())
    lo = start[:10] if start[10:] == "T00:00:00" else (date.fromisoformat(start[:10]) + timedelta(days=1)).isoformat()
    hi = end[:10]  # whole UTC days lo..hi (exclusive) from the running sums, the part days from the sales
    parts = [(start, end)]
    if lo < hi:
        parts = [(start, f"{lo}T00:00:00"), (f"{hi}T00:00:00", end)]
        for key, tender, status, *sums in conn.execute(
                f"SELECT {_DAYS_KEY[group]}, tender_type, status, {', '.join(f'sum({c})' for c in _SUMS.split(', '))} "
                "FROM sales_days WHERE day >= ? AND day < ? GROUP BY 1, 2, 3 HAVING sum(count) > 0", (lo, hi)):
            _add(folded, key, tender, status, sums)
    for a, b in parts:
        if a < b:
            for key, tender, status, *sums in conn.execute(raw.format(key=key_sql), (a, b)):
                _add(folded, key, tender, status, sums)
    named: dict[str, dict[str, list[int]]] = {}  # the few keys named; the same name folds into one row
    for key, by_tender in folded.items():
        name = conn.execute(f"SELECT {label_sql} FROM (SELECT ? AS g) AS a", (key,)).fetchone()[0]
        for tender, metrics in by_tender.items():
            sums = named.setdefault(name, {}).setdefault(tender, [0] * len(_METRICS))
            for i, value in enumerate(metrics):
                sums[i] += value
    return sorted(named.items())


def _tender_order(conn: sqlite3.Connection, seen: set[str]) -> list[str]:
    """The office's accepted payment methods in its order, then any other method found in the period."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'tenders'").fetchone()
    try:
        accepted = list(parse_tenders(json.loads(row[0]))) if row else [CASH]
    except (ValueError, UserFacingError):
        accepted = [CASH]
    return accepted + sorted(seen - set(accepted))


def sales_report(conn: sqlite3.Connection, first: date, last: date, group: str = "day") -> Report:
    """The sales report as a :class:`Report` with a totals row."""
    _, _, title = _grouping(group, 0)
    groups = _aggregate(conn, first, last, group, None)
    tenders = _tender_order(conn, {t for _, by_tender in groups for t in by_tender})
    rows = []
    for label, by_tender in groups:
        per_tender = []
        for t in tenders:
            metrics = by_tender.get(t)
            per_tender += [metrics[0] or 0, metrics[1]] if metrics else [0, 0]
        rows.append((label, *_sum(by_tender.values()), *per_tender))
    rows = tuple(rows)
    tender_columns = tuple(c for t in tenders for c in (
        Column(f"count_{t}", f"{tender_label(t)} sales", COUNT), Column(f"amount_{t}", f"{tender_label(t)} paid", MONEY)))
    width = len(_METRICS) + len(tender_columns)
    totals = ("Total",) + tuple(sum(r[i] for r in rows) for i in range(1, width + 1))
    return Report(
        name=f"sales-by-{group.replace('_', '-')}",
        title=f"Sales by {title.lower()}",
        office=office_from_settings(conn),
        columns=(Column("label", title, TEXT),) + SALES_COLUMNS + tender_columns,
        rows=rows,
        totals=totals,
        period_from=first.isoformat(),
        period_to=last.isoformat(),
        generated_at=now_text(conn),
        notes=("Sales are issued sales; voided sales are shown apart and not counted in the sales figures.",
               "Count and money per payment method follow the sales figures (they add up to them).")
        + (("Supply group: the one (and key revision) each sale's tokens were made under.",)
           if group == "supply_group" else ()),
    )
