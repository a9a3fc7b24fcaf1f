"""The office's side of "why was this token rejected?": the meter's facts for :mod:`sts_pos.vending.diagnose`
(its current key and every key it had or may have had, with decoder keys from the unlocked vault; the tokens
and key changes the office issued to it), tokens issued to other meters, and the office's table of meter
error codes (``meter_codes``, migration 6).

Keys the meter may have had: the old parameters of each key change the office recorded for it, then the other
key revisions of its supply group with its tariff index and key type (a meter registered after a key change in
the field, or before the TID rollover, has no change record).
"""

from __future__ import annotations

import json
import sqlite3

from sts_pos.errors import UserFacingError
from sts_pos.store.repository import from_iso, iso
from sts_pos.sts.errors import StsError
from sts_pos.sts.keys import KeyParameters, derive_decoder_key
from sts_pos.vending.diagnose import (
    MEANINGS,
    Diagnosis,
    KeyCandidate,
    KeyChangeRecord,
    MeterCode,
    MeterFacts,
    TokenRecord,
    code_meaning,
    diagnose,
    normalise_code,
)
from sts_pos.vending.issuing import params_from_plan
from sts_pos.vending.roles import Permission, Session

_TOKEN_SQL = """
    SELECT t.number, t.kind, t.seq, t.tid, t.created_at, t.sale_id, t.job_id, t.units_kwh10, t.base_date,
           m.meter_number, coalesce(c.name, '') AS customer, s.receipt_no, s.status, s.card_purchase_count,
           j.kind AS job_kind
    FROM tokens t JOIN meters m ON m.id = t.meter_id LEFT JOIN customers c ON c.id = m.customer_id
    LEFT JOIN sales s ON s.id = t.sale_id LEFT JOIN engineering_jobs j ON j.id = t.job_id
"""


class MeterCodeError(UserFacingError):
    pass


def _record(row: sqlite3.Row) -> TokenRecord:
    return TokenRecord(number=row["number"], kind=row["kind"], seq=row["seq"], tid=row["tid"],
                       created_at=from_iso(row["created_at"]), meter_number=row["meter_number"],
                       customer=row["customer"], sale_id=row["sale_id"], receipt_no=row["receipt_no"],
                       sale_status=row["status"], job_id=row["job_id"], job_kind=row["job_kind"],
                       units_kwh10=row["units_kwh10"], base_date=row["base_date"],
                       card_purchase_count=row["card_purchase_count"])


def meter_facts(office, meter_number: str) -> MeterFacts:
    """Everything the diagnosis needs about one meter (the vault must be unlocked for the decoder keys)."""
    repo, conn = office.repo, office.conn
    meter = office.sales.find_meter(meter_number)
    customer = repo.customer(meter.customer_id) if meter.customer_id else None
    changes = []
    for row in conn.execute("SELECT * FROM key_changes WHERE meter_id = ? ORDER BY id", (meter.id,)):
        column, value = ("sale_id", row["sale_id"]) if row["sale_id"] else ("job_id", row["job_id"])
        tokens = tuple((r[0], r[1]) for r in conn.execute(
            f"SELECT kind, number FROM tokens WHERE {column} = ? AND kind LIKE 'key_change_%' ORDER BY seq",
            (value,))) if value is not None else ()
        receipt = repo.one("SELECT receipt_no FROM sales WHERE id = ?", row["sale_id"]) if row["sale_id"] else None
        changes.append(KeyChangeRecord(from_iso(row["applied_at"]), json.loads(row["old_params"]),
                                       json.loads(row["new_params"]), bool(row["rollover"]), row["sale_id"],
                                       receipt[0] if receipt else None, row["job_id"], tokens))
    keys: list[KeyCandidate] = []
    seen: set[tuple] = set()

    def add(params: KeyParameters, supply_group_id: int, current: bool, ended, source: str) -> None:
        ident = (supply_group_id, params.ti, int(params.key_type), params.base_date.code)
        if ident in seen:
            return
        seen.add(ident)
        try:
            key = derive_decoder_key(office.vending_key(supply_group_id), meter.meter_number, params)
        except (StsError, KeyError):
            return
        keys.append(KeyCandidate(params, supply_group_id, key, current, ended, source))

    add(meter.params, meter.supply_group.id, True, None, "current")
    for change in reversed(changes):
        try:
            add(params_from_plan(change.old), change.old["supply_group_id"], False, change, "history")
        except (StsError, KeyError, TypeError):
            continue
    for sg in repo.supply_groups():
        if sg.sgc != meter.supply_group.sgc:
            continue
        try:
            params = KeyParameters(sgc=sg.sgc, ti=meter.ti, krn=sg.krn, key_type=meter.key_type, ken=sg.ken,
                                   base_date=sg.base_date, dkga=sg.dkga, ea=sg.ea)
        except StsError:
            continue
        add(params, sg.id, False, None, "same_group")
    tokens = tuple(_record(r) for r in conn.execute(_TOKEN_SQL + " WHERE t.meter_id = ? ORDER BY t.id", (meter.id,)))
    replaced = {r[0]: r[1] for r in conn.execute(
        "SELECT r.original_sale_id, r.job_id FROM replacements r JOIN sales s ON s.id = r.original_sale_id "
        "WHERE s.meter_id = ?", (meter.id,))}
    readings = tuple((from_iso(r[0]), r[1]) for r in conn.execute(
        "SELECT recorded_at, purchase_count_accepted FROM meter_readings WHERE meter_id = ? AND initial = 0 "
        "ORDER BY recorded_at", (meter.id,)))
    return MeterFacts(meter_number=meter.meter_number.drn, kind=meter.kind, customer=customer.name if customer else "",
                      keys=tuple(keys), tokens=tokens, key_changes=tuple(changes), now=office.clock(),
                      utc_offset_minutes=repo.settings().utc_offset_minutes,
                      pending_key_change=meter.pending is not None, replaced=replaced, readings=readings)


