"""Before a key change or a TID rollover: the sales whose tokens may not have been entered yet.

After a meter takes its key change tokens it can no longer read tokens made under its old key, so a customer's
unused tokens stop working. Before a key change or rollover for one meter or a whole supply group, the sales of
the last ``days`` days (30) are listed whose tokens may still be unentered: no later token was issued to the
meter and no card write-back from it was recorded after the sale (nor was the sale's credit replaced). The key
change slip and a sale receipt that carries key change tokens print them with the advice to enter them first
(``reports.receipt_notes``); ``sts-pos unentered`` lists them before the change.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from sts_pos.reports.office import local_time, utc_offset_minutes

DAYS = 30
ADVICE = ("Enter these earlier tokens first if the customer has not entered them yet: after the key change "
          "the meter cannot read them.")


def _stored(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def possibly_unentered(conn: sqlite3.Connection, *, meter_ids: list[int] | None = None, sgc: str | None = None,
                       days: int = DAYS, before: datetime | str | None = None, exclude_sale: int | None = None,
                       exclude_job: int | None = None) -> list[dict]:
    """Issued sales of the meters (``meter_ids``, or every meter of supply group ``sgc``) made in the ``days``
    days before ``before`` (default now) that no later token or card write-back follows. The tokens of
    ``exclude_sale`` / ``exclude_job`` (the key change itself) do not count as later tokens."""
    if isinstance(before, str):
        before = datetime.fromisoformat(before)
    before = before or datetime.now(UTC)
    cutoff = before - timedelta(days=days)
    where, args = [], [_stored(cutoff), _stored(before)]
    if meter_ids is not None:
        if not meter_ids:
            return []
        where.append(f"s.meter_id IN ({','.join('?' * len(meter_ids))})")
        args += list(meter_ids)
    if sgc is not None:
        where.append("m.supply_group_id IN (SELECT id FROM supply_groups WHERE sgc = ?)")
        args.append(sgc)
    rows = conn.execute(f"""
        SELECT s.id, s.receipt_no, s.created_at, s.units_kwh10, s.free_kwh10, s.meter_id, m.meter_number,
               coalesce(c.name, '') AS customer, coalesce(c.phone, '') AS phone
        FROM sales s JOIN meters m ON m.id = s.meter_id LEFT JOIN customers c ON c.id = s.customer_id
        WHERE s.status = 'ISSUED' AND s.created_at >= ? AND s.created_at < ? {''.join(' AND ' + w for w in where)}
          AND NOT EXISTS (SELECT 1 FROM tokens t WHERE t.meter_id = s.meter_id
                          AND t.id > (SELECT max(t2.id) FROM tokens t2 WHERE t2.sale_id = s.id)
                          AND t.sale_id IS NOT ? AND t.job_id IS NOT ?)
          AND NOT EXISTS (SELECT 1 FROM meter_readings r WHERE r.meter_id = s.meter_id AND r.initial = 0
                          AND r.recorded_at > s.created_at)
          AND NOT EXISTS (SELECT 1 FROM replacements x WHERE x.original_sale_id = s.id)
        ORDER BY m.meter_number, s.created_at, s.id""", (*args, exclude_sale or -1, exclude_job or -1)).fetchall()
    offset = utc_offset_minutes(conn)
    out = []
    for r in rows:
        tokens = [(t[0], t[1]) for t in conn.execute(
            "SELECT kind, number FROM tokens WHERE sale_id = ? AND kind IN ('credit', 'free') ORDER BY seq", (r[0],))]
        out.append({"sale_id": r[0], "receipt_no": r[1], "created_at": r[2],
                    "office_time": f"{local_time(r[2], offset):%Y-%m-%d %H:%M}", "units_kwh10": r[3] + r[4],
                    "meter_id": r[5], "meter_number": r[6], "customer": r[7], "phone": r[8],
                    "tokens": [{"kind": k, "number": n} for k, n in tokens]})
    return out


def grouped(number: str) -> str:
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4))


def slip_notes(items: list[dict], with_meter: bool = False) -> tuple[str, ...]:
    """The lines a key change slip prints for ``items`` (nothing when there are none)."""
    if not items:
        return ()
    lines = [ADVICE]
    for item in items:
        meter = f"meter {item['meter_number']}, " if with_meter else ""
        units = f"{item['units_kwh10'] / 10:.1f} kWh"
        lines.append(f"- {meter}receipt {item['receipt_no']}, {item['office_time']}, {units}: "
                     + ", ".join(grouped(t["number"]) for t in item["tokens"]))
    return tuple(lines)
