"""The words of a token SMS: each token labelled and grouped 4-4-4-4-4, in entry order, within 160 characters.

A purchase with key change tokens may not fit one message; the texts are then split so that no token is
cut, each message saying which part it is ("1/2"), and the customer enters them in the order received.
"""

from __future__ import annotations

import re
from typing import Any

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


def sale_sms_texts(result: Any, office: str = "") -> list[str]:
    """SMS texts for an issued sale (``vending.sales.SaleResult``): its tokens in entry order, units bought."""
    from sts_pos.vending.receipt import TOKEN_LABELS

    labels = {**TOKEN_LABELS, "free": "Free"}
    tokens = [(labels.get(t.kind, t.kind), t.number) for t in result.tokens]
    units = result.sale.units_kwh10 + result.sale.free_kwh10
    return token_sms_texts(result.meter["meter_number"], tokens, f"{units // 10}.{units % 10}", office)
