"""``sts-pos import`` on a network office (issue 17): the demo office's register exported from the server
(``--template --from-office``) rebuilds a new office on another database, with its search, audit entry and
working tokens; a file with every kind of bad row (all or nothing, ``--dry-run``, ``--skip-bad`` with a
rejects file that imports again once corrected); customers, then their meters by account; tariffs; and
another counter adding one of the file's meters while it is checked. Every effect is read on the server
with psycopg."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil

import psycopg
import pytest

from sts_pos.store.importer import COLUMNS
from sts_pos.store.office import Office
from sts_pos.sts.meter import MeterResult, VirtualMeter
from tests.cli.inproc import office_cli, run_main
from tests.importing.conftest import ADMIN_PASSWORD, GROUPS, PASSPHRASE, csv_file
from tests.importing.test_import import METER_HEADER, bad_rows, new_meter, row
from tests.support.sts_office import DemoOffice


def one(url: str, sql: str, *params):
    with psycopg.connect(url) as raw:
        return raw.execute(sql, params).fetchone()[0]


def register(url: str) -> dict:
    with psycopg.connect(url) as raw:
        rows = raw.execute(
            "SELECT m.meter_number, m.iin, g.sgc, g.krn, m.ti, m.key_type, m.base_date, m.kind, m.card_serial, "
            "p.sgc, p.krn, m.pending_base_date, c.account_no::text, c.name::text, c.address::text, c.phone, "
            "c.indigent, c.debt_balance FROM meters m JOIN supply_groups g ON g.id = m.supply_group_id "
            "LEFT JOIN supply_groups p ON p.id = m.pending_supply_group_id JOIN customers c ON c.id = m.customer_id")
        return {r[0]: (*r[1:15], "".join(ch for ch in r[15] if ch.isdigit()), *r[16:]) for r in rows}


@pytest.fixture
def new_pg_office(pg_cluster):
    """An empty network office with the demo office's supply groups and keys, on a database of its own."""
    url = pg_cluster.new_database()
    office = Office.create(url, name="Rebuilt Office", vat_number="", currency_code="ZAR", currency_symbol="R",
                           decimals=2, admin_username="admin", admin_full_name="Admin", admin_password=ADMIN_PASSWORD,
                           vault_passphrase=PASSPHRASE)
    with office:
        for sgc, krn, dkga, ea, base, key in GROUPS:
            office.records.add_supply_group(None, sgc, krn, dkga, ea, base, key)
    return url


def admin_cli(url: str, *args: str):
    return run_main(["--db", url, *args], {"STS_POS_USER": "admin", "STS_POS_PASSWORD": ADMIN_PASSWORD,
                                           "STS_POS_VAULT_PASSPHRASE": PASSPHRASE})


