"""Moving an office onto PostgreSQL (``sts-pos migrate --to``) and a network office's backup and restore
(pg_dump custom format, pg_restore into an empty database), end to end in subprocesses on a real cluster."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import psycopg


def _run(db, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sts_pos", "--db", str(db), *args], env=dict(os.environ, **env),
                          capture_output=True, text=True, timeout=180)


def _as(demo_office, username: str) -> dict[str, str]:
    return {"STS_POS_USER": username, "STS_POS_PASSWORD": demo_office.password(username),
            "STS_POS_VAULT_PASSPHRASE": demo_office.passphrase}


def test_migrate_backup_and_restore_a_network_office(demo_office, pg_url, pg_cluster, tmp_path):
    admin = _as(demo_office, "admin")
    refused = _run(demo_office.path, "migrate", "--to", pg_url, **_as(demo_office, "cashier"))
    assert refused.returncode != 0 and "may not" in refused.stdout + refused.stderr
    moved = _run(demo_office.path, "migrate", "--to", pg_url, "--json", **admin)
    assert moved.returncode == 0, moved.stdout + moved.stderr
    report = json.loads(moved.stdout)
    assert report["keys_opened"] >= 2 and report["audit_entries"] > 0

    src = sqlite3.connect(demo_office.path)
    tables = [r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'customers_fts%' AND name NOT LIKE 'sqlite_%'")]
    with psycopg.connect(pg_url) as raw:
        for table in tables:
            expected = src.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            extra = 1 if table == "audit_log" else 0  # the move itself is recorded there
            assert raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == expected + extra, table
        last_sale = src.execute("SELECT receipt_no, amount, breakdown FROM sales ORDER BY id DESC LIMIT 1").fetchone()
        assert raw.execute("SELECT receipt_no, amount, breakdown FROM sales ORDER BY id DESC LIMIT 1").fetchone() \
            == last_sale
        assert raw.execute("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0] == "office.migrate"
    src.close()
    again = _run(demo_office.path, "migrate", "--to", pg_url, **admin)
    assert again.returncode != 0 and "already holds an office" in again.stdout + again.stderr

    meter = demo_office.meters(kind="keypad", pending_key_change=False)[0]["meter_number"]
    sold = _run(pg_url, "vend", "--meter", meter, "--amount", "200", "--json", **_as(demo_office, "cashier"))
    assert sold.returncode == 0, sold.stderr  # new rows after the copied ids
    dump = tmp_path / "office.pgdump"
    backed = _run(pg_url, "backup", str(dump), "--json", **admin)
    assert backed.returncode == 0, backed.stdout + backed.stderr
    assert dump.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format

    busy = _run(pg_url, "restore", str(dump), **admin)
    assert busy.returncode != 0 and "not empty" in busy.stdout + busy.stderr
    fresh = pg_cluster.new_database()
    wrong = _run(fresh, "restore", str(dump), **_as(demo_office, "cashier"))
    assert wrong.returncode != 0
    with psycopg.connect(fresh) as raw:  # a refused restore leaves the database empty
        assert raw.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0
    restored = _run(fresh, "restore", str(dump), **admin)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    verified = _run(fresh, "audit", "verify", **_as(demo_office, "supervisor"))
    assert verified.returncode == 0 and "seals checked" in verified.stdout, verified.stdout + verified.stderr
    with psycopg.connect(fresh) as raw:
        assert raw.execute("SELECT receipt_no FROM sales ORDER BY id DESC LIMIT 1").fetchone()[0] == \
            json.loads(sold.stdout)["sale"]["receipt_no"]
    not_a_dump = _run(pg_cluster.new_database(), "restore", str(demo_office.path), **admin)
    assert not_a_dump.returncode != 0 and "Traceback" not in not_a_dump.stderr
