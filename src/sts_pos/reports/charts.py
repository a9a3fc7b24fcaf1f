"""Chart data for the GUI's Qt Charts: sales per day or month, units per tariff, cashier comparison.

Pure data (no Qt): a :class:`ChartData` holds category labels and one or more named series of integers
in the report units (money in minor units, energy in tenths of kWh); :meth:`ChartData.scaled` gives the
plain numbers to plot (major units, kWh). The figures are those of :mod:`sts_pos.reports.sales`, so a
chart and the report beside it always agree. :func:`chart_plot` adds what a person reads on the chart:
each bar's value and the axis ticks (round 1-2-5 steps) written by the office's money rule
(:func:`sts_pos.reports.formatting.format_money`, the office's currency symbol), the cashiers by their names.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_CEILING, Decimal

from sts_pos.reports.formatting import format_kwh, format_money
from sts_pos.reports.office import MoneyStyle, office_from_settings
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
    money: MoneyStyle = MoneyStyle()

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
        money_decimals=money.decimals, currency=money.symbol or money.code, chart=chart, money=money,
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
    """Per cashier, by their full name (the user name when the user has none)."""
    names = dict(conn.execute("SELECT username, coalesce(nullif(full_name, ''), username) FROM users"))
    rows = [(names.get(r[0], r[0]), *r[1:]) for r in sales_rows(conn, first, last, "cashier")]
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


def nice_ticks(top: Decimal, most: int = 6, whole: bool = False) -> list[Decimal]:
    """Axis ticks from 0 in a round step (1, 2 or 5 times a power of ten) reaching at least ``top``, at most
    ``most`` steps (``whole``: steps of at least 1, for counts): ``top`` 1462 -> 0, 500, 1000, 1500 (never
    487/974/1462)."""
    top = Decimal(top)
    if top <= 0:
        return [Decimal(0), Decimal(1)]
    exponent = max(top.adjusted() - 1, 0) if whole else top.adjusted() - 1
    while True:
        for mantissa in (1, 2, 5):
            step = Decimal(mantissa).scaleb(exponent)
            count = int((top / step).to_integral_value(rounding=ROUND_CEILING))
            if count <= most:
                return [_plain(step * i) for i in range(count + 1)]
        exponent += 1


def _plain(value: Decimal) -> Decimal:
    """``5E+2`` -> ``500``, ``1.50`` -> ``1.5``: the tick as a person writes it."""
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


@dataclass(frozen=True)
class ChartPlot:
    """One series ready to draw: bars with their value written out, and the value axis's ticks."""

    title: str
    axis_title: str  # the series and its unit: "Amount paid (R)", "Units (kWh)", "Sales"
    categories: tuple[str, ...]
    values: tuple[Decimal, ...]  # major units, kWh or counts
    value_labels: tuple[str, ...]  # each bar's value as the office writes it
    ticks: tuple[tuple[Decimal, str], ...]  # (value, label) from 0 to the top of the axis
    series: str = ""  # the series' name ("Amount paid") and unit ("R", "kWh", "" for counts)
    unit: str = ""


def chart_plot(conn: sqlite3.Connection, name: str, first: date, last: date, series: int = 0) -> ChartPlot:
    """The chart ``name`` for the office days ``first``..``last`` as :class:`ChartPlot` (series ``series``)."""
    data = chart_data(conn, name, first, last)
    s = data.series[series]
    values = data.scaled(series)
    ticks = nice_ticks(max(values, default=Decimal(0)), whole=s.kind == "count")
    if s.kind == "money":
        labels = tuple(format_money(v, data.money) for v in s.values)
        whole = all(t == t.to_integral_value() for t in ticks)  # round steps: "R 1,500", not "R 1,500.00"
        style = replace(data.money, decimals=0) if whole else data.money
        scale = 0 if whole else data.money_decimals
        tick_labels = [format_money(int(t.scaleb(scale)), style) for t in ticks]
        unit = data.currency
    elif s.kind == "kwh":
        labels = tuple(format_kwh(v).removesuffix(" kWh") for v in s.values)
        tick_labels = [format_kwh(int(t * 10)).removesuffix(" kWh").removesuffix(".0") for t in ticks]
        unit = "kWh"
    else:
        labels = tuple(f"{v:,}" for v in s.values)
        tick_labels = [f"{int(t):,}" if t == t.to_integral_value() else f"{t}" for t in ticks]
        unit = ""
    return ChartPlot(title=data.title, axis_title=f"{s.name} ({unit})" if unit else s.name,
                     categories=data.categories, values=tuple(values), value_labels=labels,
                     ticks=tuple(zip(ticks, tick_labels)), series=s.name, unit=unit)
