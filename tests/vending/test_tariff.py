"""The money split: nothing is lost or created by rounding, kWh are STS-representable and maximal."""

import math
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sts_pos.sts.amount import amount_floor, encode_amount
from sts_pos.vending.money import Currency, InvalidMoney, format_money, parse_money
from sts_pos.vending.tariff import (
    DEDUCTION_STEPS,
    Account,
    AmountTooHigh,
    AmountTooLow,
    Block,
    Tariff,
    quote_kwh,
    quote_money,
)

rates = st.decimals(min_value=Decimal("0.5"), max_value=Decimal("900"), places=4)


@st.composite
def tariffs(draw):
    n = draw(st.integers(1, 4))
    limits = sorted(draw(st.sets(st.integers(1, 20000), min_size=n - 1, max_size=n - 1)))
    blocks = tuple(Block(draw(rates), up) for up in limits) + (Block(draw(rates), None),)
    if draw(st.booleans()) and len(blocks) > 1:  # sometimes the last block is closed too
        blocks = blocks[:-1]
    return Tariff(ti=1, name="t", blocks=blocks,
                  vat_percent=draw(st.sampled_from([Decimal(0), Decimal(15), Decimal("7.5"), Decimal("16")])),
                  fixed_monthly_charge=draw(st.integers(0, 20000)), fbe_kwh10=draw(st.sampled_from([0, 500])))


@st.composite
def accounts(draw):
    return Account(
        debt_balance=draw(st.integers(0, 500000)),
        debt_recovery_percent=draw(st.sampled_from([Decimal(0), Decimal(10), Decimal("12.5"), Decimal(50)])),
        fixed_charge_paid_this_month=draw(st.integers(0, 20000)),
        purchased_this_month_kwh10=draw(st.integers(0, 30000)),
        free_units_due=draw(st.booleans()),
        order=tuple(draw(st.permutations(DEDUCTION_STEPS))),
    )


def _check_conservation(q, tariff, account):
    assert q.tender == sum(d.amount for d in q.deductions) + q.vat + q.energy + q.change
    assert min([q.change, q.vat, q.energy] + [d.amount for d in q.deductions]) >= 0
    # kWh are representable in an STS amount field and the energy is their exact cost rounded up
    encode_amount(q.units_kwh10)
    cost = tariff.energy_cost(account.purchased_this_month_kwh10, q.units_kwh10)
    assert q.energy == math.ceil(cost)
    assert sum(b.kwh10 for b in q.blocks) == q.units_kwh10
    assert q.vat == sum(d.tax for d in q.deductions) + q.energy_tax
    assert q.debt_recovered <= account.debt_balance
    assert q.debt_after == account.debt_balance - q.debt_recovered


@settings(max_examples=300, deadline=None)
@given(tariffs(), accounts(), st.integers(0, 5_000_000))
def test_split_conserves_money(tariff, account, tender):
    try:
        q = quote_money(tariff, account, tender)
    except (AmountTooLow, AmountTooHigh):
        return
    _check_conservation(q, tariff, account)
    # maximal: the next representable amount of energy would not fit the energy budget
    assert q.energy <= q.energy_budget <= q.tender
    if q.units_kwh10 < 18_000_000:
        nxt = min(u for u in range(q.units_kwh10 + 1, q.units_kwh10 + 1002) if amount_floor(u) == u)
        assert tariff.energy_cost(account.purchased_this_month_kwh10, nxt) > q.energy_budget


@settings(max_examples=150, deadline=None)
@given(tariffs(), accounts(), st.integers(1, 20000))
def test_vend_by_kwh_gives_at_least_the_kwh_for_the_least_money(tariff, account, kwh10):
    q = quote_kwh(tariff, account, kwh10)
    _check_conservation(q, tariff, account)
    assert q.units_kwh10 >= kwh10
    assert q.requested_kwh10 == kwh10
    if q.tender > 1:
        try:
            cheaper = quote_money(tariff, account, q.tender - 1)
        except (AmountTooLow, AmountTooHigh):
            return
        assert cheaper.units_kwh10 < kwh10


def demo_tariff():
    return Tariff(1, "Residential", (Block(Decimal("145.12"), 500), Block(Decimal("198.40"), 3500),
                                     Block(Decimal("265.00"))), Decimal(15), 8500, 1000, 500000, 500)


def test_blocks_follow_monthly_cumulative_purchases():
    t = demo_tariff()
    first = quote_money(t, Account(fixed_charge_paid_this_month=8500), 10000)
    assert [b.block for b in first.blocks] == [1, 2]
    later = quote_money(t, Account(fixed_charge_paid_this_month=8500, purchased_this_month_kwh10=4000), 10000)
    assert [b.block for b in later.blocks] == [3]
    assert later.units_kwh10 < first.units_kwh10


def test_deductions_in_the_configured_order():
    t = demo_tariff()
    account = Account(debt_balance=100000, debt_recovery_percent=Decimal(20))
    q = quote_money(t, account, 20000)
    assert [(d.kind, d.amount, d.tax) for d in q.deductions] == [("fixed_charge", 8500, 0), ("debt", 4000, 0)]
    assert q.debt_after == 96000
    vat_first = quote_money(t, Account(debt_balance=100000, debt_recovery_percent=Decimal(20),
                                       order=("vat", "fixed_charge", "debt")), 20000)
    assert all(d.tax > 0 for d in vat_first.deductions)  # charged after VAT, so taxed
    assert vat_first.units_kwh10 < q.units_kwh10


def test_limits_and_free_basic_electricity():
    t = demo_tariff()
    with pytest.raises(AmountTooLow):
        quote_money(t, Account(), 999)
    with pytest.raises(AmountTooHigh):
        quote_money(t, Account(), 500001)
    with pytest.raises(AmountTooLow):  # only covers the fixed charge
        quote_money(t, Account(), 8000)
    free = quote_money(t, Account(free_units_due=True), 0)  # zero-money FBE vend
    assert (free.units_kwh10, free.free_kwh10, free.amount) == (0, 500, 0)
    with_first = quote_money(t, Account(free_units_due=True), 20000)
    assert with_first.free_kwh10 == 500 and with_first.units_kwh10 > 0


def test_money_formatting_follows_the_office_currency():
    naira = Currency("NGN", "\u20a6", 2, ".", ",")
    assert format_money(123456789, naira) == "\u20a6 1,234,567.89"
    assert parse_money("1,234.5", naira) == 123450
    yen = Currency("JPY", "\u00a5", 0)
    assert format_money(1500, yen) == "\u00a5 1 500"
    assert parse_money("1500", yen) == 1500
    with pytest.raises(InvalidMoney):
        parse_money("15.5", yen)
    euro = Currency("EUR", "\u20ac", 2, ",", ".")
    assert parse_money("1.234,56", euro) == 123456
    assert format_money(-5, euro) == "\u20ac -0,05"
    for bad in ("", "abc", "-5", "1.2.3"):
        with pytest.raises(InvalidMoney):
            parse_money(bad, Currency())
