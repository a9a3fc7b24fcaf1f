"""Every action as a person takes it: mouse clicks and keys on visible widgets, dialogs answered through their
own buttons. The void and the report export (which once failed on every real click: the button's checked flag
arrived as the reason and as the file path) are driven end to end; then every enabled button of every screen
is clicked for every role, and no click may end in an internal error or an exception in a slot."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from sts_pos.gui import errors

INTERNAL = "Something went wrong"


def answer_next_dialog(qtbot, kind: type, answer: Callable[[QDialog], None]) -> QTimer:
    """Answer the next modal dialog of ``kind`` (a nested event loop, as a person meets it) with ``answer``."""
    timer = QTimer(interval=30)

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isVisible():
            timer.stop()
            try:
                answer(modal)
            except BaseException as exc:  # never leave a dialog open (the test would hang): close it, fail
                timer.failure = exc
                modal.reject()

    timer.failure = None
    timer.timeout.connect(look)
    timer.start()
    return timer


def done(timer: QTimer) -> None:
    timer.stop()
    if timer.failure is not None:
        raise timer.failure


def ok_button(dialog: QDialog) -> QPushButton:
    """The dialog's accepting button (OK, Save, Open) as a person sees it."""
    box = dialog.findChild(QDialogButtonBox)
    return next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_void_by_mouse_with_the_reason_typed_into_the_dialog(gui, qtbot):
    gui.unlock_vault()
    gui.sign_in("supervisor")
    customers = gui.screen("customers")
    with sqlite3.connect(gui.ctx.office.db_path) as conn:
        meter, receipt = conn.execute(
            "SELECT m.meter_number, s.receipt_no FROM sales s JOIN meters m ON m.id = s.meter_id "
            "WHERE s.status = 'ISSUED' ORDER BY s.id DESC LIMIT 1").fetchone()
    qtbot.keyClicks(customers.searchEdit, meter)
    qtbot.keyClick(customers.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: customers.sales.rowCount() > 0, timeout=3000)
    row = next(r for r in range(customers.sales.rowCount()) if customers.sales.item(r, 1).text() == receipt)
    click_row(qtbot, customers.sales, row)
    assert customers.selected_sale().request_id == receipt

    def type_reason(dialog: QDialog) -> None:
        assert receipt in dialog.labelText()
        qtbot.keyClicks(dialog.findChild(QLineEdit), "Paid twice at the counter")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    timer = answer_next_dialog(qtbot, QInputDialog, type_reason)
    qtbot.mouseClick(customers.voidButton, Qt.MouseButton.LeftButton)
    done(timer)
    with sqlite3.connect(gui.ctx.office.db_path) as conn:
        status, reason = conn.execute("SELECT status, void_reason FROM sales WHERE receipt_no = ?", (receipt,)).fetchone()
    assert (status, reason) == ("VOIDED", "Paid twice at the counter"), errors.shown[-1:]


def test_report_export_by_mouse_and_by_keyboard_through_the_file_dialog(gui, qtbot, tmp_path):
    gui.sign_in("supervisor")
    reports = gui.screen("reports")
    export = reports.findChild(QPushButton, "exportReport")
    target = tmp_path / f"sales.{reports.formatCombo.currentText()}"

    def save_as(dialog: QDialog) -> None:
        # the folder and name are put in the dialog's fields (key by key, its completion list pops up over the
        # offscreen dialog and selects folders), then its own Save button is clicked
        dialog.setDirectory(str(target.parent))
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText(target.name)
        save = ok_button(dialog)
        qtbot.waitUntil(save.isEnabled, timeout=2000)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    timer = answer_next_dialog(qtbot, QFileDialog, save_as)
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    done(timer)
    assert not [m for m, _ in errors.shown if m.startswith(INTERNAL)], errors.shown
    assert target.exists() and target.stat().st_size > 0, errors.shown[-1:]

    seen = []

    def cancel(dialog: QDialog) -> None:  # by keyboard: Space on the focused button, then Cancel
        seen.append(dialog.windowTitle())
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    timer = answer_next_dialog(qtbot, QFileDialog, cancel)
    export.setFocus()
    qtbot.keyClick(export, Qt.Key.Key_Space)
    done(timer)
    assert seen == [reports.tr("Export report")] and not errors.shown[-1:]


def _visible_buttons(screen: QWidget) -> list[QPushButton]:
    return [b for b in screen.findChildren(QPushButton) if b.isVisibleTo(screen) and b.isEnabled()]


@pytest.mark.parametrize("role", ["cashier", "technician", "supervisor", "admin"])
def test_every_enabled_button_of_every_screen(gui, qtbot, role):
    gui.unlock_vault()
    gui.sign_in(role)
    closer = QTimer(interval=20)  # a person answers every question by closing it (Cancel / Esc)

    def close_dialogs() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            modal.close()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, (QMessageBox, QDialog)) and widget.isVisible():
                widget.close()

    closer.timeout.connect(close_dialogs)
    closer.start()
    clicked = []
    try:
        for key in list(gui.window.screens):
            screen = gui.screen(key)
            qtbot.wait(5)
            for button in _visible_buttons(screen):
                if not (button.isVisible() and button.isEnabled()):
                    continue  # an earlier click changed the screen
                before = len(errors.shown)
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
                qtbot.wait(5)
                internal = [m for m, _ in errors.shown[before:] if m.startswith(INTERNAL)]
                assert internal == [], (key, button.objectName() or button.text(), errors.shown[before:])
                clicked.append((key, button.text()))
    finally:
        closer.stop()
        close_dialogs()
    assert len(clicked) >= 5, clicked
    assert gui.ctx.user is not None and gui.ctx.user.role == role


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_every_screen_of_every_role_fits_a_small_display(gui, qtbot, size):
    """No screen makes the window larger than the office PC's display (each screen scrolls inside it)."""
    gui.unlock_vault()
    for role in ("cashier", "technician", "supervisor", "admin"):
        gui.sign_in(role)
        gui.window.resize(*size)
        for key in list(gui.window.screens):
            gui.screen(key)
            qtbot.wait(5)
            assert (gui.window.width(), gui.window.height()) <= size and gui.window.height() <= size[1], (
                role, key, gui.window.size())
