"""Decoder key generation and the three block ciphers (worked examples of the engine facts)."""

import pytest

from sts_pos.sts.ciphers import cipher_by_name, cipher_for
from sts_pos.sts.errors import InvalidKeyParameters
from sts_pos.sts.keys import DecoderKey, KeyParameters, derive_decoder_key, dkga04_message
from sts_pos.sts.meter_number import MeterNumber, parse_meter_number

METER = parse_meter_number("600727000000000009")


def test_dkga02_worked_example():
    params = KeyParameters("123456", 1, 1, key_type=2)
    key = derive_decoder_key(bytes.fromhex("abababababababab"), METER, params)
    assert key.key.hex() == "e653341f9d5bf36f"
    assert "e653" not in repr(key)


def test_dkga04_worked_example_misty1_and_sta():
    params = KeyParameters("123457", 1, 1, key_type=2, dkga="04", ea="11")
    vk = bytes.fromhex("abababababababab949494949494949401234567")
    assert dkga04_message(METER, params).hex() == (
        "04023034023933023131023031000406313233343537013201311236303037323730303030303030303030303900000080")
    assert derive_decoder_key(vk, METER, params).key.hex() == "f94b6ed353c3bfdb113e2d3a7ea3c41d"
    sta = KeyParameters("123457", 1, 1, key_type=2, dkga="04", ea="07")
    assert derive_decoder_key(vk, METER, sta).key.hex() == "aa4baa8749c10d27"


def test_dkga02_common_key_ignores_the_meter():
    params = KeyParameters("123456", 1, 1, key_type=3)
    vk = bytes.fromhex("abababababababab")
    other = MeterNumber("11111111115", "600727")
    assert derive_decoder_key(vk, METER, params) == derive_decoder_key(vk, other, params)


@pytest.mark.parametrize("name,key,plain,cipher", [
    ("STA", "0abc12def3456789", "0b19eb230100c207", "9335c6c96b7352dc"),
    ("DES", "0123456789abcdef", "0123456789abcde7", "c95744256a5ed31d"),
    ("MISTY1", "00112233445566778899aabbccddeeff", "0123456789abcdef", "8b1da5f56ab3d07c"),
    ("MISTY1", "00112233445566778899aabbccddeeff", "fedcba9876543210", "04b68240b13be95d"),
])
def test_cipher_known_answers(name, key, plain, cipher):
    c = cipher_by_name(name, bytes.fromhex(key))
    assert c.encrypt(int(plain, 16)) == int(cipher, 16)
    assert c.decrypt(int(cipher, 16)) == int(plain, 16)


@pytest.mark.parametrize("kwargs,fragment", [
    (dict(sgc="12345"), "6 digits"), (dict(ti=100), "tariff index"), (dict(krn=16), "key revision"),
    (dict(key_type=4), "key type"), (dict(ken=256), "expiry"), (dict(base_date="2000"), "base date"),
    (dict(dkga="03"), "DKGA03"), (dict(ea="11"), "MISTY1"),
])
def test_key_parameter_errors(kwargs, fragment):
    args = dict(sgc="123456", ti=1, krn=1)
    args.update(kwargs)
    with pytest.raises(InvalidKeyParameters, match=fragment):
        KeyParameters(**args)


def test_wrong_key_lengths_are_refused():
    with pytest.raises(InvalidKeyParameters):
        DecoderKey(b"\x00" * 16, "07")
    with pytest.raises(InvalidKeyParameters):
        derive_decoder_key(b"\x00" * 20, METER, KeyParameters("123456", 1, 1))
    with pytest.raises(InvalidKeyParameters):
        cipher_for("13", b"\x00" * 8)
