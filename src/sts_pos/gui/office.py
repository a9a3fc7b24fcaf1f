"""The GUI's one adapter onto the vending office services (store, vending, devices, reports).

Screens call :class:`OfficeSession` methods from worker threads (through :mod:`sts_pos.gui.tasks`) and
get :mod:`sts_pos.gui.views` values back. Store connections are per thread, so each worker thread gets
its own services (``threading.local``). Parts of sts-pos that are not in this build (a device package
that is missing, a service not landed yet) make :meth:`has` answer False and their methods raise
:class:`Unavailable`, which the screens show as a "not available in this build" state, never fake data.
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sts_pos.errors import UserFacingError
from sts_pos.gui.views import MeterView, OfficeView, QuoteLine, QuoteView, SaleView, ShiftView, TokenRow, UserView


# token labels of vending.receipt.TOKEN_LABELS, listed here so that lupdate offers them for translation
_TOKEN_LABEL_TEXTS = (
    QT_TRANSLATE_NOOP("OfficeSession", "Key change 1"), QT_TRANSLATE_NOOP("OfficeSession", "Key change 2"),
    QT_TRANSLATE_NOOP("OfficeSession", "Key change 3"), QT_TRANSLATE_NOOP("OfficeSession", "Key change 4"),
    QT_TRANSLATE_NOOP("OfficeSession", "Credit"), QT_TRANSLATE_NOOP("OfficeSession", "Free basic electricity"),
    QT_TRANSLATE_NOOP("OfficeSession", "Clear credit"), QT_TRANSLATE_NOOP("OfficeSession", "Clear tamper"),
    QT_TRANSLATE_NOOP("OfficeSession", "Set maximum power"),
    QT_TRANSLATE_NOOP("OfficeSession", "Set phase unbalance limit"),
    QT_TRANSLATE_NOOP("OfficeSession", "Test / display"),
)



class Unavailable(UserFacingError):
    """The feature asked for is not part of this build of sts-pos."""


def _importable(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


FEATURES = {
    # feature: modules that must import for it to work
    "store": ("sts_pos.store.db",),
    "vend": ("sts_pos.vending.sales", "sts_pos.store.office"),
    "engineering": ("sts_pos.vending.engineering", "sts_pos.store.office"),
    "cards": ("sts_pos.devices.cards.service", "sts_pos.devices.cards.pcsc"),
    "meter": ("sts_pos.devices.meter.client",),
    "sms": ("sts_pos.devices.sms.outbox",),
    "receipts": ("sts_pos.reports.receipt_pdf",),
    "reports": ("sts_pos.reports.registry", "sts_pos.reports.charts", "sts_pos.reports.shift"),
}


class OfficeSession:
    """One office database and the signed-in user, as the GUI sees them."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("OfficeSession", text)

    def __init__(self, db_path: str | Path) -> None:
        self.db_path = Path(db_path)
        self.user: UserView | None = None
        self.session = None  # vending.roles.Session of the signed-in user
        self._vault = None
        self._local = threading.local()
        self._lock = threading.Lock()
        self._offices: list = []
        self._features = {name: all(_importable(m) for m in mods) for name, mods in FEATURES.items()}
        self.receipts_dir = self.db_path.parent / "receipts"
        self.printed: list[Path] = []
        self.printer_spec = ""  # blank: PDF files in receipts_dir; else an ESC/POS printer (devices.printers)
        self.paper = "80mm"
        self.sms_port = ""  # the GSM modem's serial port; blank: messages wait in the outbox

    # -- capabilities ----------------------------------------------------------------------------------
    def has(self, feature: str) -> bool:
        return self._features.get(feature, False)

    def require(self, feature: str, what: str) -> None:
        if not self.has(feature):
            raise Unavailable(self.tr("{0} is not available in this build of sts-pos.").format(what))

    def devices_summary(self) -> str:
        return ""

    # -- plumbing --------------------------------------------------------------------------------------
    @property
    def services(self):
        """This thread's ``store.office.Office`` (one SQLite connection per thread), sharing one key vault."""
        self.require("vend", self.tr("The vending office"))
        office = getattr(self._local, "office", None)
        if office is None:
            from sts_pos.store.office import Office

            office = Office.open(self.db_path, create=False)
            with self._lock:
                if self._vault is None:
                    self._vault = office.vault
            office.vault = office.records.vault = self._vault
            self._local.office = office
            self._offices.append(office)
        return office

    @property
    def vault(self):
        return self.services.vault

    def close(self) -> None:
        for office in self._offices:
            try:
                office.conn.close()
            except Exception:
                pass
        self._offices.clear()
        self._local = threading.local()

    def _reset_vault(self) -> None:
        self.close()
        self._vault = None

    def _session(self):
        if self.session is None:
            raise UserFacingError(self.tr("Sign in first."))
        return self.session

    # -- office and users -----------------------------------------------------------------------------
    def exists(self) -> bool:
        if not self.db_path.exists():
            return False
        try:
            return self.services.repo.setting("office_name") is not None or bool(self.services.repo.list_users())
        except Exception:  # a damaged file is reported when the user signs in
            return True

    def settings(self):
        return self.services.repo.settings()

    def office(self) -> OfficeView:
        if not self.has("vend") or not self.db_path.exists():
            return OfficeView(name="")
        s = self.settings()
        c = s.currency
        return OfficeView(s.name, s.vat_number, c.code, c.symbol, c.decimals)

    def login(self, username: str, password: str) -> UserView:
        session = self.services.login(username, password)
        self.session = session
        role = session.role.value if hasattr(session.role, "value") else str(session.role)
        self.user = UserView(session.username, role, session.full_name)
        return self.user

    def logout(self) -> None:
        self.user = None
        self.session = None

    def vault_unlocked(self) -> bool:
        try:
            return bool(self.vault.unlocked)
        except Exception:
            return False

    def unlock_vault(self, passphrase: str) -> None:
        self.services.unlock_vault(self._session(), passphrase)
        self.services.sales.complete_pending()  # a sale interrupted by a crash gets its token now

    def lock_vault(self) -> None:
        if self._vault is not None:
            self._vault.lock()

    def create_demo(self) -> dict:
        """``sts-pos demo --json`` (the scriptable interface) into this database file."""
        import json
        import subprocess
        import sys

        cmd = [sys.executable, "-m", "sts_pos", "--db", str(self.db_path), "demo", "--json"]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
        if done.returncode != 0:
            raise UserFacingError(self.tr("The demo office could not be created."), (done.stderr or done.stdout)[-2000:])
        self._reset_vault()
        return json.loads(done.stdout)

    def create_office(self, *, name: str, vat_number: str, currency_code: str, currency_symbol: str, decimals: int,
                      admin_username: str, admin_full_name: str, admin_password: str, vault_passphrase: str) -> dict:
        from datetime import datetime, timezone

        from sts_pos.store.office import Office
        from sts_pos.vending.money import Currency
        from sts_pos.vending.passwords import hash_password

        Currency(code=currency_code, symbol=currency_symbol, decimals=decimals)  # validates
        office = Office.open(self.db_path, create=True)
        try:
            repo = office.repo
            if repo.list_users():
                raise UserFacingError(self.tr("This database already holds an office."))
            now = datetime.now(timezone.utc)
            with repo.transaction():
                for key, value in {"office_name": name, "vat_number": vat_number, "currency_code": currency_code,
                                   "currency_symbol": currency_symbol, "currency_decimals": str(decimals)}.items():
                    repo.set_setting(key, value)
                repo.insert_user(admin_username, admin_full_name, "admin", hash_password(admin_password), now)
                repo.append_audit(now, admin_username, "office.create", {"name": name})
            office.create_vault(vault_passphrase)
        finally:
            office.close()
        self._reset_vault()
        return {"office": name, "admin": admin_username}

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
                try:
                    numbers = [office.sales.find_meter(text).meter_number.drn]
                except UserFacingError:
                    numbers = []
        seen: list[str] = []
        for number in numbers:
            if number not in seen:
                seen.append(number)
        return [self.meter(n) for n in seen[:limit]]

    def meter(self, meter_number: str) -> MeterView:
        from datetime import datetime, timezone

        from sts_pos.sts.tid import BaseDate

        services = self.services
        m = services.sales.find_meter(meter_number)
        repo = services.repo
        customer = repo.customer(m.customer_id) if m.customer_id else None
        target = m.target_params
        tariff = repo.tariff_by_ti(target.ti)
        warnings = []
        if m.pending is not None:
            warnings.append(self.tr("Key change pending: the customer gets key change tokens to enter before the "
                                "credit token."))
        if m.base_date == BaseDate.Y1993:
            warnings.append(self.tr("Meter on base date 1993: it needs the TID-rollover key change (given with the "
                                "next purchase)."))
        if customer is None:
            warnings.append(self.tr("No customer account is linked to this meter; it cannot be vended."))
        elif tariff is None:
            warnings.append(self.tr("The meter's tariff index has no tariff; a supervisor must set it up."))
        free_due = None
        if customer is not None and tariff is not None and customer.indigent and tariff.fbe_kwh10:
            month = services.sales._month(datetime.now(timezone.utc))
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
            raise UserFacingError(self.tr("There is no customer with account {0}.").format(account_no))
        records.edit_meter(self._session(), meter_number, customer_id=customer.id)
        return self.meter(meter_number)

    # -- quote, vend, receipts ---------------------------------------------------------------------------
    def _money(self, minor: int) -> str:
        from sts_pos.vending.money import format_money

        return format_money(minor, self.settings().currency)

    def _quote_view(self, q) -> QuoteView:
        from sts_pos.vending.money import kwh_text

        lines = [QuoteLine(self.tr("Tendered"), "", q.tender)]
        names = {"fixed_charge": self.tr("Fixed monthly charge"), "debt": self.tr("Debt recovery")}
        for d in q.deductions:
            detail = d.description
            if d.kind == "debt" and d.balance_after is not None:
                detail = self.tr("debt left {0}").format(self._money(d.balance_after))
            lines.append(QuoteLine(names.get(d.kind, d.description or d.kind), detail, -(d.amount + d.tax)))
        if q.vat:
            lines.append(QuoteLine(self.tr("VAT"), f"{q.vat_percent}%", -q.vat))
        for b in q.blocks:
            rate = b.rate.scaleb(-self.settings().currency.decimals).normalize()
            lines.append(QuoteLine(self.tr("Block {0}").format(b.block), self.tr("{0} kWh at {1}/kWh").format(
                kwh_text(b.kwh10), f"{rate:f}"), None))
        lines.append(QuoteLine(self.tr("Energy"), self.tr("{0} kWh").format(kwh_text(q.units_kwh10)), -q.energy))
        if q.free_kwh10:
            lines.append(QuoteLine(self.tr("Free basic electricity"), self.tr("{0} kWh").format(kwh_text(q.free_kwh10)), 0))
        if q.change:
            lines.append(QuoteLine(self.tr("Change"), "", -q.change))
        return QuoteView(tuple(lines), q.units_kwh10 + q.free_kwh10, q.amount)

    def quote(self, meter_number: str, amount: int | None = None, kwh=None) -> QuoteView:
        kwh10 = None if kwh is None else int(kwh * 10)
        q, _ = self.services.sales.quote(self._session(), meter_number, amount=amount, kwh10=kwh10)
        return self._quote_view(q)

    def _token_label(self, kind: str) -> str:
        from sts_pos.vending.receipt import TOKEN_LABELS

        return self.tr(TOKEN_LABELS.get(kind, kind.replace("_", " ").capitalize()))

    def _sale_view(self, result) -> SaleView:
        sale = result.sale
        return SaleView(
            id=sale.id, request_id=sale.receipt_no, status=sale.status, amount=sale.amount,
            units_tenths=sale.units_kwh10 + sale.free_kwh10, meter_number=str(result.meter.get("meter_number", "")),
            tokens=tuple(TokenRow(t.kind, self._token_label(t.kind), t.number, t.tid) for t in result.tokens),
            created=sale.created_at.isoformat() if sale.created_at else "",
            operator=self.services.repo.user(sale.user_id).username, raw=result)

    def vend(self, meter_number: str, request_id: str, amount: int | None = None, kwh=None) -> SaleView:
        kwh10 = None if kwh is None else int(kwh * 10)
        result = self.services.sales.vend(self._session(), meter_number, amount=amount, kwh10=kwh10,
                                          request_id=request_id)
        return self._sale_view(result)

    def sale(self, sale_id: int) -> SaleView:
        return self._sale_view(self.services.sales.sale(self._session(), sale_id=sale_id))

    def last_sale(self) -> SaleView | None:
        row = self.services.repo.one("SELECT id FROM sales WHERE user_id = ? AND status != 'PENDING' "
                                     "ORDER BY id DESC LIMIT 1", self._session().user_id)
        return self.sale(row[0]) if row else None

    def meter_sales(self, meter_number: str, limit: int = 200) -> list[SaleView]:
        m = self.services.sales.find_meter(meter_number)
        rows = self.services.repo.q("SELECT id FROM sales WHERE meter_id = ? ORDER BY id DESC LIMIT ?", m.id, limit)
        return [self.sale(r[0]) for r in rows]

    def receipt_pdf(self, sale_id: int, copy: bool = False, paper: str = "80mm") -> bytes:
        from sts_pos.reports.receipt_adapter import from_vending
        from sts_pos.reports.receipt_pdf import receipt_pdf

        sales = self.services.sales
        if copy:
            receipt = sales.reprint(self._session(), sale_id)
        else:
            receipt = sales.receipt(sales.sale(self._session(), sale_id=sale_id))
        return receipt_pdf(from_vending(receipt, offset_minutes=self.settings().utc_offset_minutes), paper)

    def print_receipt(self, sale_id: int, copy: bool = False) -> str:
        """Print the sale's receipt (a reprint is marked COPY and audited); returns where it went.

        With no receipt printer set, the receipt is a PDF in ``receipts/`` next to the database (the file a
        system printer or a PDF viewer prints); with an ESC/POS printer it is also sent there."""
        from sts_pos.reports.receipt_adapter import from_vending

        sales = self.services.sales
        if copy:
            vending_receipt = sales.reprint(self._session(), sale_id)
        else:
            vending_receipt = sales.receipt(sales.sale(self._session(), sale_id=sale_id))
        receipt = from_vending(vending_receipt, offset_minutes=self.settings().utc_offset_minutes)
        return self._print(receipt, f"sale-{sale_id}{'-copy' if copy else ''}")

    def _print(self, receipt, stem: str) -> str:
        from sts_pos.reports.receipt_pdf import receipt_pdf

        self.receipts_dir.mkdir(parents=True, exist_ok=True)
        n = 1
        while (path := self.receipts_dir / f"{stem}-{n}.pdf").exists():
            n += 1
        path.write_bytes(receipt_pdf(receipt, self.paper))
        self.printed.append(path)
        if not self.printer_spec:
            return str(path)
        from sts_pos.devices.printers import PrinterSettings, send_bytes
        from sts_pos.reports.receipt_escpos import receipt_escpos

        settings = PrinterSettings.parse(self.printer_spec, columns=32 if self.paper == "58mm" else 42)
        send_bytes(settings, receipt_escpos(receipt, columns=settings.columns))
        return self.printer_spec

    def test_print(self) -> str:
        from sts_pos.reports.receipt_adapter import from_vending

        row = self.services.repo.one("SELECT id FROM sales WHERE status = 'ISSUED' ORDER BY id DESC LIMIT 1")
        if row is None:
            raise UserFacingError(self.tr("There is no sale yet to print as a test."))
        sales = self.services.sales
        receipt = from_vending(sales.receipt(sales.sale(self._session(), sale_id=row[0]), copy=True))
        return self._print(receipt, "test-print")

    def void(self, sale_id: int, reason: str) -> SaleView:
        return self._sale_view(self.services.sales.void(self._session(), sale_id, reason))

    def send_sms(self, sale_id: int) -> str:
        """Queue the sale's tokens for the customer's phone in the SMS outbox (once per sale, however often
        the button is pressed) and, when a GSM modem port is set, deliver what is due."""
        from sts_pos.devices.sms import GsmModem, SmsOutbox, default_path, token_sms_texts
        from sts_pos.vending.money import kwh_text

        sale = self.sale(sale_id)
        phone = self.meter(sale.meter_number).phone
        if not phone:
            raise UserFacingError(self.tr("This customer has no phone number; add one in Customers & meters."))
        texts = token_sms_texts(sale.meter_number, [(t.label, t.number) for t in sale.tokens],
                                kwh_text(sale.units_tenths), self.settings().name)
        with SmsOutbox(default_path(str(self.db_path))) as outbox:
            for i, text in enumerate(texts):
                outbox.enqueue(phone, text, key=f"sale:{sale_id}:{i}")
            if not self.sms_port:
                return self.tr("queued for {0}; it is sent when a GSM modem is set up").format(phone)
            with GsmModem(self.sms_port) as modem:
                modem.setup()
                counts = outbox.deliver_due(modem)
        return self.tr("sent to {0} ({1})").format(phone, ", ".join(f"{k} {v}" for k, v in counts.items()))

    # -- IC cards ---------------------------------------------------------------------------------------
    def reader_summary(self) -> str:
        from sts_pos.devices.cards.service import reader_status

        readers = reader_status()
        if not readers:
            return self.tr("No card reader is connected. Plug in the reader.")
        return "\n".join(self.tr("{0}: card inserted").format(r.name) if r.card_present else
                         self.tr("{0}: no card").format(r.name) for r in readers)

    def card_office(self):
        """The office's card key and PSC from the unlocked vault (needs the core to expose the vault secret)."""
        office = self.services
        for name in ("card_office", "card_secret", "vault_secret"):
            provider = getattr(office, name, None)
            if provider is not None:
                from sts_pos.devices.cards.service import CardOffice

                value = provider()
                return value if isinstance(value, CardOffice) else CardOffice.from_vault_secret(value)
        raise Unavailable(self.tr("Reading and writing customer cards needs the office's card key from the key "
                              "vault, which is not available in this build."))

    def read_card_contents(self) -> dict:
        from sts_pos.devices.cards.service import read_card

        return read_card(self.card_office()).to_dict()

    def read_customer_card(self) -> MeterView:
        data = self.read_card_contents()
        return self.meter(data["meter_number"])

    def write_last_purchase_to_card(self) -> dict:
        self.card_office()
        raise Unavailable(self.tr("Writing a purchase to a card is not available in this build."))

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

    # -- reports and charts ------------------------------------------------------------------------------
    def _require_permission(self, name: str) -> None:
        from sts_pos.vending.roles import Permission

        self._session().require(Permission(name))

    def report_names(self) -> list[tuple[str, str]]:
        from sts_pos.reports.registry import report_names

        return [(n, self.tr(t)) for n, t in report_names() if not n.startswith("shift-")]

    def export_report(self, name: str, first, last, fmt: str, path: Path) -> str:
        from sts_pos.reports.registry import build_report
        from sts_pos.reports.table import export

        self._require_permission("reports")
        report = build_report(self.services.conn, name, first, last, username=self._session().username)
        Path(path).write_bytes(export(report, fmt))
        return str(path)

    def chart_data(self, name: str, first, last):
        from sts_pos.reports.charts import chart_points

        self._require_permission("reports")
        return chart_points(self.services.conn, name, first, last)

    def shift_report(self, kind: str) -> str:
        """X report of the open shift, or Z report of the user's last closed shift, as PDF next to the database."""
        from sts_pos.reports import shift as shift_reports
        from sts_pos.reports.table import export

        session, conn = self._session(), self.services.conn
        if kind == "x":
            current = self.services.staff.current_shift(session)
            if current is None:
                raise UserFacingError(self.tr("No shift is open; the X report is of the open shift."))
            summary = shift_reports.x_report(conn, current.id)
        else:
            row = conn.execute("SELECT id FROM shifts WHERE user_id = ? AND closed_at IS NOT NULL ORDER BY id DESC "
                               "LIMIT 1", (session.user_id,)).fetchone()
            if row is None:
                raise UserFacingError(self.tr("The Z report is taken when a shift is closed; close your shift first."))
            summary = shift_reports.take_z_report(conn, row[0], session.username)
        report = shift_reports.shift_report(conn, summary)
        self.receipts_dir.mkdir(parents=True, exist_ok=True)
        path = self.receipts_dir / f"shift-{summary.shift_id if hasattr(summary, 'shift_id') else kind}-{kind}.pdf"
        path.write_bytes(export(report, "pdf"))
        self.printed.append(path)
        return str(path)

    # -- engineering --------------------------------------------------------------------------------------
    def supply_group_codes(self) -> list[str]:
        return sorted({sg.sgc for sg in self.services.repo.supply_groups()})

    def engineering_token(self, meter_number: str, kind: str, reason: str, value: int | None = None) -> list[TokenRow]:
        options = {}
        if kind in ("set_max_power", "set_phase_unbalance"):
            options["watts"] = value
        if kind == "test":
            from sts_pos.sts.tokens import TestControl

            options["control"] = int(TestControl.ALL) if hasattr(TestControl, "ALL") else 1
        result = self.services.engineering.issue(self._session(), meter_number, kind, reason, **options)
        return [TokenRow(t.kind, self._token_label(t.kind), t.number, t.tid) for t in result.tokens]

    def rollover_supply_group(self, sgc: str, job=None) -> tuple[int, str]:
        """Roll every base-1993 meter of the group over to 2014; returns (meters, the printable batch PDF).

        Stopping (``job.cancel()``) takes effect between meters: the meters done so far keep their job."""
        from sts_pos.reports.receipt import receipt_layout
        from sts_pos.reports.receipt_adapter import slip_for_job
        from sts_pos.reports.receipt_pdf import layout_pdf

        def progress(done: int, total: int) -> None:
            if job is not None:
                job.progress(done, total)
                job.check()

        results = self.services.engineering.rollover_supply_group(
            self._session(), sgc, self.tr("TID rollover of supply group {0}").format(sgc), progress=progress)
        if not results:
            raise UserFacingError(self.tr("No meter of supply group {0} is still on base date 1993.").format(sgc))
        lines = []
        for result in results:
            lines += receipt_layout(slip_for_job(self.services.conn, result.job_id))
        self.receipts_dir.mkdir(parents=True, exist_ok=True)
        path = self.receipts_dir / f"rollover-{sgc}-{results[0].job_id}.pdf"
        path.write_bytes(layout_pdf(lines, self.paper, f"TID rollover {sgc}"))
        self.printed.append(path)
        return len(results), str(path)

    def decode_token(self, meter_number: str, token: str) -> str:
        """What a token is, decoded with the meter's current (then its pending) decoder key."""
        from sts_pos.sts.codec import decode, format_token, parse_token_number
        from sts_pos.sts.errors import CrcMismatch
        from sts_pos.sts.keys import derive_decoder_key
        from sts_pos.sts.tid import datetime_from_tid
        from sts_pos.vending.roles import Permission

        session = self._session()
        if not (session.can(Permission.ENGINEERING) or session.can(Permission.VEND)):
            session.require(Permission.ENGINEERING)
        office = self.services
        meter = office.sales.find_meter(meter_number)
        number = parse_token_number(token)
        candidates = [(meter.params, meter.supply_group)]
        if meter.pending is not None:
            candidates.append((meter.target_params, meter.target_supply_group))
        for params, group in candidates:
            key = derive_decoder_key(office.vending_key(group.id), meter.meter_number, params)
            try:
                decoded = decode(number, key)
            except CrcMismatch:
                continue
            lines = [self.tr("Token {0}").format(format_token(number)),
                     self.tr("Meter {0}, SGC {1}, KRN {2}, TI {3:02d}, base date {4}").format(
                         meter.meter_number.drn, params.sgc, params.krn, params.ti, params.base_date.year),
                     self.tr("Kind: {0} (class {1}, subclass {2})").format(
                         type(decoded).__name__, decoded.token_class, decoded.subclass)]
            tid = getattr(decoded, "tid", None)
            if tid is not None:
                lines.append(self.tr("Issued: {0} office time (TID {1})").format(
                    f"{datetime_from_tid(tid, params.base_date):%Y-%m-%d %H:%M}", tid))
            amount = getattr(decoded, "amount", None)
            if amount is not None:
                lines.append(self.tr("Amount: {0} kWh").format(f"{amount / 10:.1f}"))
            issued = office.repo.one("SELECT sale_id, job_id, kind FROM tokens WHERE number = ?", number)
            if issued is not None:
                lines.append(self.tr("Issued by this office ({0}).").format(
                    self.tr("sale {0}").format(issued[0]) if issued[0] else self.tr("engineering job {0}").format(issued[1])))
            return "\n".join(lines)
        raise CrcMismatch(self.tr("This token is not for meter {0} with its current key: a digit may be mistyped, or "
                              "it was made for another meter or key.").format(meter.meter_number.drn))

    # -- administration ----------------------------------------------------------------------------------
    def users(self) -> list[list[str]]:
        rows = self.services.staff.users(self._session())
        return [[r["username"], r["full_name"], r["role"], self.tr("yes") if r["active"] else self.tr("no"),
                 r["locked_until"] or ""] for r in rows]

    def add_user(self, username: str, password: str, role: str, full_name: str) -> int:
        return self.services.staff.add_user(self._session(), username, password, role, full_name)

    def supply_group_rows(self) -> list[list[str]]:
        return [[g.sgc, str(g.krn), g.name, g.dkga, {"07": "STA", "09": "DES", "11": "MISTY1"}.get(g.ea, g.ea),
                 str(g.base_date.year), str(g.key_type), str(g.ken)] for g in self.services.repo.supply_groups()]

    def add_supply_group(self, **fields) -> int:
        return self.services.records.add_supply_group(self._session(), **fields)

    def tariff_rows(self) -> list[list[str]]:
        from sts_pos.vending.money import kwh_text

        rows = []
        for t in self.services.records.tariffs():
            blocks = "; ".join(
                f"{'≤ ' + kwh_text(b.up_to_kwh10) + ' kWh' if b.up_to_kwh10 else self.tr('rest')}: "
                f"{b.rate.scaleb(-self.settings().currency.decimals).normalize():f}/kWh" for b in t.blocks)
            rows.append([f"{t.ti:02d}", t.name, blocks, f"{t.vat_percent}%", self._money(t.fixed_monthly_charge),
                         self._money(t.min_purchase), self._money(t.max_purchase) if t.max_purchase else "—",
                         f"{kwh_text(t.fbe_kwh10)} kWh" if t.fbe_kwh10 else "—"])
        return rows

    def audit_rows(self, limit: int = 300) -> list[list[str]]:
        rows = self.services.repo.q("SELECT id, at, username, action, detail FROM audit_log ORDER BY id DESC "
                                    "LIMIT ?", limit)
        return [[str(r[0]), r[1][:19].replace("T", " "), r[2], r[3], r[4]] for r in rows]

    def verify_audit(self) -> str:
        report = self.services.verify_audit()
        if report.ok:
            return self.tr("The audit log is intact: {0} entries checked.").format(report.checked)
        return self.tr("The audit log is broken at entry {0}: {1}.").format(report.first_broken_id, report.reason)

    def backup(self, path: str) -> str:
        report = self.services.backup(self._session(), path)
        return self.tr("Backup written to {0} ({1} bytes, checked).").format(report.path, report.bytes)

    def restore(self, path: str) -> str:
        version = self.services.restore(self._session(), path)
        return self.tr("The office was restored from {0} (schema {1}).").format(path, version)
