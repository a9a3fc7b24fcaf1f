"""The GUI shows the STS key change refusals of issue 12 in words: a pending change the meter would refuse on
the engineering screen, and a vend whose key change would load the meter's own key again (nothing sold)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt


def _count_sales(gui) -> int:
    with sqlite3.connect(gui.ctx.office.db_path) as conn:
        return conn.execute("SELECT count(*) FROM sales").fetchone()[0]


def test_the_engineering_screen_refuses_a_key_the_meter_has_left(gui):
    gui.unlock_vault()
    gui.sign_in("supervisor")
    meter = next(m for m in gui.info["meters"] if m["base_date"] == 2014 and m["ea"] == "07" and m["krn"] == 2
                 and m["kind"] == "keypad")
    eng = gui.screen("engineering")
    eng.changeMeter.setText(meter["meter_number"])
    eng.changeSgc.setText(meter["sgc"])
    eng.changeKrn.setValue(1)  # KRN 1 is the demo's base-1993 key revision
    eng.changeTi.setValue(meter["ti"])
    eng.set_pending_change()
    assert "never to 1993" in gui.last_error and "gets key change tokens" not in eng.batchResult.text()


def test_a_vend_with_a_same_key_rollover_pending_shows_why_and_sells_nothing(gui, qtbot):
    gui.unlock_vault()
    meter = next(m for m in gui.info["meters"] if m["pending_key_change"] and m["kind"] == "keypad")
    with sqlite3.connect(gui.ctx.office.db_path) as conn:  # a pending change written before the rule
        conn.execute("UPDATE meters SET pending_supply_group_id = supply_group_id, pending_ti = ti, "
                     "pending_key_type = key_type, pending_base_date = '14' WHERE meter_number = ?",
                     (meter["meter_number"],))
    before = _count_sales(gui)
    gui.sign_in("cashier")
    vend = gui.screen("vend")
    vend.searchEdit.setText(meter["meter_number"])
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_Return)
    vend.amountEdit.setText("200")
    vend.refresh_quote()
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Return)
    assert vend.sale is None
    assert "the key the meter already has" in gui.last_error, gui.last_error
    assert "would work again" in gui.last_error
    assert _count_sales(gui) == before
