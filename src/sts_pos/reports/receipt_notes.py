"""What the office's records add to a receipt (:class:`sts_pos.vending.receipt.Receipt`), printed after its
tokens: a remote meter's tokens go through its collector (``reports.deliveries``), a credit that was replaced
under the meter's new key, a replacement slip's original receipt, and, with key change tokens, the meter's
earlier tokens that may not have been entered yet (``reports.unentered``). The same notes on the first print,
a reprint, ``sts-pos print`` and the GUI's preview: every caller goes through :func:`with_notes`.
"""

from __future__ import annotations

import sqlite3

from sts_pos.reports.office import local_time, utc_offset_minutes
from sts_pos.vending.receipt import ENGINEERING, Receipt


def with_notes(receipt: Receipt, conn: sqlite3.Connection) -> Receipt:
    """The receipt with the notes its records call for (the same receipt when there are none)."""
    if receipt.kind == ENGINEERING:
        return receipt.with_notes(job_notes(conn, receipt.job_id))
    from sts_pos.reports.deliveries import delivery_note

    notes = delivery_note(conn, receipt.sale_id, utc_offset_minutes(conn))
    return receipt.with_notes(notes + sale_notes(conn, receipt.sale_id))


def sale_notes(conn: sqlite3.Connection, sale_id: int) -> tuple[str, ...]:
    """What a sale's receipt adds from the office's records: that its credit was replaced, and, when it carries
    key change tokens, the meter's earlier tokens that may not have been entered yet (``reports.unentered``)."""
    row = conn.execute("SELECT meter_id, created_at FROM sales WHERE id = ?", (sale_id,)).fetchone()
    if row is None:
        return ()
    notes = _replaced_note(conn, sale_id, utc_offset_minutes(conn))
    if conn.execute("SELECT 1 FROM tokens WHERE sale_id = ? AND kind LIKE 'key_change_%'", (sale_id,)).fetchone():
        from sts_pos.reports.unentered import possibly_unentered, slip_notes

        notes += slip_notes(possibly_unentered(conn, meter_ids=[row[0]], before=row[1], exclude_sale=sale_id))
    return notes


def job_notes(conn: sqlite3.Connection, job_id: int) -> tuple[str, ...]:
    """An engineering slip's notes: a replacement's original receipt; a key change's earlier tokens that the
    change will make useless if they are not entered first."""
    row = conn.execute("SELECT kind, meter_id, created_at FROM engineering_jobs WHERE id = ?", (job_id,)).fetchone()
    if row is None:
        return ()
    if row[0] == "replacement":
        return _replacement_note(conn, job_id, utc_offset_minutes(conn))
    if row[0] in ("key_change", "rollover"):
        from sts_pos.reports.unentered import possibly_unentered, slip_notes

        return slip_notes(possibly_unentered(conn, meter_ids=[row[1]], before=row[2], exclude_job=job_id))
    return ()


def _replacement_note(conn: sqlite3.Connection, job_id: int, offset: int) -> tuple[str, ...]:
    """A replacement slip's first words: the receipt whose credit it replaces (``store.replacements``)."""
    row = conn.execute("SELECT s.receipt_no, s.created_at, s.units_kwh10 + s.free_kwh10 FROM replacements r "
                       "JOIN sales s ON s.id = r.original_sale_id WHERE r.job_id = ?", (job_id,)).fetchone()
    if row is None:
        return ()
    return (f"Replacement for receipt {row[0]} of {local_time(row[1], offset):%Y-%m-%d %H:%M} "
            f"({row[2] / 10:.1f} kWh), at no charge: the meter's key changed after that token was made. The old "
            "token no longer works; enter this one.",)


def _replaced_note(conn: sqlite3.Connection, sale_id: int, offset: int) -> tuple[str, ...]:
    """On the original's receipt: its credit was replaced (by which slip, when)."""
    row = conn.execute("SELECT job_id, created_at FROM replacements WHERE original_sale_id = ?", (sale_id,)).fetchone()
    if row is None:
        return ()
    return (f"REPLACED: this credit was re-issued under the meter's new key on "
            f"{local_time(row[1], offset):%Y-%m-%d %H:%M} (slip E-{row[0]:06d}); the tokens above no longer work.",)
