"""The ``sts-pos`` command end to end (subprocesses on a real file): JSON shapes, roles, errors."""

import json
import subprocess
import sys

import pytest
from pypdf import PdfReader

DEMO_METER_KEYS = {"meter_number", "customer", "sgc", "ti", "krn", "key_type", "base_date", "dkga", "ea", "kind"}
METER_KEYS = DEMO_METER_KEYS - {"customer"}


def test_demo_json_shape(tmp_path):
    db = tmp_path / "demo.sqlite3"
    run = lambda *a: subprocess.run([sys.executable, "-m", "sts_pos", "--db", str(db), *a],  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    out = run("demo", "--json", "--days", "1")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert {u["role"] for u in data["users"]} == {"cashier", "technician", "supervisor", "admin"}
    assert all(set(u) == {"username", "password", "role"} and u["password"] for u in data["users"])
    assert data["vault_passphrase"]
    assert len(data["meters"]) == 30
    assert all(DEMO_METER_KEYS <= set(m) for m in data["meters"])
    assert {(m["dkga"], m["ea"]) for m in data["meters"]} == {("02", "07"), ("04", "11")}
    assert {m["kind"] for m in data["meters"]} == {"keypad", "ic_card"}
    assert {m["base_date"] for m in data["meters"]} == {1993, 2014}
    assert {len(m["meter_number"]) for m in data["meters"]} == {11, 13}
    again = run("demo", "--json")
    assert again.returncode == 2 and "--force" in json.loads(again.stdout)["error"]
    assert run("demo", "--force").returncode == 0


def test_vend_json_shape_and_retry(demo_office):
    m = demo_office.meters(pending_key_change=True)[0]
    out = demo_office.cli("vend", "--meter", m["meter_number"], "--amount", "250", "--request-id", "R-1", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"sale", "tokens", "meter"}
    assert {"id", "request_id", "status", "amount", "units_kwh", "breakdown"} <= set(data["sale"])
    assert data["sale"]["request_id"] == "R-1" and data["sale"]["status"] == "ISSUED"
    assert data["sale"]["units_kwh"] > 0 and data["sale"]["breakdown"]["tender"] == 25000
    assert [t["kind"] for t in data["tokens"]][:3] == ["key_change_1", "key_change_2", "credit"]
    for t in data["tokens"]:
        assert set(t) == {"kind", "class", "subclass", "tid", "number"} and len(t["number"]) == 20
    assert [(t["class"], t["subclass"]) for t in data["tokens"][:2]] == [(2, 3), (2, 4)]
    assert set(data["meter"]) == METER_KEYS and (data["meter"]["base_date"], data["meter"]["krn"]) == (2014, 2)
    assert "abab" not in out.stdout
    retry = demo_office.cli("vend", "--meter", m["meter_number"], "--amount", "250", "--request-id", "R-1", "--json")
    assert json.loads(retry.stdout) == data
    by_kwh = demo_office.cli("vend", "--meter", m["meter_number"], "--kwh", "12.5", "--json")
    assert json.loads(by_kwh.stdout)["sale"]["units_kwh"] >= 12.5
    text = demo_office.cli("vend", "--meter", m["meter_number"], "--amount", "100")
    assert text.returncode == 0 and "Credit" in text.stdout


def test_cashier_cannot_void_or_issue_engineering_tokens(demo_office):
    m = demo_office.meters(pending_key_change=False)[0]["meter_number"]
    sale = json.loads(demo_office.cli("vend", "--meter", m, "--amount", "300", "--json").stdout)["sale"]
    refused = demo_office.cli("void", "--sale", str(sale["id"]), "--reason", "test")
    assert refused.returncode == 2 and "supervisor" in refused.stderr
    refused = demo_office.cli("token", "clear-tamper", "--meter", m, "--reason", "storm", "--json")
    assert refused.returncode == 2 and json.loads(refused.stdout)["kind"] == "PermissionDenied"
    tech = demo_office.cli("token", "clear-tamper", "--meter", m, "--reason", "storm", "--json",
                           username="technician")
    assert tech.returncode == 0 and json.loads(tech.stdout)["tokens"][0]["subclass"] == 5
    assert demo_office.cli("token", "clear-tamper", "--meter", m, "--reason", "", username="technician").returncode == 2
    reprint = demo_office.cli("reprint", "--sale", str(sale["id"]), "--json")
    assert json.loads(reprint.stdout)["copy"] is True
    voided = demo_office.cli("void", "--sale", str(sale["id"]), "--reason", "wrong meter", "--json",
                             username="supervisor")
    assert voided.returncode == 0 and json.loads(voided.stdout)["sale"]["status"] == "VOIDED"


def test_rollover_of_a_supply_group_through_the_cli(demo_office):
    out = demo_office.cli("token", "rollover", "--supply-group", "123456", "--reason", "TID rollover", "--json",
                          username="technician")
    jobs = json.loads(out.stdout)["jobs"]
    assert len(jobs) == len(demo_office.meters(pending_key_change=True))
    assert all(j["meter"]["base_date"] == 2014 for j in jobs)


def test_clear_errors_and_exit_codes(demo_office):
    bad = demo_office.cli("vend", "--meter", "01400000005", "--amount", "100")
    assert bad.returncode == 2 and "mistyped" in bad.stderr and "Traceback" not in bad.stderr
    unknown = demo_office.cli("vend", "--meter", "01999999996", "--amount", "100")
    assert unknown.returncode == 2 and "not registered" in unknown.stderr
    low = demo_office.cli("vend", "--meter", demo_office.meters()[0]["meter_number"], "--amount", "1")
    assert low.returncode == 2 and "minimum" in low.stderr
    wrong = demo_office.cli("vend", "--meter", demo_office.meters()[0]["meter_number"], "--amount", "100",
                            STS_POS_PASSWORD="nope")
    assert wrong.returncode == 2 and "Wrong user name or password" in wrong.stderr
    env_less = subprocess.run([sys.executable, "-m", "sts_pos", "--db", str(demo_office.path), "vend", "--meter",
                               demo_office.meters()[0]["meter_number"], "--amount", "100"],
                              env={k: v for k, v in demo_office.env(None).items() if not k.startswith("STS_POS_")
                                   or k == "STS_POS_DB"}, capture_output=True, text=True, stdin=subprocess.DEVNULL,
                              timeout=60)
    assert env_less.returncode == 2 and "User name is needed" in env_less.stderr
    assert "STS_POS_USER" not in env_less.stderr  # the user's words, not an environment variable
    vault = demo_office.cli("vend", "--meter", demo_office.meters()[0]["meter_number"], "--amount", "100",
                            STS_POS_VAULT_PASSPHRASE="wrong passphrase")
    assert vault.returncode == 2 and "vault passphrase" in vault.stderr


def test_audit_verify_backup_restore(demo_office, tmp_path):
    ok = demo_office.cli("audit", "verify", "--json", username="supervisor")
    assert ok.returncode == 0 and json.loads(ok.stdout)["ok"] is True
    backup = demo_office.cli("backup", str(tmp_path / "b.sqlite3"), "--json", username="supervisor")
    assert backup.returncode == 0 and json.loads(backup.stdout)["integrity"] == "ok"
    foreign = tmp_path / "foreign.sqlite3"
    foreign.write_bytes(b"not a database" * 500)
    refused = demo_office.cli("restore", str(foreign), username="admin")
    assert refused.returncode == 2 and "damaged" in refused.stderr
    assert demo_office.cli("restore", str(tmp_path / "b.sqlite3"), username="cashier").returncode == 2
    assert demo_office.cli("restore", str(tmp_path / "b.sqlite3"), username="admin").returncode == 0
    import sqlite3
    raw = sqlite3.connect(demo_office.path)
    raw.execute("DROP TRIGGER audit_log_no_update")
    raw.execute("UPDATE audit_log SET username = 'mallory' WHERE id = 5")
    raw.commit()
    raw.close()
    broken = demo_office.cli("audit", "verify", "--json", username="supervisor")
    assert broken.returncode == 1 and json.loads(broken.stdout)["first_broken_id"] == 5


def test_customers_meters_and_shifts(demo_office):
    sup = dict(username="supervisor")
    assert demo_office.cli("customers", "add", "--account", "NEW1", "--name", "Ada Lovelace", "--address",
                           "1 Engine Road", "--phone", "0825550000", "--debt", "120.50", **sup).returncode == 0
    assert demo_office.cli("customers", "add", "--account", "NEW2", "--name", "x").returncode == 2  # cashier
    added = demo_office.cli("meters", "add", "--meter", "01987654322", "--account", "NEW1", "--sgc", "123456",
                            "--krn", "2", "--ti", "1", **sup)
    assert added.returncode == 0, added.stderr
    found = json.loads(demo_office.cli("customers", "search", "lovel", "--json").stdout)["results"]
    assert [(r["account_no"], r["meter_number"]) for r in found] == [("NEW1", "01987654322")]
    edited = demo_office.cli("meters", "edit", "--meter", "01987654322", "--ti", "2", "--json", **sup)
    assert json.loads(edited.stdout)["pending_key_change"] is True
    assert demo_office.cli("shift", "open", "--float", "200", username="cashier2").returncode == 0
    sale = json.loads(demo_office.cli("vend", "--meter", "01987654322", "--amount", "400", "--json",
                                      username="cashier2").stdout)
    assert [t["kind"] for t in sale["tokens"]][:2] == ["key_change_1", "key_change_2"]
    debt = sale["sale"]["breakdown"]["deductions"]
    assert any(d["kind"] == "debt" and d["amount"] == 8000 for d in debt)  # 20 % of 400.00, balance 120.50
    closed = json.loads(demo_office.cli("shift", "close", "--counted", "600", "--json", username="cashier2").stdout)
    assert closed["variance"] == str(round(600 - 200 - float(sale["sale"]["amount"]), 2))
    z = closed["z_report"]
    assert z["taken_by"] == "cashier2" and z["sales_count"] >= 1 and z["cash"] == sale["sale"]["amount"]
    assert z["pdf"] == str(demo_office.path.parent / "reports" / f"z-report-shift-{closed['shift_id']:05d}.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(z["pdf"]).pages)
    assert f"Z report, shift {closed['shift_id']} (cashier2)" in text and "never changes" in text
    listing = json.loads(demo_office.cli("meters", "list", "--json").stdout)["meters"]
    assert len(listing) == 31 and all(METER_KEYS <= set(m) for m in listing)


@pytest.mark.parametrize("role,allowed", [("admin", True), ("supervisor", False)])
def test_users_are_managed_by_the_admin(demo_office, role, allowed):
    out = demo_office.cli("users", "add", "newcashier", "--role", "cashier", "--new-password", "s3cret-pass",
                          username=role)
    assert (out.returncode == 0) is allowed
    if allowed:
        login = demo_office.cli("shift", "status", username=None, STS_POS_USER="newcashier",
                                STS_POS_PASSWORD="s3cret-pass")
        assert login.returncode == 0 and "No open shift" in login.stdout


def test_admin_supply_groups_settings_and_tariffs(demo_office):
    add = demo_office.cli("supply-groups", "add", "--sgc", "123456", "--krn", "3", "--dkga", "02", "--ea", "07",
                          "--base-date", "2014", username="admin", STS_POS_VENDING_KEY="0123456789abcdef")
    assert add.returncode == 0, add.stderr
    refused = demo_office.cli("supply-groups", "add", "--sgc", "123456", "--krn", "4", "--dkga", "02", "--ea",
                              "07", "--base-date", "2014", username="supervisor", STS_POS_VENDING_KEY="0123456789abcdef")
    assert refused.returncode == 2 and "administrator" in refused.stderr
    groups = json.loads(demo_office.cli("supply-groups", "list", "--json").stdout)["supply_groups"]
    assert [(g["sgc"], g["krn"]) for g in groups] == [("123456", 1), ("123456", 2), ("123456", 3), ("654321", 1)]
    assert "0123456789abcdef" not in demo_office.path.read_bytes().hex() + json.dumps(groups)
    assert demo_office.cli("settings", "set", "deduction_order=debt,vat", username="admin").returncode == 2
    assert demo_office.cli("settings", "set", "utc_offset_minutes=60", username="supervisor").returncode == 2
    ok = demo_office.cli("settings", "set", "utc_offset_minutes=60", "deduction_order=debt,fixed_charge,vat",
                         username="admin")
    assert ok.returncode == 0, ok.stderr
    shown = json.loads(demo_office.cli("settings", "show", "--json").stdout)
    assert shown["utc_offset_minutes"] == "60" and json.loads(shown["deduction_order"])[0] == "debt"
    flat = demo_office.cli("tariffs", "set", "--ti", "2", "--name", "Commercial flat", "--block", "300",
                           "--vat-percent", "15", "--fixed-charge", "0", username="supervisor")
    assert flat.returncode == 0, flat.stderr
    meter = next(m for m in demo_office.meters(pending_key_change=False) if m["ti"] == 2)["meter_number"]
    quote = json.loads(demo_office.cli("quote", "--meter", meter, "--amount", "115", "--json").stdout)
    assert quote["units_kwh"] == 33.3  # R 100.00 net of VAT at R 3.00/kWh, rounded down to 0.1 kWh


def test_shift_close_takes_the_z_report_once(demo_office):
    assert demo_office.cli("shift", "open", "--float", "100", username="cashier2").returncode == 0
    # a close interrupted before its Z (closed through the service, no Z taken yet)
    with demo_office.open(unlock=False) as office:
        session = demo_office.login(office, "cashier2")
        shift = office.staff.close_shift(session, 10000)
    out = demo_office.cli("shift", "close", "--counted", "999", username="cashier2")
    assert out.returncode == 0, out.stderr
    pdf = demo_office.path.parent / "reports" / f"z-report-shift-{shift.id:05d}.pdf"
    assert f"Shift {shift.id} closed" in out.stdout and str(pdf) in out.stdout and pdf.stat().st_size > 1000
    first = pdf.read_bytes()
    again = demo_office.cli("shift", "close", "--counted", "100", "--json", username="cashier2")
    assert again.returncode == 2 and "Z report" in again.stdout + again.stderr
    assert pdf.read_bytes() == first  # the Z and its file do not change
    with demo_office.open(unlock=False) as office:
        zs = office.repo.q("SELECT detail FROM audit_log WHERE action = 'shift.z_report' "
                           "AND json_extract(detail, '$.shift_id') = ?", shift.id)
        assert len(zs) == 1 and json.loads(zs[0][0])["summary"]["counted_cash"] == 10000  # not the re-run's 999


def test_vend_and_quote_take_the_payment_method(demo_office):
    meters = [m["meter_number"] for m in demo_office.meters(pending_key_change=False)]
    card = demo_office.cli("vend", "--meter", meters[0], "--amount", "250", "--tender", "card", "--json")
    assert card.returncode == 0, card.stderr
    assert json.loads(card.stdout)["sale"]["tender_type"] == "card"
    cash = json.loads(demo_office.cli("vend", "--meter", meters[1], "--amount", "250", "--json").stdout)
    assert cash["sale"]["tender_type"] == "cash"  # the default
    quote = demo_office.cli("quote", "--meter", meters[1], "--amount", "99", "--tender", "cheque", "--json")
    assert quote.returncode == 0 and json.loads(quote.stdout)["tender_type"] == "cheque"
    text = demo_office.cli("vend", "--meter", meters[2], "--amount", "120", "--tender", "mobile_money")
    assert text.returncode == 0 and "paid by mobile money" in text.stdout
    limited = demo_office.cli("settings", "set", "tenders=cash,card", username="admin")
    assert limited.returncode == 0, limited.stderr
    refused = demo_office.cli("vend", "--meter", meters[2], "--amount", "120", "--tender", "cheque", "--json")
    assert refused.returncode == 2 and json.loads(refused.stdout)["kind"] == "TenderError"
    assert "does not accept payment by cheque" in refused.stdout
    with demo_office.open(unlock=False) as office:
        rows = office.repo.q("SELECT id, tender_type FROM sales WHERE id IN (?, ?)", json.loads(card.stdout)["sale"]["id"],
                             cash["sale"]["id"])
        assert sorted(tuple(r) for r in rows) == sorted([(json.loads(card.stdout)["sale"]["id"], "card"),
                                                        (cash["sale"]["id"], "cash")])
