"""Receipt layout: one :class:`~sts_pos.reports.receipt_data.Receipt` -> a list of styled lines.

Every output paints the same lines: the reportlab PDF (:mod:`sts_pos.reports.receipt_pdf`, 58 mm, 80 mm
and A4), the ESC/POS byte stream (:mod:`sts_pos.devices.printers.escpos_receipt`) and the GUI's QPrinter
painter, which walks :func:`receipt_layout` (styled) or :func:`receipt_text` (plain, N columns).

Line styles: ``title`` (office name, large bold, centred), ``center`` (small centred text), ``heading``
(bold centred), ``copy`` (the COPY marker, inverted/bold), ``pair`` (label left, value right),
``text`` (left, wrapped), ``rule``, ``token_label`` and ``token`` (the 20 digits in 4-4-4-4-4 groups,
large monospaced), ``qr`` (payload in ``right``: the token digits) and ``blank``.
Token order is entry order (key change tokens first, then credit), as the vending layer issued them.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sts_pos.reports.formatting import format_kwh, format_money, format_rate
from sts_pos.reports.receipt_data import CARD_PURCHASE, ENGINEERING, Receipt

COLUMNS_58MM = 32
COLUMNS_80MM = 42


@dataclass(frozen=True)
class Line:
    """One printed line: a style and its text (``left``; ``right`` for pairs, the payload for ``qr``)."""

    style: str
    left: str = ""
    right: str = ""


_HEADINGS = {
    ENGINEERING: "ENGINEERING TOKEN SLIP",
    CARD_PURCHASE: "CARD PURCHASE SLIP",
}


def _key_params(r: Receipt) -> str:
    parts = [r.sgc or "-"]
    parts.append(f"{r.ti:02d}" if r.ti is not None else "-")
    parts.append(str(r.krn) if r.krn is not None else "-")
    return " / ".join(parts)


def _instruction(r: Receipt) -> str:
    if r.kind == CARD_PURCHASE:
        return "Insert the card into the meter to load the purchase."
    if any(t.kind.startswith("key_change") for t in r.tokens):
        return "Enter the tokens in the order printed: key change tokens first."
    if len(r.tokens) > 1:
        return "Enter the tokens in the order printed."
    if r.tokens:
        return "Enter the token on the meter keypad."
    return ""


def receipt_layout(r: Receipt) -> list[Line]:
    """The receipt as styled lines, top to bottom."""
    money = lambda v: format_money(v, r.office.money)  # noqa: E731
    out: list[Line] = [Line("title", r.office.name)]
    if r.office.address:
        out.append(Line("center", r.office.address))
    if r.office.phone:
        out.append(Line("center", f"Tel {r.office.phone}"))
    if r.office.vat_number:
        out.append(Line("center", f"VAT No {r.office.vat_number}"))
    if r.copy:
        out.append(Line("copy", "*** COPY ***"))
    out.append(Line("heading", _HEADINGS.get(r.kind, "PREPAID ELECTRICITY")))
    out.append(Line("pair", "Receipt No", r.receipt_number))
    if r.transaction_id:
        out.append(Line("pair", "Transaction", r.transaction_id))
    out.append(Line("pair", "Date", r.issued_at.strftime("%Y-%m-%d %H:%M")))
    out.append(Line("pair", "Operator", r.operator))
    out.append(Line("rule"))
    if r.customer_name:
        out.append(Line("pair", "Customer", r.customer_name))
    if r.customer_address:
        out.append(Line("text", r.customer_address))
    if r.account:
        out.append(Line("pair", "Account", r.account))
    out.append(Line("pair", "Meter No", r.meter_number))
    out.append(Line("pair", "SGC / TI / KRN", _key_params(r)))
    if r.tariff:
        out.append(Line("pair", "Tariff", r.tariff))
    if r.card_serial:
        out.append(Line("pair", "Card", r.card_serial))
    if r.purchase_count is not None:
        out.append(Line("pair", "Purchase No", str(r.purchase_count)))
    if r.reason:
        out.append(Line("text", f"Reason: {r.reason}"))
    out.extend(_money_lines(r, money))
    out.append(Line("rule"))
    for index, token in enumerate(r.tokens, start=1):
        units = f"  {format_kwh(token.units)}" if token.units is not None else ""
        out.append(Line("token_label", f"{index}. {token.label}{units}"))
        out.append(Line("token", token.grouped))
    instruction = _instruction(r)
    if instruction:
        out.append(Line("text", instruction))
    if r.tokens:
        out.append(Line("qr", "", r.qr_payload))
    for note in r.notes:
        out.append(Line("text", note))
    if r.copy:
        out.append(Line("copy", "*** COPY ***"))
    if r.kind != ENGINEERING:
        out.append(Line("center", "Thank you"))
    return out


def _money_lines(r: Receipt, money) -> list[Line]:
    out: list[Line] = []
    has_money = any(v is not None for v in (r.tendered, r.amount, r.units)) or r.deductions
    if not has_money:
        return out
    out.append(Line("rule"))
    if r.payment_method:
        out.append(Line("pair", "Paid by", r.payment_method))
    if r.tendered is not None:
        out.append(Line("pair", "Tendered", money(r.tendered)))
    if r.change is not None:
        out.append(Line("pair", "Change", money(r.change)))
    if r.amount is not None:
        out.append(Line("pair", "Amount paid", money(r.amount)))
    for d in r.deductions:
        out.append(Line("pair", d.label, money(d.amount)))
        if d.tax:
            out.append(Line("pair", "  incl. tax", money(d.tax)))
        if d.balance_after is not None:
            out.append(Line("pair", "  Balance owing", money(d.balance_after)))
    if r.vat is not None:
        out.append(Line("pair", "VAT", money(r.vat)))
    if r.energy_amount is not None:
        out.append(Line("pair", "Energy amount", money(r.energy_amount)))
    if r.units is not None:
        out.append(Line("pair", "Units", format_kwh(r.units)))
    for b, amount in zip(r.blocks, _block_amounts(r)):
        rate = format_rate(b.rate, r.office.money)
        out.append(Line("pair", f"  {b.label} {format_kwh(b.units)} x {rate}", money(amount)))
    if r.free_units:
        out.append(Line("pair", "Free units (FBE)", format_kwh(r.free_units)))
    return out


def _block_amounts(r: Receipt) -> list[int]:
    """Block costs in whole minor units that add up to the energy amount printed above them: each block's
    exact cost rounded half up, the last one taking the rounding (the energy charge is the exact total
    rounded up), so the customer's sum matches the receipt."""
    amounts = [int(Decimal(b.amount).to_integral_value(rounding=ROUND_HALF_UP)) for b in r.blocks]
    if amounts and r.energy_amount is not None:
        amounts[-1] = r.energy_amount - sum(amounts[:-1])
    return amounts


