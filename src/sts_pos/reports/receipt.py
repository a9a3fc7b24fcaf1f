"""Receipt layout: the one receipt description (:class:`sts_pos.vending.receipt.Receipt`, built by the
vending services) -> a list of styled lines.

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

from sts_pos.reports.formatting import format_kwh, format_rate
from sts_pos.vending.receipt import ENGINEERING, Receipt

COLUMNS_58MM = 32
COLUMNS_80MM = 42


@dataclass(frozen=True)
class Line:
    """One printed line: a style and its text (``left``; ``right`` for pairs, the payload for ``qr``)."""

    style: str
    left: str = ""
    right: str = ""


def _heading(r: Receipt) -> str:
    if r.kind == ENGINEERING:
        return "ENGINEERING TOKEN SLIP"
    return "CARD PURCHASE SLIP" if r.is_card_purchase else "PREPAID ELECTRICITY"


def _key_params(r: Receipt) -> str:
    parts = [r.sgc or "-"]
    parts.append(f"{r.ti:02d}" if r.ti is not None else "-")
    parts.append(str(r.krn) if r.krn is not None else "-")
    return " / ".join(parts)


def _instruction(r: Receipt) -> str:
    if r.is_card_purchase:
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
    money = r.money
    out: list[Line] = [Line("title", r.office_name)]
    if r.office_address:
        out.append(Line("center", r.office_address))
    if r.office_phone:
        out.append(Line("center", f"Tel {r.office_phone}"))
    if r.office_vat_number:
        out.append(Line("center", f"VAT No {r.office_vat_number}"))
    if r.copy:
        out.append(Line("copy", "*** COPY ***"))
    out.append(Line("heading", _heading(r)))
    out.append(Line("pair", "Receipt No", r.receipt_no))
    if r.request_id:
        out.append(Line("pair", "Transaction", r.request_id))
    out.append(Line("pair", "Date", r.office_time.minute(r.issued_at)))
    out.append(Line("pair", "Operator", r.operator))
    out.append(Line("rule"))
    if r.customer_name:
        out.append(Line("pair", "Customer", r.customer_name))
    if r.customer_address:
        out.append(Line("text", r.customer_address))
    if r.customer_account:
        out.append(Line("pair", "Account", r.customer_account))
    out.append(Line("pair", "Meter No", r.meter_number))
    out.append(Line("pair", "SGC / TI / KRN", _key_params(r)))
    if r.tariff_name:
        out.append(Line("pair", "Tariff", r.tariff_name))
    if r.card_serial:
        out.append(Line("pair", "Card", r.card_serial))
    if r.purchase_count is not None:
        out.append(Line("pair", "Purchase No", str(r.purchase_count)))
    if r.kind == ENGINEERING and r.reason:
        why = f"{r.job_kind.replace('_', ' ')}: {r.reason}" if r.job_kind else r.reason
        out.append(Line("text", f"Reason: {why}"))
    if r.is_sale:
        out.extend(_money_lines(r, money))
    out.append(Line("rule"))
    for index, token in enumerate(r.tokens, start=1):
        units = f"  {format_kwh(token.units_kwh10)}" if token.units_kwh10 is not None else ""
        out.append(Line("token_label", f"{index}. {token.printed_label}{units}"))
        out.append(Line("token", token.grouped))
    instruction = _instruction(r)
    if instruction:
        out.append(Line("text", instruction))
    if r.tokens:
        out.append(Line("qr", "", r.qr_payload))
    if r.status == "VOIDED":
        out.append(Line("text", f"VOIDED: {r.reason}".strip()))
    for note in r.notes:
        out.append(Line("text", note))
    if r.copy:
        out.append(Line("copy", "*** COPY ***"))
    if r.kind != ENGINEERING:
        out.append(Line("center", "Thank you"))
    return out


def _money_lines(r: Receipt, money) -> list[Line]:
    out: list[Line] = [Line("rule")]
    if r.tender_label:
        out.append(Line("pair", "Paid by", r.tender_label))
    out.append(Line("pair", "Tendered", money(r.tender)))
    out.append(Line("pair", "Change", money(r.change)))
    out.append(Line("pair", "Amount paid", money(r.amount)))
    for d in r.deductions:
        out.append(Line("pair", d.label, money(d.amount)))
        if d.tax:
            out.append(Line("pair", "  incl. tax", money(d.tax)))
        if d.balance_after is not None:
            out.append(Line("pair", "  Balance owing", money(d.balance_after)))
    out.append(Line("pair", "VAT", money(r.vat)))
    out.append(Line("pair", "Energy amount", money(r.energy)))
    out.append(Line("pair", "Units", format_kwh(r.units_kwh10)))
    for b, amount in zip(r.blocks, _block_amounts(r)):
        rate = format_rate(b.rate, r.currency)
        out.append(Line("pair", f"  {b.label} {format_kwh(b.kwh10)} x {rate}", money(amount)))
    if r.free_kwh10:
        out.append(Line("pair", "Free units (FBE)", format_kwh(r.free_kwh10)))
    return out


def _block_amounts(r: Receipt) -> list[int]:
    """Block costs in whole minor units that add up to the energy amount printed above them: each block's
    exact cost rounded half up, the last one taking the rounding (the energy charge is the exact total
    rounded up), so the customer's sum matches the receipt."""
    amounts = [int(Decimal(b.cost).to_integral_value(rounding=ROUND_HALF_UP)) for b in r.blocks]
    if amounts:
        amounts[-1] = r.energy - sum(amounts[:-1])
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
