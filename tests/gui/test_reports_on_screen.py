"""Reports on screen, driven as a supervisor and a cashier do it: the report is picked in its list, the dates
typed, Show clicked and the table's cells read; the export after viewing writes what the screen shows; a
supervisor picks a cashier's open shift for the X report and reprints a past Z (marked COPY); the X report's
units are the vend screen's; charts follow the From/To dates with the office's money; a cashier has no charts.
The office clock is pinned (the demo is made at that instant)."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QPushButton

from sts_pos.gui import errors
from tests.gui.conftest import PinnedClock, open_window, pinned_demo_office, reject_dialogs
from tests.gui.test_every_button import answer_next_dialog, done, ok_button

PIN = datetime(2027, 4, 1, 10, 0, tzinfo=UTC)  # 12:00 on 1 April in the demo office (UTC+02:00): free units due


@pytest.fixture(scope="module")
def pinned_demo(tmp_path_factory):
    return pinned_demo_office(tmp_path_factory, PIN, days_of_sales=3)


@pytest.fixture
def office(qtbot, pinned_demo, tmp_path):
    source, info = pinned_demo
    path = tmp_path / "office.sqlite3"
    shutil.copy(source, path)
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT value FROM settings WHERE key = 'thousands_separator'").fetchone()
    SEP["sep"] = row[0] if row else " "  # the settings' default
    ctx, window = open_window(qtbot, path, PinnedClock(PIN), size=None)
    yield ctx, window, info, {u["role"]: u for u in info["users"]}, path
    reject_dialogs()
    ctx.office.close()


def sign_in(qtbot, window, user: dict) -> None:
    if window.root.currentWidget() is window.work:
        window.sign_out()
    page = window.login_page
    page.userEdit.clear()
    page.passwordEdit.clear()
    qtbot.keyClicks(page.userEdit, user["username"])
    qtbot.keyClick(page.userEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.passwordEdit, user["password"])
    qtbot.keyClick(page.passwordEdit, Qt.Key.Key_Return)
    assert window.root.currentWidget() is window.work, page.messageLabel.text()


def choose(qtbot, combo, wanted) -> None:
    """Pick the item whose data is ``wanted`` with the arrow keys, as a person does in a drop-down list."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == wanted:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == wanted, [combo.itemData(i) for i in range(combo.count())]


def type_date(qtbot, edit, day: date) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, day.isoformat())
    assert edit.date() == QDate(day), edit.text()


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


SEP = {"sep": " "}


def money(minor: int) -> str:
    """Money as the demo office writes it (two decimals, its thousands separator, read from its settings)."""
    return f"{minor // 100:,}".replace(",", SEP["sep"]) + f".{minor % 100:02d}"


def test_a_supervisor_shows_a_sales_report_as_a_table_then_exports_what_is_on_screen(qtbot, office, tmp_path):
    ctx, window, info, users, path = office
    sign_in(qtbot, window, users["supervisor"])
    reports = window.show_screen("reports")
    choose(qtbot, reports.reportCombo, "sales-by-day")
    first, last = date(2027, 3, 28), date(2027, 3, 31)
    type_date(qtbot, reports.fromDate, first)
    type_date(qtbot, reports.toDate, last)
    click(qtbot, reports.showButton)
    view = reports.reportView
    assert view.table.isVisible() and reports.tabs.currentWidget() is view, errors.shown[-1:]
    with sqlite3.connect(path) as conn:
        start = (datetime(2027, 3, 28) - timedelta(hours=2)).isoformat()
        count, amount = conn.execute("SELECT count(*), sum(amount) FROM sales WHERE status = 'ISSUED' AND "
                                     "created_at >= ?", (start,)).fetchone()
        days = [r[0] for r in conn.execute(
            "SELECT DISTINCT date(created_at, '+120 minutes') FROM sales WHERE status = 'ISSUED' AND "
            "created_at >= ? ORDER BY 1", (start,))]
    assert count > 0
    model = view.model
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headings[:3] == ["Day", "Sales", "Amount paid (R)"]
    assert [view.cell(r, 0) for r in range(len(days))] == days  # a row a day with sales
    assert view.row_texts(-1)[:3] == ["Total", str(count), money(amount)]  # the totals row
    assert model.rowCount() == len(days) + 1
    assert "2027-03-28" in view.periodLabel.text() and "2027-03-31" in view.periodLabel.text()
    # export after viewing: the file carries the rows and totals on screen
    reports.formatCombo.setFocus()
    qtbot.keyClicks(reports.formatCombo, "csv")  # typing the first letters picks the item
    assert reports.formatCombo.currentText() == "csv"
    target = tmp_path / "by-day.csv"

    def save_as(dialog: QDialog) -> None:
        dialog.setDirectory(str(target.parent))
        dialog.findChild(QLineEdit, "fileNameEdit").setText(target.name)
        save = ok_button(dialog)
        qtbot.waitUntil(save.isEnabled, timeout=2000)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    timer = answer_next_dialog(qtbot, QFileDialog, save_as)
    click(qtbot, reports.findChild(QPushButton, "exportReport"))
    done(timer)
    qtbot.waitUntil(target.exists, timeout=3000)
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [r[0] for r in rows[1:]] == days + ["Total"]
    assert rows[-1][1:3] == [str(count), f"{amount // 100}.{amount % 100:02d}"]


