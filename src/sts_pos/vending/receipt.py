"""What a receipt shows: one frozen description per sale (or engineering job), built by the vending
service and rendered by ``reports.receipt`` (PDF, ESC/POS, QPrinter) and the GUI.

Content follows the receipt checklist in the domain research (1.8): office name and VAT number, receipt
number, date and time, operator, customer, meter number with SGC/TI/KRN, tariff, tender and change, every
deduction with its tax and the remaining debt, VAT, units with the block breakdown, each token labelled
(key change 1.., credit, free) in entry order, and the COPY marker on reprints. Money fields are ``int``
minor units; use :meth:`Receipt.money` (the office's currency) to print them. Never holds a key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sts_pos.sts.codec import format_token
from sts_pos.vending.money import Currency, format_money, kwh_text

TOKEN_LABELS = {
    "key_change_1": "Key change 1", "key_change_2": "Key change 2", "key_change_3": "Key change 3",
    "key_change_4": "Key change 4", "credit": "Credit", "free": "Free basic electricity",
    "clear_credit": "Clear credit", "clear_tamper": "Clear tamper", "set_max_power": "Set maximum power",
    "set_phase_unbalance": "Set phase unbalance limit", "test": "Test / display",
}
ENTRY_INSTRUCTION = "Enter the tokens into the meter in the order printed, pressing Enter after each."


@dataclass(frozen=True)
class ReceiptToken:
    seq: int
    kind: str  # key_change_1..4, credit, free (engineering kinds on slips)
    number: str  # 20 digits
    token_class: int
    subclass: int
    tid: int | None = None
    units_kwh10: int | None = None

    @property
    def label(self) -> str:
        return TOKEN_LABELS.get(self.kind, self.kind.replace("_", " ").capitalize())

    @property
    def grouped(self) -> str:
        """4-4-4-4-4 display form."""
        return format_token(self.number)


@dataclass(frozen=True)
class ReceiptDeduction:
    kind: str  # fixed_charge | debt
    description: str
    amount: int
    tax: int
    balance_after: int | None = None  # remaining debt after a debt recovery


@dataclass(frozen=True)
class ReceiptBlock:
    block: int
    kwh10: int
    rate: Decimal  # minor units per kWh, VAT-exclusive
    cost: Decimal  # exact minor units


@dataclass(frozen=True)
class Receipt:
    office_name: str
    office_vat_number: str
    office_address: str
    receipt_no: str
    sale_id: int
    request_id: str
    issued_at: datetime  # aware, UTC; render in the office's local time
    operator: str
    customer_name: str
    customer_account: str
    customer_address: str
    meter_number: str
    meter_kind: str  # keypad | ic_card
    sgc: str
    ti: int
    krn: int
    key_type: int
    ea: str
    dkga: str
    base_date: int
    tariff_name: str
    currency: Currency
    tender: int
    amount: int  # kept by the office
    change: int
    deductions: tuple[ReceiptDeduction, ...]
    vat_percent: Decimal
    vat: int
    energy: int  # VAT-exclusive energy charge
    debt_remaining: int
    units_kwh10: int
    free_kwh10: int
    blocks: tuple[ReceiptBlock, ...]
    tokens: tuple[ReceiptToken, ...]
    copy: bool = False
    status: str = "ISSUED"  # ISSUED | VOIDED
    kind: str = "sale"  # sale | engineering
    reason: str = ""  # engineering jobs and voids
    instruction: str = ENTRY_INSTRUCTION
    extra: dict = field(default_factory=dict)
    tender_type: str = "cash"  # payment method (vending.tenders)
    tender_label: str = "Cash"

    def money(self, minor: int, symbol: bool = True) -> str:
        return format_money(minor, self.currency, symbol)

    @property
    def units_text(self) -> str:
        return kwh_text(self.units_kwh10)

    @property
    def token_numbers(self) -> list[str]:
        """The token numbers in entry order (for the QR code)."""
        return [t.number for t in self.tokens]
