"""EA09: the Data Encryption Algorithm (single DES, ECB, one 64-bit block), IEC 62055-41 clause 6.5.3.

A thin adapter over pycryptodome's DES: the key is the 8-byte decoder key in natural byte order (parity
bits ignored by DES), the block is the data block written as 8 big-endian bytes.
"""

from __future__ import annotations

from Crypto.Cipher import DES

from sts_pos.sts.ciphers.block import check_block
from sts_pos.sts.errors import InvalidKeyParameters


class Dea:
    """DES on one 64-bit block."""

    __slots__ = ("_des",)

    def __init__(self, key: bytes) -> None:
        if not isinstance(key, (bytes, bytearray)) or len(key) != 8:
            raise InvalidKeyParameters("A DES (EA09) decoder key has 8 bytes.")
        self._des = DES.new(bytes(key), DES.MODE_ECB)

    def encrypt(self, block: int) -> int:
        check_block(block)
        return int.from_bytes(self._des.encrypt(block.to_bytes(8, "big")), "big")

    def decrypt(self, block: int) -> int:
        check_block(block)
        return int.from_bytes(self._des.decrypt(block.to_bytes(8, "big")), "big")

    def __repr__(self) -> str:
        return "Dea(<key hidden>)"
