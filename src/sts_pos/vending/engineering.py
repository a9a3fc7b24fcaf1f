"""Engineering tokens and key changes for a meter, each as a recorded job with a mandatory reason.

Management tokens (IEC 62055-41 class 2: clear credit 2/1, set maximum power 2/0, clear tamper 2/5, set
phase power unbalance 2/6) and test/display tokens (class 1) for technicians; key change jobs that apply a
meter's pending key change now (KCT sets, clause 6.3.8), and the TID-rollover migration from base date
1993 to 2014 (rollover bit set, KRN to the supply group's 2014 key revision) for one meter or every meter
of a supply group. A job, its TID reservation, its tokens and the key change it applies are one
transaction; a retry with the same request id returns the same job and tokens.

A pending key change is refused when a certified vending system must not issue it (issue 12): one that
would load the key the meter already has (a TID rollover to the same supply group and key revision: on
DKGA02 the base date is not part of the key, so the meter would clear its token memory under its old key
and take every used token again), a key type the meter cannot move to (no DITK, no DCTK on a keypad
meter, never back to a DDTK), a base date that is not the next one, or the key revision of its supply
group that the meter left at its TID rollover. Management tokens are refused under an expired key, as credit is.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sts_pos.errors import UserFacingError
from sts_pos.sts.kct import base_date_refusal, key_type_refusal
from sts_pos.sts.keys import KeyType, derive_decoder_key
from sts_pos.sts.tid import BaseDate
from sts_pos.vending.clock_guard import require_clock
from sts_pos.vending.issuing import KeySource, Plan, make_tokens, params_from_plan, params_to_plan
from sts_pos.vending.model import IssuedToken, Meter, PendingChange, SupplyGroup, params_dict
from sts_pos.vending.ports import VendingRepository
from sts_pos.vending.receipt import Receipt, ReceiptToken
from sts_pos.vending.roles import Permission, Session
from sts_pos.vending.sales import Clock, SalesService, utc_now
from sts_pos.vending.tid import new_rnd, next_tid

TOKEN_KINDS = ("clear_credit", "clear_tamper", "set_max_power", "set_phase_unbalance", "test")
JOB_KINDS = TOKEN_KINDS + ("key_change", "rollover")


class EngineeringError(UserFacingError):
    pass


@dataclass(frozen=True)
class JobResult:
    job_id: int
    request_id: str
    kind: str
    reason: str
    meter_number: str
    tokens: tuple[IssuedToken, ...]
    meter: dict

    def as_json(self) -> dict:
        return {"job": {"id": self.job_id, "request_id": self.request_id, "kind": self.kind,
                        "reason": self.reason},
                "tokens": [t.as_dict() for t in self.tokens], "meter": self.meter}


class EngineeringService:
    def __init__(self, repo: VendingRepository, keys: KeySource, clock: Clock = utc_now) -> None:
        self.repo = repo
        self.keys = keys
        self.clock = clock
        self._sales = SalesService(repo, keys, clock)

    def issue(self, session: Session, meter_number: str, kind: str, reason: str, *, watts: int | None = None,
              register: int = 0, control: int = 1, manufacturer_code: int = 0, request_id: str | None = None
              ) -> JobResult:
        """One engineering job: a management/test token, ``key_change`` (apply the pending change) or
        ``rollover`` (TID-rollover migration to base date 2014)."""
        if kind not in JOB_KINDS:
            raise EngineeringError(f"Unknown engineering token '{kind}'; choose one of {', '.join(JOB_KINDS)}.")
        session.require(Permission.KEY_CHANGE if kind in ("key_change", "rollover") else Permission.ENGINEERING)
        if not (reason or "").strip():
            raise EngineeringError("An engineering token needs a reason (work order or fault); type it in.")
        if kind in ("set_max_power", "set_phase_unbalance") and (watts is None or watts < 0):
            raise EngineeringError("Give the limit in watts.")
        request_id = request_id or str(uuid.uuid4())
        meter = self._sales.find_meter(meter_number)
        now = self.clock()
        with self.repo.transaction():
            job = self.repo.job_by_request(request_id)
            if job is not None:
                if job["meter_id"] != meter.id or job["kind"] != kind:
                    raise EngineeringError(f"Request {request_id} was already used for another job.")
                return self._result(job)
            require_clock(self.repo, now)  # a wrong PC clock makes no token (nothing written)
            meter = self.repo.meter(meter.id)
            plan = self._plan(meter, kind, now, watts=watts, register=register, control=control,
                              manufacturer_code=manufacturer_code)
            tokens = make_tokens(plan, self.keys)
            tid_steps = [s for s in plan.steps if s.get("tid") is not None]
            if tid_steps:
                self.repo.reserve_tid(meter.id, plan.key_params["base_date"], tid_steps[-1]["tid"], tid_steps[-1]["rnd"])
            job_id = self.repo.insert_job(request_id=request_id, meter_id=meter.id, user_id=session.user_id,
                                          kind=kind, reason=reason.strip(), created_at=now, params=plan.as_dict())
            self.repo.insert_tokens(meter.id, tokens, now, job_id=job_id)
            if plan.target:
                self.repo.apply_key_change(meter.id, plan.current, plan.target, plan.rollover, now, job_id=job_id)
            self.repo.append_audit(now, session.username, f"engineering.{kind}", {
                "job_id": job_id, "meter": meter.meter_number.drn, "reason": reason.strip(),
                "tokens": [{"kind": t.kind, "tid": t.tid} for t in tokens]})
        return self._result(self.repo.job(job_id))

    def _plan(self, meter: Meter, kind: str, now, **values) -> Plan:
        current = params_to_plan(meter.params, meter.supply_group.id)
        if kind in ("key_change", "rollover"):
            pending = meter.pending
            if kind == "rollover":
                pending = self._rollover_target(meter)
            if pending is None:
                raise EngineeringError(f"Meter {meter.meter_number} has no pending key change. A supervisor "
                                       "sets one (new supply group, key revision or tariff index) first.")
            changed = Meter(**{**meter.__dict__, "pending": pending})
            return Plan(meter.meter_number.drn, meter.meter_number.iin, current,
                        params_to_plan(changed.target_params, pending.supply_group.id),
                        rollover=pending.base_date != meter.base_date, kind=meter.kind)
        base = meter.base_date
        step: dict = {"kind": kind}
        if kind != "test":
            last = meter.last_tid if meter.last_tid_base == base else None
            step.update(tid=next_tid(now, base, last, self.repo.settings().utc_offset_minutes), rnd=new_rnd())
        if kind in ("set_max_power", "set_phase_unbalance"):
            step["watts"] = values["watts"]
        elif kind == "clear_credit":
            step["register"] = values["register"]
        elif kind == "test":
            step.update(control=values["control"], manufacturer_code=values["manufacturer_code"],
                        subclass=1 if values["manufacturer_code"] > 99 else 0)
        return Plan(meter.meter_number.drn, meter.meter_number.iin, current, None, False, (step,), kind=meter.kind)

    def _rollover_target(self, meter: Meter) -> PendingChange:
        if meter.base_date != BaseDate.Y1993:
            raise EngineeringError(f"Meter {meter.meter_number} is already on base date "
                                   f"{meter.base_date.year}; it needs no TID rollover.")
        if meter.pending and meter.pending.base_date == BaseDate.Y2014:
            return meter.pending
        candidates = [sg for sg in self.repo.supply_groups()
                      if sg.sgc == meter.supply_group.sgc and sg.base_date == BaseDate.Y2014
                      and sg.krn != meter.supply_group.krn]
        if not candidates:
            raise EngineeringError(
                f"Supply group {meter.supply_group.sgc} has no key revision on base date 2014. An administrator "
                "must enter the new vending key revision (usually KRN 2) before the rollover.")
        target = max(candidates, key=lambda sg: sg.krn)
        return PendingChange(target, meter.ti, meter.key_type, BaseDate.Y2014)

    def rollover_supply_group(self, session: Session, sgc: str, reason: str,
                              progress: Callable[[int, int], None] | None = None) -> list[JobResult]:
        """TID-rollover migration of every meter of supply group ``sgc`` still on base date 1993."""
        session.require(Permission.KEY_CHANGE)
        meters = [m for m in self.repo.meters_on_sgc(sgc) if m.base_date == BaseDate.Y1993]
        results = []
        for i, meter in enumerate(meters, 1):
            results.append(self.issue(session, meter.meter_number.drn, "rollover", reason,
                                      request_id=f"rollover-{meter.id}-{uuid.uuid4()}"))
            if progress:
                progress(i, len(meters))
        return results

    def set_pending_change(self, session: Session, meter_number: str, *, sgc: str | None = None,
                           krn: int | None = None, ti: int | None = None, key_type: int | None = None,
                           base_date: str | int | None = None) -> Meter:
        """Record a key change the meter gets (as KCTs ahead of its next credit token).

        Giving the meter's current parameters clears a pending change. A change a meter or a certified
        vending system refuses is refused here, before anything is written (see the module docstring).
        """
        session.require(Permission.KEY_CHANGE)
        meter = self._sales.find_meter(meter_number)
        target = meter.target_params
        sgc = sgc or target.sgc
        krn = target.krn if krn is None else krn
        if not isinstance(krn, int) or not 1 <= krn <= 9:
            raise EngineeringError(f"The key revision number must be 1 to 9, not {krn}.")
        groups = [sg for sg in self.repo.supply_groups() if sg.sgc == sgc and sg.krn == krn]
        if not groups:
            raise EngineeringError(f"There is no vending key for supply group {sgc} revision {krn}; an "
                                   "administrator must enter it first.")
        sg = groups[0]
        base = BaseDate.parse(base_date) if base_date is not None else (
            sg.base_date if sg.id != meter.supply_group.id else meter.base_date)
        ti = target.ti if ti is None else ti
        if self.repo.tariff_by_ti(ti) is None:
            raise EngineeringError(f"There is no tariff with index {ti:02d}.")
        key_type = target.key_type if key_type is None else key_type
        same = (sg.id == meter.supply_group.id and ti == meter.ti and key_type == meter.key_type
                and base == meter.base_date)
        if not same:
            self._check_key_change(meter, sg, ti, int(key_type), base)
        now = self.clock()
        with self.repo.transaction():
            if same:
                self.repo.set_pending_change(meter.id, None, None, None, None, None)
            else:
                self.repo.set_pending_change(meter.id, sg.id, ti, int(key_type), base.code, now)
            self.repo.append_audit(now, session.username, "meter.pending_key_change", {
                "meter": meter.meter_number.drn, "sgc": sgc, "krn": krn, "ti": ti, "key_type": int(key_type),
                "base_date": base.year, "cleared": same})
        return self.repo.meter(meter.id)

    def _check_key_change(self, meter: Meter, sg: SupplyGroup, ti: int, key_type: int, base: BaseDate) -> None:
        """Refuse a pending key change that must not be issued, in words for the supervisor."""
        number = meter.meter_number.drn
        rollover = base != meter.base_date
        refusal = base_date_refusal(meter.base_date, base, rollover)
        if refusal:
            raise EngineeringError(f"Meter {number}: {refusal}")
        same_group = sg.sgc == meter.supply_group.sgc and sg.krn == meter.supply_group.krn
        if rollover and same_group:
            raise EngineeringError(
                f"Meter {number}: a TID rollover to base date {base.year} must also change the key. With supply "
                f"group {sg.sgc} revision {sg.krn} again the meter would keep its key and clear its token memory, "
                "so every credit token it has already taken would work again. Choose the supply group's new key "
                "revision (KRN) for the new base date, or a new supply group.")
        if sg.sgc == meter.supply_group.sgc and sg.base_date.year < meter.base_date.year:
            # the revision the meter rolled over from: its tokens carry TIDs of the old base date, which the
            # cleared memory cannot recognise, so they would all work again
            raise EngineeringError(
                f"Meter {number} is on base date {meter.base_date.year}; revision {sg.krn} of supply group {sg.sgc} "
                f"is its key of base date {sg.base_date.year}, which it has left. Going back to it would let the "
                "tokens made under that key work again. Choose a key revision of the meter's base date or later.")
        refusal = key_type_refusal(meter.key_type, key_type, keypad=meter.kind == "keypad")
        if refusal:
            raise EngineeringError(f"Meter {number}: {refusal}")
        try:  # with the vault open, compare the keys themselves (the vend makes the same check again)
            current_key = derive_decoder_key(self.keys(meter.supply_group.id), meter.meter_number, meter.params)
            changed = Meter(**{**meter.__dict__, "pending": PendingChange(sg, ti, KeyType(key_type), base)})
            new_key = derive_decoder_key(self.keys(sg.id), meter.meter_number, changed.target_params)
        except UserFacingError:  # a locked vault: the checks above hold, and make_tokens checks the keys
            return
        if current_key.key == new_key.key:
            raise EngineeringError(
                f"Meter {number}: this key change would load the key the meter already has; a key change must "
                "move to a new key revision (KRN), supply group, tariff index or key type.")

    def receipt(self, result: JobResult, copy: bool = False) -> Receipt:
        """The engineering-token slip (a :class:`Receipt` with ``kind="engineering"``, no money)."""
        settings = self.repo.settings()
        job = self.repo.job(result.job_id)
        meter = self.repo.meter(job["meter_id"])
        customer = self.repo.customer(meter.customer_id) if meter.customer_id else None
        user = self.repo.user(job["user_id"])
        tariff = self.repo.tariff_by_ti(result.meter["ti"])
        m = result.meter
        return Receipt(
            office_name=settings.name, office_vat_number=settings.vat_number, office_address=settings.address,
            office_phone=self.repo.setting("office_phone") or "", utc_offset_minutes=settings.utc_offset_minutes,
            receipt_no=f"E-{result.job_id:06d}", sale_id=0, job_id=result.job_id, request_id=result.request_id,
            issued_at=job["created_at"], operator=user.full_name or user.username,
            customer_name=customer.name if customer else "", customer_account=customer.account_no if customer else "",
            customer_address=customer.address if customer else "", meter_number=result.meter_number,
            meter_kind=meter.kind, sgc=m["sgc"], ti=m["ti"], krn=m["krn"], key_type=m["key_type"], ea=m["ea"],
            dkga=m["dkga"], base_date=m["base_date"], tariff_name=tariff.name if tariff else "",
            currency=settings.currency, tender=0, amount=0, change=0, deductions=(), vat_percent=Decimal(0), vat=0,
            energy=0, debt_remaining=customer.debt_balance if customer else 0, units_kwh10=0, free_kwh10=0,
            blocks=(), tokens=tuple(ReceiptToken(t.seq, t.kind, t.number, t.token_class, t.subclass, t.tid)
                                    for t in result.tokens),
            copy=copy, kind="engineering", reason=result.reason, job_kind=result.kind,
        )

    def slip(self, session: Session, job_id: int, copy: bool = False) -> Receipt:
        """The slip of a recorded engineering job (``sts-pos print --job``, a reprint, a replacement)."""
        session.require(Permission.LOOKUP)
        job = self.repo.job(job_id)
        if job is None:
            raise EngineeringError(f"There is no engineering job number {job_id}. Check the number on the slip.")
        return self.receipt(self._result(job), copy=copy)

    def _result(self, job: dict) -> JobResult:
        plan = Plan.from_dict(job["params"])
        meter = self.repo.meter(job["meter_id"])
        return JobResult(job["id"], job["request_id"], job["kind"], job["reason"], plan.meter_number,
                         tuple(self.repo.tokens(job_id=job["id"])),
                         params_dict(plan.meter_number, params_from_plan(plan.key_params), meter.kind))
