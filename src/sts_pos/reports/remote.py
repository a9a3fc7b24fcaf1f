"""Reports of the remote channel (GPRS collectors): alarms by kind over a period, and the remote meters that
fell silent (no collector reading for N days). Consumption from collector readings is in the
``consumption`` report, which reads every ``meter_readings`` row whatever its source."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta

from sts_pos.errors import UserFacingError
from sts_pos.reports.lists import _range, _report
from sts_pos.reports.office import utc_offset_minutes, utc_text
from sts_pos.reports.table import COUNT, Column, Report
from sts_pos.vending.office_time import OfficeTime

KIND_TITLES = {"tamper": "Tamper", "low_credit": "Low credit", "relay_open": "Relay open",
               "silent": "Meter silent", "clock_off": "Meter clock off", "power_off": "Power cut"}


def alarms_report(conn: sqlite3.Connection, first: date, last: date) -> Report:
    """Alarms raised in the period, by kind: how many, on how many meters, still open, acknowledged."""
    start, end, _ = _range(conn, first, last)
    rows = conn.execute("""
        SELECT kind, count(*), count(DISTINCT meter_id), sum(cleared_at IS NULL), sum(acknowledged_at IS NOT NULL)
        FROM meter_alarms WHERE raised_at >= ? AND raised_at < ? GROUP BY kind ORDER BY kind""",
                        (start, end)).fetchall()
    out = [(KIND_TITLES.get(r[0], r[0]), r[1], r[2], r[3], r[4]) for r in rows]
    columns = [Column("kind", "Alarm"), Column("raised", "Raised", COUNT), Column("meters", "Meters", COUNT),
               Column("open", "Condition still there", COUNT), Column("acknowledged", "Acknowledged", COUNT)]
    totals = ("Total", sum(r[1] for r in out), None, sum(r[3] for r in out), sum(r[4] for r in out))
    return _report(conn, "alarms", "Alarms from remote meters, by kind", first, last, columns, out, totals)


def silent_report(conn: sqlite3.Connection, days: int, as_of: date) -> Report:
    """Remote meters without a collector reading in the ``days`` days up to ``as_of``."""
    if days < 1:
        raise UserFacingError("The number of days must be at least 1.")
    offset = utc_offset_minutes(conn)
    cutoff = utc_text(datetime.combine(as_of + timedelta(days=1), time()) - timedelta(days=days, minutes=offset))
    rows = conn.execute("""
        SELECT m.meter_number, coalesce(c.name, ''), m.collector_id, m.remote_since,
               (SELECT max(r.recorded_at) FROM meter_readings r WHERE r.meter_id = m.id AND r.source = 'collector')
        FROM meters m LEFT JOIN customers c ON c.id = m.customer_id
        WHERE m.collector_id IS NOT NULL AND m.active = 1 ORDER BY m.meter_number""").fetchall()
    clock = OfficeTime(offset)
    out = []
    for meter, name, collector, since, last in rows:
        if (last or since) < cutoff:
            seen = clock.minute(last) if last else "never"
            out.append((meter, name, collector, seen, (as_of - clock.day(last or since)).days))
    columns = [Column("meter", "Meter"), Column("customer", "Customer"), Column("collector", "Collector"),
               Column("last_reading", "Last reading"), Column("days", "Days silent", COUNT)]
    return _report(conn, "silent", f"Remote meters silent for {days} days", None, as_of, columns, out,
                   (f"{len(out)} meters", "", "", "", None))
