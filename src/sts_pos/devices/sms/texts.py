"""The words of a token SMS: each token labelled and grouped 4-4-4-4-4, in entry order, within 160 characters.

A purchase with key change tokens may not fit one message; the texts are then split so that no token is
cut, each message saying which part it is ("1/2"), and the customer enters them in the order received.
"""

from __future__ import annotations

import re

from sts_pos.devices.sms.modem import MAX_TEXT
from sts_pos.sts.codec import format_token


def token_sms_texts(meter_number: str, tokens: list[tuple[str, str]], units_kwh: str | None = None,
                    office: str = "") -> list[str]:
    """SMS texts for ``tokens`` (``(label, 20-digit number)`` in entry order) bought for ``meter_number``."""
    header = f"Meter {meter_number}" + (f" {units_kwh} kWh" if units_kwh else "") + ":"
    footer = f". {office}" if office else ""
    lines = [f"{label} {format_token(number)}" for label, number in tokens]
    single = f"{header} {'; '.join(lines)}{footer}"
    if len(single) <= MAX_TEXT:
        return [_plain(single)]
    total = len(lines)
    return [_plain(f"({i}/{total}) {header} {line}{footer}"[:MAX_TEXT]) for i, line in enumerate(lines, 1)]


def _plain(text: str) -> str:
    """Only characters every GSM phone shows (the office name may have others)."""
    return re.sub(r"[^A-Za-z0-9 .,:;!?()+\-/'*#%&=@]", " ", text)
