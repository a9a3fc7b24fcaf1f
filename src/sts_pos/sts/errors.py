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
"""

from __future__ import annotations

from sts_pos.errors import UserFacingError


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
