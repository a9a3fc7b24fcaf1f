"""EA07: the Standard Transfer Algorithm, IEC 62055-41 clause 6.5.2 (written here; no library has it).

STA is a 16-round substitution-permutation cipher on 64 bits with a 64-bit key. Encryption: the key
register starts as ``rotr64(NOT K, 12)``; each round substitutes the 16 nibbles of the block (nibble i
uses table S2 when bit 4i+3 of the key register is 1, else S1), then moves bit j to bit P[j], then rotates
the key register left by one. Decryption runs the rounds backwards with the inverse tables.

Speed: the nibble substitution and the bit permutation are merged into byte tables, 8 positions x 4
key-bit combinations x 256 byte values, each entry the permuted 64-bit contribution of that byte. A round
is then eight lookups OR-ed together; the per-key round schedule (which table each position uses in each
round) is built once per key and cached; the decryption schedule is built on the first decrypt and
published in one assignment, so threads sharing the cached object never see half of it.
"""

from __future__ import annotations

from functools import lru_cache

from sts_pos.sts.ciphers.block import check_block
from sts_pos.sts.errors import InvalidKeyParameters

S1 = (14, 10, 7, 9, 12, 3, 2, 5, 13, 0, 15, 1, 4, 8, 6, 11)
S2 = (12, 8, 2, 13, 7, 6, 1, 3, 11, 5, 9, 15, 0, 4, 10, 14)
P = (55, 42, 10, 18, 24, 21, 44, 35, 2, 22, 56, 43, 27, 58, 9, 50, 6, 36, 12, 61, 37, 38, 53, 16,
     62, 3, 7, 4, 32, 20, 63, 25, 51, 52, 54, 33, 49, 19, 46, 29, 48, 31, 23, 30, 41, 28, 13, 5,
     40, 60, 39, 11, 15, 17, 1, 0, 57, 34, 59, 8, 47, 14, 45, 26)

_MASK64 = (1 << 64) - 1


def _invert(table: tuple[int, ...]) -> tuple[int, ...]:
    inverse = [0] * len(table)
    for index, value in enumerate(table):
        inverse[value] = index
    return tuple(inverse)


S1_INV, S2_INV, P_INV = _invert(S1), _invert(S2), _invert(P)


def _spread(position: int, perm: tuple[int, ...] | None) -> tuple[int, ...]:
    """For each byte value at ``position``: its bits moved by ``perm`` (or left in place)."""
    moved = [1 << (perm[8 * position + i] if perm else 8 * position + i) for i in range(8)]
    table = [0] * 256
    for value in range(1, 256):
        lowest = value & -value
        table[value] = table[value ^ lowest] | moved[lowest.bit_length() - 1]
    return tuple(table)


def _byte_tables(s_a: tuple[int, ...], s_b: tuple[int, ...], perm: tuple[int, ...] | None):
    """tables[position][select][byte] = perm(substituted byte placed at ``position``).

    Select bit 0 picks the box of the low nibble, bit 1 that of the high nibble (1 = the second box).
    """
    tables = []
    for position in range(8):
        spread = _spread(position, perm)
        per_select = []
        for select in range(4):
            low_box = s_b if select & 1 else s_a
            high_box = s_b if select & 2 else s_a
            per_select.append(tuple(spread[low_box[byte & 15] | high_box[byte >> 4] << 4] for byte in range(256)))
        tables.append(tuple(per_select))
    return tuple(tables)


_ENC = _byte_tables(S1, S2, P)                 # substitute then permute (one encryption round)
_DEC = _byte_tables(S1_INV, S2_INV, P_INV)     # inverse substitute then inverse permute
_DEC_LAST = _byte_tables(S1_INV, S2_INV, None)  # the final inverse substitution alone
_PINV_BYTES = tuple(_spread(position, P_INV) for position in range(8))


def _rotl(value: int, count: int) -> int:
    count %= 64
    return ((value << count) | (value >> (64 - count))) & _MASK64


def _select(byte: int) -> int:
    """Table selector for one block byte from the matching key-register byte (its bits 3 and 7)."""
    return (byte >> 3 & 1) | (byte >> 7 & 1) << 1


