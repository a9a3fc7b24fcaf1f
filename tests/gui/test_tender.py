"""The payment-method selector of the Vend screen on the demo office: reached with F7 and the keyboard, the
choice reaches the sale in the database and its receipt, stays for the next customer of the shift, and a new
shift starts on cash."""

from __future__ import annotations

import sqlite3

from pypdf import PdfReader
from PySide6.QtCore import Qt

from tests.gui.test_flows import keypad_meter, vend_once


def _tender(gui, sale_id: int) -> str:
    with sqlite3.connect(gui.ctx.office.db_path) as conn:
        return conn.execute("SELECT tender_type FROM sales WHERE id = ?", (sale_id,)).fetchone()[0]


def test_payment_method_chosen_with_the_keyboard_reaches_the_database_and_is_kept_for_the_shift(gui, qtbot):
    gui.unlock_vault()
    gui.sign_in("cashier")
    vend = gui.screen("vend")
    combo = vend.tenderCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["cash", "card", "mobile_money", "cheque"]
    assert combo.currentData() == "cash" and combo.currentText() == "Cash"  # the default
    assert vend.tenderCaption.buddy() is combo
    vend.searchEdit.setText(keypad_meter(gui, 0))
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_Return)
    qtbot.keyClick(vend, Qt.Key.Key_F7)
    assert combo.hasFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # cash -> card
    assert combo.currentData() == "card"
    first = vend_once(gui, qtbot, keypad_meter(gui, 0), "120").sale
    assert _tender(gui, first.id) == "card"
    qtbot.keyClick(vend, Qt.Key.Key_F10)
    qtbot.mouseClick(vend.preview.printButton, Qt.MouseButton.LeftButton)  # printed from its preview
    text = "\n".join(p.extract_text() for p in PdfReader(str(gui.ctx.office.printed[-1])).pages)
    assert "Paid by" in text and "Card" in text
    qtbot.keyClick(vend, Qt.Key.Key_Escape)  # next customer: the choice stays for the shift
    assert combo.currentData() == "card"
    second = vend_once(gui, qtbot, keypad_meter(gui, 1), "300").sale
    assert _tender(gui, second.id) == "card"
    vend.set_tender("cash")
    third = vend_once(gui, qtbot, keypad_meter(gui, 2), "300").sale
    assert _tender(gui, third.id) == "cash"
    vend.set_tender("mobile_money")
    gui.ctx.office.close_shift(0)
    vend.refresh_shift()
    assert combo.currentData() == "cash"  # the shift ended: back to cash
