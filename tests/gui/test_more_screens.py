"""First-run wizard, meter test over a real pty with the simulated meter, reports and charts."""

from __future__ import annotations

import sqlite3

from PySide6.QtGui import QImage

from sts_pos.gui import errors
from sts_pos.gui.wizard import FirstRunWizard
from sts_pos.sts.keys import KeyParameters
from sts_pos.sts.tid import BaseDate
from tests.gui.conftest import fill_first_run_wizard


def test_first_run_wizard_creates_the_office_and_its_admin(qtbot, tmp_path):
    from sts_pos.app import build

    ctx, window = build(tmp_path / "new.sqlite3", synchronous=True)
    qtbot.addWidget(window)
    assert not ctx.office.exists()
    wizard = FirstRunWizard(ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_first_run_wizard(wizard)
    assert wizard.result_info == {"office": "Barangay Maligaya Power", "admin": "maria"}, errors.shown[-1:]
    assert ctx.office.exists()
    window.show_login()
    assert window.login_page.officeLabel.text() == "Barangay Maligaya Power"
    window.login_page.userEdit.setText("maria")
    window.login_page.passwordEdit.setText("secret-pass-1")
    window.login_page.submit()
    assert ctx.user.role == "admin"
    assert ctx.formats.money(12345) == "₱ 123.45"
    ctx.office.unlock_vault("three words here please")
    assert ctx.office.vault_unlocked()
    ctx.office.close()


def test_wizard_refuses_mismatched_passwords(qtbot, tmp_path):
    from sts_pos.app import build

    ctx, window = build(tmp_path / "new.sqlite3", synchronous=True)
    wizard = FirstRunWizard(ctx, window)
    qtbot.addWidget(window)
    wizard.admin.password.setText("abcdefgh1")
    wizard.admin.repeat.setText("abcdefgh2")
    assert not wizard.admin.validatePage()
    assert "not the same" in errors.shown[-1][0]


def test_meter_test_reads_registers_and_sends_the_vended_token(gui, qtbot):
    from sts_pos.devices.meter import SimulatedMeter, start_simulator
    from tests.support.serial_pty import make_virtual_meter

    first = gui.info["meters"][0]
    params = KeyParameters(first["sgc"], first["ti"], first["krn"], base_date=BaseDate.parse(str(first["base_date"])))
    sim = start_simulator(SimulatedMeter(make_virtual_meter(first["meter_number"], params), load_w=0))
    try:
        gui.unlock_vault()
        gui.sign_in("supervisor")
        vend = gui.screen("vend")
        vend.searchEdit.setText(first["meter_number"])
        vend.find()
        vend.amountEdit.setText("100")
        vend.refresh_quote()
        vend.vend()
        token = vend.tokens.views[-1].number
        screen = gui.screen("meter_test")
        screen.portCombo.setEditText(sim.port_path)
        screen.read_registers()
        values = {screen.registers.topLevelItem(i).text(0): screen.registers.topLevelItem(i).text(1)
                  for i in range(screen.registers.topLevelItemCount())}
        assert values["Meter number"] == first["meter_number"], errors.shown[-1:]
        screen.tokenEdit.setText(token)
        screen.send_token()
        assert screen.resultLabel.text().startswith("<b>Accepted"), screen.resultLabel.text()
        screen.send_token()  # the same token again: the meter says it was used
        assert "Not accepted" in screen.resultLabel.text()
    finally:
        sim.stop()


def test_meter_test_without_a_meter_says_what_to_check(gui, tmp_path):
    gui.sign_in("technician")
    screen = gui.screen("meter_test")
    screen.portCombo.setEditText(str(tmp_path / "no-such-port"))
    screen.read_registers()
    assert "Cannot open the serial port" in errors.shown[-1][0]
    assert screen.readButton.isEnabled()


def test_reports_export_and_chart_png(gui, tmp_path):
    gui.sign_in("supervisor")
    reports = gui.screen("reports")
    reports.fromDate.setDate(reports.fromDate.date().addDays(-10))
    reports.reportCombo.setCurrentIndex(reports.reportCombo.findData("sales-by-day"))
    reports.formatCombo.setCurrentText("csv")
    out = tmp_path / "sales.csv"
    reports.export_report(str(out))
    text = out.read_text()
    with sqlite3.connect(gui.ctx.office.db_path) as conn:
        count = conn.execute("SELECT count(*) FROM sales WHERE status = 'ISSUED'").fetchone()[0]
    assert "Total" in text and str(count) in text
    reports.draw_chart()
    assert reports.chart.series(), errors.shown[-1:]
    png = reports.save_chart(str(tmp_path / "chart.png"))
    image = QImage(png)
    assert image.width() > 200 and image.height() > 150


def test_cashier_cannot_see_charts(gui):
    gui.sign_in("cashier")
    reports = gui.screen("reports")
    assert reports.chartView is None and reports.tabs.count() == 1  # no chart tab, not even a note
    assert not reports.reportCombo.isEnabled()
