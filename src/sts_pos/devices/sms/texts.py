"""The words of a token SMS: each token labelled and grouped 4-4-4-4-4, in entry order, in one message each.

A purchase with key change tokens may not fit one message; the texts are then split so that no token is
cut, each message saying which part it is ("1/2"), and the customer enters them in the order received.
Every character is kept (the office name "Parañaque" goes as GSM 7-bit, other scripts as UCS2); a part
that cannot fit one message is refused with the reason, never cut.
"""

from __future__ import annotations

from typing import Any

from sts_pos.devices.sms.pdu import fits, user_data
from sts_pos.sts.codec import format_token


def token_sms_texts(meter_number: str, tokens: list[tuple[str, str]], units_kwh: str | None = None,
                    office: str = "") -> list[str]:
    """SMS texts for ``tokens`` (``(label, 20-digit number)`` in entry order) bought for ``meter_number``."""
    header = f"Meter {meter_number}" + (f" {units_kwh} kWh" if units_kwh else "") + ":"
    footer = f". {office}" if office else ""
    lines = [f"{label} {format_token(number)}" for label, number in tokens]
    single = f"{header} {'; '.join(lines)}{footer}"
    if fits(single):
        return [single]
    total = len(lines)
    parts = [f"({i}/{total}) {header} {line}{footer}" for i, line in enumerate(lines, 1)]
    for part in parts:
        user_data(part)  # a part too long for one message is refused here, with its length
    return parts


def sale_sms_texts(result: Any, office: str = "") -> list[str]:
    """SMS texts for an issued sale (``vending.sales.SaleResult``): its tokens in entry order, units bought."""
    from sts_pos.vending.receipt import TOKEN_LABELS

    labels = {**TOKEN_LABELS, "free": "Free"}
    tokens = [(labels.get(t.kind, t.kind), t.number) for t in result.tokens]
    units = result.sale.units_kwh10 + result.sale.free_kwh10
    return token_sms_texts(result.meter["meter_number"], tokens, f"{units // 10}.{units % 10}", office)
