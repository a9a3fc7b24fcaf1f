"""Chart data for the GUI's Qt Charts: sales per day or month, units per tariff, cashier comparison.

Pure data (no Qt): a :class:`ChartData` holds category labels and one or more named series of integers
in the report units (money in minor units, energy in tenths of kWh); :meth:`ChartData.scaled` gives the
plain numbers to plot (major units, kWh). The figures are those of :mod:`sts_pos.reports.sales`, so a
chart and the report beside it always agree.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sts_pos.reports.office import office_from_settings
from sts_pos.reports.sales import sales_rows

# sales_rows columns: label, count, amount, energy, vat, fixed_charge, debt_recovered, units, free_units, ...
_COUNT, _AMOUNT, _UNITS = 1, 2, 7


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int, ...]
    kind: str  # money | kwh | count


@dataclass(frozen=True)
class ChartData:
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    money_decimals: int = 2
    currency: str = ""
    chart: str = "bar"  # bar | line | pie

    def scaled(self, series_index: int = 0) -> list[Decimal]:
        """The values to plot: money in major units, energy in kWh, counts as they are (exact Decimals)."""
        s = self.series[series_index]
        scale = {"money": -self.money_decimals, "kwh": -1}.get(s.kind, 0)
        return [Decimal(v).scaleb(scale) for v in s.values]


def _chart(conn, title, rows, picks, chart="bar") -> ChartData:
    money = office_from_settings(conn).money
    return ChartData(
        title=title, categories=tuple(r[0] for r in rows),
        series=tuple(Series(name, tuple(r[i] for r in rows), kind) for name, i, kind in picks),
        money_decimals=money.decimals, currency=money.code or money.symbol, chart=chart,
    )


def sales_per_day(conn: sqlite3.Connection, first: date, last: date) -> ChartData:
    rows = sales_rows(conn, first, last, "day")
    return _chart(conn, "Sales per day", rows, [("Amount paid", _AMOUNT, "money"), ("Sales", _COUNT, "count")],
                  chart="line")


def sales_per_month(conn: sqlite3.Connection, first: date, last: date) -> ChartData:
    rows = sales_rows(conn, first, last, "month")
    return _chart(conn, "Sales per month", rows, [("Amount paid", _AMOUNT, "money"), ("Sales", _COUNT, "count")])


def units_per_tariff(conn: sqlite3.Connection, first: date, last: date) -> ChartData:
    rows = sales_rows(conn, first, last, "tariff")
    return _chart(conn, "Units per tariff", rows, [("Units", _UNITS, "kwh")], chart="pie")


def cashier_comparison(conn: sqlite3.Connection, first: date, last: date) -> ChartData:
    rows = sales_rows(conn, first, last, "cashier")
    return _chart(conn, "Cashier comparison", rows,
                  [("Amount paid", _AMOUNT, "money"), ("Sales", _COUNT, "count"), ("Units", _UNITS, "kwh")])


CHARTS = {
    "sales_per_day": sales_per_day,
    "sales_per_month": sales_per_month,
    "units_per_tariff": units_per_tariff,
    "cashiers": cashier_comparison,
}


def chart_data(conn: sqlite3.Connection, name: str, first: date, last: date) -> ChartData:
    """The chart called ``name`` (a key of :data:`CHARTS`, dashes or underscores)."""
    try:
        builder = CHARTS[name.replace("-", "_")]
    except KeyError:
        from sts_pos.errors import UserFacingError

        raise UserFacingError(f"There is no chart called {name!r}.", f"Choose one of: {', '.join(CHARTS)}.") from None
    return builder(conn, first, last)


def chart_points(conn: sqlite3.Connection, name: str, first: date, last: date) -> tuple[str, list[tuple[str, Decimal]], str]:
    """The first series of a chart as ``(title, [(label, value)], unit)`` ready to plot."""
    data = chart_data(conn, name, first, last)
    unit = {"money": data.currency, "kwh": "kWh", "count": ""}[data.series[0].kind]
    return data.title, list(zip(data.categories, data.scaled(0))), unit
