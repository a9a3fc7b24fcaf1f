"""``sts-pos --db postgresql://...``: the demo office, a sale, a report and the audit check on a real PostgreSQL
server (the throw-away cluster of tests/support/postgres.py; the password reaches libpq as PGPASSWORD)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import psycopg


def _run(url: str, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sts_pos", "--db", url, *args], env=dict(os.environ, **env),
                          capture_output=True, text=True, timeout=120)


def test_demo_vend_report_and_audit_verify_on_postgresql(pg_url):
    out = _run(pg_url, "demo", "--json", "--days", "1")
    assert out.returncode == 0, out.stderr
    demo = json.loads(out.stdout)
    users = {u["username"]: u["password"] for u in demo["users"]}
    assert len(demo["meters"]) == 30
    with psycopg.connect(pg_url) as raw:  # the office is on the server, not in a file
        issued = raw.execute("SELECT count(*) FROM sales WHERE status = 'ISSUED'").fetchone()[0]
    assert issued > 0

    cashier = {"STS_POS_USER": "cashier", "STS_POS_PASSWORD": users["cashier"],
               "STS_POS_VAULT_PASSPHRASE": demo["vault_passphrase"]}
    meter = next(m for m in demo["meters"] if m["kind"] == "keypad" and not m["pending_key_change"])
    sold = _run(pg_url, "vend", "--meter", meter["meter_number"], "--amount", "200", "--request-id", "pg-cli-1",
                "--json", **cashier)
    assert sold.returncode == 0, sold.stderr
    sale = json.loads(sold.stdout)
    assert sale["sale"]["status"] == "ISSUED" and len(sale["tokens"][0]["number"]) == 20
    again = _run(pg_url, "vend", "--meter", meter["meter_number"], "--amount", "200", "--request-id", "pg-cli-1",
                 "--json", **cashier)
    assert json.loads(again.stdout)["sale"]["receipt_no"] == sale["sale"]["receipt_no"]
    with psycopg.connect(pg_url) as raw:
        assert raw.execute("SELECT count(*) FROM sales").fetchone()[0] == issued + 1

    supervisor = dict(cashier, STS_POS_USER="supervisor", STS_POS_PASSWORD=users["supervisor"])
    report = _run(pg_url, "report", "sales-by-cashier", "--json", **supervisor)
    assert report.returncode == 0, report.stderr
    data = json.loads(report.stdout)
    assert data["report"] == "sales-by-cashier" and data["rows"]
    verified = _run(pg_url, "audit", "verify", **supervisor)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "Audit log intact" in verified.stdout and "seals checked" in verified.stdout


def test_a_wrong_password_is_said_without_a_traceback(pg_url):
    out = _run(pg_url, "demo", "--json", PGPASSWORD="not-the-password")
    assert out.returncode != 0
    assert "cannot reach the office database server" in out.stdout + out.stderr
    assert "Traceback" not in out.stderr and "not-the-password" not in out.stdout + out.stderr


def test_the_sms_outbox_of_a_network_office_is_in_this_pcs_folder(pg_url, tmp_path):
    assert _run(pg_url, "demo", "--days", "0").returncode == 0
    work = tmp_path / "cwd"
    work.mkdir()
    out = subprocess.run([sys.executable, "-m", "sts_pos", "--db", pg_url, "sms", "list", "--json"],
                         capture_output=True, text=True, timeout=60, cwd=work, env=dict(os.environ))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["messages"] == []
    assert list(work.iterdir()) == []  # nothing made from the URL ("postgresql:/...") in the working folder
    assert list((tmp_path / "local").rglob("*outbox*"))  # the outbox file in this PC's folder for the office
