"""The back office side of the session: IC cards, engineering tokens and token decoding, administration
(users, keys, tariffs, audit, backup); reports and charts are :mod:`sts_pos.gui.office_reports`.

A mixin of :class:`sts_pos.gui.office.OfficeSession`; every method runs on a worker thread.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sts_pos.errors import UserFacingError
from sts_pos.gui.views import JobView, MeterView, TariffView, TokenRow

translate = QCoreApplication.translate

# report titles of reports.registry.REPORTS, listed here so that lupdate offers them for translation
_REPORT_TITLES = (
    QT_TRANSLATE_NOOP("OfficeSession", "Sales by day"), QT_TRANSLATE_NOOP("OfficeSession", "Sales by month"),
    QT_TRANSLATE_NOOP("OfficeSession", "Sales by cashier"), QT_TRANSLATE_NOOP("OfficeSession", "Sales by tariff"),
    QT_TRANSLATE_NOOP("OfficeSession", "Sales by supply group"),
    QT_TRANSLATE_NOOP("OfficeSession", "Free basic electricity issued"),
    QT_TRANSLATE_NOOP("OfficeSession", "Debt recovered and outstanding"),
    QT_TRANSLATE_NOOP("OfficeSession", "Engineering and key change tokens"),
    QT_TRANSLATE_NOOP("OfficeSession", "Meters not vended for N days"),
    QT_TRANSLATE_NOOP("OfficeSession", "Consumption and remaining credit (card write-backs)"),
    QT_TRANSLATE_NOOP("OfficeSession", "Replaced tokens (free re-issues after a key change)"),
)


class BackOffice:
    # -- IC cards ---------------------------------------------------------------------------------------
    def reader_summary(self) -> str:
        from sts_pos.devices.cards.service import reader_status

        readers = reader_status()
        if not readers:
            return translate("OfficeSession", "No card reader is connected. Plug in the reader.")
        return "\n".join(translate("OfficeSession", "{0}: card inserted").format(r.name) if r.card_present else
                         translate("OfficeSession", "{0}: no card").format(r.name) for r in readers)

    def _with_card(self, action):
        """Run ``action(office, session, medium)`` on the card in the configured reader (device thread)."""
        from sts_pos.devices.cards.pcsc import open_medium

        office, session = self.services, self._session()
        with open_medium(self.card_reader or None) as (medium, _card):
            return action(office, session, medium)

    def read_card_contents(self) -> dict:
        """The card's identity, purchase and the meter's write-back (recorded as a reading)."""
        from sts_pos.devices.cards import office_link

        return self._with_card(office_link.read).to_dict()

    def read_customer_card(self) -> MeterView:
        return self.meter(self.read_card_contents()["meter_number"])

    def card_readings(self, meter_number: str, limit: int = 100) -> list[list[str]]:
        """The meter's write-backs read from its card (kept as ``card.write_back`` audit entries), newest first."""
        import json

        drn = self.services.sales.find_meter(meter_number).meter_number.drn
        rows = self.services.repo.q(
            "SELECT at, detail FROM audit_log WHERE action = 'card.write_back' AND json_extract(detail, "
            "'$.meter_number') = ? ORDER BY id DESC LIMIT ?", drn, limit)
        out = []
        clock = self.settings().office_time
        for at, detail in rows:
            d = json.loads(detail)
            out.append([clock.minute(at), f"{d.get('credit_tenths_kwh', 0) / 10:.1f} kWh",
                        f"{d.get('energy_used_tenths_kwh', 0) / 10:.1f} kWh", str(d.get("purchase_count_accepted")),
                        translate("OfficeSession", "yes") if d.get("tamper") else translate("OfficeSession", "no"),
                        d.get("card_serial", "")])
        return out

    def issue_card(self, meter_number: str, kind: str = "customer", job_id: int | None = None) -> dict:
        from sts_pos.devices.cards import office_link

        return self._with_card(lambda o, s, m: office_link.issue(o, s, m, meter_number, kind, job_id=job_id)).to_dict()

    def vend_to_card(self, meter_number: str, request_id: str, amount: int | None = None, kwh=None,
                     tender_type: str | None = None):
        """Sell onto the customer's card: the card is checked first (no money for a card that cannot take
        the purchase), then the vend, then the tokens are written to the card. A card whose earlier paid
        purchase was interrupted gets that purchase written instead, and nothing new is sold: the view says so
        (``resumed``)."""
        from dataclasses import replace

        from sts_pos.devices.cards import office_link

        kwh10 = None if kwh is None else int(kwh * 10)
        done = self._with_card(
            lambda o, s, m: office_link.sell(o, s, m, meter_number, amount, kwh10, request_id,
                                             tender_type=tender_type))
        return replace(self._sale_view(done.result), resumed=done.resumed)

    def meter_jobs(self, meter_number: str, limit: int = 20) -> list[tuple[int, str, str, str]]:
        """The meter's engineering jobs that carry tokens, newest first, for a technician card:
        (job id, slip number, what it is, created)."""
        meter = self._meter_or_none(meter_number)
        if meter is None:
            return []
        rows = self.services.repo.q(
            "SELECT j.id, j.kind, j.created_at FROM engineering_jobs j WHERE j.meter_id = ? AND EXISTS "
            "(SELECT 1 FROM tokens t WHERE t.job_id = j.id) ORDER BY j.id DESC LIMIT ?", meter.id, limit)
        return [(r[0], job_number(r[0]), self._token_label(r[1]), r[2]) for r in rows]

    def card_sales(self, meter_number: str, limit: int = 20) -> list[tuple[int, str, str, int]]:
        """The meter's issued sales, newest first, to write onto a card again: (sale id, receipt, created, amount)."""
        meter = self._meter_or_none(meter_number)
        if meter is None:
            return []
        rows = self.services.repo.q("SELECT id, receipt_no, created_at, amount FROM sales WHERE meter_id = ? AND "
                                    "status = 'ISSUED' ORDER BY id DESC LIMIT ?", meter.id, limit)
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def _meter_or_none(self, meter_number: str):
        if not meter_number.strip():
            return None
        try:
            return self.services.sales.find_meter(meter_number)
        except UserFacingError:  # not a meter (yet): the list stays empty, the issue says why
            return None

    def reissue_to_card(self, sale_id: int) -> dict:
        from sts_pos.devices.cards import office_link

        _result, reading = self._with_card(lambda o, s, m: office_link.reissue(o, s, m, sale_id))
        return reading.to_dict()

    # -- engineering --------------------------------------------------------------------------------------
    def supply_group_codes(self) -> list[str]:
        return sorted({sg.sgc for sg in self.services.repo.supply_groups()})

    def engineering_token(self, meter_number: str, kind: str, reason: str, value: int | None = None) -> JobView:
        options = {}
        if kind in ("set_max_power", "set_phase_unbalance"):
            options["watts"] = value
        if kind == "test":
            from sts_pos.sts.tokens import TestControl

            options["control"] = int(TestControl.ALL) if hasattr(TestControl, "ALL") else 1
        result = self.services.engineering.issue(self._session(), meter_number, kind, reason, **options)
        tokens = tuple(TokenRow(t.kind, self._token_label(t.kind), t.number, t.tid) for t in result.tokens)
        job = self.services.repo.job(result.job_id)
        return JobView(result.job_id, job_number(result.job_id), meter_number.replace(" ", ""), tokens,
                       job["created_at"].isoformat() if job else "")

    def print_job_slip(self, job_id: int) -> str:
        """Print the job's engineering-token slip (who, why, which tokens) the way receipts print; returns where."""
        return self._print(self.job_slip(job_id), f"job-{job_id}")

    def job_slip(self, job_id: int):
        """The job's slip (``vending.receipt.Receipt``, kind engineering) with the notes of the office's records."""
        from sts_pos.reports.receipt_notes import with_notes

        return with_notes(self.services.engineering.slip(self._session(), job_id), self.services.conn)

    def send_job_sms(self, job_id: int) -> str:
        """Queue the job's tokens for the customer's phone in the SMS outbox, like a sale's (once per job)."""
        from sts_pos.devices.sms import token_sms_texts

        row = self.services.repo.one("SELECT m.meter_number FROM engineering_jobs j JOIN meters m ON m.id = j.meter_id "
                                     "WHERE j.id = ?", job_id)
        if row is None:
            raise UserFacingError(translate("OfficeSession", "There is no engineering job {0}.").format(job_number(job_id)))
        meter_number = row[0]
        phone = self.meter(meter_number).phone
        if not phone:
            raise UserFacingError(translate("OfficeSession", "This customer has no phone number; add one in Customers & meters."))
        tokens = self.services.repo.q("SELECT kind, number FROM tokens WHERE job_id = ? ORDER BY id", job_id)
        texts = token_sms_texts(meter_number, [(self._token_label(k), n) for k, n in tokens], None, self.settings().name)
        return self._send_token_texts(phone, texts, f"job:{job_id}")

    def set_pending_change(self, meter_number: str, **target) -> str:
        meter = self.services.engineering.set_pending_change(self._session(), meter_number, **target)
        params = meter.target_params
        return translate("OfficeSession", "Meter {0} gets key change tokens to SGC {1}, KRN {2}, TI {3:02d} with its "
                         "next purchase (or as an engineering key change).").format(
            meter.meter_number.drn, params.sgc, params.krn, params.ti)

    def rollover_supply_group(self, sgc: str, job=None) -> tuple[int, str]:
        """Roll every base-1993 meter of the group over to 2014; returns (meters, the printable batch PDF).

        Stopping (``job.cancel()``) takes effect between meters: the meters done so far keep their job."""
        from sts_pos.reports.receipt import receipt_layout
        from sts_pos.reports.receipt_notes import with_notes
        from sts_pos.reports.receipt_pdf import layout_pdf

        def progress(done: int, total: int) -> None:
            if job is not None:
                job.progress(done, total)
                job.check()

        results = self.services.engineering.rollover_supply_group(
            self._session(), sgc, translate("OfficeSession", "TID rollover of supply group {0}").format(sgc), progress=progress)
        if not results:
            raise UserFacingError(translate("OfficeSession", "No meter of supply group {0} is still on base date 1993.").format(sgc))
        lines = []
        for result in results:
            lines += receipt_layout(with_notes(self.services.engineering.receipt(result), self.services.conn))
        self.receipts_dir.mkdir(parents=True, exist_ok=True)
        path = self.receipts_dir / f"rollover-{sgc}-{results[0].job_id}.pdf"
        path.write_bytes(layout_pdf(lines, self.paper, f"TID rollover {sgc}", dots=self.settings().printer_dots or None))
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
            lines = [translate("OfficeSession", "Token {0}").format(format_token(number)),
                     translate("OfficeSession", "Meter {0}, SGC {1}, KRN {2}, TI {3:02d}, base date {4}").format(
                         meter.meter_number.drn, params.sgc, params.krn, params.ti, params.base_date.year),
                     translate("OfficeSession", "Kind: {0} (class {1}, subclass {2})").format(
                         _decoded_kind(decoded), decoded.token_class, decoded.subclass)]
            tid = getattr(decoded, "tid", None)
            if tid is not None:
                lines.append(translate("OfficeSession", "Issued: {0} office time (TID {1})").format(
                    f"{datetime_from_tid(tid, params.base_date):%Y-%m-%d %H:%M}", tid))
            amount = getattr(decoded, "amount", None)
            if amount is not None:
                lines.append(translate("OfficeSession", "Amount: {0} kWh").format(f"{amount / 10:.1f}"))
            issued = office.repo.one("SELECT t.sale_id, t.job_id, s.receipt_no FROM tokens t "
                                     "LEFT JOIN sales s ON s.id = t.sale_id WHERE t.number = ?", number)
            if issued is not None:  # by the number on the customer's receipt or the technician's slip
                lines.append(translate("OfficeSession", "Issued by this office ({0}).").format(
                    translate("OfficeSession", "receipt {0}").format(issued[2]) if issued[0] else
                    translate("OfficeSession", "engineering slip {0}").format(job_number(issued[1]))))
            return "\n".join(lines)
        raise CrcMismatch(translate("OfficeSession", "This token is not for meter {0} with its current key: a digit may be mistyped, or "
                              "it was made for another meter or key.").format(meter.meter_number.drn))

    # -- administration ----------------------------------------------------------------------------------
    def users(self) -> list[list[str]]:
        rows = self.services.staff.users(self._session())
        return [[r["username"], r["full_name"], r["role"], translate("OfficeSession", "yes") if r["active"] else translate("OfficeSession", "no"),
                 r["locked_until"] or ""] for r in rows]

    def add_user(self, username: str, password: str, role: str, full_name: str) -> int:
        return self.services.staff.add_user(self._session(), username, password, role, full_name)

    def set_tenders(self, tenders) -> tuple[str, ...]:
        """Save the office's accepted payment methods (administrator; cash is always kept); the saved list."""
        self.services.records.set_settings(self._session(), tenders=",".join(tenders))
        return tuple(self.settings().tenders)

    def supply_group_rows(self) -> list[list[str]]:
        return [[g.sgc, str(g.krn), g.name, g.dkga, {"07": "STA", "09": "DES", "11": "MISTY1"}.get(g.ea, g.ea),
                 str(g.base_date.year), str(g.key_type), str(g.ken)] for g in self.services.repo.supply_groups()]

    def add_supply_group(self, **fields) -> int:
        return self.services.records.add_supply_group(self._session(), **fields)

    def tariff_rows(self) -> list[list[str]]:
        from sts_pos.reports.formatting import format_rate
        from sts_pos.reports.office import MoneyStyle
        from sts_pos.vending.money import kwh_text

        rows = []
        currency = self.settings().currency
        style, symbol = MoneyStyle.of(currency), f"{currency.symbol} " if currency.symbol else ""
        for t in self.services.records.tariffs():
            lines, previous = [], None
            for b in t.blocks:  # one block a line: "≤ 50.0 kWh: R 1.4512/kWh", then "> 50.0 kWh: ..." for the rest
                if b.up_to_kwh10:
                    span = f"≤ {kwh_text(b.up_to_kwh10)} kWh"
                else:
                    span = f"> {kwh_text(previous)} kWh" if previous else translate("OfficeSession", "every kWh")
                lines.append(f"{span}: {symbol}{format_rate(b.rate, style)}/kWh")  # the rate as the receipt writes it
                previous = b.up_to_kwh10 or previous
            blocks = "\n".join(lines)
            rows.append([f"{t.ti:02d}", t.name, blocks, f"{t.vat_percent}%", self._money(t.fixed_monthly_charge),
                         self._money(t.min_purchase), self._money(t.max_purchase) if t.max_purchase else "—",
                         f"{kwh_text(t.fbe_kwh10)} kWh" if t.fbe_kwh10 else "—"])
        return rows

    def tariff_views(self) -> list[TariffView]:
        """Every tariff for the editor, rates in major units of the office currency."""
        decimals = self.settings().currency.decimals
        return [TariffView(t.ti, t.name, tuple((b.up_to_kwh10, f"{b.rate.scaleb(-decimals).normalize():f}")
                                               for b in t.blocks),
                           f"{t.vat_percent.normalize():f}", t.fixed_monthly_charge, t.min_purchase, t.max_purchase,
                           t.fbe_kwh10) for t in self.services.records.tariffs()]

    def save_tariff(self, view: TariffView) -> str:
        """Create or replace the tariff of ``view.ti`` (supervisor/admin; the service checks the role and
        audits it), as ``sts-pos tariffs set`` does."""
        from decimal import Decimal

        from sts_pos.store.records import tariff_from_spec

        decimals = self.settings().currency.decimals
        blocks = [(str(Decimal(rate).scaleb(decimals)), up) for up, rate in view.blocks]
        tariff = tariff_from_spec(view.ti, view.name, blocks, vat_percent=view.vat_percent,
                                  fixed_monthly_charge=view.fixed_monthly_charge, min_purchase=view.min_purchase,
                                  max_purchase=view.max_purchase, fbe_kwh10=view.fbe_kwh10)
        self.services.records.save_tariff(self._session(), tariff)
        return translate("OfficeSession", "Tariff {0:02d} {1} saved; quotes use it from now on.").format(
            view.ti, view.name)

    def audit_rows(self, limit: int = 300) -> list[list[str]]:
        rows = self.services.repo.q("SELECT id, at, username, action, detail FROM audit_log ORDER BY id DESC "
                                    "LIMIT ?", limit)
        clock = self.settings().office_time
        return [[str(r[0]), f"{clock.local(r[1]):%Y-%m-%d %H:%M:%S}", r[2], r[3], r[4]] for r in rows]

    def verify_audit(self) -> str:
        report = self.services.verify_audit()
        if report.ok:
            return translate("OfficeSession", "The audit log is intact: {0} entries checked.").format(report.checked)
        return translate("OfficeSession", "The audit log is broken at entry {0}: {1}.").format(report.first_broken_id, report.reason)

    def backup(self, path: str) -> str:
        report = self.services.backup(self._session(), path)
        return translate("OfficeSession", "Backup written to {0} ({1} bytes, checked).").format(report.path, report.bytes)

    def restore(self, path: str) -> str:
        version = self.services.restore(self._session(), path)
        self._reset_vault()  # every thread opens the restored file afresh; its key vault starts locked
        return translate("OfficeSession", "The office was restored from {0} (schema {1}). A supervisor unlocks "
                         "the key vault again before selling.").format(path, version)


