"""Administration > Tariffs: a supervisor edits a tariff in the GUI and the live quote follows; the editor
checks what is typed in the supervisor's words; a cashier never reaches it."""

from __future__ import annotations

import sqlite3

from sts_pos.gui import errors


def residential_meter(gui) -> str:
    return next(m for m in gui.info["meters"] if m["kind"] == "keypad" and m["ti"] == 1)["meter_number"]


def quoted_units(gui, meter: str, amount: str) -> str:
    vend = gui.screen("vend")
    vend.next_customer()
    vend.searchEdit.setText(meter)
    vend.find()
    vend.amountEdit.setText(amount)
    vend.refresh_quote()
    assert vend.quote is not None, (vend.unitsValue.text(), errors.shown[-1:])
    return vend.quote.units_tenths


def open_editor(admin, ti: int):
    admin.tabs.setCurrentIndex([admin.tabs.tabText(i) for i in range(admin.tabs.count())].index("Tariffs"))
    row = next(r for r in range(admin.tariffsTable.rowCount()) if int(admin.tariffsTable.item(r, 0).text()) == ti)
    admin.tariffsTable.selectRow(row)
    admin.edit_tariff()
    dialog = admin.tariffDialog
    assert dialog is not None and dialog.isVisible(), errors.shown[-1:]
    return dialog


def test_supervisor_edits_a_block_rate_and_the_live_quote_changes(gui):
    meter = residential_meter(gui)
    gui.sign_in("supervisor")
    before = quoted_units(gui, meter, "200")
    admin = gui.screen("admin")
    dialog = open_editor(admin, 1)
    assert dialog.nameEdit.text() and dialog.blocksTable.rowCount() >= 2
    assert not dialog.tiSpin.isEnabled()
    first_rate = dialog.blocksTable.item(0, 1).text()
    dialog.set_block(0, rate="3.5")  # block 1 more than doubles
    dialog.accept()
    assert not dialog.isVisible() and not dialog.errorLabel.isVisible(), dialog.errorLabel.text()
    row = next(r for r in range(admin.tariffsTable.rowCount()) if admin.tariffsTable.item(r, 0).text() == "01")
    assert "R 3.50/kWh" in admin.tariffsTable.item(row, 2).text()  # the office's money, as a receipt writes it
    after = quoted_units(gui, meter, "200")
    assert after < before, (before, after, first_rate)
    with sqlite3.connect(gui.ctx.office.db_path) as conn:
        audit = conn.execute("SELECT username FROM audit_log WHERE action = 'tariff.save' ORDER BY id DESC").fetchone()
    assert audit[0] == gui.users["supervisor"]["username"]


def test_editor_refuses_bad_input_with_a_clear_message(gui):
    gui.sign_in("supervisor")
    admin = gui.screen("admin")
    dialog = open_editor(admin, 1)
    dialog.set_block(0, rate="abc")
    dialog.accept()
    assert dialog.isVisible() and "Block 1" in dialog.errorLabel.text() and "rate" in dialog.errorLabel.text()
    dialog.set_block(0, rate="1.50")
    dialog.set_block(1, up_to="10")  # lower than block 1's limit
    dialog.accept()
    assert dialog.isVisible() and "higher than the block before" in dialog.errorLabel.text()
    dialog.reject()

    admin.edit_tariff(new=True)
    new = admin.tariffDialog
    assert new.tiSpin.isEnabled() and new.tiSpin.value() not in (1,)
    new.nameEdit.setText("Street lighting")
    new.set_block(0, rate="2.25")
    new.vatEdit.setText("12")
    new.minEdit.setText("20")
    new.maxEdit.setText("10")
    new.accept()
    assert new.isVisible() and "maximum purchase must be more" in new.errorLabel.text()
    new.maxEdit.setText("5,000.00")
    new.fbeEdit.setText("12.25")
    new.accept()
    assert new.isVisible() and "free basic electricity" in new.errorLabel.text()
    new.fbeEdit.setText("")
    ti = new.tiSpin.value()
    new.accept()
    assert not new.isVisible(), new.errorLabel.text()
    views = {v.ti: v for v in gui.ctx.office.tariff_views()}
    assert views[ti].name == "Street lighting" and views[ti].blocks == ((None, "2.25"),)
    assert views[ti].min_purchase == 2000 and views[ti].max_purchase == 500000 and views[ti].vat_percent == "12"


def test_cashier_cannot_reach_the_tariff_editor(gui):
    gui.sign_in("cashier")
    assert "admin" not in gui.window.screens
    from sts_pos.gui.views import TariffView

    try:  # not through the session either: the store service enforces the role
        gui.ctx.office.save_tariff(TariffView(1, "Cheap", ((None, "0.01"),)))
    except Exception as exc:  # noqa: BLE001 - the refusal is a UserFacingError
        assert "supervisor" in str(getattr(exc, "message", exc))
    else:
        raise AssertionError("a cashier saved a tariff")
