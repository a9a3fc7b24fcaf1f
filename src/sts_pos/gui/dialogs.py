"""Small forms: a customer's details (new or edit)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from sts_pos.gui.views import MeterView


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
