"""End-to-end flows through the real widgets on the demo office (real SQLite, real services, real PDFs)."""

from __future__ import annotations

import sqlite3

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sts_pos.gui import errors
from sts_pos.gui.widgets import group_token

EXPECTED_SCREENS = {
    "cashier": {"vend", "customers", "cards", "reports"},
    "technician": {"customers", "engineering", "cards", "meter_test", "remote"},
    "supervisor": {"vend", "customers", "engineering", "cards", "meter_test", "reports", "admin", "remote"},
    "admin": {"vend", "customers", "engineering", "cards", "meter_test", "reports", "admin", "remote"},
}


def keypad_meter(gui, n: int) -> str:
    """The n-th demo meter with a keypad on the residential tariff (index 1)."""
    meters = [m for m in gui.info["meters"] if m["kind"] == "keypad" and m["ti"] == 1 and m["base_date"] == 2014]
    return meters[n]["meter_number"]


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def db(gui) -> sqlite3.Connection:
    conn = sqlite3.connect(gui.ctx.office.db_path)
    conn.row_factory = sqlite3.Row
    return conn


@pytest.mark.parametrize("role", sorted(EXPECTED_SCREENS))
def test_login_shows_the_screens_of_the_role(gui, role):
    gui.sign_in(role)
    assert gui.window.root.currentWidget() is gui.window.work
    assert set(gui.window.screens) == EXPECTED_SCREENS[role]
    title = gui.window.windowTitle()
    assert "Demo Vending Office" in title and f"({gui.window.role_name(role)})" in title


def test_wrong_password_then_lockout_message(gui):
    for _ in range(6):
        gui.sign_in("cashier", password="wrong-password")
    message = gui.window.login_page.messageLabel.text()
    assert "locked" in message.lower()
    assert gui.window.root.currentWidget() is gui.window.login_page
    gui.sign_in("cashier")  # right password, but still locked
    assert gui.window.root.currentWidget() is gui.window.login_page


def vend_once(gui, qtbot, meter: str, text: str, by_kwh: bool = False):
    vend = gui.screen("vend")
    vend.searchEdit.setText(meter)
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_Return)
    assert vend.meter is not None and vend.meter.meter_number == meter
    if by_kwh:
        vend.byKwhRadio.click()
    vend.amountEdit.setText(text)
    vend.refresh_quote()
    assert vend.quote is not None, gui.last_error
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Return)  # Enter on a quoted amount vends
    assert vend.sale is not None, gui.last_error
    return vend


def test_vend_by_money_token_in_database_and_on_printed_receipt(gui, qtbot):
    gui.unlock_vault()
    gui.sign_in("cashier")
    meter = gui.info["meters"][0]["meter_number"]
    vend = vend_once(gui, qtbot, meter, "150")
    shown = [v.number for v in vend.tokens.views]
    with db(gui) as conn:
        sale = conn.execute("SELECT * FROM sales WHERE id = ?", (vend.sale.id,)).fetchone()
        stored = [r["number"] for r in conn.execute("SELECT number FROM tokens WHERE sale_id = ? ORDER BY id",
                                                    (vend.sale.id,))]
    assert sale["status"] == "ISSUED" and sale["tender"] == 15000
    assert stored == shown and len(shown[0]) == 20
    assert vend.tokens.views[0].text.text() == group_token(shown[-1]) or len(shown) > 1
    qtbot.keyClick(vend, Qt.Key.Key_F10)  # the receipt preview first; its Print button prints
    qtbot.mouseClick(vend.preview.printButton, Qt.MouseButton.LeftButton)
    pdf = gui.ctx.office.printed[-1]
    text = pdf_text(pdf)
    assert group_token(shown[-1]) in text
    assert meter in text and "COPY" not in text