# For each byte position: key-register byte value -> the merged table that position uses in a round.
_ENC_BY_KEY_BYTE = tuple(tuple(_ENC[p][_select(b)] for b in range(256)) for p in range(8))
_DEC_BY_KEY_BYTE = tuple(tuple(_DEC[p][_select(b)] for b in range(256)) for p in range(8))
_DEC_LAST_BY_KEY_BYTE = tuple(tuple(_DEC_LAST[p][_select(b)] for b in range(256)) for p in range(8))


_ENC_BY_KEY_BYTE_16 = _ENC_BY_KEY_BYTE * 16


def _round_key_bytes(key: int) -> bytes:
    """The key register of the 16 encryption rounds, 8 little-endian bytes each, concatenated.

    Byte p of a round's register selects the tables for block byte p (nibbles 2p and 2p+1).
    """
    start = _rotl(~key & _MASK64, 64 - 12)
    doubled = start << 64 | start
    return b"".join([(doubled >> (64 - r) & _MASK64).to_bytes(8, "little") for r in range(16)])


def _rows_of_eight(flat: tuple) -> tuple:
    iterator = iter(flat)
    return tuple(zip(*[iterator] * 8))


class Sta:
    """STA keyed with a 64-bit decoder key (natural byte order, read big-endian)."""

    __slots__ = ("_rounds", "_enc", "_dec")

    def __init__(self, key: bytes) -> None:
        if not isinstance(key, (bytes, bytearray)) or len(key) != 8:
            raise InvalidKeyParameters("An STA (EA07) decoder key has 8 bytes.")
        self._rounds = _round_key_bytes(int.from_bytes(key, "big"))
        self._enc = _rows_of_eight(tuple(map(tuple.__getitem__, _ENC_BY_KEY_BYTE_16, self._rounds)))
        self._dec = None

    def _decryption_schedule(self) -> tuple:
        """Build the decryption schedule (15 merged rounds and the last substitution) and publish it once.

        One object is shared by every thread (``for_key``): the schedule is made in locals and stored
        with a single assignment, so a thread sees either no schedule (and builds its own, the same) or
        the whole of it, never half (issue 12).
        """
        getter = tuple.__getitem__
        backwards = [self._rounds[8 * r:8 * r + 8] for r in range(15, -1, -1)]
        rounds = tuple(tuple(map(getter, _DEC_BY_KEY_BYTE, kb)) for kb in backwards[:-1])
        last = tuple(map(getter, _DEC_LAST_BY_KEY_BYTE, backwards[-1]))
        schedule = (rounds, last)
        self._dec = schedule
        return schedule

    @staticmethod
    @lru_cache(maxsize=256)
    def for_key(key: bytes) -> Sta:
        """A cached instance for ``key`` (the per-key schedule costs about as much as a few blocks)."""
        return Sta(bytes(key))

    def encrypt(self, block: int) -> int:
        check_block(block)
        for t0, t1, t2, t3, t4, t5, t6, t7 in self._enc:
            b0, b1, b2, b3, b4, b5, b6, b7 = block.to_bytes(8, "little")
            block = t0[b0] | t1[b1] | t2[b2] | t3[b3] | t4[b4] | t5[b5] | t6[b6] | t7[b7]
        return block

    def decrypt(self, block: int) -> int:
        check_block(block)
        q0, q1, q2, q3, q4, q5, q6, q7 = _PINV_BYTES
        b0, b1, b2, b3, b4, b5, b6, b7 = block.to_bytes(8, "little")
        block = q0[b0] | q1[b1] | q2[b2] | q3[b3] | q4[b4] | q5[b5] | q6[b6] | q7[b7]
        rounds, last = self._dec or self._decryption_schedule()  # one read: the whole schedule or none
        # Round r's inverse substitution, then round r-1's inverse permutation, merged in one table.
        for t0, t1, t2, t3, t4, t5, t6, t7 in rounds:
            b0, b1, b2, b3, b4, b5, b6, b7 = block.to_bytes(8, "little")
            block = t0[b0] | t1[b1] | t2[b2] | t3[b3] | t4[b4] | t5[b5] | t6[b6] | t7[b7]
        t0, t1, t2, t3, t4, t5, t6, t7 = last
        b0, b1, b2, b3, b4, b5, b6, b7 = block.to_bytes(8, "little")
        return t0[b0] | t1[b1] | t2[b2] | t3[b3] | t4[b4] | t5[b5] | t6[b6] | t7[b7]

    def __repr__(self) -> str:
        return "Sta(<key hidden>)"
