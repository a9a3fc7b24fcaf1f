"""IC cards (cashier and technician): reader status always visible, read a card (identity, purchase,
the meter's write-back, recorded as a reading), issue customer, replacement and technician cards, and
(supervisor) write a sale onto a card again. Selling onto a card happens on the Vend screen.

Reader and card I/O runs on the single device worker; the status refreshes every few seconds while the
screen is shown, so plugging a reader in or inserting a card shows up without a click.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sts_pos.gui import errors
from sts_pos.gui.forms import icon
from sts_pos.gui.screens.base import Context, Screen
from sts_pos.gui.style import token_font
from sts_pos.gui.widgets import NotAvailable, group_token, on_click

# token kinds as the receipts name them (translated in the "OfficeSession" context, see gui.office)
TOKEN_LABELS = {
    "key_change_1": "Key change 1", "key_change_2": "Key change 2", "key_change_3": "Key change 3",
    "key_change_4": "Key change 4", "credit": "Credit", "free": "Free basic electricity", "management": "Management",
    "test": "Test / display",
}

# the card's fields (devices.cards.service.CardReading.to_dict) in the user's words
_FIELDS = {
    "kind": QT_TRANSLATE_NOOP("CardsScreen", "Card kind"), "serial": QT_TRANSLATE_NOOP("CardsScreen", "Card serial"),
    "meter_number": QT_TRANSLATE_NOOP("CardsScreen", "Meter number"),
    "account": QT_TRANSLATE_NOOP("CardsScreen", "Customer account"),
    "sgc": QT_TRANSLATE_NOOP("CardsScreen", "Supply group code (SGC)"),
    "ti": QT_TRANSLATE_NOOP("CardsScreen", "Tariff index (TI)"),
    "krn": QT_TRANSLATE_NOOP("CardsScreen", "Key revision (KRN)"),
    "replaces_serial": QT_TRANSLATE_NOOP("CardsScreen", "Replaces card"),
    "medium": QT_TRANSLATE_NOOP("CardsScreen", "Card type"),
    "psc_tries_left": QT_TRANSLATE_NOOP("CardsScreen", "PSC tries left"),
    "complete": QT_TRANSLATE_NOOP("CardsScreen", "Last write complete"),
    "loaded": QT_TRANSLATE_NOOP("CardsScreen", "Loaded into the meter"),
    "purchase": QT_TRANSLATE_NOOP("CardsScreen", "Purchase on the card"),
    "count": QT_TRANSLATE_NOOP("CardsScreen", "Purchase number"),
    "issued": QT_TRANSLATE_NOOP("CardsScreen", "Written"),
    "tokens": QT_TRANSLATE_NOOP("CardsScreen", "Tokens"),
    "write_back": QT_TRANSLATE_NOOP("CardsScreen", "Meter's write-back"),
    "purchase_count_accepted": QT_TRANSLATE_NOOP("CardsScreen", "Purchases accepted by the meter"),
    "credit_tenths_kwh": QT_TRANSLATE_NOOP("CardsScreen", "Credit left in the meter"),
    "energy_used_tenths_kwh": QT_TRANSLATE_NOOP("CardsScreen", "Energy used"),
    "tamper": QT_TRANSLATE_NOOP("CardsScreen", "Tamper"),
    "time": QT_TRANSLATE_NOOP("CardsScreen", "Meter time"),
    "last_result": QT_TRANSLATE_NOOP("CardsScreen", "Last token result"),
    "write_back_recorded": QT_TRANSLATE_NOOP("CardsScreen", "Write-back recorded"),
}
_CARD_KINDS = {
    "customer": QT_TRANSLATE_NOOP("CardsScreen", "customer card"),
    "replacement": QT_TRANSLATE_NOOP("CardsScreen", "replacement card"),
    "technician": QT_TRANSLATE_NOOP("CardsScreen", "technician card"),
}


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
        on_click(self.readButton, self.read_card)
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
        # the job whose tokens a technician card carries, by its slip number (only for a technician card)
        self.issueJob = QComboBox(issue, objectName="issueJob")
        self.issueButton = QPushButton(self.tr("Issue card"), issue, objectName="issueCard")
        on_click(self.issueButton, self.issue_card)
        form.addRow(self.tr("Meter"), self.issueMeter)
        form.addRow(self.tr("Card"), self.issueKind)
        form.addRow(self.tr("Tokens of the job"), self.issueJob)
        form.addRow("", self.issueButton)
        # a supervisor writes one of the meter's sales (by receipt number) onto a card again
        self.reissueSale = QComboBox(issue, objectName="reissueSale")
        self.reissueButton = QPushButton(self.tr("Write the sale onto the card again"), issue,
                                         objectName="reissueButton")
        on_click(self.reissueButton, self.reissue)
        self.reissueButton.setToolTip(self.tr("A supervisor rewrites a sale on a lost, damaged or replacement card."))
        form.addRow(self.tr("Sale (receipt)"), self.reissueSale)
        form.addRow("", self.reissueButton)
        supervisor = ctx.has_role("supervisor", "admin")
        for field in (self.reissueSale, self.reissueButton):  # nobody else may: not shown to them
            form.setRowVisible(field, supervisor)
        self.reissueButton.setEnabled(supervisor)
        self.issueForm = form
        self.doneLabel = QLabel("", issue, objectName="cardDone", wordWrap=True)  # what was just done
        self.doneLabel.setProperty("role", "done")
        self.doneLabel.hide()
        form.addRow(self.doneLabel)
        self.issueMeter.editingFinished.connect(self.load_choices)
        self.issueKind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
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
        """The card's fields in the user's words: each row keeps its field name (``UserRole`` of column 0)
        and token rows their 20 digits (``UserRole`` of column 1)."""
        self.contents.clear()
        f = self.ctx.formats

        def text(key: str, value) -> str:
            if value is None or value == "":
                return "—"
            if isinstance(value, bool):
                return self.tr("yes") if value else self.tr("no")
            if key in ("credit_tenths_kwh", "energy_used_tenths_kwh") and isinstance(value, int):
                return f.energy(value)
            if key == "kind" and value in _CARD_KINDS:
                return QCoreApplication.translate("CardsScreen", _CARD_KINDS[value])
            return str(value)

        def add(parent, key: str, value) -> None:
            label = QCoreApplication.translate("CardsScreen", _FIELDS[key]) if key in _FIELDS else key.replace("_", " ")
            if key == "tokens" and isinstance(value, list):
                node = QTreeWidgetItem([label, str(len(value))])
                for token in value:
                    kind = TOKEN_LABELS.get(token.get("kind", ""), token.get("kind", ""))
                    child = QTreeWidgetItem([QCoreApplication.translate("OfficeSession", kind),
                                             group_token(token.get("number", ""))])
                    child.setData(0, Qt.ItemDataRole.UserRole, token.get("kind"))
                    child.setData(1, Qt.ItemDataRole.UserRole, token.get("number"))
                    child.setFont(1, token_font(11))
                    node.addChild(child)
            elif isinstance(value, dict):
                node = QTreeWidgetItem([label, ""])
                for k, v in value.items():
                    add(node, k, v)
            else:
                node = QTreeWidgetItem([label, text(key, value)])
            node.setData(0, Qt.ItemDataRole.UserRole, key)
            (parent.addChild if parent is not None else self.contents.addTopLevelItem)(node)

        for k, v in data.items():
            add(None, k, v)
        self.contents.expandAll()

    def field(self, *path: str) -> QTreeWidgetItem | None:
        """The row of a card field by its field names, e.g. ``field("purchase", "count")``."""
        items = [self.contents.topLevelItem(i) for i in range(self.contents.topLevelItemCount())]
        node = None
        for key in path:
            node = next((i for i in items if i.data(0, Qt.ItemDataRole.UserRole) == key), None)
            if node is None:
                return None
            items = [node.child(i) for i in range(node.childCount())]
        return node

    def card_tokens(self) -> list[tuple[str, str]]:
        """(kind, 20 digits) of every token of the purchase on the card shown, in entry order."""
        node = self.field("purchase", "tokens")
        if node is None:
            return []
        return [(node.child(i).data(0, Qt.ItemDataRole.UserRole), node.child(i).data(1, Qt.ItemDataRole.UserRole))
                for i in range(node.childCount())]

    # -- issue and write again ----------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        self.issueForm.setRowVisible(self.issueJob, self.issueKind.currentData() == "technician")
        self.load_choices()

    def load_choices(self) -> None:
        """The typed meter's engineering jobs (for a technician card) and sales (to write again), by number."""
        meter = self.issueMeter.text().strip()
        f = self.ctx.formats

        def jobs(rows) -> None:
            self.issueJob.clear()
            for job_id, number, what, created in rows:
                self.issueJob.addItem(f"{number} · {what} · {f.when(created)}", job_id)
            if not rows:
                self.issueJob.addItem(self.tr("No engineering tokens for this meter yet: issue them on the "
                                              "Engineering screen first."), None)

        def sales(rows) -> None:
            self.reissueSale.clear()
            for sale_id, receipt, created, amount in rows:
                self.reissueSale.addItem(f"{receipt} · {f.when(created)} · {f.money(amount)}", sale_id)
            if not rows:
                self.reissueSale.addItem(self.tr("No sale for this meter yet."), None)

        if self.issueForm.isRowVisible(self.issueJob):
            self.ctx.tasks.run(lambda: self.ctx.office.meter_jobs(meter), success=jobs, failure=lambda exc: jobs([]))
        if self.reissueButton.isEnabled():
            self.ctx.tasks.run(lambda: self.ctx.office.card_sales(meter), success=sales,
                               failure=lambda exc: sales([]))

    def _done(self, text: str) -> None:
        self.doneLabel.setText("✓ " + text)
        self.doneLabel.show()

    def issue_card(self) -> None:
        meter, kind = self.issueMeter.text().strip(), self.issueKind.currentData()
        job = self.issueJob.currentData() if kind == "technician" else None
        job_text = self.issueJob.currentText().split(" · ")[0]
        if kind == "technician" and job is None:
            errors.show_error(self, self.tr("A technician card carries the tokens of an engineering job: issue "
                                            "them on the Engineering screen for meter {0} first.").format(meter))
            return
        self.doneLabel.hide()

        def issued(data: dict) -> None:
            self._show(data)
            serial, number = data.get("serial", ""), data.get("meter_number", meter)
            if kind == "technician":
                self._done(self.tr("Technician card {0} written with the tokens of engineering slip {1}. Take it to "
                                   "meter {2} and insert it there.").format(serial, job_text, number))
            elif kind == "replacement":
                self._done(self.tr("Replacement card {0} issued for meter {1}; the old card {2} is blocked from now "
                                   "on. Give the new card to the customer.").format(
                    serial, number, data.get("replaces_serial") or "—"))
            else:
                self._done(self.tr("Customer card {0} issued for meter {1}. Give it to the customer; purchases are "
                                   "sold onto it on the Vend screen.").format(serial, number))
            self.load_choices()

        self.ctx.device_tasks.run(lambda: self.ctx.office.issue_card(meter, kind, job), success=issued,
                                  failure=lambda exc: errors.show_error(self, exc))

    def reissue(self) -> None:
        sale_id = self.reissueSale.currentData()
        if sale_id is None:
            errors.show_error(self, self.tr("Type the meter number, then choose the sale by its receipt number."))
            return
        receipt = self.reissueSale.currentText().split(" · ")[0]
        self.doneLabel.hide()

        def written(data: dict) -> None:
            self._show(data)
            self._done(self.tr("Receipt {0} was written onto the card again. Give the card back to the customer to "
                               "insert it in the meter.").format(receipt))

        self.ctx.device_tasks.run(lambda: self.ctx.office.reissue_to_card(sale_id), success=written,
                                  failure=lambda exc: errors.show_error(self, exc))
