"""A receipt printed through the GUI, as a person does it, reaches a real CUPS (tests/support/cups.py): the
supervisor picks the computer's printer in Administration > Printer and devices (the list is the system's
queues, not a typed string), saves, prints a test page; the cashier sells and clicks Print, then Print in the
preview. A cups-pdf queue writes the receipt PDF (at the 58 mm printer's 48 mm); a raw queue passes the ESC/POS
bytes to the TCP listener behind it."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from sts_pos.gui import errors
from tests.devices.test_escpos_bytes import parse, printed
from tests.support.cups import cups  # noqa: F401  (the session fixture)


def choose(qtbot, combo, text: str) -> None:
    """Pick an entry of a combo box with the keyboard, as a person does (typing its first letters)."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text), (combo.currentText(), [combo.itemText(i) for i in range(combo.count())])


def set_up_printer(gui, qtbot, queue: str, paper: str, role: str = "supervisor"):
    from PySide6.QtWidgets import QPushButton

    gui.sign_in(role)
    admin = gui.screen("admin")
    bar = admin.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(admin.tabs.indexOf(admin.devices)).center())
    assert admin.tabs.currentWidget() is admin.devices
    qtbot.mouseClick(admin.devices.findChild(QPushButton, "refreshPrinters"), Qt.MouseButton.LeftButton)
    listed = [admin.printerCombo.itemText(i) for i in range(admin.printerCombo.count())]
    assert any(text.startswith(queue) for text in listed), listed  # the system's queues are offered
    assert not admin.printerEdit.isEnabled()  # nothing to type for a queue
    choose(qtbot, admin.printerCombo, queue)
    choose(qtbot, admin.paperCombo, paper)
    qtbot.mouseClick(admin.devices.findChild(QPushButton, "saveDevices"), Qt.MouseButton.LeftButton)
    assert gui.ctx.office.printer_spec == f"cups:{queue}"
    return admin


def sell_and_print(gui, qtbot) -> str:
    """The cashier's sale and its receipt: Print, then Print in the preview. Returns the credit token."""
    gui.sign_in("cashier")
    vend = gui.screen("vend")
    meter = gui.info["meters"][0]["meter_number"]
    qtbot.keyClicks(vend.searchEdit, meter)
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_Return)
    assert vend.meter is not None and vend.meter.meter_number == meter
    qtbot.keyClicks(vend.amountEdit, "150")
    vend.refresh_quote()
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Return)
    assert vend.sale is not None, gui.last_error
    qtbot.mouseClick(vend.printButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(vend.preview.printButton, Qt.MouseButton.LeftButton)
    assert not errors.shown, errors.shown
    return vend.tokens.views[-1].number


def test_a_receipt_printed_in_the_gui_comes_out_of_a_cups_pdf_queue(gui, qtbot, cups):  # noqa: F811
    gui.unlock_vault()
    admin = set_up_printer(gui, qtbot, cups.pdf_queue, "58mm")
    before = set(cups.pdf_dir.glob("*.pdf"))
    from PySide6.QtWidgets import QPushButton

    qtbot.mouseClick(admin.devices.findChild(QPushButton, "testPrint"), Qt.MouseButton.LeftButton)
    (test_page,) = cups.new_pdfs(before)
    assert "PRINTERTESTPAGE" in "".join(PdfReader(str(test_page)).pages[0].extract_text().split())
    before = set(cups.pdf_dir.glob("*.pdf"))
    token = sell_and_print(gui, qtbot)
    (pdf,) = cups.new_pdfs(before)
    page = PdfReader(str(pdf)).pages[0]
    assert float(page.mediabox.width) * 25.4 / 72 <= 48.01  # the 58 mm printer's printable width
    assert token in "".join(page.extract_text().split())


def test_escpos_from_the_gui_reaches_the_printer_behind_a_raw_queue(gui, qtbot, cups):  # noqa: F811
    gui.unlock_vault()
    set_up_printer(gui, qtbot, cups.raw_queue, "80mm")
    seen = len(cups.listener.jobs)
    token = sell_and_print(gui, qtbot)
    data = cups.listener.next_job(seen)
    stream = parse(data)  # every command a valid Epson one
    assert [c for c, _ in stream.commands[:2]] == ["ESC @", "FS ."]
    assert " ".join(token[i:i + 4] for i in range(0, 20, 4)) in printed(stream)
    assert b"\x1dV" in data[-8:]  # and the paper cut


def test_the_administrator_sets_the_printers_dots_and_code_page(gui, qtbot, cups):  # noqa: F811
    """A 58 mm printer with a 432-dot head and PC858: saved as office settings, and the test page is 54 mm wide."""
    from PySide6.QtWidgets import QPushButton

    admin = set_up_printer(gui, qtbot, cups.pdf_queue, "58mm", role="admin")
    admin.dotsSpin.setFocus()
    admin.dotsSpin.selectAll()
    qtbot.keyClicks(admin.dotsSpin, "432")
    choose(qtbot, admin.codePageCombo, "PC858")
    qtbot.mouseClick(admin.devices.findChild(QPushButton, "saveDevices"), Qt.MouseButton.LeftButton)
    assert not errors.shown, errors.shown
    settings = gui.ctx.office.settings()
    assert (settings.printer_dots, settings.printer_code_page) == (432, "PC858")
    before = set(cups.pdf_dir.glob("*.pdf"))
    qtbot.mouseClick(admin.devices.findChild(QPushButton, "testPrint"), Qt.MouseButton.LeftButton)
    (page,) = cups.new_pdfs(before)
    assert abs(float(PdfReader(str(page)).pages[0].mediabox.width) * 25.4 / 72 - 54.0) < 0.1
    text = "".join(PdfReader(str(page)).pages[0].extract_text().split())
    assert "432dots=54mm" in text and "PC858" in text


def test_a_supervisor_sees_but_cannot_change_the_office_printer_settings(gui, qtbot, cups):  # noqa: F811
    admin = set_up_printer(gui, qtbot, cups.raw_queue, "80mm")
    assert not admin.dotsSpin.isEnabled() and not admin.codePageCombo.isEnabled()