def _pair_text(left: str, right: str, columns: int) -> list[str]:
    if len(left) + len(right) + 1 <= columns:
        return [left + " " * (columns - len(left) - len(right)) + right]
    # Too long for one line: label on its own line(s), value right-aligned below.
    lines = textwrap.wrap(left, columns) or [""]
    lines.extend(line.rjust(columns) for line in textwrap.wrap(right, columns))
    return lines


def layout_text(lines: list[Line], columns: int) -> list[str]:
    """Plain fixed-width text of a layout (what a line printer or the GUI's simple painter prints)."""
    out: list[str] = []
    for line in lines:
        if line.style == "rule":
            out.append("-" * columns)
        elif line.style == "blank":
            out.append("")
        elif line.style == "pair":
            out.extend(_pair_text(line.left, line.right, columns))
        elif line.style in ("title", "center", "heading", "copy", "token"):
            out.extend(part.center(columns).rstrip() for part in textwrap.wrap(line.left, columns))
        elif line.style == "qr":
            continue
        else:
            out.extend(textwrap.wrap(line.left, columns) or [""])
    return out


def receipt_text(r: Receipt, columns: int = COLUMNS_80MM) -> list[str]:
    """The receipt as plain lines of at most ``columns`` characters (QR left out)."""
    return layout_text(receipt_layout(r), columns)


TEST_TEXT = "Señor Niño · ñ Ñ á é í ó ú Á É Í Ó Ú · 0123456789"


def printer_test_page(office_name: str, printer: str, paper: str, dots: int, code_page: str) -> list[Line]:
    """The printer's test page (Administration > Printer and devices > Print a test page): which printer and settings, the
    accented letters of the chosen code page, a rule and a token across the printable width, a QR code."""
    return [
        Line("title", office_name),
        Line("heading", "PRINTER TEST PAGE"),
        Line("pair", "Printer", printer or "PDF file"),
        Line("pair", "Paper", paper),
        Line("pair", "Print width", f"{dots} dots = {dots / 8:g} mm" if dots else "standard"),
        Line("pair", "Code page", code_page),
        Line("rule"),
        Line("text", TEST_TEXT),
        Line("token_label", "1. TEST"),
        Line("token", "0123 4567 8901 2345 6789"),
        Line("qr", "", "01234567890123456789"),
        Line("rule"),
        Line("center", "If every line above is whole and the rules reach both edges, the printer is set up."),
    ]
