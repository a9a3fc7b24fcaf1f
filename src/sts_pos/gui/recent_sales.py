"""The vend screen's recent sales: the last 20 sales of the cashier's shift (receipt number, office time,
meter, amount, units), newest first. Ctrl+R, Enter or a double-click on a sale reprints it (COPY), after the
receipt preview."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from sts_pos.gui.views import SaleView


class RecentSales(QGroupBox):
    """Emits ``chosen(sale id)`` for the sale to reprint."""

    chosen = Signal(int)
    LIMIT = 20

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="recentBox")
        self.ctx = ctx
        self.setTitle(self.tr("Recent sales (reprint: Ctrl+R)"))
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self, objectName="recentSales")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("Receipt"), self.tr("Time"), self.tr("Meter"), self.tr("Amount"),
                                   self.tr("Units")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.setAccessibleName(self.tr("Recent sales"))
        self.tree.itemActivated.connect(lambda item, _column: self.chosen.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.tree)
        self.sales: list[SaleView] = []

    def refresh(self) -> None:
        self.ctx.tasks.run(lambda: self.ctx.office.recent_sales(self.LIMIT), success=self.show_sales,
                           failure=lambda exc: self.show_sales([]))

    def show_sales(self, sales: list[SaleView]) -> None:
        f = self.ctx.formats
        self.sales = list(sales)
        self.tree.clear()
        for sale in sales:
            time = f.when(sale.created)[-5:]  # the shift's day is the title's; HH:MM in office time
            item = QTreeWidgetItem([sale.request_id, time, sale.meter_number, f.money(sale.amount),
                                    f.energy(sale.units_tenths)])
            item.setData(0, Qt.ItemDataRole.UserRole, sale.id)
            item.setToolTip(1, f.when(sale.created))
            if sale.status == "VOIDED":
                item.setToolTip(0, self.tr("Voided"))
                for column in range(5):
                    font = item.font(column)
                    font.setStrikeOut(True)
                    item.setFont(column, font)
            for column in (3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        if self.tree.topLevelItemCount():  # the newest sale picked: Ctrl+R after a sale reprints that one
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def selected(self) -> int | None:
        """The sale picked in the list (the newest when none is picked); None when the list is empty."""
        item = self.tree.currentItem() or self.tree.topLevelItem(0)
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)
