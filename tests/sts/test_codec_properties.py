"""Round trips over every class, subclass and cipher; altered digits are rejected."""

from hypothesis import given, settings
from hypothesis import strategies as st

from sts_pos.sts.codec import (
    decode,
    encode,
    format_token,
    parse_token_number,
    transpose_class,
    untranspose_class,
)
from sts_pos.sts.errors import CrcMismatch, InvalidTokenNumber, StsError, UnknownTokenClass

from .strategies import encrypted_tokens, keys, test_tokens


@given(token=encrypted_tokens, key=keys)
def test_encrypted_tokens_round_trip(token, key):
    number = encode(token, key)
    assert len(number) == 20 and number.isdigit()
    assert decode(number, key) == token


@given(token=test_tokens)
def test_test_tokens_round_trip_in_clear(token):
    number = encode(token, None)
    assert decode(number, None) == token


@given(cls=st.integers(0, 3), block=st.integers(0, (1 << 64) - 1))
def test_class_transposition_round_trips(cls, block):
    number = transpose_class(cls, block)
    assert number < 1 << 66
    assert untranspose_class(number) == (cls, block)


def _variants(number: str):
    for position in range(20):
        for digit in "0123456789":
            if digit != number[position]:
                yield number[:position] + digit + number[position + 1:]


@settings(derandomize=True, max_examples=40, deadline=None)
@given(token=encrypted_tokens, key=keys)
def test_every_single_digit_change_is_rejected(token, key):
    number = encode(token, key)
    for variant in _variants(number):
        try:
            decoded = decode(variant, key)
        except (CrcMismatch, InvalidTokenNumber, UnknownTokenClass):
            continue
        raise AssertionError(f"{variant} decoded as {decoded}")


@settings(derandomize=True, max_examples=40)
@given(token=encrypted_tokens, key=keys, other=keys)
def test_another_meters_key_is_rejected(token, key, other):
    number = encode(token, key)
    if other.key == key.key:
        return
    try:
        decode(number, other)
    except StsError:
        return
    raise AssertionError("decoded with another meter's key")


def test_display_form_and_typed_input():
    number = "29054347139309851356"
    assert format_token(number) == "2905 4347 1393 0985 1356"
    assert parse_token_number(" 2905-4347 1393-0985 1356 ") == number


def test_token_number_errors_are_precise():
    for text, fragment in (("1234", "20 digits"), ("2905434713930985135a", "digits only"),
                           ("99999999999999999999", "too large")):
        try:
            parse_token_number(text)
        except InvalidTokenNumber as exc:
            assert fragment in str(exc)
        else:
            raise AssertionError(text)
