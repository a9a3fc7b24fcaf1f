"""Small forms: a customer's details (new or edit), and opening a shift with its cash float (one flow for
the Vend screen's F8 and the Reports screen's button)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QWidget,
)

from sts_pos.gui import errors
from sts_pos.gui.views import MeterView


def money_unit(ctx, caption: str) -> str:
    """``caption`` with the office's currency symbol in its ``{0}`` (a question that asks for money)."""
    return caption.format(ctx.formats.currency) if ctx.formats.currency else caption.replace(" ({0})", "")


def open_shift(parent: QWidget, ctx, refresh: Callable[[], None], text: str | None = None) -> None:
    """Ask the opening cash float (``text`` given: no question, for tests), open the shift on the worker thread
    and call ``refresh`` once it is open; a mistyped amount or a refusal is shown to the user."""
    if text is None:
        text, ok = QInputDialog.getText(parent, QCoreApplication.translate("ShiftDialogs", "Open shift"),
                                        money_unit(ctx, QCoreApplication.translate("ShiftDialogs", "Opening cash float ({0}):")),
                                        text="0")
        if not ok:
            return
    try:
        amount = ctx.formats.parse_money(text)
    except Exception as exc:
        errors.show_error(parent, exc)
        return
    ctx.tasks.run(lambda: ctx.office.open_shift(amount), success=lambda _: refresh(),
                  failure=lambda exc: errors.show_error(parent, exc))


class CustomerDialog(QDialog):
    """Account, name, address, phone and the indigent flag (free basic electricity)."""

    def __init__(self, parent: QWidget | None = None, meter: MeterView | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit customer") if meter else self.tr("New customer"))
        form = QFormLayout(self)
        self.account = QLineEdit(meter.account if meter else "", self)
        self.name = QLineEdit(meter.customer if meter else "", self)
        self.address = QLineEdit(meter.address if meter else "", self)
        self.phone = QLineEdit(meter.phone if meter else "", self)
        self.indigent = QCheckBox(self.tr("Indigent: gets free basic electricity each month"), self)
        self.indigent.setChecked(bool(meter and meter.indigent))
        form.addRow(self.tr("Account number"), self.account)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.indigent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {"account_no": self.account.text().strip(), "name": self.name.text().strip(),
                "address": self.address.text().strip(), "phone": self.phone.text().strip(),
                "indigent": self.indigent.isChecked()}
