"""Customers and meters: search, details, sale history per meter with reprint and void (supervisor)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sts_pos.gui import errors
from sts_pos.gui.dialogs import CustomerDialog
from sts_pos.gui.forms import icon
from sts_pos.gui.screens.base import Context, Screen
from sts_pos.gui.views import MeterView, SaleView
from sts_pos.gui.widgets import NotAvailable, on_click


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill(table: QTableWidget, rows: list[list[str]], payloads: list[object] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if payloads is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, payloads[r])
            table.setItem(r, c, item)


_SALE_STATUS = {
    "ISSUED": QT_TRANSLATE_NOOP("CustomersScreen", "issued"),
    "VOID": QT_TRANSLATE_NOOP("CustomersScreen", "voided"),
    "VOIDED": QT_TRANSLATE_NOOP("CustomersScreen", "voided"),
    "PENDING": QT_TRANSLATE_NOOP("CustomersScreen", "pending"),
}


class CustomersScreen(Screen):
    key = "customers"
    roles = ("cashier", "technician", "supervisor", "admin")
    icon_name = "customers"
    title_text = QT_TRANSLATE_NOOP("Screens", "Customers & meters")

    def status_text(self, status: str) -> str:
        """A sale's status in the user's words (the store keeps ISSUED, VOID, PENDING)."""
        return self.tr(_SALE_STATUS[status]) if status in _SALE_STATUS else status

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        if not ctx.office.has("vend"):
            self.replace_with(NotAvailable(self.title(), parent=self))
            return
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.searchEdit = QLineEdit(self, objectName="customerSearch", clearButtonEnabled=True)
        self.searchEdit.setPlaceholderText(self.tr("Meter number, name, account, phone or address"))
        self.searchEdit.returnPressed.connect(self.search)
        find = QPushButton(icon("search"), self.tr("Find"), self)
        on_click(find, self.search)
        row.addWidget(self.searchEdit, 1)
        row.addWidget(find)
        can_edit = ctx.has_role("supervisor", "admin")
        self.newButton = QPushButton(self.tr("New customer…"), self, objectName="newCustomer")
        self.newButton.clicked.connect(lambda: self.new_customer())
        self.editButton = QPushButton(self.tr("Edit customer…"), self, objectName="editCustomer")
        self.editButton.clicked.connect(lambda: self.edit_customer())
        self.moveButton = QPushButton(self.tr("Move meter…"), self, objectName="moveMeter")
        self.moveButton.clicked.connect(lambda: self.move_meter())
        for button in (self.newButton, self.editButton, self.moveButton):
            button.setEnabled(can_edit)
            row.addWidget(button)
        layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.meters = _table(split, [self.tr("Meter"), self.tr("Customer"), self.tr("Account"), self.tr("Phone"),
                                     self.tr("Kind"), self.tr("Tariff"), self.tr("Address")])
        self.meters.setObjectName("metersTable")
        self.meters.itemSelectionChanged.connect(self._meter_selected)
        box = QGroupBox(self.tr("Meter details and sales"), split)
        box_layout = QHBoxLayout(box)
        details = QFormLayout()
        self.detail = {name: QLabel("—", box) for name in ("meter", "customer", "key", "debt", "card")}
        for name, caption in (("meter", self.tr("Meter")), ("customer", self.tr("Customer")),
                              ("key", self.tr("Supply group / key")), ("debt", self.tr("Debt")),
                              ("card", self.tr("Card serial"))):
            self.detail[name].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.addRow(caption, self.detail[name])
        box_layout.addLayout(details, 2)
        history = QVBoxLayout()
        self.historyTabs = QTabWidget(box, objectName="historyTabs")
        self.sales = _table(box, [self.tr("Date"), self.tr("Receipt"), self.tr("Amount"), self.tr("Units"),
                                  self.tr("Status"), self.tr("Operator")])
        self.sales.setObjectName("salesTable")
        self.readings = _table(box, [self.tr("Read at (office time)"), self.tr("Credit left"), self.tr("Energy used"),
                                     self.tr("Purchases loaded"), self.tr("Tamper"), self.tr("Card")])
        self.readings.setObjectName("readingsTable")
        self.historyTabs.addTab(self.sales, self.tr("Sales"))
        self.historyTabs.addTab(self.readings, self.tr("Card readings"))
        history.addWidget(self.historyTabs, 1)
        buttons = QHBoxLayout()
        self.reprintButton = QPushButton(icon("print"), self.tr("Reprint"), box, objectName="reprintSale")
        on_click(self.reprintButton, self.reprint)
        self.voidButton = QPushButton(self.tr("Void sale…"), box, objectName="voidSale")
        on_click(self.voidButton, self.void)
        self.voidButton.setEnabled(ctx.has_role("supervisor", "admin"))
        self.voidButton.setToolTip(self.tr("Only a supervisor may void a sale."))
        buttons.addStretch(1)
        buttons.addWidget(self.reprintButton)
        buttons.addWidget(self.voidButton)
        history.addLayout(buttons)
        box_layout.addLayout(history, 5)
        split.addWidget(self.meters)
        split.addWidget(box)
        split.setSizes([300, 300])
        layout.addWidget(split, 1)
        self._meter: MeterView | None = None

    def activated(self) -> None:
        if hasattr(self, "searchEdit"):
            self.searchEdit.setFocus()
            if self.meters.rowCount() == 0:
                self.search()

    def search(self) -> None:
        text = self.searchEdit.text().strip()
        self.ctx.tasks.run(lambda: self.ctx.office.find_meters(text, limit=200), success=self._show_meters,
                           failure=lambda exc: errors.show_error(self, exc))

    def _show_meters(self, meters: list[MeterView]) -> None:
        kinds = {"card": self.tr("IC card"), "keypad": self.tr("keypad")}
        self.meters.blockSignals(True)
        self.meters.clearSelection()
        self.meters.blockSignals(False)
        fill(self.meters, [[m.meter_number, m.customer, m.account, m.phone, kinds.get(m.kind, m.kind), m.tariff,
                            m.address] for m in meters], meters)
        if meters:
            self.meters.blockSignals(True)
            self.meters.setCurrentCell(0, 0)
            self.meters.selectRow(0)
            self.meters.blockSignals(False)
            self._meter_selected()

    def _meter_selected(self) -> None:
        row = self.meters.currentRow()
        item = self.meters.item(row, 0) if row >= 0 else None
        if item is None:
            return
        meter: MeterView = item.data(Qt.ItemDataRole.UserRole)
        self._meter = meter
        f = self.ctx.formats
        self.detail["meter"].setText(meter.meter_number)
        self.detail["customer"].setText(f"{meter.customer}\n{meter.address}".strip() or "—")
        self.detail["key"].setText(meter.key_summary or "—")
        self.detail["debt"].setText(f.money(meter.debt or 0))
        self.detail["card"].setText(meter.card_serial or "—")
        self.load_sales()

    def load_sales(self) -> None:
        if self._meter is None:
            return
        number = self._meter.meter_number
        self.ctx.tasks.run(lambda: self.ctx.office.meter_sales(number), success=self._show_sales,
                           failure=lambda exc: errors.show_error(self, exc))
        self.readings.setRowCount(0)
        if self._meter.kind == "card" and self.ctx.office.has("cards"):
            self.ctx.tasks.run(lambda: self.ctx.office.card_readings(number),
                               success=lambda rows: fill(self.readings, rows),
                               failure=lambda exc: errors.show_error(self, exc))

    def _show_sales(self, sales: list[SaleView]) -> None:
        f = self.ctx.formats
        fill(self.sales, [[f.when(s.created), s.request_id, f.money(s.amount), f.energy(s.units_tenths), self.status_text(s.status),
                           s.operator] for s in sales], sales)

    def selected_sale(self) -> SaleView | None:
        row = self.sales.currentRow()
        item = self.sales.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def reprint(self) -> None:
        sale = self.selected_sale()
        if sale is None:
            errors.show_error(self, self.tr("Choose the sale to reprint in the list first."))
            return
        self.ctx.tasks.run(lambda: self.ctx.office.print_receipt(sale.id, copy=True),
                           success=lambda where: self.window().statusBar().showMessage(
                               self.tr("Copy of the receipt sent to {0}.").format(where), 6000),
                           failure=lambda exc: errors.show_error(self, exc))

    def void(self, reason: str | None = None) -> None:
        sale = self.selected_sale()
        if sale is None:
            errors.show_error(self, self.tr("Choose the sale to void in the list first."))
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Void sale"), self.tr(
                "The token was already given and cannot be taken back: the void records a write-off.\n"
                "Reason for voiding receipt {0}:").format(sale.request_id))
            if not ok:
                return
        if not reason.strip():
            errors.show_error(self, self.tr("A void needs a reason."))
            return
        self.ctx.tasks.run(lambda: self.ctx.office.void(sale.id, reason.strip()),
                           success=lambda _: (self.load_sales(), self.window().statusBar().showMessage(
                               self.tr("Sale voided."), 6000)),
                           failure=lambda exc: errors.show_error(self, exc))

    # -- editing (supervisor) ---------------------------------------------------------------------------
    def new_customer(self, values: dict | None = None) -> None:
        if values is None:
            dialog = CustomerDialog(self)
            if not dialog.exec():
                return
            values = dialog.values()
        self.ctx.tasks.run(lambda: self.ctx.office.add_customer(**values),
                           success=lambda _: self.window().statusBar().showMessage(
                               self.tr("Customer {0} added.").format(values["name"]), 5000),
                           failure=lambda exc: errors.show_error(self, exc))

    def edit_customer(self, values: dict | None = None) -> None:
        meter = self._meter
        if meter is None or meter.customer_id is None:
            errors.show_error(self, self.tr("Choose a meter with a customer in the list first."))
            return
        if values is None:
            dialog = CustomerDialog(self, meter)
            if not dialog.exec():
                return
            values = dialog.values()
        self.ctx.tasks.run(lambda: self.ctx.office.edit_customer(meter.customer_id, **values),
                           success=lambda _: self.search(), failure=lambda exc: errors.show_error(self, exc))

    def move_meter(self, account: str | None = None) -> None:
        meter = self._meter
        if meter is None:
            errors.show_error(self, self.tr("Choose the meter to move in the list first."))
            return
        if account is None:
            account, ok = QInputDialog.getText(self, self.tr("Move meter"), self.tr(
                "Move meter {0} to the customer with account number:").format(meter.meter_number))
            if not ok or not account.strip():
                return
        self.ctx.tasks.run(lambda: self.ctx.office.move_meter(meter.meter_number, account.strip()),
                           success=lambda m: (self.searchEdit.setText(m.meter_number), self.search()),
                           failure=lambda exc: errors.show_error(self, exc))
