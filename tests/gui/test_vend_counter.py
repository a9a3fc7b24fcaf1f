"""The cashier's counter, driven by keys and mouse: a half-entered sale survives a lock (also when another user
signs in over the lock: that user does not see it, the cashier gets it back); the success of a card sale is
said as plainly as a token sale's; the vend screen's buttons are at least 40 px tall with the program's look.
The office clock is pinned (40 days after the demo's last sale)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from sts_pos.gui import errors
from tests.gui.conftest import last_sale_at, open_window


@pytest.fixture
def office(qtbot, demo_office, tmp_path):
    source, info = demo_office
    path = tmp_path / "counter.sqlite3"
    shutil.copy(source, path)
    last = last_sale_at(path)
    ctx, window = open_window(qtbot, path, lambda: last + timedelta(days=40))
    users = {u["role"]: u for u in info["users"]}

    def sign_in(role: str) -> None:
        page = window.login_page
        page.userEdit.selectAll()  # the login page keeps the last user's name (a lock): typed over
        qtbot.keyClicks(page.userEdit, users[role]["username"])
        qtbot.keyClicks(page.passwordEdit, users[role]["password"])
        qtbot.keyClick(page.passwordEdit, Qt.Key.Key_Return)
        assert ctx.user is not None and ctx.user.username == users[role]["username"], page.messageLabel.text()

    sign_in("supervisor")
    ctx.office.unlock_vault(info["vault_passphrase"])
    window.sign_out()
    yield ctx, window, info, sign_in, path
    ctx.office.close()


def keypad_meter(info) -> str:
    return next(m["meter_number"] for m in info["meters"]
                if m["kind"] == "keypad" and not m["pending_key_change"] and m["ti"] == 1)


def half_enter(qtbot, vend, meter: str, amount: str) -> None:
    qtbot.keyClicks(vend.searchEdit, meter)
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(vend.amountEdit, amount)
    assert vend.meter is not None and vend.meter.meter_number == meter


def test_the_same_cashier_finds_the_half_entered_sale_after_the_lock(qtbot, office):
    ctx, window, info, sign_in, path = office
    sign_in("cashier")
    vend = window.show_screen("vend")
    meter = keypad_meter(info)
    half_enter(qtbot, vend, meter, "120")
    cashier = next(u for u in info["users"] if u["username"] == ctx.user.username)
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock
    assert window.root.currentWidget() is window.login_page
    page = window.login_page
    assert page.userEdit.text() == cashier["username"]
    qtbot.keyClicks(page.passwordEdit, cashier["password"])
    qtbot.keyClick(page.passwordEdit, Qt.Key.Key_Return)
    vend = window.show_screen("vend")
    assert vend.meter is not None and vend.meter.meter_number == meter and vend.amountEdit.text() == "120"
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Return)  # and the sale goes on with one Enter
    assert vend.sale is not None and vend.sale.meter_number == meter, (errors.shown[-1:], vend.saleMessage.text())


def test_another_user_over_the_lock_does_not_see_the_sale_and_the_cashier_gets_it_back(qtbot, office):
    ctx, window, info, sign_in, path = office
    sign_in("cashier")
    vend = window.show_screen("vend")
    meter = keypad_meter(info)
    qtbot.mouseClick(vend.byKwhRadio, Qt.MouseButton.LeftButton)
    half_enter(qtbot, vend, meter, "12.5")
    window.lock()
    sign_in("supervisor")  # the supervisor signs in over the cashier's lock
    other = window.show_screen("vend")
    assert other is not vend and other.meter is None and other.amountEdit.text() == ""
    assert meter not in other.meterValue.text() and other.byMoneyRadio.isChecked()
    window.sign_out()
    sign_in("cashier")
    back = window.show_screen("vend")
    assert back.meter is not None and back.meter.meter_number == meter
    assert back.byKwhRadio.isChecked() and back.amountEdit.text() == "12.5"
    assert QApplication.focusWidget() is back.amountEdit
    qtbot.keyClick(back.amountEdit, Qt.Key.Key_Return)
    assert back.sale is not None, (errors.shown[-1:], back.saleMessage.text())
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT units_kwh10 FROM sales WHERE id = ?", (back.sale.id,)).fetchone()[0] == 125
    window.sign_out()  # a finished sale is nobody's draft: the next sign-in starts clean
    sign_in("cashier")
    assert window.show_screen("vend").meter is None


def test_a_token_sale_says_what_was_sold_in_a_success_line(qtbot, office):
    ctx, window, info, sign_in, path = office
    sign_in("cashier")
    vend = window.show_screen("vend")
    half_enter(qtbot, vend, keypad_meter(info), "150")
    assert not vend.saleDone.isVisible()
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Return)
    with sqlite3.connect(path) as conn:
        receipt, amount = conn.execute("SELECT receipt_no, amount FROM sales ORDER BY id DESC LIMIT 1").fetchone()
    done = vend.saleDone.text()
    assert vend.saleDone.isVisible() and receipt in done and f"R {amount // 100}.{amount % 100:02d}" in done
    assert "tokens" in done
    qtbot.keyClick(vend, Qt.Key.Key_Escape)
    assert not vend.saleDone.isVisible()


def test_a_card_sale_is_said_as_plainly_as_a_token_sale(qtbot, office, virtual_cards):
    ctx, window, info, sign_in, path = office
    sign_in("supervisor")
    meter = next(m["meter_number"] for m in info["meters"]
                 if m["kind"] == "ic_card" and not m["pending_key_change"] and m["dkga"] == "02")
    virtual_cards.insert("customer", "sle4442")
    cards = window.show_screen("cards")
    qtbot.keyClicks(cards.issueMeter, meter)
    qtbot.mouseClick(cards.issueButton, Qt.MouseButton.LeftButton)
    assert not errors.shown, errors.shown
    window.sign_out()
    sign_in("cashier")
    vend = window.show_screen("vend")
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_F3)
    assert vend.meter is not None and vend.meter.meter_number == meter, errors.shown[-1:]
    qtbot.keyClicks(vend.amountEdit, "150")
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Return)
    assert vend.sale is not None, errors.shown[-1:]
    done = vend.saleDone.text()
    assert vend.saleDone.isVisible() and "card" in done and vend.sale.request_id in done
    assert "insert it in the meter" in done and "kWh" in done


def test_vend_screen_buttons_are_at_least_40_px_tall(qtbot, office):
    from sts_pos.gui import style

    app = QApplication.instance()
    saved = app.styleSheet(), app.palette(), app.font(), app.style().name()
    style.apply(app)
    try:
        ctx, window, info, sign_in, path = office
        sign_in("cashier")
        vend = window.show_screen("vend")
        qtbot.wait(1)
        buttons = [b for b in vend.findChildren(QPushButton) if b.isVisible()]
        assert len(buttons) >= 7
        short = [(b.text(), b.height()) for b in buttons if b.height() < 40]
        assert not short, short
    finally:
        app.setStyleSheet(saved[0])
        app.setPalette(saved[1])
        app.setFont(saved[2])
        app.setStyle(saved[3])
