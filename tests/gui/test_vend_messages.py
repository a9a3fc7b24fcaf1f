"""The cashier's flow on the vend screen by keys: Enter right after the last digit sells in one press, and an
amount that cannot be sold says why (with its numbers) in one message area that wraps, so the window keeps
its width at 1280x720 through every error, in English and in Filipino. The office clock is pinned 40 days
after the demo's last sale: a new office month, its fixed charge due."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sts_pos.gui import errors, i18n


@pytest.fixture(params=["en", "fil"])
def counter(request, qtbot, demo_office, tmp_path):
    from sts_pos.app import build

    source, info = demo_office
    path = tmp_path / "counter.sqlite3"
    shutil.copy(source, path)
    with sqlite3.connect(path) as conn:
        last = datetime.fromisoformat(conn.execute("SELECT max(created_at) FROM sales").fetchone()[0])
    app = QApplication.instance()
    if request.param == "fil":
        assert i18n.install_translator(app, "fil") is not None
    errors.shown.clear()
    ctx, window = build(path, synchronous=True, options={"idle_minutes": 60}, clock=lambda: last + timedelta(days=40))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    users = {u["role"]: u for u in info["users"]}
    page = window.login_page
    page.userEdit.setText(users["supervisor"]["username"])
    page.passwordEdit.setText(users["supervisor"]["password"])
    qtbot.keyClick(page.passwordEdit, Qt.Key.Key_Return)
    ctx.office.unlock_vault(info["vault_passphrase"])
    window.sign_out()
    qtbot.keyClicks(page.userEdit, users["cashier"]["username"])
    qtbot.keyClicks(page.passwordEdit, users["cashier"]["password"])
    qtbot.keyClick(page.passwordEdit, Qt.Key.Key_Return)
    assert ctx.user is not None
    meter = next(m["meter_number"] for m in info["meters"]
                 if m["kind"] == "keypad" and not m["pending_key_change"] and m["ti"] == 1)
    yield ctx, window, window.show_screen("vend"), meter, path
    for translator in i18n._translators:
        app.removeTranslator(translator)
    i18n._translators.clear()
    ctx.office.close()


def find(qtbot, vend, meter: str) -> None:
    qtbot.keyClicks(vend.searchEdit, meter)
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_Return)
    assert vend.meter is not None


def type_amount(qtbot, vend, text: str) -> None:
    vend.amountEdit.selectAll()
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(vend.amountEdit, text)
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Return)  # at once: no pause for the live quote


def sales_count(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM sales").fetchone()[0]


def test_enter_right_after_the_last_digit_sells_in_one_press(qtbot, counter):
    ctx, window, vend, meter, path = counter
    before = sales_count(path)
    find(qtbot, vend, meter)
    type_amount(qtbot, vend, "150")
    assert vend.sale is not None, errors.shown[-1:]
    assert sales_count(path) == before + 1 and vend.tokens.views
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Return)  # a second Enter on a finished sale sells nothing more
    assert sales_count(path) == before + 1


def test_errors_wrap_in_one_message_area_and_the_window_keeps_its_width(qtbot, counter):
    ctx, window, vend, meter, path = counter
    width = window.width()
    assert width <= 1280
    find(qtbot, vend, meter)
    before = sales_count(path)
    for text, words in (("5", ("R 10.00",)), ("abc", ()), ("50", ("R 50.00",)),
                        ("999999", ("R 5 000.00",))):
        type_amount(qtbot, vend, text)
        message = vend.saleMessage.text()
        assert vend.saleMessage.isVisible() and message, (text, vend.unitsValue.text())
        assert not words or any(w in message for w in words), message
        assert vend.sale is None and vend.unitsValue.text() == ""
        assert window.width() == width, (text, window.width(), message)
        button = vend.vendButton.mapTo(window, vend.vendButton.rect().bottomRight())
        assert button.x() <= window.width() and button.y() <= window.height()
    assert sales_count(path) == before
    qtbot.keyClick(vend, Qt.Key.Key_Escape)  # next customer: the message goes, the width stays
    assert not vend.saleMessage.isVisible() and window.width() == width


def test_a_mistyped_meter_number_says_the_check_digit_is_wrong(qtbot, counter):
    ctx, window, vend, meter, path = counter
    wrong = meter[:-1] + str((int(meter[-1]) + 1) % 10)
    before = len(errors.shown)
    qtbot.keyClicks(vend.searchEdit, wrong)
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_Return)
    assert vend.meter is None and len(errors.shown) == before + 1
    message = errors.shown[-1][0]
    assert wrong in message or "check digit" in message.lower() or "digit" in message.lower(), message
    assert "No meter or customer matches" not in message
