"""The vending ports in SQL (:class:`sts_pos.vending.ports.VendingRepository`), on SQLite or PostgreSQL.

On SQLite every transaction is ``BEGIN IMMEDIATE`` (one writer at a time). On PostgreSQL (``store.pg``)
counters write at once, so the read-then-write steps lock what they read: a meter read inside a transaction
is ``FOR UPDATE`` (its TID is reserved from it: two counters on one meter queue there, other meters go on),
and so are a sale (finished or voided by one counter at a time) and a user (a log-in's failure count),
the receipt counter is taken by one atomic upsert (unique and gap-free: a rolled-back sale gives its number
back), and an audit entry is appended under ``pg_advisory_xact_lock`` (one chain, its head read after the
lock). Every transaction takes them in one order (a sale, then its meter; the audit head; the receipt counter).

Rows become the vending layer's frozen records here; JSON columns (tariff blocks, sale breakdown and
plan, audit detail) are parsed here. Times are stored as ISO 8601 UTC text.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from decimal import Decimal

from sts_pos.store.db import transaction
from sts_pos.sts.meter_number import MeterNumber
from sts_pos.sts.tid import BaseDate
from sts_pos.vending.audit import GENESIS, AuditEntry, canonical, entry_hash
from sts_pos.vending.model import (
    Customer,
    IssuedToken,
    Meter,
    OfficeSettings,
    PendingChange,
    Shift,
    SupplyGroup,
)
from sts_pos.vending.ports import RequestTaken, SaleRow, UserRow
from sts_pos.vending.tariff import Block, Tariff


def iso(when: datetime | None) -> str | None:
    if when is None:
        return None
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def from_iso(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def tariff_from_row(row: sqlite3.Row) -> Tariff:
    blocks = tuple(Block(Decimal(b["rate"]), b.get("up_to_kwh10")) for b in json.loads(row["blocks"]))
    return Tariff(ti=row["ti"], name=row["name"], blocks=blocks, vat_percent=Decimal(row["vat_percent"]),
                  fixed_monthly_charge=row["fixed_monthly_charge"], min_purchase=row["min_purchase"],
                  max_purchase=row["max_purchase"], fbe_kwh10=row["fbe_kwh10"], id=row["id"])


def blocks_json(blocks) -> str:
    return json.dumps([{"rate": str(b.rate), "up_to_kwh10": b.up_to_kwh10} for b in blocks])


def customer_from_row(row: sqlite3.Row) -> Customer:
    pct = row["debt_recovery_percent"]
    return Customer(id=row["id"], account_no=row["account_no"], name=row["name"], address=row["address"],
                    phone=row["phone"], indigent=bool(row["indigent"]), debt_balance=row["debt_balance"],
                    debt_recovery_percent=Decimal(pct) if pct not in (None, "") else None)


class SqliteRepository:
    """The vending ports on one SQLite connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.backend = getattr(conn, "backend", "sqlite")
        self._sg_cache: dict[int, SupplyGroup] = {}
        self._blob_cache: dict[int, bytes] = {}
        self._settings: OfficeSettings | None = None
        self.after_audit_commit: Callable[[int, str], None] | None = None  # (entry id, hash) of the new head
        self._audit_head: tuple[int, str] | None = None
        self.audit_seal_key: Callable[[], bytes | None] | None = None  # the vault's seal key while unlocked

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``; when the transaction appended to the audit log, the new head
        is handed to ``after_audit_commit`` once committed (the office anchors it outside the database)."""
        self._audit_head = None
        with transaction(self.conn):
            yield
        head, self._audit_head = self._audit_head, None
        if head is not None and self.after_audit_commit is not None:
            self.after_audit_commit(*head)

    def q(self, sql: str, *args) -> list[sqlite3.Row]:
        return self.conn.execute(sql, args).fetchall()

    def one(self, sql: str, *args) -> sqlite3.Row | None:
        return self.conn.execute(sql, args).fetchone()

    # ---- settings ----------------------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.one("SELECT value FROM settings WHERE key = ?", key)
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, str(value)))
        self._settings = None

    def settings(self) -> OfficeSettings:
        """The office settings, each read by its rule (``store.settings``; a bad stored value as its default)."""
        if self._settings is None:
            from sts_pos.store.settings import read_settings

            self._settings = read_settings({r["key"]: r["value"] for r in self.q("SELECT key, value FROM settings")})
        return self._settings

    # ---- supply groups, meters, customers, tariffs -----------------------------------------------------
    def supply_group(self, supply_group_id: int) -> SupplyGroup:
        cached = self._sg_cache.get(supply_group_id)
        if cached is None:
            row = self.one("SELECT * FROM supply_groups WHERE id = ?", supply_group_id)
            if row is None:
                raise KeyError(supply_group_id)
            cached = SupplyGroup(row["id"], row["sgc"], row["krn"], row["dkga"], row["ea"],
                                 BaseDate.parse(row["base_date"]), row["ken"], row["key_type"], row["name"])
            self._sg_cache[supply_group_id] = cached
        return cached

    def supply_groups(self) -> list[SupplyGroup]:
        return [self.supply_group(r[0]) for r in self.q("SELECT id FROM supply_groups ORDER BY sgc, krn")]

    def forget_cache(self) -> None:
        self._sg_cache.clear()
        self._blob_cache.clear()
        self._settings = None

    def vending_key_blob(self, supply_group_id: int) -> bytes:
        """The sealed vending key of a supply group (never changed once written: a new key is a new
        revision's row), kept after the first read (three reads a vend, each a round trip on a server)."""
        blob = self._blob_cache.get(supply_group_id)
        if blob is None:
            row = self.one("SELECT vending_key_enc FROM supply_groups WHERE id = ?", supply_group_id)
            if row is None:
                raise KeyError(supply_group_id)
            blob = self._blob_cache[supply_group_id] = bytes(row[0])
        return blob

    def _meter(self, row: sqlite3.Row | None) -> Meter | None:
        if row is None:
            return None
        pending = None
        if row["pending_supply_group_id"] is not None:
            pending = PendingChange(self.supply_group(row["pending_supply_group_id"]), row["pending_ti"],
                                    row["pending_key_type"], BaseDate.parse(row["pending_base_date"]))
        return Meter(
            id=row["id"], meter_number=MeterNumber(row["meter_number"], row["iin"]),
            supply_group=self.supply_group(row["supply_group_id"]), ti=row["ti"], key_type=row["key_type"],
            base_date=BaseDate.parse(row["base_date"]), kind=row["kind"], customer_id=row["customer_id"],
            card_serial=row["card_serial"], pending=pending, last_tid=row["last_tid"],
            last_tid_base=BaseDate.parse(row["last_tid_base"]) if row["last_tid_base"] else None,
            active=bool(row["active"]),
        )

    def _for_update(self) -> str:
        """Row locks for what a transaction reads before writing it (PostgreSQL; SQLite's BEGIN IMMEDIATE
        already holds the whole file)."""
        return " FOR UPDATE" if self.backend == "postgresql" and self.conn.in_transaction else ""

    def meter_by_number(self, drn: str) -> Meter | None:
        return self._meter(self.one("SELECT * FROM meters WHERE meter_number = ?" + self._for_update(), drn))

    def meter(self, meter_id: int) -> Meter:
        meter = self._meter(self.one("SELECT * FROM meters WHERE id = ?" + self._for_update(), meter_id))
        if meter is None:
            raise KeyError(meter_id)
        return meter

    def meters_on_sgc(self, sgc: str) -> list[Meter]:
        rows = self.q("SELECT m.* FROM meters m JOIN supply_groups g ON g.id = m.supply_group_id "
                      "WHERE g.sgc = ? AND m.active <> 0 ORDER BY m.id", sgc)
        return [self._meter(r) for r in rows]

    def customer(self, customer_id: int) -> Customer | None:
        row = self.one("SELECT * FROM customers WHERE id = ?", customer_id)
        return customer_from_row(row) if row else None

    def tariff_by_ti(self, ti: int) -> Tariff | None:
        row = self.one("SELECT * FROM tariffs WHERE ti = ?", ti)
        return tariff_from_row(row) if row else None

    # ---- users -------------------------------------------------------------------------------------
    @staticmethod
    def _user(row: sqlite3.Row | None) -> UserRow | None:
        if row is None:
            return None
        return UserRow(row["id"], row["username"], row["full_name"], row["role"], row["password_hash"],
                       row["failed_logins"], from_iso(row["locked_until"]), bool(row["active"]))

    def user_by_name(self, username: str) -> UserRow | None:
        # locked on PostgreSQL inside a transaction: a log-in's failure count is read and written by one at a time
        return self._user(self.one("SELECT * FROM users WHERE username = ?" + self._for_update(), username))

    def user(self, user_id: int) -> UserRow:
        user = self._user(self.one("SELECT * FROM users WHERE id = ?", user_id))
        if user is None:
            raise KeyError(user_id)
        return user

    def record_login(self, user_id: int, failed_logins: int, locked_until: datetime | None) -> None:
        self.conn.execute("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?",
                          (failed_logins, iso(locked_until), user_id))

    def insert_user(self, username: str, full_name: str, role: str, password_hash: str, at: datetime) -> int:
        return self.conn.execute(
            "INSERT INTO users (username, full_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
            (username, full_name, role, password_hash, iso(at))).lastrowid

    def update_user(self, user_id: int, **fields) -> None:
        allowed = {"role", "active", "password_hash", "failed_logins", "locked_until", "full_name"}
        assert set(fields) <= allowed, fields
        sets = ", ".join(f"{k} = ?" for k in fields)
        self.conn.execute(f"UPDATE users SET {sets} WHERE id = ?", (*fields.values(), user_id))

    def list_users(self) -> list[dict]:
        rows = self.q("SELECT username, full_name, role, active, failed_logins, locked_until FROM users "
                      "ORDER BY username")
        return [dict(r) for r in rows]

    # ---- vending -----------------------------------------------------------------------------------
    def month_state(self, meter_id: int, month: str) -> tuple[int, int, int | None]:
        row = self.one("SELECT purchased_kwh10, fixed_charge_paid, fbe_sale_id FROM meter_months "
                       "WHERE meter_id = ? AND month = ?", meter_id, month)
        return (row[0], row[1], row[2]) if row else (0, 0, None)

    def add_month(self, meter_id: int, month: str, kwh10: int, fixed_charge: int, fbe_sale_id: int | None) -> None:
        self.conn.execute(
            "INSERT INTO meter_months (meter_id, month, purchased_kwh10, fixed_charge_paid, fbe_sale_id) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (meter_id, month) DO UPDATE SET "
            "purchased_kwh10 = meter_months.purchased_kwh10 + excluded.purchased_kwh10, "
            "fixed_charge_paid = meter_months.fixed_charge_paid + excluded.fixed_charge_paid, "
            "fbe_sale_id = coalesce(meter_months.fbe_sale_id, excluded.fbe_sale_id)",
            (meter_id, month, kwh10, fixed_charge, fbe_sale_id))

    def reserve_tid(self, meter_id: int, base_code: str, tid: int, rnd: int) -> None:
        self.conn.execute("UPDATE meters SET last_tid = ?, last_tid_base = ?, last_rnd = ? WHERE id = ?",
                          (tid, base_code, rnd, meter_id))

    _RECEIPT_COUNTER = ("INSERT INTO settings (key, value) VALUES ('receipt_counter', '1') ON CONFLICT (key) DO "
                        "UPDATE SET value = CAST(CAST(settings.value AS BIGINT) + 1 AS TEXT) RETURNING value")

    def insert_sale(self, *, quote, plan: dict, created_at: datetime, receipt_day: datetime, **fields) -> int:
        """Write a sale and give it the office's next receipt number, ``YYMMDD-NNNNNNN`` (one counter for the
        office, taken in the sale's transaction: unique, and gap-free as a rolled-back sale returns it). On
        PostgreSQL the counter and the row are one statement, so the counter row other counters wait for is
        held from here to the commit only."""
        values = dict(fields, created_at=iso(created_at), tender=quote.tender, amount=quote.amount,
                      change=quote.change, energy=quote.energy, vat=quote.vat, fixed_charge=quote.fixed_charge,
                      debt_recovered=quote.debt_recovered, units_kwh10=quote.units_kwh10,
                      free_kwh10=quote.free_kwh10, breakdown=json.dumps(quote.as_dict(), separators=(",", ":")),
                      plan=json.dumps(plan, separators=(",", ":")))
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        day = f"{receipt_day:%y%m%d}-"
        try:
            if self.backend == "postgresql":
                return self.one(f"WITH counter AS ({self._RECEIPT_COUNTER}) INSERT INTO sales ({columns}, receipt_no) "
                                f"VALUES ({marks}, (SELECT ? || lpad(value, greatest(7, length(value)), '0') "
                                "FROM counter)) RETURNING id", *values.values(), day)[0]
            counter = int(self.one(self._RECEIPT_COUNTER)[0])
            return self.conn.execute(f"INSERT INTO sales ({columns}, receipt_no) VALUES ({marks}, ?)",
                                     (*values.values(), f"{day}{counter:07d}")).lastrowid
        except sqlite3.IntegrityError as exc:  # another counter's sale of this request id, committed meanwhile
            if "request_id" in str(exc):
                raise RequestTaken(fields.get("request_id")) from exc
            raise

    @staticmethod
    def _sale(row: sqlite3.Row | None) -> SaleRow | None:
        if row is None:
            return None
        return SaleRow(
            id=row["id"], request_id=row["request_id"], receipt_no=row["receipt_no"], status=row["status"],
            created_at=from_iso(row["created_at"]), issued_at=from_iso(row["issued_at"]), meter_id=row["meter_id"],
            customer_id=row["customer_id"], user_id=row["user_id"], shift_id=row["shift_id"],
            tariff_id=row["tariff_id"], month=row["month"], mode=row["mode"], tender=row["tender"],
            amount=row["amount"], change=row["change"], units_kwh10=row["units_kwh10"],
            free_kwh10=row["free_kwh10"], breakdown=json.loads(row["breakdown"]), plan=json.loads(row["plan"]),
            reprints=row["reprints"], void_reason=row["void_reason"], tender_type=row["tender_type"],
            supply_group_id=row["supply_group_id"], card_purchase_count=row["card_purchase_count"],
        )

    def sale(self, sale_id: int) -> SaleRow:
        # locked on PostgreSQL inside a transaction: two counters finishing or voiding one sale take turns
        sale = self._sale(self.one("SELECT * FROM sales WHERE id = ?" + self._for_update(), sale_id))
        if sale is None:
            raise KeyError(sale_id)
        return sale

    def sale_by_request(self, request_id: str) -> SaleRow | None:
        return self._sale(self.one("SELECT * FROM sales WHERE request_id = ?", request_id))

    def sale_by_receipt(self, receipt_no: str) -> SaleRow | None:
        return self._sale(self.one("SELECT * FROM sales WHERE receipt_no = ?", receipt_no))

    def clock_marks(self) -> dict:
        """What the clock guard compares the PC's clock with: the newest sale and engineering job written
        (id, created_at), the office's first audit entry (its creation) and a supervisor's clock
        confirmation (its setting's text): one statement, as it is read before every sale."""
        from sts_pos.vending.clock_guard import CONFIRMATION_SETTING

        row = self.one(
            "SELECT s.id, s.created_at, j.id, j.created_at, (SELECT at FROM audit_log ORDER BY id LIMIT 1), "
            "(SELECT value FROM settings WHERE key = ?) FROM (SELECT 1 AS one) AS base "
            "LEFT JOIN (SELECT id, created_at FROM sales ORDER BY id DESC LIMIT 1) AS s ON 1 = 1 "
            "LEFT JOIN (SELECT id, created_at FROM engineering_jobs ORDER BY id DESC LIMIT 1) AS j ON 1 = 1",
            CONFIRMATION_SETTING)
        return {"sale": (row[0], row[1]) if row[0] is not None else None,
                "job": (row[2], row[3]) if row[2] is not None else None,
                "start": row[4], "confirmation": row[5]}

    def pending_sales(self) -> list[int]:
        return [r[0] for r in self.q("SELECT id FROM sales WHERE status = 'PENDING' ORDER BY id")]

    def sales_for_meter(self, meter_id: int, limit: int) -> list[SaleRow]:
        rows = self.q("SELECT * FROM sales WHERE meter_id = ? ORDER BY created_at DESC, id DESC LIMIT ?", meter_id, limit)
        return [self._sale(r) for r in rows]

    def set_sale_status(self, sale_id: int, status: str, at: datetime, void_reason: str | None = None,
                        voided_by: int | None = None) -> None:
        if status == "ISSUED":
            self.conn.execute("UPDATE sales SET status = 'ISSUED', issued_at = ? WHERE id = ?", (iso(at), sale_id))
        else:
            self.conn.execute("UPDATE sales SET status = ?, void_reason = ?, voided_by = ?, voided_at = ? "
                              "WHERE id = ?", (status, void_reason, voided_by, iso(at), sale_id))

    def add_reprint(self, sale_id: int) -> None:
        self.conn.execute("UPDATE sales SET reprints = reprints + 1 WHERE id = ?", (sale_id,))

    def insert_tokens(self, meter_id: int, tokens: list[IssuedToken], at: datetime, sale_id: int | None = None,
                      job_id: int | None = None) -> None:
        self.conn.executemany(
            "INSERT INTO tokens (sale_id, job_id, meter_id, seq, kind, token_class, subclass, tid, base_date, "
            "units_kwh10, number, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(sale_id, job_id, meter_id, t.seq, t.kind, t.token_class, t.subclass, t.tid, t.base_date,
              t.units_kwh10, t.number, iso(at)) for t in tokens])

    def tokens(self, sale_id: int | None = None, job_id: int | None = None) -> list[IssuedToken]:
        column, value = ("sale_id", sale_id) if sale_id is not None else ("job_id", job_id)
        rows = self.q(f"SELECT * FROM tokens WHERE {column} = ? ORDER BY seq", value)
        return [IssuedToken(r["seq"], r["kind"], r["token_class"], r["subclass"], r["tid"], r["number"],
                            r["base_date"], r["units_kwh10"]) for r in rows]

    def apply_key_change(self, meter_id: int, old: dict, new: dict, rollover: bool, at: datetime,
                         sale_id: int | None = None, job_id: int | None = None) -> None:
        self.conn.execute(
            "UPDATE meters SET supply_group_id = ?, ti = ?, key_type = ?, base_date = ?, "
            "pending_supply_group_id = NULL, pending_ti = NULL, pending_key_type = NULL, "
            "pending_base_date = NULL, pending_since = NULL WHERE id = ?",
            (new["supply_group_id"], new["ti"], new["key_type"], new["base_date"], meter_id))
        self.conn.execute(
            "INSERT INTO key_changes (meter_id, sale_id, job_id, old_params, new_params, rollover, applied_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (meter_id, sale_id, job_id, json.dumps(old), json.dumps(new), int(rollover), iso(at)))

    def set_pending_change(self, meter_id: int, supply_group_id: int | None, ti: int | None,
                           key_type: int | None, base_code: str | None, at: datetime | None) -> None:
        self.conn.execute(
            "UPDATE meters SET pending_supply_group_id = ?, pending_ti = ?, pending_key_type = ?, "
            "pending_base_date = ?, pending_since = ? WHERE id = ?",
            (supply_group_id, ti, key_type, base_code, iso(at), meter_id))

    def change_debt(self, customer_id: int, delta: int) -> int:
        self.conn.execute("UPDATE customers SET debt_balance = max(0, debt_balance + ?) WHERE id = ?",
                          (delta, customer_id))
        return self.one("SELECT debt_balance FROM customers WHERE id = ?", customer_id)[0]

    def insert_job(self, *, created_at: datetime, params: dict, **fields) -> int:
        values = dict(fields, created_at=iso(created_at), params=json.dumps(params))
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        return self.conn.execute(f"INSERT INTO engineering_jobs ({columns}) VALUES ({marks})",
                                 tuple(values.values())).lastrowid

    def job(self, job_id: int) -> dict | None:
        row = self.one("SELECT * FROM engineering_jobs WHERE id = ?", job_id)
        if row is None:
            return None
        job = dict(row)
        job["params"] = json.loads(job["params"])
        job["created_at"] = from_iso(job["created_at"])
        return job

    def job_by_request(self, request_id: str) -> dict | None:
        row = self.one("SELECT id FROM engineering_jobs WHERE request_id = ?", request_id)
        return self.job(row[0]) if row else None

    # ---- shifts ------------------------------------------------------------------------------------
    @staticmethod
    def _shift(row: sqlite3.Row | None) -> Shift | None:
        if row is None:
            return None
        return Shift(row["id"], row["user_id"], from_iso(row["opened_at"]), row["opening_float"],
                     from_iso(row["closed_at"]), row["counted_cash"], row["expected_cash"], row["variance"])

    def open_shift(self, user_id: int) -> Shift | None:
        return self._shift(self.one("SELECT * FROM shifts WHERE user_id = ? AND closed_at IS NULL", user_id))

    def shift(self, shift_id: int) -> Shift:
        return self._shift(self.one("SELECT * FROM shifts WHERE id = ?", shift_id))

    def insert_shift(self, user_id: int, opening_float: int, at: datetime) -> int:
        return self.conn.execute("INSERT INTO shifts (user_id, opened_at, opening_float) VALUES (?, ?, ?)",
                                 (user_id, iso(at), opening_float)).lastrowid

    def shift_takings(self, shift_id: int) -> int:
        return self.one("SELECT coalesce(sum(amount), 0) FROM sales WHERE shift_id = ? AND status = 'ISSUED'",
                        shift_id)[0]

    def shift_takings_by_tender(self, shift_id: int) -> dict[str, tuple[int, int]]:
        rows = self.q("SELECT tender_type, count(*), sum(amount) FROM sales WHERE shift_id = ? AND status = 'ISSUED' "
                      "GROUP BY tender_type ORDER BY tender_type", shift_id)
        return {r[0]: (r[1], r[2]) for r in rows}

    def close_shift(self, shift_id: int, at: datetime, counted: int, expected: int) -> None:
        self.conn.execute("UPDATE shifts SET closed_at = ?, counted_cash = ?, expected_cash = ?, variance = ? "
                          "WHERE id = ?", (iso(at), counted, expected, counted - expected, shift_id))

    # ---- audit -------------------------------------------------------------------------------------
    def append_audit(self, at: datetime, username: str, action: str, detail: dict) -> int:
        """Append one hash-chained entry; call inside a transaction (the chain head is read and extended
        atomically)."""
        from sts_pos.store import tamper

        detail = tamper.with_content(self.conn, action, detail)  # the sale's or job's rows, hashed
        if self.backend == "postgresql":  # one appender at a time, the head read once the lock is granted:
            from sts_pos.store.pg import AUDIT_LOCK  # the committed one (one statement; held till commit)

            last = self.one("SELECT id, hash FROM sts_pos_audit_head(?)", AUDIT_LOCK)
        else:
            last = self.one("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
        prev_hash, entry_id = (last["hash"], last["id"] + 1) if last else (GENESIS, 1)
        when = iso(at)
        key = self.audit_seal_key() if self.audit_seal_key else None
        if key is not None:  # the vault is unlocked: seal the entry (store.tamper)
            detail = tamper.sealed_detail(key, prev_hash, entry_id, when, username, action, detail)
        text = canonical(detail)
        digest = entry_hash(prev_hash, entry_id, when, username, action, text)
        insert = ("INSERT INTO audit_log (id, at, username, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  (entry_id, when, username, action, text, prev_hash, digest))
        if self.backend == "postgresql":  # sent with the commit (or the next statement): one round trip less
            self.conn.execute_later(*insert)  # while the other counters wait for the audit lock
        else:
            self.conn.execute(*insert)
        self._audit_head = (entry_id, digest)
        return entry_id

    def audit_entries(self) -> list[AuditEntry]:
        return [AuditEntry(r["id"], r["at"], r["username"], r["action"], r["detail"], r["prev_hash"], r["hash"])
                for r in self.conn.execute("SELECT * FROM audit_log ORDER BY id")]

