"""IC cards (cashier and technician): reader status always visible, read a card (identity, purchase,
the meter's write-back, recorded as a reading), issue customer, replacement and technician cards, and
(supervisor) write a sale onto a card again. Selling onto a card happens on the Vend screen.

Reader and card I/O runs on the single device worker; the status refreshes every few seconds while the
screen is shown, so plugging a reader in or inserting a card shows up without a click.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from sts_pos.gui import errors
from sts_pos.gui.forms import icon
from sts_pos.gui.screens.base import Context, Screen
from sts_pos.gui.widgets import NotAvailable


class CardsScreen(Screen):
    key = "cards"
    roles = ("cashier", "technician", "supervisor", "admin")
    icon_name = "card"
    title_text = QT_TRANSLATE_NOOP("Screens", "IC cards")

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        if not ctx.office.has("cards"):
            self.replace_with(NotAvailable(self.title(), self.tr("The card reader support is missing."), self))
            self.timer = None
            return
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        reader = QGroupBox(self.tr("Card reader"), self)
        rl = QVBoxLayout(reader)
        self.readerLabel = QLabel(self.tr("Looking for card readers…"), reader, objectName="readerStatus")
        self.readerLabel.setWordWrap(True)
        rl.addWidget(self.readerLabel)
        row = QHBoxLayout()
        self.readButton = QPushButton(icon("card"), self.tr("Read card"), reader, objectName="readCard")
        self.readButton.setProperty("primary", True)
        self.readButton.clicked.connect(self.read_card)
        row.addWidget(self.readButton)
        row.addStretch(1)
        rl.addLayout(row)
        grid.addWidget(reader, 0, 0)
        issue = QGroupBox(self.tr("Issue a card"), self)
        form = QFormLayout(issue)
        self.issueMeter = QLineEdit(issue, objectName="issueMeter", placeholderText=self.tr("meter number"))
        self.issueKind = QComboBox(issue, objectName="issueKind")
        for kind, label in (("customer", self.tr("customer card")), ("replacement", self.tr("replacement card (blocks "
                            "the old one)")), ("technician", self.tr("technician card (engineering job)"))):
            self.issueKind.addItem(label, kind)
        self.issueJob = QSpinBox(issue, objectName="issueJob", minimum=0, maximum=10**9)
        self.issueJob.setSpecialValueText(self.tr("no job"))
        self.issueButton = QPushButton(self.tr("Issue card"), issue, objectName="issueCard")
        self.issueButton.clicked.connect(self.issue_card)
        form.addRow(self.tr("Meter"), self.issueMeter)
        form.addRow(self.tr("Card"), self.issueKind)
        form.addRow(self.tr("Engineering job"), self.issueJob)
        form.addRow("", self.issueButton)
        self.reissueSale = QSpinBox(issue, objectName="reissueSale", minimum=0, maximum=10**9)
        self.reissueButton = QPushButton(self.tr("Write sale onto card again"), issue, objectName="reissueButton")
        self.reissueButton.clicked.connect(self.reissue)
        self.reissueButton.setEnabled(ctx.has_role("supervisor", "admin"))
        self.reissueButton.setToolTip(self.tr("A supervisor rewrites a sale on a lost, damaged or replacement card."))
        form.addRow(self.tr("Sale number"), self.reissueSale)
        form.addRow("", self.reissueButton)
        grid.addWidget(issue, 1, 0)
        content = QGroupBox(self.tr("Card contents"), self)
        cl = QVBoxLayout(content)
        self.contents = QTreeWidget(content, objectName="cardContents")
        self.contents.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.contents.setColumnWidth(0, 240)
        cl.addWidget(self.contents)
        grid.addWidget(content, 0, 1, 3, 1)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.timer = QTimer(self, interval=3000)
        self.timer.timeout.connect(self.refresh_reader)

    def activated(self) -> None:
        if self.timer is not None:
            self.refresh_reader()
            self.timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.timer is not None:
            self.timer.stop()
        super().hideEvent(event)

    def refresh_reader(self) -> None:
        if self.ctx.device_tasks.busy:
            return
        self.ctx.device_tasks.run(self.ctx.office.reader_summary, success=self.readerLabel.setText,
                                  failure=lambda exc: self.readerLabel.setText(errors.describe(exc)[0]))

    def read_card(self) -> None:
        self.readButton.setEnabled(False)
        self.ctx.device_tasks.run(self.ctx.office.read_card_contents, success=self._show,
                                  failure=lambda exc: errors.show_error(self, exc),
                                  finished=lambda: self.readButton.setEnabled(True))

    def _show(self, data: dict) -> None:
        self.contents.clear()

        def add(parent, key, value):
            if isinstance(value, dict):
                node = QTreeWidgetItem([str(key), ""])
                for k, v in value.items():
                    add(node, k, v)
            elif isinstance(value, list):
                node = QTreeWidgetItem([str(key), str(len(value))])
                for i, v in enumerate(value, 1):
                    add(node, i, v)
            else:
                node = QTreeWidgetItem([str(key), "—" if value is None else str(value)])
            (parent.addChild if parent is not None else self.contents.addTopLevelItem)(node)

        for k, v in data.items():
            add(None, k.replace("_", " "), v)
        self.contents.expandAll()

    def issue_card(self) -> None:
        meter, kind = self.issueMeter.text().strip(), self.issueKind.currentData()
        job = self.issueJob.value() or None
        self.ctx.device_tasks.run(lambda: self.ctx.office.issue_card(meter, kind, job), success=self._show,
                                  failure=lambda exc: errors.show_error(self, exc))

    def reissue(self) -> None:
        sale_id = self.reissueSale.value()
        self.ctx.device_tasks.run(lambda: self.ctx.office.reissue_to_card(sale_id), success=self._show,
                                  failure=lambda exc: errors.show_error(self, exc))
