"""Master data: customers, meters, tariffs and supply groups (vending keys), and the fast search.

Permissions come from :mod:`sts_pos.vending.roles` (supervisor for customers, meters and tariffs; admin
for supply groups, keys and settings). Search finds customers and their meters by meter number (prefix),
account number (prefix), phone (prefix), and name or address words (FTS5 prefix query), using indexes
only, so it stays fast on 100,000 customers.
"""

from __future__ import annotations

import re
import sqlite3
from decimal import Decimal, InvalidOperation

from sts_pos.errors import UserFacingError
from sts_pos.store.repository import SqliteRepository, blocks_json, customer_from_row, iso, tariff_from_row
from sts_pos.store.vault import KeyVault
from sts_pos.sts.keys import KeyParameters, KeyType
from sts_pos.sts.meter_number import MeterNumber, parse_meter_number
from sts_pos.sts.tid import BaseDate
from sts_pos.vending.model import Customer
from sts_pos.vending.roles import Permission, Session
from sts_pos.vending.tariff import Block, Tariff


class RecordError(UserFacingError):
    pass


_WORD = re.compile(r"\w+", re.UNICODE)
_KEYPAD_DCTK = ("A keypad meter cannot have a common key (key type 3, DCTK): a token made for it would work in "
                "every meter of the supply group. Use key type 2 (DUTK).")


def _upper_bound(prefix: str) -> str:
    return prefix + "\U0010ffff"


