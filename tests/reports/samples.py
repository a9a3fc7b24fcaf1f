"""Sample receipts for the report and printer tests: the one receipt description (``vending.receipt``), as the
vending services build it, with made-up content."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sts_pos.vending.money import Currency
from sts_pos.vending.receipt import ENGINEERING, Receipt, ReceiptBlock, ReceiptDeduction, ReceiptToken

ZMW = Currency(code="ZMW", symbol="ZMW", decimals=2, decimal_mark=".", thousands_separator=",")
OFFICE = dict(  # the office header fields of a receipt
    office_name="Kabwe Vending Office",
    office_vat_number="VAT-4410023456",
    office_address="12 Freedom Way, Kabwe",
    office_phone="+260 5 222 333",
    currency=ZMW,
)

KCT1 = "1234 5678 9012 3456 7890"
KCT2 = "0987 6543 2109 8765 4321"
CREDIT = "5555 6666 7777 8888 9999"


def token(seq: int, kind: str, number: str, units: int | None = None) -> ReceiptToken:
    return ReceiptToken(seq, kind, number.replace(" ", ""), units_kwh10=units)


def sale_receipt(**changes) -> Receipt:
    base = dict(
        **OFFICE,
        receipt_no="R-000123",
        sale_id=123,
        request_id="7d3c9a10-5b7e-4f7e-9d55-0c1d2e3f4a5b",
        issued_at=datetime(2026, 11, 24, 9, 15, tzinfo=UTC),
        operator="cashier1",
        customer_name="Mwansa Chileshe",
        customer_address="Plot 44, Bwacha",
        customer_account="ACC-0042",
        meter_number="01234567897",
        sgc="123456",
        ti=1,
        krn=2,
        tariff_name="Residential R1",
        tender=20000,
        change=5000,
        amount=15000,
        deductions=(
            ReceiptDeduction("fixed_charge", "Fixed charge", 2000, tax=261),
            ReceiptDeduction("debt", "Debt recovery", 1500, tax=0, balance_after=8500),
        ),
        vat=1435,
        energy=10065,
        units_kwh10=735,
        blocks=(ReceiptBlock(1, 500, Decimal(125), Decimal(6250)), ReceiptBlock(2, 235, Decimal(162), Decimal(3815))),
        tokens=(token(1, "key_change_1", KCT1), token(2, "key_change_2", KCT2), token(3, "credit", CREDIT, 735)),
    )
    base.update(changes)
    return Receipt(**base)


def engineering_slip() -> Receipt:
    return Receipt(
        **OFFICE,
        kind=ENGINEERING,
        receipt_no="E-000007",
        job_id=7,
        issued_at=datetime(2026, 11, 24, 10, 0, tzinfo=UTC),
        operator="tech1",
        meter_number="01234567897",
        sgc="123456",
        ti=1,
        krn=2,
        reason="Tamper after meter box repair, job 77",
        tokens=(token(1, "clear_tamper", "1111 2222 3333 4444 5555"),),
    )


def card_slip() -> Receipt:
    return sale_receipt(meter_kind="ic_card", receipt_no="C-000031", card_serial="CARD-00A1B2", purchase_count=7)
