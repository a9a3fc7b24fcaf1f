"""The cashier's side of the office session: meters and customers, quote, vend, receipts, SMS, shifts.

A mixin of :class:`sts_pos.gui.office.OfficeSession` (which provides ``services``, ``_session`` and
``settings``); every method runs on a worker thread and returns :mod:`sts_pos.gui.views` values.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sts_pos.errors import UserFacingError
from sts_pos.gui.views import MeterView, QuoteLine, QuoteView, SaleView, ShiftView, TokenRow

translate = QCoreApplication.translate


class SalesDesk:
    # -- meters and customers ---------------------------------------------------------------------------
    def find_meters(self, text: str, limit: int = 20) -> list[MeterView]:
        """Meters by meter number, account, phone, name or address (the store's search), then exact numbers."""
        office = self.services
        text = text.strip()
        if not text:
            numbers = [m["meter_number"] for m in office.records.list_meters(limit=limit)]
        else:
            numbers = [r["meter_number"] for r in office.records.search(text, limit=limit) if r.get("meter_number")]
            if not numbers and text.replace(" ", "").isdigit():
                from sts_pos.vending.sales import UnknownMeter

                try:  # a typed meter number: its check digit is checked as the CLI does (the digit that is wrong)
                    numbers = [office.sales.find_meter(text).meter_number.drn]
                except UnknownMeter:
                    numbers = []
                except UserFacingError:
                    if len(text.replace(" ", "")) in (11, 13, 18):
                        raise
                    numbers = []
        seen: list[str] = []
        for number in numbers:
            if number not in seen:
                seen.append(number)
        return [self.meter(n) for n in seen[:limit]]

    def meter(self, meter_number: str) -> MeterView:

        from sts_pos.sts.tid import BaseDate

        services = self.services
        m = services.sales.find_meter(meter_number)
        repo = services.repo
        customer = repo.customer(m.customer_id) if m.customer_id else None
        target = m.target_params
        tariff = repo.tariff_by_ti(target.ti)
        warnings = []
        if m.pending is not None:
            warnings.append(translate("OfficeSession", "Key change pending: the customer gets key change tokens to enter before the "
                                "credit token."))
        if m.base_date == BaseDate.Y1993:
            warnings.append(translate("OfficeSession", "Meter on base date 1993: it needs the TID-rollover key change (given with the "
                                "next purchase)."))
        if customer is None:
            warnings.append(translate("OfficeSession", "No customer account is linked to this meter; it cannot be vended."))
        elif tariff is None:
            warnings.append(translate("OfficeSession", "The meter's tariff index has no tariff; a supervisor must set it up."))
        free_due = None
        if customer is not None and tariff is not None and customer.indigent and tariff.fbe_kwh10:
            month = services.sales._month(services.clock())
            if repo.month_state(m.id, month)[2] is None:
                free_due = tariff.fbe_kwh10
        sg = m.supply_group
        return MeterView(
            meter_number=m.meter_number.drn, customer=customer.name if customer else "",
            address=customer.address if customer else "", account=customer.account_no if customer else "",
            phone=customer.phone if customer else "", sgc=sg.sgc, ti=m.ti, krn=sg.krn, key_type=m.key_type,
            base_date=str(m.base_date.year), dkga=sg.dkga, ea=sg.ea, kind="card" if m.kind == "ic_card" else "keypad",
            tariff=f"{tariff.ti:02d} {tariff.name}" if tariff else "", debt=customer.debt_balance if customer else None,
            free_units_due=free_due, warnings=tuple(warnings), card_serial=m.card_serial or "",
            customer_id=customer.id if customer else None, indigent=bool(customer and customer.indigent))

    def add_customer(self, account_no: str, name: str, address: str = "", phone: str = "",
                     indigent: bool = False) -> int:
        return self.services.records.add_customer(self._session(), account_no, name, address, phone, indigent)

    def edit_customer(self, customer_id: int, **fields) -> None:
        self.services.records.edit_customer(self._session(), customer_id, **fields)

    def move_meter(self, meter_number: str, account_no: str) -> MeterView:
        records = self.services.records
        customer = records.customer_by_account(account_no)
        if customer is None:
            raise UserFacingError(translate("OfficeSession", "There is no customer with account {0}.").format(account_no))
        records.edit_meter(self._session(), meter_number, customer_id=customer.id)
        return self.meter(meter_number)

    # -- quote, vend, receipts ---------------------------------------------------------------------------
    def _money(self, minor: int) -> str:
        from sts_pos.vending.money import format_money

        return format_money(minor, self.settings().currency)

    def _quote_view(self, q) -> QuoteView:
        from sts_pos.reports.formatting import format_rate
        from sts_pos.reports.office import MoneyStyle
        from sts_pos.vending.money import kwh_text

        lines = [QuoteLine(translate("OfficeSession", "Tendered"), "", q.tender, "tender")]
        names = {"fixed_charge": translate("OfficeSession", "Fixed monthly charge"), "debt": translate("OfficeSession", "Debt recovery")}
        for d in q.deductions:
            detail = d.description
            if d.kind == "debt" and d.balance_after is not None:
                detail = translate("OfficeSession", "debt left {0}").format(self._money(d.balance_after))
            lines.append(QuoteLine(names.get(d.kind, d.description or d.kind), detail, -(d.amount + d.tax), "deduction"))
        if q.vat:
            lines.append(QuoteLine(translate("OfficeSession", "VAT"), f"{q.vat_percent}%", -q.vat, "deduction"))
        for b in q.blocks:
            currency = self.settings().currency
            rate = format_rate(b.rate, MoneyStyle.of(currency))  # a rate in the office's money, as on the receipt
            price = f"{currency.symbol} {rate}" if currency.symbol else rate
            lines.append(QuoteLine(translate("OfficeSession", "Block {0}").format(b.block), translate(
                "OfficeSession", "{0} kWh at {1}/kWh").format(kwh_text(b.kwh10), price), None, "block"))
        lines.append(QuoteLine(translate("OfficeSession", "Energy"), translate("OfficeSession", "{0} kWh").format(kwh_text(q.units_kwh10)), -q.energy, "energy"))
        if q.free_kwh10:
            lines.append(QuoteLine(translate("OfficeSession", "Free basic electricity"), translate("OfficeSession", "{0} kWh").format(kwh_text(q.free_kwh10)), 0, "free"))
        if q.change:  # money handed back to the customer: a positive amount, not a deduction
            lines.append(QuoteLine(translate("OfficeSession", "Change"), translate("OfficeSession", "back to the customer"),
                                   q.change, "change"))
        return QuoteView(tuple(lines), q.units_kwh10 + q.free_kwh10, q.amount)

    def quote(self, meter_number: str, amount: int | None = None, kwh=None) -> QuoteView:
        kwh10 = None if kwh is None else int(kwh * 10)
        q, _ = self.services.sales.quote(self._session(), meter_number, amount=amount, kwh10=kwh10)
        return self._quote_view(q)

    def _token_label(self, kind: str) -> str:
        from sts_pos.vending.receipt import TOKEN_LABELS

        return translate("OfficeSession", TOKEN_LABELS.get(kind, kind.replace("_", " ").capitalize()))

    def _sale_view(self, result) -> SaleView:
        sale = result.sale
        return SaleView(
            id=sale.id, request_id=sale.receipt_no, status=sale.status, amount=sale.amount,
            units_tenths=sale.units_kwh10 + sale.free_kwh10, meter_number=str(result.meter.get("meter_number", "")),
            tokens=tuple(TokenRow(t.kind, self._token_label(t.kind), t.number, t.tid) for t in result.tokens),
            created=sale.created_at.isoformat() if sale.created_at else "",
            operator=self.services.repo.user(sale.user_id).username, raw=result)

    def vend(self, meter_number: str, request_id: str, amount: int | None = None, kwh=None,
             tender_type: str | None = None) -> SaleView:
        kwh10 = None if kwh is None else int(kwh * 10)
        result = self.services.sales.vend(self._session(), meter_number, amount=amount, kwh10=kwh10,
                                          request_id=request_id, tender_type=tender_type)
        return self._sale_view(result)

    def sale(self, sale_id: int) -> SaleView:
        return self._sale_view(self.services.sales.sale(self._session(), sale_id=sale_id))

    def last_sale(self) -> SaleView | None:
        row = self.services.repo.one("SELECT id FROM sales WHERE user_id = ? AND status != 'PENDING' "
                                     "ORDER BY id DESC LIMIT 1", self._session().user_id)
        return self.sale(row[0]) if row else None

    def recent_sales(self, limit: int = 20) -> list[SaleView]:
        """The last ``limit`` sales of the signed-in cashier's open shift, newest first (no tokens: the list
        on the vend screen; a reprint reads the sale again)."""
        shift = self.services.staff.current_shift(self._session())
        if shift is None:
            return []
        rows = self.services.repo.q(
            "SELECT s.id, s.receipt_no, s.status, s.amount, s.units_kwh10 + s.free_kwh10, m.meter_number, "
            "s.created_at FROM sales s JOIN meters m ON m.id = s.meter_id WHERE s.shift_id = ? "
            "AND s.status != 'PENDING' ORDER BY s.id DESC LIMIT ?", shift.id, limit)
        return [SaleView(id=r[0], request_id=r[1], status=r[2], amount=r[3], units_tenths=r[4],
                         meter_number=r[5], created=r[6]) for r in rows]

    def receipt_preview(self, sale_id: int, copy: bool = False):
        """The sale's receipt exactly as :meth:`print_receipt` prints it (``vending.receipt.Receipt``, with the
        records' notes), for the preview before printing; a copy is only counted and audited when it is printed."""
        sales = self.services.sales
        return self._with_notes(sales.receipt(sales.sale(self._session(), sale_id=sale_id), copy=copy))

    def meter_sales(self, meter_number: str, limit: int = 200) -> list[SaleView]:
        rows = self.services.sales.history(self._session(), meter_number, limit=limit)
        return [self.sale(row.id) for row in rows]

    def receipt_pdf(self, sale_id: int, copy: bool = False, paper: str = "80mm") -> bytes:
        from sts_pos.reports.receipt_pdf import receipt_pdf

        return receipt_pdf(self._sale_receipt(sale_id, copy), paper, dots=self.settings().printer_dots or None)

    def print_receipt(self, sale_id: int, copy: bool = False) -> str:
        """Print the sale's receipt (a reprint is marked COPY and audited); returns where it went.

        With no receipt printer set, the receipt is a PDF in ``receipts/`` next to the database (the file a
        system printer or a PDF viewer prints); with a printer it is also sent there."""
        return self._print(self._sale_receipt(sale_id, copy), f"sale-{sale_id}{'-copy' if copy else ''}")

    def _sale_receipt(self, sale_id: int, copy: bool):
        """The one receipt description of the sale (a copy: the vending service counts and audits the reprint)."""
        sales = self.services.sales
        if copy:
            return self._with_notes(sales.reprint(self._session(), sale_id))
        return self._with_notes(sales.receipt(sales.sale(self._session(), sale_id=sale_id)))

    def _with_notes(self, receipt):
        """What the office's records add: delivery through a collector, a replaced credit, earlier tokens to
        enter before a key change (``reports.receipt_notes``)."""
        from sts_pos.reports.receipt_notes import with_notes

        return with_notes(receipt, self.services.conn)

    def _print(self, document, stem: str, title: str = "") -> str:
        """Save the PDF in ``receipts/`` and send the receipt (or a test page's lines) to this computer's
        receipt printer (:mod:`sts_pos.gui.print_targets`); returns where it went."""
        from sts_pos.gui.print_targets import deliver, document_pdf

        settings = self.settings()
        dots, code_page = settings.printer_dots, settings.printer_code_page
        title = title or f"Receipt {getattr(document, 'receipt_no', stem)}"
        self.receipts_dir.mkdir(parents=True, exist_ok=True)
        n = 1
        while (path := self.receipts_dir / f"{stem}-{n}.pdf").exists():
            n += 1
        path.write_bytes(document_pdf(document, self.paper, dots, title))
        self.printed.append(path)
        return deliver(document, self.printer_spec, self.paper, dots, code_page, title) or str(path)

    def set_printer_settings(self, dots: int, code_page: str) -> None:
        """The receipt printer's dots per line and code page (office settings, checked by ``store.settings``)."""
        self.services.records.set_settings(self._session(), printer_dots=str(dots), printer_code_page=code_page)

    def test_print(self) -> str:
        """The printer's test page (no sale needed): which printer and settings, the code page's accented
        letters, a token and a QR code across the printable width."""
        from sts_pos.gui.print_targets import head_dots
        from sts_pos.reports.receipt import printer_test_page

        settings = self.settings()
        lines = printer_test_page(settings.name, self.printer_spec, self.paper,
                                 head_dots(self.paper, settings.printer_dots), settings.printer_code_page)
        return self._print(lines, "test-page", title="Printer test page")

    def void(self, sale_id: int, reason: str) -> SaleView:
        return self._sale_view(self.services.sales.void(self._session(), sale_id, reason))

    def send_sms(self, sale_id: int) -> str:
        """Queue the sale's tokens for the customer's phone in the SMS outbox (once per sale, however often
        the button is pressed) and, when a GSM modem port is set, deliver what is due."""
        from sts_pos.devices.sms import token_sms_texts
        from sts_pos.vending.money import kwh_text

        sale = self.sale(sale_id)
        phone = self.meter(sale.meter_number).phone
        if not phone:
            raise UserFacingError(translate("OfficeSession", "This customer has no phone number; add one in Customers & meters."))
        texts = token_sms_texts(sale.meter_number, [(t.label, t.number) for t in sale.tokens],
                                kwh_text(sale.units_tenths), self.settings().name)
        return self._send_token_texts(phone, texts, f"sale:{sale_id}")

    def _send_token_texts(self, phone: str, texts: list[str], key: str) -> str:
        """Queue ``texts`` for ``phone`` in the SMS outbox under ``key`` (so pressing Send again queues nothing
        more) and, when a GSM modem port is set, deliver what is due; says what happened."""
        from sts_pos.devices.sms import GsmModem, SmsOutbox, default_path

        with SmsOutbox(default_path(str(self.local_path))) as outbox:
            for i, text in enumerate(texts):
                outbox.enqueue(phone, text, key=f"{key}:{i}")
            if not self.sms_port:
                return translate("OfficeSession", "queued for {0}; it is sent when a GSM modem is set up").format(phone)
            with GsmModem(self.sms_port) as modem:
                modem.setup()
                counts = outbox.deliver_due(modem)
        return translate("OfficeSession", "sent to {0} ({1})").format(phone, ", ".join(f"{k} {v}" for k, v in counts.items()))

    # -- shifts ----------------------------------------------------------------------------------------
    def _shift_view(self, shift) -> ShiftView | None:
        if shift is None:
            return None
        row = self.services.repo.one(
            "SELECT count(*), coalesce(sum(amount), 0), coalesce(sum(units_kwh10 + free_kwh10), 0) FROM sales "
            "WHERE shift_id = ? AND status = 'ISSUED'", shift.id)
        return ShiftView(shift.id, shift.opened_at.isoformat(), shift.opening_float, row[0], row[1], row[2],
                         "open" if shift.closed_at is None else "closed")

    def current_shift(self) -> ShiftView | None:
        if self.session is None or not self.has("vend"):
            return None
        return self._shift_view(self.services.staff.current_shift(self._session()))

    def open_shift(self, opening_float: int) -> ShiftView:
        return self._shift_view(self.services.staff.open_shift(self._session(), opening_float))

    def close_shift(self, counted: int) -> dict:
        shift = self.services.staff.close_shift(self._session(), counted)
        return {"expected": shift.expected_cash, "counted": shift.counted_cash, "variance": shift.variance}
