"""Hypothesis strategies for STS tokens and decoder keys."""

from hypothesis import strategies as st

from sts_pos.sts.amount import MAX_AMOUNT, amount_floor
from sts_pos.sts.keys import DecoderKey
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
    SetWaterMeterFactor,
    TestToken,
)

tids = st.integers(0, (1 << 24) - 1)
rnds = st.integers(0, 15)
u16 = st.integers(0, 0xFFFF)
u32 = st.integers(0, 0xFFFFFFFF)
amounts = st.integers(0, MAX_AMOUNT).map(amount_floor)

credit_tokens = st.builds(CreditToken, tid=tids, rnd=rnds, amount=amounts, credit_subclass=st.integers(0, 7))
management_tokens = st.one_of(
    st.builds(SetMaxPowerLimit, tid=tids, rnd=rnds, watts=amounts),
    st.builds(ClearCredit, tid=tids, rnd=rnds, register=u16),
    st.builds(SetTariffRate, tid=tids, rnd=rnds, rate=u16),
    st.builds(ClearTamper, tid=tids, rnd=rnds, pad=u16),
    st.builds(SetMaxPhasePowerUnbalance, tid=tids, rnd=rnds, watts=amounts),
    st.builds(SetWaterMeterFactor, tid=tids, rnd=rnds, factor=u16),
    st.builds(KeyChange1, ken_high=rnds, krn=rnds, rollover=st.booleans(), key_type=st.integers(0, 3),
              key_bits=u32, three_kct=st.booleans()),
    st.builds(KeyChange2, ken_low=rnds, ti=st.integers(0, 255), key_bits=u32),
    st.builds(KeyChange3, sgc_low=st.integers(0, 0xFFF), key_bits=u32),
    st.builds(KeyChange4, sgc_high=st.integers(0, 0xFFF), key_bits=u32),
)
test_tokens = st.one_of(
    st.builds(TestToken, subclass=st.just(0), control=st.integers(0, (1 << 36) - 1),
              manufacturer_code=st.integers(0, 99)),
    st.builds(TestToken, subclass=st.just(1), control=st.integers(0, (1 << 28) - 1),
              manufacturer_code=st.integers(0, 9999)),
)
encrypted_tokens = st.one_of(credit_tokens, management_tokens)
keys = st.one_of(
    st.binary(min_size=8, max_size=8).map(lambda k: DecoderKey(k, "07")),
    st.binary(min_size=8, max_size=8).map(lambda k: DecoderKey(k, "09")),
    st.binary(min_size=16, max_size=16).map(lambda k: DecoderKey(k, "11")),
)
