"""List reports: free basic electricity issued, debt recovered and outstanding, engineering and key change
tokens with their reasons, meters not vended for N days, consumption and remaining credit from card
write-backs. Each is a function ``(conn, first, last, ...) -> Report`` over the office database.

Card write-backs are read from the ``meter_readings`` table (schema 2) that the IC card module fills at
each recharge, one row per distinct write-back: ``meter_id``, the meter's time ``read_at`` (UTC ISO),
``energy_used_kwh10`` (cumulative consumption) and ``credit_kwh10`` (remaining credit). Rows marked
``initial`` (a blank card's write-back before any meter read it) are not readings and are left out.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta

from sts_pos.errors import UserFacingError
from sts_pos.reports.office import (
    day_bounds,
    local_day_sql,
    office_from_settings,
    utc_offset_minutes,
    utc_text,
)
from sts_pos.reports.table import COUNT, KWH, MONEY, Column, Report, now_text
from sts_pos.vending.office_time import OfficeTime


def _report(conn, name, title, first, last, columns, rows, totals=None, notes=()) -> Report:
    return Report(name=name, title=title, office=office_from_settings(conn), columns=tuple(columns),
                  rows=tuple(tuple(r) for r in rows), totals=totals,
                  period_from=first.isoformat() if first else "", period_to=last.isoformat() if last else "",
                  generated_at=now_text(conn), notes=tuple(notes))


def _range(conn, first: date, last: date) -> tuple[str, str, int]:
    if last < first:
        raise UserFacingError("The report period ends before it starts; swap the dates.")
    offset = utc_offset_minutes(conn)
    start, end = day_bounds(first, last, offset)
    return start, end, offset


def fbe_report(conn: sqlite3.Connection, first: date, last: date) -> Report:
    """Free basic electricity issued: one row per sale that carried free units."""
    start, end, offset = _range(conn, first, last)
    rows = conn.execute(f"""
        SELECT {local_day_sql('s.created_at', offset)}, s.receipt_no, m.meter_number, coalesce(c.name, ''),
               coalesce(c.account_no, ''), s.free_kwh10
        FROM sales s JOIN meters m ON m.id = s.meter_id LEFT JOIN customers c ON c.id = s.customer_id
        WHERE s.created_at >= ? AND s.created_at < ? AND s.status = 'ISSUED' AND s.free_kwh10 > 0
        ORDER BY s.created_at""", (start, end)).fetchall()
    columns = [Column("day", "Day"), Column("receipt_no", "Receipt"), Column("meter", "Meter"),
               Column("customer", "Customer"), Column("account", "Account"), Column("free_units", "Free units", KWH)]
    totals = (f"{len(rows)} tokens", "", "", "", "", sum(r[5] for r in rows))
    return _report(conn, "fbe", "Free basic electricity issued", first, last, columns, rows, totals)


def debt_report(conn: sqlite3.Connection, first: date, last: date) -> Report:
    """Per customer: debt recovered in the period and the balance still outstanding now."""
    start, end, _ = _range(conn, first, last)
    rows = conn.execute("""
        SELECT c.account_no, c.name, coalesce(r.recovered, 0), coalesce(r.sales, 0), c.debt_balance
        FROM customers c LEFT JOIN (
            SELECT customer_id, sum(debt_recovered) AS recovered, count(*) AS sales FROM sales
            WHERE created_at >= ? AND created_at < ? AND status = 'ISSUED' AND debt_recovered > 0
            GROUP BY customer_id) r ON r.customer_id = c.id
        WHERE r.recovered > 0 OR c.debt_balance > 0
        ORDER BY c.debt_balance DESC, c.account_no""", (start, end)).fetchall()
    columns = [Column("account", "Account"), Column("customer", "Customer"),
               Column("recovered", "Recovered in period", MONEY), Column("sales", "Sales with recovery", COUNT),
               Column("outstanding", "Outstanding now", MONEY)]
    totals = ("Total", f"{len(rows)} customers", sum(r[2] for r in rows), sum(r[3] for r in rows),
              sum(r[4] for r in rows))
    return _report(conn, "debt", "Debt recovered and outstanding", first, last, columns, rows, totals)


def engineering_report(conn: sqlite3.Connection, first: date, last: date) -> Report:
    """Engineering tokens (with the technician's reason) and key change tokens (with the job's reason or the
    sale that carried them), in time order."""
    start, end, offset = _range(conn, first, last)
    rows = conn.execute(f"""
        SELECT {local_day_sql('t.created_at', offset)} AS day, m.meter_number, t.kind,
               coalesce(u.username, su.username, '') AS who,
               CASE WHEN t.job_id IS NOT NULL THEN j.kind || ': ' || j.reason
                    ELSE 'with sale ' || s.receipt_no END AS reason,
               t.number, t.created_at
        FROM tokens t JOIN meters m ON m.id = t.meter_id
        LEFT JOIN engineering_jobs j ON j.id = t.job_id LEFT JOIN users u ON u.id = j.user_id
        LEFT JOIN sales s ON s.id = t.sale_id LEFT JOIN users su ON su.id = s.user_id
        WHERE t.created_at >= ? AND t.created_at < ?
          AND (t.job_id IS NOT NULL OR t.kind LIKE 'key_change_%')
        ORDER BY t.created_at, t.id""", (start, end)).fetchall()
    columns = [Column("day", "Day"), Column("meter", "Meter"), Column("kind", "Token"), Column("operator", "By"),
               Column("reason", "Reason"), Column("number", "Token number")]
    rows = [(r[0], r[1], r[2], r[3], r[4], " ".join(r[5][i:i + 4] for i in range(0, 20, 4))) for r in rows]
    kinds = {}
    for r in rows:
        kinds[r[2]] = kinds.get(r[2], 0) + 1
    notes = [f"Tokens by kind: {', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}."] if kinds else []
    return _report(conn, "engineering", "Engineering and key change tokens", first, last, columns, rows,
                   (f"{len(rows)} tokens", "", "", "", "", ""), notes)


def replacements_report(conn: sqlite3.Connection, first: date, last: date) -> Report:
    """Sales whose credit was replaced: re-issued free under the meter's new key after a key change made the
    original token useless (``store.replacements``), with the replacement slip, who and why."""
    start, end, offset = _range(conn, first, last)
    rows = conn.execute(f"""
        SELECT {local_day_sql('r.created_at', offset)}, s.receipt_no, m.meter_number, coalesce(c.name, ''),
               s.units_kwh10 + s.free_kwh10, 'E-' || printf('%06d', r.job_id), coalesce(u.username, ''), r.reason
        FROM replacements r JOIN sales s ON s.id = r.original_sale_id JOIN meters m ON m.id = s.meter_id
        LEFT JOIN customers c ON c.id = s.customer_id LEFT JOIN users u ON u.id = r.user_id
        WHERE r.created_at >= ? AND r.created_at < ?
        ORDER BY r.created_at, r.id""", (start, end)).fetchall()
    columns = [Column("day", "Day"), Column("receipt_no", "Original receipt (replaced)"), Column("meter", "Meter"),
               Column("customer", "Customer"), Column("units", "Units", KWH), Column("slip", "Replacement slip"),
               Column("operator", "By"), Column("reason", "Reason")]
    totals = (f"{len(rows)} replaced", "", "", "", sum(r[4] for r in rows), "", "", "")
    return _report(conn, "replacements", "Replaced tokens (free re-issues after a key change)", first, last,
                   columns, rows, totals, ("The original receipts' money stays in the sales reports; a replacement "
                                           "moves no money.",))


def dormant_report(conn: sqlite3.Connection, days: int, as_of: date) -> Report:
    """Active meters with no issued sale in the ``days`` days up to ``as_of`` (never-vended meters too)."""
    if days < 1:
        raise UserFacingError("The number of days must be at least 1.")
    offset = utc_offset_minutes(conn)
    cutoff = utc_text(datetime.combine(as_of + timedelta(days=1), time()) - timedelta(days=days, minutes=offset))
    # the last issued sale of each meter is one step in the partial index sales_meter_issued (migration 8);
    # the filter and the office day of that sale are worked out in SQL, so only the dormant meters reach Python
    rows = conn.execute("""
        WITH idle AS MATERIALIZED (
            SELECT m.id, m.meter_number, m.customer_id,
                   (SELECT max(s.created_at) FROM sales s WHERE s.meter_id = m.id AND s.status = 'ISSUED') AS last_sale
            FROM meters m WHERE m.active = 1)
        SELECT i.meter_number, coalesce(c.name, ''), coalesce(c.account_no, ''), coalesce(c.phone, ''),
               CASE WHEN i.last_sale IS NULL THEN '' ELSE date(i.last_sale, ?) END
        FROM idle i LEFT JOIN customers c ON c.id = i.customer_id
        WHERE i.last_sale IS NULL OR i.last_sale < ?""", (f"{offset:+d} minutes", cutoff)).fetchall()
    out = [(meter, name, account, phone, since, str((as_of - date.fromisoformat(since)).days) if since else "never")
           for meter, name, account, phone, since in rows]
    out.sort(key=lambda r: (r[4] != "", r[4], r[0]))
    columns = [Column("meter", "Meter"), Column("customer", "Customer"), Column("account", "Account"),
               Column("phone", "Phone"), Column("last_sale", "Last sale"), Column("days", "Days without a sale")]
    report = _report(conn, "dormant", f"Meters not vended for {days} days", None, as_of, columns, out,
                     (f"{len(out)} meters", "", "", "", "", ""))
    return report


def consumption_report(conn: sqlite3.Connection, first: date, last: date) -> Report:
    """Per meter, from the card write-backs recorded at recharge (``meter_readings``): readings in the
    period, consumption over the period (last cumulative minus first), and the latest remaining credit."""
    start, end, offset = _range(conn, first, last)
    rows = conn.execute("""
        WITH r AS (SELECT meter_id, read_at AS t, energy_used_kwh10 AS used, credit_kwh10 AS credit
                   FROM meter_readings WHERE read_at >= ? AND read_at < ? AND initial = 0)
        SELECT m.meter_number, coalesce(c.name, ''), count(*),
               max(r.used) - min(r.used),
               (SELECT credit FROM r r2 WHERE r2.meter_id = r.meter_id ORDER BY t DESC LIMIT 1),
               max(r.t)
        FROM r JOIN meters m ON m.id = r.meter_id LEFT JOIN customers c ON c.id = m.customer_id
        GROUP BY r.meter_id, m.meter_number, c.name ORDER BY m.meter_number""", (start, end)).fetchall()
    clock = OfficeTime(offset)
    rows = [(*r[:5], clock.day(r[5]).isoformat()) for r in rows]  # the last reading's office day
    columns = [Column("meter", "Meter"), Column("customer", "Customer"), Column("readings", "Readings", COUNT),
               Column("consumption", "Consumption", KWH), Column("credit", "Remaining credit", KWH),
               Column("last_read", "Last reading")]
    totals = ("Total", f"{len(rows)} meters", sum(r[2] for r in rows), sum(r[3] or 0 for r in rows),
              sum(r[4] or 0 for r in rows), "")
    return _report(conn, "consumption", "Consumption and remaining credit (card write-backs)", first, last,
                   columns, rows, totals)
