"""Number formatting for receipts and reports: money by the office's settings, energy in kWh.

Money is integer minor units; the office's :class:`~sts_pos.reports.receipt_data.MoneyStyle` gives the
currency (code or symbol) and the number of decimals, so nothing here assumes a currency. Energy is
integer tenths of kWh (the STS credit resolution, IEC 62055-41 transfer amount). No floats anywhere.
"""

from __future__ import annotations

from decimal import Decimal

from sts_pos.reports.receipt_data import MoneyStyle


def money_number(minor: int, decimals: int) -> str:
    """``123456, 2`` -> ``"1234.56"``: the plain number (for CSV and spreadsheets), no currency."""
    sign = "-" if minor < 0 else ""
    minor = abs(int(minor))
    if decimals <= 0:
        return f"{sign}{minor}"
    whole, frac = divmod(minor, 10**decimals)
    return f"{sign}{whole}.{frac:0{decimals}d}"


def money_decimal(minor: int, decimals: int) -> Decimal:
    """Exact Decimal of a minor-unit amount (for XLSX cells and JSON consumers that want a number)."""
    return Decimal(int(minor)).scaleb(-decimals)


def format_money(minor: int, style: MoneyStyle) -> str:
    """Money as printed: ``"R 1,234.56"`` or ``"1,234.56 ZMW"`` (thousands separated, currency from settings)."""
    sign = "-" if minor < 0 else ""
    minor = abs(int(minor))
    d = style.decimals
    whole, frac = divmod(minor, 10**d) if d > 0 else (minor, 0)
    number = f"{whole:,}" + (f".{frac:0{d}d}" if d > 0 else "")
    if not style.currency:
        return sign + number
    if style.symbol_after:
        return f"{sign}{number} {style.currency}"
    return f"{sign}{style.currency} {number}"


def format_kwh(tenths: int) -> str:
    """Energy in tenths of kWh -> ``"12.3 kWh"``."""
    sign = "-" if tenths < 0 else ""
    whole, frac = divmod(abs(int(tenths)), 10)
    return f"{sign}{whole:,}.{frac} kWh"


def kwh_number(tenths: int) -> str:
    """Energy in tenths of kWh -> ``"12.3"`` (for CSV)."""
    sign = "-" if tenths < 0 else ""
    whole, frac = divmod(abs(int(tenths)), 10)
    return f"{sign}{whole}.{frac}"
