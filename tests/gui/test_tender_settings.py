"""The administrator edits the office's accepted payment methods (setting ``tenders``) with check boxes; the
Vend screen's selector then offers them. Supervisors and cashiers cannot change the list."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from sts_pos.errors import UserFacingError


def _offered(vend) -> list[str]:
    combo = vend.tenderCombo
    return [combo.itemData(i) for i in range(combo.count())]


def test_admin_enables_mobile_money_and_the_vend_screen_offers_it(gui):
    gui.sign_in("admin")
    gui.ctx.office.set_tenders(["cash"])  # start from cash only
    admin = gui.screen("admin")
    checks = admin.tenderChecks
    assert [t for t, c in checks.items() if c.isChecked()] == ["cash"]
    assert not checks["cash"].isEnabled()  # cash is always accepted
    assert _offered(gui.screen("vend")) == ["cash"]
    assert gui.screen("admin") is admin  # back to Administration to tick mobile money
    checks["mobile_money"].setChecked(True)
    checks["cash"].setChecked(False)  # even if forced off, cash stays
    admin.findChild(QPushButton, "saveTenders").click()
    assert gui.last_error == ""
    assert tuple(gui.ctx.office.settings().tenders) == ("cash", "mobile_money")
    assert checks["cash"].isChecked() and checks["mobile_money"].isChecked() and not checks["card"].isChecked()
    vend = gui.screen("vend")
    assert _offered(vend) == ["cash", "mobile_money"]
    assert vend.tenderCombo.itemText(1) == "Mobile money"


@pytest.mark.parametrize("role", ["supervisor", "cashier"])
def test_supervisor_and_cashier_cannot_change_the_payment_methods(gui, role):
    gui.sign_in(role)
    before = tuple(gui.ctx.office.settings().tenders)
    if role == "supervisor":  # the Administration screen has no payment-method tab for them
        assert not hasattr(gui.screen("admin"), "tenderChecks")
    with pytest.raises(UserFacingError):
        gui.ctx.office.set_tenders(["cash"])
    assert tuple(gui.ctx.office.settings().tenders) == before
    assert "cheque" in before
