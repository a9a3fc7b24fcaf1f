"""Engine errors are engine errors (issue 12): only ASCII digits make a token or meter number, every field is
checked when a token is made, and no engine call raises anything but an ``StsError`` on any input."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sts_pos.sts import amount as amount_mod
from sts_pos.sts.ciphers import cipher_by_name, cipher_for
from sts_pos.sts.codec import (
    data_block,
    decode,
    encode,
    format_token,
    parse_token_number,
    transpose_class,
    untranspose_class,
)
from sts_pos.sts.crc import block_crc, crc16_modbus
from sts_pos.sts.errors import (
    AmountOutOfRange,
    InvalidKeyParameters,
    InvalidMeterNumber,
    InvalidTokenField,
    InvalidTokenNumber,
    KeyChangeRefused,
    KeyExpired,
    KeyTypeRefused,
    StsError,
)
from sts_pos.sts.kct import assemble_new_key, key_change_sections, key_change_tokens
from sts_pos.sts.keys import DecoderKey, KeyParameters, derive_decoder_key
from sts_pos.sts.meter_number import MeterNumber, luhn_check_digit, make_meter_number, parse_meter_number
from sts_pos.sts.tid import BaseDate, check_key_not_expired, datetime_from_tid, key_expired, tid_from_datetime
from sts_pos.sts.tokens import (
    TOKEN_TYPES,
    ClearCredit,
    ClearTamper,
    CreditToken,
    KeyChange1,
    SetMaxPhasePowerUnbalance,
    SetMaxPowerLimit,
    SetTariffRate,
    SetWaterMeterFactor,
    TestToken,
    token_from_body48,
)

METER = parse_meter_number("600727000000000009")
STA = DecoderKey(bytes.fromhex("e653341f9d5bf36f"), "07")
MISTY = DecoderKey(bytes(range(16)), "11")
DES = DecoderKey(bytes.fromhex("0123456789abcdef"), "09")
TOKEN = "29054347139309851356"  # the IEC example: class 0, TID 0x19EB23, 25.6 kWh under 0abc12def3456789


@pytest.mark.parametrize("text", ["²" * 20, "٠١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩", "１" * 20, "2905434713930985135" + "٦",
                                  "\u0966" * 20, "29054347139309851356\u200b"])
def test_only_ascii_digits_make_a_token_number(text):
    with pytest.raises(InvalidTokenNumber, match="digits only"):
        parse_token_number(text)
    with pytest.raises(InvalidTokenNumber):
        decode(text, STA)


@pytest.mark.parametrize("text", ["٠١٢٣٤٥٦٧٨٩٧", "０１２３４５６７８９７", "0123456789" + "²"])
def test_only_ascii_digits_make_a_meter_number(text):
    with pytest.raises(InvalidMeterNumber, match="not digits"):
        parse_meter_number(text)
    with pytest.raises(InvalidMeterNumber):
        luhn_check_digit(text)


def test_fields_of_the_wrong_type_are_refused_when_the_token_is_made():
    with pytest.raises(AmountOutOfRange, match="whole number"):
        CreditToken(tid=1, rnd=1, amount=25.6)
    with pytest.raises(InvalidTokenField, match="TID"):
        CreditToken(tid="1", rnd=1, amount=256)
    with pytest.raises(InvalidTokenField, match="random number"):
        ClearTamper(tid=1, rnd=16)
    with pytest.raises(InvalidTokenField, match="credit subclass"):
        CreditToken(tid=1, rnd=1, amount=10, credit_subclass=8)
    with pytest.raises(InvalidTokenField):
        KeyChange1(1, 1, "yes", 2, 0)
    with pytest.raises(InvalidTokenField):
        CreditToken(tid=True, rnd=1, amount=10)


@pytest.mark.parametrize("subclass,largest", [(0, 99), (1, 9999)])
def test_manufacturer_codes_have_two_or_four_decimal_digits(subclass, largest):
    assert decode(encode(TestToken(subclass, 1, largest), None), None).manufacturer_code == largest
    with pytest.raises(InvalidTokenField, match=f"0 to {largest}"):
        TestToken(subclass, 1, largest + 1)


def test_a_class_1_token_with_a_2_digit_code_above_99_is_refused_when_read():
    from sts_pos.sts.codec import transpose_class
    from sts_pos.sts.crc import block_crc

    body = 1 << 8 | 200  # subclass 0, control 1, "manufacturer code" 200 in the 8-bit field
    number = f"{transpose_class(1, body << 16 | block_crc(1, body)):020d}"
    with pytest.raises(InvalidTokenField, match="2-digit manufacturer code"):
        decode(number, None)


@pytest.mark.parametrize("krn", [0, 10, 11, 15, 16])
def test_key_revision_numbers_are_1_to_9(krn):
    with pytest.raises(InvalidKeyParameters, match="1 to 9"):
        KeyParameters("123456", 1, krn)


@pytest.mark.parametrize("token", [
    SetMaxPowerLimit(tid=86 << 16, rnd=1, watts=5000), ClearCredit(tid=86 << 16, rnd=1, register=0),
    SetTariffRate(tid=86 << 16, rnd=1, rate=7), ClearTamper(tid=86 << 16, rnd=1),
    SetMaxPhasePowerUnbalance(tid=86 << 16, rnd=1, watts=1000), SetWaterMeterFactor(tid=86 << 16, rnd=1, factor=3),
], ids=lambda t: type(t).__name__)
def test_key_expiry_applies_to_class_2_management_tokens(token):
    with pytest.raises(KeyExpired, match="management token"):
        encode(token, STA, ken=85)
    assert decode(encode(token, STA, ken=86), STA) == token  # still within KEN 86
    earlier = type(token)(**{**token.__dict__, "tid": (85 << 16) + 65535})
    encode(earlier, STA, ken=85)


def test_key_change_sections_and_credit_under_an_expired_key():
    with pytest.raises(KeyExpired, match="before credit"):
        encode(CreditToken(tid=86 << 16, rnd=1, amount=10), STA, ken=85)
    section = KeyChange1(5, 2, False, 2, 0x12345678)  # no TID: the way out of an expired key
    assert decode(encode(section, STA, ken=0), STA) == section


def test_no_credit_under_a_default_key_but_management_tokens_are_made():
    with pytest.raises(KeyTypeRefused, match="default key"):
        encode(CreditToken(tid=100, rnd=1, amount=10), STA, key_type=1)
    encode(ClearTamper(tid=100, rnd=1), STA, key_type=1)
    encode(CreditToken(tid=100, rnd=1, amount=10), STA, key_type=2)
    with pytest.raises(KeyExpired):  # key expiry is checked first (the CTSA16 vector is a DDTK key)
        encode(CreditToken(tid=86 << 16, rnd=1, amount=10), STA, ken=85, key_type=1)


def test_a_key_change_to_the_current_key_is_refused():
    params = KeyParameters("123456", 1, 1)
    with pytest.raises(KeyChangeRefused, match="current key"):
        key_change_tokens(STA, STA, params, rollover=True)
    # the sections alone still encode (the compliance suite checks a same-key set's encoding)
    assert len(key_change_sections(STA, params, True)) == 2


def test_non_aware_times_and_other_types_are_refused_by_the_tid():
    with pytest.raises(StsError, match="time zone"):
        tid_from_datetime(datetime(2020, 1, 1), BaseDate.Y2014)
    with pytest.raises(StsError):
        tid_from_datetime("2020-01-01", BaseDate.Y2014)
    with pytest.raises(StsError):
        datetime_from_tid(1.5, BaseDate.Y2014)
    with pytest.raises(StsError):
        key_expired("1", 2)


# -- any input: only StsError ------------------------------------------------------------------------

anything = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(-(1 << 80), 1 << 80), st.floats(allow_nan=True),
    st.text(max_size=30), st.binary(max_size=24), st.lists(st.integers(), max_size=3),
    st.sampled_from(["07", "09", "11", "02", "04", "93", "14", "35", 1993, 2014, "123456", ""]),
    st.integers(0, 20), st.integers(0, 1 << 24), st.just(10 ** 5000),
)
digits_like = st.text(alphabet=st.characters(categories=("Nd", "No", "Zs", "Pd")), min_size=0, max_size=30)
texts = st.one_of(st.text(max_size=40), digits_like, st.from_regex(r"[0-9 \-]{18,26}", fullmatch=True))
keys = st.sampled_from([STA, MISTY, DES, None])


def only_engine_errors(call, *args, **kwargs):
    try:
        return call(*args, **kwargs)
    except StsError:
        return None


ENGINE = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@ENGINE
@given(text=st.one_of(texts, anything), key=keys)
def test_any_text_read_as_a_token_or_meter_number(text, key):
    only_engine_errors(parse_token_number, text)
    only_engine_errors(format_token, text)
    only_engine_errors(decode, text, key)
    only_engine_errors(parse_meter_number, text)
    only_engine_errors(luhn_check_digit, text)
    only_engine_errors(BaseDate.parse, text)


@ENGINE
@given(cls=st.sampled_from(TOKEN_TYPES), a=anything, b=anything, c=anything, d=anything, e=anything,
       key=keys, ken=anything, key_type=anything)
def test_any_token_fields_and_encode_arguments(cls, a, b, c, d, e, key, ken, key_type):
    fields = {"CreditToken": (a, b, c, d), "TestToken": (a, b, c), "KeyChange1": (a, b, c, d, e),
              "KeyChange2": (a, b, c), "KeyChange3": (a, b), "KeyChange4": (a, b)}.get(cls.__name__, (a, b, c))
    token = only_engine_errors(cls, *fields)
    if token is None:
        return
    only_engine_errors(encode, token, key, ken=ken, key_type=key_type)
    only_engine_errors(encode, token, key)
    only_engine_errors(data_block, token)


@ENGINE
@given(a=anything, b=anything, c=anything, d=anything, e=anything, f=anything, g=anything, h=anything)
def test_any_key_parameters_keys_and_derivation(a, b, c, d, e, f, g, h):
    params = only_engine_errors(KeyParameters, a, b, c, key_type=d, ken=e, base_date=f, dkga=g, ea=h)
    only_engine_errors(DecoderKey, a, b)
    only_engine_errors(DecoderKey, g, "07")
    only_engine_errors(MeterNumber, a, b)
    only_engine_errors(make_meter_number, a, b)
    for vending_key in (a, bytes(8), bytes(20)):
        only_engine_errors(derive_decoder_key, vending_key, METER, params if params is not None else a)
        only_engine_errors(derive_decoder_key, vending_key, a, KeyParameters("123456", 1, 1))
    if params is not None:
        only_engine_errors(key_change_sections, STA, params, a)
        only_engine_errors(key_change_tokens, STA, DecoderKey(bytes(8)), params, b)
    only_engine_errors(key_change_tokens, a, b, c)
    only_engine_errors(assemble_new_key, [])


@ENGINE
@given(a=anything, b=anything, c=anything,
       when=st.datetimes(timezones=st.one_of(st.none(), st.just(UTC), st.just(timezone(timedelta(hours=14))))))
def test_any_numbers_times_blocks_and_ciphers(a, b, c, when):
    for base in (a, BaseDate.Y1993, "35"):
        only_engine_errors(tid_from_datetime, when, base)
        only_engine_errors(datetime_from_tid, a, base)
    only_engine_errors(tid_from_datetime, a, BaseDate.Y2014)
    only_engine_errors(key_expired, a, b)
    only_engine_errors(check_key_not_expired, a, b)
    for name in ("encode_amount", "decode_amount", "amount_floor", "amount_ceil"):
        only_engine_errors(getattr(amount_mod, name), a)
    only_engine_errors(token_from_body48, a, b)
    only_engine_errors(token_from_body48, 1, a)
    only_engine_errors(transpose_class, a, b)
    only_engine_errors(untranspose_class, a)
    only_engine_errors(block_crc, a, b)
    only_engine_errors(crc16_modbus, a)
    only_engine_errors(cipher_by_name, a, b)
    for ea, key in (("07", bytes(8)), ("09", bytes(8)), ("11", bytes(16)), (a, b)):
        cipher = only_engine_errors(cipher_for, ea, key)
        if cipher is not None:
            only_engine_errors(cipher.encrypt, c)
            only_engine_errors(cipher.decrypt, c)
