"""Engineering tokens as a technician uses them, by keys and mouse: every kind can be printed (its slip shown as
it will print, then printed from the preview and read back from the PDF with pypdf), copied (the clipboard) and sent by SMS (the GSM modem simulator on a pty) like a
sale; the decoder names a sale's token by its receipt number and an engineering token by its slip number."""

from __future__ import annotations

import sqlite3

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from sts_pos.gui import errors
from sts_pos.gui.widgets import group_token


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def keypad_meter(gui) -> str:
    return next(m["meter_number"] for m in gui.info["meters"] if m["kind"] == "keypad" and not m["pending_key_change"])


def issue(qtbot, eng, meter: str, kind: str, reason: str) -> None:
    eng.meterEdit.clear()
    qtbot.keyClicks(eng.meterEdit, meter)
    eng.kindCombo.setFocus()
    while eng.kindCombo.currentData() != kind:  # chosen with the arrow keys, as a person does
        before = eng.kindCombo.currentIndex()
        qtbot.keyClick(eng.kindCombo, Qt.Key.Key_Down)
        assert eng.kindCombo.currentIndex() != before, f"no token kind {kind}"
    eng.reasonEdit.clear()
    qtbot.keyClicks(eng.reasonEdit, reason)
    qtbot.mouseClick(eng.issueButton, Qt.MouseButton.LeftButton)
    assert eng.job is not None and eng.tokens.views, errors.shown[-1:]


@pytest.mark.parametrize("kind", ["clear_tamper", "clear_credit", "set_max_power", "test", "key_change"])
def test_each_engineering_token_is_printed_copied_and_sent(qtbot, gui, kind):
    from sts_pos.devices.sms import start_modem_simulator

    with start_modem_simulator() as modem:
        gui.unlock_vault()
        gui.sign_in("admin")  # this computer's SMS modem port
        admin = gui.screen("admin")
        admin.smsPortEdit.setText(modem.port_path)
        admin.save_devices()
        gui.sign_in("technician")
        eng = gui.screen("engineering")
        meter = keypad_meter(gui) if kind != "key_change" else next(  # a meter with its key change pending
            m["meter_number"] for m in gui.info["meters"] if m["kind"] == "keypad" and m["pending_key_change"])
        issue(qtbot, eng, meter, kind, "Work order 2026-118")
        job = eng.job
        assert job.number in eng.jobLabel.text() and meter in eng.jobLabel.text()
        token = eng.tokens.views[0].number
        # print: the slip through the receipt printing path, with the token and the reason
        printed = len(gui.ctx.office.printed)
        qtbot.mouseClick(eng.printSlipButton, Qt.MouseButton.LeftButton)
        assert eng.preview is not None and eng.preview.isVisible(), errors.shown[-1:]  # the slip as it will print
        assert eng.preview.windowTitle() == "Slip preview"  # a slip, not a receipt
        assert len(gui.ctx.office.printed) == printed
        qtbot.mouseClick(eng.preview.printButton, Qt.MouseButton.LeftButton)
        assert len(gui.ctx.office.printed) == printed + 1, errors.shown[-1:]
        text = pdf_text(gui.ctx.office.printed[-1])
        assert group_token(token) in text and "ENGINEERING" in text and "Work order 2026-118" in text
        assert job.number in text
        # copy
        QGuiApplication.clipboard().clear()
        qtbot.mouseClick(eng.copyButton, Qt.MouseButton.LeftButton)
        assert group_token(token) in QGuiApplication.clipboard().text()
        # SMS: once, to the customer's phone, whatever how often it is pressed
        assert eng.smsButton.isEnabled()
        qtbot.mouseClick(eng.smsButton, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(eng.smsButton, Qt.MouseButton.LeftButton)
        sent = [m.text for m in modem.responder.sent]
        assert len(sent) == 1 and group_token(token) in sent[0] and meter in sent[0], (sent, errors.shown[-1:])
        phone = gui.ctx.office.meter(meter).phone
        assert modem.responder.sent[0].number == phone.replace(" ", "")


def test_the_decoder_names_the_receipt_and_the_slip(qtbot, gui):
    gui.unlock_vault()
    gui.sign_in("technician")
    eng = gui.screen("engineering")
    meter = keypad_meter(gui)
    issue(qtbot, eng, meter, "clear_tamper", "Complaint 77")
    slip_token, slip = eng.tokens.views[0].number, eng.job.number
    with sqlite3.connect(gui.ctx.office.db_path) as conn:
        sale_token, receipt = conn.execute(
            "SELECT t.number, s.receipt_no FROM tokens t JOIN sales s ON s.id = t.sale_id JOIN meters m "
            "ON m.id = t.meter_id WHERE m.meter_number = ? ORDER BY t.id DESC LIMIT 1", (meter,)).fetchone()
    for token, number in ((sale_token, receipt), (slip_token, slip)):
        eng.decodeMeter.clear()
        eng.decodeToken.clear()
        qtbot.keyClicks(eng.decodeMeter, meter)
        qtbot.keyClicks(eng.decodeToken, group_token(token))
        qtbot.keyClick(eng.decodeToken, Qt.Key.Key_Return)
        said = eng.decodeResult.toPlainText()
        assert number in said and "sale " not in said, said
