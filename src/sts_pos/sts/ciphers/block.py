"""The one check every cipher makes on its input: a block is a 64-bit whole number."""

from __future__ import annotations

from sts_pos.sts.errors import InvalidTokenField, shown


def check_block(block: object) -> None:
    """Refuse anything but a 64-bit whole number, in words (never ``OverflowError`` or ``TypeError``)."""
    if not isinstance(block, int) or isinstance(block, bool) or not 0 <= block < 1 << 64:
        raise InvalidTokenField(f"A cipher block is a 64-bit whole number, not {shown(block)}.")
