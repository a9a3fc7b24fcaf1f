#!/usr/bin/env python3
"""Render every main screen of sts-pos to PNG on a real X window (Xvfb + xcb), for the README and review.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--db PATH] [--lang fil]

Without ``DISPLAY`` the script starts its own Xvfb (``-displayfd``) and runs itself again on it. It creates
a demo office with ``sts-pos demo --json`` in a temporary folder (unless ``--db`` names one and
``--users-json`` its users), signs in as the right role for each screen, fills the Vend screen with a real
sale, and saves ``<screen>.png`` plus ``login.png``, ``wizard.png``, ``tariff_editor.png``, ``receipt_preview.png``
(the receipt as it will print, before F10 prints it), ``recent_sales.png`` (the shift's last sales) and
``slip_preview.png`` (an engineering slip before it prints), ``help.png`` (F1). ``vend.png`` is
the README picture. ``--lang fil`` renders the screens in Filipino (the translation the program loads with
``--lang``), to review longer strings.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _under_xvfb(argv: list[str]) -> int:
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x900x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        number = b""
        with os.fdopen(read_fd, "rb") as pipe:
            while not number.endswith(b"\n"):
                chunk = pipe.read(1)
                if not chunk:
                    raise RuntimeError("Xvfb did not start")
                number += chunk
        env = dict(os.environ, DISPLAY=f":{number.decode().strip()}", QT_QPA_PLATFORM="xcb")
        return subprocess.run([sys.executable, __file__, *argv], env=env, timeout=300).returncode
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


def _demo(db: Path) -> dict:
    cli = [sys.executable, "-m", "sts_pos", "--db", str(db), "demo", "--json"]
    out = subprocess.run(cli, check=True, capture_output=True, text=True, timeout=120).stdout
    return json.loads(out)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--db")
    parser.add_argument("--lang", help="user interface language, e.g. fil")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        return _under_xvfb(argv)
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="sts-shots-"))
    db = Path(args.db) if args.db else tmp / "demo.sqlite3"
    demo = _demo(db)
    users = {u["role"]: u for u in demo["users"]}

    from PySide6.QtWidgets import QApplication

    from sts_pos.app import build
    from sts_pos.gui import i18n, style

    app = QApplication([sys.argv[0]])
    if args.lang and i18n.install_translator(app, args.lang) is None:
        print(f"no translation for {args.lang!r}", file=sys.stderr)
        return 2
    style.apply(app)

    def settle(window=None, rounds: int = 30) -> None:
        for _ in range(rounds):
            app.processEvents()
        if window is not None:
            window.repaint()
            app.processEvents()

    def save(window, name: str) -> None:
        settle(window)
        shot = window.screen().grabWindow(window.winId())
        if shot.isNull():
            shot = window.grab()
        path = out / f"{name}.png"
        shot.save(str(path))
        print(f"{path} {shot.width()}x{shot.height()}")

    # the first-run wizard on an empty file
    from sts_pos.gui.wizard import FirstRunWizard

    ctx0, win0 = build(tmp / "empty.sqlite3", synchronous=True)
    wizard = FirstRunWizard(ctx0)
    wizard.move(0, 0)
    wizard.show()
    wizard.next()
    wizard.office_page.name.setText("Barangay Maligaya Power Cooperative")
    wizard.office_page.vat.setText("123-456-789-000")
    wizard.office_page.currency_code.setText("PHP")
    wizard.office_page.currency_symbol.setText("₱")
    save(wizard, "wizard")
    wizard.close()

    from datetime import UTC, datetime, timedelta

    class ShiftedClock:  # the computer's clock, which the script later sets back a day (the clock guard's window)
        offset = timedelta()

        def __call__(self):
            return datetime.now(UTC) + self.offset

    clock = ShiftedClock()
    ctx, window = build(db, synchronous=True, options={"idle_minutes": 60}, clock=clock)
    window.move(0, 0)
    window.resize(1366, 860)
    window.show()
    save(window, "login")

    def sign_in(role: str) -> None:
        if ctx.user is not None:
            window.sign_out()
        window.login_page.userEdit.setText(users[role]["username"])
        window.login_page.passwordEdit.setText(users[role]["password"])
        window.login_page.submit()
        settle(window)
        if not ctx.office.vault_unlocked() and role in ("supervisor", "admin"):
            ctx.office.unlock_vault(demo["vault_passphrase"])
            window.refresh_status()

    sign_in("supervisor")
    from sts_pos.gui.screens import vend as vend_module

    vend = window.show_screen("vend")
    assert isinstance(vend, vend_module.VendScreen)
    if ctx.office.current_shift() is None:
        ctx.office.open_shift(100000)
    meter = demo["meters"][0]["meter_number"]
    vend.searchEdit.setText(meter)
    vend.find()
    vend.amountEdit.setText("500")
    vend.refresh_quote()
    vend.vend()
    save(window, "vend")
    token = vend.tokens.views[-1].number
    # the receipt preview before printing (F10), then the recent sales list after two more sales
    vend.print_receipt(copy=False)
    if vend.preview is not None:
        vend.preview.move(window.x() + 420, window.y() + 60)
        save(vend.preview, "receipt_preview")
        vend.preview.reject()
    keypads = [m["meter_number"] for m in demo["meters"] if m["kind"] == "keypad" and not m["pending_key_change"]]
    for other, amount in zip([n for n in keypads if n != meter][:2], ("250", "120")):
        vend.next_customer()
        vend.searchEdit.setText(other)
        vend.find()
        vend.amountEdit.setText(amount)
        vend.refresh_quote()
        vend.vend()
    settle(window)
    shot = vend.recent.grab()
    shot.save(str(out / "recent_sales.png"))
    print(f"{out / 'recent_sales.png'} {shot.width()}x{shot.height()}")
    # the clock guard: the computer's clock set a day back, the next sale is refused with both times
    from PySide6.QtWidgets import QDialog

    clock.offset = -timedelta(days=1)
    vend.next_customer()
    vend.searchEdit.setText(demo["meters"][1]["meter_number"])
    vend.find()
    vend.amountEdit.setText("150")
    vend.refresh_quote()
    vend.vend()
    dialog = window.findChild(QDialog, "clockDialog")
    if dialog is not None:
        dialog.move(window.x() + 360, window.y() + 200)
        save(dialog, "clock_refused")
        save(window, "vend_clock_refused")
        dialog.reject()
    clock.offset = timedelta()
    # F1: the help window with the shortcut list and the cashier's guide
    window.show_help()
    settle(window)
    window.help_dialog.move(window.x() + 200, window.y() + 40)
    save(window.help_dialog, "help")
    window.help_dialog.reject()
    customers = window.show_screen("customers")
    customers.searchEdit.setText(meter)
    customers.search()
    save(window, "customers")
    reports = window.show_screen("reports")
    save(window, "reports")
    # a report on screen (the table the export writes), then the chart of the same period
    reports.reportCombo.setCurrentIndex(reports.reportCombo.findData("sales-by-day"))
    reports.show_report()
    save(window, "report_table")
    if reports.chartView is not None:
        reports.draw_chart(show=True)
        save(window, "report_chart")
    admin = window.show_screen("admin")
    save(window, "admin")
    admin.tabs.setCurrentIndex(admin.tabs.indexOf(admin.tariffsTable.parentWidget()))
    admin.tariffsTable.selectRow(0)
    admin.edit_tariff()
    if admin.tariffDialog is not None:
        admin.tariffDialog.move(window.x() + 300, window.y() + 120)
        save(admin.tariffDialog, "tariff_editor")
        admin.tariffDialog.reject()
    window.show_screen("cards")
    save(window, "cards")

    sign_in("technician")
    eng = window.show_screen("engineering")
    eng.meterEdit.setText(meter)
    eng.kindCombo.setCurrentIndex(eng.kindCombo.findData("set_max_power"))
    eng.valueSpin.setValue(4000)
    eng.reasonEdit.setText("Work order 2026-118: breaker trips")
    eng.issue()
    eng.decodeMeter.setText(meter)
    eng.decodeToken.setText(token)
    eng.decode()
    save(window, "engineering")
    eng.print_slip()  # the engineering slip as it will print
    if eng.preview is not None:
        eng.preview.move(window.x() + 420, window.y() + 60)
        save(eng.preview, "slip_preview")
        eng.preview.reject()

    # the meter test against the simulated meter on a pty, with the token just vended
    from sts_pos.devices.meter import SimulatedMeter, start_simulator
    from sts_pos.sts.keys import KeyParameters
    from sts_pos.sts.meter import VirtualMeter
    from sts_pos.sts.meter_number import parse_meter_number
    from sts_pos.sts.tid import BaseDate

    first = demo["meters"][0]
    params = KeyParameters(first["sgc"], first["ti"], first["krn"], base_date=BaseDate.parse(str(first["base_date"])))
    virtual = VirtualMeter.with_vending_key(parse_meter_number(meter), params, bytes.fromhex("abababababababab"))
    sim = start_simulator(SimulatedMeter(virtual, load_w=0))
    try:
        test = window.show_screen("meter_test")
        test.portCombo.setEditText(sim.port_path)
        test.tokenEdit.setText(token)
        test.send_token()
        test.read_registers()
        save(window, "meter_test")
    finally:
        sim.stop()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
