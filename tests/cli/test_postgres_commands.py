"""Every office command on a network office (issue 17): the demo office on a real PostgreSQL server, each
command run as the person whose job it is, and its effect read on the server with psycopg (rows written or
left alone), in its output and exit status; tokens checked in virtual meters made from the office's keys.
Records and administration (customers, meters, tariffs, settings, supply groups, users, shifts, the clock);
sales (vend, reprint, void, print to a file); engineering (token, a key change with the sales possibly not
entered yet, diagnose, replace, meter codes); the SMS outbox through ``sms-sim``; ``migrate --to`` keeping the
reports' running sums; and the errors a user can hit, in words."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import psycopg

from sts_pos.store.demo import STA_KEY
from sts_pos.sts.meter import MeterResult, VirtualMeter
from sts_pos.sts.meter_number import make_meter_number
from tests.cli.inproc import office_cli, run_main

SRC = str(Path(__file__).parents[2] / "src")


def rows(url: str, sql: str, *params) -> list[tuple]:
    with psycopg.connect(url) as raw:
        return raw.execute(sql, params).fetchall()


def ok(result) -> dict:
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout) if result.stdout.strip().startswith(("{", "[")) else {}


def refused(result, *words: str) -> str:
    """A refusal: exit 2, the reason in words (no traceback, class name or environment variable)."""
    said = result.stdout + result.stderr
    assert result.returncode == 2, said
    assert all(w in said for w in words), said
    for leak in ("Traceback", "Error:", "psycopg", "STS_POS_", "PGPASSWORD", "sqlite3"):
        assert leak not in result.stderr, said
    return said


def virtual_meter(office, number: str) -> VirtualMeter:
    with office.open() as opened:
        meter = opened.sales.find_meter(number)
        return VirtualMeter.with_vending_key(meter.meter_number, meter.params, opened.vending_key(meter.supply_group.id))


def test_records_and_administration_commands_on_a_server(pg_demo_office):
    office, url = pg_demo_office, pg_demo_office.path
    refused(office_cli(office, "customers", "add", "--account", "PG-1", "--name", "Ada Network"), "ask a supervisor")
    assert rows(url, "SELECT count(*) FROM customers WHERE account_no = 'PG-1'") == [(0,)]
    ok(office_cli(office, "customers", "add", "--account", "PG-1", "--name", "Ada Network", "--phone", "+27821112222",
                  "--debt", "12.50", username="supervisor"))
    edited = ok(office_cli(office, "customers", "edit", "--account", "pg-1", "--address", "5 Server Road", "--json",
                           username="supervisor"))  # the account found whatever its case, as on SQLite
    assert edited["address"] == "5 Server Road"
    assert rows(url, "SELECT name::text, address::text, phone, debt_balance FROM customers WHERE account_no = 'PG-1'") \
        == [("Ada Network", "5 Server Road", "+27821112222", 1250)]
    refused(office_cli(office, "customers", "add", "--account", "pg-1", "--name", "Twice", username="supervisor"),
            "already used by another customer")
    found = ok(office_cli(office, "customers", "search", "netw", "--json"))["results"]
    assert [r["account_no"] for r in found] == ["PG-1"]

    number = make_meter_number("07", "00009999").drn
    ok(office_cli(office, "meters", "add", "--meter", number, "--account", "PG-1", "--sgc", "123456", "--krn", "2",
                  "--ti", "1", username="supervisor"))
    assert rows(url, "SELECT c.account_no::text, m.kind, m.active FROM meters m JOIN customers c ON c.id = "
                     "m.customer_id WHERE m.meter_number = %s", number) == [("PG-1", "keypad", 1)]
    out = ok(office_cli(office, "meters", "edit", "--meter", number, "--active", "no", "--json", username="supervisor"))
    assert out == {"meter_number": number, "pending_key_change": False, "active": False}
    assert rows(url, "SELECT active FROM meters WHERE meter_number = %s", number) == [(0,)]
    refused(office_cli(office, "vend", "--meter", number, "--amount", "100"), "no longer in service")
    ok(office_cli(office, "meters", "edit", "--meter", number, "--active", "yes", username="supervisor"))
    assert [m["meter_number"] for m in ok(office_cli(office, "meters", "search", number, "--json"))["results"]] == [number]
    assert len(ok(office_cli(office, "meters", "list", "--limit", "100", "--json"))["meters"]) == 31

    ok(office_cli(office, "tariffs", "set", "--ti", "9", "--name", "Night", "--block", "120.5", "--vat-percent", "15",
                  username="supervisor"))
    assert rows(url, "SELECT name, vat_percent FROM tariffs WHERE ti = 9") == [("Night", "15")]
    assert 9 in [t["ti"] for t in ok(office_cli(office, "tariffs", "list", "--json"))["tariffs"]]
    refused(office_cli(office, "settings", "set", "utc_offset_minutes=abc", username="admin"), "'abc' was not saved")
    ok(office_cli(office, "settings", "set", "office_address=1 Server Lane", username="admin"))
    assert rows(url, "SELECT value FROM settings WHERE key IN ('office_address', 'utc_offset_minutes') ORDER BY key") \
        == [("1 Server Lane",), ("120",)]
    assert ok(office_cli(office, "settings", "show", "--json", username="admin"))["office_address"] == "1 Server Lane"

    refused(office_cli(office, "supply-groups", "add", "--sgc", "123456", "--krn", "3", "--dkga", "02", "--ea", "07",
                       "--base-date", "2014", username="supervisor", STS_POS_VENDING_KEY=STA_KEY), "admin")
    ok(office_cli(office, "supply-groups", "add", "--sgc", "123456", "--krn", "3", "--dkga", "02", "--ea", "07",
                  "--base-date", "2014", "--name", "KRN 3", username="admin", STS_POS_VENDING_KEY=STA_KEY))
    assert rows(url, "SELECT name FROM supply_groups WHERE sgc = '123456' AND krn = 3") == [("KRN 3",)]
    assert len(ok(office_cli(office, "supply-groups", "list", "--json", username="admin"))["supply_groups"]) == 4

    refused(office_cli(office, "users", "add", "newcashier", "--role", "cashier", "--new-password", "s3cret-pass",
                       username="supervisor"), "may not")
    ok(office_cli(office, "users", "add", "newcashier", "--role", "cashier", "--new-password", "s3cret-pass",
                  "--full-name", "New Cashier", username="admin"))
    ok(office_cli(office, "users", "password", "newcashier", "--new-password", "other-pass-1", username="admin"))
    newcomer = {"STS_POS_USER": "newcashier", "STS_POS_VAULT_PASSPHRASE": office.passphrase}
    assert ok(run_main(["--db", url, "shift", "status", "--json"], dict(newcomer, STS_POS_PASSWORD="other-pass-1")))
    refused(run_main(["--db", url, "shift", "status"], dict(newcomer, STS_POS_PASSWORD="s3cret-pass")), "password")
    ok(office_cli(office, "users", "edit", "newcashier", "--active", "no", username="admin"))
    refused(run_main(["--db", url, "shift", "status"], dict(newcomer, STS_POS_PASSWORD="other-pass-1")))
    assert rows(url, "SELECT role, active FROM users WHERE username = 'newcashier'") == [("cashier", 0)]
    assert "newcashier" in [u["username"] for u in ok(office_cli(office, "users", "list", "--json",
                                                                  username="admin"))["users"]]

    opened = ok(office_cli(office, "shift", "open", "--float", "200", "--json", username="cashier2"))
    refused(office_cli(office, "shift", "open", username="cashier2"), "already have an open shift")
    closed = ok(office_cli(office, "shift", "close", "--counted", "190", "--json", username="cashier2"))
    assert closed["shift_id"] == opened["shift_id"] and closed["variance"] == "-10.00"
    assert rows(url, "SELECT opening_float, counted_cash, variance, closed_at IS NOT NULL FROM shifts WHERE id = %s",
                opened["shift_id"]) == [(20000, 19000, -1000, True)]
    assert Path(closed["z_report"]["pdf"]).read_bytes()[:4] == b"%PDF"  # in this PC's folder for the office
    assert "postgresql" not in closed["z_report"]["pdf"]

    status = ok(office_cli(office, "clock", "status", "--json"))
    assert status["verdict"] == "ok" and status["utc_offset"] == "UTC+02:00"
    refused(office_cli(office, "clock", "confirm"), "supervisor")
    ok(office_cli(office, "clock", "confirm", "--json", username="supervisor"))
    confirmation = json.loads(rows(url, "SELECT value FROM settings WHERE key = 'clock_confirmation'")[0][0])
    assert confirmation["by"] == "supervisor"


def test_sales_engineering_and_printing_commands_on_a_server(pg_demo_office, tmp_path):
    office, url = pg_demo_office, pg_demo_office.path
    number = office.meters(ea="07", pending_key_change=False)[0]["meter_number"]
    meter = virtual_meter(office, number)
    sale = ok(office_cli(office, "vend", "--meter", number, "--amount", "150", "--json"))["sale"]
    assert rows(url, "SELECT status, amount FROM sales WHERE id = %s", sale["id"]) == \
        [("ISSUED", round(float(sale["amount"]) * 100))]
    copy = ok(office_cli(office, "reprint", "--receipt", sale["receipt_no"], "--json"))
    assert copy["copy"] is True and copy["sale_id"] == sale["id"]
    text, pdf = tmp_path / "receipt.txt", tmp_path / "receipt.pdf"
    ok(office_cli(office, "print", "--sale", str(sale["id"]), "--format", "text", "--out", str(text)))
    assert sale["receipt_no"] in text.read_text() and copy["tokens"][0]["number"][:4] in text.read_text()
    ok(office_cli(office, "print", "--sale", str(sale["id"]), "--format", "pdf", "--paper", "a4", "--out", str(pdf)))
    assert pdf.read_bytes()[:4] == b"%PDF"
    refused(office_cli(office, "print", "--sale", str(sale["id"]), "--format", "pdf", "--out", str(pdf)),
            "already exists")

    refused(office_cli(office, "void", "--sale", str(sale["id"]), "--reason", "typo"), "ask a supervisor")
    voided = ok(office_cli(office, "void", "--sale", str(sale["id"]), "--reason", "wrong meter", "--json",
                           username="supervisor"))
    assert voided["sale"]["status"] == "VOIDED"
    assert rows(url, "SELECT status FROM sales WHERE id = %s", sale["id"]) == [("VOIDED",)]
    refused(office_cli(office, "void", "--sale", str(sale["id"]), "--reason", "again", username="supervisor"),
            "only an issued sale can be voided")
    assert rows(url, "SELECT count(*) FROM audit_log WHERE action = 'sale.void'") == [(1,)]

    job = ok(office_cli(office, "token", "clear-tamper", "--meter", number, "--reason", "seal replaced", "--json",
                        username="technician"))
    assert rows(url, "SELECT kind, reason FROM engineering_jobs WHERE id = %s", job["job"]["id"]) == \
        [("clear_tamper", "seal replaced")]
    meter.tamper = True
    assert meter.enter(job["tokens"][0]["number"]).result is MeterResult.ACCEPTED and not meter.tamper
    refused(office_cli(office, "token", "key-change", "--meter", number, "--reason", "KRN 3", username="technician"),
            "no pending key change")

    kept = ok(office_cli(office, "vend", "--meter", number, "--amount", "200", "--json"))  # not entered yet
    # a key change to KRN 3: the sale not yet entered is listed, on the slip too; its token then refused by the
    # changed meter is diagnosed as an old key and replaced free under the new key
    ok(office_cli(office, "supply-groups", "add", "--sgc", "123456", "--krn", "3", "--dkga", "02", "--ea", "07",
                  "--base-date", "2014", username="admin", STS_POS_VENDING_KEY=STA_KEY))
    ok(office_cli(office, "meters", "edit", "--meter", number, "--krn", "3", username="supervisor"))
    waiting = ok(office_cli(office, "unentered", "--meter", number, "--json"))["sales"]
    assert [s["receipt_no"] for s in waiting] == [kept["sale"]["receipt_no"]]
    change = ok(office_cli(office, "token", "key-change", "--meter", number, "--reason", "KRN 3 programme", "--json",
                           username="technician"))
    slip = tmp_path / "slip.txt"
    ok(office_cli(office, "print", "--job", str(change["job"]["id"]), "--format", "text", "--out", str(slip)))
    said = " ".join(slip.read_text().split())
    assert "Enter these earlier tokens first" in said and kept["sale"]["receipt_no"] in said
    assert [meter.enter(t["number"]).result for t in change["tokens"]][:2] == [MeterResult.KCT_PENDING,
                                                                                MeterResult.KEY_CHANGED]
    assert rows(url, "SELECT g.krn FROM meters m JOIN supply_groups g ON g.id = m.supply_group_id "
                     "WHERE m.meter_number = %s", number) == [(3,)]
    assert ok(office_cli(office, "unentered", "--meter", number, "--json"))["sales"] == []
    old_token = kept["tokens"][-1]["number"]
    said = meter.enter(old_token).result
    assert said is not MeterResult.ACCEPTED
    diagnosis = ok(office_cli(office, "diagnose", "--meter", number, "--token", old_token, "--meter-says",
                              said.display, "--json", username="technician"))
    assert diagnosis["cause"] == "old_key" and diagnosis["replaceable"] is True
    assert diagnosis["sale"] == {"id": kept["sale"]["id"], "receipt_no": kept["sale"]["receipt_no"]}
    refused(office_cli(office, "replace", "--sale", str(kept["sale"]["id"]), "--reason", "old key"), "supervisor")
    replaced = ok(office_cli(office, "replace", "--sale", str(kept["sale"]["id"]), "--reason", "refused after the key "
                             "change", "--json", username="supervisor"))
    credit = [t["number"] for t in replaced["tokens"] if t["kind"] == "credit"]
    before = meter.credit
    assert meter.enter(credit[0]).result is MeterResult.ACCEPTED
    assert meter.credit - before == round(kept["sale"]["units_kwh"] * 10)
    assert rows(url, "SELECT original_sale_id, cause FROM replacements") == [(kept["sale"]["id"], "old_key")]
    refused(office_cli(office, "replace", "--sale", str(kept["sale"]["id"]), "--reason", "again", "--request-id", "x2",
                       username="supervisor"), "already replaced")

    refused(office_cli(office, "meter-codes", "add", "--code", "Err 3", "--means", "crc"), "supervisor")
    ok(office_cli(office, "meter-codes", "add", "--code", "Err 3", "--means", "crc", "--text", "CRC error",
                  username="supervisor"))
    assert rows(url, "SELECT code::text, means FROM meter_codes") == [("Err 3", "crc")]
    codes = ok(office_cli(office, "meter-codes", "list", "--json"))["codes"]
    assert [c for c in codes if c["code"] == "Err 3"] == [
        {"model": "", "code": "Err 3", "means": "crc", "text": "CRC error", "office": True}]
    ok(office_cli(office, "meter-codes", "remove", "--code", "err 3", username="supervisor"))
    assert rows(url, "SELECT count(*) FROM meter_codes") == [(0,)]
    with office.open() as opened:
        assert opened.verify_audit().ok


def test_the_sms_outbox_sends_a_sale_through_sms_sim(pg_demo_office, tmp_path):
    office = pg_demo_office
    number = next(m for m in office.meters() if m["base_date"] == 1993)["meter_number"]
    sale = ok(office_cli(office, "vend", "--meter", number, "--amount", "300", "--json"))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (SRC, os.environ.get("PYTHONPATH", "")) if p))
    sim = subprocess.Popen([sys.executable, "-m", "sts_pos", "--json", "sms-sim", "--duration", "60"], env=env,
                           stdout=subprocess.PIPE, text=True)
    try:
        port = json.loads(sim.stdout.readline())["port"]
        send = ("sms", "send", "--port", port, "--timeout", "2", "--to", "+27825550000", "--sale", str(sale["sale"]["id"]),
                "--json")
        first = ok(office_cli(office, *send))
        again = ok(office_cli(office, *send))  # the same sale to the same phone: nothing new queued or sent
    finally:
        sim.send_signal(signal.SIGTERM)
        assert sim.wait(timeout=10) == 0
    assert len(first["messages"]) >= 2 and {m["state"] for m in first["messages"]} <= {"sent", "delivered"}
    assert [m["id"] for m in again["messages"]] == [m["id"] for m in first["messages"]]
    texts = " ".join(m["text"] for m in first["messages"])
    assert number in texts and "Key change 1" in texts
    listed = ok(office_cli(office, "sms", "list", "--json"))["messages"]
    assert [m["id"] for m in listed] == [m["id"] for m in first["messages"]]
    assert list((tmp_path / "local").rglob("sms-outbox*"))  # in this PC's folder for the office


def test_migrate_keeps_the_reports_running_sums(demo_template, pg_url, tmp_path):
    source = tmp_path / "office.sqlite3"
    shutil.copyfile(demo_template.path, source)
    admin = {"STS_POS_USER": "admin", "STS_POS_PASSWORD": demo_template.password("admin"),
             "STS_POS_VAULT_PASSPHRASE": demo_template.passphrase}
    ok(run_main(["--db", str(source), "migrate", "--to", pg_url], admin))
    import sqlite3

    sums = "SELECT hour, tender_type, status, count, amount FROM sales_hours ORDER BY 1, 2, 3"
    with sqlite3.connect(source) as conn:
        expected = conn.execute(sums).fetchall()
    assert expected and rows(pg_url, sums) == expected  # the copied sales are not counted again by the server
    supervisor = dict(admin, STS_POS_USER="supervisor", STS_POS_PASSWORD=demo_template.password("supervisor"))
    first = min(r[0] for r in expected)[:10]
    reports = [ok(run_main(["--db", db, "report", "sales-by-day", "--from", first, "--json"], supervisor))
               for db in (str(source), pg_url)]
    assert reports[0]["rows"] and reports[0]["rows"] == reports[1]["rows"]


def test_errors_a_user_can_hit_on_a_server_are_said_in_words(pg_demo_office, pg_cluster):
    office, url = pg_demo_office, pg_demo_office.path
    refused(office_cli(office, "vend", "--meter", "01400000004", "--amount", "100", STS_POS_PASSWORD="wrong-one"),
            "password")
    refused(office_cli(office, "vend", "--meter", "01234567897", "--amount", "100"), "not registered")
    refused(office_cli(office, "reprint", "--sale", "999999"), "No sale with that number")
    empty = pg_cluster.new_database()
    said = refused(run_main(["--db", empty, "customers", "list"], {"STS_POS_USER": "x", "STS_POS_PASSWORD": "y"}),
                   "holds no office")
    assert "counter-secret" not in said
    no_such = url.rsplit("/", 1)[0] + "/no_such_office"  # a mistyped database name
    said = refused(run_main(["--db", no_such, "customers", "list"], {"STS_POS_USER": "x", "STS_POS_PASSWORD": "y"}),
                   "cannot reach the office database server", "database name")
    assert "no_such_office" in said and "FATAL" not in said  # the server's own words only with --verbose
    gone = url.rsplit(":", 1)[0] + ":1/office"  # no server there
    said = refused(run_main(["--db", gone, "customers", "list"], {"STS_POS_USER": "x", "STS_POS_PASSWORD": "y"}),
                   "cannot reach the office database server")
    assert "counter-secret" not in said


def test_init_on_a_server_names_it_without_the_password_in_its_address(pg_cluster):
    url = pg_cluster.new_database()
    with_password = url.replace("sts@", "sts:counter-secret@")
    done = run_main(["--db", with_password, "init", "--name", "Branch Office", "--currency", "PHP", "--admin", "boss"],
                    {"STS_POS_PASSWORD": "boss-password-1", "STS_POS_VAULT_PASSPHRASE": "a long vault passphrase"})
    said = ok(done)
    assert "counter-secret" not in done.stdout + done.stderr
    where = url.split("://", 1)[1]
    assert not said and f"Office 'Branch Office' created in {where}; sign in as boss." in done.stdout
    assert rows(url, "SELECT username, role FROM users") == [("boss", "admin")]


REPORTS = ("sales-by-day", "sales-by-month", "sales-by-cashier", "sales-by-tariff", "sales-by-supply-group", "fbe",
           "debt", "engineering", "replacements", "consumption", "alarms")


def test_every_report_on_the_server_is_the_one_the_office_file_gives(pg_demo_office, demo_template, tmp_path):
    import sqlite3

    copy = tmp_path / "file" / "office.sqlite3"
    copy.parent.mkdir()
    shutil.copyfile(demo_template.path, copy)
    on_file = type(demo_template)(copy, demo_template.info)
    with sqlite3.connect(copy) as conn:
        first, last = conn.execute("SELECT min(created_at), max(created_at) FROM sales").fetchone()
    from datetime import date, timedelta

    period = ("--from", first[:10], "--to", (date.fromisoformat(last[:10]) + timedelta(days=1)).isoformat())
    for name, extra in [*((n, period) for n in REPORTS), ("dormant", ("--days", "1")), ("silent", ("--days", "1")),
                        ("shift-x", ("--shift", "1"))]:
        file_report, server_report = ({k: v for k, v in ok(office_cli(o, "report", name, *extra, "--json",
                                                                       username="supervisor")).items()
                                       if k != "generated_at"} for o in (on_file, pg_demo_office))
        assert server_report == file_report and "rows" in file_report, name
    sales = ok(office_cli(pg_demo_office, "report", "sales-by-day", *period, "--json", username="supervisor"))
    assert sales["totals"]["count"] == rows(pg_demo_office.path, "SELECT count(*) FROM sales WHERE status = "
                                                                          "'ISSUED'")[0][0] > 0
    for table in ("sales", "customers", "meters", "tokens"):
        exported = [office_cli(o, "export", table, "--format", "csv", username="supervisor") for o in (on_file,
                                                                                                      pg_demo_office)]
        assert exported[0].returncode == exported[1].returncode == 0 and exported[1].stdout == exported[0].stdout
