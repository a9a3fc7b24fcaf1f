"""The meter-test screen on a standard DL/T 645 meter without STS registers (the hand-built fake meter of
tests/devices/test_meter_standard.py on a pty): a technician types the port and clicks Read."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sts_pos.gui import errors
from tests.devices.test_meter_standard import ADDRESS, Dlt645Meter


def test_a_standard_meter_shows_its_energy_address_and_clock(gui, qtbot):
    meter = Dlt645Meter()
    meter.start()
    try:
        gui.sign_in("technician")
        screen = gui.screen("meter_test")
        screen.portCombo.lineEdit().clear()
        qtbot.keyClicks(screen.portCombo.lineEdit(), meter.path)
        qtbot.mouseClick(screen.readButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: screen.registers.topLevelItemCount() > 0 or bool(errors.shown), timeout=5000)
    finally:
        meter.close()
    values = {screen.registers.topLevelItem(i).text(0): screen.registers.topLevelItem(i).text(1)
              for i in range(screen.registers.topLevelItemCount())}
    assert values.get("Address") == ADDRESS, errors.shown[-1:]
    assert values["Energy used"] == "123456.78 kWh" and values["Meter clock"] == "2026-12-01 10:31:23"
    assert "Supply group / tariff / key revision" not in values
    assert "STS key parameters (04A00003)" in values["Not in this meter"]
