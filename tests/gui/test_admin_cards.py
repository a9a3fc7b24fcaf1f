"""Administration (users, keys, audit, backup, ESC/POS printer) and the IC card screen through pcscd."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from sts_pos.gui import errors
from sts_pos.gui.screens.admin import apply_device_settings


def test_admin_adds_a_user_who_can_then_sign_in(gui):
    gui.sign_in("admin")
    admin = gui.screen("admin")
    admin.newUser.setText("lina")
    admin.newName.setText("Lina Reyes")
    admin.newRole.setCurrentIndex(admin.newRole.findData("cashier"))
    admin.newPassword.setText("lina-pass-2026")
    admin.add_user()
    names = [admin.usersTable.item(r, 0).text() for r in range(admin.usersTable.rowCount())]
    assert "lina" in names, errors.shown[-1:]
    gui.users["new"] = {"username": "lina", "password": "lina-pass-2026"}
    gui.sign_in("new")
    assert gui.ctx.user.role == "cashier"


def test_vending_key_is_typed_once_and_stored_encrypted(gui):
    gui.unlock_vault()
    gui.sign_in("admin")
    gui.ctx.office.unlock_vault(gui.info["vault_passphrase"])
    admin = gui.screen("admin")
    key = "0123456789abcdef0123456789abcdef01234567"
    admin.sgcEdit.setText("777777")
    admin.krnSpin.setValue(1)
    admin.dkgaCombo.setCurrentText("04")
    admin.eaCombo.setCurrentIndex(admin.eaCombo.findData("11"))
    admin.keyEdit.setText(key)
    admin.add_supply_group()
    assert admin.keyEdit.text() == ""
    sgcs = [admin.keysTable.item(r, 0).text() for r in range(admin.keysTable.rowCount())]
    assert "777777" in sgcs, errors.shown[-1:]
    raw = gui.ctx.office.db_path.read_bytes() + gui.ctx.office.db_path.with_name("office.sqlite3-wal").read_bytes()
    assert bytes.fromhex(key) not in raw and key.encode() not in raw


def test_cashier_does_not_see_administration_and_supervisor_sees_no_users_tab(gui):
    gui.sign_in("cashier")
    assert "admin" not in gui.window.screens
    gui.sign_in("supervisor")
    tabs = gui.screen("admin").tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Users" not in titles and "Audit log" in titles


def test_audit_verify_and_backup(gui, tmp_path):
    gui.sign_in("supervisor")
    admin = gui.screen("admin")
    admin.verify_audit()
    assert admin.auditResult.text().startswith("The audit log is intact")
    assert admin.auditTable.rowCount() > 0
    admin.backup(str(tmp_path / "copy.sqlite3"))
    assert (tmp_path / "copy.sqlite3").exists(), errors.shown[-1:]
    assert "checked" in admin.backupResult.text()
    with sqlite3.connect(gui.ctx.office.db_path) as conn:  # break the chain behind the program's back
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET detail = '{}' WHERE id = 2")
    admin.verify_audit()
    assert "broken at entry 2" in admin.auditResult.text()


def test_receipt_goes_to_an_escpos_printer(gui, qtbot, tmp_path):
    from sts_pos.gui.widgets import group_token

    gui.unlock_vault()
    gui.sign_in("supervisor")
    admin = gui.screen("admin")
    out = tmp_path / "lp0"
    admin.printerEdit.setText(f"file:{out}")
    admin.save_devices()
    assert gui.ctx.office.printer_spec == f"file:{out}"
    vend = gui.screen("vend")
    vend.searchEdit.setText(gui.info["meters"][0]["meter_number"])
    vend.find()
    vend.amountEdit.setText("200")  # covers the month's fixed charge (R 85) whether or not it is paid yet
    vend.refresh_quote()
    vend.vend()
    vend.print_receipt(copy=False)  # the preview first; its Print button prints
    qtbot.mouseClick(vend.preview.printButton, Qt.MouseButton.LeftButton)
    data = out.read_bytes()
    assert group_token(vend.tokens.views[-1].number).encode() in data
    assert b"\x1dV" in data  # paper cut
    admin.printerEdit.setText("")
    admin.save_devices()
    apply_device_settings(gui.ctx)
    assert gui.ctx.office.printer_spec == ""


def card_meters(gui) -> list[str]:
    return [m["meter_number"] for m in gui.info["meters"] if m["kind"] == "ic_card"]


@pytest.mark.pcsc
def test_issue_card_form_customer_then_replacement(gui, virtual_cards):
    card_meter = card_meters(gui)[1]
    info = next(m for m in gui.info["meters"] if m["meter_number"] == card_meter)
    gui.unlock_vault()
    gui.sign_in("supervisor")
    screen = gui.screen("cards")
    virtual_cards.insert("first")  # a blank SLE4442 card
    screen.issueMeter.setText(card_meter)
    screen.issueKind.setCurrentIndex(screen.issueKind.findData("customer"))
    before = len(errors.shown)
    screen.issue_card()
    assert len(errors.shown) == before, errors.shown[-1:]
    assert screen.field("kind").text(1) == "customer card"
    assert screen.field("meter_number").text(1) == card_meter
    assert screen.field("sgc").text(1) == info["sgc"] and screen.field("krn").text(1) == str(info["krn"])
    first_serial = screen.field("serial").text(1)
    assert first_serial not in ("", "—")
    screen.read_card()  # read back from the card itself, not from the issue answer
    assert screen.field("serial").text(1) == first_serial and screen.field("meter_number").text(1) == card_meter

    virtual_cards.insert("second")  # the customer lost the first card: a replacement on a new blank card
    screen.issueKind.setCurrentIndex(screen.issueKind.findData("replacement"))
    screen.issue_card()
    assert len(errors.shown) == before, errors.shown[-1:]
    assert screen.field("kind").text(1) == "replacement card"
    assert screen.field("replaces_serial").text(1) == first_serial
    assert screen.field("serial").text(1) != first_serial

    virtual_cards.insert("first")  # the old card is blocked from now on
    screen.read_card()
    assert len(errors.shown) == before + 1 and "blocked" in errors.shown[-1][0], errors.shown[-1:]

    virtual_cards.insert("third")
    screen.issueMeter.setText("01234")  # mistyped meter number: said plainly, nothing written
    screen.issueKind.setCurrentIndex(screen.issueKind.findData("customer"))
    screen.issue_card()
    assert len(errors.shown) == before + 2 and "meter" in errors.shown[-1][0].lower(), errors.shown[-1:]


@pytest.mark.pcsc
def test_card_cycle_issue_read_and_sell_onto_the_card(gui, virtual_cards):
    card_meter = card_meters(gui)[0]
    gui.unlock_vault()
    gui.sign_in("supervisor")
    # a pending key change (tariff index 1 -> 2): the purchase carries key change tokens before the credit
    gui.ctx.office.set_pending_change(card_meter, ti=2)
    screen = gui.screen("cards")
    screen.refresh_reader()
    assert "no card" in screen.readerLabel.text()
    virtual_cards.insert("customer")  # a blank SLE4442 card
    screen.refresh_reader()
    assert "card inserted" in screen.readerLabel.text()
    screen.issueMeter.setText(card_meter)
    screen.issue_card()
    assert not errors.shown or "card" not in errors.shown[-1][0].lower(), errors.shown[-1:]

    gui.sign_in("cashier")
    vend = gui.screen("vend")
    vend.read_card()  # F3: the card says which meter
    assert vend.meter is not None and vend.meter.meter_number == card_meter, errors.shown[-1:]
    assert vend.meter.kind == "card" and any("IC card meter" in w for w in vend.warningsLabel.text().splitlines())
    vend.amountEdit.setText("400")
    vend.refresh_quote()
    vend.vend()
    assert vend.sale is not None, (errors.shown[-1:], vend.unitsValue.text())
    first_sale = vend.sale.id
    sold = [(t.kind, t.number) for t in vend.sale.tokens]
    assert [k for k, _ in sold] == ["key_change_1", "key_change_2", "credit"], sold
    assert [v.number for v in vend.tokens.views] == [n for _, n in sold]
    cards = gui.screen("cards")
    cards.read_card()
    assert cards.field("purchase", "count").text(1) == "1"
    assert cards.card_tokens() == sold  # every token, in entry order, not only the credit
    grouped = [cards.field("purchase", "tokens").child(i).text(1) for i in range(len(sold))]
    assert grouped == [" ".join(n[i:i + 4] for i in range(0, 20, 4)) for _, n in sold]

    # the meter has not loaded the card yet: no second sale, and the cashier is told why
    vend.next_customer()
    vend.read_card()
    vend.amountEdit.setText("400")
    vend.refresh_quote()
    before = len(errors.shown)
    vend.vend()
    assert vend.sale is None and len(errors.shown) == before + 1
    assert "not" in errors.shown[-1][0] and "meter" in errors.shown[-1][0], errors.shown[-1]
    with sqlite3.connect(gui.ctx.office.db_path) as conn:
        count = conn.execute("SELECT count(*) FROM sales s JOIN meters m ON m.id = s.meter_id "
                             "WHERE m.meter_number = ? AND s.id >= ?", (card_meter, first_sale)).fetchone()[0]
    assert count == 1
    customers = gui.screen("customers")
    customers.searchEdit.setText(card_meter)
    customers.search()
    assert customers.readings.rowCount() >= 1, (customers._meter, errors.shown[-2:], gui.ctx.office.card_readings(card_meter))  # the write-backs read from the card are the meter's readings
    virtual_cards.pull()
    cards.read_card()
    assert "card" in errors.shown[-1][0].lower()


def test_sms_sends_the_tokens_once_through_the_modem_simulator(gui):
    from sts_pos.devices.sms import start_modem_simulator

    with start_modem_simulator() as modem:
        gui.unlock_vault()
        gui.sign_in("supervisor")
        admin = gui.screen("admin")
        admin.smsPortEdit.setText(modem.port_path)
        admin.save_devices()
        vend = gui.screen("vend")
        vend.searchEdit.setText(gui.info["meters"][0]["meter_number"])
        vend.find()
        assert vend.meter.phone
        vend.amountEdit.setText("200")  # covers the month's fixed charge (R 85) whether or not it is paid yet
        vend.refresh_quote()
        vend.vend()
        assert vend.smsButton.isEnabled()
        vend.send_sms()
        vend.send_sms()  # pressed twice: still one message per token
        token = vend.tokens.views[-1].number
        sent = [m.text for m in modem.responder.sent]
        assert len(sent) == 1, (sent, errors.shown[-1:])
        assert " ".join(token[i:i + 4] for i in range(0, 20, 4)) in sent[0]
        assert modem.responder.sent[0].number == vend.meter.phone.replace(" ", "")


def test_receipt_painted_on_a_qprinter(gui, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from sts_pos.gui.printing import paint_receipt, set_paper
    from sts_pos.gui.widgets import group_token

    gui.unlock_vault()
    gui.sign_in("cashier")
    vend = gui.screen("vend")
    vend.searchEdit.setText(gui.info["meters"][0]["meter_number"])
    vend.find()
    vend.amountEdit.setText("90")
    vend.refresh_quote()
    vend.vend()
    office = gui.ctx.office.services
    receipt = office.sales.receipt(office.sales.sale(gui.ctx.office.session, sale_id=vend.sale.id))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "qprinter.pdf"))
    set_paper(printer, "80mm")
    paint_receipt(printer, receipt)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(tmp_path / "qprinter.pdf")).pages).split())
    assert group_token(vend.tokens.views[-1].number) in text
    assert vend.meter.meter_number in text


def test_missing_system_printer_is_explained(gui):
    from sts_pos.gui.printing import SystemPrinterError, system_printer

    try:
        system_printer("system:No Such Printer 42", "80mm")
    except SystemPrinterError as exc:
        assert "not installed" in exc.message
    else:
        raise AssertionError("a missing printer must be an error")
