"""Schema 2 on real files: a version-1 office with card data in settings and the audit log is upgraded
(cards, meter readings, the reports' covering index), and the card records' service rules."""

import json
import sqlite3
from datetime import UTC, datetime

import pytest

import sts_pos.store.db as db
from sts_pos.store import migrations
from sts_pos.store.backup import check_office_file
from sts_pos.store.cards import CardRecords
from sts_pos.store.records import Records
from sts_pos.store.repository import SqliteRepository
from sts_pos.vending.audit import first_broken_link
from sts_pos.vending.roles import PermissionDenied, Session

OLD, NEW, LOST = "A1" * 8, "B2" * 8, "C3" * 8
DRN = "01400000004"
T0 = datetime(2026, 10, 3, 9, 30, tzinfo=UTC)


def _version_1_office(path, monkeypatch):
    monkeypatch.setattr(db, "MIGRATIONS", migrations.MIGRATIONS[:1])
    monkeypatch.setattr(db, "SCHEMA_VERSION", 1)
    conn = db.connect(path)
    now = "2026-10-01T08:00:00.000000+00:00"
    conn.executescript(f"""
        INSERT INTO users (id, username, role, password_hash, created_at) VALUES (1, 'cash', 'cashier', 'x', '{now}'),
            (2, 'super', 'supervisor', 'x', '{now}');
        INSERT INTO supply_groups (id, sgc, krn, dkga, ea, base_date, vending_key_enc, created_at)
            VALUES (1, '123456', 1, '02', '07', '14', x'00', '{now}');
        INSERT INTO tariffs (id, ti, name, blocks) VALUES (1, 1, 'Residential', '[]');
        INSERT INTO customers (id, account_no, name, created_at) VALUES (1, 'ACC1', 'Jane Card', '{now}');
        INSERT INTO meters (id, meter_number, iin, customer_id, supply_group_id, ti, base_date, kind, card_serial,
            created_at) VALUES (1, '{DRN}', '600727', 1, 1, 1, '14', 'ic_card', NULL, '{now}');
        INSERT INTO settings (key, value) VALUES ('card_secret', 'aabbcc'),
            ('card:{DRN}', '{{"serial": "{NEW}", "count": 3, "accepted": 2, "last_write_back": []}}'),
            ('card_blocked', '["{OLD}", "{LOST}"]');
    """)
    repo = SqliteRepository(conn)
    at = datetime(2026, 10, 1, 8, tzinfo=UTC)
    back = {"purchase_count_accepted": 2, "credit_tenths_kwh": 120, "energy_used_tenths_kwh": 4500, "tamper": 1,
            "krn": 1, "time": int(T0.timestamp())}
    with repo.transaction():
        repo.append_audit(at, "cash", "card.issue", {"meter_number": DRN, "card_serial": OLD, "kind": "customer",
                                                     "replaces": None})
        repo.append_audit(at, "cash", "card.write_back", {"meter_number": DRN, "card_serial": OLD, **back,
                                                           "purchase_count_accepted": 0, "credit_tenths_kwh": 0,
                                                           "energy_used_tenths_kwh": 0, "tamper": 0, "time": 0})
        repo.append_audit(at, "super", "card.issue", {"meter_number": DRN, "card_serial": NEW,
                                                      "kind": "replacement", "replaces": OLD})
        repo.append_audit(at, "cash", "card.write_back", {"meter_number": DRN, "card_serial": NEW, **back})
    conn.close()
    monkeypatch.undo()


