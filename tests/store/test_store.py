"""The store on real SQLite files: migrations, schema versions, vault, audit chain, backup/restore, search."""

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from sts_pos.store import migrations
from sts_pos.store.backup import KEEP_AUTOMATIC, BackupError
from sts_pos.store.db import NewerSchemaError, NotAnOfficeFile, StoreError, connect
from sts_pos.store.vault import VaultLocked, WrongPassphrase


def test_new_file_uses_wal_foreign_keys_and_the_current_schema(tmp_path):
    conn = connect(tmp_path / "o.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    with pytest.raises(sqlite3.IntegrityError):  # foreign keys are enforced
        conn.execute("INSERT INTO meters (meter_number, iin, supply_group_id, ti, base_date, created_at) "
                     "VALUES ('01400000004', '600727', 99, 1, '14', 'now')")


def test_missing_file_is_not_created_unless_asked(tmp_path):
    with pytest.raises(StoreError, match="no office database"):
        connect(tmp_path / "none.sqlite3", create=False)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "o.sqlite3"
    connect(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(NewerSchemaError, match="newer sts-pos"):
        connect(path)


def test_foreign_and_garbage_files_are_refused(tmp_path):
    other = tmp_path / "other.sqlite3"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE notes (x)")
    raw.close()
    with pytest.raises(NotAnOfficeFile):
        connect(other)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(NotAnOfficeFile):
        connect(garbage)


def test_migrations_upgrade_an_older_file_and_keep_its_data(tmp_path, monkeypatch):
    path = tmp_path / "o.sqlite3"
    conn = connect(path)
    conn.execute("INSERT INTO settings (key, value) VALUES ('office_name', 'Old office')")
    conn.close()
    extra = "ALTER TABLE customers ADD COLUMN email TEXT NOT NULL DEFAULT '';"
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [extra])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    import sts_pos.store.db as db
    monkeypatch.setattr(db, "MIGRATIONS", migrations.MIGRATIONS)
    monkeypatch.setattr(db, "SCHEMA_VERSION", migrations.SCHEMA_VERSION)
    conn = connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(migrations.MIGRATIONS)
    assert "email" in [r[1] for r in conn.execute("PRAGMA table_info(customers)")]
    assert conn.execute("SELECT value FROM settings WHERE key = 'office_name'").fetchone()[0] == "Old office"
    conn.close()


def test_a_failing_migration_leaves_the_file_unchanged(tmp_path, monkeypatch):
    path = tmp_path / "o.sqlite3"
    connect(path).close()
    import sts_pos.store.db as db
    monkeypatch.setattr(db, "MIGRATIONS", migrations.MIGRATIONS + ["CREATE TABLE t2 (a); SELECT * FROM nowhere;"])
    monkeypatch.setattr(db, "SCHEMA_VERSION", migrations.SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="left unchanged"):
        connect(path)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 't2'").fetchone()[0] == 0


def test_vending_keys_are_stored_only_encrypted(demo_office):
    raw = demo_office.path.read_bytes()
    assert bytes.fromhex("abababababababab") not in raw
    assert b"abababababababab" not in raw
    with demo_office.open(unlock=False) as office:
        with pytest.raises(WrongPassphrase):
            office.vault.unlock("not the passphrase")
        cashier = demo_office.login(office, "cashier")
        with pytest.raises(VaultLocked) as err:
            office.sales.vend(cashier, demo_office.meters(pending_key_change=False)[0]["meter_number"], amount=30000)
        assert "abab" not in str(err.value) + err.value.detail
        # nothing was written: no sale, no TID reserved
        assert office.repo.one("SELECT count(*) FROM sales WHERE status = 'PENDING'")[0] == 0
        office.vault.unlock(demo_office.passphrase)
        assert "abab" not in repr(office.vault)
        done = office.sales.vend(cashier, demo_office.meters(pending_key_change=False)[0]["meter_number"],
                                 amount=30000)
        assert done.sale.status == "ISSUED" and done.tokens


def test_audit_log_is_append_only_and_verify_finds_the_first_broken_link(demo_office):
    with demo_office.open() as office:
        assert office.verify_audit().ok
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            office.conn.execute("UPDATE audit_log SET detail = '{}' WHERE id = 3")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            office.conn.execute("DELETE FROM audit_log WHERE id = 3")
        total = office.verify_audit().checked
    raw = sqlite3.connect(demo_office.path)
    raw.execute("DROP TRIGGER audit_log_no_update")
    raw.execute("DROP TRIGGER audit_log_no_delete")
    raw.execute("UPDATE audit_log SET detail = '{\"forged\":1}' WHERE id = 7")
    raw.commit()
    with demo_office.open(unlock=False) as office:
        report = office.verify_audit()
        assert (report.ok, report.first_broken_id) == (False, 7) and "edited" in report.reason
    raw.execute("DELETE FROM audit_log WHERE id IN (7, 8)")  # hide the edit by removing entries
    raw.commit()
    raw.close()
    with demo_office.open(unlock=False) as office:
        report = office.verify_audit()
        assert (report.ok, report.first_broken_id) == (False, 9) and report.checked < total


def test_backup_checks_the_copy_and_restore_refuses_bad_files(demo_office, tmp_path):
    with demo_office.open() as office:
        admin = demo_office.login(office, "admin")
        before = office.repo.one("SELECT count(*) FROM sales")[0]
        report = office.backup(admin, tmp_path / "b.sqlite3")
        assert report.bytes > 0 and report.schema_version == migrations.SCHEMA_VERSION
        with pytest.raises(BackupError, match="already exists"):
            office.backup(admin, tmp_path / "b.sqlite3")
        cashier = demo_office.login(office, "cashier")
        office.sales.vend(cashier, demo_office.meters(pending_key_change=False)[0]["meter_number"], amount=30000)
        assert office.repo.one("SELECT count(*) FROM sales")[0] == before + 1
        with pytest.raises(Exception, match="administrator"):
            office.restore(cashier, tmp_path / "b.sqlite3")
        damaged = tmp_path / "damaged.sqlite3"
        data = bytearray((tmp_path / "b.sqlite3").read_bytes())
        data[4096 * 3:4096 * 3 + 2000] = b"\x5a" * 2000
        damaged.write_bytes(bytes(data))
        with pytest.raises(BackupError):
            office.restore(admin, damaged)
        foreign = tmp_path / "foreign.sqlite3"
        raw = sqlite3.connect(foreign)
        raw.execute("CREATE TABLE x (a)")
        raw.close()
        with pytest.raises(BackupError, match="not an sts-pos"):
            office.restore(admin, foreign)
        assert office.repo.one("SELECT count(*) FROM sales")[0] == before + 1  # untouched by refusals
        office.restore(admin, tmp_path / "b.sqlite3")
        assert office.repo.one("SELECT count(*) FROM sales")[0] == before
        assert office.verify_audit().ok


def test_automatic_backup_at_first_login_of_the_day_keeps_14(demo_office):
    folder = demo_office.path.parent / "backups"
    folder.mkdir()
    for day in range(20):
        (folder / f"auto-2020{1 + day // 28:02d}{1 + day % 28:02d}-000000.sqlite3").write_bytes(b"old")
    with demo_office.open(unlock=False) as office:
        office.login("cashier", demo_office.password("cashier"))
        office.login("supervisor", demo_office.password("supervisor"))
    files = sorted(folder.glob("auto-*.sqlite3"))
    assert len(files) == KEEP_AUTOMATIC
    newest = files[-1]
    assert newest.stat().st_size > 1000 and not newest.name.startswith("auto-2020")
    later = datetime.now(UTC) + timedelta(days=1)
    with demo_office.open(unlock=False, clock=lambda: later) as office:
        office.login("cashier", demo_office.password("cashier"))
    assert len(sorted(folder.glob("auto-*.sqlite3"))) == KEEP_AUTOMATIC
    assert sorted(folder.glob("auto-*.sqlite3"))[-1] != newest


def test_search_by_meter_account_phone_name_and_address(demo_office):
    m = demo_office.meters(ea="11")[0]
    with demo_office.open(unlock=False) as office:
        s = office.records.search
        assert s(m["meter_number"])[0]["meter_number"] == m["meter_number"]
        assert m["meter_number"] in [r["meter_number"] for r in s(m["meter_number"][:9])]
        assert s("acc10005")[0]["account_no"] == "ACC10005"
        assert s("+27 82 555 1007")[0]["account_no"] == "ACC10008"
        surname = m["customer"].split()[1]
        assert all(surname.lower() in r["name"].lower() for r in s(surname[:4]))
        assert m["customer"] in [r["name"] for r in s(surname[:4].lower())]
        assert all("Market" in r["address"] for r in s("market str"))
        assert s("zzzz-nobody") == []
