"""The office header and the reporting calendar, read from the office database's ``settings`` table.

Reports count days in the office's wall-clock time: UTC plus the fixed offset the office chose for its
token identifiers (``vending.tid``; never a clock with daylight saving), so a day report and the
receipts printed that day agree. Sale times are stored as ISO 8601 UTC text; a local day becomes a
half-open UTC range ``[start, end)`` compared as text, which the ``sales_created`` index serves.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sts_pos.vending.office_time import OfficeTime


@dataclass(frozen=True)
class MoneyStyle:
    """How the office writes money in reports (the fields of ``vending.money.Currency``): the symbol printed,
    the ISO code, minor-unit decimals, decimal mark and thousands separator."""

    symbol: str = ""
    decimals: int = 2
    code: str = ""
    decimal_mark: str = "."
    thousands_separator: str = ","

    @classmethod
    def of(cls, currency) -> MoneyStyle:
        """From any object with the ``vending.money.Currency`` attributes."""
        return cls(symbol=currency.symbol, decimals=int(currency.decimals), code=currency.code,
                   decimal_mark=currency.decimal_mark, thousands_separator=currency.thousands_separator)


@dataclass(frozen=True)
class Office:
    """The office header printed on reports."""

    name: str
    vat_number: str = ""
    address: str = ""
    phone: str = ""
    money: MoneyStyle = field(default_factory=MoneyStyle)
    utc_offset_minutes: int = 0  # the office clock (vending.office_time): every printed time is in it

# Setting keys, first match wins (the store's names first).
_KEYS = {
    "name": ("office_name", "office.name", "name"),
    "vat_number": ("office_vat_number", "vat_number", "office.vat_number"),
    "address": ("office_address", "address", "office.address"),
    "phone": ("office_phone", "phone", "office.phone"),
    "currency_code": ("currency_code", "currency", "currency.code"),
    "currency_symbol": ("currency_symbol", "currency.symbol"),
    "currency_decimals": ("currency_decimals", "currency.decimals"),
    "decimal_mark": ("currency_decimal_mark", "decimal_mark", "currency.decimal_mark"),
    "thousands_separator": ("currency_thousands_separator", "thousands_separator", "currency.thousands_separator"),
    "utc_offset": ("utc_offset_minutes", "tid_utc_offset_minutes", "office_utc_offset_minutes"),
}


def settings(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        return {row[0]: row[1] for row in conn.execute("SELECT key, value FROM settings")}
    except sqlite3.OperationalError:
        return {}


def _pick(values: dict[str, str], what: str, default: str = "") -> str:
    for key in _KEYS[what]:
        if key in values and values[key] is not None:
            return str(values[key])
    return default


def office_from_settings(conn: sqlite3.Connection) -> Office:
    """The office name, VAT number and money style of this database."""
    values = settings(conn)
    # defaults as the store's OfficeSettings (store.repository.settings)
    code = _pick(values, "currency_code", "ZAR")
    money = MoneyStyle(
        symbol=_pick(values, "currency_symbol", "R"),
        decimals=int(_pick(values, "currency_decimals", "2") or 2),
        code=code,
        decimal_mark=_pick(values, "decimal_mark", "."),
        thousands_separator=_pick(values, "thousands_separator", " "),
    )
    return Office(
        name=_pick(values, "name", "sts-pos office"),
        vat_number=_pick(values, "vat_number"),
        address=_pick(values, "address"),
        phone=_pick(values, "phone"),
        money=money,
        utc_offset_minutes=_offset(values),
    )


def _offset(values: dict[str, str]) -> int:
    try:
        return int(_pick(values, "utc_offset", "0") or 0)
    except ValueError:
        return 0


def utc_offset_minutes(conn: sqlite3.Connection) -> int:
    return _offset(settings(conn))


def office_time(conn: sqlite3.Connection) -> OfficeTime:
    """The office clock of this database (``vending.office_time``)."""
    return OfficeTime(utc_offset_minutes(conn))


def utc_text(moment: datetime) -> str:
    """A naive UTC datetime as the stored text prefix (``YYYY-MM-DDTHH:MM:SS``)."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def day_bounds(first: date, last: date, offset_minutes: int) -> tuple[str, str]:
    """Local days ``first``..``last`` (inclusive) as the UTC text range ``[start, end)``."""
    shift = timedelta(minutes=offset_minutes)
    start = datetime.combine(first, time()) - shift
    end = datetime.combine(last + timedelta(days=1), time()) - shift
    return utc_text(start), utc_text(end)


def local_day_sql(column: str, offset_minutes: int) -> str:
    """SQL for the local calendar day (``YYYY-MM-DD``) of a stored UTC time column."""
    if offset_minutes == 0:
        return f"substr({column}, 1, 10)"
    return f"strftime('%Y-%m-%d', {column}, '{offset_minutes:+d} minutes')"


def local_month_sql(column: str, offset_minutes: int) -> str:
    if offset_minutes == 0:
        return f"substr({column}, 1, 7)"
    return f"strftime('%Y-%m', {column}, '{offset_minutes:+d} minutes')"


def local_time(utc_text_value: str, offset_minutes: int) -> datetime:
    """A stored UTC time as the office's wall-clock time (naive)."""
    return OfficeTime(offset_minutes).local(utc_text_value).replace(tzinfo=None)
