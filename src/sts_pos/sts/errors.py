"""Errors of the STS engine, each naming its exact cause in words a cashier or technician can act on.

Tree::

    StsError(UserFacingError, ValueError)
    +-- InvalidMeterNumber        wrong length, non-digits, bad check digit
    +-- InvalidTokenNumber        not 20 digits / out of the 66-bit range
    +-- CrcMismatch               wrong decoder key or a mistyped digit
    +-- UnknownTokenClass         class/subclass the engine does not define
    +-- KeyExpired                (TID >> 16) > KEN
    +-- TidOutOfRange             the issue time does not fit 24 bits for the base date (TID rollover)
    +-- AmountOutOfRange          an amount that no 16-bit exponent/mantissa field can carry
    +-- InvalidKeyParameters      bad SGC, TI, KRN, key type, base date, algorithm, key length
    +-- InvalidTokenField         a token field of the wrong type or outside its range (a 2-digit
    |                             manufacturer code above 99, an amount of 25.6, a 5-bit RND)
    +-- KeyTypeRefused            the meter's key type does not take this token (credit under a DDTK)
    +-- KeyChangeRefused          a key change a meter or a certified vending system refuses: the same
                                  key again, a key type the meter cannot move to, a base date jump

Nothing else leaves the engine: every public function refuses a wrong type or a malformed text with one
of these (never ``TypeError``, ``AttributeError`` or a bare ``ValueError``).
"""

from __future__ import annotations

from sts_pos.errors import UserFacingError


def shown(value: object, limit: int = 40) -> str:
    """``repr(value)`` cut to ``limit`` characters, for messages about a wrong input of any type or size."""
    try:
        text = repr(value)
    except Exception:  # noqa: BLE001 - a number too long to print, a repr that fails
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


class StsError(UserFacingError, ValueError):
    """Base of every error the STS engine raises."""


class InvalidMeterNumber(StsError):
    """The meter number (DRN) or PAN is malformed."""


class InvalidTokenNumber(StsError):
    """The text is not a 20-digit STS token number."""


class CrcMismatch(StsError):
    """The decrypted block fails its CRC: wrong key, wrong meter or mistyped digits."""


class UnknownTokenClass(StsError):
    """The token class or subclass is not one this engine knows."""


class KeyExpired(StsError):
    """The token identifier is beyond the key expiry number (KEN) of the decoder key."""


class TidOutOfRange(StsError):
    """The issue time cannot be expressed as a 24-bit TID on the key's base date."""


class AmountOutOfRange(StsError):
    """The value does not fit a 16-bit exponent/mantissa field (or is not exactly representable)."""


class InvalidKeyParameters(StsError):
    """A key parameter (SGC, TI, KRN, KT, base date, DKGA, EA, key length) is invalid."""


class InvalidTokenField(StsError):
    """A token field has the wrong type or lies outside what its bits or digits can carry."""


class KeyTypeRefused(StsError):
    """The decoder key's type does not allow this token (no credit under a default key, DDTK)."""


class KeyChangeRefused(StsError):
    """The key change would not be safe or would be refused by the meter (same key, key type, base date)."""
