"""Where the store uses sqlite-utils: the schema check of backups/restores and the supervisor's export."""

import csv
import io
import json
import shutil
import sqlite3

import pytest

from sts_pos.store.backup import BackupError, check_office_file
from sts_pos.store.export import ExportError, export_text, exportable_tables, exported_columns


def test_restore_refuses_an_incomplete_or_foreign_file_naming_what_is_wrong(demo_office, tmp_path):
    assert check_office_file(demo_office.path) >= 2
    no_table = tmp_path / "no-table.sqlite3"
    shutil.copy(demo_office.path, no_table)
    raw = sqlite3.connect(no_table)
    raw.execute("DROP TABLE meter_readings")
    raw.execute("ALTER TABLE sales DROP COLUMN void_reason")
    raw.commit()
    raw.close()
    with pytest.raises(BackupError, match="not a complete one") as err:
        check_office_file(no_table)
    assert "table meter_readings is missing" in err.value.detail
    assert "table sales lacks column(s) void_reason" in err.value.detail
    foreign = tmp_path / "foreign.sqlite3"
    raw = sqlite3.connect(foreign)
    raw.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    raw.close()
    with demo_office.open(unlock=False) as office:
        admin = demo_office.login(office, "admin")
        before = office.repo.one("SELECT count(*) FROM sales")[0]
        with pytest.raises(BackupError, match="another program") as err:
            office.restore(admin, foreign)
        assert "invoices" in err.value.detail
        with pytest.raises(BackupError, match="not a complete one"):
            office.restore(admin, no_table)
        assert office.repo.one("SELECT count(*) FROM sales")[0] == before  # nothing was overwritten


def _secrets(conn):
    """Every value an export must never carry."""
    values = [r[0] for r in conn.execute("SELECT value FROM settings WHERE key LIKE 'vault%' OR key LIKE '%secret%'")]
    values += [r[0] for r in conn.execute("SELECT password_hash FROM users")]
    values += [bytes(r[0]).hex() for r in conn.execute("SELECT vending_key_enc FROM supply_groups")]
    values += [r[0] for r in conn.execute("SELECT hash FROM audit_log")]
    return [v for v in values if v and len(v) >= 8]


def test_no_export_of_any_table_carries_a_key_secret_or_hash(demo_office):
    conn = demo_office.raw()  # also on PostgreSQL (STS_POS_TEST_BACKEND=postgresql)
    conn.execute("INSERT INTO settings (key, value) VALUES ('card_secret', 'feedfacecafebeef00112233') "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
    secrets = _secrets(conn)
    assert len(secrets) > 10
    tables = exportable_tables(conn)
    assert {"sales", "customers", "meters", "cards", "meter_readings", "settings"} <= set(tables)
    assert not any(t.startswith("customers_fts") for t in tables)
    for table in tables:
        for fmt in ("csv", "json"):
            text, _count = export_text(conn, table, fmt)
            assert not any(s in text for s in secrets), (table, fmt)
    assert "vending_key_enc" not in exported_columns(conn, "supply_groups")
    assert "key_type" in exported_columns(conn, "supply_groups")  # the STS parameter stays
    assert {"hash", "prev_hash"}.isdisjoint(exported_columns(conn, "audit_log"))
    assert "password_hash" not in exported_columns(conn, "users")
    settings, _ = export_text(conn, "settings", "json")
    names = [r["key"] for r in json.loads(settings)]
    assert "office_name" in names and not any("vault" in n or "secret" in n for n in names)
    with pytest.raises(ExportError, match="no table"):
        exported_columns(conn, "sqlite_master")
    conn.close()


def test_export_command_for_supervisors(demo_office, tmp_path):
    out = tmp_path / "sales.csv"
    done = demo_office.cli("export", "sales", "--format", "csv", "--out", str(out), "--json", username="supervisor")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    with demo_office.open(unlock=False) as office:
        assert len(rows) == json.loads(done.stdout)["rows"] == office.repo.one("SELECT count(*) FROM sales")[0]
        assert office.repo.q("SELECT detail FROM audit_log WHERE action = 'export'")
    assert {"receipt_no", "amount", "units_kwh10"} <= set(rows[0])
    users = demo_office.cli("export", "users", "--format", "json", username="supervisor")
    assert users.returncode == 0 and "password_hash" not in users.stdout
    assert {u["username"] for u in json.loads(users.stdout)} >= {"cashier", "supervisor"}
    refused = demo_office.cli("export", "customers", username="cashier")
    assert refused.returncode == 2 and "supervisor" in refused.stdout + refused.stderr
    unknown = demo_office.cli("export", "nonsense", username="supervisor")
    assert unknown.returncode == 2 and "no table" in unknown.stdout + unknown.stderr
