"""The virtual meter behaves as IEC 62055-41 meters do."""

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sts_pos.sts.codec import encode
from sts_pos.sts.kct import key_change_tokens
from sts_pos.sts.keys import KeyParameters, derive_decoder_key
from sts_pos.sts.meter import TID_MEMORY_SIZE, MeterResult, VirtualMeter
from sts_pos.sts.meter_number import parse_meter_number
from sts_pos.sts.tid import BaseDate, tid_from_datetime
from sts_pos.sts.tokens import ClearCredit, ClearTamper, CreditToken, SetMaxPowerLimit, TestControl, TestToken

VK02 = bytes.fromhex("abababababababab")
VK04 = bytes.fromhex("abababababababab949494949494949401234567")
METER = parse_meter_number("600727000000000009")
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def sta_meter(**kw):
    params = KeyParameters("123456", 1, 1, base_date=kw.pop("base_date", BaseDate.Y2014), ken=kw.pop("ken", 255))
    return VirtualMeter.with_vending_key(METER, params, VK02, **kw)


def misty_meter():
    params = KeyParameters("123457", 1, 1, base_date=BaseDate.Y1993, dkga="04", ea="11")
    return VirtualMeter.with_vending_key(METER, params, VK04)


def credit(meter, tid, amount=250, rnd=7):
    return encode(CreditToken(tid=tid, rnd=rnd, amount=amount), meter.decoder_key)


def test_credit_is_accepted_once_then_reported_used():
    meter = sta_meter()
    tid = tid_from_datetime(NOW, BaseDate.Y2014)
    token = credit(meter, tid)
    assert meter.enter(token).result is MeterResult.ACCEPTED
    assert meter.credit == 250 and meter.relay_closed
    outcome = meter.enter(token)
    assert outcome.result is MeterResult.USED and "already entered" in outcome.help_text
    assert meter.credit == 250


def test_a_token_older_than_the_tid_window_is_old():
    meter = sta_meter()
    for tid in range(1000, 1000 + TID_MEMORY_SIZE):
        assert meter.enter(credit(meter, tid, amount=1)).result is MeterResult.ACCEPTED
    assert meter.enter(credit(meter, 999, amount=1)).result is MeterResult.OLD
    assert meter.enter(credit(meter, 5000, amount=1)).result is MeterResult.ACCEPTED


def test_key_change_set_changes_the_key_and_old_key_tokens_are_rejected():
    meter = sta_meter()
    old_key = meter.decoder_key
    new_params = KeyParameters("123456", 2, 2, base_date=BaseDate.Y2014)
    new_key = derive_decoder_key(VK02, METER, new_params)
    first, second = key_change_tokens(old_key, new_key, new_params)
    assert meter.enter(first).result is MeterResult.KCT_PENDING
    assert meter.enter(second).result is MeterResult.KEY_CHANGED
    assert meter.decoder_key == new_key and meter.params.krn == 2 and meter.params.ti == 2
    tid = tid_from_datetime(NOW, BaseDate.Y2014)
    assert meter.enter(encode(CreditToken(tid=tid, rnd=1, amount=10), old_key)).result is MeterResult.CRC_ERROR
    assert meter.enter(encode(CreditToken(tid=tid, rnd=1, amount=10), new_key)).result is MeterResult.ACCEPTED


def test_rollover_moves_a_1993_meter_to_2014_and_it_accepts_2026_tokens():
    meter = sta_meter(base_date=BaseDate.Y1993)
    with pytest.raises(Exception, match="TID-rollover"):
        tid_from_datetime(NOW, BaseDate.Y1993)
    meter.enter(credit(meter, 16_000_000))
    new_params = KeyParameters("123456", 1, 2, base_date=BaseDate.Y2014)
    new_key = derive_decoder_key(VK02, METER, new_params)
    for token in key_change_tokens(meter.decoder_key, new_key, new_params, rollover=True):
        meter.enter(token)
    assert meter.params.base_date is BaseDate.Y2014 and meter.tid_memory == [0] * TID_MEMORY_SIZE
    tid = tid_from_datetime(NOW, BaseDate.Y2014)
    assert meter.enter(encode(CreditToken(tid=tid, rnd=2, amount=100), new_key)).result is MeterResult.ACCEPTED


