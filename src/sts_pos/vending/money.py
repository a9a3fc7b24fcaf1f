"""Money in integer minor units, formatted and parsed by the office's currency settings.

Money is never a float: amounts are ``int`` minor units (cents, kobo, ngwee...) and rates are
``Decimal``. The office chooses its currency code, symbol and number of decimals (0 to 4); nothing here
assumes a particular currency. Parsing accepts what a cashier types ("150", "150.5", "1 250,00" is refused
unless the office uses a decimal comma) and refuses more decimals than the currency has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation

from sts_pos.errors import UserFacingError


class InvalidMoney(UserFacingError):
    """A typed amount of money could not be read."""


@dataclass(frozen=True)
class Currency:
    """The office currency: ISO code, symbol printed on receipts, minor-unit decimals, decimal mark."""

    code: str = "ZAR"
    symbol: str = "R"
    decimals: int = 2
    decimal_mark: str = "."
    thousands_separator: str = " "

    def __post_init__(self) -> None:
        if not 0 <= int(self.decimals) <= 4:
            raise InvalidMoney("A currency has 0 to 4 decimals.")
        if self.decimal_mark not in (".", ","):
            raise InvalidMoney("The decimal mark must be '.' or ','.")

    @property
    def scale(self) -> int:
        return 10 ** self.decimals


_BLANKS = re.compile(r"[\s\u00a0']")


def format_money(minor: int, currency: Currency, symbol: bool = True) -> str:
    """``12345`` -> ``"R 123.45"`` (or ``"123.45"`` without the symbol)."""
    if not isinstance(minor, int):
        raise TypeError("money is an int of minor units")
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), currency.scale)
    text = f"{whole:,}".replace(",", currency.thousands_separator)
    if currency.decimals:
        text += currency.decimal_mark + f"{frac:0{currency.decimals}d}"
    text = sign + text
    return f"{currency.symbol} {text}" if symbol and currency.symbol else text


def to_decimal(minor: int, currency: Currency) -> Decimal:
    """Minor units as a Decimal in major units (for JSON and reports)."""
    return Decimal(minor).scaleb(-currency.decimals)


def money_text(minor: int, currency: Currency) -> str:
    """Plain machine-readable major units: ``12345`` -> ``"123.45"`` (JSON output)."""
    return str(to_decimal(minor, currency))


def parse_money(text: str | int | Decimal, currency: Currency, allow_zero: bool = True) -> int:
    """Read an amount typed in major units into minor units; never negative, never more decimals than
    the currency has."""
    if isinstance(text, int):
        value = Decimal(text)
    elif isinstance(text, Decimal):
        value = text
    else:
        raw = _BLANKS.sub("", str(text or ""))
        if currency.symbol:
            raw = raw.replace(currency.symbol, "")
        raw = raw.replace(currency.code, "")
        if currency.decimal_mark == ",":
            raw = raw.replace(".", "").replace(",", ".")
        else:
            raw = raw.replace(",", "") if currency.thousands_separator == "," else raw
        if not raw:
            raise InvalidMoney("Enter an amount of money.")
        if not re.fullmatch(r"\d+(\.\d*)?|\.\d+", raw):
            raise InvalidMoney(f"'{text}' is not an amount of money; type digits and at most one decimal mark.")
        try:
            value = Decimal(raw)
        except InvalidOperation as exc:  # pragma: no cover - the regex guards this
            raise InvalidMoney(f"'{text}' is not an amount of money.") from exc
    if not value.is_finite():
        raise InvalidMoney(f"'{text}' is not an amount of money.")
    if value < 0:
        raise InvalidMoney("An amount of money cannot be negative.")
    minor = value.scaleb(currency.decimals)
    if minor > MAX_MINOR:
        raise InvalidMoney(f"'{text}' is larger than any amount sts-pos handles; check the number.")
    if minor != minor.to_integral_value():
        raise InvalidMoney(
            f"{currency.code} has {currency.decimals} decimals; '{text}' has more. Round the amount."
        )
    result = int(minor)
    if not allow_zero and result == 0:
        raise InvalidMoney("The amount must be more than zero.")
    return result


def ceil_minor(value: Decimal) -> int:
    """Round an exact Decimal amount of minor units up to a whole minor unit."""
    return int(value.to_integral_value(rounding=ROUND_CEILING))


def floor_minor(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_FLOOR))


def round_minor(value: Decimal) -> int:
    """Round half up to a whole minor unit (tax amounts)."""
    return int(value.to_integral_value(rounding=ROUND_HALF_UP))


def kwh_text(kwh10: int) -> str:
    """Tenths of kWh as text: ``1234`` -> ``"123.4"``."""
    return f"{kwh10 // 10}.{kwh10 % 10}" if kwh10 >= 0 else f"-{kwh_text(-kwh10)}"


MAX_MINOR = 10 ** 15  # no sale, debt or charge is larger: bigger numbers are typing errors
MAX_KWH = 10 ** 7


def parse_kwh(text: str | Decimal | int) -> int:
    """Typed kWh -> tenths of kWh (at most one decimal, since STS credit has 0.1 kWh resolution)."""
    raw = str(text).strip().replace(",", ".")
    if not re.fullmatch(r"\d{1,12}(\.\d*)?|\.\d+", raw):
        raise InvalidMoney(f"'{text}' is not a number of kWh; type digits and at most one decimal mark.")
    value = Decimal(raw)
    if value > MAX_KWH:
        raise InvalidMoney(f"{text} kWh is more than any sale ({MAX_KWH:,} kWh); check the number.")
    if value <= 0:
        raise InvalidMoney("The number of kWh must be more than zero.")
    tenths = value * 10
    if tenths != tenths.to_integral_value():
        raise InvalidMoney("Electricity is sold in steps of 0.1 kWh; round the kWh to one decimal.")
    return int(tenths)
