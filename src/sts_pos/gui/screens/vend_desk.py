"""The vend screen's counter work besides the sale itself: printing (after the receipt preview), reprinting a
recent sale, copying and sending the tokens, the payment method, the shift bar, and the half-entered sale kept
over a lock. A mixin of :class:`sts_pos.gui.screens.vend.VendScreen` (its widgets and ``ctx``); its texts are
in the vend screen's translation context."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from sts_pos.gui import dialogs, errors
from sts_pos.gui.receipt_preview import preview_then_print
from sts_pos.gui.views import MeterView, SaleView

translate = QCoreApplication.translate

# Labels of the well-known payment methods (vending.tenders), translated on screen; others show their name.
TENDER_LABELS = {
    "cash": QT_TRANSLATE_NOOP("VendScreen", "Cash"),
    "card": QT_TRANSLATE_NOOP("VendScreen", "Card"),
    "mobile_money": QT_TRANSLATE_NOOP("VendScreen", "Mobile money"),
    "cheque": QT_TRANSLATE_NOOP("VendScreen", "Cheque"),
}


class CounterDesk:
    def copy_tokens(self) -> None:
        if self.tokens.views:
            self.tokens.copy()
            self.window().statusBar().showMessage(translate("VendScreen", "Tokens copied to the clipboard."), 4000)

    def print_receipt(self, copy: bool, preview: bool = True) -> None:
        """Print the sale's receipt (``copy``: the last sale's, marked COPY), after the receipt preview."""
        sale = self.sale if not copy else self.last_sale
        if sale is None:
            return
        if preview:
            preview_then_print(self, self.ctx, sale.id, copy)
            return
        self.ctx.tasks.run(lambda: self.ctx.office.print_receipt(sale.id, copy=copy),
                           success=lambda where: self.window().statusBar().showMessage(
                               translate("VendScreen", "Receipt sent to {0}.").format(where), 6000),
                           failure=lambda exc: errors.show_error(self, exc))

    def reprint(self) -> None:
        def got(sale: SaleView | None) -> None:
            if sale is None:
                errors.show_error(self, translate("VendScreen", "There is no sale to reprint yet in this shift."))
                return
            self.last_sale = sale
            self.print_receipt(copy=True)

        if self.last_sale is not None:
            got(self.last_sale)
        else:
            self.ctx.tasks.run(self.ctx.office.last_sale, success=got, failure=lambda e: errors.show_error(self, e))

    def reprint_selected(self) -> None:
        """Ctrl+R: reprint the sale picked in the recent sales (the newest when none is picked)."""
        sale_id = self.recent.selected()
        if sale_id is None:
            errors.show_error(self, translate("VendScreen", "There is no sale to reprint yet in this shift."))
            return
        self.reprint_sale(sale_id)

    def reprint_sale(self, sale_id: int) -> None:
        preview_then_print(self, self.ctx, sale_id, copy=True)

    def send_sms(self) -> None:
        if self.sale is None:
            return
        sale = self.sale
        self.ctx.device_tasks.run(lambda: self.ctx.office.send_sms(sale.id),
                                  success=lambda where: self.window().statusBar().showMessage(
                                      translate("VendScreen", "SMS {0}.").format(where), 8000),
                                  failure=lambda exc: errors.show_error(self, exc))

    # -- a half-entered sale kept over a lock ---------------------------------------------------------
    def draft(self) -> dict | None:
        """The meter, mode, amount and payment method typed for a sale not made yet (None: nothing typed)."""
        if self.meter is None or self.sale is not None:
            return None
        return {"meter": self.meter.meter_number, "search": self.searchEdit.text(), "kwh": self.byKwhRadio.isChecked(),
                "amount": self.amountEdit.text(), "tender": self.tender()}

    def restore(self, draft: dict) -> None:
        """Put a kept half-entered sale back: the meter read again (it may have changed), then the amount."""
        self.searchEdit.setText(draft.get("search", ""))
        (self.byKwhRadio if draft.get("kwh") else self.byMoneyRadio).setChecked(True)
        self.load_tenders()
        self.set_tender(draft.get("tender", "cash"))

        def found(meter: MeterView) -> None:
            self.amountEdit.setText(draft.get("amount", ""))
            self.select_meter(meter)

        self.ctx.tasks.run(lambda: self.ctx.office.meter(draft["meter"]), success=found,
                           failure=lambda exc: errors.show_error(self, exc))

    # -- payment method --------------------------------------------------------------------------------
    @staticmethod
    def tender_text(tender: str) -> str:
        label = TENDER_LABELS.get(tender)
        if label:
            return translate("VendScreen", label)
        return tender.replace("_", " ").capitalize()

    def load_tenders(self) -> None:
        """Fill the selector with the office's accepted payment methods, keeping the current choice."""
        current = self.tender()
        try:
            tenders = tuple(self.ctx.office.settings().tenders) or ("cash",)
        except Exception:  # no office yet: cash only
            tenders = ("cash",)
        if tenders == tuple(self.tenderCombo.itemData(i) for i in range(self.tenderCombo.count())):
            return
        self.tenderCombo.clear()
        for tender in tenders:
            self.tenderCombo.addItem(self.tender_text(tender), tender)
        self.set_tender(current if current in tenders else "cash")

    def tender(self) -> str:
        return self.tenderCombo.currentData() or "cash"

    def set_tender(self, tender: str) -> None:
        index = self.tenderCombo.findData(tender)
        self.tenderCombo.setCurrentIndex(max(index, 0))

    def focus_tender(self) -> None:
        self.tenderCombo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _shift_seen(self, shift_id: int | None) -> None:
        """A shift that ends (or another one) brings the selector back to cash; within a shift the last choice
        stays selected (also when the first vend opened the shift by itself)."""
        if shift_id != self._tender_shift:
            if self._tender_shift is not None:
                self.set_tender("cash")
            self._tender_shift = shift_id

    # -- shift ----------------------------------------------------------------------------------------
    def refresh_shift(self) -> None:
        def show(shift) -> None:
            f = self.ctx.formats
            if shift is None:
                self.shiftLabel.setText(translate("VendScreen", "No shift open. Press F8 to open your shift with its cash float."))
            else:
                count = shift.sales_count
                sales = translate("VendScreen", "1 sale") if count == 1 else translate("VendScreen", "{0} sales").format(count)
                self.shiftLabel.setText(translate("VendScreen", "Shift {0} · opened {1} · float {2} · {3} · {4} taken · {5}").format(
                    shift.id, f.when(shift.opened), f.money(shift.opening_float), sales,
                    f.money(shift.total), f.energy(shift.units_tenths)))
            self._shift_seen(None if shift is None else shift.id)
            win = self.window()
            if hasattr(win, "update_title"):
                win.update_title(shift)

        self.ctx.tasks.run(self.ctx.office.current_shift, success=show, failure=lambda exc: self.shiftLabel.setText(
            errors.describe(exc)[0]))

    def open_shift(self, text: str | None = None) -> None:
        dialogs.open_shift(self, self.ctx, self.refresh_shift, text)
