"""Every report by name, for ``sts-pos report NAME`` and the GUI's report list.

:func:`build_report` makes the :class:`~sts_pos.reports.table.Report`; :func:`sts_pos.reports.table.export`
turns it into PDF, CSV, XLSX or JSON bytes.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from sts_pos.errors import UserFacingError
from sts_pos.reports import lists, sales, shift
from sts_pos.reports.table import Report

REPORTS: dict[str, str] = {
    "sales-by-day": "Sales by day",
    "sales-by-month": "Sales by month",
    "sales-by-cashier": "Sales by cashier",
    "sales-by-tariff": "Sales by tariff",
    "sales-by-supply-group": "Sales by supply group",
    "fbe": "Free basic electricity issued",
    "debt": "Debt recovered and outstanding",
    "engineering": "Engineering and key change tokens",
    "replacements": "Replaced tokens (free re-issues after a key change)",
    "dormant": "Meters not vended for N days",
    "consumption": "Consumption and remaining credit (card write-backs)",
    "alarms": "Alarms from remote meters, by kind",
    "silent": "Remote meters silent for N days",
    "shift-x": "X report of a shift",
    "shift-z": "Z report of a closed shift",
}


def report_names() -> list[tuple[str, str]]:
    return list(REPORTS.items())


def build_report(conn: sqlite3.Connection, name: str, first: date, last: date, *, days: int = 30,
                 shift_id: int | None = None, username: str = "", reprint: bool = False, now=None) -> Report:
    """The report ``name`` for local days ``first``..``last``; ``days`` for ``dormant``, ``shift_id`` for shifts.

    ``shift-z`` takes the Z report of a closed shift once; later ones are the stored record marked COPY.
    ``reprint`` only reprints (refused when the Z was never taken); ``now`` is the office clock's instant."""
    if name.startswith("sales-by-"):
        return sales.sales_report(conn, first, last, name.removeprefix("sales-by-").replace("-", "_"))
    if name == "fbe":
        return lists.fbe_report(conn, first, last)
    if name == "debt":
        return lists.debt_report(conn, first, last)
    if name == "engineering":
        return lists.engineering_report(conn, first, last)
    if name == "replacements":
        return lists.replacements_report(conn, first, last)
    if name == "dormant":
        return lists.dormant_report(conn, days, last)
    if name == "consumption":
        return lists.consumption_report(conn, first, last)
    if name in ("alarms", "silent"):  # the remote channel (GPRS collectors)
        from sts_pos.reports import remote

        return remote.alarms_report(conn, first, last) if name == "alarms" else remote.silent_report(conn, days, last)
    if name in ("shift-x", "shift-z"):
        if shift_id is None:
            raise UserFacingError("Say which shift: give its number (--shift N).")
        if name == "shift-x":
            return shift.shift_report(conn, shift.x_report(conn, shift_id))
        if reprint and shift.stored_z_report(conn, shift_id) is None:
            raise UserFacingError(f"The Z report of shift {shift_id} was never taken, so there is no copy to "
                                  "reprint; take it once without --copy after the shift is closed.")
        summary, copy = shift.z_report(conn, shift_id, username or "unknown", now)
        return shift.shift_report(conn, summary, copy=copy)
    raise UserFacingError(f"There is no report called {name!r}.", f"Choose one of: {', '.join(REPORTS)}.")
