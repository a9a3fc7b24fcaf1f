"""What a receipt says about a sale delivered to a remote meter through its GPRS collector (``deliveries``)."""

from __future__ import annotations

import sqlite3

from sts_pos.vending.office_time import OfficeTime


def delivery_note(conn: sqlite3.Connection, sale_id: int, offset_minutes: int) -> tuple[str, ...]:
    """One note line for the receipt of a sale whose tokens go to the meter through a collector (none else)."""
    rows = conn.execute("SELECT collector_id, status, updated_at, result FROM deliveries WHERE sale_id = ? "
                        "ORDER BY id", (sale_id,)).fetchall()
    if not rows:
        return ()
    collector, statuses = rows[0][0], {r[1] for r in rows}
    when = OfficeTime(offset_minutes).minute(max(r[2] for r in rows))
    if statuses == {"accepted"}:
        return (f"SENT TO THE METER through collector {collector}: accepted {when}. Nothing to type in.",)
    if statuses & {"rejected", "failed"}:
        return (f"NOT DELIVERED through collector {collector} ({when}): enter the tokens above on the meter.",)
    return (f"BEING SENT TO THE METER through collector {collector}: the credit arrives by itself; enter the "
            "tokens above only if the meter does not show it.",)
