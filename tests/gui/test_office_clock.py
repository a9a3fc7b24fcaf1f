"""One office clock at the counter, driven by keys and clicks: for one sale, the vend screen, the printed
receipt and the X report show the same office minute, on the last evening of a month in UTC that is already
the next month in the office (UTC+02:00). And the clock guard's window: a supervisor confirms the computer's
time in place and the same sale goes on."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from sts_pos.gui import errors
from tests.gui.conftest import PinnedClock, open_window, pinned_demo_office, reject_dialogs

PIN = datetime(2027, 3, 31, 22, 40, tzinfo=UTC)  # 2027-04-01 00:40 in the demo office (UTC+02:00)


@pytest.fixture(scope="module")
def pinned_demo(tmp_path_factory):
    return pinned_demo_office(tmp_path_factory, PIN, days_of_sales=1)


@pytest.fixture
def counter(qtbot, pinned_demo, tmp_path):
    """The main window on a copy of the pinned demo, with the office clock given by the test."""
    import shutil

    source, info = pinned_demo
    path = tmp_path / "office.sqlite3"
    shutil.copy(source, path)
    clock = PinnedClock(PIN)
    ctx, window = open_window(qtbot, path, clock, size=None)
    users = {u["role"]: u for u in info["users"]}
    yield ctx, window, info, users, clock, path
    reject_dialogs()
    ctx.office.close()


def sign_in(qtbot, window, user: dict) -> None:
    page = window.login_page
    page.userEdit.clear()
    page.passwordEdit.clear()
    qtbot.keyClicks(page.userEdit, user["username"])
    qtbot.keyClick(page.userEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.passwordEdit, user["password"])
    qtbot.keyClick(page.passwordEdit, Qt.Key.Key_Return)
    assert window.root.currentWidget() is window.work, page.messageLabel.text()


def start_of_day(qtbot, ctx, window, info, users) -> None:
    """The supervisor unlocks the vending keys and signs out; the cashier signs in."""
    sign_in(qtbot, window, users["supervisor"])
    ctx.office.unlock_vault(info["vault_passphrase"])
    window.sign_out()
    sign_in(qtbot, window, users["cashier"])


def start_sale(qtbot, window, meter: str, amount: str):
    vend = window.show_screen("vend")
    qtbot.keyClicks(vend.searchEdit, meter)
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_Return)
    assert vend.meter is not None and vend.meter.meter_number == meter
    qtbot.keyClicks(vend.amountEdit, amount)
    qtbot.waitUntil(lambda: vend.quote is not None and vend.vendButton.isEnabled(), timeout=3000)
    return vend


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def keypad_meter(info) -> str:
    return next(m["meter_number"] for m in info["meters"] if m["kind"] == "keypad" and not m["pending_key_change"])


def test_one_sale_shows_one_office_minute_on_screen_receipt_and_x_report(qtbot, counter):
    ctx, window, info, users, clock, path = counter
    start_of_day(qtbot, ctx, window, info, users)
    vend = start_sale(qtbot, window, keypad_meter(info), "200")
    qtbot.mouseClick(vend.vendButton, Qt.MouseButton.LeftButton)
    assert vend.sale is not None, errors.shown[-1:]
    office_minute = "2027-04-01 00:40"  # 22:40 UTC on 31 March is 00:40 on 1 April in the office
    assert office_minute in vend.saleLabel.text() and "UTC+02:00" in vend.saleLabel.text()
    with sqlite3.connect(path) as conn:
        created, receipt_no, month = conn.execute("SELECT created_at, receipt_no, month FROM sales WHERE id = ?",
                                                  (vend.sale.id,)).fetchone()
    assert datetime.fromisoformat(created) == PIN
    assert receipt_no.startswith("270401-") and month == "2027-04"  # the office's day and month
    qtbot.mouseClick(vend.printButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(vend.preview.printButton, Qt.MouseButton.LeftButton)  # printed from its preview
    receipt = pdf_text(ctx.office.printed[-1])
    assert re.search(r"Date\s*" + office_minute, receipt), receipt
    reports = window.show_screen("reports")
    qtbot.mouseClick(reports.xButton, Qt.MouseButton.LeftButton)
    x_report = pdf_text(ctx.office.printed[-1])
    assert f"Sales from {office_minute} to {office_minute}" in x_report, x_report
    assert "times in UTC+02:00" in x_report
    # the shift bar: the shift this sale opened, at the same office minute
    assert office_minute in vend.shiftLabel.text()


def test_a_supervisor_confirms_the_clock_at_the_counter_and_the_same_sale_goes_on(qtbot, counter):
    ctx, window, info, users, clock, path = counter
    with sqlite3.connect(path) as conn:
        last = datetime.fromisoformat(conn.execute("SELECT max(created_at) FROM sales").fetchone()[0])
        before = conn.execute("SELECT count(*) FROM sales").fetchone()[0]
    clock.now = last - timedelta(days=1)  # the computer's clock was set a day back
    start_of_day(qtbot, ctx, window, info, users)
    vend = start_sale(qtbot, window, keypad_meter(info), "150")
    qtbot.mouseClick(vend.vendButton, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "clockDialog")
    assert dialog is not None and dialog.isVisible()
    assert "clock" in dialog.message.text() and "Nothing was sold" in dialog.message.text()
    assert vend.sale is None
    # a wrong password first: refused, nothing sold
    qtbot.keyClicks(dialog.userEdit, users["supervisor"]["username"])
    qtbot.keyClicks(dialog.passwordEdit, "not-the-password")
    qtbot.mouseClick(dialog.confirmButton, Qt.MouseButton.LeftButton)
    assert vend.sale is None and "password" in errors.shown[-1][0].lower()
    qtbot.mouseClick(vend.vendButton, Qt.MouseButton.LeftButton)
    dialog = [d for d in window.findChildren(QDialog, "clockDialog") if d.isVisible()][-1]
    qtbot.keyClicks(dialog.userEdit, users["supervisor"]["username"])
    qtbot.keyClicks(dialog.passwordEdit, users["supervisor"]["password"])
    qtbot.mouseClick(dialog.confirmButton, Qt.MouseButton.LeftButton)
    assert vend.sale is not None, errors.shown[-1:]
    assert vend.tokens.views and ctx.user.username == users["cashier"]["username"]  # still the cashier's session
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM sales").fetchone()[0] == before + 1
        who = conn.execute("SELECT username FROM audit_log WHERE action = 'clock.confirm'").fetchall()
    assert who == [(users["supervisor"]["username"],)]


def test_the_clock_window_words_the_gap_in_hours_or_days(qapp):
    from sts_pos.gui.clock_dialog import verdict_text
    from sts_pos.vending.clock_guard import ClockVerdict
    from sts_pos.vending.office_time import OfficeTime

    office = OfficeTime(120)
    day_behind = ClockVerdict(PIN - timedelta(hours=30), "sale", PIN, 45, office)
    assert "30.0 hours later" in verdict_text(day_behind) and "2027-04-01 00:40" in verdict_text(day_behind)
    week_behind = ClockVerdict(PIN - timedelta(days=7, hours=3), "sale", PIN, 45, office)
    assert "7 days later" in verdict_text(week_behind)
    ahead = ClockVerdict(PIN + timedelta(days=400), "job", PIN, 45, office)
    text = verdict_text(ahead)
    assert "400 days after the last engineering token" in text and "at most 45 days" in text


def test_locked_keys_are_found_before_the_sale_and_a_supervisor_unlocks_them_in_place(qtbot, counter):
    ctx, window, info, users, clock, path = counter
    sign_in(qtbot, window, users["cashier"])
    vend = window.show_screen("vend")
    assert "locked" in vend.saleMessage.text() and vend.saleMessage.isVisible()  # said at sign-in
    assert window.vault_button.isVisible()
    vend = start_sale(qtbot, window, keypad_meter(info), "150")
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT count(*) FROM sales").fetchone()[0]
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Return)
    dialog = window.findChild(QDialog, "unlockDialog")
    assert dialog is not None and dialog.isVisible() and vend.sale is None
    qtbot.keyClicks(dialog.userEdit, users["supervisor"]["username"])
    qtbot.keyClicks(dialog.passwordEdit, users["supervisor"]["password"])
    qtbot.keyClicks(dialog.secretEdit, info["vault_passphrase"])
    qtbot.mouseClick(dialog.confirmButton, Qt.MouseButton.LeftButton)
    assert vend.sale is not None, errors.shown[-1:]
    assert ctx.user.username == users["cashier"]["username"] and not window.vault_button.isVisible()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM sales").fetchone()[0] == before + 1
        unlocked_by = conn.execute("SELECT username FROM audit_log WHERE action = 'vault.unlock' "
                                   "ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert unlocked_by == users["supervisor"]["username"]