def test_a_version_1_file_with_card_data_is_upgraded_to_version_2(tmp_path, monkeypatch):
    path = tmp_path / "v1.sqlite3"
    _version_1_office(path, monkeypatch)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1
    assert check_office_file(path) == 1  # a version-1 backup passes the schema check (restore migrates it)
    conn = db.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION >= 2
    index_cols = [r[2] for r in conn.execute("PRAGMA index_info(sales_report)")]
    assert index_cols[:3] == ["created_at", "status", "user_id"] and "customer_id" in index_cols
    plan = " ".join(r[3] for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT sum(amount), sum(vat) FROM sales WHERE created_at >= '2026' AND status = 'ISSUED'"))
    assert "COVERING INDEX sales_report" in plan
    cards = {r["serial"]: dict(r) for r in conn.execute("SELECT * FROM cards")}
    assert cards[OLD]["status"] == "blocked" and cards[OLD]["meter_id"] == 1 and cards[OLD]["issued_by"] == 1
    assert cards[NEW]["kind"] == "replacement" and cards[NEW]["replaces"] == OLD and cards[NEW]["status"] == "active"
    assert (cards[NEW]["last_count_written"], cards[NEW]["last_count_accepted"], cards[NEW]["issued_by"]) == (3, 2, 2)
    assert cards[LOST]["status"] == "blocked" and cards[LOST]["meter_id"] is None  # blocked, meter unknown
    readings = [dict(r) for r in conn.execute("SELECT * FROM meter_readings ORDER BY id")]
    assert [(r["card_serial"], r["initial"], r["purchase_count_accepted"]) for r in readings] == [
        (OLD, 1, 0), (NEW, 0, 2)]
    assert readings[0]["read_at"].startswith("1970-01-01T00:00:00")
    assert readings[1]["read_at"] == T0.isoformat(timespec="microseconds")
    assert (readings[1]["credit_kwh10"], readings[1]["energy_used_kwh10"], readings[1]["tamper"]) == (120, 4500, 1)
    settings = {r[0] for r in conn.execute("SELECT key FROM settings")}
    assert settings == {"card_secret"}  # the sealed secret stays; the stand-ins are gone
    assert first_broken_link(SqliteRepository(conn).audit_entries()).ok
    records = CardRecords(SqliteRepository(conn), lambda: T0)
    assert records.blocked_serials() == {OLD, LOST} and records.active_card(DRN).serial == NEW
    conn.close()


def test_card_records_issue_block_and_record_each_write_back_once(tmp_path, monkeypatch):
    path = tmp_path / "v1.sqlite3"
    _version_1_office(path, monkeypatch)
    conn = db.connect(path)
    repo = SqliteRepository(conn)
    records = CardRecords(repo, lambda: T0)
    cashier, technician = Session(1, "cash", "cashier"), Session(3, "tech", "technician")
    spare = "D4" * 8
    conn.execute("INSERT INTO users (id, username, role, password_hash, created_at) VALUES "
                 "(3, 'tech', 'technician', 'x', 'now'), (4, 'viewer', 'admin', 'x', 'now')")
    card = records.record_issue(cashier, DRN, spare, "replacement", replaces=NEW, count=3)
    assert (card.kind, card.issued_by, card.last_count_written) == ("replacement", "cash", 3)
    assert repo.one("SELECT card_serial FROM meters WHERE meter_number = ?", DRN)[0] == spare
    assert NEW in records.blocked_serials() and records.active_card(DRN).serial == spare
    records.record_issue(technician, DRN, "E5" * 8, "technician")
    assert repo.one("SELECT card_serial FROM meters WHERE meter_number = ?", DRN)[0] == spare  # unchanged
    with pytest.raises(PermissionDenied):  # a session whose role lacks the cards permission
        records.record_issue(_NoCards(), DRN, "F6" * 8, "customer")
    with pytest.raises(PermissionDenied, match="supervisor"):  # issuing cards is not editing meters
        Records(repo, None, lambda: T0).edit_meter(cashier, DRN, card_serial="F6" * 8)
    values = dict(meter_time=int(T0.timestamp()) + 60, credit_kwh10=90, energy_used_kwh10=4530, accepted_count=3)
    assert records.record_reading(cashier, DRN, spare, "replacement", **values) is True
    assert records.record_reading(cashier, DRN, spare, "replacement", **values) is False  # the same write-back
    newest = records.readings(DRN)[0]
    assert (newest.card_serial, newest.credit_kwh10, newest.recorded_by, newest.initial) == (spare, 90, "cash", False)
    assert records.active_card(DRN).last_count_accepted == 3
    actions = [e.action for e in repo.audit_entries()]
    assert actions.count("card.write_back") == 3 and actions.count("card.issue") == 4
    assert [json.loads(e.detail)["card_serial"] for e in repo.audit_entries() if e.action == "card.issue"][-1] == "E5" * 8
    conn.close()


class _NoCards:
    username = "nobody"
    user_id = 99

    def require(self, permission):
        raise PermissionDenied(f"nobody may not {permission.value}")
