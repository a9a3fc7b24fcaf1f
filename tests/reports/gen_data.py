"""Generated office data for report tests and the report benchmark: real SQLite file, the store's schema.

Rows are written directly (not through the vending service), in bulk with sqlite-utils' ``insert_all``
(batches inside one transaction), so a million sales take seconds; every sale
is internally consistent the way the vending rules make it: ``tender = amount + change`` and
``amount = energy + vat + fixed_charge + debt_recovered``, its breakdown JSON is the quote's
``as_dict`` shape, and its tokens are in entry order (key change tokens, then credit).
"""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import UTC, datetime, timedelta

from sts_pos.store.db import connect, transaction, utils_db

CASHIERS = ("cashier1", "cashier2", "cashier3")
BATCH = 2000
SALE_COLUMNS = ("id", "request_id", "receipt_no", "status", "created_at", "issued_at", "meter_id", "customer_id",
                "user_id", "shift_id", "tariff_id", "month", "mode", "tender", "amount", "change", "energy", "vat",
                "fixed_charge", "debt_recovered", "units_kwh10", "free_kwh10", "breakdown", "plan", "void_reason",
                "voided_by")
TOKEN_COLUMNS = ("sale_id", "meter_id", "seq", "kind", "token_class", "subclass", "units_kwh10", "number",
                 "created_at")


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def make_office(path, sales: int = 2000, days: int = 30, meters: int = 200, seed: int = 7,
                start: datetime = datetime(2026, 10, 1, tzinfo=UTC)) -> sqlite3.Connection:
    rnd = random.Random(seed)
    conn = connect(path)
    now = _iso(start)
    with transaction(conn):
        conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", [
            ("office_name", "Kabwe Vending Office"), ("office_vat_number", "VAT-4410023456"),
            ("currency_code", "ZMW"), ("currency_symbol", "K"), ("currency_decimals", "2")])
        conn.executemany(
            "INSERT INTO users (id, username, role, password_hash, created_at) VALUES (?, ?, ?, 'x', ?)",
            [(i + 1, name, "cashier", now) for i, name in enumerate(CASHIERS)]
            + [(10, "super", "supervisor", now), (11, "tech1", "technician", now)])
        conn.executemany(
            "INSERT INTO supply_groups (id, sgc, krn, name, dkga, ea, base_date, vending_key_enc, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, x'00', ?)",
            [(1, "123456", 1, "North", "02", "07", "93", now), (2, "654321", 2, "South", "04", "11", "14", now)])
        conn.executemany(
            "INSERT INTO tariffs (id, ti, name, blocks, vat_percent, fixed_monthly_charge) VALUES (?, ?, ?, ?, '16', ?)",
            [(1, 1, "Residential", "[]", 2000), (2, 2, "Commercial", "[]", 5000)])
        utils_db(conn)["customers"].insert_all(
            ({"id": i, "account_no": f"ACC-{i:05d}", "name": f"Customer {i}", "address": f"Plot {i}",
              "indigent": int(i % 10 == 0), "debt_balance": (i % 7) * 1000, "created_at": now}
             for i in range(1, meters + 1)), batch_size=BATCH)
        utils_db(conn)["meters"].insert_all(
            ({"id": i, "meter_number": f"{10000000000 + i:011d}", "iin": "600727", "customer_id": i,
              "supply_group_id": 1 + i % 2, "ti": 1 + i % 2, "base_date": "14",
              "kind": "ic_card" if i % 5 == 0 else "keypad", "card_serial": f"CARD{i:06d}" if i % 5 == 0 else None,
              "created_at": now} for i in range(1, meters + 1)), batch_size=BATCH)
        shift_ids = {}
        shifts = []
        for day in range(days):
            for u in range(1, len(CASHIERS) + 1):
                sid = len(shifts) + 1
                opened = start + timedelta(days=day, hours=6)
                closed = _iso(opened + timedelta(hours=17)) if day < days - 1 else None
                shifts.append((sid, u, _iso(opened), 50000, closed))
                shift_ids[(day, u)] = sid
        conn.executemany("INSERT INTO shifts (id, user_id, opened_at, opening_float, closed_at) VALUES (?, ?, ?, ?, ?)", shifts)

        def sale_rows():
            for i in range(1, sales + 1):
                day = rnd.randrange(days)
                at = start + timedelta(days=day, seconds=rnd.randrange(6 * 3600, 23 * 3600))
                user = rnd.randint(1, len(CASHIERS))
                meter = rnd.randint(1, meters)
                tariff = 1 + meter % 2
                tender = rnd.choice((5000, 10000, 15000, 20000, 50000))
                change = rnd.choice((0, 0, 0, 500, 1000))
                amount = tender - change
                fixed = 2000 if rnd.random() < 0.2 else 0
                debt = min(amount // 10, (meter % 7) * 1000) if meter % 7 else 0
                net = amount - fixed - debt
                vat = net * 16 // 116
                energy = net - vat
                units = energy * 10 // 125
                free = 500 if meter % 10 == 0 and rnd.random() < 0.1 else 0
                status = "VOIDED" if rnd.random() < 0.01 else ("PENDING" if rnd.random() < 0.002 else "ISSUED")
                breakdown = {
                    "tender": tender, "amount": amount, "change": change, "order": ["fixed_charge", "debt", "vat"],
                    "deductions": ([{"kind": "fixed_charge", "amount": fixed, "tax": 0, "description": "Fixed charge",
                                     "balance_after": None}] if fixed else [])
                    + ([{"kind": "debt", "amount": debt, "tax": 0, "description": "Debt recovery",
                         "balance_after": (meter % 7) * 1000 - debt}] if debt else []),
                    "vat_percent": "16", "vat": vat, "energy": energy, "energy_tax": vat, "units_kwh10": units,
                    "free_kwh10": free, "requested_kwh10": None, "already_kwh10": 0,
                    "blocks": [{"block": 1, "kwh10": units, "rate": "125", "cost": str(units * 125 // 10)}],
                    "debt_before": 0, "debt_after": 0,
                }
                iso = _iso(at)
                yield (i, f"req-{i}", f"R{i:08d}", status, iso, iso if status != "PENDING" else None, meter, meter,
                       user, shift_ids[(day, user)], tariff, iso[:7], "money", tender, amount, change, energy, vat,
                       fixed, debt, units, free, json.dumps(breakdown, separators=(",", ":")), "{}",
                       "test void" if status == "VOIDED" else None, 10 if status == "VOIDED" else None)

        db = utils_db(conn)  # sqlite-utils bulk inserts, inside this transaction (savepoints)
        db["sales"].insert_all((dict(zip(SALE_COLUMNS, r)) for r in sale_rows()), batch_size=BATCH)
        # the supply group each sale's tokens were made under, as the vending service records it (schema 3)
        conn.execute("UPDATE sales SET supply_group_id = (SELECT supply_group_id FROM meters WHERE id = sales.meter_id)")

        def token_rows():
            for sale_id, meter, created, units, free, _status in conn.execute(
                    "SELECT id, meter_id, created_at, units_kwh10, free_kwh10, status FROM sales "
                    "WHERE status != 'PENDING'").fetchall():
                seq = 0
                if sale_id % 50 == 0:
                    for k in (1, 2):
                        seq += 1
                        yield (sale_id, meter, seq, f"key_change_{k}", 2, 2 + k, None, f"{sale_id * 10 + k:020d}", created)
                if free:
                    seq += 1
                    yield (sale_id, meter, seq, "free", 0, 0, free, f"{sale_id * 10 + 3:020d}", created)
                seq += 1
                yield (sale_id, meter, seq, "credit", 0, 0, units, f"{sale_id * 10 + 4:020d}", created)

        db["tokens"].insert_all((dict(zip(TOKEN_COLUMNS, r)) for r in token_rows()), batch_size=BATCH)
        for j in range(1, 6):
            at = _iso(start + timedelta(days=j, hours=10))
            conn.execute("INSERT INTO engineering_jobs (id, meter_id, user_id, kind, reason, created_at) "
                         "VALUES (?, ?, 11, 'clear_tamper', ?, ?)", (j, j, f"Tamper after box repair, job {j}", at))
            conn.execute("INSERT INTO tokens (job_id, meter_id, seq, kind, token_class, subclass, number, created_at) "
                         "VALUES (?, ?, 1, 'clear_tamper', 2, 5, ?, ?)", (j, j, f"{90000000000000000000 + j:020d}", at))
    return conn
