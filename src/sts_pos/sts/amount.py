"""16-bit exponent/mantissa fields: transfer amounts and power limits, IEC 62055-41 clause 6.3.6.

Bits 15-14 hold the exponent ``e`` (0..3) and bits 13-0 the mantissa ``m`` (0..16383); the value is
``m * 10**e + sum(2**14 * 10**(i-1) for i in 1..e)``. Each exponent covers a contiguous range with step
``10**e``, so a value is representable exactly when it lies in a range and is on that range's step.
``encode_amount`` refuses anything else; the vending rules use :func:`amount_floor` (energy is rounded
down) and :func:`amount_ceil`.
"""

from __future__ import annotations

from sts_pos.sts.errors import AmountOutOfRange, shown

_MANTISSA = 1 << 14
# Offset (value at m = 0) and step for each exponent.
_OFFSETS = (0, 16384, 180224, 1818624)
_STEPS = (1, 10, 100, 1000)
MAX_AMOUNT = _OFFSETS[3] + 16383 * 1000  # 18 201 624


def _check_whole(value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise AmountOutOfRange(f"An amount is a whole number (tenths of the unit, or watts), not {shown(value)}.")


def decode_amount(field16: int) -> int:
    """The value carried by a 16-bit exponent/mantissa field."""
    _check_whole(field16)
    if not 0 <= field16 <= 0xFFFF:
        raise AmountOutOfRange(f"{shown(field16)} is not a 16-bit field.")
    exponent, mantissa = field16 >> 14, field16 & 0x3FFF
    return _OFFSETS[exponent] + mantissa * _STEPS[exponent]


def _exponent_for(value: int) -> int:
    _check_whole(value)
    if value < 0 or value > MAX_AMOUNT:
        raise AmountOutOfRange(
            f"The amount {shown(value)} is outside what a token can carry (0 to {MAX_AMOUNT}).",
        )
    for exponent in (3, 2, 1, 0):
        if value >= _OFFSETS[exponent]:
            return exponent
    raise AssertionError("unreachable")


def encode_amount(value: int) -> int:
    """The 16-bit field for ``value``; raises :class:`AmountOutOfRange` unless it is exactly representable."""
    _check_whole(value)
    if 0 <= value < _MANTISSA:
        return value
    exponent = _exponent_for(value)
    mantissa, rest = divmod(value - _OFFSETS[exponent], _STEPS[exponent])
    if rest:
        raise AmountOutOfRange(
            f"The amount {value} cannot be carried exactly by a token; "
            f"the nearest are {amount_floor(value)} and {amount_ceil(value)}.",
        )
    return (exponent << 14) | mantissa


def amount_floor(value: int) -> int:
    """The largest representable value not above ``value`` (``value`` >= 0)."""
    _check_whole(value)
    if value < 0:
        raise AmountOutOfRange(f"The amount {shown(value)} is negative.")
    value = min(value, MAX_AMOUNT)
    exponent = _exponent_for(value)
    return value - (value - _OFFSETS[exponent]) % _STEPS[exponent]


def amount_ceil(value: int) -> int:
    """The smallest representable value not below ``value``; raises if none exists."""
    exponent = _exponent_for(value)
    rest = (value - _OFFSETS[exponent]) % _STEPS[exponent]
    result = value if rest == 0 else value + _STEPS[exponent] - rest
    if result > MAX_AMOUNT:
        raise AmountOutOfRange(f"The amount {shown(value)} is above the largest a token can carry ({MAX_AMOUNT}).")
    return result
