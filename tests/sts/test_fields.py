"""Meter numbers, TIDs, amounts and the CRC."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sts_pos.sts.amount import MAX_AMOUNT, amount_ceil, amount_floor, decode_amount, encode_amount
from sts_pos.sts.crc import block_crc, crc16_modbus
from sts_pos.sts.errors import AmountOutOfRange, InvalidMeterNumber, KeyExpired, TidOutOfRange
from sts_pos.sts.meter_number import luhn_check_digit, make_meter_number, parse_meter_number
from sts_pos.sts.tid import BaseDate, check_key_not_expired, datetime_from_tid, key_expired, tid_from_datetime


@pytest.mark.parametrize("payload,digit", [("1234567890", "3"), ("43135625623", "7"), ("7861754265922", "0"),
                                           ("1212345678", "7")])
def test_luhn_known_answers(payload, digit):
    assert luhn_check_digit(payload) == digit


def test_meter_numbers_and_pan():
    eleven = parse_meter_number("0000 0000 000")
    assert eleven.drn == "00000000000" and eleven.iin == "600727" and eleven.pan == "600727000000000009"
    thirteen = make_meter_number("0001", "00000000")
    assert len(thirteen.drn) == 13 and thirteen.iin == "0000"
    assert parse_meter_number(thirteen.pan) == thirteen
    assert parse_meter_number("600727111111111153").drn == "11111111115"


@pytest.mark.parametrize("text,fragment", [("", "Enter the meter number"), ("1234", "11 or 13 digits"),
                                           ("4313562562A", "not digits"), ("43135625624", "mistyped"),
                                           ("600727000000000008", "check digit")])
def test_meter_number_errors_say_what_is_wrong(text, fragment):
    with pytest.raises(InvalidMeterNumber, match=fragment):
        parse_meter_number(text)


def test_tid_worked_example_and_utc():
    when = datetime(1996, 3, 25, 13, 55, 59, tzinfo=UTC)
    assert tid_from_datetime(when, BaseDate.Y1993) == 0x19EB23
    nairobi = timezone(timedelta(hours=3))
    assert tid_from_datetime(when.astimezone(nairobi), BaseDate.Y1993) == 0x19EB23
    assert datetime_from_tid(0x19EB23, BaseDate.Y1993) == when.replace(second=0)
    with pytest.raises(ValueError):
        tid_from_datetime(datetime(2020, 1, 1), BaseDate.Y1993)


def test_base_1993_ran_out_on_2024_11_24():
    last = BaseDate.Y1993.last_instant
    assert last.date().isoformat() == "2024-11-24"
    assert tid_from_datetime(last, BaseDate.Y1993) == (1 << 24) - 1
    with pytest.raises(TidOutOfRange, match="TID-rollover key change"):
        tid_from_datetime(last + timedelta(minutes=1), BaseDate.Y1993)
    assert tid_from_datetime(datetime(2026, 11, 24, tzinfo=UTC), BaseDate.Y2014) > 0


def test_key_expiry():
    assert key_expired(5916090, 85) and not key_expired(85 << 16, 85)
    with pytest.raises(KeyExpired):
        check_key_not_expired(11130300, 85)


@pytest.mark.parametrize("value,field", [(256, 0x0100), (20004, 0x416A), (MAX_AMOUNT, 0xFFFF), (16384, 0x4000),
                                         (180224, 0x8000), (1818624, 0xC000)])
def test_amount_known_fields(value, field):
    assert encode_amount(value) == field and decode_amount(field) == value


@given(st.integers(0, 0xFFFF))
def test_every_field_decodes_and_encodes_back(field):
    assert encode_amount(decode_amount(field)) == field


@given(st.integers(0, MAX_AMOUNT))
def test_floor_and_ceil_bracket_the_value(value):
    low, high = amount_floor(value), amount_ceil(value)
    assert low <= value <= high
    assert decode_amount(encode_amount(low)) == low and decode_amount(encode_amount(high)) == high
    if low != value:
        with pytest.raises(AmountOutOfRange):
            encode_amount(value)


def test_amounts_out_of_range_are_errors():
    for value in (-1, MAX_AMOUNT + 1):
        with pytest.raises(AmountOutOfRange):
            encode_amount(value)
    with pytest.raises(AmountOutOfRange):
        amount_ceil(MAX_AMOUNT + 1)
    assert amount_floor(MAX_AMOUNT + 5000) == MAX_AMOUNT


def test_crc_check_value_from_the_standard():
    assert crc16_modbus(bytes.fromhex("000B19EB230100")) == 0x07C2
    assert block_crc(0, 0x0B19EB230100) == 0xC207
