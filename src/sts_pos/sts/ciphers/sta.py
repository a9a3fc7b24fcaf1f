"""EA07: the Standard Transfer Algorithm, IEC 62055-41 clause 6.5.2 (written here; no library has it).

STA is a 16-round substitution-permutation cipher on 64 bits with a 64-bit key. Encryption: the key
register starts as ``rotr64(NOT K, 12)``; each round substitutes the 16 nibbles of the block (nibble i
uses table S2 when bit 4i+3 of the key register is 1, else S1), then moves bit j to bit P[j], then rotates
the key register left by one. Decryption runs the rounds backwards with the inverse tables.

Speed: the nibble substitution and the bit permutation are merged into byte tables, 8 positions x 4
key-bit combinations x 256 byte values, each entry the permuted 64-bit contribution of that byte. A round
is then eight lookups OR-ed together; the per-key round schedule (which table each position uses in each
round) is built once per key and cached.
"""

from __future__ import annotations

from functools import lru_cache

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


def _permute(value: int, perm: tuple[int, ...]) -> int:
    out = 0
    for bit in range(64):
        if value >> bit & 1:
            out |= 1 << perm[bit]
    return out


def _byte_tables(s_a: tuple[int, ...], s_b: tuple[int, ...], perm: tuple[int, ...] | None):
    """tables[position][select][byte] = perm(substituted byte placed at ``position``)."""
    tables = []
    for position in range(8):
        per_select = []
        for select in range(4):
            row = []
            for byte in range(256):
                # select bit 0 picks the box of the low nibble, bit 1 of the high nibble; 1 = second box.
                low = (s_b if select & 1 else s_a)[byte & 15]
                high = (s_b if select & 2 else s_a)[byte >> 4]
                value = (low | high << 4) << (8 * position)
                row.append(_permute(value, perm) if perm else value)
            per_select.append(tuple(row))
        tables.append(tuple(per_select))
    return tuple(tables)


_ENC = _byte_tables(S1, S2, P)                 # substitute then permute (one encryption round)
_DEC = _byte_tables(S1_INV, S2_INV, P_INV)     # inverse substitute then inverse permute
_DEC_LAST = _byte_tables(S1_INV, S2_INV, None)  # the final inverse substitution alone
_PINV_BYTES = tuple(
    tuple(_permute(byte << (8 * position), P_INV) for byte in range(256)) for position in range(8)
)


def _rotl(value: int, count: int) -> int:
    count %= 64
    return ((value << count) | (value >> (64 - count))) & _MASK64


def _round_selects(key: int) -> list[tuple[int, ...]]:
    """For each encryption round, the table selector of each byte position."""
    register = _rotl(~key & _MASK64, 64 - 12)
    rounds = []
    for _ in range(16):
        rounds.append(tuple(
            (register >> (8 * p + 3) & 1) | (register >> (8 * p + 7) & 1) << 1 for p in range(8)
        ))
        register = _rotl(register, 1)
    return rounds


class Sta:
    """STA keyed with a 64-bit decoder key (natural byte order, read big-endian)."""

    __slots__ = ("_enc", "_dec", "_dec_last")

    def __init__(self, key: bytes) -> None:
        if len(key) != 8:
            raise InvalidKeyParameters("An STA (EA07) decoder key has 8 bytes.")
        selects = _round_selects(int.from_bytes(key, "big"))
        self._enc = tuple(tuple(_ENC[p][s] for p, s in enumerate(sel)) for sel in selects)
        backwards = selects[::-1]
        self._dec = tuple(tuple(_DEC[p][s] for p, s in enumerate(sel)) for sel in backwards[:-1])
        self._dec_last = tuple(_DEC_LAST[p][s] for p, s in enumerate(backwards[-1]))

    @staticmethod
    @lru_cache(maxsize=256)
    def for_key(key: bytes) -> "Sta":
        """A cached instance for ``key`` (the per-key schedule costs about as much as a few blocks)."""
        return Sta(bytes(key))

    def encrypt(self, block: int) -> int:
        for t0, t1, t2, t3, t4, t5, t6, t7 in self._enc:
            block = (t0[block & 255] | t1[block >> 8 & 255] | t2[block >> 16 & 255] | t3[block >> 24 & 255]
                     | t4[block >> 32 & 255] | t5[block >> 40 & 255] | t6[block >> 48 & 255] | t7[block >> 56])
        return block

    def decrypt(self, block: int) -> int:
        q = _PINV_BYTES
        block = (q[0][block & 255] | q[1][block >> 8 & 255] | q[2][block >> 16 & 255] | q[3][block >> 24 & 255]
                 | q[4][block >> 32 & 255] | q[5][block >> 40 & 255] | q[6][block >> 48 & 255] | q[7][block >> 56])
        # Round r's inverse substitution, then round r-1's inverse permutation, merged in one table.
        for t0, t1, t2, t3, t4, t5, t6, t7 in self._dec:
            block = (t0[block & 255] | t1[block >> 8 & 255] | t2[block >> 16 & 255] | t3[block >> 24 & 255]
                     | t4[block >> 32 & 255] | t5[block >> 40 & 255] | t6[block >> 48 & 255] | t7[block >> 56])
        t0, t1, t2, t3, t4, t5, t6, t7 = self._dec_last
        return (t0[block & 255] | t1[block >> 8 & 255] | t2[block >> 16 & 255] | t3[block >> 24 & 255]
                | t4[block >> 32 & 255] | t5[block >> 40 & 255] | t6[block >> 48 & 255] | t7[block >> 56])

    def __repr__(self) -> str:
        return "Sta(<key hidden>)"
