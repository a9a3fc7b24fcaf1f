"""One "open shift" flow (gui.dialogs.open_shift) behind the Vend screen's F8 and the Reports screen's button:
the float asked with the same (translated) question, parsed as money, a mistyped amount refused."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from sts_pos.gui import dialogs


def test_vend_f8_opens_the_shift_through_the_shared_dialog(gui, monkeypatch):
    asked = []

    def get_text(parent, title, label, text=""):
        asked.append((title, label, text))
        return "150", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    gui.sign_in("cashier")
    vend = gui.screen("vend")
    assert gui.ctx.office.current_shift() is None
    vend.open_shift()
    assert asked == [("Open shift", "Opening cash float (R):", "0")]  # the question names the money
    shift = gui.ctx.office.current_shift()
    assert shift is not None and shift.opening_float == 15000
    assert f"Shift {shift.id}" in vend.shiftLabel.text()


def test_a_mistyped_float_is_refused_on_both_screens(gui):
    gui.sign_in("cashier")
    seen = []
    for key in ("vend", "reports"):
        screen = gui.screen(key)
        screen.open_shift("twelve")
        seen.append(gui.last_error)
    assert all(seen) and seen[0] == seen[1]
    assert gui.ctx.office.current_shift() is None
    dialogs.open_shift(gui.screen("reports"), gui.ctx, gui.screen("reports").refresh_shift, "80")
    assert gui.screen("reports").shift.opening_float == 8000
