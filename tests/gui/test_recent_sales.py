"""The cashier's recent sales and the receipt preview, driven by keys and mouse: the vend screen lists the last
sales of the shift (receipt number, office time, meter, amount, units); Ctrl+R or a double-click reprints the
one picked, after the preview; Print in the preview prints (a COPY, counted on the sale), Cancel prints
nothing. The office clock is pinned (40 days after the demo's last sale)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from sts_pos.gui import errors
from tests.gui.conftest import key_sign_in, last_sale_at, open_window


@pytest.fixture
def counter(qtbot, demo_office, tmp_path):
    source, info = demo_office
    path = tmp_path / "counter.sqlite3"
    shutil.copy(source, path)
    now = last_sale_at(path) + timedelta(days=40, minutes=17)
    ctx, window = open_window(qtbot, path, lambda: now)
    users = {u["role"]: u for u in info["users"]}

    def sign_in(role: str) -> None:
        key_sign_in(qtbot, ctx, window, users[role])

    sign_in("supervisor")
    ctx.office.unlock_vault(info["vault_passphrase"])
    sign_in("cashier")
    meters = [m["meter_number"] for m in info["meters"]
              if m["kind"] == "keypad" and not m["pending_key_change"] and m["ti"] == 1]
    yield ctx, window, window.show_screen("vend"), meters, path, now, sign_in
    ctx.office.close()


def sell(qtbot, vend, meter: str, amount: str) -> None:
    qtbot.keyClick(vend, Qt.Key.Key_Escape)
    qtbot.keyClicks(vend.searchEdit, meter)
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(vend.amountEdit, amount)
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Return)
    assert vend.sale is not None, (errors.shown[-1:], vend.saleMessage.text())


def reprints(path, receipt_no: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT reprints FROM sales WHERE receipt_no = ?", (receipt_no,)).fetchone()[0]


def row_texts(tree, row: int) -> list[str]:
    item = tree.topLevelItem(row)
    return [item.text(c) for c in range(tree.columnCount())]


def test_recent_sales_list_the_shift_in_office_time_and_ctrl_r_reprints_the_picked_one(qtbot, counter):
    ctx, window, vend, meters, path, now, _ = counter
    sell(qtbot, vend, meters[0], "150")
    first = vend.sale
    sell(qtbot, vend, meters[1], "175.50")
    second = vend.sale
    tree = vend.recent.tree
    assert tree.isVisible() and tree.topLevelItemCount() == 2
    office_minute = (now + timedelta(minutes=ctx.office.settings().utc_offset_minutes)).strftime("%H:%M")
    with sqlite3.connect(path) as conn:  # what was sold, as stored (the tender less the change)
        amounts = dict(conn.execute("SELECT receipt_no, amount FROM sales").fetchall())
    money = lambda minor: f"R {minor // 100}.{minor % 100:02d}"  # noqa: E731 - the demo office writes R 123.45
    assert row_texts(tree, 0) == [second.request_id, office_minute, meters[1], money(amounts[second.request_id]),
                                  f"{second.units_tenths // 10}.{second.units_tenths % 10} kWh"]
    assert row_texts(tree, 1)[:4] == [first.request_id, office_minute, meters[0], money(amounts[first.request_id])]
    # pick the older sale with the mouse, Ctrl+R: the preview of its COPY; Print prints it
    rect = tree.visualItemRect(tree.topLevelItem(1))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    printed = len(ctx.office.printed)
    qtbot.keyClick(tree, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    preview = vend.preview
    assert preview is not None and preview.isVisible()
    assert reprints(path, first.request_id) == 0  # nothing counted while the cashier only looks
    qtbot.mouseClick(preview.printButton, Qt.MouseButton.LeftButton)
    assert not preview.isVisible()
    assert len(ctx.office.printed) == printed + 1
    assert ctx.office.printed[-1].name.startswith(f"sale-{first.id}-copy")
    assert reprints(path, first.request_id) == 1 and reprints(path, second.request_id) == 0


def test_a_double_click_opens_the_preview_and_cancel_prints_nothing(qtbot, counter):
    ctx, window, vend, meters, path, now, _ = counter
    sell(qtbot, vend, meters[0], "150")
    tree = vend.recent.tree
    rect = tree.visualItemRect(tree.topLevelItem(0))
    # a person's double-click: press and release, then the second press arrives as the double-click
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    preview = vend.preview
    assert preview is not None and preview.isVisible()
    printed = len(ctx.office.printed)
    qtbot.mouseClick(preview.cancelButton, Qt.MouseButton.LeftButton)
    assert not preview.isVisible() and len(ctx.office.printed) == printed
    assert reprints(path, vend.sale.request_id) == 0


def test_f10_shows_the_receipt_as_it_prints_then_enter_prints_it(qtbot, counter):
    ctx, window, vend, meters, path, now, _ = counter
    sell(qtbot, vend, meters[0], "150")
    printed = len(ctx.office.printed)
    qtbot.keyClick(vend.nextButton, Qt.Key.Key_F10)
    preview = vend.preview
    assert preview is not None and preview.isVisible() and len(ctx.office.printed) == printed
    image = preview.image
    assert image.height() > image.width() > 400  # a strip of 80 mm receipt paper at 203 dpi
    dark = sum(1 for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
               if QColor(image.pixel(x, y)).lightness() < 100)
    assert dark > 500  # printed text, not a blank page
    qtbot.keyClick(preview.printButton, Qt.Key.Key_Return)
    assert len(ctx.office.printed) == printed + 1
    assert ctx.office.printed[-1].name.startswith(f"sale-{vend.sale.id}-1")
    assert reprints(path, vend.sale.request_id) == 0  # the first print is no copy


def test_ctrl_r_with_no_sale_in_the_shift_says_so(qtbot, counter):
    ctx, window, vend, meters, path, now, _ = counter
    before = len(errors.shown)
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert vend.recent.tree.topLevelItemCount() == 0
    assert len(errors.shown) == before + 1 and "no sale to reprint" in errors.shown[-1][0]


def test_the_f1_help_lists_the_reprint_key(qtbot, counter):
    from PySide6.QtWidgets import QDialog

    ctx, window, vend, meters, path, now, _ = counter
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_F1)
    dialog = window.findChild(QDialog, "helpDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert "Ctrl+R" in text and "recent sales" in text
    dialog.reject()
