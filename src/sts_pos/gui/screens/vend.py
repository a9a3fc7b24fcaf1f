"""The cashier's Vend screen, keyboard first.

F2 find a meter (number, name, account, phone) · F3 read the customer card · Enter picks a result and
moves to the amount · F5/F6 money or kWh · typing updates the quote live · F9 (or Enter on a quoted
amount) vends · F7 the payment method (cash by default; the last choice is kept for the shift) · F10 print
(after the receipt preview) · F11 reprint the last sale · Ctrl+R (or a double-click) reprint the sale picked in
the recent sales · Ctrl+Shift+C copy the tokens · F8 open a shift · Esc next customer.

A vend keeps its request id until it succeeds, so pressing F9 again after a lost answer returns the same
sale and token (the vending layer makes the request idempotent) instead of selling twice.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sts_pos.gui import clock_dialog, errors
from sts_pos.gui.forms import bind, icon, load_form
from sts_pos.gui.recent_sales import RecentSales
from sts_pos.gui.screens.base import Context, Screen
from sts_pos.gui.screens.vend_desk import TENDER_LABELS, CounterDesk  # noqa: F401 - TENDER_LABELS for admin
from sts_pos.gui.views import MeterView, QuoteView, SaleView
from sts_pos.gui.widgets import NotAvailable, TokenList, on_click

_WIDGETS = [
    "searchEdit", "findButton", "readCardButton", "resultsList", "confirmBox", "customerValue", "addressValue",
    "accountValue", "meterValue", "keyValue", "tariffValue", "debtValue", "freeValue", "warningsLabel",
    "byMoneyRadio", "byKwhRadio", "amountCaption", "amountEdit", "quoteTree", "unitsValue", "vendButton",
    "tokensBox", "tokensHost", "copyButton", "printButton", "reprintButton", "smsButton", "nextButton",
    "shiftLabel", "tenderCaption", "tenderCombo", "saleLabel", "saleMessage",
]



class VendScreen(CounterDesk, Screen):
    key = "vend"
    roles = ("cashier", "supervisor", "admin")
    icon_name = "vend"
    title_text = QT_TRANSLATE_NOOP("Screens", "Vend")

    searchEdit: QLineEdit
    resultsList: QListWidget
    amountEdit: QLineEdit
    quoteTree: QTreeWidget
    vendButton: QPushButton
    byMoneyRadio: QRadioButton
    byKwhRadio: QRadioButton
    unitsValue: QLabel
    warningsLabel: QLabel
    shiftLabel: QLabel
    tenderCombo: QComboBox

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        form = load_form("vend", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        bind(self, form, _WIDGETS)
        self.tokens = TokenList(self.tokensHost)
        self.recent = RecentSales(ctx, self)  # the shift's last 20 sales, under the customer (its free space)
        body = form.findChild(QHBoxLayout, "bodyLayout")
        left = QVBoxLayout()
        left.setSpacing(10)
        body.removeWidget(self.confirmBox)
        left.addWidget(self.confirmBox, 0)
        left.addWidget(self.recent, 1)
        body.insertLayout(0, left, 5)
        self.recent.chosen.connect(self.reprint_sale)
        self.saleDone = QLabel(self.tokensBox, objectName="saleDone", wordWrap=True)  # the sale's success
        self.saleDone.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens
        self.saleDone.hide()
        self.tokensBox.layout().insertWidget(0, self.saleDone)
        self.preview = None  # the receipt preview while it is open
        host_layout = QVBoxLayout(self.tokensHost)
        host_layout.setContentsMargins(0, 0, 0, 0)
        host_layout.addWidget(self.tokens)
        self.meter: MeterView | None = None
        self.quote: QuoteView | None = None
        self.sale: SaleView | None = None
        self.last_sale: SaleView | None = None
        self.request_id: str | None = None
        self._quote_serial = 0
        self._quote_timer = QTimer(self, singleShot=True, interval=250)
        self._quote_timer.timeout.connect(self.refresh_quote)
        self._tender_shift: int | None = None  # the shift the payment method choice belongs to
        self.resultsList.hide()
        self.warningsLabel.hide()
        self.saleMessage.hide()  # why the amount cannot be sold: wraps, never widens the window
        for name, button in (("search", self.findButton), ("card", self.readCardButton), ("copy", self.copyButton),
                             ("print", self.printButton), ("sms", self.smsButton), ("vend", self.vendButton)):
            button.setIcon(icon(name))
        header = self.quoteTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.quoteTree.headerItem().setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._wire()
        self.available = ctx.office.has("vend")
        if not self.available:
            self.replace_with(NotAvailable(self.title(), self.tr("Selling needs the vending services."), self))

    # -- wiring -------------------------------------------------------------------------------------
    def _wire(self) -> None:
        self.searchEdit.returnPressed.connect(self.find)
        on_click(self.findButton, self.find)
        on_click(self.readCardButton, self.read_card)
        self.resultsList.itemActivated.connect(self._pick)
        self.amountEdit.textChanged.connect(self._amount_changed)
        self.amountEdit.returnPressed.connect(self._amount_entered)
        self.byMoneyRadio.toggled.connect(self._mode_changed)
        on_click(self.vendButton, self.vend)
        on_click(self.copyButton, self.copy_tokens)
        self.printButton.clicked.connect(lambda: self.print_receipt(copy=False))
        on_click(self.reprintButton, self.reprint)
        on_click(self.smsButton, self.send_sms)
        on_click(self.nextButton, self.next_customer)
        keys = {
            "F7": self.focus_tender,
            "F2": self.focus_search, "F3": self.read_card, "F5": self.byMoneyRadio.click,
            "F6": self.byKwhRadio.click, "F8": self.open_shift, "F9": self.vend,
            "F10": lambda: self.print_receipt(copy=False), "F11": self.reprint,
            "Ctrl+Shift+C": self.copy_tokens, "Esc": self.next_customer, "Ctrl+R": self.reprint_selected,
        }
        for sequence, slot in keys.items():
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def activated(self) -> None:
        if not self.available:
            return
        self.load_tenders()
        self.refresh_shift()
        self.recent.refresh()
        if self.sale is None:
            self._keys_locked()
            if self.meter is not None and self.amountEdit.text():  # a half-entered sale: on with its amount
                self.amountEdit.setFocus()
            else:
                self.focus_search()

    def focus_search(self) -> None:
        self.searchEdit.setFocus()
        self.searchEdit.selectAll()

    # -- finding the meter --------------------------------------------------------------------------
    def find(self) -> None:
        text = self.searchEdit.text().strip()
        if not text:
            return
        self.ctx.tasks.run(lambda: self.ctx.office.find_meters(text), success=self._found,
                           failure=lambda exc: errors.show_error(self, exc))

    def _found(self, meters: list[MeterView]) -> None:
        self.resultsList.clear()
        if not meters:
            self.resultsList.hide()
            errors.show_error(self, self.tr("No meter or customer matches “{0}”. Check the number or try the "
                                            "customer's name or account.").format(self.searchEdit.text()))
            return
        if len(meters) == 1:
            self.resultsList.hide()
            self.select_meter(meters[0])
            return
        for meter in meters:
            item = QListWidgetItem(f"{meter.meter_number}   {meter.customer}   {meter.account}   {meter.address}")
            item.setData(Qt.ItemDataRole.UserRole, meter)
            self.resultsList.addItem(item)
        self.resultsList.show()
        self.resultsList.setCurrentRow(0)
        self.resultsList.setFocus()

    def _pick(self, item: QListWidgetItem) -> None:
        self.resultsList.hide()
        self.select_meter(item.data(Qt.ItemDataRole.UserRole))

    def read_card(self) -> None:
        if not self.ctx.office.has("cards"):
            errors.show_error(self, self.tr("Reading customer cards is not available in this build."))
            return
        self.ctx.device_tasks.run(self.ctx.office.read_customer_card, success=self.select_meter,
                                  failure=lambda exc: errors.show_error(self, exc))

    def select_meter(self, meter: MeterView) -> None:
        self._clear_sale()
        self.meter = meter
        f = self.ctx.formats
        self.customerValue.setText(meter.customer or "—")
        self.addressValue.setText(meter.address or "—")
        self.accountValue.setText(" · ".join(x for x in (meter.account, meter.phone) if x) or "—")
        kind = self.tr("IC card meter") if meter.kind == "card" else self.tr("keypad meter")
        self.meterValue.setText(f"{meter.meter_number}  ({kind})")
        self.keyValue.setText(meter.key_summary or "—")
        self.tariffValue.setText(meter.tariff or "—")
        self.debtValue.setText(f.money(meter.debt) if meter.debt else f.money(0))
        self.freeValue.setText(f.energy(meter.free_units_due) if meter.free_units_due else self.tr("none"))
        warnings = meter.warnings
        if meter.kind == "card":
            warnings = warnings + (self.tr("IC card meter: keep the customer's card in the reader; the tokens are "
                                           "written to it when you vend."),)
        self._show_warnings(warnings)
        self.amountEdit.setFocus()
        self.amountEdit.selectAll()
        if self.amountEdit.text().strip():
            self.refresh_quote()

    def _show_warnings(self, warnings: tuple[str, ...]) -> None:
        self.warningsLabel.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warningsLabel.setVisible(bool(warnings))

    # -- quote ---------------------------------------------------------------------------------------
    def _mode_changed(self) -> None:
        by_money = self.byMoneyRadio.isChecked()
        self.amountCaption.setText(self.tr("Amount tendered") if by_money else self.tr("Energy (kWh)"))
        self._amount_changed()
        self.amountEdit.setFocus()

    def _amount_changed(self) -> None:
        self.quote = None
        self.request_id = None
        self.vendButton.setEnabled(False)
        self._quote_timer.start()

    def _parse_amount(self) -> dict:
        text = self.amountEdit.text().strip()
        if self.byMoneyRadio.isChecked():
            return {"amount": self.ctx.formats.parse_money(text)}
        return {"kwh": self.ctx.formats.parse_kwh(text)}

    def _say(self, text: str) -> None:
        """Why the typed amount cannot be sold, in the message area under the quote (blank: nothing to say)."""
        self.saleMessage.setText(text)
        self.saleMessage.setVisible(bool(text))
        if text:
            self.unitsValue.setText("")

    def refresh_quote(self, then_vend: bool = False) -> None:
        """Quote the typed amount; ``then_vend``: sell it as soon as the quote is there (Enter on a stale quote)."""
        self._quote_timer.stop()
        if self.meter is None or not self.amountEdit.text().strip():
            self.quoteTree.clear()
            self.unitsValue.setText("")
            self._say(self.tr("Type the amount first, then press Enter.") if then_vend and self.meter else "")
            return
        try:
            request = self._parse_amount()
        except Exception as exc:  # typed text is not a number: say so under the quote, not in a box
            self.quoteTree.clear()
            self._say(errors.describe(exc)[0])
            return
        self._quote_serial += 1
        serial, meter = self._quote_serial, self.meter.meter_number

        def done(quote: QuoteView) -> None:
            if serial == self._quote_serial:
                self._show_quote(quote)
                if then_vend:
                    self.vend()

        def failed(exc: BaseException) -> None:
            if serial == self._quote_serial:
                self.quoteTree.clear()
                self._say(errors.describe(exc)[0])

        self.ctx.tasks.run(lambda: self.ctx.office.quote(meter, **request), success=done, failure=failed)

    def _show_quote(self, quote: QuoteView) -> None:
        self.quote = quote
        self._say("")
        self.quoteTree.clear()
        for line in quote.lines:
            amount = "" if line.amount is None else self.ctx.formats.money(line.amount)
            item = QTreeWidgetItem([line.item, line.detail, amount])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if line.kind in ("tender", "change"):  # money in and money handed back stand out
                font = item.font(0)
                font.setBold(True)
                for column in range(3):
                    item.setFont(column, font)
            self.quoteTree.addTopLevelItem(item)
        self.unitsValue.setText(self.tr("{0} for {1}").format(
            self.ctx.formats.energy(quote.units_tenths), self.ctx.formats.money(quote.amount)))
        if quote.warnings:
            self._show_warnings(tuple(self.meter.warnings if self.meter else ()) + quote.warnings)
        self.vendButton.setEnabled(True)

    def _amount_entered(self) -> None:
        """Enter sells the typed amount in one press: at once on a fresh quote, else as soon as it is quoted;
        an amount that cannot be sold says why."""
        if self.quote is not None and self.vendButton.isEnabled():
            self.vend()
        elif self.sale is None:
            self.refresh_quote(then_vend=True)

    # -- vend, print, copy ----------------------------------------------------------------------------
    def _keys_locked(self) -> bool:
        """Whether the vending keys are locked; says so in the message area (before any money is taken)."""
        if self.ctx.office.vault_unlocked():
            return False
        self._say(self.tr("The vending keys are locked, so no token can be made: ask a supervisor to unlock "
                          "them here (Unlock vault, bottom right) before taking the money."))
        return True

    def vend(self) -> None:
        if self.meter is None or self.quote is None or not self.vendButton.isEnabled():
            return
        if self._keys_locked():  # found before the sale, not after: a supervisor unlocks in place, then it goes on
            window = self.window()
            if hasattr(window, "unlock_vault"):
                window.unlock_vault(then=self.vend)
            return
        try:
            request = self._parse_amount()
        except Exception as exc:
            errors.show_error(self, exc)
            return
        self.request_id = self.request_id or uuid.uuid4().hex
        meter, request_id, tender = self.meter.meter_number, self.request_id, self.tender()
        self.vendButton.setEnabled(False)
        if self.meter.kind == "card":  # card, then sale, then tokens onto the card: all on the device worker
            self.ctx.device_tasks.run(lambda: self.ctx.office.vend_to_card(meter, request_id=request_id,
                                                                           tender_type=tender, **request),
                                      success=self._vended, failure=self._vend_failed)
            return
        self.ctx.tasks.run(lambda: self.ctx.office.vend(meter, request_id=request_id, tender_type=tender, **request),
                           success=self._vended, failure=self._vend_failed)

    def _vend_failed(self, exc: BaseException) -> None:
        self.vendButton.setEnabled(self.quote is not None)  # same request id: a retry cannot sell twice
        # a clock refusal: a supervisor may confirm the computer's time in place, then the same sale goes on
        if not clock_dialog.handle_refusal(self, self.ctx, exc, retry=self.vend):
            errors.show_error(self, exc)

    def _vended(self, sale: SaleView) -> None:
        self.sale = self.last_sale = sale
        self.request_id = None
        self.tokens.set_tokens([(t.label, t.number) for t in sale.tokens])
        self._delivery_status().watch(sale.id)  # a meter behind a GPRS collector: "Sent to meter: accepted 10:42"
        # the sale's minute in office time: the same minute as on the receipt and in the X report
        self.saleLabel.setText(self.tr("Receipt {0} · {1} ({2})").format(
            sale.request_id, self.ctx.formats.when(sale.created), self.ctx.formats.clock.label))
        for button in (self.copyButton, self.printButton):
            button.setEnabled(True)
        self.smsButton.setEnabled(self.ctx.office.has("sms") and bool(self.meter and self.meter.phone))
        self.vendButton.setEnabled(False)
        self.amountEdit.setEnabled(False)
        self.refresh_shift()
        self.recent.refresh()
        self._show_done(sale)
        if sale.resumed:  # the card's earlier paid purchase, whose write had been interrupted: no new money
            self.saleMessage.setText(self.tr(
                "Nothing new was sold: receipt {0} was paid earlier and its write to the card was interrupted. "
                "That purchase ({1}) is now on the card; take no money for it. To sell more, start a new "
                "sale.").format(sale.request_id, self.ctx.formats.energy(sale.units_tenths)))
            self.saleMessage.setVisible(True)
        if self.ctx.options.get("print_on_vend"):
            self.print_receipt(copy=False, preview=False)  # printed at each sale, as set up: no preview
        self.nextButton.setFocus()

    def _show_done(self, sale: SaleView) -> None:
        """The sale's success, as plain for a card sale as for a token sale: what was sold and what to do."""
        f = self.ctx.formats
        if sale.resumed:
            self.saleDone.hide()
            return
        if self.meter is not None and self.meter.kind == "card":
            text = self.tr("Sold and written to the customer's card: {0} for {1} (receipt {2}). Give the card back "
                           "to the customer to insert it in the meter.")
            self.window().statusBar().showMessage(self.tr(
                "The purchase is on the customer's card: give the card back to insert it in the meter."), 10000)
        else:
            text = self.tr("Sold: {0} for {1} (receipt {2}). Give the customer the tokens in the order shown.")
        self.saleDone.setText("✓ " + text.format(f.energy(sale.units_tenths), f.money(sale.amount), sale.request_id))
        self.saleDone.show()

    def _delivery_status(self):
        if getattr(self, "delivery", None) is None:
            from sts_pos.gui.remote import DeliveryStatus

            self.delivery = DeliveryStatus(self.ctx, self.tokensHost)
            self.tokensHost.layout().addWidget(self.delivery)
        return self.delivery

    def next_customer(self) -> None:
        self.meter = None
        self._clear_sale()
        for label in (self.customerValue, self.addressValue, self.accountValue, self.meterValue, self.keyValue,
                      self.tariffValue, self.debtValue, self.freeValue):
            label.setText("—")
        self._show_warnings(())
        self.resultsList.hide()
        self.searchEdit.clear()
        self.amountEdit.clear()
        self.focus_search()

    def _clear_sale(self) -> None:
        self.sale = None
        self.quote = None
        self.request_id = None
        self.tokens.clear()
        if getattr(self, "delivery", None) is not None:
            self.delivery.stop()
        self.saleLabel.clear()
        self.saleDone.hide()
        self._say("")
        self.quoteTree.clear()
        self.unitsValue.setText("")
        self.amountEdit.setEnabled(True)
        for button in (self.copyButton, self.printButton, self.smsButton, self.vendButton):
            button.setEnabled(False)
