"""A refused amount says the numbers that matter, in the office's money: the minimum and the maximum of the
tariff, and what the smallest purchase that buys electricity is when the tender only pays charges. The
expectations come from the office state (the tariff, the charges due this month), never from today's date."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sts_pos.vending.money import format_money
from sts_pos.vending.tariff import AmountTooHigh, AmountTooLow


@pytest.fixture
def counter(demo_office):
    with demo_office.open() as probe:
        last = datetime.fromisoformat(probe.repo.one("SELECT max(created_at) FROM sales")[0])
    # 40 days after the last sale is always another office month: its fixed charge is due, unpaid
    with demo_office.open(clock=lambda: last + timedelta(days=40)) as office:
        cashier = demo_office.login(office, "cashier")
        meter = demo_office.meters(pending_key_change=False, kind="keypad", ti=1)[0]["meter_number"]
        tariff = office.repo.tariff_by_ti(1)
        yield office, cashier, meter, tariff, office.repo.settings().currency


def test_below_the_minimum_names_it(counter):
    office, cashier, meter, tariff, currency = counter
    with pytest.raises(AmountTooLow) as refused:
        office.sales.quote(cashier, meter, amount=tariff.min_purchase - 1)
    text = refused.value.message
    assert format_money(tariff.min_purchase, currency) in text and format_money(tariff.min_purchase - 1, currency) in text
    assert tariff.name in text


def test_above_the_maximum_names_it(counter):
    office, cashier, meter, tariff, currency = counter
    with pytest.raises(AmountTooHigh) as refused:
        office.sales.quote(cashier, meter, amount=tariff.max_purchase + 100)
    assert f"at most {format_money(tariff.max_purchase, currency)}" in refused.value.message


def least_purchase(office, cashier, meter) -> int:
    return office.sales.quote(cashier, meter, kwh10=1)[0].tender


def test_the_smallest_purchase_that_buys_electricity_is_true(counter):
    office, cashier, meter, tariff, currency = counter
    least = least_purchase(office, cashier, meter)
    assert least > tariff.fixed_monthly_charge > tariff.min_purchase  # the new month's charge comes first
    with pytest.raises(AmountTooLow) as refused:
        office.sales.quote(cashier, meter, amount=least - 1)
    assert f"the smallest purchase that buys electricity is {format_money(least, currency)}" in refused.value.message
    assert office.sales.quote(cashier, meter, amount=least)[0].units_kwh10 >= 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tender=st.integers(0, 600000))
def test_every_refusal_carries_money_in_the_office_format(counter, tender):
    office, cashier, meter, tariff, currency = counter
    try:
        office.sales.quote(cashier, meter, amount=tender)
    except (AmountTooLow, AmountTooHigh) as exc:
        amounts = re.findall(r"R [\d ]+\.\d\d", exc.message)
        assert amounts and amounts[0] == format_money(tender, currency), exc.message
