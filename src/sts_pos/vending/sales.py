"""Selling electricity: quote, crash-safe idempotent vend, recovery, receipts, reprint and void.

The vend is two transactions around the token making (domain research 1.3, Electrum's retry model):

1. ``BEGIN IMMEDIATE``: find the sale by request id (a retry returns it, or completes it if PENDING);
   otherwise quote, reserve ``TID = max(minute, last TID + 1)`` and a CSPRNG RND on the meter, reserve the
   month's block usage and free units, and write the sale PENDING with its plan (every input of every
   token). COMMIT.
2. Make the tokens from the plan (pure; the same plan gives the same tokens).
3. ``BEGIN IMMEDIATE``: if still PENDING, insert the tokens, mark the sale ISSUED (this records the
   payment: the sale's money counts only when ISSUED), take the recovered debt, apply the key change the
   KCTs carry, append the audit entry. COMMIT.

A process killed anywhere leaves either nothing, a PENDING sale (no money, no token; :meth:`complete_pending`
finishes it with the same tokens at the next start), or an ISSUED sale with its tokens. TIDs are reserved
in step 1, so no TID is ever given twice on a meter.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sts_pos.errors import UserFacingError
from sts_pos.sts.errors import StsError
from sts_pos.sts.meter_number import parse_meter_number
from sts_pos.sts.tid import check_key_not_expired
from sts_pos.vending.clock_guard import require_clock
from sts_pos.vending.crashpoints import crash_point
from sts_pos.vending.issuing import KeySource, Plan, make_tokens, params_from_plan, params_to_plan
from sts_pos.vending.model import Customer, IssuedToken, Meter, params_dict
from sts_pos.vending.money import format_money, money_text
from sts_pos.vending.ports import RequestTaken, SaleRow, VendingRepository
from sts_pos.vending.receipt import Receipt, ReceiptBlock, ReceiptDeduction, ReceiptToken
from sts_pos.vending.roles import Permission, Session
from sts_pos.vending.tariff import Account, Quote, QuoteError, Tariff, quote_kwh, quote_money
from sts_pos.vending.tenders import check_tender, tender_label
from sts_pos.vending.tid import new_rnd, next_tid, office_minute

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class VendingError(UserFacingError):
    pass


class UnknownMeter(VendingError):
    pass


class DuplicateRequest(VendingError):
    pass


class SaleNotFound(VendingError):
    pass


@dataclass(frozen=True)
class SaleResult:
    """A sale with its tokens (entry order) and the meter's key parameters after them."""

    sale: SaleRow
    quote: Quote
    tokens: tuple[IssuedToken, ...]
    meter: dict

    def as_json(self, currency) -> dict:
        return {
            "sale": {
                "id": self.sale.id, "request_id": self.sale.request_id, "receipt_no": self.sale.receipt_no,
                "status": self.sale.status, "amount": money_text(self.sale.amount, currency),
                "tender": money_text(self.sale.tender, currency),
                "change": money_text(self.sale.change, currency), "tender_type": self.sale.tender_type,
                "units_kwh": self.sale.units_kwh10 / 10, "free_kwh": self.sale.free_kwh10 / 10,
                "breakdown": self.quote.as_dict(),
            },
            "tokens": [t.as_dict() for t in self.tokens],
            "meter": self.meter,
        }


class _OpenedOnce:
    """A key source that opens each supply group's vending key once, for one sale (three uses: the check
    before anything is written, the plan's trial tokens, the tokens): the key stays in this object, which
    the sale drops when it is done; the vault itself keeps only its derived key."""

    def __init__(self, keys: KeySource) -> None:
        self._keys, self._opened = keys, {}

    def __call__(self, supply_group_id: int) -> bytes:
        key = self._opened.get(supply_group_id)
        if key is None:
            key = self._opened[supply_group_id] = self._keys(supply_group_id)
        return key


