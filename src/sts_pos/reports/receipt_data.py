"""The receipt description the renderers consume: frozen, pure data, no database, no I/O.

One :class:`Receipt` describes a sale receipt, an engineering-token slip or a card-purchase slip; the
layout (:mod:`sts_pos.reports.receipt`) turns it into lines, and the PDF, ESC/POS and Qt renderers paint
those lines. The content follows the receipt checklist of the domain research (section 1.8, compiled
from ITRON, Electrum and Juice receipts): office and VAT number, receipt number and transaction id,
date and time, operator, customer, meter number with SGC/TI/KRN, tariff, tender and change, every
deduction with its tax and remaining balance, VAT, energy amount, kWh (0.1 kWh resolution) with the
block breakdown, the tokens in entry order with their labels, a "COPY" marker on reprints.

Money is integer minor units (cents), energy integer tenths of kWh, as everywhere in sts-pos.
:func:`sts_pos.reports.receipt_adapter.receipt_from_sale` builds one from the vending layer's sale.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

# Receipt kinds.
SALE = "sale"
ENGINEERING = "engineering"
CARD_PURCHASE = "card_purchase"

# Token labels by the vending layer's token kind (entry order is the order of Receipt.tokens).
TOKEN_LABELS = {
    "key_change_1": "KEY CHANGE 1",
    "key_change_2": "KEY CHANGE 2",
    "key_change_3": "KEY CHANGE 3",
    "key_change_4": "KEY CHANGE 4",
    "credit": "CREDIT",
    "free": "FREE (FBE)",
    "clear_credit": "CLEAR CREDIT",
    "clear_tamper": "CLEAR TAMPER",
    "set_max_power": "SET MAX POWER",
    "max_power": "SET MAX POWER",
    "set_phase_unbalance": "SET PHASE UNBALANCE",
    "phase_unbalance": "SET PHASE UNBALANCE",
    "set_tariff_rate": "SET TARIFF RATE",
    "test": "TEST / DISPLAY",
    "test_display": "TEST / DISPLAY",
    "engineering": "ENGINEERING",
}


def token_label(kind: str) -> str:
    """The printed label of a token kind (``key_change_1`` -> ``KEY CHANGE 1``); unknown kinds upper-cased."""
    return TOKEN_LABELS.get(kind, kind.replace("_", " ").upper())


@dataclass(frozen=True)
class MoneyStyle:
    """How the office writes money (the fields of ``vending.money.Currency``): the symbol printed, the ISO
    code, minor-unit decimals, decimal mark and thousands separator."""

    symbol: str = ""
    decimals: int = 2
    code: str = ""
    decimal_mark: str = "."
    thousands_separator: str = ","

    @classmethod
    def of(cls, currency) -> MoneyStyle:
        """From any object with the ``vending.money.Currency`` attributes."""
        return cls(symbol=currency.symbol, decimals=int(currency.decimals), code=currency.code,
                   decimal_mark=currency.decimal_mark, thousands_separator=currency.thousands_separator)


@dataclass(frozen=True)
class Office:
    """The office header printed on receipts and reports."""

    name: str
    vat_number: str = ""
    address: str = ""
    phone: str = ""
    money: MoneyStyle = field(default_factory=MoneyStyle)
    utc_offset_minutes: int = 0  # the office clock (vending.office_time): every printed time is in it


@dataclass(frozen=True)
class Deduction:
    """One deduction from the tender: fixed charge, debt recovery, ... with its tax and remaining balance."""

    label: str
    amount: int
    tax: int = 0
    balance_after: int | None = None


@dataclass(frozen=True)
class Block:
    """One tariff block of the energy computation: kWh (tenths) at a rate (minor units per kWh, may be a
    fraction of a minor unit) costing ``amount`` minor units (exact; printed rounded half up)."""

    label: str
    units: int
    rate: int | Decimal
    amount: int | Decimal


@dataclass(frozen=True)
class ReceiptToken:
    """One token as printed: its kind (``key_change_1`` ... ``credit``, ``free``, engineering kinds) and number."""

    kind: str
    number: str
    units: int | None = None
    tid: int | None = None

    @property
    def label(self) -> str:
        return token_label(self.kind)

    @property
    def digits(self) -> str:
        return "".join(ch for ch in self.number if ch.isdigit())

    @property
    def grouped(self) -> str:
        """The 20 digits in the 4-4-4-4-4 form customers type."""
        d = self.digits
        return " ".join(d[i : i + 4] for i in range(0, len(d), 4))


@dataclass(frozen=True)
class Receipt:
    """Everything a receipt or slip shows. Optional parts that are empty/None are left off the paper."""

    office: Office
    receipt_number: str
    issued_at: datetime
    operator: str
    meter_number: str
    kind: str = SALE
    transaction_id: str = ""
    customer_name: str = ""
    customer_address: str = ""
    account: str = ""
    sgc: str = ""
    ti: int | None = None
    krn: int | None = None
    key_type: int | None = None
    ea: str = ""
    tariff: str = ""
    payment_method: str = ""  # "Cash", "Card", ... (sales only)
    tendered: int | None = None
    change: int | None = None
    amount: int | None = None
    deductions: tuple[Deduction, ...] = ()
    vat: int | None = None
    energy_amount: int | None = None
    units: int | None = None
    blocks: tuple[Block, ...] = ()
    free_units: int | None = None
    tokens: tuple[ReceiptToken, ...] = ()
    copy: bool = False
    reason: str = ""
    card_serial: str = ""
    purchase_count: int | None = None
    notes: tuple[str, ...] = ()

    def as_copy(self) -> Receipt:
        """The same receipt marked COPY, for a reprint."""
        return dataclasses.replace(self, copy=True)

    @property
    def qr_payload(self) -> str:
        """What the QR code holds: the token digits in entry order, one token per line."""
        return "\n".join(t.digits for t in self.tokens)
