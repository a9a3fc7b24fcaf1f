"""Building a :class:`~sts_pos.reports.receipt_data.Receipt` from what the office recorded.

Two sources: the vending layer's frozen ``vending.receipt.Receipt`` (:func:`from_vending`, what the GUI
holds right after a vend) and the office database (:func:`receipt_for_sale`, :func:`slip_for_job`, for
``sts-pos print`` and reprints). Both read the same ``sales`` row and its ``breakdown`` (the quote's
``as_dict``), so a receipt printed today and a reprint next month agree with each other and with the
reports, which sum the same rows. Times are printed in the office's wall-clock time.
"""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal

from sts_pos.errors import UserFacingError
from sts_pos.reports.office import local_time, office_from_settings, utc_offset_minutes
from sts_pos.reports.receipt_data import (
    CARD_PURCHASE,
    ENGINEERING,
    SALE,
    Block,
    Deduction,
    MoneyStyle,
    Office,
    Receipt,
    ReceiptToken,
)
from sts_pos.vending.tenders import tender_label

_DEDUCTION_NAMES = {"fixed_charge": "Fixed charge", "debt": "Debt recovery"}


class ReceiptNotFound(UserFacingError):
    """No sale or engineering job with that number."""


def _deductions(items) -> tuple[Deduction, ...]:
    out = []
    for d in items:
        get = d.get if isinstance(d, dict) else (lambda k, default=None, _d=d: getattr(_d, k, default))
        label = get("description") or _DEDUCTION_NAMES.get(get("kind"), str(get("kind")).replace("_", " ").title())
        out.append(Deduction(label, int(get("amount")), int(get("tax") or 0), get("balance_after")))
    return tuple(out)


def _blocks(items) -> tuple[Block, ...]:
    out = []
    for b in items:
        get = b.get if isinstance(b, dict) else (lambda k, default=None, _b=b: getattr(_b, k, default))
        out.append(Block(f"Block {get('block')}", int(get("kwh10")), Decimal(str(get("rate"))),
                         Decimal(str(get("cost")))))
    return tuple(out)


def from_vending(v, office_phone: str = "", offset_minutes: int = 0) -> Receipt:
    """Map the vending layer's receipt description (``vending.receipt.Receipt``) onto the layout's."""
    office = Office(name=v.office_name, vat_number=v.office_vat_number, address=v.office_address,
                    phone=office_phone, money=MoneyStyle.of(v.currency))
    issued = v.issued_at
    if issued.tzinfo is not None:
        issued = local_time(issued.isoformat(), offset_minutes)
    is_sale = getattr(v, "kind", SALE) == SALE
    kind = CARD_PURCHASE if is_sale and getattr(v, "meter_kind", "") == "ic_card" else getattr(v, "kind", SALE)
    return Receipt(
        office=office, kind=kind, receipt_number=v.receipt_no, transaction_id=v.request_id,
        issued_at=issued, operator=v.operator, customer_name=v.customer_name, customer_address=v.customer_address,
        account=v.customer_account, meter_number=v.meter_number, sgc=v.sgc, ti=v.ti, krn=v.krn,
        key_type=v.key_type, ea=v.ea, tariff=v.tariff_name,
        payment_method=getattr(v, "tender_label", "") if is_sale else "",
        tendered=v.tender if is_sale else None, change=v.change if is_sale else None,
        amount=v.amount if is_sale else None, deductions=_deductions(v.deductions),
        vat=v.vat if is_sale else None, energy_amount=v.energy if is_sale else None,
        units=v.units_kwh10 if is_sale else None, blocks=_blocks(v.blocks), free_units=v.free_kwh10 or None,
        tokens=tuple(ReceiptToken(t.kind, t.number, t.units_kwh10, t.tid) for t in v.tokens),
        copy=v.copy, reason=v.reason,
        card_serial=str(v.extra.get("card_serial", "")) if getattr(v, "extra", None) else "",
        purchase_count=v.extra.get("purchase_count") if getattr(v, "extra", None) else None,
        notes=(f"VOIDED: {v.reason}".strip(),) if getattr(v, "status", "ISSUED") == "VOIDED" else (),
    )


_SALE_SQL = """
    SELECT s.*, coalesce(nullif(u.full_name, ''), u.username) AS username, m.meter_number, m.ti AS meter_ti, m.key_type, m.kind AS meter_kind,
           m.card_serial, g.sgc, g.krn, g.ea, c.name AS customer_name, c.address AS customer_address,
           c.account_no, t.name AS tariff_name, t.ti AS tariff_ti
    FROM sales s
    JOIN users u ON u.id = s.user_id
    JOIN meters m ON m.id = s.meter_id
    JOIN supply_groups g ON g.id = m.supply_group_id
    LEFT JOIN customers c ON c.id = s.customer_id
    LEFT JOIN tariffs t ON t.id = s.tariff_id
"""


def _tokens(conn: sqlite3.Connection, column: str, row_id: int) -> tuple[ReceiptToken, ...]:
    rows = conn.execute(f"SELECT kind, number, units_kwh10, tid FROM tokens WHERE {column} = ? ORDER BY seq",
                        (row_id,)).fetchall()
    return tuple(ReceiptToken(r[0], r[1], r[2], r[3]) for r in rows)