class SalesService:
    def __init__(self, repo: VendingRepository, keys: KeySource, clock: Clock = utc_now) -> None:
        self.repo = repo
        self.keys = keys
        self.clock = clock

    # ---- look-ups -------------------------------------------------------------------------------
    def find_meter(self, meter_number: str) -> Meter:
        parsed = parse_meter_number(meter_number)
        meter = self.repo.meter_by_number(parsed.drn)
        if meter is None:
            raise UnknownMeter(f"Meter {parsed.drn} is not registered in this office. Check the number, or "
                               "ask a supervisor to add the meter.")
        if not meter.active:
            raise UnknownMeter(f"Meter {parsed.drn} is no longer in service; it cannot be vended.")
        return meter

    def _month(self, when: datetime) -> str:
        return self.repo.settings().office_time.month(when)

    def _context(self, meter: Meter, when: datetime) -> tuple[Customer | None, Tariff, Account, str]:
        settings = self.repo.settings()
        customer = self.repo.customer(meter.customer_id) if meter.customer_id else None
        if customer is None:
            raise VendingError(f"Meter {meter.meter_number} has no customer account; a supervisor must link "
                               "it to a customer before it can be vended.")
        ti = meter.target_params.ti
        tariff = self.repo.tariff_by_ti(ti)
        if tariff is None:
            raise VendingError(f"There is no tariff with index {ti:02d}; a supervisor must set it up.")
        month = self._month(when)
        kwh10, fixed_paid, fbe_sale = self.repo.month_state(meter.id, month)
        percent = customer.debt_recovery_percent
        account = Account(
            debt_balance=customer.debt_balance,
            debt_recovery_percent=settings.debt_recovery_percent if percent is None else percent,
            fixed_charge_paid_this_month=fixed_paid, purchased_this_month_kwh10=kwh10,
            free_units_due=bool(customer.indigent and tariff.fbe_kwh10 and fbe_sale is None),
            order=settings.deduction_order,
        )
        return customer, tariff, account, month

    def quote(self, session: Session, meter_number: str, amount: int | None = None,
              kwh10: int | None = None, tender_type: str | None = None) -> tuple[Quote, Meter]:
        session.require(Permission.VEND)
        check_tender(tender_type, self.repo.settings().tenders)
        meter = self.find_meter(meter_number)
        _, tariff, account, _ = self._context(meter, self.clock())
        return self._quote(tariff, account, amount, kwh10), meter

    def _quote(self, tariff: Tariff, account: Account, amount: int | None, kwh10: int | None) -> Quote:
        if (amount is None) == (kwh10 is None):
            raise VendingError("Give either an amount of money or a number of kWh.")
        try:
            return quote_money(tariff, account, amount) if kwh10 is None else quote_kwh(tariff, account, kwh10)
        except QuoteError as exc:
            self._refuse_with_numbers(exc, tariff)
            raise

    def _refuse_with_numbers(self, exc: QuoteError, tariff: Tariff) -> None:
        """Raise the tariff's refusal again with the amounts that matter, in the office's money."""
        v, currency = exc.values, self.repo.settings().currency
        money = lambda minor: format_money(minor, currency)  # noqa: E731
        if "minimum" in v:
            raise type(exc)(f"{money(v['tender'])} is below the minimum purchase of {money(v['minimum'])} for the "
                             f"tariff {tariff.name}; take at least {money(v['minimum'])}.", exc.detail, v) from None
        if "maximum" in v:
            raise type(exc)(f"{money(v['tender'])} is above the maximum purchase of {money(v['maximum'])} for the "
                             f"tariff {tariff.name}; sell it in two or more vends of at most {money(v['maximum'])}.",
                             exc.detail, v) from None
        if "least" in v:
            raise type(exc)(f"{money(v['tender'])} only pays charges due now ({', '.join(v['charges']).lower()}) "
                             f"and buys no electricity; the smallest purchase that buys electricity is "
                             f"{money(v['least'])}.", exc.detail, v) from None

    # ---- vend -------------------------------------------------------------------------------------
    def vend(self, session: Session, meter_number: str, amount: int | None = None, kwh10: int | None = None,
             request_id: str | None = None, tender_type: str | None = None) -> SaleResult:
        """Sell; ``tender_type`` is the payment method (``None`` = cash), one the office accepts."""
        session.require(Permission.VEND)
        tender_type = check_tender(tender_type, self.repo.settings().tenders)
        request_id = request_id or str(uuid.uuid4())
        meter = self.find_meter(meter_number)
        keys = _OpenedOnce(self.keys)  # each vending key opened once for this sale, and forgotten with it
        # the vending keys must be at hand before anything is written (a locked vault leaves no trace)
        for supply_group in {meter.supply_group.id, meter.target_supply_group.id}:
            keys(supply_group)
        try:
            sale_id = self._pending_sale(session, meter, amount, kwh10, request_id, tender_type, keys)
        except RequestTaken:  # a second counter sent the same request at the same instant: its sale is this one
            sale_id = self._pending_sale(session, meter, amount, kwh10, request_id, tender_type, keys)
        crash_point("after_pending")
        return self.complete(sale_id, keys, session)

    def _pending_sale(self, session: Session, meter: Meter, amount: int | None, kwh10: int | None,
                      request_id: str, tender_type: str, keys: KeySource) -> int:
        """The sale of ``request_id``: the one already written, or a new PENDING one (one transaction)."""
        with self.repo.transaction():
            existing = self.repo.sale_by_request(request_id)
            if existing is not None:
                self._check_same_request(existing, meter, amount, kwh10, tender_type)
                return existing.id
            # a new sale: only with a clock that agrees with the office's records (nothing written else)
            now = self.clock()
            require_clock(self.repo, now)
            return self._write_pending(session, meter.meter_number.drn, amount, kwh10, request_id, tender_type, now,
                                       keys)

    def _check_same_request(self, sale: SaleRow, meter: Meter, amount: int | None, kwh10: int | None,
                            tender_type: str) -> None:
        same = sale.meter_id == meter.id and sale.tender_type == tender_type and (
            (kwh10 is None and sale.mode == "money" and sale.tender == amount)
            or (kwh10 is not None and sale.mode == "kwh" and sale.breakdown.get("requested_kwh10") == kwh10))
        if not same:
            raise DuplicateRequest(
                f"Request {sale.request_id} was already used for another sale (receipt {sale.receipt_no}). "
                "Use a new request id for a new sale.")

    def _write_pending(self, session: Session, drn: str, amount: int | None, kwh10: int | None,
                       request_id: str, tender_type: str, now: datetime, keys: KeySource) -> int:
        meter = self.repo.meter_by_number(drn)  # re-read inside the transaction
        customer, tariff, account, month = self._context(meter, now)
        quote = self._quote(tariff, account, amount, kwh10)
        shift = self.repo.open_shift(session.user_id)
        shift_id = shift.id if shift else self._auto_open_shift(session, now)
        target = meter.target_params
        base = target.base_date
        last = meter.last_tid if meter.last_tid_base == base else None
        steps = []
        for kind, units in (("credit", quote.units_kwh10), ("free", quote.free_kwh10)):
            if units:
                tid = next_tid(now, base, last, self.repo.settings().utc_offset_minutes)
                check_key_not_expired(tid, target.ken)
                steps.append({"kind": kind, "tid": tid, "rnd": new_rnd(), "kwh10": units})
                last = tid
        self.repo.reserve_tid(meter.id, base.code, last, steps[-1]["rnd"])
        plan = Plan(
            meter_number=meter.meter_number.drn, iin=meter.meter_number.iin,
            current=params_to_plan(meter.params, meter.supply_group.id),
            target=params_to_plan(target, meter.target_supply_group.id) if meter.pending else None,
            rollover=bool(meter.pending and meter.pending.base_date != meter.base_date),
            steps=tuple(steps), kind=meter.kind,
        )
        make_tokens(plan, keys)  # a plan the meter's rules refuse (issue 12) fails here, with nothing written
        self.repo.add_month(meter.id, month, quote.units_kwh10, quote.fixed_charge, None)
        # the receipt number is the office's one counter (gap-free): taken last, it is held the shortest time
        # while other counters wait for it (the sale's row, then the commit)
        sale_id = self.repo.insert_sale(
            request_id=request_id, status="PENDING",
            receipt_day=office_minute(now, self.repo.settings().utc_offset_minutes),
            created_at=now, meter_id=meter.id, customer_id=customer.id if customer else None,
            user_id=session.user_id, shift_id=shift_id, tariff_id=tariff.id, month=month,
            mode="money" if kwh10 is None else "kwh", quote=quote, plan=plan.as_dict(),
            tender_type=tender_type, supply_group_id=meter.target_supply_group.id,
        )
        if quote.free_kwh10:  # this month's free units are given by this sale
            self.repo.add_month(meter.id, month, 0, 0, sale_id)
        if plan.target:  # reserved with the TID: a second vend at once finds no pending change to issue again
            self.repo.apply_key_change(meter.id, plan.current, plan.target, plan.rollover, now, sale_id=sale_id)
        return sale_id

    def _auto_open_shift(self, session: Session, now: datetime) -> int:
        shift_id = self.repo.insert_shift(session.user_id, 0, now)
        self.repo.append_audit(now, session.username, "shift.open",
                               {"shift_id": shift_id, "float": 0, "automatic": True})
        return shift_id

    def complete(self, sale_id: int, keys: KeySource | None = None, session: Session | None = None) -> SaleResult:
        """Finish a PENDING sale (or return an already finished one): make its tokens, mark it ISSUED. One
        transaction, the sale read (and on a server locked) first: a second counter or a restart finishing the
        same sale waits, then finds it finished. The tokens come from the stored plan (its TIDs and random
        numbers), so a sale finished after a crash gets the very tokens it would have got."""
        now = self.clock()
        with self.repo.transaction():
            sale = self.repo.sale(sale_id)
            if sale.status != "PENDING":
                return self.result(sale)
            plan = Plan.from_dict(sale.plan)
            abandon_reason = None
            try:
                tokens = make_tokens(plan, keys or self.keys)
            except StsError as exc:  # cannot happen for a plan that passed step 1; recorded, never silent
                tokens, abandon_reason = [], exc.message
            crash_point("after_tokens")
            # the audit entry names the sale's cashier (the session's, when it is theirs: no read for it)
            user = session if session is not None and session.user_id == sale.user_id else self.repo.user(sale.user_id)
            if abandon_reason:
                if plan.target:  # its key change tokens were never issued: the change is pending again
                    self.repo.apply_key_change(sale.meter_id, plan.target, plan.current, False, now, sale_id=sale_id)
                    t = plan.target
                    self.repo.set_pending_change(sale.meter_id, t["supply_group_id"], t["ti"], t["key_type"],
                                                 t["base_date"], now)
                self.repo.set_sale_status(sale_id, "ABANDONED", now, void_reason=abandon_reason)
                self.repo.append_audit(now, user.username, "sale.abandoned",
                                       {"sale_id": sale_id, "reason": abandon_reason})
            else:
                self.repo.insert_tokens(sale.meter_id, tokens, now, sale_id=sale_id)
                quote = Quote.from_dict(sale.breakdown)
                if quote.debt_recovered and sale.customer_id:
                    self.repo.change_debt(sale.customer_id, -quote.debt_recovered)
                self.repo.set_sale_status(sale_id, "ISSUED", now)
                self.repo.append_audit(now, user.username, "sale.issued", {
                    "sale_id": sale_id, "receipt_no": sale.receipt_no, "meter": plan.meter_number,
                    "amount": sale.amount, "units_kwh10": sale.units_kwh10,
                    "tokens": [{"kind": t.kind, "tid": t.tid} for t in tokens]})
                crash_point("before_issue_commit")
        crash_point("after_issue")
        return self.result(self.repo.sale(sale_id))

    def complete_pending(self) -> list[SaleResult]:
        """Finish every PENDING sale (at start-up, once the vault is unlocked). Deterministic."""
        return [self.complete(sale_id) for sale_id in self.repo.pending_sales()]

    def result(self, sale: SaleRow) -> SaleResult:
        plan = Plan.from_dict(sale.plan)
        kind = plan.kind or self.repo.meter(sale.meter_id).kind  # plans of older sales do not name it
        return SaleResult(sale, Quote.from_dict(sale.breakdown), tuple(self.repo.tokens(sale_id=sale.id)),
                          params_dict(plan.meter_number, params_from_plan(plan.key_params), kind))

    def sale(self, session: Session, sale_id: int | None = None, request_id: str | None = None,
             receipt_no: str | None = None) -> SaleResult:
        session.require(Permission.LOOKUP)
        row = None
        if sale_id is not None:
            try:
                row = self.repo.sale(sale_id)
            except KeyError:
                row = None
        elif request_id is not None:
            row = self.repo.sale_by_request(request_id)
        elif receipt_no is not None:
            row = self.repo.sale_by_receipt(receipt_no)
        if row is None:
            raise SaleNotFound("No sale with that number was found. Check the receipt number.")
        return self.result(row)

    def history(self, session: Session, meter_number: str, limit: int = 50) -> list[SaleRow]:
        """The meter's sales, newest first."""
        session.require(Permission.LOOKUP)
        meter = self.find_meter(meter_number)
        return self.repo.sales_for_meter(meter.id, limit)

    # ---- receipts, reprint, void -------------------------------------------------------------------
    def receipt(self, result: SaleResult, copy: bool = False) -> Receipt:
        settings = self.repo.settings()
        sale, quote = result.sale, result.quote
        customer = self.repo.customer(sale.customer_id) if sale.customer_id else None
        meter = self.repo.meter(sale.meter_id)
        tariff = self.repo.tariff_by_ti(result.meter["ti"])
        operator = self.repo.user(sale.user_id)
        return Receipt(
            office_name=settings.name, office_vat_number=settings.vat_number, office_address=settings.address,
            office_phone=self.repo.setting("office_phone") or "", utc_offset_minutes=settings.utc_offset_minutes,
            receipt_no=sale.receipt_no, sale_id=sale.id, request_id=sale.request_id,
            issued_at=sale.created_at, operator=operator.full_name or operator.username,
            customer_name=customer.name if customer else "", customer_account=customer.account_no if customer else "",
            customer_address=customer.address if customer else "", meter_number=meter.meter_number.drn,
            meter_kind=meter.kind, sgc=result.meter["sgc"], ti=result.meter["ti"], krn=result.meter["krn"],
            key_type=result.meter["key_type"], ea=result.meter["ea"], dkga=result.meter["dkga"],
            base_date=result.meter["base_date"], tariff_name=tariff.name if tariff else "",
            currency=settings.currency, tender=sale.tender, amount=sale.amount, change=sale.change,
            tender_type=sale.tender_type, tender_label=tender_label(sale.tender_type),
            deductions=tuple(ReceiptDeduction(d.kind, d.description, d.amount, d.tax, d.balance_after)
                             for d in quote.deductions),
            vat_percent=quote.vat_percent, vat=quote.vat, energy=quote.energy, debt_remaining=quote.debt_after,
            units_kwh10=quote.units_kwh10, free_kwh10=quote.free_kwh10,
            blocks=tuple(ReceiptBlock(b.block, b.kwh10, b.rate, b.cost) for b in quote.blocks),
            tokens=tuple(ReceiptToken(t.seq, t.kind, t.number, t.token_class, t.subclass, t.tid, t.units_kwh10)
                         for t in result.tokens),
            copy=copy, status=sale.status, reason=sale.void_reason or "",
            card_serial=(meter.card_serial or "") if meter.kind == "ic_card" else "",
            purchase_count=sale.card_purchase_count if meter.kind == "ic_card" else None,
        )

    def reprint(self, session: Session, sale_id: int) -> Receipt:
        """The sale's receipt marked COPY; the reprint is counted on the sale and audited."""
        session.require(Permission.REPRINT)
        result = self.sale(session, sale_id=sale_id)
        if result.sale.status == "PENDING":
            result = self.complete(sale_id)
        if result.sale.status not in ("ISSUED", "VOIDED"):
            raise VendingError(f"Sale {result.sale.receipt_no} issued no token; there is nothing to reprint.")
        now = self.clock()
        with self.repo.transaction():
            self.repo.add_reprint(sale_id)
            self.repo.append_audit(now, session.username, "sale.reprint",
                                   {"sale_id": sale_id, "receipt_no": result.sale.receipt_no})
        return self.receipt(self.result(self.repo.sale(sale_id)), copy=True)

    def void(self, session: Session, sale_id: int, reason: str) -> SaleResult:
        """Void an issued sale: a supervisor's recorded write-off (the token itself cannot be revoked).
        The sale's money leaves the shift's takings and the debt it recovered is restored."""
        session.require(Permission.VOID)
        if not (reason or "").strip():
            raise VendingError("A void needs a reason; type why the sale is written off.")
        now = self.clock()
        with self.repo.transaction():
            sale = self.repo.sale(sale_id)
            if sale.status != "ISSUED":
                raise VendingError(f"Sale {sale.receipt_no} is {sale.status.lower()}; only an issued sale can be voided.")
            quote = Quote.from_dict(sale.breakdown)
            if quote.debt_recovered and sale.customer_id:
                self.repo.change_debt(sale.customer_id, quote.debt_recovered)
            self.repo.set_sale_status(sale_id, "VOIDED", now, void_reason=reason.strip(), voided_by=session.user_id)
            self.repo.append_audit(now, session.username, "sale.void", {
                "sale_id": sale_id, "receipt_no": sale.receipt_no, "reason": reason.strip(),
                "written_off": sale.amount, "units_kwh10": sale.units_kwh10})
        return self.result(self.repo.sale(sale_id))
