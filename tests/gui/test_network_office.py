"""The GUI on a network office: the program built with a ``postgresql://`` URL (the demo office made on the
throw-away cluster by ``sts-pos demo``), a supervisor's unlock and a cashier's sale by keys, the token on the
screen the one on the server, the receipt printed into this PC's folder for the office."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import psycopg
import pytest
from PySide6.QtCore import Qt

from sts_pos.gui import errors
from tests.gui.conftest import fill_first_run_wizard, gui_on


@pytest.fixture
def network_gui(qtbot, pg_url):
    out = subprocess.run([sys.executable, "-m", "sts_pos", "--db", pg_url, "demo", "--json", "--days", "1"],
                         capture_output=True, text=True, timeout=120, env=dict(os.environ))
    assert out.returncode == 0, out.stderr
    yield from gui_on(qtbot, pg_url, json.loads(out.stdout))


def test_a_cashier_sells_on_the_network_office(network_gui, qtbot, pg_url, tmp_path):
    gui = network_gui
    assert gui.ctx.office.exists()
    gui.sign_in("supervisor")
    assert gui.window.root.currentWidget() is gui.window.work, gui.window.login_page.messageLabel.text()
    assert "Demo Vending Office" in gui.window.windowTitle()
    gui.ctx.office.unlock_vault(gui.info["vault_passphrase"])
    gui.window.sign_out()
    gui.sign_in("cashier")
    meter = next(m["meter_number"] for m in gui.info["meters"] if m["kind"] == "keypad" and m["ti"] == 1
                 and m["base_date"] == 2014)
    vend = gui.screen("vend")
    vend.searchEdit.setText(meter)
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_Return)
    assert vend.meter is not None and vend.meter.meter_number == meter
    vend.amountEdit.setText("150")
    vend.refresh_quote()
    assert vend.quote is not None, gui.last_error
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Return)  # Enter on a quoted amount vends
    assert vend.sale is not None, gui.last_error
    shown = [v.number for v in vend.tokens.views]
    with psycopg.connect(pg_url) as raw:
        status, tender = raw.execute("SELECT status, tender FROM sales WHERE id = %s", (vend.sale.id,)).fetchone()
        stored = [r[0] for r in raw.execute("SELECT number FROM tokens WHERE sale_id = %s ORDER BY id",
                                            (vend.sale.id,))]
    assert status == "ISSUED" and tender == 15000 and stored == shown
    qtbot.keyClick(vend, Qt.Key.Key_F10)  # the receipt preview; its Print button prints (a PDF here)
    qtbot.mouseClick(vend.preview.printButton, Qt.MouseButton.LeftButton)
    printed = gui.ctx.office.printed[-1]
    assert printed.exists() and str(tmp_path / "local") in str(printed)  # this PC's folder, not a server path


def test_the_first_run_wizard_makes_the_office_on_an_empty_server_database(qtbot, pg_url):
    from sts_pos.app import build
    from sts_pos.gui.wizard import FirstRunWizard

    errors.shown.clear()
    ctx, window = build(pg_url, synchronous=True)
    qtbot.addWidget(window)
    assert not ctx.office.exists()  # an empty database: the wizard, not the sign-in page
    wizard = FirstRunWizard(ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_first_run_wizard(wizard)
    assert wizard.result_info == {"office": "Barangay Maligaya Power", "admin": "maria"}, errors.shown[-1:]
    assert ctx.office.exists()
    with psycopg.connect(pg_url) as raw:  # made on the server
        assert raw.execute("SELECT username, role FROM users").fetchall() == [("maria", "admin")]
    window.show_login()
    window.login_page.userEdit.setText("maria")
    window.login_page.passwordEdit.setText("secret-pass-1")
    window.login_page.submit()
    assert ctx.user is not None and ctx.user.role == "admin"
    ctx.office.close()
