"""The GUI with the keys in a PKCS#11 module (SoftHSM2): the first-run wizard creates an office whose keys go
to a token, and on the demo office made with ``key_store=pkcs11`` a supervisor unlocks the module with the PIN
and a cashier vends through the vend screen; the tokens decode under the published demo vending keys."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from sts_pos.gui import errors
from sts_pos.store.demo import STA_KEY
from sts_pos.sts.codec import decode
from sts_pos.sts.keys import derive_decoder_key
from tests.keystore.conftest import MODULE, PIN, TOKEN


def test_the_wizard_puts_the_office_keys_in_a_module(qtbot, tmp_path, softhsm):
    from sts_pos.app import build
    from sts_pos.gui.wizard import FirstRunWizard
    from sts_pos.store.office import Office

    ctx, window = build(tmp_path / "new.sqlite3", synchronous=True)
    qtbot.addWidget(window)
    wizard = FirstRunWizard(ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    o = wizard.office_page
    o.name.setText("Ward 7 Electricity")
    o.currency_code.setText("ZAR")
    wizard.next()
    wizard.admin.username.setText("thandi")
    wizard.admin.password.setText("secret-pass-1")
    wizard.admin.repeat.setText("secret-pass-1")
    wizard.next()
    page = wizard.vault
    page.module_radio.setChecked(True)
    assert not page.passphrase.isEnabled() and page.token_label.isEnabled()
    assert not page.validatePage() and "token's label" in errors.shown[-1][0]
    page.module_path.setText(MODULE)
    page.token_label.setText(TOKEN)
    page.pin.setText("0000-0000")
    wizard.accept()
    assert wizard.result_info is None and "not the user PIN of token" in errors.shown[-1][0]
    page.pin.setText(PIN)
    wizard.accept()
    assert wizard.result_info == {"office": "Ward 7 Electricity", "admin": "thandi"}, errors.shown[-1:]
    ctx.office.close()
    with Office.open(tmp_path / "new.sqlite3") as office:
        assert office.vault.kind == "pkcs11" and office.vault.token == TOKEN and office.repo.setting("vault_salt") is None
        office.vault.unlock(PIN)
        assert office.vault.audit_key()


def _hsm_window(qtbot, tmp_path, template):
    """The main window on a copy of the demo office whose keys are in the module: (path, users, ctx, window)."""
    from sts_pos.app import build

    path = tmp_path / "office.sqlite3"
    shutil.copyfile(template.path, path)
    errors.shown.clear()
    ctx, window = build(path, synchronous=True, options={"idle_minutes": 60})
    qtbot.addWidget(window)
    window.show()
    return path, {u["role"]: u for u in template.info["users"]}, ctx, window


def test_a_cashier_vends_through_the_gui_with_the_keys_in_the_module(qtbot, tmp_path, hsm_demo_template, monkeypatch):
    path, users, ctx, window = _hsm_window(qtbot, tmp_path, hsm_demo_template)
    try:
        def sign_in(role: str) -> None:
            if ctx.user is not None:
                window.sign_out()
            window.login_page.userEdit.setText(users[role]["username"])
            window.login_page.passwordEdit.setText(users[role]["password"])
            window.login_page.submit()

        sign_in("supervisor")
        assert not ctx.office.vault_unlocked() and window.vault_label.text() == "Secure module locked"
        asked = []

        def typed(pin: str):
            def get_text(_parent, title, prompt, _echo):
                asked.append((title, prompt))
                return pin, True
            return get_text

        from sts_pos.gui import main_window

        monkeypatch.setattr(main_window.QInputDialog, "getText", typed("0000-0000"))
        window.unlock_vault()  # the status bar's Unlock button: a wrong PIN is told in words
        assert "not the user PIN of token" in errors.shown[-1][0] and not ctx.office.vault_unlocked()
        monkeypatch.setattr(main_window.QInputDialog, "getText", typed(PIN))
        window.unlock_vault()
        assert asked[-1] == ("Unlock the secure module",
                             "The vending keys are in a secure module. A supervisor types the token's user PIN:")
        assert ctx.office.vault_unlocked() and window.vault_label.text() == "Secure module unlocked"
        sign_in("cashier")
        meter = next(m for m in hsm_demo_template.info["meters"]
                     if m["kind"] == "keypad" and m["dkga"] == "02" and not m["pending_key_change"])["meter_number"]
        vend = window.show_screen("vend")
        vend.searchEdit.setText(meter)
        qtbot.keyClick(vend.searchEdit, Qt.Key.Key_Return)
        vend.amountEdit.setText("150")
        vend.refresh_quote()
        assert vend.quote is not None, errors.shown[-1:]
        qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Return)
        assert vend.sale is not None, errors.shown[-1:]
        shown = [v.number for v in vend.tokens.views]
        office = ctx.office.services
        m = office.sales.find_meter(meter)
        key = derive_decoder_key(bytes.fromhex(STA_KEY), m.meter_number, m.params)
        assert shown and all(decode(number.replace(" ", "").replace("-", ""), key) for number in shown)
    finally:
        ctx.office.close()


def test_an_admin_sees_where_the_keys_are_kept_and_a_typed_key_goes_into_the_module(qtbot, tmp_path,
                                                                                  hsm_demo_template):
    """Administration says the keys are in the module; a key typed by the admin (by keys, Store key clicked)
    is confirmed in words and lands in the token as a label and a check value, never in the database."""
    import json
    import sqlite3

    path, users, ctx, window = _hsm_window(qtbot, tmp_path, hsm_demo_template)
    try:
        window.login_page.userEdit.setText(users["admin"]["username"])
        window.login_page.passwordEdit.setText(users["admin"]["password"])
        qtbot.keyClick(window.login_page.passwordEdit, Qt.Key.Key_Return)
        ctx.office.unlock_vault(PIN)
        admin = window.show_screen("admin")
        admin.tabs.setCurrentIndex(next(i for i in range(admin.tabs.count()) if "ey" in admin.tabs.tabText(i)))
        assert "secure module" in admin.keyStoreLabel.text() and TOKEN in admin.keyStoreLabel.text()
        assert "secure module" in admin.keyEdit.placeholderText()
        key = "00112233445566778899aabbccddeeff01020304"
        qtbot.keyClicks(admin.sgcEdit, "777002")
        admin.dkgaCombo.setCurrentText("04")
        admin.eaCombo.setCurrentIndex(admin.eaCombo.findData("11"))
        qtbot.keyClicks(admin.keyEdit, key)
        before = len(errors.informed)
        qtbot.mouseClick(admin.findChild(QPushButton, "storeKey"), Qt.MouseButton.LeftButton)
        assert not errors.shown, errors.shown
        assert len(errors.informed) == before + 1 and "777002" in errors.informed[-1]
        assert admin.keyEdit.text() == ""
        with sqlite3.connect(path) as conn:
            (record,) = conn.execute("SELECT vending_key_enc FROM supply_groups WHERE sgc = '777002'").fetchone()
        assert json.loads(bytes(record)[len(b"pkcs11:"):])["label"] == "STS VK SGC777002 KRN1 DKGA04"
        raw = b"".join(p.read_bytes() for p in tmp_path.glob("office.sqlite3*"))
        assert bytes.fromhex(key) not in raw and key.encode() not in raw
    finally:
        ctx.office.close()
