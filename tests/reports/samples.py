"""Sample receipts for the report and printer tests (pure data)."""

from __future__ import annotations

from datetime import UTC, datetime

from sts_pos.reports.receipt_data import (
    CARD_PURCHASE,
    ENGINEERING,
    Block,
    Deduction,
    MoneyStyle,
    Office,
    Receipt,
    ReceiptToken,
)

OFFICE = Office(
    name="Kabwe Vending Office",
    vat_number="VAT-4410023456",
    address="12 Freedom Way, Kabwe",
    phone="+260 5 222 333",
    money=MoneyStyle(symbol="ZMW", decimals=2, code="ZMW"),
)

KCT1 = "1234 5678 9012 3456 7890"
KCT2 = "0987 6543 2109 8765 4321"
CREDIT = "5555 6666 7777 8888 9999"


def sale_receipt(**changes) -> Receipt:
    base = dict(
        office=OFFICE,
        receipt_number="R-000123",
        transaction_id="7d3c9a10-5b7e-4f7e-9d55-0c1d2e3f4a5b",
        issued_at=datetime(2026, 11, 24, 9, 15, tzinfo=UTC),
        operator="cashier1",
        customer_name="Mwansa Chileshe",
        customer_address="Plot 44, Bwacha",
        account="ACC-0042",
        meter_number="01234567897",
        sgc="123456",
        ti=1,
        krn=2,
        tariff="Residential R1",
        tendered=20000,
        change=5000,
        amount=15000,
        deductions=(
            Deduction("Fixed charge", 2000, tax=261),
            Deduction("Debt recovery", 1500, tax=0, balance_after=8500),
        ),
        vat=1435,
        energy_amount=10065,
        units=735,
        blocks=(Block("Block 1", 500, 125, 6250), Block("Block 2", 235, 162, 3815)),
        tokens=(
            ReceiptToken("key_change_1", KCT1),
            ReceiptToken("key_change_2", KCT2),
            ReceiptToken("credit", CREDIT, units=735),
        ),
    )
    base.update(changes)
    return Receipt(**base)


def engineering_slip() -> Receipt:
    return Receipt(
        office=OFFICE,
        kind=ENGINEERING,
        receipt_number="E-000007",
        issued_at=datetime(2026, 11, 24, 10, 0, tzinfo=UTC),
        operator="tech1",
        meter_number="01234567897",
        sgc="123456",
        ti=1,
        krn=2,
        reason="Tamper after meter box repair, job 77",
        tokens=(ReceiptToken("clear_tamper", "1111 2222 3333 4444 5555"),),
    )


def card_slip() -> Receipt:
    return sale_receipt(
        kind=CARD_PURCHASE, receipt_number="C-000031", card_serial="CARD-00A1B2", purchase_count=7
    )
