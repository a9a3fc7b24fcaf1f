"""What a receipt shows: THE one frozen description of a sale receipt, a card-purchase slip or an
engineering-token slip. The vending services build it (``SalesService.receipt``/``reprint``,
``EngineeringService.receipt``/``slip``); every renderer paints this same object: the layout
(:func:`sts_pos.reports.receipt.receipt_layout`) turned into a PDF (``reports.receipt_pdf.receipt_pdf``),
ESC/POS bytes (``reports.receipt_escpos.receipt_escpos``), a QPrinter page and the GUI's preview image
(``gui.printing.paint_receipt``/``receipt_image``). The office's records add notes (delivery through a
collector, a replaced credit, tokens possibly not entered yet: ``reports.receipt_notes.with_notes``).

Content follows the receipt checklist in the domain research (1.8): office name, address, phone and VAT
number, receipt number and transaction id, date and time (the office clock), operator, customer, meter
number with SGC/TI/KRN, tariff, payment method, tender and change, every deduction with its tax and the
remaining debt, VAT, energy amount, units with the block breakdown, each token labelled (key change 1..,
credit, free) in entry order, the COPY marker on reprints. Money fields are ``int`` minor units printed
with :meth:`Receipt.money` (``vending.money.format_money``, the office's currency); energy is tenths of
kWh. Never holds a key.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sts_pos.sts.codec import format_token
from sts_pos.vending.money import Currency, format_money, kwh_text
from sts_pos.vending.office_time import OfficeTime

SALE = "sale"
ENGINEERING = "engineering"

# how the screen and the SMS name a token (translated in the GUI)
TOKEN_LABELS = {
    "key_change_1": "Key change 1", "key_change_2": "Key change 2", "key_change_3": "Key change 3",
    "key_change_4": "Key change 4", "credit": "Credit", "free": "Free basic electricity",
    "clear_credit": "Clear credit", "clear_tamper": "Clear tamper", "set_max_power": "Set maximum power",
    "set_phase_unbalance": "Set phase unbalance limit", "test": "Test / display",
}
# how the paper names it: short capitals that fit a 32-column line next to the kWh
PRINTED_LABELS = {
    "key_change_1": "KEY CHANGE 1", "key_change_2": "KEY CHANGE 2", "key_change_3": "KEY CHANGE 3",
    "key_change_4": "KEY CHANGE 4", "credit": "CREDIT", "free": "FREE (FBE)", "clear_credit": "CLEAR CREDIT",
    "clear_tamper": "CLEAR TAMPER", "set_max_power": "SET MAX POWER", "max_power": "SET MAX POWER",
    "set_phase_unbalance": "SET PHASE UNBALANCE", "phase_unbalance": "SET PHASE UNBALANCE",
    "set_tariff_rate": "SET TARIFF RATE", "test": "TEST / DISPLAY", "test_display": "TEST / DISPLAY",
    "engineering": "ENGINEERING",
}
DEDUCTION_NAMES = {"fixed_charge": "Fixed charge", "debt": "Debt recovery"}
ENTRY_INSTRUCTION = "Enter the tokens into the meter in the order printed, pressing Enter after each."


@dataclass(frozen=True)
class ReceiptToken:
    seq: int
    kind: str  # key_change_1..4, credit, free (engineering kinds on slips)
    number: str  # 20 digits
    token_class: int = 0
    subclass: int = 0
    tid: int | None = None
    units_kwh10: int | None = None

    @property
    def label(self) -> str:
        return TOKEN_LABELS.get(self.kind, self.kind.replace("_", " ").capitalize())

    @property
    def printed_label(self) -> str:
        return PRINTED_LABELS.get(self.kind, self.kind.replace("_", " ").upper())

    @property
    def digits(self) -> str:
        return "".join(ch for ch in self.number if ch.isdigit())

    @property
    def grouped(self) -> str:
        """4-4-4-4-4 display form."""
        return format_token(self.digits)


@dataclass(frozen=True)
class ReceiptDeduction:
    kind: str  # fixed_charge | debt
    description: str
    amount: int
    tax: int = 0
    balance_after: int | None = None  # remaining debt after a debt recovery

    @property
    def label(self) -> str:
        return self.description or DEDUCTION_NAMES.get(self.kind, self.kind.replace("_", " ").title())


@dataclass(frozen=True)
class ReceiptBlock:
    block: int
    kwh10: int
    rate: Decimal  # minor units per kWh, VAT-exclusive (may be a fraction of a minor unit)
    cost: Decimal  # exact minor units

    @property
    def label(self) -> str:
        return f"Block {self.block}"


@dataclass(frozen=True)
class Receipt:
    office_name: str
    receipt_no: str
    issued_at: datetime  # aware, UTC; printed in the office's time (utc_offset_minutes)
    operator: str
    meter_number: str
    currency: Currency = dataclasses.field(default_factory=Currency)
    office_vat_number: str = ""
    office_address: str = ""
    office_phone: str = ""
    utc_offset_minutes: int = 0  # the office clock (vending.office_time)
    sale_id: int = 0
    job_id: int = 0  # engineering slips
    request_id: str = ""
    customer_name: str = ""
    customer_account: str = ""
    customer_address: str = ""
    meter_kind: str = "keypad"  # keypad | ic_card
    sgc: str = ""
    ti: int | None = None
    krn: int | None = None
    key_type: int | None = None
    ea: str = ""
    dkga: str = ""
    base_date: int | None = None
    tariff_name: str = ""
    tender: int = 0
    amount: int = 0  # kept by the office
    change: int = 0
    deductions: tuple[ReceiptDeduction, ...] = ()
    vat_percent: Decimal = Decimal(0)
    vat: int = 0
    energy: int = 0  # VAT-exclusive energy charge
    debt_remaining: int = 0
    units_kwh10: int = 0
    free_kwh10: int = 0
    blocks: tuple[ReceiptBlock, ...] = ()
    tokens: tuple[ReceiptToken, ...] = ()
    copy: bool = False
    status: str = "ISSUED"  # ISSUED | VOIDED
    kind: str = SALE  # sale | engineering
    job_kind: str = ""  # engineering: key_change, clear_tamper, replacement, ...
    reason: str = ""  # engineering jobs and voids
    instruction: str = ENTRY_INSTRUCTION
    tender_type: str = "cash"  # payment method (vending.tenders)
    tender_label: str = "Cash"
    card_serial: str = ""  # IC-card meters: the card the purchase goes on
    purchase_count: int | None = None
    notes: tuple[str, ...] = ()  # printed after the tokens (reports.receipt_notes)

    def money(self, minor: int, symbol: bool = True) -> str:
        return format_money(minor, self.currency, symbol)

    @property
    def office_time(self) -> OfficeTime:
        return OfficeTime(self.utc_offset_minutes)

    @property
    def local_time(self) -> datetime:
        """When it was issued, on the office's clock."""
        return self.office_time.local(self.issued_at)

    @property
    def is_sale(self) -> bool:
        return self.kind == SALE

    @property
    def is_card_purchase(self) -> bool:
        return self.kind == SALE and self.meter_kind == "ic_card"

    @property
    def units_text(self) -> str:
        return kwh_text(self.units_kwh10)

    @property
    def token_numbers(self) -> list[str]:
        """The token numbers in entry order (for the QR code)."""
        return [t.number for t in self.tokens]

    @property
    def qr_payload(self) -> str:
        """What the QR code holds: the token digits in entry order, one token per line."""
        return "\n".join(t.digits for t in self.tokens)

    def as_copy(self) -> Receipt:
        """The same receipt marked COPY, for a reprint."""
        return dataclasses.replace(self, copy=True)

    def with_notes(self, notes: tuple[str, ...]) -> Receipt:
        return dataclasses.replace(self, notes=self.notes + tuple(notes)) if notes else self
