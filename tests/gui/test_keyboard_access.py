"""Keyboard and eyes, with the program's look (style.apply): a date field is one Tab stop (real Tab presses; Qt's
own date edit takes one per day, month and year), the current cell of a focused table has a visible frame, and
the highlighted item of an open drop-down list is readable (a coloured bar with its text, not a blank box)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit, QVBoxLayout, QWidget

from sts_pos.gui import style


@pytest.fixture
def look():
    app = QApplication.instance()
    saved = app.styleSheet(), app.palette(), app.font(), app.style().name()
    style.apply(app)
    yield app
    app.setStyleSheet(saved[0])
    app.setPalette(saved[1])
    app.setFont(saved[2])
    app.setStyle(saved[3])


def activate(qtbot, window) -> None:
    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def tab_walk(qtbot, app, count: int, backwards: bool = False) -> list[str]:
    names = []
    for _ in range(count):
        assert app.focusWidget() is not None
        if backwards:
            qtbot.keyClick(app.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(app.focusWidget(), Qt.Key.Key_Tab)
        names.append(app.focusWidget().objectName())
    return names


def test_a_date_field_is_one_tab_stop_both_ways(qtbot, look):
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    fields = [QLineEdit(objectName="before"), QDateEdit(QDate(2026, 3, 4), calendarPopup=True, objectName="from"),
              QDateEdit(QDate(2026, 3, 31), calendarPopup=True, objectName="to"), QLineEdit(objectName="after")]
    for field in fields:
        layout.addWidget(field)
    activate(qtbot, form)
    fields[0].setFocus()
    assert tab_walk(qtbot, look, 3) == ["from", "to", "after"]
    assert tab_walk(qtbot, look, 3, backwards=True) == ["to", "from", "before"]
    # typing in a date field still moves through its parts: day, month and year are all typed in one stop
    fields[0].setFocus()
    qtbot.keyClick(fields[0], Qt.Key.Key_Tab)
    assert look.focusWidget() is fields[1] and fields[1].currentSectionIndex() == 0


def test_the_reports_date_fields_take_one_tab_each(qtbot, look, gui):
    gui.sign_in("supervisor")
    activate(qtbot, gui.window)
    reports = gui.screen("reports")
    start, end = reports.fromDate, reports.toDate
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert look.focusWidget() is not start
    end.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(end, Qt.Key.Key_Tab)
    assert look.focusWidget() is not end


def colour_at(image, x: int, y: int) -> str:
    return QColor(image.pixel(x, y)).name()


def test_a_focused_table_shows_a_frame_on_its_current_cell(qtbot, look, gui):
    gui.unlock_vault()
    gui.sign_in("cashier")
    vend = gui.screen("vend")
    meter = next(m["meter_number"] for m in gui.info["meters"] if m["kind"] == "keypad" and not m["pending_key_change"])
    qtbot.keyClicks(vend.searchEdit, meter)
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(vend.amountEdit, "300")
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Return)
    activate(qtbot, gui.window)
    tree = vend.recent.tree
    assert tree.topLevelItemCount() == 1
    rect = tree.visualItemRect(tree.topLevelItem(0))

    def edge_colour() -> str:  # the left edge of the current cell
        cell = tree.visualRect(tree.currentIndex())
        return colour_at(tree.viewport().grab().toImage(), cell.left() + 1, cell.center().y())

    qtbot.mouseClick(vend.searchEdit, Qt.MouseButton.LeftButton)
    unfocused = edge_colour()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert look.focusWidget() is tree
    focused = edge_colour()
    assert focused == style.FOCUS and unfocused != style.FOCUS, (focused, unfocused)


def test_the_highlighted_item_of_a_drop_down_list_is_readable(qtbot, look):
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["Cash", "Card", "Mobile money"])
    activate(qtbot, combo)
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)  # opens the list
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # from "Cash" to "Card"
    assert view.currentIndex().row() == 1
    rect = view.visualRect(view.currentIndex())
    image = view.viewport().grab().toImage()
    colours = {colour_at(image, x, y) for x in range(rect.left() + 2, rect.left() + 60)
               for y in range(rect.top() + 2, rect.bottom() - 1)}
    bar = colour_at(image, min(rect.right(), image.width() - 1) - 4, rect.center().y())  # right of the text
    assert bar == style.ACCENT
    light = [c for c in colours if QColor(c).lightness() > 200]
    assert light, colours  # the item's text, light on the dark bar
    combo.hidePopup()
