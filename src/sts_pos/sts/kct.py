"""Key change token sets, IEC 62055-41 clause 6.3.8 (class 2 subclasses 3, 4, 8, 9).

A 64-bit new decoder key travels in two tokens (1st section: KEN high nibble, new KRN, rollover bit, new
key type, key bits 63-32; 2nd section: KEN low nibble, new TI, key bits 31-0). A 128-bit key travels in
four (1st: bits 127-96, 2nd: bits 31-0, 3rd: bits 95-64 with the SGC's low 12 bits, 4th: bits 63-32
with the SGC's high 12 bits). Every section is encrypted under the meter's *current* decoder key; the
rollover bit tells the meter to move to the new key's base date and clear its TID memory.
"""

from __future__ import annotations

from sts_pos.sts.codec import encode
from sts_pos.sts.keys import DecoderKey, KeyParameters
from sts_pos.sts.tokens import KeyChange1, KeyChange2, KeyChange3, KeyChange4, Token


def key_change_sections(new_key: DecoderKey, new_params: KeyParameters, rollover: bool) -> list[Token]:
    """The key change sections (in entry order 1, 2[, 3, 4]) that load ``new_key`` with ``new_params``."""
    value = new_key.as_int
    ken = new_params.ken
    if len(new_key.key) == 8:
        high, low = value >> 32, value & 0xFFFFFFFF
        return [
            KeyChange1(ken >> 4, new_params.krn, rollover, int(new_params.key_type), high),
            KeyChange2(ken & 15, new_params.ti, low),
        ]
    sgc = int(new_params.sgc)
    return [
        KeyChange1(ken >> 4, new_params.krn, rollover, int(new_params.key_type), value >> 96),
        KeyChange2(ken & 15, new_params.ti, value & 0xFFFFFFFF),
        KeyChange3(sgc & 0xFFF, value >> 64 & 0xFFFFFFFF),
        KeyChange4(sgc >> 12 & 0xFFF, value >> 32 & 0xFFFFFFFF),
    ]


def key_change_tokens(current_key: DecoderKey, new_key: DecoderKey, new_params: KeyParameters,
                      rollover: bool = False) -> list[str]:
    """The 20-digit key change tokens, in entry order, encrypted under ``current_key``."""
    return [encode(section, current_key) for section in key_change_sections(new_key, new_params, rollover)]


def assemble_new_key(sections: list[Token]) -> tuple[int, int]:
    """Rebuild (key as integer, key length in bytes) from decoded sections (any order)."""
    parts = {type(section): section for section in sections}
    first, second = parts[KeyChange1], parts[KeyChange2]
    if KeyChange3 in parts and KeyChange4 in parts:
        value = (first.key_bits << 96 | parts[KeyChange3].key_bits << 64 | parts[KeyChange4].key_bits << 32
                 | second.key_bits)
        return value, 16
    return first.key_bits << 32 | second.key_bits, 8