# sts.tokens classes as a technician names them (the receipt's token labels where there is one)
_DECODED_KINDS = {
    "SetMaxPowerLimit": "Set maximum power", "ClearCredit": "Clear credit", "ClearTamper": "Clear tamper",
    "SetMaxPhasePowerUnbalance": "Set phase unbalance limit", "TestToken": "Test / display",
    "KeyChange1": "Key change 1", "KeyChange2": "Key change 2", "KeyChange3": "Key change 3",
    "KeyChange4": "Key change 4",
    "SetTariffRate": QT_TRANSLATE_NOOP("OfficeSession", "Set tariff rate"),
    "SetWaterMeterFactor": QT_TRANSLATE_NOOP("OfficeSession", "Set water meter factor"),
}


def _decoded_kind(token) -> str:
    name = type(token).__name__
    if name == "CreditToken":
        subclass = getattr(token, "credit_subclass", getattr(token, "subclass", 0))
        label = "Credit" if int(subclass) == 0 else QT_TRANSLATE_NOOP("OfficeSession", "Credit (other utility)")
        return translate("OfficeSession", label)
    return translate("OfficeSession", _DECODED_KINDS[name]) if name in _DECODED_KINDS else name


def job_number(job_id: int) -> str:
    """An engineering job's number as its slip prints it (``vending.engineering.EngineeringService.slip``)."""
    return f"E-{int(job_id):06d}"
