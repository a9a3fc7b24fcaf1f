"""``sts-pos import`` (issue 19): the documented template, the demo office rebuilt from its exported register,
a file with every kind of bad row (each named with its reason; all or nothing; --skip-bad with a rejects file
that imports again once corrected), Excel number cells that lost their leading zeros, customers then meters,
tariffs, and the file-level refusals."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3

import openpyxl
import pytest

from sts_pos.store.importer import COLUMNS
from sts_pos.sts.meter import MeterResult, VirtualMeter
from sts_pos.sts.meter_number import make_meter_number
from tests.cli.inproc import office_cli, run_main
from tests.importing.conftest import csv_file

METER_HEADER = ("meter_number,account_no,customer_name,address,phone,sgc,krn,ti,key_type,base_date,kind,card_serial,"
                "indigent,debt")


def count(path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def new_meter(i: int, misty: bool = False) -> str:
    return make_meter_number("0007" if misty else "07", f"{i:08d}").drn


def row(meter: str, account: str = "", name: str = "New Customer", **values) -> list[str]:
    fields = {"meter_number": meter, "account_no": account or f"N-{meter}", "customer_name": name,
              "address": "1 New Road", "phone": "+27 82 111 0000", "sgc": "123456", "krn": "2", "ti": "01",
              "key_type": "2", "base_date": "2014", "kind": "keypad", "card_serial": "", "indigent": "no", "debt": "0"}
    fields.update(values)
    return [fields[c] for c in COLUMNS["meters"]]


def test_the_template_is_the_documented_header(tmp_path):
    result = run_main(["import", "--template", "meters"], {})
    assert result.returncode == 0 and result.stdout == METER_HEADER + "\n"
    for kind in ("customers", "tariffs"):
        done = run_main(["import", "--template", kind], {})
        assert done.returncode == 0 and done.stdout.strip() == ",".join(COLUMNS[kind])


# ---- the demo office rebuilt --------------------------------------------------------------------------------
def _register(path) -> dict:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(
            "SELECT m.meter_number, m.iin, g.sgc, g.krn, m.ti, m.key_type, m.base_date, m.kind, m.card_serial, "
            "p.sgc AS p_sgc, p.krn AS p_krn, m.pending_base_date, c.account_no, c.name, c.address, c.phone, "
            "c.indigent, c.debt_balance FROM meters m JOIN supply_groups g ON g.id = m.supply_group_id "
            "LEFT JOIN supply_groups p ON p.id = m.pending_supply_group_id JOIN customers c ON c.id = m.customer_id")
        return {r["meter_number"]: {**dict(r), "phone": re.sub(r"\D", "", r["phone"])} for r in rows}
    finally:
        conn.close()


def test_the_demo_office_is_rebuilt_from_its_exported_register(demo_office, new_office, tmp_path):
    meters_csv, tariffs_csv = tmp_path / "meters.csv", tmp_path / "tariffs.csv"
    for kind, path in (("meters", meters_csv), ("tariffs", tariffs_csv)):
        done = office_cli(demo_office, "import", "--template", kind, "--from-office", "--out", str(path),
                          username="supervisor")
        assert done.returncode == 0, done.stderr
    assert meters_csv.read_text().splitlines()[0] == METER_HEADER

    assert new_office.cli("import", "tariffs", str(tariffs_csv)).returncode == 0
    done = new_office.cli("import", "meters", str(meters_csv), "--pending-rollover", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    rolled = demo_office.meters(pending_key_change=True)
    assert report["imported"] == 30 and report["rejected"] == [] and report["dry_run"] is False
    assert sorted(report["needs_rollover"]) == sorted(m["meter_number"] for m in rolled)
    assert report["pending_rollover"] == len(rolled) == 6 and report["customers_added"] == 30

    assert _register(new_office.path) == _register(demo_office.path)
    with new_office.open() as office:
        found = office.records.search("Mokoena")  # the search index holds the imported customers
        assert found and all("Mokoena" in r["name"] for r in found)
        assert office.records.search(rolled[0]["meter_number"])[0]["meter_number"] == rolled[0]["meter_number"]
        trigger = office.repo.one("SELECT sql FROM sqlite_master WHERE name = 'customers_fts_ai'")
        assert trigger is not None  # put back after the bulk insert
        office.records.add_customer(None, "AFTER-1", "Zebediah Later")
        assert office.records.search("Zebediah")
        entry = office.repo.one("SELECT detail FROM audit_log WHERE action = 'import.meters'")
        detail = json.loads(entry[0])
        assert detail["sha256"] == hashlib.sha256(meters_csv.read_bytes()).hexdigest()
        assert (detail["rows"], detail["imported"], detail["rejected"]) == (30, 30, 0)
        assert office.verify_audit().ok

    # the rebuilt office's tokens work in the meters as they are (keys and parameters from the demo office)
    with demo_office.open() as demo:
        meters = {}
        for m in (rolled[0], demo_office.meters(ea="11")[0], demo_office.meters(ea="07", pending_key_change=False)[0]):
            meter = demo.sales.find_meter(m["meter_number"])
            meters[m["meter_number"]] = VirtualMeter.with_vending_key(meter.meter_number, meter.params,
                                                                      demo.vending_key(meter.supply_group.id))
    for number, vm in meters.items():
        sold = new_office.cli("vend", "--meter", number, "--amount", "200", "--json")
        assert sold.returncode == 0, sold.stderr
        tokens = json.loads(sold.stdout)["tokens"]
        results = [vm.enter(t["number"]).result for t in tokens]
        if number == rolled[0]["meter_number"]:
            assert results[:3] == [MeterResult.KCT_PENDING, MeterResult.KEY_CHANGED, MeterResult.ACCEPTED]
        assert set(results) <= {MeterResult.KCT_PENDING, MeterResult.KEY_CHANGED, MeterResult.ACCEPTED}
        assert vm.credit > 0


# ---- every kind of bad row -------------------------------------------------------------------------------
def bad_rows(demo_office) -> tuple[list[list[str]], dict[int, str], list[int]]:
    """Rows and, by spreadsheet row number, the words the reason must contain; and the good rows."""
    office_meter = demo_office.meters()[0]["meter_number"]
    good_a, good_b = new_meter(1), new_meter(2, misty=True)
    wrong_digit = new_meter(3)[:-1] + str((int(new_meter(3)[-1]) + 1) % 10)
    cases = [
        (row(good_a, "GOOD-1", base_date="1993", krn="1"), None),
        (row(good_b, "GOOD-2", sgc="654321", krn="1", kind="ic_card", card_serial="NEWCARD1"), None),
        (row(wrong_digit), "its last digit does not match"),
        (row("014000004"), "has 11 or 13 digits"),
        (row("01A00000004"), "characters that are not digits"),
        (row(""), "the meter number is missing"),
        (row(new_meter(4), "DUPMETER-1"), "is also on row(s)"),
        (row(new_meter(4), "DUPMETER-2"), "is also on row(s)"),
        (row(office_meter), "already registered in this office"),
        (row(new_meter(5), sgc="999999"), "there is no supply group 999999"),
        (row(new_meter(6), krn="3"), "has no key revision 3"),
        (row(new_meter(7), ti="100"), "tariff index (ti) is 0 to 99"),
        (row(new_meter(8), ti="07"), "no tariff with index 07"),
        (row(new_meter(9), krn="10"), "key revision number (krn) is 1 to 9"),
        (row(new_meter(10), key_type="5"), "key type is 0 to 3"),
        (row(new_meter(11), base_date="2000"), "base date is 1993, 2014 or 2035"),
        (row(new_meter(12), kind="prepaid"), "kind is keypad or ic_card"),
        (row(new_meter(13), phone="082 555 0000"), "national form"),
        (row(new_meter(14), phone="call me"), "not a phone number in international form"),
        (row(new_meter(15), debt="10.555"), "has 2 decimals"),
        (row(new_meter(16), debt="-5"), "not an amount of money"),
        (row(new_meter(17), indigent="maybe"), "indigent is yes or no"),
        (row(new_meter(18), account=" "), "the account number is missing"),
        (row(new_meter(19), "NONAME", name=""), "give the customer's name"),
        (row(new_meter(20), "SAMEACC", name="Ann First"), None),
        (row(new_meter(21), "SAMEACC", name="Bob Second"), "with name 'Ann First', but this row says 'Bob Second'"),
        (row(new_meter(22), "ACC10001", name="Someone Else"), "already in the office with name"),
        (row(new_meter(23), card_serial="C9"), "a keypad meter has no card serial"),
        (row(new_meter(24), kind="ic_card", card_serial="C700003"), "card serial C700003 is already used"),
        (row(new_meter(25), sgc="12345a"), "is not 6 digits"),
        (row(new_meter(26)) + ["surplus"], "the row has 15 cells"),
        (row(new_meter(27), name="Bad\x07Name"), "control characters"),
        (row(new_meter(28), name="N" * 201), "at most 200"),
        (row(new_meter(29), "SAMECARD-1", kind="ic_card", card_serial="SAMECARD"), "card serial SAMECARD is also"),
        (row(new_meter(30), "SAMECARD-2", kind="ic_card", card_serial="SAMECARD"), "card serial SAMECARD is also"),
    ]
    rows = [r for r, _ in cases]
    expected = {i + 2: words for i, (_, words) in enumerate(cases) if words}
    good = [i + 2 for i, (_, words) in enumerate(cases) if not words]
    return rows, expected, good


def test_every_kind_of_bad_row_is_named_and_nothing_is_written(demo_office, tmp_path):
    rows, expected, good = bad_rows(demo_office)
    kinds = {re.sub(r"\d+", "N", words) for words in expected.values()}
    assert len(kinds) >= 28  # well over the 20 kinds
    path = csv_file(tmp_path / "bad.csv", rows)
    meters = count(demo_office.path, "SELECT count(*) FROM meters")
    for extra in (["--dry-run"], []):
        done = office_cli(demo_office, "import", "meters", str(path), "--json", *extra, username="supervisor")
        assert done.returncode == 1, done.stdout + done.stderr
        report = json.loads(done.stdout)
        assert report["imported"] == 0 and report["dry_run"] is bool(extra)
        refused = {item["row"]: item["reasons"] for item in report["rejected"]}
        assert set(refused) == set(expected), (sorted(refused), sorted(expected))
        for number, words in expected.items():
            assert any(words in reason for reason in refused[number]), (number, words, refused[number])
        assert not set(good) & set(refused)
    assert count(demo_office.path, "SELECT count(*) FROM meters") == meters  # all or nothing: nothing
    assert count(demo_office.path, "SELECT count(*) FROM audit_log WHERE action LIKE 'import.%'") == 0
    text = office_cli(demo_office, "import", "meters", str(path), username="supervisor")
    assert text.returncode == 1 and "Nothing was imported" in text.stdout and "row 5: " in text.stdout


def test_skip_bad_imports_the_good_rows_and_the_corrected_rejects_import_again(demo_office, tmp_path):
    rows, expected, good = bad_rows(demo_office)
    path = csv_file(tmp_path / "bad.csv", rows)
    rejects = tmp_path / "rejects.csv"
    meters = count(demo_office.path, "SELECT count(*) FROM meters")
    done = office_cli(demo_office, "import", "meters", str(path), "--skip-bad", "--rejects", str(rejects), "--json",
                      username="supervisor")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["imported"] == len(good) and len(report["rejected"]) == len(expected)
    assert count(demo_office.path, "SELECT count(*) FROM meters") == meters + len(good)
    assert report["needs_rollover"] == [new_meter(1)]
    detail = json.loads(sqlite3.connect(demo_office.path).execute(
        "SELECT detail FROM audit_log WHERE action = 'import.meters'").fetchone()[0])
    assert detail["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest() and detail["skip_bad"] is True
    assert (detail["imported"], detail["rejected"]) == (len(good), len(expected))

    data = rejects.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads the UTF-8 right
    import csv
    import io
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert lines[0] == [*COLUMNS["meters"], "file_row", "reasons"]
    assert [int(line[-2]) for line in lines[1:]] == sorted(expected)
    assert all(expected[int(line[-2])] in line[-1] for line in lines[1:])

    # the office clerk corrects two rows of the rejects file and imports it again (file_row/reasons ignored)
    fixed = [lines[0]]
    for line in lines[1:]:
        if int(line[-2]) == 4:  # the 9-digit meter number
            line[0] = new_meter(40)
            fixed.append(line)
        if expected[int(line[-2])] == "national form":
            line[4] = "+27 82 555 0000"
            fixed.append(line)
    csv_file(tmp_path / "fixed.csv", fixed[1:], header=fixed[0])
    again = office_cli(demo_office, "import", "meters", str(tmp_path / "fixed.csv"), "--json", username="supervisor")
    assert again.returncode == 0, again.stdout + again.stderr
    assert json.loads(again.stdout)["imported"] == 2
    assert office_cli(demo_office, "import", "meters", str(path), "--skip-bad", "--rejects", str(rejects),
                      username="supervisor").returncode == 2  # an existing rejects file is kept unless --force


# ---- Excel -------------------------------------------------------------------------------------------------
def test_excel_number_cells_that_lost_their_zeros_are_restored_or_refused(demo_office, tmp_path):
    with demo_office.open() as office:
        from sts_pos.store.demo import STA_KEY
        office.records.add_supply_group(None, "012345", 1, "02", "07", 2014, STA_KEY)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(COLUMNS["meters"]))
    formatted, ambiguous = new_meter(50), new_meter(52)
    twelve = make_meter_number("0107", "00000051").drn  # 13 digits, one leading zero: 12 as a number
    import datetime
    cells = [
        [int(formatted), "XL-1", "Formatted Zeros", "", "+27821234567", 123456, 2, 1, 2, 2014, "keypad", "", False, 12.5],
        [int(twelve), "XL-2", "Twelve Digits", "", "", 654321, 1, 1, 2, datetime.datetime(2014, 1, 1), "keypad", "",
         True, 0],
        [int(ambiguous), "XL-3", "Ambiguous", "", "", 123456, 2, 1, 2, 2014, "keypad", "", False, 0],
        [new_meter(53), "XL-4", "Numeric Phone", "", 27821234567, 123456, 2, 1, 2, 2014, "keypad", "", False, 0],
        [new_meter(54), 77, "Small SGC", "", "", 12345, 1, 1, 2, 2014, "keypad", "", False, 0],
        [new_meter(55), "XL-6", "Bad Date", "", "", 123456, 2, 1, 2, datetime.datetime(2014, 6, 1), "keypad", "",
         False, 0],
    ]
    for values in cells:
        sheet.append(values)
    sheet.cell(row=2, column=1).number_format = "00000000000"
    path = tmp_path / "register.xlsx"
    book.save(path)
    done = office_cli(demo_office, "import", "meters", str(path), "--skip-bad", "--json", username="supervisor")
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    refused = {item["row"]: " ".join(item["reasons"]) for item in report["rejected"]}
    assert set(refused) == {4, 5, 7}
    digits = ambiguous.lstrip("0")
    assert "lost its leading zeros" in refused[4] and f"be 0{digits} or 000{digits}." in refused[4]
    assert "Excel dropped its '+' or leading 0" in refused[5]
    assert "not 1993, 2014 or 2035" in refused[7]
    notes = {item["row"]: " ".join(item["notes"]) for item in report["notes"]}
    assert "leading zeros restored" in notes[2] and "leading zeros restored" in notes[3] and "012345" in notes[6]
    reg = _register(demo_office.path)
    assert reg[formatted]["debt_balance"] == 1250 and reg[formatted]["phone"] == "27821234567"
    assert reg[twelve]["indigent"] == 1 and reg[twelve]["base_date"] == "14"
    assert reg[new_meter(54)]["sgc"] == "012345" and reg[new_meter(54)]["account_no"] == "77"


# ---- customers, then meters; tariffs --------------------------------------------------------------------------
def test_customers_first_then_their_meters_by_account(demo_office, tmp_path):
    customers = csv_file(tmp_path / "customers.csv", [
        ["C-1", "Grace Banda", "4 Hill Road", "+260 97 1234567", "yes", "150.00", "25"],
        ["C-2", "Peter Zulu", "", "", "no", "", ""],
        ["c-1", "Grace Again", "", "", "", "", ""],
        ["ACC10001", "Taken Account", "", "", "", "", ""],
        ["C-5", "Percent", "", "", "", "", "120"],
    ], header=COLUMNS["customers"])
    done = office_cli(demo_office, "import", "customers", str(customers), "--skip-bad", "--json", username="supervisor")
    report = json.loads(done.stdout)
    refused = {item["row"]: " ".join(item["reasons"]) for item in report["rejected"]}
    assert set(refused) == {2, 4, 5, 6} and "also on row(s) 4" in refused[2] and "already in the office" in refused[5]
    assert "between 0 and 100" in refused[6]
    assert report["imported"] == 1  # C-2 only: C-1 and c-1 are one account (case-insensitive, as the office)
    meters = csv_file(tmp_path / "meters.csv", [
        row(new_meter(60), "C-2", name="", address="", phone=""),  # the customer is in the office: no name needed
        row(new_meter(61), "c-2", name="peter zulu", phone="", address=""),  # same customer, case aside
        row(new_meter(62), "C-2", name="Peter Banda"),
    ])
    done = office_cli(demo_office, "import", "meters", str(meters), "--skip-bad", "--json", username="supervisor")
    report = json.loads(done.stdout)
    assert report["imported"] == 2 and report["customers_added"] == 0
    assert [item["row"] for item in report["rejected"]] == [4]
    assert "name 'Peter Zulu', but this row says 'Peter Banda'" in report["rejected"][0]["reasons"][0]
    owners = count(demo_office.path, "SELECT count(DISTINCT customer_id) FROM meters m JOIN customers c ON "
                                     "c.id = m.customer_id WHERE c.account_no = 'C-2'")
    assert owners == 1


def test_tariffs_import(demo_office, tmp_path):
    path = csv_file(tmp_path / "tariffs.csv", [
        ["05", "Farm", "120.5:100 150", "15", "50.00", "5.00", "", "0"],
        ["01", "Clash", "100", "0", "", "", "", ""],
        ["06", "No Blocks", "", "0", "", "", "", ""],
        ["07", "Bad Block", "cheap", "0", "", "", "", ""],
        ["08", "Descending", "100:50 90:20 80", "0", "", "", "", ""],
        ["09", "Bad VAT", "100", "150", "", "", "", ""],
    ], header=COLUMNS["tariffs"])
    done = office_cli(demo_office, "import", "tariffs", str(path), "--skip-bad", "--json", username="supervisor")
    report = json.loads(done.stdout)
    refused = {item["row"]: " ".join(item["reasons"]) for item in report["rejected"]}
    assert report["imported"] == 1 and set(refused) == {3, 4, 5, 6, 7}
    assert "already has a tariff with index 01" in refused[3] and "blocks are missing" in refused[4]
    assert "is not RATE or RATE:UP_TO_KWH" in refused[5] and "must increase" in refused[6] and "VAT" in refused[7]
    listed = json.loads(office_cli(demo_office, "tariffs", "list", "--json", username="supervisor").stdout)
    farm = next(t for t in listed["tariffs"] if t["ti"] == 5)
    assert farm["blocks"] == [{"rate": "120.5", "up_to_kwh": 100.0}, {"rate": "150", "up_to_kwh": None}]
    assert farm["fixed_monthly_charge"] == 5000 and farm["min_purchase"] == 500


def test_roles_and_file_level_refusals(demo_office, tmp_path):
    good = csv_file(tmp_path / "good.csv", [row(new_meter(70), "R-1")])
    cashier = office_cli(demo_office, "import", "meters", str(good), username="cashier")
    assert cashier.returncode == 2 and "supervisor" in cashier.stderr
    technician = office_cli(demo_office, "import", "tariffs", str(good), username="technician")
    assert technician.returncode == 2

    (tmp_path / "latin1.csv").write_bytes(METER_HEADER.encode() + b"\n0140\xe9,x\n")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    (tmp_path / "empty.csv").write_text("")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    csv_file(tmp_path / "missing.csv", [["x"]], header=["meter_number", "account_no"])
    csv_file(tmp_path / "unknown.csv", [row(new_meter(71), "U-1") + ["remark"]],
             header=[*COLUMNS["meters"], "Remarks"])
    cases = {
        "latin1.csv": "is not UTF-8 text (line 2", "old.xls": "old Excel file (.xls)", "empty.csv": "is empty",
        "broken.xlsx": "not a readable Excel", "missing.csv": "has no column for sgc, krn, ti",
        "unknown.csv": "'Remarks' are not meters fields", "nowhere.csv": "There is no file",
        str(demo_office.path): "is a database", ".": "is a folder",
    }
    for name, words in cases.items():
        target = name if "/" in name else str(tmp_path / name)
        done = office_cli(demo_office, "import", "meters", target, username="supervisor")
        assert done.returncode == 2 and words in done.stderr, (name, done.stderr)
    mapped = office_cli(demo_office, "import", "meters", str(tmp_path / "unknown.csv"), "--columns", "Remarks=-",
                        "--json", username="supervisor")
    assert mapped.returncode == 0 and json.loads(mapped.stdout)["imported"] == 1
    over = office_cli(demo_office, "import", "meters", str(good), "--rejects", str(demo_office.path), username="supervisor")
    assert over.returncode == 2 and "part of the office database" in over.stderr
    assert count(demo_office.path, "SELECT count(*) FROM meters WHERE meter_number = ?".replace("?", f"'{new_meter(70)}'")) == 0
    usage = office_cli(demo_office, "import", "meters", username="supervisor")
    assert usage.returncode == 2 and "Say what to import" in usage.stderr


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_and_tab_separated_files(demo_office, tmp_path, delimiter):
    values = row(new_meter(80), "SEMI-1", debt="12.50")
    path = tmp_path / "semi.csv"
    path.write_text("\ufeff" + delimiter.join(COLUMNS["meters"]) + "\n" + delimiter.join(values) + "\n", encoding="utf-8")
    done = office_cli(demo_office, "import", "meters", str(path), "--json", username="supervisor")
    assert done.returncode == 0 and json.loads(done.stdout)["imported"] == 1, done.stdout
    assert _register(demo_office.path)[new_meter(80)]["debt_balance"] == 1250