def test_a_supervisor_takes_the_x_report_of_a_cashiers_open_shift_and_its_units_are_the_vend_screens(qtbot, office):
    ctx, window, info, users, path = office
    sign_in(qtbot, window, users["supervisor"])
    ctx.office.unlock_vault(info["vault_passphrase"])
    sign_in(qtbot, window, users["cashier"])
    reports = window.show_screen("reports")
    reports.open_shift("100")
    # an indigent customer's meter: this month's free units come with the sale
    meter = info["meters"][2]["meter_number"]
    vend = window.show_screen("vend")
    qtbot.keyClicks(vend.searchEdit, meter)
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_Return)
    assert vend.meter is not None and vend.meter.free_units_due, errors.shown[-1:]
    qtbot.keyClicks(vend.amountEdit, "200")
    qtbot.waitUntil(lambda: vend.quote is not None and vend.vendButton.isEnabled(), timeout=3000)
    click(qtbot, vend.vendButton)
    assert vend.sale is not None, errors.shown[-1:]
    with sqlite3.connect(path) as conn:
        units, free, shift_id, name, paid = conn.execute(
            "SELECT units_kwh10, free_kwh10, shift_id, full_name, amount FROM sales JOIN users u ON u.id = sales.user_id "
            "WHERE sales.id = ?", (vend.sale.id,)).fetchone()
    assert free == 500
    shown_units = f"{(units + free) // 10:,}.{(units + free) % 10}"
    assert f"{shown_units} kWh" in vend.saleDone.text()

    sign_in(qtbot, window, users["supervisor"])
    reports = window.show_screen("reports")
    cashiers = {reports.shiftCombo.itemText(i).split(" · ")[1] for i in range(reports.shiftCombo.count())}
    assert {"Carol Cashier", "Chris Cashier"} <= cashiers  # every cashier's shifts, by name
    choose(qtbot, reports.shiftCombo, shift_id)
    assert "open" in reports.shiftCombo.currentText()
    click(qtbot, reports.xButton)
    view = reports.reportView
    assert f"shift {shift_id}" in view.titleLabel.text() and f"({name})" in view.titleLabel.text()
    lines = {view.cell(r, 0).strip(): view.row_texts(r) for r in range(view.model.rowCount())}
    assert lines["Units issued (with free units)"][2] == shown_units  # as on the vend screen
    assert lines["Free units"][2] == "50.0"
    assert lines["Sales"][3] == "1" and lines["Money taken"][1] == money(paid)
    assert ctx.office.printed[-1].name == f"shift-{shift_id}-x.pdf"
    assert not reports.zButton.isEnabled()  # an open shift has no Z report yet


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_a_supervisor_reprints_a_past_z_report_marked_copy_and_the_z_stays_as_taken(qtbot, office):
    ctx, window, info, users, path = office
    with sqlite3.connect(path) as conn:
        shift_id, cashier_id = conn.execute("SELECT id, user_id FROM shifts WHERE closed_at IS NOT NULL "
                                            "ORDER BY id LIMIT 1").fetchone()
        expected = conn.execute("SELECT expected_cash FROM shifts WHERE id = ?", (shift_id,)).fetchone()[0]
    sign_in(qtbot, window, users["supervisor"])
    reports = window.show_screen("reports")
    choose(qtbot, reports.shiftCombo, shift_id)
    assert reports.zButton.text() == "Z report"
    click(qtbot, reports.zButton)
    view = reports.reportView
    first_rows = [view.row_texts(r) for r in range(view.model.rowCount())]
    assert "COPY" not in view.titleLabel.text() and "COPY" not in pdf_text(ctx.office.printed[-1])
    lines = {r[0].strip(): r for r in first_rows}
    assert lines["Expected cash"][1] == money(expected)
    # the Z is taken: the list says so, and the button reprints it
    assert reports.shiftCombo.currentData() == shift_id and "Z taken" in reports.shiftCombo.currentText()
    assert reports.zButton.text() == "Reprint Z (copy)"
    with sqlite3.connect(path) as conn:  # a sale voided after the Z never changes it
        conn.execute("UPDATE sales SET status = 'VOIDED' WHERE id = (SELECT min(id) FROM sales WHERE shift_id = ? "
                     "AND status = 'ISSUED')", (shift_id,))
    click(qtbot, reports.zButton)
    assert "COPY" in view.titleLabel.text()
    assert [view.row_texts(r) for r in range(view.model.rowCount())] == first_rows
    copy = ctx.office.printed[-1]
    assert copy.name == f"shift-{shift_id}-z-copy.pdf" and "COPY" in pdf_text(copy)
    with sqlite3.connect(path) as conn:
        taken = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'shift.z_report'").fetchone()[0]
    assert taken == 1