class Records:
    def __init__(self, repo: SqliteRepository, vault: KeyVault, clock) -> None:
        self.repo = repo
        self.conn = repo.conn
        self.vault = vault
        self.clock = clock

    def _audit(self, session: Session | None, action: str, detail: dict) -> None:
        self.repo.append_audit(self.clock(), session.username if session else "system", action, detail)

    # ---- supply groups ---------------------------------------------------------------------------
    def key_kept(self, sg_id: int) -> str:
        """Where supply group ``sg_id``'s vending key is kept, in words (the vault, or the module's key label)."""
        row = self.conn.execute("SELECT vending_key_enc FROM supply_groups WHERE id = ?", (sg_id,)).fetchone()
        if row is None:
            raise RecordError(f"There is no supply group key with id {sg_id}.")
        return self.vault.kept(row[0])

    def add_supply_group(self, session: Session | None, sgc: str, krn: int, dkga: str, ea: str,
                         base_date: str | int, vending_key_hex: str, ken: int = 255, key_type: int = 2,
                         name: str = "") -> int:
        """Store a vending key revision (encrypted under the unlocked vault). ``session`` None = set-up."""
        if session is not None:
            session.require(Permission.SUPPLY_GROUPS)
        base = BaseDate.parse(base_date)
        KeyParameters(sgc=sgc, ti=0, krn=krn, key_type=key_type, ken=ken, base_date=base, dkga=dkga, ea=ea)
        try:
            key = bytes.fromhex(vending_key_hex.replace(" ", ""))
        except ValueError:
            raise RecordError("The vending key must be hexadecimal digits.") from None
        if len(key) != (8 if dkga == "02" else 20):
            raise RecordError(f"A DKGA{dkga} vending key has {8 if dkga == '02' else 20} bytes "
                              f"({16 if dkga == '02' else 40} hex digits).")
        blob = self.vault.seal_key(key, sgc, krn)
        with self.repo.transaction():
            try:
                sg_id = self.conn.execute(
                    "INSERT INTO supply_groups (sgc, krn, name, key_type, dkga, ea, base_date, ken, vending_key_enc, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (sgc, krn, name, key_type, dkga, ea, base.code, ken, blob, iso(self.clock()))).lastrowid
            except sqlite3.IntegrityError:
                raise RecordError(f"Supply group {sgc} already has key revision {krn}.") from None
            self._audit(session, "supply_group.add", {"sgc": sgc, "krn": krn, "dkga": dkga, "ea": ea,
                                                      "base_date": base.year})
        return sg_id

    def list_supply_groups(self) -> list[dict]:
        """Supply groups and key revisions (never the key)."""
        return [{"id": sg.id, "sgc": sg.sgc, "krn": sg.krn, "dkga": sg.dkga, "ea": sg.ea,
                 "base_date": sg.base_date.year, "ken": sg.ken, "key_type": sg.key_type, "name": sg.name,
                 "meters": self.repo.one("SELECT count(*) FROM meters WHERE supply_group_id = ?", sg.id)[0]}
                for sg in self.repo.supply_groups()]

    def supply_group_id(self, sgc: str, krn: int) -> int:
        if not isinstance(krn, int) or not 1 <= krn <= 9:
            raise RecordError(f"The key revision number must be 1 to 9, not {krn}.")
        row = self.repo.one("SELECT id FROM supply_groups WHERE sgc = ? AND krn = ?", sgc, krn)
        if row is None:
            raise RecordError(f"There is no supply group {sgc} with key revision {krn}.")
        return row[0]

    # ---- office settings -------------------------------------------------------------------------
    SETTINGS = {
        "office_name": str, "vat_number": str, "office_address": str, "currency_code": str,
        "currency_symbol": str, "currency_decimals": int, "decimal_mark": str, "thousands_separator": str,
        "utc_offset_minutes": int, "debt_recovery_percent": Decimal, "deduction_order": list,
        "tenders": tuple,  # accepted payment methods, comma list (vending.tenders); cash is always accepted
        "clock_max_gap_days": int,  # the clock guard's limit ahead of the last sale (vending.clock_guard)
    }

    def set_settings(self, session: Session | None, **values: str) -> None:
        """Change office settings (admin). ``deduction_order`` is a comma list of fixed_charge, debt, vat."""
        if session is not None:
            session.require(Permission.SETTINGS)
        from sts_pos.store import settings as rules

        clean = {}
        for key, value in values.items():
            if key in rules.RULES:  # the same rule reads it (store.settings)
                try:
                    clean[key] = rules.stored_value(key, value)
                except rules.SettingError as exc:
                    raise RecordError(exc.message) from None
                continue
            kind = self.SETTINGS.get(key)
            if kind is None:
                raise RecordError(f"Unknown setting '{key}'; settings are {', '.join(self.SETTINGS)}.")
            try:
                clean[key] = str(int(value)) if kind is int else str(value)
            except ValueError:
                raise RecordError(f"'{value}' is not a valid value for {key}.") from None
        stored = {r["key"]: r["value"] for r in self.repo.q("SELECT key, value FROM settings")}
        try:
            rules.check_together({**stored, **clean})
        except rules.SettingError as exc:
            raise RecordError(exc.message) from None
        with self.repo.transaction():
            for key, value in clean.items():
                self.repo.set_setting(key, value)
            self._audit(session, "settings.change", clean)
        self.repo.forget_cache()

    # ---- tariffs ---------------------------------------------------------------------------------
    def save_tariff(self, session: Session | None, tariff: Tariff) -> int:
        if session is not None:
            session.require(Permission.TARIFFS)
        with self.repo.transaction():
            self.conn.execute(
                "INSERT INTO tariffs (ti, name, blocks, vat_percent, fixed_monthly_charge, min_purchase, "
                "max_purchase, fbe_kwh10) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (ti) DO UPDATE SET "
                "name = excluded.name, blocks = excluded.blocks, vat_percent = excluded.vat_percent, "
                "fixed_monthly_charge = excluded.fixed_monthly_charge, min_purchase = excluded.min_purchase, "
                "max_purchase = excluded.max_purchase, fbe_kwh10 = excluded.fbe_kwh10",
                (tariff.ti, tariff.name, blocks_json(tariff.blocks), str(tariff.vat_percent),
                 tariff.fixed_monthly_charge, tariff.min_purchase, tariff.max_purchase, tariff.fbe_kwh10))
            self._audit(session, "tariff.save", {"ti": tariff.ti, "name": tariff.name})
        return self.repo.one("SELECT id FROM tariffs WHERE ti = ?", tariff.ti)[0]

    def tariffs(self) -> list[Tariff]:
        return [tariff_from_row(r) for r in self.repo.q("SELECT * FROM tariffs ORDER BY ti")]

    # ---- customers -------------------------------------------------------------------------------
    def add_customer(self, session: Session | None, account_no: str, name: str, address: str = "",
                     phone: str = "", indigent: bool = False, debt_balance: int = 0,
                     debt_recovery_percent: Decimal | None = None) -> int:
        if session is not None:
            session.require(Permission.CUSTOMERS)
        account_no, name = check_customer(account_no, name)
        with self.repo.transaction():
            try:
                cid = self.conn.execute(
                    "INSERT INTO customers (account_no, name, address, phone, indigent, debt_balance, "
                    "debt_recovery_percent, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (account_no.strip(), name.strip(), address.strip(), phone.strip(), int(indigent), debt_balance,
                     None if debt_recovery_percent is None else str(debt_recovery_percent),
                     iso(self.clock()))).lastrowid
            except sqlite3.IntegrityError:
                raise RecordError(f"Account number {account_no} is already used by another customer.") from None
            self._audit(session, "customer.add", {"customer_id": cid, "account_no": account_no})
        return cid

    def edit_customer(self, session: Session, customer_id: int, **fields) -> Customer:
        session.require(Permission.CUSTOMERS)
        allowed = {"name", "address", "phone", "indigent", "debt_balance", "debt_recovery_percent", "account_no"}
        fields = {k: v for k, v in fields.items() if v is not None}
        if not fields or not set(fields) <= allowed:
            raise RecordError("Nothing to change; give at least one field to edit.")
        if "indigent" in fields:
            fields["indigent"] = int(bool(fields["indigent"]))
        if "debt_recovery_percent" in fields:
            fields["debt_recovery_percent"] = str(fields["debt_recovery_percent"])
        with self.repo.transaction():
            if self.repo.customer(customer_id) is None:
                raise RecordError(f"There is no customer {customer_id}.")
            sets = ", ".join(f"{k} = ?" for k in fields)
            self.conn.execute(f"UPDATE customers SET {sets} WHERE id = ?", (*fields.values(), customer_id))
            self._audit(session, "customer.edit", {"customer_id": customer_id, **fields})
        return self.repo.customer(customer_id)

    def customer_by_account(self, account_no: str) -> Customer | None:
        row = self.repo.one("SELECT * FROM customers WHERE account_no = ?", account_no)
        return customer_from_row(row) if row else None

    def list_customers(self, limit: int = 100, offset: int = 0) -> list[Customer]:
        return [customer_from_row(r) for r in
                self.repo.q("SELECT * FROM customers ORDER BY name LIMIT ? OFFSET ?", limit, offset)]

    # ---- meters ----------------------------------------------------------------------------------
    def add_meter(self, session: Session | None, meter_number: str, supply_group_id: int, ti: int,
                  customer_id: int | None = None, kind: str = "keypad", key_type: int = 2,
                  base_date: str | int | None = None, card_serial: str | None = None) -> int:
        if session is not None:
            session.require(Permission.CUSTOMERS)
        parsed, base = self.check_meter(meter_number, supply_group_id, ti, kind, key_type, base_date)
        with self.repo.transaction():
            try:
                mid = self.conn.execute(
                    "INSERT INTO meters (meter_number, iin, customer_id, supply_group_id, ti, key_type, base_date, "
                    "kind, card_serial, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (parsed.drn, parsed.iin, customer_id, supply_group_id, ti, key_type, base.code, kind,
                     card_serial, iso(self.clock()))).lastrowid
            except sqlite3.IntegrityError:
                raise RecordError(f"Meter {parsed.drn} is already registered.") from None
            self._audit(session, "meter.add", {"meter": parsed.drn, "customer_id": customer_id})
        return mid

    def check_meter(self, meter_number: str, supply_group_id: int, ti: int, kind: str = "keypad", key_type: int = 2,
                    base_date: str | int | None = None, tariffs: set[int] | None = None) -> tuple[MeterNumber, BaseDate]:
        """What a new meter must be for vending to use it (``add_meter`` and the bulk import): a valid meter
        number, key parameters the engine accepts with the supply group's key revision, a known kind and an
        existing tariff (``tariffs``: the office's tariff indexes, when the caller has them at hand).
        Returns the parsed meter number and the base date (the supply group's unless given)."""
        parsed = parse_meter_number(meter_number)
        sg = self.repo.supply_group(supply_group_id)
        base = BaseDate.parse(base_date) if base_date is not None else sg.base_date
        KeyParameters(sgc=sg.sgc, ti=ti, krn=sg.krn, key_type=key_type, ken=sg.ken, base_date=base,
                      dkga=sg.dkga, ea=sg.ea)
        if kind not in ("keypad", "ic_card"):
            raise RecordError("A meter is 'keypad' or 'ic_card'.")
        if kind == "keypad" and key_type == KeyType.DCTK:
            raise RecordError(_KEYPAD_DCTK)
        if (ti not in tariffs) if tariffs is not None else self.repo.tariff_by_ti(ti) is None:
            raise RecordError(f"There is no tariff with index {ti:02d}.")
        return parsed, base

    def edit_meter(self, session: Session, meter_number: str, customer_id: int | None = None,
                   kind: str | None = None, card_serial: str | None = None, active: bool | None = None) -> None:
        """Non-key fields; key parameters change through a pending key change (engineering service)."""
        session.require(Permission.CUSTOMERS)
        meter = self.repo.meter_by_number(parse_meter_number(meter_number).drn)
        if meter is None:
            raise RecordError(f"Meter {meter_number} is not registered.")
        if kind == "keypad" and KeyType.DCTK in (meter.key_type, meter.target_params.key_type):
            raise RecordError(_KEYPAD_DCTK)
        fields = {k: v for k, v in {"customer_id": customer_id, "kind": kind, "card_serial": card_serial,
                                    "active": None if active is None else int(active)}.items() if v is not None}
        if not fields:
            raise RecordError("Nothing to change; give at least one field to edit.")
        with self.repo.transaction():
            sets = ", ".join(f"{k} = ?" for k in fields)
            self.conn.execute(f"UPDATE meters SET {sets} WHERE id = ?", (*fields.values(), meter.id))
            self._audit(session, "meter.edit", {"meter": meter.meter_number.drn, **fields})

    def list_meters(self, limit: int = 100, offset: int = 0) -> list[dict]:
        return [self._meter_dict(r) for r in self.repo.q(
            "SELECT m.*, c.name AS customer_name, c.account_no FROM meters m LEFT JOIN customers c "
            "ON c.id = m.customer_id ORDER BY m.meter_number LIMIT ? OFFSET ?", limit, offset)]

    def _meter_dict(self, row: sqlite3.Row) -> dict:
        meter = self.repo._meter(row)
        params = meter.params
        return {"meter_number": meter.meter_number.drn, "customer": row["customer_name"],
                "account_no": row["account_no"], "sgc": params.sgc, "ti": params.ti, "krn": params.krn,
                "key_type": int(params.key_type), "base_date": params.base_date.year, "dkga": params.dkga,
                "ea": params.ea, "kind": meter.kind, "pending_key_change": meter.pending is not None,
                "active": meter.active}

    # ---- search ----------------------------------------------------------------------------------
    def search(self, text: str, limit: int = 50) -> list[dict]:
        """Customers with their meters matching ``text`` by meter number, account, phone, name or address
        (prefixes). One row per (customer, meter)."""
        text = (text or "").strip()
        if not text:
            return []
        ids: list[int] = []
        digits = re.sub(r"[\s\-]", "", text)
        if digits.isdigit():
            ids += [r[0] for r in self.repo.q(
                "SELECT customer_id FROM meters WHERE meter_number >= ? AND meter_number < ? AND customer_id "
                "IS NOT NULL LIMIT ?", digits, _upper_bound(digits), limit)]
        ids += [r[0] for r in self.repo.q(
            "SELECT id FROM customers WHERE phone >= ? AND phone < ? LIMIT ?", text, _upper_bound(text), limit)]
        server = self.repo.backend == "postgresql"  # trigram indexes there instead of FTS5 (store.pg_sql)
        account = "account_no::text ILIKE ?" if server else "account_no LIKE ?"
        ids += [r[0] for r in self.repo.q(
            f"SELECT id FROM customers WHERE {account} ESCAPE '\\' LIMIT ?", _like(text), limit)]
        words = _WORD.findall(text)
        if words and server:  # each word starts a word of the name or address, as FTS5's prefix query
            from sts_pos.store.pg_sql import SEARCH_DOCUMENT

            cond = " AND ".join(f"{SEARCH_DOCUMENT} ~* ?" for _ in words)
            ids += [r[0] for r in self.repo.q(f"SELECT id FROM customers WHERE {cond} ORDER BY id LIMIT ?",
                                              *[r"\m" + re.escape(w) for w in words], limit)]
        elif words:
            match = " ".join(f'"{w}"*' for w in words)
            try:
                ids += [r[0] for r in self.repo.q(
                    "SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? LIMIT ?", match, limit)]
            except sqlite3.OperationalError:
                pass
        seen: list[int] = []
        for cid in ids:
            if cid not in seen:
                seen.append(cid)
        seen = seen[:limit]
        if not seen:
            return []
        marks = ",".join("?" * len(seen))
        rows = self.repo.q(
            f"SELECT c.id AS customer_id, c.account_no, c.name, c.address, c.phone, c.indigent, c.debt_balance, "
            f"m.meter_number, m.kind FROM customers c LEFT JOIN meters m ON m.customer_id = c.id "
            f"WHERE c.id IN ({marks})", *seen)
        order = {cid: i for i, cid in enumerate(seen)}
        return sorted((dict(r) for r in rows), key=lambda r: (order[r["customer_id"]], r["meter_number"] or ""))


