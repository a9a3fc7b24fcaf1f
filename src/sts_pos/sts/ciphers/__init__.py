"""Block ciphers of the STS encryption algorithms, all behind one interface (IEC 62055-41 clause 6.4/6.5).

``cipher_for(ea, key)`` returns an object with ``encrypt(block) -> int`` and ``decrypt(block) -> int`` on
64-bit integers (big-endian byte order where bytes matter):

* ``"07"`` EA07 Standard Transfer Algorithm (``sta``, written here: no library implements it);
* ``"09"`` EA09 DEA/DES (``dea``, pycryptodome);
* ``"11"`` EA11 MISTY1 (``misty1``, written here after RFC 2994: pycryptodome has no MISTY1).
"""

from __future__ import annotations

from typing import Protocol

from sts_pos.sts.ciphers.block import check_block
from sts_pos.sts.ciphers.dea import Dea
from sts_pos.sts.ciphers.misty1 import Misty1
from sts_pos.sts.ciphers.sta import Sta
from sts_pos.sts.errors import InvalidKeyParameters, shown


class BlockCipher(Protocol):
    """A 64-bit block cipher keyed at construction."""

    def encrypt(self, block: int) -> int: ...

    def decrypt(self, block: int) -> int: ...


__all__ = ["ALGORITHMS", "BlockCipher", "Dea", "Misty1", "Sta", "check_block", "cipher_by_name", "cipher_for"]

ALGORITHMS = {"07": "STA", "09": "DES", "11": "MISTY1"}


def cipher_for(ea: str, key: bytes) -> BlockCipher:
    """The block cipher for encryption algorithm code ``ea`` keyed with ``key`` (natural byte order)."""
    if not isinstance(key, (bytes, bytearray)):
        raise InvalidKeyParameters("A cipher key is bytes.")
    key = bytes(key)
    if ea == "07":
        return Sta.for_key(key)
    if ea == "09":
        return Dea(key)
    if ea == "11":
        return Misty1.for_key(key)
    raise InvalidKeyParameters(f"Unknown encryption algorithm {shown(ea)}: use 07 (STA), 09 (DES) or 11 (MISTY1).")


def cipher_by_name(name: str, key: bytes) -> BlockCipher:
    """The cipher called ``STA``, ``DES`` or ``MISTY1`` (as in the vector files)."""
    for ea, algorithm in ALGORITHMS.items():
        if isinstance(name, str) and algorithm == name.upper():
            return cipher_for(ea, key)
    raise InvalidKeyParameters(f"Unknown block cipher {shown(name)}.")