def test_a_cashier_sees_only_their_own_shifts_and_no_charts(qtbot, office):
    ctx, window, info, users, path = office
    sign_in(qtbot, window, users["cashier"])
    reports = window.show_screen("reports")
    with sqlite3.connect(path) as conn:
        own = [r[0] for r in conn.execute("SELECT s.id FROM shifts s JOIN users u ON u.id = s.user_id "
                                          "WHERE u.username = ? ORDER BY s.id DESC", (users["cashier"]["username"],))]
    assert [reports.shiftCombo.itemData(i) for i in range(reports.shiftCombo.count())] == own
    assert reports.findChildren(QChartView) == [] and reports.tabs.count() == 1
    texts = " ".join(w.text() for w in reports.findChildren(QPushButton) + reports.findChildren(type(reports.shiftInfo)))
    assert "Chart" not in texts
    other = next(i for i in range(1, 10) if i not in own)
    with pytest.raises(Exception, match="own shifts"):
        ctx.office.shift_report("x", other)


def test_charts_follow_the_period_and_write_the_offices_money(qtbot, office):
    from sts_pos.reports.sales import sales_report

    ctx, window, info, users, path = office
    sign_in(qtbot, window, users["supervisor"])
    reports = window.show_screen("reports")
    reports.tabs.setCurrentWidget(reports.chartBox)
    first, last = date(2027, 3, 29), date(2027, 3, 30)
    type_date(qtbot, reports.fromDate, first)
    type_date(qtbot, reports.toDate, last)
    choose(qtbot, reports.chartCombo, "sales_per_day")
    chart = reports.chartView
    assert chart.isVisible()
    with sqlite3.connect(path) as conn:
        conn.row_factory = sqlite3.Row
        expected = sales_report(conn, first, last, "day")
    assert list(chart.plot.categories) == [r[0] for r in expected.rows] == ["2027-03-29", "2027-03-30"]
    assert chart.value_texts() == [f"R {money(r[2])}" for r in expected.rows]
    ticks = chart.tick_texts()
    assert ticks[0] == "R 0" and all(t.startswith("R ") for t in ticks) and "ZAR" not in " ".join(ticks)
    steps = {int(t[2:].replace(",", "")) for t in ticks[1:2]}
    assert steps <= {m * 10**k for m in (1, 2, 5) for k in range(8)}, ticks
    choose(qtbot, reports.chartCombo, "cashiers")
    assert set(chart.plot.categories) == {"Carol Cashier", "Chris Cashier"}
