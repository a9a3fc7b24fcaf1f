"""Token numbers: data block, encryption and the 66-bit transposition, IEC 62055-41 clause 6.3, 6.4, 6.6.

encode: 48-bit body + CRC-16 -> 64-bit data block -> encrypted with the decoder key (class 0 and 2; class 1
is sent in clear) -> class bits transposed in: bits 28 and 27 of the block move to bits 65 and 64, and the
two class bits take their place -> 66-bit number -> 20 decimal digits.

decode reverses every step and checks the CRC; a mismatch means the wrong key (wrong meter) or a
mistyped digit.
"""

from __future__ import annotations

import re

from sts_pos.sts.crc import block_crc
from sts_pos.sts.errors import CrcMismatch, InvalidTokenNumber, StsError, UnknownTokenClass
from sts_pos.sts.keys import DecoderKey
from sts_pos.sts.tid import check_key_not_expired
from sts_pos.sts.tokens import Token, token_from_body48

_MAX_66 = (1 << 66) - 1
_SEPARATORS = re.compile(r"[\s\-]")
_CLASS_MASK = ~(3 << 27) & ((1 << 64) - 1)


def data_block(token: Token) -> int:
    """The 64-bit data block (body and CRC) of ``token``, before encryption."""
    body = token.body48()
    return body << 16 | block_crc(token.token_class, body)


def transpose_class(token_class: int, block: int) -> int:
    """Insert the 2 class bits at bits 28/27 of ``block``; the displaced bits go to 65/64."""
    return (block >> 28 & 1) << 65 | (block >> 27 & 1) << 64 | (block & _CLASS_MASK) | token_class << 27


def untranspose_class(number: int) -> tuple[int, int]:
    """The class and the 64-bit block of a 66-bit token number."""
    token_class = number >> 27 & 3
    block = (number & _CLASS_MASK) | (number >> 65 & 1) << 28 | (number >> 64 & 1) << 27
    return token_class, block


def encode(token: Token, key: DecoderKey | None, ken: int | None = None) -> str:
    """The 20-digit token number of ``token`` for the meter whose decoder key is ``key``.

    Class 1 tokens are not encrypted, so ``key`` may be ``None`` for them. When ``ken`` (the key expiry
    number) is given, a credit token whose TID is beyond it raises :class:`KeyExpired`.
    """
    if ken is not None and token.token_class == 0:
        check_key_not_expired(token.tid, ken)
    block = data_block(token)
    if token.token_class != 1:
        if key is None:
            raise StsError("A decoder key is needed for class 0 and class 2 tokens.")
        block = key.cipher.encrypt(block)
    return f"{transpose_class(token.token_class, block):020d}"


def parse_token_number(text: str) -> str:
    """Normalise a typed token number ("1234 5678-...", spaces and dashes allowed) to 20 digits."""
    digits = _SEPARATORS.sub("", text or "")
    if not digits.isdigit():
        raise InvalidTokenNumber("A token number has digits only; check what was typed.")
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

    Raises :class:`InvalidTokenNumber`, :class:`CrcMismatch` or :class:`UnknownTokenClass`.
    """
    token_class, block = untranspose_class(int(parse_token_number(text)))
    if token_class == 3:
        raise UnknownTokenClass("Token class 3 is reserved; this is not a token this system can read.")
    if token_class != 1:
        if key is None:
            raise StsError("A decoder key is needed to read class 0 and class 2 tokens.")
        block = key.cipher.decrypt(block)
    body = block >> 16
    if block_crc(token_class, body) != block & 0xFFFF:
        raise CrcMismatch(
            "This token does not belong to this meter, or a digit was mistyped "
            "(its check code does not match). Check the meter number and the 20 digits."
        )
    return token_from_body48(token_class, body)