def check_customer(account_no: str, name: str) -> tuple[str, str]:
    """A customer's account number and name as stored (``add_customer`` and the bulk import)."""
    if not account_no.strip() or not name.strip():
        raise RecordError("A customer needs an account number and a name.")
    return account_no.strip(), name.strip()


def _like(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def parse_percent(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        value = Decimal(str(text))
    except InvalidOperation:
        raise RecordError(f"'{text}' is not a percentage.") from None
    if not value.is_finite():
        raise RecordError(f"'{text}' is not a percentage.")
    if not 0 <= value <= 100:
        raise RecordError("A percentage is between 0 and 100.")
    return value


def tariff_from_spec(ti: int, name: str, blocks: list[tuple[str, int | None]], vat_percent: str = "0",
                     fixed_monthly_charge: int = 0, min_purchase: int = 0, max_purchase: int | None = None,
                     fbe_kwh10: int = 0) -> Tariff:
    if not 0 <= ti <= 99:
        raise RecordError(f"The tariff index is 00 to 99, not {ti}.")
    if not name.strip():
        raise RecordError("A tariff needs a name; it is printed on receipts and reports.")
    try:
        parsed = tuple(Block(Decimal(str(rate)), up) for rate, up in blocks)
        vat = Decimal(str(vat_percent))
    except InvalidOperation:
        raise RecordError("Block rates and the VAT rate must be numbers.") from None
    if not vat.is_finite() or any(not b.rate.is_finite() or b.rate < 0 for b in parsed):
        raise RecordError("Block rates and the VAT rate must be numbers, not negative.")
    if not vat.is_finite() or any(not b.rate.is_finite() or b.rate < 0 for b in parsed):
        raise RecordError("Block rates and the VAT rate must be numbers, not negative.")
    if not 0 <= vat <= 100:
        raise RecordError("The VAT rate is a percentage between 0 and 100.")
    return Tariff(ti=ti, name=name, blocks=parsed, vat_percent=vat, fixed_monthly_charge=fixed_monthly_charge,
                  min_purchase=min_purchase, max_purchase=max_purchase, fbe_kwh10=fbe_kwh10)


