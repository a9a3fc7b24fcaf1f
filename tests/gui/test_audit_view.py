"""The audit log as an administrator reads it: the event in words, money as the receipt writes it (R 250.00,
not 25000), no JSON and no seals; the float question names the office's currency. The cashier's day is driven
by keys (F8 answered through its dialog, a sale by Enter); the office clock is pinned."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QLineEdit, QTabBar

from sts_pos.gui import errors
from tests.gui.conftest import key_sign_in, last_sale_at, open_window


@pytest.fixture
def office(qtbot, demo_office, tmp_path):
    source, info = demo_office
    path = tmp_path / "audit.sqlite3"
    shutil.copy(source, path)
    now = last_sale_at(path) + timedelta(days=40)
    ctx, window = open_window(qtbot, path, lambda: now)
    users = {u["role"]: u for u in info["users"]}

    def sign_in(role: str) -> None:
        key_sign_in(qtbot, ctx, window, users[role])

    yield ctx, window, info, sign_in, path, now
    ctx.office.close()


def answer_float(qtbot, amount: str, seen: list) -> None:
    """Answer the opening-float question as the cashier does: read it, type the amount, press Enter."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        edit = dialog.findChild(QLineEdit)
        edit.selectAll()
        qtbot.keyClicks(edit, amount)
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(20, answer)


def test_the_audit_log_speaks_words_and_the_offices_money(qtbot, office):
    ctx, window, info, sign_in, path, now = office
    sign_in("supervisor")
    ctx.office.unlock_vault(info["vault_passphrase"])
    sign_in("cashier")
    cashier = ctx.user.username
    vend = window.show_screen("vend")
    seen: list[str] = []
    answer_float(qtbot, "250", seen)
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_F8)
    assert seen and "(R)" in seen[0], seen  # the question names the currency
    meter = next(m["meter_number"] for m in info["meters"] if m["kind"] == "keypad" and not m["pending_key_change"])
    qtbot.keyClicks(vend.searchEdit, meter)
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(vend.amountEdit, "150")
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Return)
    assert vend.sale is not None, (errors.shown[-1:], vend.saleMessage.text())
    with sqlite3.connect(path) as conn:
        receipt, amount = conn.execute("SELECT receipt_no, amount FROM sales ORDER BY id DESC LIMIT 1").fetchone()
    sign_in("admin")
    admin = window.show_screen("admin")
    bar = admin.tabs.findChild(QTabBar)
    tab = admin.tabs.indexOf(admin.auditTable.parentWidget())
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    assert admin.tabs.currentIndex() == tab and admin.auditTable.isVisible()
    table = admin.auditTable
    rows = [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]
    assert rows
    cells = [cell for row in rows for cell in row]
    assert not any("{" in c or '"' in c or "seal" in c for c in cells), [c for c in cells if "{" in c][:3]
    events = [row[3] for row in rows]
    sale = f"Sale {receipt} to meter {meter}: R {amount // 100}.{amount % 100:02d}"
    assert sale in events, events[:6]
    assert any(e.startswith("Shift ") and e.endswith("opened with a float of R 250.00") for e in events), events[:6]
    assert "Signed in" in events
    office_minute = (now + timedelta(minutes=ctx.office.settings().utc_offset_minutes)).strftime("%Y-%m-%d %H:%M")
    sale_row = next(row for row in rows if row[3] == sale)
    assert sale_row[1].startswith(office_minute) and sale_row[2] == cashier
