"""Cashier shift reports: X (interim, any time, recomputed) and Z (closing, taken once, immutable).

A shift's figures come from its ``sales`` rows (``sales_shift`` index) and the engineering jobs its
cashier did while it was open: opening float, sales count and money by tender, units, VAT, deductions
(fixed charges, debt recovered), reprints, voids, free units, engineering tokens, and at closing the
counted cash, expected cash and variance (the model of CIM ``CashierShift`` / Juice batch close,
research doc 1.5). Sales are counted per payment method (``sales.tender_type``: cash, card, mobile money,
cheque, ...); only cash reaches the drawer, so expected cash = opening float + cash sales, and the variance
is the counted cash against that. ``takings`` is the money of every method.

The Z report is the closing record: :func:`take_z_report` refuses an open shift, computes the summary
once and appends it to the hash-chained audit log (append-only by trigger), and every later call returns
that stored record, so a void or a reprint after closing never changes a Z that was taken.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from sts_pos.errors import UserFacingError
from sts_pos.reports.office import office_from_settings, office_time
from sts_pos.reports.table import COUNT, KWH, MONEY, TEXT, Column, Report, now_text
from sts_pos.vending.audit import GENESIS, canonical, entry_hash
from sts_pos.vending.office_time import OfficeTime
from sts_pos.vending.tenders import CASH, tender_label

Z_ACTION = "shift.z_report"


class ShiftReportError(UserFacingError):
    """A shift report cannot be made as asked."""


@dataclass(frozen=True)
class ShiftSummary:
    shift_id: int
    cashier: str
    opened_at: str
    closed_at: str | None
    opening_float: int
    sales_count: int
    cash: int
    tendered: int
    change: int
    units: int
    vat: int
    energy: int
    fixed_charges: int
    debt_recovered: int
    free_units: int
    free_count: int
    reprints: int
    voids_count: int
    voids_amount: int
    engineering_tokens: int
    expected_cash: int
    counted_cash: int | None
    variance: int | None
    kind: str = "X"
    taken_at: str = ""
    taken_by: str = ""
    # added with payment methods (a Z taken before has neither: every sale then was cash)
    takings: int | None = None  # money of all issued sales, every payment method
    by_tender: tuple = ()  # ((tender_type, count, money), ...) issued sales per payment method, cash first
    # added with the office clock (a Z taken before has neither)
    first_sale_at: str | None = None  # the shift's first and last issued sale (stored UTC text)
    last_sale_at: str | None = None

    def tenders(self) -> list[tuple[str, int, int]]:
        """``(tender_type, count, money)`` per payment method (a Z from before payment methods: all cash)."""
        if self.by_tender:
            return [(str(t), int(c), int(m)) for t, c, m in self.by_tender]
        return [("cash", self.sales_count, self.cash)] if self.sales_count else []

    @property
    def money_taken(self) -> int:
        return self.cash if self.takings is None else self.takings

    @property
    def units_issued(self) -> int:
        """The units given to the customers: bought units plus free units (what the vend screen and the
        receipt show as the sale's units). ``units`` stays the bought part, as every stored Z has it."""
        return self.units + self.free_units


def shift_summary(conn: sqlite3.Connection, shift_id: int) -> ShiftSummary:
    """The X figures of a shift, computed now."""
    shift = conn.execute("SELECT s.*, u.username FROM shifts s JOIN users u ON u.id = s.user_id WHERE s.id = ?",
                         (shift_id,)).fetchone()
    if shift is None:
        raise ShiftReportError(f"There is no shift number {shift_id}.")
    agg = conn.execute("""
        SELECT sum(status = 'ISSUED'),
               coalesce(sum(CASE WHEN status = 'ISSUED' THEN amount END), 0),
               coalesce(sum(CASE WHEN status = 'ISSUED' THEN tender END), 0),
               coalesce(sum(CASE WHEN status = 'ISSUED' THEN change END), 0),
               coalesce(sum(CASE WHEN status = 'ISSUED' THEN units_kwh10 END), 0),
               coalesce(sum(CASE WHEN status = 'ISSUED' THEN vat END), 0),
               coalesce(sum(CASE WHEN status = 'ISSUED' THEN energy END), 0),
               coalesce(sum(CASE WHEN status = 'ISSUED' THEN fixed_charge END), 0),
               coalesce(sum(CASE WHEN status = 'ISSUED' THEN debt_recovered END), 0),
               coalesce(sum(CASE WHEN status = 'ISSUED' THEN free_kwh10 END), 0),
               coalesce(sum(status = 'ISSUED' AND free_kwh10 > 0), 0),
               coalesce(sum(reprints), 0),
               coalesce(sum(status = 'VOIDED'), 0),
               coalesce(sum(CASE WHEN status = 'VOIDED' THEN amount END), 0),
               min(CASE WHEN status = 'ISSUED' THEN created_at END),
               max(CASE WHEN status = 'ISSUED' THEN created_at END)
        FROM sales WHERE shift_id = ?""", (shift_id,)).fetchone()
    tenders = [tuple(r) for r in conn.execute(
        "SELECT tender_type, count(*), sum(amount) FROM sales WHERE shift_id = ? AND status = 'ISSUED' "
        "GROUP BY tender_type ORDER BY tender_type != 'cash', tender_type", (shift_id,))]
    until = shift["closed_at"] or "9999"
    engineering = conn.execute(
        "SELECT count(*) FROM tokens t JOIN engineering_jobs j ON j.id = t.job_id "
        "WHERE j.user_id = ? AND j.created_at >= ? AND j.created_at < ?",
        (shift["user_id"], shift["opened_at"], until)).fetchone()[0]
    cash = sum(money for tender, _, money in tenders if tender == CASH)
    expected = shift["opening_float"] + cash
    counted = shift["counted_cash"]
    return ShiftSummary(
        shift_id=shift_id, cashier=shift["username"], opened_at=shift["opened_at"], closed_at=shift["closed_at"],
        opening_float=shift["opening_float"], sales_count=agg[0] or 0, cash=cash, tendered=agg[2], change=agg[3],
        units=agg[4], vat=agg[5], energy=agg[6], fixed_charges=agg[7], debt_recovered=agg[8], free_units=agg[9],
        free_count=agg[10], reprints=agg[11], voids_count=agg[12], voids_amount=agg[13],
        engineering_tokens=engineering, expected_cash=expected, counted_cash=counted,
        variance=None if counted is None else counted - expected, takings=agg[1], by_tender=tuple(tenders),
        first_sale_at=agg[14], last_sale_at=agg[15],
    )


def x_report(conn: sqlite3.Connection, shift_id: int) -> ShiftSummary:
    """Interim figures; may be printed any number of times while the shift is open (or after)."""
    return shift_summary(conn, shift_id)


def stored_z_report(conn: sqlite3.Connection, shift_id: int) -> ShiftSummary | None:
    row = conn.execute("SELECT detail FROM audit_log WHERE action = ? "
                       "AND CAST(json_extract(detail, '$.shift_id') AS INTEGER) = ? "
                       "ORDER BY id LIMIT 1", (Z_ACTION, shift_id)).fetchone()
    if row is None:
        return None
    data = json.loads(row[0])["summary"]
    data["by_tender"] = tuple(tuple(t) for t in data.get("by_tender", ()))
    return ShiftSummary(**data)


def take_z_report(conn: sqlite3.Connection, shift_id: int, username: str, now: datetime | None = None) -> ShiftSummary:
    """The closing report of a closed shift: taken once (recorded in the audit log), then always the same.
    ``now`` is the office clock's instant (default: the system clock)."""
    return z_report(conn, shift_id, username, now)[0]


def z_report(conn: sqlite3.Connection, shift_id: int, username: str,
             now: datetime | None = None) -> tuple[ShiftSummary, bool]:
    """``(summary, copy)``: the Z report of a closed shift, taken now if it was never taken (``copy`` False),
    else the stored one (``copy`` True: a reprint, printed marked COPY; the record itself never changes)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        existing = stored_z_report(conn, shift_id)
        if existing is not None:
            conn.execute("COMMIT")
            return existing, True
        summary = shift_summary(conn, shift_id)
        if summary.closed_at is None:
            raise ShiftReportError(f"Shift {shift_id} is still open; close it with the counted cash before the "
                                   "Z report. An X report can be printed at any time.")
        now = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
        summary = ShiftSummary(**{**asdict(summary), "kind": "Z", "taken_at": now, "taken_by": username})
        _append_audit(conn, now, username, Z_ACTION, {"shift_id": shift_id, "summary": asdict(summary)})
        conn.execute("COMMIT")
        return summary, False
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _append_audit(conn: sqlite3.Connection, at: str, username: str, action: str, detail: dict) -> None:
    """Append one hash-chained entry (same chain rule as ``vending.audit``), inside the caller's transaction."""
    last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    entry_id, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    text = canonical(detail)
    conn.execute("INSERT INTO audit_log (id, at, username, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (entry_id, at, username, action, text, prev, entry_hash(prev, entry_id, at, username, action, text)))


_TENDER_LINES = "tenders"  # where the per-payment-method lines go
_LINES = (
    ("Opening float", "opening_float", MONEY), ("Sales", "sales_count", COUNT),
    ("Money taken", "money_taken", MONEY), (_TENDER_LINES, "", None),
    ("Tendered", "tendered", MONEY), ("Change given", "change", MONEY),
    ("Units issued (with free units)", "units_issued", KWH),
    ("Energy", "energy", MONEY), ("VAT", "vat", MONEY), ("Fixed charges", "fixed_charges", MONEY),
    ("Debt recovered", "debt_recovered", MONEY), ("Free units", "free_units", KWH),
    ("Free tokens", "free_count", COUNT), ("Reprints", "reprints", COUNT), ("Voids", "voids_count", COUNT),
    ("Voided amount", "voids_amount", MONEY), ("Engineering tokens", "engineering_tokens", COUNT),
    ("Expected cash", "expected_cash", MONEY), ("Counted cash", "counted_cash", MONEY),
    ("Variance", "variance", MONEY),
)


def shift_report(conn: sqlite3.Connection, summary: ShiftSummary, copy: bool = False) -> Report:
    """A shift summary as a :class:`Report` (item, amount, energy, count) for the screen and PDF/CSV/XLSX/JSON;
    ``copy`` marks a reprinted Z report COPY (title and notes)."""
    columns = (Column("item", "Item", TEXT), Column("money", "Amount", MONEY), Column("units", "Energy", KWH),
               Column("count", "Count", COUNT))
    rows = []
    for label, key, kind in _LINES:
        if label == _TENDER_LINES:
            rows.extend((f"  {tender_label(t)}", money, None, count) for t, count, money in summary.tenders())
            continue
        value = getattr(summary, key)
        rows.append((label, value if kind == MONEY else None, value if kind == KWH else None,
                     value if kind == COUNT else None))
    title = f"{summary.kind} report, shift {summary.shift_id} ({summary.cashier})" + (" - COPY" if copy else "")
    clock = office_time(conn)
    notes = [f"Opened {clock.minute(summary.opened_at)}, closed {clock.minute(summary.closed_at)}." if summary.closed_at
             else f"Opened {clock.minute(summary.opened_at)}, still open."]  # whole sentences, for translation
    if summary.last_sale_at:
        notes.append(f"Sales from {clock.minute(summary.first_sale_at)} to {clock.minute(summary.last_sale_at)}.")
    if summary.kind == "Z":
        if copy:
            notes.append("COPY: a reprint of the Z report; the Z report is taken once.")
        notes.append(f"Z report taken {clock.minute(summary.taken_at)} by {summary.taken_by}; "
                     "it never changes after it was taken.")
    else:
        notes.append("X report: interim figures at the time of printing.")
    return Report(name=f"shift-{summary.kind.lower()}", title=title, office=office_from_settings(conn),
                  columns=columns, rows=tuple(rows), generated_at=now_text(conn), notes=tuple(notes),
                  meta={"shift_id": summary.shift_id, "copy": copy})


def shift_layout(summary: ShiftSummary, office, copy: bool = False) -> list:
    """The shift report as receipt lines, for the thermal printer (ESC/POS) or a roll PDF; ``copy`` marks a
    reprinted Z report COPY."""
    from sts_pos.reports.formatting import format_kwh, format_money
    from sts_pos.reports.receipt import Line

    out = [Line("title", office.name)]
    if office.vat_number:
        out.append(Line("center", f"VAT No {office.vat_number}"))
    out.append(Line("heading", f"{summary.kind} REPORT - SHIFT {summary.shift_id}"))
    if copy:
        out.append(Line("heading", "*** COPY ***"))
    clock = OfficeTime(office.utc_offset_minutes)
    out.append(Line("pair", "Cashier", summary.cashier))
    out.append(Line("pair", "Times in", clock.label))
    out.append(Line("pair", "Opened", clock.minute(summary.opened_at)))
    out.append(Line("pair", "Closed", clock.minute(summary.closed_at) if summary.closed_at else "still open"))
    if summary.last_sale_at:
        out.append(Line("pair", "First sale", clock.minute(summary.first_sale_at)))
        out.append(Line("pair", "Last sale", clock.minute(summary.last_sale_at)))
    out.append(Line("rule"))
    for label, key, kind in _LINES:
        if label == _TENDER_LINES:
            out.extend(Line("pair", f"  {tender_label(t)} ({count})", format_money(money, office.money))
                       for t, count, money in summary.tenders())
            continue
        value = getattr(summary, key)
        if value is None:
            text = "-"
        elif kind == MONEY:
            text = format_money(value, office.money)
        elif kind == KWH:
            text = format_kwh(value)
        else:
            text = str(value)
        out.append(Line("pair", label, text))
    out.append(Line("rule"))
    if summary.kind == "Z":
        out.append(Line("text", f"Taken {clock.minute(summary.taken_at)} by {summary.taken_by}."
                        + (" This is a COPY." if copy else "")))
    else:
        out.append(Line("text", "Interim (X) figures at the time of printing."))
    return out


@dataclass(frozen=True)
class ShiftChoice:
    """One shift as a picker lists it: number, the cashier's name, opened/closed (stored UTC), Z taken."""

    shift_id: int
    user_id: int
    cashier: str  # the full name (the user name when none is recorded)
    opened_at: str
    closed_at: str | None
    z_taken: bool


def shift_choices(conn: sqlite3.Connection, user_id: int | None = None, limit: int = 200) -> list[ShiftChoice]:
    """The latest shifts, newest first: every cashier's, or ``user_id``'s only."""
    where, args = ("WHERE s.user_id = ?", (user_id,)) if user_id is not None else ("", ())
    rows = conn.execute(f"""
        SELECT s.id, s.user_id, coalesce(nullif(u.full_name, ''), u.username), s.opened_at, s.closed_at
        FROM shifts s JOIN users u ON u.id = s.user_id {where} ORDER BY s.id DESC LIMIT ?""",
                        (*args, limit)).fetchall()
    taken = {r[0] for r in conn.execute(
        "SELECT CAST(json_extract(detail, '$.shift_id') AS INTEGER) FROM audit_log WHERE action = ?", (Z_ACTION,))}
    return [ShiftChoice(r[0], r[1], r[2], r[3], r[4], r[0] in taken) for r in rows]


def require_shift_access(conn: sqlite3.Connection, session, shift_id: int) -> None:
    """A supervisor (reports permission) may take the X/Z report of any shift; a cashier of their own only."""
    from sts_pos.vending.roles import Permission, PermissionDenied

    if session.can(Permission.REPORTS):
        return
    session.require(Permission.SHIFT)
    row = conn.execute("SELECT user_id FROM shifts WHERE id = ?", (shift_id,)).fetchone()
    if row is not None and row[0] != session.user_id:
        raise PermissionDenied(f"{session.username} may take the reports of their own shifts only; "
                               "ask a supervisor.")