def test_the_demo_office_on_a_server_is_rebuilt_on_another_from_its_exported_register(
        pg_demo_office, demo_template, new_pg_office, tmp_path):
    files = {kind: tmp_path / f"{kind}.csv" for kind in ("meters", "tariffs", "customers")}
    (tmp_path / "file").mkdir()
    on_file_office = DemoOffice(tmp_path / "file" / "office.sqlite3", demo_template.info)  # the session's untouched
    shutil.copyfile(demo_template.path, on_file_office.path)
    for kind, path in files.items():
        done = office_cli(pg_demo_office, "import", "--template", kind, "--from-office", "--out", str(path),
                          username="supervisor")
        assert done.returncode == 0, done.stderr
        on_file = office_cli(on_file_office, "import", "--template", kind, "--from-office", username="supervisor")
        assert path.read_text() == on_file.stdout  # the same register as the office file's
    assert files["meters"].read_text().splitlines()[0] == METER_HEADER
    assert len(files["meters"].read_text().splitlines()) == 31

    url = new_pg_office
    tariffs = admin_cli(url, "import", "tariffs", str(files["tariffs"]), "--json")
    assert tariffs.returncode == 0, tariffs.stderr
    assert json.loads(tariffs.stdout)["imported"] == one(url, "SELECT count(*) FROM tariffs") == 2
    done = admin_cli(url, "import", "meters", str(files["meters"]), "--pending-rollover", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    rolled = pg_demo_office.meters(pending_key_change=True)
    assert report["imported"] == 30 and report["rejected"] == [] and report["customers_added"] == 30
    assert report["pending_rollover"] == len(rolled) == 6 and report["written"] is True
    assert register(url) == register(pg_demo_office.path)
    detail = json.loads(one(url, "SELECT detail FROM audit_log WHERE action = 'import.meters'"))
    assert detail["sha256"] == hashlib.sha256(files["meters"].read_bytes()).hexdigest()
    assert (detail["rows"], detail["imported"], detail["rejected"]) == (30, 30, 0)

    with Office.open(url) as office:
        office.vault.unlock(PASSPHRASE)
        found = office.records.search("Mokoena")  # the server's search index holds the imported customers
        assert found and all("Mokoena" in r["name"] for r in found)
        assert office.records.search(rolled[0]["meter_number"])[0]["meter_number"] == rolled[0]["meter_number"]
        assert office.verify_audit().ok
    with pg_demo_office.open() as demo:  # the meters as they are in the field, with the demo office's keys
        meter = demo.sales.find_meter(rolled[0]["meter_number"])
        virtual = VirtualMeter.with_vending_key(meter.meter_number, meter.params, demo.vending_key(meter.supply_group.id))
    sold = admin_cli(url, "vend", "--meter", rolled[0]["meter_number"], "--amount", "200", "--json")
    assert sold.returncode == 0, sold.stderr
    results = [virtual.enter(t["number"]).result for t in json.loads(sold.stdout)["tokens"]]
    assert results[:3] == [MeterResult.KCT_PENDING, MeterResult.KEY_CHANGED, MeterResult.ACCEPTED]
    assert set(results[3:]) <= {MeterResult.ACCEPTED} and virtual.credit > 0  # (and the free basic electricity)

    again = admin_cli(url, "import", "customers", str(files["customers"]), "--json")  # all already there
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert len(json.loads(again.stdout)["rejected"]) == 30 and one(url, "SELECT count(*) FROM customers") == 30


def test_bad_rows_all_or_nothing_dry_run_and_skip_bad_with_rejects_on_a_server(pg_demo_office, tmp_path):
    url = pg_demo_office.path
    rows, expected, good = bad_rows(pg_demo_office)
    path = csv_file(tmp_path / "bad.csv", rows)
    meters, audit = one(url, "SELECT count(*) FROM meters"), one(url, "SELECT count(*) FROM audit_log")
    for extra in ((), ("--dry-run",)):
        done = office_cli(pg_demo_office, "import", "meters", str(path), *extra, "--json", username="supervisor")
        assert done.returncode == 1, done.stderr
        report = json.loads(done.stdout)
        refused = {item["row"]: " ".join(item["reasons"]) for item in report["rejected"]}
        assert set(refused) == set(expected) and all(expected[r] in refused[r] for r in expected)
        assert report["imported"] == 0 and report["written"] is False
    assert one(url, "SELECT count(*) FROM meters") == meters
    assert one(url, "SELECT count(*) FROM audit_log WHERE action LIKE 'import.%%'") == 0

    rejects = tmp_path / "rejects.csv"
    done = office_cli(pg_demo_office, "import", "meters", str(path), "--skip-bad", "--rejects", str(rejects), "--json",
                      username="supervisor")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["imported"] == len(good)
    assert one(url, "SELECT count(*) FROM meters") == meters + len(good)
    assert one(url, "SELECT count(*) FROM meters WHERE meter_number = %s AND kind = 'ic_card' AND "
                    "card_serial = 'NEWCARD1'", new_meter(2, misty=True)) == 1
    assert one(url, "SELECT count(*) FROM audit_log") > audit
    lines = list(csv.reader(io.StringIO(rejects.read_bytes().decode("utf-8-sig"))))
    assert lines[0] == [*COLUMNS["meters"], "file_row", "reasons"]
    assert [int(line[-2]) for line in lines[1:]] == sorted(expected)
    fixed = [line for line in lines[1:] if int(line[-2]) == 4]  # the 9-digit meter number, corrected
    fixed[0][0] = new_meter(40)
    csv_file(tmp_path / "fixed.csv", fixed, header=lines[0])
    again = office_cli(pg_demo_office, "import", "meters", str(tmp_path / "fixed.csv"), "--json", username="supervisor")
    assert again.returncode == 0, again.stdout + again.stderr
    assert one(url, "SELECT count(*) FROM meters WHERE meter_number = %s", new_meter(40)) == 1


def test_customers_then_their_meters_by_account_and_tariffs_on_a_server(pg_demo_office, tmp_path):
    url = pg_demo_office.path
    customers = csv_file(tmp_path / "customers.csv", [
        ["C-1", "Grace Banda", "4 Hill Road", "+260 97 1234567", "yes", "150.00", "25"],
        ["c-1", "Grace Again", "", "", "", "", ""],
        ["C-2", "Peter Zulu", "", "", "no", "", ""],
        ["acc10001", "Taken Account", "", "", "", "", ""],
    ], header=COLUMNS["customers"])
    done = office_cli(pg_demo_office, "import", "customers", str(customers), "--skip-bad", "--json",
                      username="supervisor")
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["imported"] == 1, done.stdout + done.stderr
    refused = {item["row"]: " ".join(item["reasons"]) for item in report["rejected"]}
    assert set(refused) == {2, 3, 5} and "already in the office" in refused[5]  # case aside, as on SQLite
    meters = csv_file(tmp_path / "meters.csv", [row(new_meter(60), "C-2", name="", address="", phone=""),
                                                row(new_meter(61), "c-2", name="peter zulu", phone="", address="")])
    done = office_cli(pg_demo_office, "import", "meters", str(meters), "--json", username="supervisor")
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["customers_added"] == 0
    assert one(url, "SELECT count(DISTINCT m.customer_id) FROM meters m JOIN customers c ON c.id = m.customer_id "
                    "WHERE c.account_no = 'C-2'") == 1
    assert one(url, "SELECT count(*) FROM meters m JOIN customers c ON c.id = m.customer_id "
                    "WHERE c.account_no = 'C-2'") == 2

    tariffs = csv_file(tmp_path / "tariffs.csv", [["05", "Farm", "120.5:100 150", "15", "50.00", "5.00", "", "0"],
                                                  ["01", "Clash", "100", "0", "", "", "", ""]],
                       header=COLUMNS["tariffs"])
    done = office_cli(pg_demo_office, "import", "tariffs", str(tariffs), "--skip-bad", "--json", username="supervisor")
    assert done.returncode == 0 and json.loads(done.stdout)["imported"] == 1, done.stdout + done.stderr
    with psycopg.connect(url) as raw:
        farm = raw.execute("SELECT name, blocks, fixed_monthly_charge, min_purchase FROM tariffs WHERE ti = 5").fetchone()
    assert farm[0] == "Farm" and json.loads(farm[1])[0]["rate"] == "120.5" and farm[2:] == (5000, 500)


def test_a_meter_added_by_another_counter_while_the_file_is_checked_is_said_in_words(pg_demo_office, tmp_path,
                                                                                    monkeypatch):
    from sts_pos.store import importer

    url = pg_demo_office.path
    path = csv_file(tmp_path / "meters.csv", [row(new_meter(80), "RACE-1"), row(new_meter(81), "RACE-2")])
    checked = importer.check_table

    def check_then_another_counter_adds_one(records, table):
        plan = checked(records, table)
        with psycopg.connect(url) as other:  # another counter's transaction, committed meanwhile
            other.execute("INSERT INTO meters (meter_number, iin, supply_group_id, ti, key_type, base_date, kind, "
                          "created_at) SELECT %s, iin, supply_group_id, ti, key_type, base_date, kind, created_at "
                          "FROM meters ORDER BY id LIMIT 1", (new_meter(81),))
        return plan

    monkeypatch.setattr(importer, "check_table", check_then_another_counter_adds_one)
    customers = one(url, "SELECT count(*) FROM customers")
    done = office_cli(pg_demo_office, "import", "meters", str(path), username="supervisor")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "another user added one of its meters" in done.stderr and "nothing was imported" in done.stderr
    assert "Traceback" not in done.stderr and "IntegrityError" not in done.stderr and "psycopg" not in done.stderr
    assert one(url, "SELECT count(*) FROM customers") == customers  # the whole file's transaction rolled back
    assert one(url, "SELECT count(*) FROM meters WHERE meter_number = %s", new_meter(80)) == 0