def test_vend_by_kwh(gui, qtbot):
    gui.unlock_vault()
    gui.sign_in("cashier")
    meter = gui.info["meters"][1]["meter_number"]
    vend = vend_once(gui, qtbot, meter, "25.5", by_kwh=True)
    with db(gui) as conn:
        sale = conn.execute("SELECT units_kwh10, free_kwh10 FROM sales WHERE id = ?", (vend.sale.id,)).fetchone()
    assert sale["units_kwh10"] == 255
    assert "25.5 kWh" in vend.unitsValue.text()


def test_reprint_is_marked_copy_and_counted(gui, qtbot):
    gui.unlock_vault()
    gui.sign_in("cashier")
    vend = vend_once(gui, qtbot, gui.info["meters"][2]["meter_number"], "100")
    qtbot.keyClick(vend, Qt.Key.Key_F11)
    qtbot.mouseClick(vend.preview.printButton, Qt.MouseButton.LeftButton)
    copy = gui.ctx.office.printed[-1]
    assert "copy" in copy.name
    text = pdf_text(copy)
    assert "COPY" in text and group_token(vend.tokens.views[-1].number) in text
    with db(gui) as conn:
        assert conn.execute("SELECT reprints FROM sales WHERE id = ?", (vend.sale.id,)).fetchone()[0] == 1


def select_sale(gui, meter: str, sale_id: int):
    customers = gui.screen("customers")
    customers.searchEdit.setText(meter)
    customers.search()
    for row in range(customers.sales.rowCount()):
        item = customers.sales.item(row, 0)
        if item.data(Qt.ItemDataRole.UserRole).id == sale_id:
            customers.sales.selectRow(row)
    assert customers.selected_sale().id == sale_id
    return customers


def test_void_refused_for_cashier_and_done_by_supervisor(gui, qtbot):
    gui.unlock_vault()
    gui.sign_in("cashier")
    meter = keypad_meter(gui, 3)
    sale_id = vend_once(gui, qtbot, meter, "120").sale.id
    customers = select_sale(gui, meter, sale_id)
    assert not customers.voidButton.isEnabled()
    customers.void(reason="customer changed their mind")  # the service refuses, not only the button
    assert "may not void" in gui.last_error
    with db(gui) as conn:
        assert conn.execute("SELECT status FROM sales WHERE id = ?", (sale_id,)).fetchone()[0] == "ISSUED"
    gui.sign_in("supervisor")
    customers = select_sale(gui, meter, sale_id)
    assert customers.voidButton.isEnabled()
    customers.void(reason="wrong meter")
    with db(gui) as conn:
        row = conn.execute("SELECT status, void_reason FROM sales WHERE id = ?", (sale_id,)).fetchone()
    assert tuple(row) == ("VOIDED", "wrong meter")


def test_engineering_token_and_decode(gui):
    gui.unlock_vault()
    gui.sign_in("technician")
    eng = gui.screen("engineering")
    meter = gui.info["meters"][0]["meter_number"]
    eng.meterEdit.setText(meter)
    eng.kindCombo.setCurrentIndex(eng.kindCombo.findData("set_max_power"))
    eng.valueSpin.setValue(3000)
    eng.reasonEdit.setText("work order 4711")
    eng.issue()
    assert len(eng.tokens.views) == 1, gui.last_error
    number = eng.tokens.views[0].number
    with db(gui) as conn:
        row = conn.execute("SELECT t.job_id, j.reason FROM tokens t JOIN engineering_jobs j ON j.id = t.job_id "
                           "WHERE t.number = ?", (number,)).fetchone()
    assert row is not None and row["reason"] == "work order 4711"
    eng.decodeMeter.setText(meter)
    eng.decodeToken.setText(group_token(number))
    eng.decode()
    text = eng.decodeResult.toPlainText()
    assert "Kind: Set maximum power (class 2, subclass 0)" in text and "engineering slip E-" in text
    eng.decodeToken.setText(group_token(number)[:-1] + ("1" if number[-1] != "1" else "2"))
    eng.decode()
    assert "not for meter" in eng.decodeResult.toPlainText() or "digit" in eng.decodeResult.toPlainText()


