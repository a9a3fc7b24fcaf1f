"""The tariff editor (Administration > Tariffs, supervisor and administrator): one tariff index with its
name, inclining blocks (monthly cumulative kWh limit and rate per kWh), VAT, fixed monthly charge, minimum
and maximum purchase and the free basic electricity allowance.

The form reads what the supervisor typed into a :class:`~sts_pos.gui.views.TariffView` and checks it in
the supervisor's words before anything is saved (rates and money in the office's currency and decimals,
energy in steps of 0.1 kWh, block limits increasing, only the last block open-ended). Saving goes through
the same store service as ``sts-pos tariffs set`` (``Records.save_tariff``, which enforces the role and
writes the audit entry); the vending rules check the tariff once more.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sts_pos.errors import UserFacingError
from sts_pos.gui.i18n import Formats
from sts_pos.gui.views import TariffView
from sts_pos.gui.widgets import on_click


class TariffInputError(UserFacingError):
    """What the supervisor typed into the tariff form cannot be saved as it is."""


class TariffDialog(QDialog):
    """New tariff (``tariff=None``) or edit one; :meth:`value` gives the checked :class:`TariffView`."""

    def __init__(self, formats: Formats, tariff: TariffView | None = None, parent: QWidget | None = None,
                 used_indexes: tuple[int, ...] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("tariffDialog")
        self.formats = formats
        self.editing = tariff is not None
        self.used_indexes = used_indexes
        self.setWindowTitle(self.tr("Edit tariff {0:02d}").format(tariff.ti) if tariff else self.tr("New tariff"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tiSpin = QSpinBox(self, objectName="tariffIndex", minimum=0, maximum=99)
        self.tiSpin.setToolTip(self.tr("The tariff index (TI) that meters carry in their key parameters."))
        self.nameEdit = QLineEdit(self, objectName="tariffName", placeholderText=self.tr("e.g. Residential"))
        form.addRow(self.tr("Tariff index (TI)"), self.tiSpin)
        form.addRow(self.tr("Name"), self.nameEdit)
        layout.addLayout(form)

        money_unit = formats.currency or self.tr("money")
        blocks_box = QGroupBox(self.tr("Blocks"), self)
        blocks_layout = QVBoxLayout(blocks_box)
        note = QLabel(self.tr("Blocks on each meter's purchases this month (leave “Up to” empty on the last block: "
                              "it prices everything above)"), blocks_box, wordWrap=True)
        note.setProperty("role", "hint")
        blocks_layout.addWidget(note)
        self.blocksTable = QTableWidget(0, 2, blocks_box, objectName="tariffBlocks")
        self.blocksTable.setHorizontalHeaderLabels([self.tr("Up to (kWh this month)"),
                                                    self.tr("Rate ({0} per kWh, before VAT)").format(money_unit)])
        self.blocksTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.blocksTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.blocksTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.blocksTable.setMinimumHeight(150)
        blocks_layout.addWidget(self.blocksTable)
        buttons_row = QHBoxLayout()
        self.addBlockButton = QPushButton(self.tr("Add block"), blocks_box, objectName="addBlock")
        self.addBlockButton.clicked.connect(lambda: self.add_block("", ""))
        self.removeBlockButton = QPushButton(self.tr("Remove block"), blocks_box, objectName="removeBlock")
        on_click(self.removeBlockButton, self.remove_block)
        buttons_row.addWidget(self.addBlockButton)
        buttons_row.addWidget(self.removeBlockButton)
        buttons_row.addStretch(1)
        blocks_layout.addLayout(buttons_row)
        layout.addWidget(blocks_box, 1)

        charges_box = QGroupBox(self.tr("Charges and limits"), self)
        charges = QFormLayout(charges_box)
        charges.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.vatEdit = QLineEdit("0", charges_box, objectName="tariffVat", placeholderText="12")
        self.fixedEdit = QLineEdit(charges_box, objectName="tariffFixed", placeholderText="0")
        self.minEdit = QLineEdit(charges_box, objectName="tariffMin", placeholderText="0")
        self.maxEdit = QLineEdit(charges_box, objectName="tariffMax", placeholderText=self.tr("no maximum"))
        self.fbeEdit = QLineEdit(charges_box, objectName="tariffFbe", placeholderText=self.tr("none"))
        charges.addRow(self.tr("VAT (%)"), self.vatEdit)
        charges.addRow(self.tr("Fixed monthly charge ({0})").format(money_unit), self.fixedEdit)
        charges.addRow(self.tr("Minimum purchase ({0})").format(money_unit), self.minEdit)
        charges.addRow(self.tr("Maximum purchase ({0})").format(money_unit), self.maxEdit)
        fbe_label = QLabel(self.tr("Free basic electricity (kWh per month, indigent customers)"), charges_box,
                           wordWrap=True)
        charges.addRow(fbe_label, self.fbeEdit)
        layout.addWidget(charges_box)

        self.errorLabel = QLabel("", self, objectName="tariffError", wordWrap=True)
        self.errorLabel.setProperty("role", "warning")
        self.errorLabel.hide()
        layout.addWidget(self.errorLabel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._value: TariffView | None = None
        if tariff is not None:
            self._load(tariff)
        else:
            self.tiSpin.setValue(next((i for i in range(1, 100) if i not in used_indexes), 0))
            self.add_block("", "")

    # -- filling ---------------------------------------------------------------------------------------
    def _load(self, t: TariffView) -> None:
        f = self.formats
        self.tiSpin.setValue(t.ti)
        self.tiSpin.setEnabled(False)  # a tariff keeps its index; a new index is a new tariff
        self.nameEdit.setText(t.name)
        for up_to, rate in t.blocks:
            self.add_block("" if up_to is None else _tenths_text(up_to), rate)
        self.vatEdit.setText(t.vat_percent)
        self.fixedEdit.setText(_plain_money(f, t.fixed_monthly_charge))
        self.minEdit.setText(_plain_money(f, t.min_purchase))
        self.maxEdit.setText("" if t.max_purchase is None else _plain_money(f, t.max_purchase))
        self.fbeEdit.setText(_tenths_text(t.fbe_kwh10) if t.fbe_kwh10 else "")

    def add_block(self, up_to: str, rate: str) -> None:
        row = self.blocksTable.rowCount()
        self.blocksTable.insertRow(row)
        for column, text in enumerate((up_to, rate)):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.blocksTable.setItem(row, column, item)

    def remove_block(self) -> None:
        row = self.blocksTable.currentRow()
        if row < 0:
            row = self.blocksTable.rowCount() - 1
        if row >= 0:
            self.blocksTable.removeRow(row)

    def set_block(self, row: int, up_to: str | None = None, rate: str | None = None) -> None:
        """Type into a block's cells (what a supervisor does with the keyboard; tests use it too)."""
        if up_to is not None:
            self.blocksTable.item(row, 0).setText(up_to)
        if rate is not None:
            self.blocksTable.item(row, 1).setText(rate)

    # -- reading and checking --------------------------------------------------------------------------
    def _cell(self, row: int, column: int) -> str:
        item = self.blocksTable.item(row, column)
        return item.text().strip() if item is not None else ""

    def read(self) -> TariffView:
        """The typed tariff, checked; raises :class:`TariffInputError` saying what to correct."""
        name = self.nameEdit.text().strip()
        if not name:
            raise TariffInputError(self.tr("Give the tariff a name, e.g. Residential."))
        ti = self.tiSpin.value()
        if not self.editing and ti in self.used_indexes:
            raise TariffInputError(self.tr("Tariff index {0:02d} already has a tariff; edit that tariff or choose "
                                           "another index.").format(ti))
        rows = [(self._cell(r, 0), self._cell(r, 1)) for r in range(self.blocksTable.rowCount())]
        rows = [row for row in rows if row != ("", "")]
        if not rows:
            raise TariffInputError(self.tr("Add at least one block with its rate per kWh."))
        blocks: list[tuple[int | None, str]] = []
        last = 0
        for number, (up_text, rate_text) in enumerate(rows, 1):
            rate = _decimal(rate_text)
            if rate is None or rate <= 0:
                raise TariffInputError(self.tr("Block {0}: type the rate per kWh as a number above zero, e.g. "
                                               "1.85.").format(number))
            if up_text:
                up = _decimal(up_text)
                if up is None or up <= 0 or (up * 10) != (up * 10).to_integral_value():
                    raise TariffInputError(self.tr("Block {0}: type the kWh limit as a number above zero with at "
                                                   "most one decimal, e.g. 50 or 50.5.").format(number))
                tenths = int(up * 10)
                if tenths <= last:
                    raise TariffInputError(self.tr("Block {0}: its kWh limit must be higher than the block before "
                                                   "it.").format(number))
                last = tenths
                blocks.append((tenths, _plain(rate)))
            else:
                if number != len(rows):
                    raise TariffInputError(self.tr("Block {0}: only the last block may be left without a kWh "
                                                   "limit.").format(number))
                blocks.append((None, _plain(rate)))
        vat = _decimal(self.vatEdit.text().strip() or "0")
        if vat is None or not 0 <= vat <= 100:
            raise TariffInputError(self.tr("Type the VAT as a percentage from 0 to 100, e.g. 12."))
        fixed = self._money(self.fixedEdit, self.tr("fixed monthly charge"))
        minimum = self._money(self.minEdit, self.tr("minimum purchase"))
        maximum = self._money(self.maxEdit, self.tr("maximum purchase")) if self.maxEdit.text().strip() else None
        if maximum is not None and maximum <= minimum:
            raise TariffInputError(self.tr("The maximum purchase must be more than the minimum purchase (or leave "
                                           "it empty for no maximum)."))
        fbe_text = self.fbeEdit.text().strip()
        fbe = 0
        if fbe_text:
            value = _decimal(fbe_text)
            if value is None or value < 0 or (value * 10) != (value * 10).to_integral_value():
                raise TariffInputError(self.tr("Type the free basic electricity in kWh with at most one decimal, "
                                               "e.g. 50 (or leave it empty for none)."))
            fbe = int(value * 10)
        return TariffView(ti=ti, name=name, blocks=tuple(blocks), vat_percent=_plain(vat),
                          fixed_monthly_charge=fixed, min_purchase=minimum, max_purchase=maximum, fbe_kwh10=fbe)

    def _money(self, edit: QLineEdit, what: str) -> int:
        text = edit.text().strip() or "0"
        try:
            return self.formats.parse_money(text)
        except UserFacingError:
            raise TariffInputError(self.tr("The {0} “{1}” is not an amount of money; type it like 100 or "
                                           "250.50.").format(what, text)) from None

    def value(self) -> TariffView | None:
        return self._value

    def accept(self) -> None:
        try:
            self._value = self.read()
        except TariffInputError as exc:
            self.errorLabel.setText(exc.message)
            self.errorLabel.show()
            return
        self.errorLabel.hide()
        super().accept()


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.replace(",", "").replace(" ", ""))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _plain(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text


def _tenths_text(tenths: int) -> str:
    return str(tenths // 10) if tenths % 10 == 0 else f"{tenths // 10}.{tenths % 10}"


def _plain_money(formats: Formats, minor: int) -> str:
    return f"{Decimal(minor).scaleb(-formats.minor_digits):f}"
