"""Number formatting for receipts and reports: money by the office's settings, energy in kWh.

Money is integer minor units; the office's :class:`~sts_pos.reports.office.MoneyStyle` gives the
currency (code or symbol) and the number of decimals, so nothing here assumes a currency. Energy is
integer tenths of kWh (the STS credit resolution, IEC 62055-41 transfer amount). No floats anywhere.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from sts_pos.reports.office import MoneyStyle
from sts_pos.vending import money as vending_money


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


def format_money(minor: int | Decimal, style: MoneyStyle, symbol: bool = True) -> str:
    """Money as printed: ``"R 1,234.56"`` (symbol, separators and decimals from the office settings), by the
    same rule as everywhere else (:func:`sts_pos.vending.money.format_money`). An exact Decimal of minor
    units (a block cost) is rounded half up to a whole minor unit first."""
    if isinstance(minor, Decimal):
        minor = int(minor.to_integral_value(rounding=ROUND_HALF_UP))
    return vending_money.format_money(int(minor), _currency(style), symbol)


def _currency(style: MoneyStyle) -> vending_money.Currency:
    return vending_money.Currency(code=style.code, symbol=style.symbol, decimals=style.decimals,
                                  decimal_mark=style.decimal_mark, thousands_separator=style.thousands_separator)


def format_rate(rate: int | Decimal, style: MoneyStyle) -> str:
    """A price per kWh in minor units (possibly fractional) in major units, at least the currency's
    decimals and no trailing zeros beyond them: ``Decimal("125.5")`` -> ``"1.255"``."""
    major = Decimal(rate).scaleb(-style.decimals)
    text = f"{major:f}"
    if "." in text:
        whole, frac = text.split(".")
        frac = frac.rstrip("0").ljust(style.decimals, "0")
        text = whole + (style.decimal_mark + frac if frac else "")
    return text


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