def _key_params(plan: str | None, row) -> tuple[str, int, int]:
    """SGC/TI/KRN the sale's credit token was made for: the sale's plan (its key change target if the sale
    carried key change tokens, else the meter's parameters at the time), else the meter's current ones."""
    try:
        data = json.loads(plan) if plan else {}
    except ValueError:
        data = {}
    params = data.get("target") or data.get("current") or {}
    if isinstance(params, dict) and params.get("sgc"):
        return str(params["sgc"]), int(params.get("ti", row["meter_ti"])), int(params.get("krn", row["krn"]))
    return row["sgc"], row["meter_ti"], row["krn"]


def receipt_for_sale(conn: sqlite3.Connection, sale_id: int | None = None, receipt_no: str | None = None,
                     copy: bool = False, office: Office | None = None) -> Receipt:
    """The receipt of a recorded sale (by id or receipt number); ``copy=True`` for a reprint."""
    if sale_id is not None:
        row = conn.execute(_SALE_SQL + " WHERE s.id = ?", (sale_id,)).fetchone()
    else:
        row = conn.execute(_SALE_SQL + " WHERE s.receipt_no = ?", (receipt_no,)).fetchone()
    if row is None:
        raise ReceiptNotFound(f"There is no sale with receipt number {receipt_no or sale_id}.",
                              "Check the number on the customer's receipt or search the meter's sales.")
    if row["status"] == "PENDING":
        raise UserFacingError(f"Sale {row['receipt_no']} is not finished yet; it has no token to print.",
                              "Restart sts-pos so that the interrupted sale is completed or voided.")
    office = office or office_from_settings(conn)
    offset = utc_offset_minutes(conn)
    breakdown = json.loads(row["breakdown"] or "{}")
    sgc, ti, krn = _key_params(row["plan"], row)
    notes = ()
    if row["status"] == "VOIDED":
        notes = (f"VOIDED: {row['void_reason'] or ''}".strip(),)
    tokens = _tokens(conn, "sale_id", row["id"])
    from sts_pos.reports.deliveries import delivery_note  # a remote meter: sent through its collector

    notes += delivery_note(conn, row["id"], offset)
    notes += sale_notes(conn, row["id"])  # replaced; earlier tokens to enter before its key change tokens
    return Receipt(
        office=office, kind=CARD_PURCHASE if row["meter_kind"] == "ic_card" else SALE,
        receipt_number=row["receipt_no"], transaction_id=row["request_id"],
        issued_at=local_time(row["created_at"], offset), operator=row["username"],
        customer_name=row["customer_name"] or "", customer_address=row["customer_address"] or "",
        account=row["account_no"] or "", meter_number=row["meter_number"], sgc=sgc, ti=ti, krn=krn,
        key_type=row["key_type"], ea=row["ea"], tariff=row["tariff_name"] or "",
        payment_method=tender_label(row["tender_type"]),
        tendered=row["tender"], change=row["change"], amount=row["amount"],
        deductions=_deductions(breakdown.get("deductions", ())), vat=row["vat"], energy_amount=row["energy"],
        units=row["units_kwh10"], blocks=_blocks(breakdown.get("blocks", ())),
        free_units=row["free_kwh10"] or None, tokens=tokens, copy=copy,
        card_serial=(row["card_serial"] or "") if row["meter_kind"] == "ic_card" else "", notes=notes,
        purchase_count=row["card_purchase_count"] if row["meter_kind"] == "ic_card" else None,
    )


def slip_for_job(conn: sqlite3.Connection, job_id: int, copy: bool = False, office: Office | None = None) -> Receipt:
    """The engineering-token slip of an engineering job (who, why, which tokens)."""
    row = conn.execute(
        """SELECT j.*, u.username, m.meter_number, m.ti AS meter_ti, m.key_type, g.sgc, g.krn, g.ea
           FROM engineering_jobs j JOIN users u ON u.id = j.user_id JOIN meters m ON m.id = j.meter_id
           JOIN supply_groups g ON g.id = m.supply_group_id WHERE j.id = ?""", (job_id,)).fetchone()
    if row is None:
        raise ReceiptNotFound(f"There is no engineering job number {job_id}.")
    office = office or office_from_settings(conn)
    notes: tuple[str, ...] = ()
    if row["kind"] == "replacement":
        notes = _replacement_note(conn, row["id"], utc_offset_minutes(conn))
    elif row["kind"] in ("key_change", "rollover"):  # earlier tokens the key change will make useless
        from sts_pos.reports.unentered import possibly_unentered, slip_notes

        notes = slip_notes(possibly_unentered(conn, meter_ids=[row["meter_id"]], before=row["created_at"],
                                              exclude_job=row["id"]))
    return Receipt(
        office=office, kind=ENGINEERING, receipt_number=f"E-{row['id']:06d}", transaction_id=row["request_id"] or "",
        issued_at=local_time(row["created_at"], utc_offset_minutes(conn)), operator=row["username"],
        meter_number=row["meter_number"], sgc=row["sgc"], ti=row["meter_ti"], krn=row["krn"],
        key_type=row["key_type"], ea=row["ea"], reason=f"{row['kind'].replace('_', ' ')}: {row['reason']}",
        tokens=_tokens(conn, "job_id", row["id"]), copy=copy, notes=notes,
    )


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
