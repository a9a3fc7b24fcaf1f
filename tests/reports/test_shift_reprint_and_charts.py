"""Shift reports from the command line as a supervisor and a cashier take them (any shift for a supervisor, a
reprinted Z marked COPY, ``--copy`` only reprints), and what the charts write: round 1-2-5 axis ticks
(hypothesis over the highest value), each bar's value in the office's money, cashiers by name."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sts_pos.cli import main
from sts_pos.reports import charts
from sts_pos.reports.sales import sales_report
from sts_pos.store.demo import create_demo
from sts_pos.store.office import Office

PIN = datetime(2027, 4, 1, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("shifts") / "office.sqlite3"
    info = create_demo(path, days_of_sales=2, now=PIN)
    return path, {u["username"]: u for u in info["users"]}


@pytest.fixture
def office(template, tmp_path):
    source, users = template
    path = tmp_path / "office.sqlite3"
    shutil.copy(source, path)
    return path, users


def run(monkeypatch, capsys, path, user, *args) -> tuple[int, str]:
    monkeypatch.setenv("STS_POS_USER", user["username"])
    monkeypatch.setenv("STS_POS_PASSWORD", user["password"])
    capsys.readouterr()
    code = main(["--db", str(path), "report", *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def shifts_of(path, username):
    office = Office.open(path)
    try:
        return [tuple(r) for r in office.conn.execute(
            "SELECT s.id, s.closed_at FROM shifts s JOIN users u ON u.id = s.user_id WHERE u.username = ? "
            "ORDER BY s.id", (username,))]
    finally:
        office.close()


def test_a_supervisor_takes_any_cashiers_z_once_and_every_later_one_is_a_copy(office, monkeypatch, capsys):
    path, users = office
    shift_id = shifts_of(path, "cashier2")[0][0]
    code, out = run(monkeypatch, capsys, path, users["supervisor"], "shift-z", "--shift", str(shift_id),
                    "--format", "json")
    first = json.loads(out)
    assert code == 0 and "COPY" not in first["title"] and "Chris" not in first["title"]
    code, out = run(monkeypatch, capsys, path, users["supervisor"], "shift-z", "--shift", str(shift_id),
                    "--copy", "--format", "json")
    again = json.loads(out)
    assert code == 0 and again["title"].endswith("- COPY")
    assert again["rows"] == first["rows"] and any("COPY" in n for n in again["notes"])
    x_code, out = run(monkeypatch, capsys, path, users["supervisor"], "shift-x", "--shift", str(shift_id),
                      "--format", "json")
    assert x_code == 0 and json.loads(out)["title"].startswith("X report")


def test_copy_only_reprints_and_a_cashier_keeps_to_their_own_shifts(office, monkeypatch, capsys):
    path, users = office
    mine, theirs = shifts_of(path, "cashier")[0][0], shifts_of(path, "cashier2")[0][0]
    code, out = run(monkeypatch, capsys, path, users["supervisor"], "shift-z", "--shift", str(mine), "--copy",
                    "--format", "json")
    assert code != 0 and "never taken" in out
    code, out = run(monkeypatch, capsys, path, users["cashier"], "shift-x", "--shift", str(theirs),
                    "--format", "json")
    assert code != 0 and "own shifts" in out
    code, out = run(monkeypatch, capsys, path, users["cashier"], "shift-x", "--shift", str(mine), "--format", "json")
    assert code == 0 and json.loads(out)["title"].startswith(f"X report, shift {mine}")
    code, out = run(monkeypatch, capsys, path, users["supervisor"], "sales-by-day", "--copy", "--format", "json")
    assert code != 0 and "shift-z" in out


@given(st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1e12"), places=3))
def test_axis_ticks_are_round_steps_from_zero_past_the_highest_value(top):
    ticks = charts.nice_ticks(top)
    step = ticks[1] - ticks[0]
    assert ticks[0] == 0 and ticks[-1] >= top and ticks[-1] - step < top  # reaches it, no empty step above
    assert len(ticks) <= 7
    assert all(b - a == step for a, b in zip(ticks, ticks[1:]))
    digits = step.normalize().as_tuple().digits
    assert digits in ((1,), (2,), (5,)), step


@given(st.integers(min_value=1, max_value=10**9))
def test_count_ticks_are_whole_numbers(top):
    ticks = charts.nice_ticks(Decimal(top), whole=True)
    assert all(t == int(t) for t in ticks) and ticks[-1] >= top


def test_chart_values_in_the_offices_money_and_cashiers_by_name(office):
    path, _users = office
    o = Office.open(path)
    try:
        first, last = date(2027, 3, 30), date(2027, 3, 31)
        plot = charts.chart_plot(o.conn, "sales_per_day", first, last)
        report = sales_report(o.conn, first, last, "day")
        sep = o.repo.settings().currency.thousands_separator
        assert plot.categories == tuple(r[0] for r in report.rows)
        assert plot.value_labels == tuple(
            "R " + f"{r[2] // 100:,}".replace(",", sep) + f".{r[2] % 100:02d}" for r in report.rows)
        assert plot.axis_title == "Amount paid (R)" and plot.unit == "R"
        assert all(label.startswith("R ") for _, label in plot.ticks) and plot.ticks[0][1] == "R 0"
        cashiers = charts.chart_plot(o.conn, "cashiers", first, last)
        assert set(cashiers.categories) == {"Carol Cashier", "Chris Cashier"}
        units = charts.chart_plot(o.conn, "units_per_tariff", first, last)
        assert units.unit == "kWh" and all(t[1][-1].isdigit() for t in units.ticks)
    finally:
        o.close()