def test_engineering_needs_a_reason(gui):
    gui.unlock_vault()
    gui.sign_in("technician")
    eng = gui.screen("engineering")
    eng.meterEdit.setText(gui.info["meters"][0]["meter_number"])
    eng.issue()
    assert "reason" in gui.last_error and not eng.tokens.views


def test_vend_with_locked_vault_explains_instead_of_crashing(gui, qtbot):
    gui.sign_in("cashier")
    vend = gui.screen("vend")
    vend.searchEdit.setText(gui.info["meters"][0]["meter_number"])
    vend.find()
    vend.amountEdit.setText("100")
    vend.refresh_quote()
    vend.vend()
    assert vend.sale is None
    # said before any money is taken, and a supervisor is asked to unlock in place (not a traceback)
    assert "locked" in vend.saleMessage.text() and vend.saleMessage.isVisible()
    from PySide6.QtWidgets import QDialog

    dialog = gui.window.findChild(QDialog, "unlockDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_unknown_meter_message(gui):
    gui.sign_in("cashier")
    vend = gui.screen("vend")
    vend.searchEdit.setText("Nobody Nowhere Zzyzx")
    vend.find()
    assert "No meter or customer matches" in gui.last_error


def test_idle_lock_keeps_the_work_of_the_same_user(gui):
    gui.sign_in("cashier")
    vend = gui.screen("vend")
    vend.searchEdit.setText("typed before the lock")
    gui.window.lock()
    assert gui.window.root.currentWidget() is gui.window.login_page
    assert gui.window.login_page.userEdit.text() == gui.users["cashier"]["username"]
    gui.window.login_page.passwordEdit.setText(gui.users["cashier"]["password"])
    gui.window.login_page.submit()
    assert gui.window.screens["vend"] is vend and vend.searchEdit.text() == "typed before the lock"


def test_shift_open_and_close_with_variance(gui):
    gui.sign_in("cashier")
    reports = gui.screen("reports")
    reports.open_shift("200")
    assert reports.shift is not None and reports.shift.opening_float == 20000
    reports.close_shift("195")
    assert errors.informed[-1].endswith("variance R -5.00.")
    assert reports.shift is None
    with db(gui) as conn:
        row = conn.execute("SELECT counted_cash, variance FROM shifts ORDER BY id DESC LIMIT 1").fetchone()
    assert tuple(row) == (19500, -500)


def test_rollover_batch_with_progress_and_printable_slips(gui):
    gui.unlock_vault()
    gui.sign_in("technician")
    eng = gui.screen("engineering")
    with db(gui) as conn:
        before = conn.execute("SELECT count(*) FROM meters m JOIN supply_groups g ON g.id = m.supply_group_id "
                              "WHERE m.base_date = '93' AND g.sgc = '123456'").fetchone()[0]
    assert before > 0
    eng.batchSgc.setCurrentText("123456")
    eng.rollover_batch()
    assert f"{before} meters of supply group 123456" in eng.batchResult.text(), errors.shown[-1:]
    text = pdf_text(gui.ctx.office.printed[-1])
    assert text.count("KEY CHANGE 1") == before
    with db(gui) as conn:
        assert conn.execute("SELECT count(*) FROM meters WHERE base_date = '93'").fetchone()[0] == 0


def test_supervisor_adds_a_customer_and_moves_a_meter_to_it(gui):
    gui.sign_in("supervisor")
    customers = gui.screen("customers")
    customers.new_customer({"account_no": "ACC-NEW-1", "name": "Juan dela Cruz", "address": "5 Mabini St",
                            "phone": "+63 917 555 0101", "indigent": True})
    meter = gui.info["meters"][5]["meter_number"]
    customers.searchEdit.setText(meter)
    customers.search()
    customers.move_meter("ACC-NEW-1")
    assert customers._meter.customer == "Juan dela Cruz", errors.shown[-1:]
    customers.edit_customer({"phone": "+63 917 555 0199"})
    customers.searchEdit.setText("Juan")
    customers.search()
    assert customers.meters.item(0, 3).text() == "+63 917 555 0199"


def test_cashier_cannot_edit_customers(gui):
    gui.sign_in("cashier")
    customers = gui.screen("customers")
    assert not customers.newButton.isEnabled()
    customers.new_customer({"account_no": "X-1", "name": "Nobody"})
    assert "may not" in gui.last_error


def test_idle_timer_locks_the_window(gui, qtbot):
    gui.sign_in("cashier")
    gui.window.idle.timer.setInterval(30)
    gui.window.idle.timer.start()
    qtbot.waitUntil(lambda: gui.window.root.currentWidget() is gui.window.login_page, timeout=3000)
    assert "Locked" in gui.window.login_page.subtitleLabel.text()


def test_idle_minutes_setting_is_saved_for_this_computer(gui):
    from sts_pos.app import build

    gui.sign_in("supervisor")
    admin = gui.screen("admin")
    admin.idleSpin.setValue(3)
    admin.save_devices()
    assert gui.window.idle.timer.interval() == 180_000
    ctx, window = build(gui.ctx.office.db_path, synchronous=True)
    gui.qtbot.addWidget(window)
    assert window.idle.timer.interval() == 180_000
    ctx.office.close()


def test_pending_key_change_then_vend_gives_key_change_tokens_first(gui, qtbot):
    gui.unlock_vault()
    gui.sign_in("supervisor")
    eng = gui.screen("engineering")
    first = gui.info["meters"][0]
    eng.changeMeter.setText(first["meter_number"])
    eng.changeSgc.setText(first["sgc"])
    eng.changeKrn.setValue(first["krn"])
    eng.changeTi.setValue(2 if first["ti"] != 2 else 1)
    eng.set_pending_change()
    assert "gets key change tokens" in eng.batchResult.text(), errors.shown[-1:]
    vend = gui.screen("vend")
    vend.searchEdit.setText(first["meter_number"])
    vend.find()
    assert any("Key change pending" in w for w in vend.meter.warnings)
    assert vend.warningsLabel.isVisibleTo(vend)
    vend.amountEdit.setText("500")  # the commercial tariff has a R 250 monthly charge
    vend.refresh_quote()
    vend.vend()
    labels = [v.caption.text() for v in vend.tokens.views]
    assert labels[:2] == ["Key change 1", "Key change 2"] and labels[-1] == "Credit", (labels, errors.shown[-1:], vend.unitsValue.text())


def test_x_and_z_reports_of_the_shift(gui, qtbot):
    gui.unlock_vault()
    gui.sign_in("cashier")
    reports = gui.screen("reports")
    reports.open_shift("100")
    vend_once(gui, qtbot, keypad_meter(gui, 1), "150")
    reports = gui.screen("reports")
    reports.shift_report("x")
    x_pdf = gui.ctx.office.printed[-1]
    assert x_pdf.name.endswith("-x.pdf"), errors.shown[-1:]
    x_text = " ".join(pdf_text(x_pdf).split())
    assert "150.00" in x_text
    reports.close_shift("250")
    reports.shift_report("z")
    z_text = " ".join(pdf_text(gui.ctx.office.printed[-1]).split())
    assert "250.00" in z_text and "150.00" in z_text


def test_closing_a_shift_by_its_button_asks_the_count_in_the_office_currency(gui, qtbot):
    """Close shift… clicked; the question names the currency; the count typed into it and OK pressed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit

    gui.sign_in("cashier")
    reports = gui.screen("reports")
    reports.open_shift("200")
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(50, answer)
            return
        seen.append(dialog.labelText())
        edit = dialog.findChild(QLineEdit)
        qtbot.keyClicks(edit, "195")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, answer)
    qtbot.mouseClick(reports.closeButton, Qt.MouseButton.LeftButton)
    assert seen == ["Cash counted in the drawer (R):"]
    assert reports.shift is None and errors.informed[-1].endswith("variance R -5.00.")
