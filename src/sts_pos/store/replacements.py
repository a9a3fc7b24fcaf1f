"""The remedy for a token refused for a key reason: a supervisor re-issues the sale's credit under the meter's
current key, at no charge, as a replacement linked to the original sale.

The credit of an issued sale may be replaced when it was made under a key the meter no longer has (the sale's
plan names the key its credit tokens were made under; a later key change or TID rollover moved the meter to
another one): the customer's unused old token can never work again. The replacement is an engineering job of
kind ``replacement`` with the sale's credit (and free units) as new tokens under the current key, TIDs reserved
like any token, one transaction with its ``replacements`` row (the link, unique per original sale: a
replacement is made once per original) and its audit entry. Its slip is printed "Replacement for receipt ...";
the original's receipt and the replacements report show the original as replaced. No money moves: the
original sale keeps its payment and the month's purchases are not counted again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sts_pos.errors import UserFacingError
from sts_pos.store.repository import iso
from sts_pos.sts.tid import check_key_not_expired
from sts_pos.vending.clock_guard import require_clock
from sts_pos.vending.issuing import Plan, make_tokens, params_to_plan
from sts_pos.vending.model import IssuedToken
from sts_pos.vending.roles import Permission, Session
from sts_pos.vending.tid import new_rnd, next_tid

KIND = "replacement"
_KEY_FIELDS = ("supply_group_id", "ti", "key_type", "base_date")


class ReplacementRefused(UserFacingError):
    pass


@dataclass(frozen=True)
class Replacement:
    job_id: int
    request_id: str
    original_sale_id: int
    original_receipt: str
    meter_number: str
    reason: str
    cause: str
    tokens: tuple[IssuedToken, ...]

    @property
    def slip(self) -> str:
        return f"E-{self.job_id:06d}"

    @property
    def title(self) -> str:
        return f"Replacement for receipt {self.original_receipt}"

    def as_json(self) -> dict:
        return {"job": {"id": self.job_id, "kind": KIND, "slip": self.slip, "request_id": self.request_id},
                "replaces": {"sale_id": self.original_sale_id, "receipt_no": self.original_receipt},
                "meter_number": self.meter_number, "reason": self.reason, "cause": self.cause,
                "title": self.title, "tokens": [t.as_dict() for t in self.tokens]}


class Replacements:
    def __init__(self, repo, keys, clock) -> None:
        self.repo = repo
        self.conn = repo.conn
        self.keys = keys
        self.clock = clock

    def of_sale(self, sale_id: int) -> int | None:
        row = self.repo.one("SELECT job_id FROM replacements WHERE original_sale_id = ?", sale_id)
        return row[0] if row else None

    def why_not(self, sale_id: int) -> str | None:
        """Why the credit of sale ``sale_id`` may not be replaced (None: it may)."""
        try:
            sale = self.repo.sale(sale_id)
        except KeyError:
            return f"There is no sale {sale_id}; check the receipt number."
        done = self.of_sale(sale_id)
        if done is not None:
            return (f"The credit of receipt {sale.receipt_no} was already replaced (engineering job E-{done:06d}); a "
                    "replacement is made once. Reprint that slip if the customer lost it.")
        if sale.status != "ISSUED":
            return (f"Sale {sale.receipt_no} is {sale.status.lower()}; only the credit of an issued sale is "
                    "replaced.")
        if not any(s.get("kind") in ("credit", "free") and s.get("kwh10") for s in sale.plan.get("steps", ())):
            return f"Sale {sale.receipt_no} carried no credit token; there is nothing to replace."
        meter = self.repo.meter(sale.meter_id)
        if not meter.active:
            return f"Meter {meter.meter_number} is no longer in service; its credit cannot be re-issued."
        made = Plan.from_dict(sale.plan).key_params
        now = params_to_plan(meter.params, meter.supply_group.id)
        if all(str(made.get(k)) == str(now.get(k)) for k in _KEY_FIELDS):
            return (f"The credit of receipt {sale.receipt_no} was made under meter {meter.meter_number}'s current key "
                    "(SGC {sgc} KRN {krn} TI {ti:02d}): it is not refused for a key reason. Diagnose the token "
                    "(sts-pos diagnose) to see why the meter refuses it.").format(**now)
        if meter.pending is not None:
            return (f"Meter {meter.meter_number} has a key change waiting to be issued; issue it first (sts-pos token "
                    "key-change), then replace the credit under the new key.")
        return None

    def replace(self, session: Session, sale_id: int, reason: str, request_id: str | None = None) -> Replacement:
        """A supervisor's free re-issue of the credit of sale ``sale_id`` under the meter's current key."""
        session.require(Permission.VOID)
        reason = " ".join((reason or "").split())
        if not reason:
            raise ReplacementRefused("A replacement needs a reason (what the customer reported, the diagnosis); "
                                     "type it in.")
        request_id = request_id or f"{KIND}-{sale_id}"
        now = self.clock()
        with self.repo.transaction():
            job = self.repo.job_by_request(request_id)
            if job is not None:
                if job["kind"] != KIND or job["params"].get("replaces", {}).get("sale_id") != sale_id:
                    raise ReplacementRefused(f"Request {request_id} was already used for another job.")
                return self._result(job["id"])
            problem = self.why_not(sale_id)
            if problem:
                raise ReplacementRefused(problem)
            require_clock(self.repo, now)
            sale = self.repo.sale(sale_id)
            meter = self.repo.meter(sale.meter_id)
            for group in {meter.supply_group.id}:
                self.keys(group)  # a locked vault refuses before anything is written
            base = meter.base_date
            last = meter.last_tid if meter.last_tid_base == base else None
            offset = self.repo.settings().utc_offset_minutes
            steps = []
            for step in sale.plan.get("steps", ()):
                if step.get("kind") in ("credit", "free") and step.get("kwh10"):
                    tid = next_tid(now, base, last, offset)
                    check_key_not_expired(tid, meter.params.ken)
                    steps.append({"kind": step["kind"], "tid": tid, "rnd": new_rnd(), "kwh10": step["kwh10"]})
                    last = tid
            plan = Plan(meter.meter_number.drn, meter.meter_number.iin,
                        params_to_plan(meter.params, meter.supply_group.id), None, False, tuple(steps))
            tokens = make_tokens(plan, self.keys)
            self.repo.reserve_tid(meter.id, base.code, steps[-1]["tid"], steps[-1]["rnd"])
            params = {**plan.as_dict(), "replaces": {"sale_id": sale.id, "receipt_no": sale.receipt_no}}
            job_id = self.repo.insert_job(request_id=request_id, meter_id=meter.id, user_id=session.user_id,
                                          kind=KIND, reason=reason, created_at=now, params=params)
            self.repo.insert_tokens(meter.id, tokens, now, job_id=job_id)
            self.conn.execute(
                "INSERT INTO replacements (original_sale_id, job_id, cause, reason, user_id, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)", (sale.id, job_id, "old_key", reason, session.user_id, iso(now)))
            self.repo.append_audit(now, session.username, "token.replacement", {
                "job_id": job_id, "sale_id": sale.id, "receipt_no": sale.receipt_no, "meter": meter.meter_number.drn,
                "reason": reason, "cause": "old_key",
                "units_kwh10": sum(s["kwh10"] for s in steps), "tokens": [{"kind": t.kind, "tid": t.tid}
                                                                         for t in tokens]})
        return self._result(job_id)

    def _result(self, job_id: int) -> Replacement:
        job = self.repo.job(job_id)
        row = self.repo.one("SELECT r.original_sale_id, s.receipt_no, r.cause FROM replacements r JOIN sales s "
                            "ON s.id = r.original_sale_id WHERE r.job_id = ?", job_id)
        meter = self.repo.meter(job["meter_id"])
        return Replacement(job_id, job["request_id"], row[0], row[1], meter.meter_number.drn, job["reason"], row[2],
                           tuple(self.repo.tokens(job_id=job_id)))
