"""Token numbers: data block, encryption and the 66-bit transposition, IEC 62055-41 clause 6.3, 6.4, 6.6.

encode: 48-bit body + CRC-16 -> 64-bit data block -> encrypted with the decoder key (class 0 and 2; class 1
is sent in clear) -> class bits transposed in: bits 28 and 27 of the block move to bits 65 and 64, and the
two class bits take their place -> 66-bit number -> 20 decimal digits.

decode reverses every step and checks the CRC; a mismatch means the wrong key (wrong meter) or a
mistyped digit.

Only the ASCII digits 0-9 make a token number ("²" or Arabic-Indic digits are refused, not read as
numbers), and every refusal is an :class:`~sts_pos.sts.errors.StsError`. ``encode`` keeps the meter's
rules a certified vending system keeps: no token with a TID beyond the key expiry number (credit and the
class 2 management tokens, clause 6.5.2), and no credit under a default key (DDTK).
"""

from __future__ import annotations

import re

from sts_pos.sts.crc import block_crc
from sts_pos.sts.errors import (
    CrcMismatch,
    InvalidKeyParameters,
    InvalidTokenField,
    InvalidTokenNumber,
    KeyTypeRefused,
    StsError,
    UnknownTokenClass,
    shown,
)
from sts_pos.sts.keys import DecoderKey, KeyType
from sts_pos.sts.tid import check_key_not_expired
from sts_pos.sts.tokens import KEY_CHANGE_TYPES, TOKEN_TYPES, Token, token_from_body48

_MAX_66 = (1 << 66) - 1
_SEPARATORS = re.compile(r"[\s\-]")
_DIGITS = re.compile(r"[0-9]*")
_CLASS_MASK = ~(3 << 27) & ((1 << 64) - 1)


def _check_number(name: str, value: object, bits: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < (1 << bits):
        raise InvalidTokenField(f"The {name} is a {bits}-bit whole number, not {shown(value)}.")


def data_block(token: Token) -> int:
    """The 64-bit data block (body and CRC) of ``token``, before encryption."""
    if not isinstance(token, TOKEN_TYPES):
        raise InvalidTokenField(f"Only STS tokens have a data block, not {shown(token)}.")
    body = token.body48()
    return body << 16 | block_crc(token.token_class, body)


def transpose_class(token_class: int, block: int) -> int:
    """Insert the 2 class bits at bits 28/27 of ``block``; the displaced bits go to 65/64."""
    _check_number("token class", token_class, 2)
    _check_number("data block", block, 64)
    return (block >> 28 & 1) << 65 | (block >> 27 & 1) << 64 | (block & _CLASS_MASK) | token_class << 27


def untranspose_class(number: int) -> tuple[int, int]:
    """The class and the 64-bit block of a 66-bit token number."""
    _check_number("token number", number, 66)
    token_class = number >> 27 & 3
    block = (number & _CLASS_MASK) | (number >> 65 & 1) << 28 | (number >> 64 & 1) << 27
    return token_class, block


def carries_tid(token: Token) -> bool:
    """Credit and the class 2 management tokens carry a TID (and so fall under key expiry); key change
    sections and test tokens do not."""
    return token.token_class != 1 and not isinstance(token, KEY_CHANGE_TYPES)


def check_token_allowed(token: Token, ken: int | None = None, key_type: int | None = None) -> None:
    """The meter-side rules a token must pass before it is made: key expiry for every token with a TID
    (IEC 62055-41 clause 6.5.2: credit and management tokens alike), then no credit under a DDTK."""
    if ken is not None and carries_tid(token):
        check_key_not_expired(token.tid, ken, "credit" if token.token_class == 0 else "a management token")
    if key_type is not None and token.token_class == 0 and key_type == KeyType.DDTK:
        raise KeyTypeRefused(
            "This meter still has its default key (DDTK): it takes no credit until a key change gives it its "
            "own key. A supervisor sets a pending key change to key type 2 (DUTK); its tokens come first.")


def encode(token: Token, key: DecoderKey | None, ken: int | None = None, key_type: int | None = None) -> str:
    """The 20-digit token number of ``token`` for the meter whose decoder key is ``key``.

    Class 1 tokens are not encrypted, so ``key`` may be ``None`` for them. When ``ken`` (the key expiry
    number) is given, a token with a TID beyond it raises :class:`KeyExpired`; when ``key_type`` is given,
    credit under a default key (DDTK) raises :class:`KeyTypeRefused`.
    """
    if not isinstance(token, TOKEN_TYPES):
        raise InvalidTokenField(f"Only STS tokens can be encoded, not {shown(token)}.")
    if ken is not None and (not isinstance(ken, int) or isinstance(ken, bool) or not 0 <= ken <= 255):
        raise InvalidKeyParameters(f"The key expiry number must be 0 to 255, not {shown(ken)}.")
    check_token_allowed(token, ken, key_type)
    block = data_block(token)
    if token.token_class != 1:
        if not isinstance(key, DecoderKey):
            raise StsError("A decoder key is needed for class 0 and class 2 tokens.")
        block = key.cipher.encrypt(block)
    return f"{transpose_class(token.token_class, block):020d}"


def parse_token_number(text: str) -> str:
    """Normalise a typed token number ("1234 5678-...", spaces and dashes allowed) to 20 digits."""
    if text is not None and not isinstance(text, str):
        raise InvalidTokenNumber(f"A token number is typed as text, not {shown(text)}.")
    digits = _SEPARATORS.sub("", text or "")
    if not _DIGITS.fullmatch(digits):
        raise InvalidTokenNumber("A token number has digits only (0 to 9); check what was typed.")
    if len(digits) != 20:
        raise InvalidTokenNumber(f"A token number has 20 digits; this one has {len(digits)}.")
    if int(digits) > _MAX_66:
        raise InvalidTokenNumber("This is not a valid token number (too large); a digit was probably mistyped.")
    return digits


def format_token(number: str) -> str:
    """The 4-4-4-4-4 display form of a token number."""
    digits = parse_token_number(number)
    return " ".join(digits[i:i + 4] for i in range(0, 20, 4))


def decode(text: str, key: DecoderKey | None) -> Token:
    """Decode a token number with the meter's decoder key into its typed token.

    Raises :class:`InvalidTokenNumber`, :class:`CrcMismatch`, :class:`UnknownTokenClass` or (a test token
    whose 2-digit manufacturer code is above 99) :class:`InvalidTokenField`.
    """
    token_class, block = untranspose_class(int(parse_token_number(text)))
    if token_class == 3:
        raise UnknownTokenClass("Token class 3 is reserved; this is not a token this system can read.")
    if token_class != 1:
        if not isinstance(key, DecoderKey):
            raise StsError("A decoder key is needed to read class 0 and class 2 tokens.")
        block = key.cipher.decrypt(block)
    body = block >> 16
    if block_crc(token_class, body) != block & 0xFFFF:
        raise CrcMismatch(
            "This token does not belong to this meter, or a digit was mistyped "
            "(its check code does not match). Check the meter number and the 20 digits."
        )
    return token_from_body48(token_class, body)