def token_elsewhere(conn: sqlite3.Connection):
    """A look-up of a token number among every token the office issued (the newest first)."""
    def find(number: str) -> TokenRecord | None:
        row = conn.execute(_TOKEN_SQL + " WHERE t.number = ? ORDER BY t.id DESC LIMIT 1", (number,)).fetchone()
        return _record(row) if row else None
    return find


def diagnose_token(office, session: Session, meter_number: str, token: str, meter_says: str | None = None,
                   model: str = "") -> Diagnosis:
    """Why meter ``meter_number`` refused ``token`` (the vault unlocked), audited."""
    session.require(Permission.LOOKUP)
    says = code_meaning(meter_says, model, office_codes(office.conn)) if meter_says is not None else None
    facts = meter_facts(office, meter_number)
    result = diagnose(facts, token, says, token_elsewhere(office.conn))
    office.audit(session, "token.diagnose", {"meter": facts.meter_number, "cause": result.cause,
                                            "sale_id": (result.sale or {}).get("id"),
                                            "job_id": (result.job or {}).get("id"),
                                            "meter_says": meter_says})
    return result


# ---- the office's meter codes ----------------------------------------------------------------------------
def office_codes(conn: sqlite3.Connection) -> list[MeterCode]:
    return [MeterCode(r[0], r[1], r[2], r[3]) for r in
            conn.execute("SELECT model, code, means, text FROM meter_codes ORDER BY model, code")]


def add_code(office, session: Session, code: str, means: str, text: str = "", model: str = "") -> MeterCode:
    """A supervisor teaches the office what a meter model's code or display text means (audited)."""
    session.require(Permission.TARIFFS)
    code, model, text = " ".join(code.split()), " ".join(model.split()), " ".join(text.split())
    if not code or len(code) > 40 or len(model) > 60 or len(text) > 300:
        raise MeterCodeError("A meter code is 1 to 40 characters (the model up to 60, the explanation up to 300).")
    if means not in MEANINGS:
        raise MeterCodeError(f"A meter code means one of: {', '.join(MEANINGS)}; not '{means[:40]}'.")
    now = office.clock()
    with office.repo.transaction():
        office.conn.execute(
            "INSERT INTO meter_codes (model, code, means, text, created_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (model, code) DO UPDATE SET means = excluded.means, text = excluded.text",
            (model, code, means, text, iso(now)))
        office.repo.append_audit(now, session.username, "meter_code.add",
                                 {"model": model, "code": code, "means": means, "text": text})
    return MeterCode(model, code, means, text)


def remove_code(office, session: Session, code: str, model: str = "") -> None:
    session.require(Permission.TARIFFS)
    now = office.clock()
    with office.repo.transaction():
        rows = [r for r in office.conn.execute("SELECT id, model, code FROM meter_codes")
                if normalise_code(r[2]) == normalise_code(code) and normalise_code(r[1]) == normalise_code(model)]
        if not rows:
            raise MeterCodeError(f"The office's table has no code '{code.strip()[:40]}'"
                                 + (f" for {model.strip()[:60]}" if model.strip() else "") + ".")
        office.conn.execute("DELETE FROM meter_codes WHERE id = ?", (rows[0][0],))
        office.repo.append_audit(now, session.username, "meter_code.remove", {"model": rows[0][1], "code": rows[0][2]})

