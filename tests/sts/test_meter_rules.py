"""The virtual meter keeps the rules a real meter keeps (issue 12), scenario by scenario: the manufacture
minute, a forgotten first key change token, key expiry on management tokens, key types, manufacturer codes,
the maximum power limit, and a result code for every input."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sts_pos.sts.codec import encode, transpose_class
from sts_pos.sts.crc import block_crc
from sts_pos.sts.errors import InvalidKeyParameters
from sts_pos.sts.kct import key_change_sections, key_change_tokens
from sts_pos.sts.keys import DecoderKey, KeyParameters, KeyType, derive_decoder_key
from sts_pos.sts.meter import TID_MEMORY_SIZE, MeterResult, VirtualMeter
from sts_pos.sts.meter_number import make_meter_number
from sts_pos.sts.tid import BaseDate, tid_from_datetime
from sts_pos.sts.tokens import (
    ClearCredit,
    ClearTamper,
    CreditToken,
    KeyChange1,
    KeyChange2,
    KeyChange3,
    KeyChange4,
    SetMaxPhasePowerUnbalance,
    SetMaxPowerLimit,
    SetTariffRate,
    TestToken,
)

from .strategies import credit_tokens, management_tokens, test_tokens

VK02 = bytes.fromhex("abababababababab")
VK04 = bytes.fromhex("abababababababab949494949494949401234567")
METER = make_meter_number("04", "12345678")   # manufacturer code 04
METER13 = make_meter_number("0123", "12345678")  # manufacturer code 0123
MADE = datetime(2026, 3, 2, 8, 15, tzinfo=UTC)
PARAMS = KeyParameters("123456", 1, 1, base_date=BaseDate.Y2014)


def new_meter(params=PARAMS, number=METER, **state):
    return VirtualMeter.with_vending_key(number, params, VK04 if params.dkga == "04" else VK02, **state)


def credit(meter, tid, amount=100, rnd=3):
    return encode(CreditToken(tid=tid, rnd=rnd, amount=amount), meter.decoder_key)


def kct_set(meter, new_params, rollover=False, vending_key=VK02):
    new_key = derive_decoder_key(vending_key, meter.meter_number, new_params)
    return key_change_tokens(meter.decoder_key, new_key, new_params, rollover)


def minute(when: datetime) -> int:
    return tid_from_datetime(when, BaseDate.Y2014)


# -- the manufacture minute ----------------------------------------------------------------------------

def test_a_new_meter_refuses_tokens_made_before_it_was():
    meter = new_meter(manufactured=MADE)
    made = minute(MADE)
    assert meter.tid_memory == [made] * TID_MEMORY_SIZE and meter.snapshot()["manufactured_tid"] == made
    assert meter.enter(credit(meter, made - 1)).result is MeterResult.OLD
    assert meter.enter(credit(meter, minute(MADE - timedelta(days=400)))).result is MeterResult.OLD
    assert meter.enter(credit(meter, made)).result is MeterResult.USED
    assert meter.enter(credit(meter, made + 1)).result is MeterResult.ACCEPTED
    assert meter.credit == 100
    # the manufacture minute leaves the memory as newer tokens come: 50 later tokens and it is gone
    for tid in range(made + 2, made + 2 + TID_MEMORY_SIZE):
        assert meter.enter(credit(meter, tid, amount=1)).result is MeterResult.ACCEPTED
    assert made not in meter.tid_memory and min(meter.tid_memory) == made + 2


def test_a_rollover_resets_the_memory_to_zeros_on_the_new_base_date():
    meter = new_meter(KeyParameters("123456", 1, 1, base_date=BaseDate.Y1993), manufactured_tid=16_000_000)
    assert meter.enter(credit(meter, 15_999_999)).result is MeterResult.OLD
    new_params = KeyParameters("123456", 1, 2, base_date=BaseDate.Y2014)
    results = [meter.enter(t).result for t in kct_set(meter, new_params, rollover=True)]
    assert results == [MeterResult.KCT_PENDING, MeterResult.KEY_CHANGED]
    assert meter.params.base_date is BaseDate.Y2014 and meter.tid_memory == [0] * TID_MEMORY_SIZE
    assert meter.enter(credit(meter, minute(MADE))).result is MeterResult.ACCEPTED


# -- a pending first key change token ------------------------------------------------------------------

def test_a_first_key_change_token_is_forgotten_after_ten_minutes_of_meter_time():
    meter = new_meter()
    old_key = meter.decoder_key
    first, second = kct_set(meter, replace(PARAMS, krn=2))
    assert meter.enter(first).result is MeterResult.KCT_PENDING
    meter.advance(599)
    assert meter.snapshot()["key_change_sections_pending"] == 1
    meter.advance(2)  # 601 s after the first section
    assert meter.snapshot()["key_change_sections_pending"] == 0
    assert meter.enter(second).result is MeterResult.KCT_PENDING, "the second section starts a new set"
    assert meter.decoder_key == old_key
    assert meter.enter(first).result is MeterResult.KEY_CHANGED  # the set entered again, in time
    assert meter.params.krn == 2


def test_the_timeout_is_meter_time_and_configurable():
    meter = new_meter(kct_timeout_s=60)
    first, second = kct_set(meter, replace(PARAMS, krn=2))
    meter.enter(first)
    meter.draw(0, 59)  # the load's clock is the meter's clock
    assert meter.enter(second).result is MeterResult.KEY_CHANGED
    meter = new_meter(kct_timeout_s=60)
    first, second = kct_set(meter, replace(PARAMS, krn=2))
    meter.enter(first)
    meter.draw(0, 61)
    assert meter.enter(second).result is MeterResult.KCT_PENDING


@pytest.mark.parametrize("between", ["credit", "test", "management", "used credit"])
def test_a_first_key_change_token_is_forgotten_after_any_other_token(between):
    meter = new_meter()
    used = credit(meter, 500)
    meter.enter(used)
    first, second = kct_set(meter, replace(PARAMS, krn=2))
    assert meter.enter(first).result is MeterResult.KCT_PENDING
    other = {"credit": credit(meter, 600), "test": encode(TestToken(0, 1, 0), None),
             "management": encode(ClearTamper(tid=700, rnd=0), meter.decoder_key), "used credit": used}[between]
    meter.enter(other)
    assert meter.enter(second).result is MeterResult.KCT_PENDING
    assert meter.params.krn == 1


def test_a_mistyped_entry_between_the_sections_does_not_cost_the_first():
    meter = new_meter()
    first, second = kct_set(meter, replace(PARAMS, krn=2))
    meter.enter(first)
    assert meter.enter(second[:-1] + str((int(second[-1]) + 1) % 10)).result in (MeterResult.CRC_ERROR,
                                                                                  MeterResult.FORMAT_ERROR)
    assert meter.enter("1234").result is MeterResult.FORMAT_ERROR
    assert meter.enter(second).result is MeterResult.KEY_CHANGED


# -- key expiry on management tokens -------------------------------------------------------------------

@pytest.mark.parametrize("token", [
    SetMaxPowerLimit(tid=86 << 16, rnd=1, watts=2000), ClearCredit(tid=86 << 16, rnd=1, register=0),
    SetTariffRate(tid=86 << 16, rnd=1, rate=7), ClearTamper(tid=86 << 16, rnd=1),
    SetMaxPhasePowerUnbalance(tid=86 << 16, rnd=1, watts=500),
], ids=lambda t: type(t).__name__)
def test_management_tokens_under_an_expired_key_are_refused(token):
    meter = new_meter(replace(PARAMS, ken=85), credit=500, tamper=True)
    before = meter.snapshot()
    outcome = meter.enter(encode(token, meter.decoder_key))
    assert outcome.result is MeterResult.KEY_EXPIRED and "management tokens" in outcome.help_text
    assert meter.snapshot() == {**before, "last_result": "KEY_EXPIRED"}
    assert token.tid not in meter.tid_memory


def test_an_expired_key_is_left_by_a_key_change_and_then_tokens_work():
    meter = new_meter(replace(PARAMS, ken=85))
    results = [meter.enter(t).result for t in kct_set(meter, replace(PARAMS, krn=2, ken=255))]
    assert results == [MeterResult.KCT_PENDING, MeterResult.KEY_CHANGED] and meter.params.ken == 255
    limit = encode(SetMaxPowerLimit(tid=86 << 16, rnd=1, watts=2000), meter.decoder_key)
    assert meter.enter(limit).result is MeterResult.ACCEPTED and meter.max_power_w == 2000


# -- key types -----------------------------------------------------------------------------------------

def test_a_meter_with_its_default_key_takes_no_credit_until_its_key_change():
    meter = new_meter(replace(PARAMS, key_type=KeyType.DDTK))
    outcome = meter.enter(credit(meter, 1000))
    assert outcome.result is MeterResult.DDTK and "default key" in outcome.help_text
    assert meter.credit == 0 and 1000 not in meter.tid_memory
    assert meter.enter(encode(SetMaxPowerLimit(tid=1001, rnd=0, watts=4000), meter.decoder_key)).result \
        is MeterResult.ACCEPTED  # management tokens are taken
    results = [meter.enter(t).result for t in kct_set(meter, replace(PARAMS, key_type=KeyType.DUTK))]
    assert results == [MeterResult.KCT_PENDING, MeterResult.KEY_CHANGED]
    assert meter.enter(credit(meter, 1002)).result is MeterResult.ACCEPTED and meter.credit == 100


@pytest.mark.parametrize("current,new,keypad,result", [
    (KeyType.DITK, KeyType.DUTK, True, MeterResult.KEY_CHANGED),
    (KeyType.DITK, KeyType.DDTK, True, MeterResult.KEY_CHANGED),
    (KeyType.DDTK, KeyType.DUTK, True, MeterResult.KEY_CHANGED),
    (KeyType.DUTK, KeyType.DUTK, True, MeterResult.KEY_CHANGED),
    (KeyType.DUTK, KeyType.DITK, True, MeterResult.KEY_TYPE),
    (KeyType.DDTK, KeyType.DITK, True, MeterResult.KEY_TYPE),
    (KeyType.DUTK, KeyType.DDTK, True, MeterResult.KEY_TYPE),
    (KeyType.DUTK, KeyType.DCTK, True, MeterResult.KEY_TYPE),
    (KeyType.DUTK, KeyType.DCTK, False, MeterResult.KEY_CHANGED),
    (KeyType.DCTK, KeyType.DDTK, False, MeterResult.KEY_TYPE),
    (KeyType.DCTK, KeyType.DUTK, False, MeterResult.KEY_CHANGED),
])
def test_which_key_types_a_key_change_may_move_to(current, new, keypad, result):
    meter = new_meter(replace(PARAMS, key_type=current), keypad=keypad)
    old_key, old_params = meter.decoder_key, meter.params
    outcome = [meter.enter(t).result for t in kct_set(meter, replace(PARAMS, krn=2, key_type=new))]
    assert outcome == [MeterResult.KCT_PENDING, result]
    if result is MeterResult.KEY_TYPE:
        assert (meter.decoder_key, meter.params) == (old_key, old_params)
        assert "key type" in result.help_text
    else:
        assert meter.params.key_type is new


def test_a_keypad_meter_cannot_be_made_with_a_common_key():
    with pytest.raises(InvalidKeyParameters, match="common key"):
        new_meter(replace(PARAMS, key_type=KeyType.DCTK))
    assert new_meter(replace(PARAMS, key_type=KeyType.DCTK), keypad=False).params.key_type is KeyType.DCTK


# -- class 1: the manufacturer code --------------------------------------------------------------------

@pytest.mark.parametrize("number,subclass,code,result", [
    (METER, 0, 4, MeterResult.TEST_OK), (METER, 0, 0, MeterResult.TEST_OK), (METER, 1, 4, MeterResult.TEST_OK),
    (METER, 0, 7, MeterResult.MFR_CODE), (METER, 1, 123, MeterResult.MFR_CODE),
    (METER13, 1, 123, MeterResult.TEST_OK), (METER13, 1, 0, MeterResult.TEST_OK), (METER13, 0, 12, MeterResult.MFR_CODE),
])
def test_a_test_token_for_another_manufacturer_gets_its_own_result(number, subclass, code, result):
    meter = new_meter(number=number)
    outcome = meter.enter(encode(TestToken(subclass, 1, code), None))
    assert outcome.result is result
    assert meter.tests_run == ([1] if result is MeterResult.TEST_OK else [])


def test_a_2_digit_manufacturer_code_above_99_is_out_of_range():
    body = 1 << 8 | 200
    number = f"{transpose_class(1, body << 16 | block_crc(1, body)):020d}"
    meter = new_meter()
    assert meter.enter(number).result is MeterResult.RANGE and meter.tests_run == []


# -- key change fields a meter cannot load -------------------------------------------------------------

def _sections(meter, krn=2, ti=1, key_type=2, sgc=None):
    key = derive_decoder_key(VK02, meter.meter_number, replace(PARAMS, krn=2)).as_int
    return [encode(KeyChange1(15, krn, False, key_type, key >> 32), meter.decoder_key),
            encode(KeyChange2(15, ti, key & 0xFFFFFFFF), meter.decoder_key)]


@pytest.mark.parametrize("fields", [dict(krn=0), dict(krn=10), dict(krn=15), dict(ti=100), dict(ti=255)])
def test_key_change_values_outside_the_meters_range(fields):
    meter = new_meter()
    results = [meter.enter(t).result for t in _sections(meter, **fields)]
    assert results == [MeterResult.KCT_PENDING, MeterResult.RANGE]
    assert meter.params == PARAMS and meter.pending_kct == []


def test_a_64_bit_meter_given_sections_3_and_4():
    meter = new_meter()
    third = encode(KeyChange3(0x241, 0x01234567), meter.decoder_key)
    fourth = encode(KeyChange4(0x01E, 0x89ABCDEF), meter.decoder_key)
    first, second = kct_set(meter, replace(PARAMS, krn=2))
    assert meter.enter(first).result is MeterResult.KCT_PENDING
    assert [meter.enter(t).result for t in (third, fourth)] == [MeterResult.NOT_FOR_METER_TYPE] * 2
    assert meter.enter(second).result is MeterResult.KEY_CHANGED and meter.params.krn == 2


def test_a_128_bit_set_with_an_sgc_above_999999():
    params = KeyParameters("123457", 1, 1, base_date=BaseDate.Y2014, dkga="04", ea="11")
    meter = new_meter(params)
    key = DecoderKey(bytes(range(16)), "11").as_int
    sections = [KeyChange1(15, 2, False, 2, key >> 96), KeyChange2(15, 1, key & 0xFFFFFFFF),
                KeyChange3(0xFFF, key >> 64 & 0xFFFFFFFF), KeyChange4(0xFFF, key >> 32 & 0xFFFFFFFF)]
    results = [meter.enter(encode(s, meter.decoder_key)).result for s in sections]
    assert results == [MeterResult.KCT_PENDING] * 3 + [MeterResult.RANGE] and meter.params == params


# -- the maximum power limit ---------------------------------------------------------------------------

def test_a_load_above_the_maximum_power_trips_the_relay_and_clear_tamper_resets_it():
    meter = new_meter(credit=100)
    assert meter.enter(encode(SetMaxPowerLimit(tid=10, rnd=0, watts=1000), meter.decoder_key)).result \
        is MeterResult.ACCEPTED
    assert meter.draw(900, 720) == 1 and meter.relay_closed  # 900 W for 12 min: 0.18 kWh, one whole tenth
    assert meter.draw(900, 1000) == 3 and meter.credit == 96  # 0.25 kWh more, with the 0.08 carried
    assert meter.draw(2500, 1) == 0
    assert meter.load_tripped and not meter.relay_closed and meter.snapshot()["load_tripped"]
    assert meter.draw(500, 3600) == 0 and meter.credit == 96, "no energy while tripped"
    assert meter.consume(5) == 0
    assert meter.enter(encode(ClearTamper(tid=11, rnd=0), meter.decoder_key)).result is MeterResult.ACCEPTED
    assert meter.relay_closed and not meter.load_tripped
    assert meter.draw(1000, 360) == 1  # at the limit is allowed: 1 kW for 6 minutes is 0.1 kWh
    assert meter.draw(1001, 1) == 0 and meter.load_tripped
    meter.reset_trip()  # the reset button
    assert meter.relay_closed and meter.draw(100, 3600) == 1


def test_tamper_and_no_credit_keep_the_relay_open_without_tripping():
    meter = new_meter(credit=0, max_power_w=1000)
    assert meter.draw(5000, 60) == 0 and not meter.load_tripped
    meter.credit, meter.tamper = 10, True
    assert meter.draw(5000, 60) == 0 and not meter.load_tripped
    meter.enter(encode(ClearTamper(tid=5, rnd=0), meter.decoder_key))
    assert meter.relay_closed


# -- a same-key key change: what the vending rules prevent ---------------------------------------------

def test_a_same_key_rollover_set_would_let_a_used_token_work_again():
    """Why the engine and vending refuse a key change to the current key: a meter cannot tell it apart.
    Its sections carry no TID, so the set can be entered again and again, and each rollover clears the
    TID memory (DKGA02 leaves the base date out of the key, so KRN 1 on 2014 is KRN 1 on 1993)."""
    params_1993 = KeyParameters("123456", 1, 1, base_date=BaseDate.Y1993)
    meter = new_meter(params_1993)
    token = credit(meter, 16_000_000, amount=1138)
    assert meter.enter(token).result is MeterResult.ACCEPTED
    same = replace(params_1993, base_date=BaseDate.Y2014)
    with pytest.raises(Exception, match="current key"):
        kct_set(meter, same, rollover=True)
    same_key = derive_decoder_key(VK02, meter.meter_number, same)
    assert same_key == meter.decoder_key
    sections = [encode(s, meter.decoder_key) for s in key_change_sections(same_key, same, True)]
    assert [meter.enter(t).result for t in sections] == [MeterResult.KCT_PENDING, MeterResult.KEY_CHANGED]
    assert meter.enter(token).result is MeterResult.ACCEPTED and meter.credit == 2276, "the replay"


# -- no input makes enter() raise ----------------------------------------------------------------------

METERS = {
    "sta": lambda: new_meter(),
    "misty": lambda: new_meter(KeyParameters("123457", 1, 1, base_date=BaseDate.Y2014, dkga="04", ea="11"),
                               number=METER13),
    "des-ddtk": lambda: new_meter(KeyParameters("123456", 1, 1, key_type=1, base_date=BaseDate.Y1993, ea="09")),
}
key_change_fields = st.one_of(
    st.builds(KeyChange1, ken_high=st.integers(0, 15), krn=st.integers(0, 15), rollover=st.booleans(),
              key_type=st.integers(0, 3), key_bits=st.integers(0, 0xFFFFFFFF), three_kct=st.booleans()),
    st.builds(KeyChange2, ken_low=st.integers(0, 15), ti=st.integers(0, 255), key_bits=st.integers(0, 0xFFFFFFFF)),
    st.builds(KeyChange3, sgc_low=st.integers(0, 0xFFF), key_bits=st.integers(0, 0xFFFFFFFF)),
    st.builds(KeyChange4, sgc_high=st.integers(0, 0xFFF), key_bits=st.integers(0, 0xFFFFFFFF)),
)
entries = st.one_of(
    st.text(max_size=30), st.integers(0, (1 << 66) - 1).map(lambda n: f"{n:020d}"),
    st.from_regex(r"[0-9 \-]{15,30}", fullmatch=True), st.none(), st.integers(), st.binary(max_size=20),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(sorted(METERS)), steps=st.lists(st.one_of(
    st.tuples(st.just("token"), st.one_of(credit_tokens, management_tokens, key_change_fields)),
    st.tuples(st.just("test"), test_tokens), st.tuples(st.just("text"), entries),
    st.tuples(st.just("time"), st.floats(0, 2000)), st.tuples(st.just("load"), st.integers(0, 20000)),
), max_size=25))
def test_every_entry_gets_a_result_and_enter_never_raises(kind, steps):
    meter = METERS[kind]()
    for what, value in steps:
        if what == "token":
            outcome = meter.enter(encode(value, meter.decoder_key))
        elif what == "test":
            outcome = meter.enter(encode(value, None))
        elif what == "text":
            outcome = meter.enter(value)
        elif what == "time":
            meter.advance(value)
            continue
        else:
            meter.draw(value, 60)
            continue
        assert isinstance(outcome.result, MeterResult) and meter.last_result is outcome.result
        assert 0 <= meter.credit and len(meter.tid_memory) == TID_MEMORY_SIZE
        assert len(meter.decoder_key.key) * 8 == meter.params.key_bits