def test_an_expired_key_is_refused():
    meter = sta_meter(ken=85)
    token = credit(meter, 86 << 16)
    outcome = meter.enter(token)
    assert outcome.result is MeterResult.KEY_EXPIRED and "key change" in outcome.help_text
    assert meter.credit == 0


def test_results_for_wrong_meter_typo_other_utility_and_overflow():
    meter = sta_meter()
    other = VirtualMeter.with_vending_key(parse_meter_number("600727111111111153"), meter.params, VK02)
    assert meter.enter(credit(other, 10)).result is MeterResult.CRC_ERROR
    assert meter.enter("1234").result is MeterResult.FORMAT_ERROR
    water = encode(CreditToken(tid=11, rnd=1, amount=10, credit_subclass=1), meter.decoder_key)
    assert meter.enter(water).result is MeterResult.NOT_FOR_METER_TYPE
    meter.credit = 99_999_000
    assert meter.enter(credit(meter, 12, amount=10_000)).result is MeterResult.OVERFLOW


def test_management_tokens_and_consumption():
    meter = sta_meter(tamper=True)
    meter.enter(credit(meter, 20, amount=100))
    assert meter.consume(50) == 0, "no energy flows while tampered"
    assert meter.enter(encode(ClearTamper(tid=21, rnd=0), meter.decoder_key)).result is MeterResult.ACCEPTED
    assert meter.consume(60) == 60 and meter.consume(60) == 40 and not meter.relay_closed
    assert meter.energy_used == 100
    meter.enter(encode(SetMaxPowerLimit(tid=22, rnd=0, watts=5000), meter.decoder_key))
    assert meter.max_power_w == 5000
    meter.enter(credit(meter, 23, amount=100))
    meter.enter(encode(ClearCredit(tid=24, rnd=0, register=0), meter.decoder_key))
    assert meter.credit == 0
    outcome = meter.enter(encode(TestToken(0, TestControl.DISPLAY_KRN, 0), None))
    assert outcome.result is MeterResult.TEST_OK and meter.tests_run == [TestControl.DISPLAY_KRN]
    assert "key" not in {k for k in meter.snapshot() if k.endswith("key")}


@settings(max_examples=30, deadline=None)
@given(new_key_bytes=st.binary(min_size=16, max_size=16), sgc=st.integers(0, 999999), krn=st.integers(1, 9),
       ti=st.integers(0, 99), ken=st.integers(0, 255))
def test_four_token_sets_reassemble_the_new_128_bit_key_and_sgc(new_key_bytes, sgc, krn, ti, ken):
    from sts_pos.sts.keys import DecoderKey

    meter = misty_meter()
    new_params = KeyParameters(f"{sgc:06d}", ti, krn, ken=ken, base_date=BaseDate.Y2014, dkga="04", ea="11")
    new_key = DecoderKey(new_key_bytes, "11")
    results = [meter.enter(t).result for t in key_change_tokens(meter.decoder_key, new_key, new_params)]
    assert results == [MeterResult.KCT_PENDING] * 3 + [MeterResult.KEY_CHANGED]
    assert meter.decoder_key.key == new_key_bytes
    assert (meter.params.sgc, meter.params.krn, meter.params.ti, meter.params.ken) == (f"{sgc:06d}", krn, ti, ken)


@settings(max_examples=30, deadline=None)
@given(new_key_bytes=st.binary(min_size=8, max_size=8), order=st.permutations([0, 1]))
def test_two_token_sets_reassemble_the_new_64_bit_key_in_any_order(new_key_bytes, order):
    from sts_pos.sts.keys import DecoderKey

    meter = sta_meter()
    new_params = KeyParameters("123456", 1, 3, base_date=BaseDate.Y2014)
    tokens = key_change_tokens(meter.decoder_key, DecoderKey(new_key_bytes), new_params)
    results = [meter.enter(tokens[i]).result for i in order]
    assert results == [MeterResult.KCT_PENDING, MeterResult.KEY_CHANGED]
    assert meter.decoder_key.key == new_key_bytes and meter.params.krn == 3
