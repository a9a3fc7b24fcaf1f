"""Schema 3 on a real file: a version-2 office with sales is upgraded; every earlier sale is a cash sale
and records the supply group (key revision) its tokens were made under, taken from its stored plan."""

import json
import sqlite3
from datetime import UTC, datetime

import sts_pos.store.db as db
from sts_pos.store import migrations
from sts_pos.store.backup import check_office_file
from sts_pos.store.repository import SqliteRepository

NOW = "2026-10-01T08:00:00.000000+00:00"


def _plan(current: int, target: int | None) -> str:
    params = {"sgc": "123456", "ti": 1, "krn": 1, "key_type": 2, "ken": 255, "base_date": "93", "dkga": "02",
              "ea": "07"}
    return json.dumps({"meter_number": "01400000004", "iin": "600727",
                       "current": {**params, "supply_group_id": current},
                       "target": None if target is None else {**params, "krn": 2, "supply_group_id": target},
                       "rollover": False, "steps": []})


def _version_2_office(path, monkeypatch):
    monkeypatch.setattr(db, "MIGRATIONS", migrations.MIGRATIONS[:2])
    monkeypatch.setattr(db, "SCHEMA_VERSION", 2)
    conn = db.connect(path)
    conn.executescript(f"""
        INSERT INTO users (id, username, role, password_hash, created_at) VALUES (1, 'cash', 'cashier', 'x', '{NOW}');
        INSERT INTO supply_groups (id, sgc, krn, dkga, ea, base_date, vending_key_enc, created_at)
            VALUES (1, '123456', 1, '02', '07', '93', x'00', '{NOW}'), (2, '123456', 2, '02', '07', '14', x'00', '{NOW}');
        INSERT INTO meters (id, meter_number, iin, supply_group_id, ti, base_date, created_at)
            VALUES (1, '01400000004', '600727', 2, 1, '14', '{NOW}');
        INSERT INTO shifts (id, user_id, opened_at) VALUES (1, 1, '{NOW}');
    """)
    for sale_id, plan in ((1, _plan(1, None)), (2, _plan(1, 2)), (3, _plan(2, None))):
        conn.execute(
            "INSERT INTO sales (id, request_id, receipt_no, status, created_at, meter_id, user_id, shift_id, month, "
            "mode, tender, amount, change, energy, vat, fixed_charge, debt_recovered, units_kwh10, breakdown, plan) "
            "VALUES (?, ?, ?, 'ISSUED', ?, 1, 1, 1, '2026-10', 'money', 1000, 1000, 0, 870, 130, 0, 0, 50, '{}', ?)",
            (sale_id, f"r{sale_id}", f"n{sale_id}", NOW, plan))
    repo = SqliteRepository(conn)
    at = datetime(2026, 10, 1, 8, tzinfo=UTC)
    with repo.transaction():  # sale 3 went onto a card as purchase 4, was pulled and rewritten as the same 4
        repo.append_audit(at, "cash", "card.purchase", {"meter_number": "01400000004", "sale_id": 3, "count": 3})
        repo.append_audit(at, "cash", "card.rewrite", {"meter_number": "01400000004", "sale_id": 3, "count": 4})
    conn.close()
    monkeypatch.undo()


def test_a_version_2_file_with_sales_is_upgraded_to_version_3(tmp_path, monkeypatch):
    path = tmp_path / "v2.sqlite3"
    _version_2_office(path, monkeypatch)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 2
    assert check_office_file(path) == 2  # a version-2 backup passes the schema check (restore migrates it)
    conn = db.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION >= 3
    rows = [tuple(r) for r in conn.execute("SELECT id, tender_type, supply_group_id FROM sales ORDER BY id")]
    # sale 1 was sold under KRN 1; sale 2 carried the key change, so its credit token is under KRN 2
    assert rows == [(1, "cash", 1), (2, "cash", 2), (3, "cash", 2)]
    counts = [r[0] for r in conn.execute("SELECT card_purchase_count FROM sales ORDER BY id")]
    assert counts == [None, None, 4]  # the last card write of sale 3
    index_cols = [r[2] for r in conn.execute("PRAGMA index_info(sales_report)")]
    assert index_cols[:3] == ["created_at", "status", "user_id"]
    assert {"tender_type", "supply_group_id", "customer_id"} <= set(index_cols)
    plan = " ".join(r[3] for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT tender_type, supply_group_id, sum(amount) FROM sales "
        "WHERE created_at >= '2026' AND status = 'ISSUED' GROUP BY tender_type, supply_group_id"))
    assert "COVERING INDEX sales_report" in plan
    conn.execute("INSERT INTO sales (request_id, receipt_no, status, created_at, meter_id, user_id, shift_id, "
                 "month, mode, tender, amount, change, energy, vat, fixed_charge, debt_recovered, units_kwh10, "
                 "breakdown, plan) VALUES ('r4', 'n4', 'PENDING', 'x', 1, 1, 1, 'm', 'money', 0, 0, 0, 0, 0, 0, 0, "
                 "0, '{}', '{}')")
    assert conn.execute("SELECT tender_type FROM sales WHERE request_id = 'r4'").fetchone()[0] == "cash"
    conn.close()
