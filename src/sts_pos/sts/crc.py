"""CRC-16 of the STS data block, IEC 62055-41 clause 6.3.7.

The polynomial x^16 + x^15 + x^2 + 1 processed reflected with initial value 0xFFFF and no final XOR:
exactly CRC-16/MODBUS. The input is ``(class << 48) | (block >> 16)`` as 7 big-endian bytes; the result
goes into the block's low 16 bits with its two bytes swapped (Modbus wire order). Table-driven.
"""

from __future__ import annotations

from sts_pos.sts.errors import InvalidTokenField


def _make_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        table.append(crc)
    return tuple(table)


_TABLE = _make_table()


def crc16_modbus(data: bytes) -> int:
    """CRC-16/MODBUS register value of ``data``."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InvalidTokenField("The CRC is computed over bytes.")
    crc = 0xFFFF
    table = _TABLE
    for byte in data:
        crc = (crc >> 8) ^ table[(crc ^ byte) & 0xFF]
    return crc


def block_crc(token_class: int, body48: int) -> int:
    """The 16-bit CRC field for a data block whose top 48 bits are ``body48``."""
    for name, value, bits in (("token class", token_class, 2), ("token body", body48, 48)):
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < (1 << bits):
            raise InvalidTokenField(f"The {name} is a {bits}-bit whole number.")
    crc = 0xFFFF
    table = _TABLE
    value = (token_class << 48) | body48
    for shift in (48, 40, 32, 24, 16, 8, 0):
        crc = (crc >> 8) ^ table[(crc ^ (value >> shift)) & 0xFF]
    return ((crc & 0xFF) << 8) | (crc >> 8)
