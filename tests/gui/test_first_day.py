"""Issue 19 in the GUI: the import wizard in Administration (preview, columns mapped by header, the report,
import on confirm, the refused rows saved), and "Why was this token rejected?" in Engineering with the
supervisor's free replacement of a credit refused for a key reason."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from sts_pos.store.demo import STA_KEY
from sts_pos.store.importer import COLUMNS
from sts_pos.sts.meter_number import make_meter_number


def _csv(path, rows, header):
    path.write_text("\n".join(",".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    return path


def test_the_import_wizard_previews_maps_checks_and_imports(gui, qtbot, tmp_path, monkeypatch):
    gui.sign_in("supervisor")
    admin = gui.screen("admin")
    wizard = admin.importWizard
    header = ["Meter No", *COLUMNS["meters"][1:], "Remarks"]
    good = [make_meter_number("08", f"{i:08d}").drn for i in (1, 2)]
    rows = [[good[0], "W-1", "Wizard One", "1 Road", "+27821110001", "123456", "2", "01", "2", "2014", "keypad",
             "", "no", "0", "first"],
            [good[1], "W-2", "Wizard Two", "2 Road", "", "123456", "2", "01", "2", "2014", "keypad", "", "yes",
             "12.50", ""],
            ["01400000001", "W-3", "Wrong Digit", "", "", "123456", "2", "01", "2", "2014", "keypad", "", "no", "0",
             ""]]
    path = _csv(tmp_path / "register.csv", rows, header)
    wizard.pathEdit.setText(str(path))
    wizard.previewButton.click()
    table = wizard.previewTable
    assert table.columnCount() == len(header) and table.rowCount() == 4
    assert table.cellWidget(0, 0).currentData() == "meter_number"  # "Meter No" matched by its name
    assert table.cellWidget(0, len(header) - 1).currentData() is None  # "Remarks": ignored
    assert table.item(1, 2).text() == "Wizard One"

    wizard.checkButton.click()
    assert "1 refused" in wizard.report.toPlainText() and "Row 4" in wizard.report.toPlainText()
    assert not wizard.importButton.isEnabled()  # all or nothing: a refused row stops the import
    wizard.skipBad.setChecked(True)
    wizard.checkButton.click()
    assert wizard.importButton.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    wizard.importButton.click()
    assert "Imported 2 of 3 rows" in wizard.report.toPlainText(), wizard.report.toPlainText()
    with sqlite3.connect(gui.ctx.office.db_path) as conn:
        found = conn.execute(f"SELECT count(*) FROM meters WHERE meter_number IN ('{good[0]}', '{good[1]}')").fetchone()
        assert found[0] == 2
        assert conn.execute("SELECT count(*) FROM audit_log WHERE action = 'import.meters'").fetchone()[0] == 1
    target = tmp_path / "refused.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    wizard.rejectsButton.click()
    assert "Wrong Digit" in target.read_text(encoding="utf-8-sig") and "file_row" in target.read_text(encoding="utf-8-sig")


def test_diagnose_and_replace_from_engineering(gui, qtbot, monkeypatch):
    from sts_pos.store.office import Office
    from sts_pos.vending.roles import Session

    number = next(m["meter_number"] for m in gui.info["meters"] if m["ea"] == "07" and not m["pending_key_change"])
    with Office.open(gui.ctx.office.db_path) as office:  # the counter's day: a sale, a key change, another sale
        office.vault.unlock(gui.info["vault_passphrase"])

        def session(name):
            user = office.repo.user_by_name(name)
            return Session(user.id, user.username, user.role, user.full_name)

        kept = office.sales.vend(session("cashier"), number, amount=60000)
        office.records.add_supply_group(None, "123456", 3, "02", "07", 2014, STA_KEY)
        office.engineering.set_pending_change(session("technician"), number, krn=3)
        office.sales.vend(session("cashier"), number, amount=50000)
    token = next(t.number for t in kept.tokens if t.kind == "credit")

    gui.unlock_vault()
    gui.sign_in("technician")
    panel = gui.screen("engineering").diagnosePanel
    panel.meterEdit.setText(number)
    panel.tokenEdit.setText(token)
    panel.saysEdit.setText("Error")
    panel.diagnoseButton.click()
    assert panel.result.cause == "old_key" and panel.causeLabel.text() == "Made under the meter's old key"
    assert not panel.replaceButton.isEnabled()  # a technician diagnoses; a supervisor replaces

    gui.sign_in("supervisor")
    panel = gui.screen("engineering").diagnosePanel
    panel.meterEdit.setText(number)
    panel.tokenEdit.setText(token)
    panel.diagnoseButton.click()
    assert panel.replaceButton.isEnabled(), panel.explanation.toPlainText()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Refused after the KRN 3 change", True)))
    before = len(gui.ctx.office.printed)
    panel.replaceButton.click()
    assert f"Replacement for receipt {kept.sale.receipt_no}" in panel.explanation.toPlainText(), gui.last_error
    assert len(gui.ctx.office.printed) == before + 1
    with sqlite3.connect(gui.ctx.office.db_path) as conn:
        assert conn.execute("SELECT original_sale_id FROM replacements").fetchall() == [(kept.sale.id,)]


def test_the_demo_office_rebuilt_through_the_wizard(gui, qtbot, tmp_path, monkeypatch):
    """The demo's register exported (meters with their customers, tariffs) and imported through the wizard of a
    new, empty office holding the same vending keys."""
    from sts_pos.app import build
    from sts_pos.store.importer import register_csv
    from sts_pos.store.office import Office
    from tests.importing.conftest import ADMIN_PASSWORD, GROUPS, PASSPHRASE

    with sqlite3.connect(gui.ctx.office.db_path) as conn:
        from sts_pos.vending.money import Currency

        currency = Currency("ZAR", "R", 2)
        files = {kind: tmp_path / f"{kind}.csv" for kind in ("tariffs", "meters")}
        for kind, path in files.items():
            path.write_text(register_csv(conn, currency, kind), encoding="utf-8")
        expected = conn.execute("SELECT meter_number, kind, card_serial FROM meters ORDER BY meter_number").fetchall()
    new = tmp_path / "new" / "office.sqlite3"
    new.parent.mkdir()
    office = Office.create(new, name="Rebuilt", vat_number="", currency_code="ZAR", currency_symbol="R", decimals=2,
                           admin_username="admin", admin_full_name="Admin", admin_password=ADMIN_PASSWORD,
                           vault_passphrase=PASSPHRASE)
    for sgc, krn, dkga, ea, base, key in GROUPS:
        office.records.add_supply_group(None, sgc, krn, dkga, ea, base, key)
    office.close()

    ctx, window = build(new, synchronous=True, options={"idle_minutes": 60})
    qtbot.addWidget(window)
    window.show()
    window.login_page.userEdit.setText("admin")
    window.login_page.passwordEdit.setText(ADMIN_PASSWORD)
    window.login_page.submit()
    wizard = window.show_screen("admin").importWizard
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    for kind in ("tariffs", "meters"):
        wizard.kindCombo.setCurrentIndex(wizard.kindCombo.findData(kind))
        wizard.pathEdit.setText(str(files[kind]))
        wizard.previewButton.click()
        wizard.pendingRollover.setChecked(kind == "meters")
        wizard.checkButton.click()
        assert wizard.importButton.isEnabled(), wizard.report.toPlainText()
        wizard.importButton.click()
        assert "Imported" in wizard.report.toPlainText(), wizard.report.toPlainText()
    with sqlite3.connect(new) as conn:
        rebuilt = conn.execute("SELECT meter_number, kind, card_serial FROM meters ORDER BY meter_number").fetchall()
        pending = conn.execute("SELECT count(*) FROM meters WHERE pending_supply_group_id IS NOT NULL").fetchone()[0]
    assert rebuilt == expected and pending == sum(1 for m in gui.info["meters"] if m["pending_key_change"])
    ctx.office.close()
