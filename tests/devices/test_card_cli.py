"""``sts-pos card ...`` end to end: a demo office on a real SQLite file, the card in the virtual reader
(pcscd + vpcd + our virtual card), the virtual meter loading it."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta

import pytest

from sts_pos.cli import main
from sts_pos.devices.cards.meter_side import CardMeter
from sts_pos.devices.cards.pcsc import open_medium
from sts_pos.sts.keys import KeyParameters
from sts_pos.sts.meter import VirtualMeter
from sts_pos.sts.meter_number import parse_meter_number

pytestmark = pytest.mark.pcsc
DEMO_VENDING_KEY = bytes.fromhex("abababababababab")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = tmp_path_factory.mktemp("office") / "office.db"
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--db", str(db), "demo", "--json"]) == 0
    return db, json.loads(out.getvalue())


def run(capsys, db, *argv, expect=0):
    capsys.readouterr()
    status = main(["--db", str(db), "--json", *argv])
    out = capsys.readouterr().out
    assert status == expect, out
    return json.loads(out.splitlines()[-1]) if out.strip() else None


def login_as(monkeypatch, info, role):
    user = next(u for u in info["users"] if u["role"] == role)
    monkeypatch.setenv("STS_POS_USER", user["username"])
    monkeypatch.setenv("STS_POS_PASSWORD", user["password"])
    monkeypatch.setenv("STS_POS_VAULT_PASSPHRASE", info["vault_passphrase"])


def meter_for(info, index):
    meter = [
        m
        for m in info["meters"]
        if m["kind"] == "ic_card" and m["dkga"] == "02" and not m.get("pending_key_change")
    ][index]
    params = KeyParameters(
        meter["sgc"],
        meter["ti"],
        meter["krn"],
        meter["key_type"],
        base_date=meter["base_date"],
        dkga=meter["dkga"],
        ea=meter["ea"],
    )
    virtual = VirtualMeter.with_vending_key(
        parse_meter_number(meter["meter_number"]), params, DEMO_VENDING_KEY
    )
    return meter["meter_number"], virtual


def test_issue_sell_load_and_read_back_from_the_command_line(demo, virtual_cards, capsys, monkeypatch):
    db, info = demo
    login_as(monkeypatch, info, "cashier")
    number, meter = meter_for(info, 0)
    virtual_cards.insert("customer")
    issued = run(capsys, db, "card", "issue", "--meter", number)["card"]
    assert issued["meter_number"] == number and issued["purchase"]["count"] == 0
    sale = run(capsys, db, "card", "write-purchase", "--meter", number, "--amount", "200")
    assert sale["card"]["purchase"]["count"] == 1 and not sale["card"]["loaded"]
    assert [t["number"] for t in sale["card"]["purchase"]["tokens"]] == [t["number"] for t in sale["tokens"]]
    refused = run(capsys, db, "card", "write-purchase", "--meter", number, "--amount", "200", expect=2)
    assert refused["kind"] == "PurchaseNotLoaded"
    with open_medium() as (medium, _):
        load = CardMeter(meter, psc_of(db, monkeypatch)).insert(medium)
    assert load.status == "loaded" and meter.credit > 0
    reading = run(capsys, db, "card", "read")["card"]
    assert reading["loaded"] and reading["write_back"]["credit_tenths_kwh"] == meter.credit
    run(capsys, db, "card", "read")
    readings = [json.loads(e.detail) for e in _audit(db) if e.action == "card.write_back"]
    # the card's initial write-back (time 0), then the meter's, each recorded once however often it is read
    assert [(r["meter_number"], r["purchase_count_accepted"], r["time"] > 0) for r in readings] == [
        (number, 0, False),
        (number, 1, True),
    ]
    rows = _db_rows(db, "SELECT r.card_serial, r.initial, r.purchase_count_accepted, r.credit_kwh10, r.source "
                        "FROM meter_readings r JOIN meters m ON m.id = r.meter_id WHERE m.meter_number = ? "
                        "ORDER BY r.id", number)
    assert rows == [(issued["serial"], 1, 0, 0, "card"), (issued["serial"], 0, 1, meter.credit, "card")]
    assert _db_rows(db, "SELECT c.kind, c.status, c.last_count_written, c.last_count_accepted, m.card_serial "
                        "FROM cards c JOIN meters m ON m.id = c.meter_id WHERE c.serial = ?", issued["serial"]) == [
        ("customer", "active", 1, 1, issued["serial"])]
    from sts_pos.reports.lists import consumption_report

    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        today = date.today()
        report = consumption_report(conn, today - timedelta(days=1), today + timedelta(days=1))
    assert [(r[0], r[2], r[4]) for r in report.rows] == [(number, 1, meter.credit)]  # the initial one skipped
    again = run(capsys, db, "card", "write-purchase", "--meter", number, "--amount", "100", "--tender", "card")
    assert again["sale"]["tender_type"] == "card" and sale["sale"]["tender_type"] == "cash"
    assert again["card"]["purchase"]["count"] == 2 and again["sale"]["id"] != sale["sale"]["id"]
    from sts_pos.reports.receipt import receipt_text
    from sts_pos.store.office import Office

    office = Office.open(db)  # each card purchase slip shows the card's purchase number
    try:
        slips = [office.sales.receipt(office.sales.result(office.repo.sale(s["sale"]["id"]))) for s in (sale, again)]
    finally:
        office.close()
    assert [(s.is_card_purchase, s.purchase_count) for s in slips] == [(True, 1), (True, 2)]
    text = "\n".join(receipt_text(slips[1], 42))
    assert "CARD PURCHASE SLIP" in text and "Purchase No" in text and text.count("Paid by") == 1


def test_a_card_pulled_during_the_sale_gets_the_same_sale_again(demo, virtual_cards, capsys, monkeypatch):
    db, info = demo
    login_as(monkeypatch, info, "cashier")
    number, _meter = meter_for(info, 1)
    virtual_cards.insert("customer2")
    run(capsys, db, "card", "issue", "--meter", number)
    virtual_cards.insert("customer2", pull_after_writes=2)
    pulled = run(capsys, db, "card", "write-purchase", "--meter", number, "--amount", "150", expect=2)
    assert pulled["kind"] == "PurchaseInterrupted"
    assert "purchase 1" in pulled["error"] and "no second sale" in pulled["error"], pulled
    virtual_cards.wait_gone()
    virtual_cards.insert("customer2")
    assert run(capsys, db, "card", "read")["card"]["complete"] is False
    rewritten = run(capsys, db, "card", "write-purchase", "--meter", number, "--amount", "150")
    history = run(capsys, db, "card", "read")["card"]
    assert history["complete"] and history["purchase"]["count"] == 1
    assert rewritten["card"]["purchase"]["tokens"] == history["purchase"]["tokens"]
    # the rewrite is the sale made before the card was pulled: exactly one sale for this meter
    login_as(monkeypatch, info, "supervisor")
    sales = [s for s in _sales(db, number)]
    assert len(sales) == 1 and sales[0] == rewritten["sale"]["id"]


def test_supervisor_replacement_card_blocks_the_old_card(demo, virtual_cards, capsys, monkeypatch):
    db, info = demo
    login_as(monkeypatch, info, "cashier")
    number, _meter = meter_for(info, 2)
    virtual_cards.insert("old")
    old = run(capsys, db, "card", "issue", "--meter", number)["card"]
    virtual_cards.insert("new")
    new = run(capsys, db, "card", "issue", "--meter", number, "--kind", "replacement")["card"]
    assert new["replaces_serial"] == old["serial"] and new["kind"] == "replacement"
    virtual_cards.insert("old")
    blocked = run(capsys, db, "card", "read", expect=2)
    assert blocked["kind"] == "CardBlocked"
    cards = _db_rows(db, "SELECT c.serial, c.kind, c.status, c.replaces FROM cards c JOIN meters m "
                         "ON m.id = c.meter_id WHERE m.meter_number = ? ORDER BY c.rowid", number)
    assert cards == [(old["serial"], "customer", "blocked", None),
                     (new["serial"], "replacement", "active", old["serial"])]
    assert _db_rows(db, "SELECT card_serial FROM meters WHERE meter_number = ?", number) == [(new["serial"],)]


def test_technician_card_carries_engineering_jobs_to_a_meter(demo, virtual_cards, capsys, monkeypatch):
    db, info = demo
    login_as(monkeypatch, info, "technician")
    number, meter = meter_for(info, 2)
    meter.tamper = True
    virtual_cards.insert("technician")
    job = run(capsys, db, "token", "clear-tamper", "--meter", number, "--reason", "WO-17 cover opened")
    card = run(
        capsys, db, "card", "issue", "--meter", number, "--kind", "technician", "--job", str(job["job"]["id"])
    )
    assert card["card"]["kind"] == "technician"
    assert [t["number"] for t in card["card"]["purchase"]["tokens"]] == [t["number"] for t in job["tokens"]]
    meter_side = CardMeter(meter, psc_of(db, monkeypatch))
    with open_medium() as (medium, _):
        assert meter_side.insert(medium).status == "technician"
    assert meter.tamper is False
    job2 = run(
        capsys, db, "token", "set-max-power", "--meter", number, "--watts", "2500", "--reason", "WO-18"
    )
    run(
        capsys,
        db,
        "card",
        "issue",
        "--meter",
        number,
        "--kind",
        "technician",
        "--job",
        str(job2["job"]["id"]),
    )
    with open_medium() as (medium, _):
        meter_side.insert(medium)
    assert meter.max_power_w == 2500


def _db_rows(db, sql, *args):
    with sqlite3.connect(db) as conn:
        return [tuple(r) for r in conn.execute(sql, args)]


def _audit(db):
    from sts_pos.store.office import Office

    with Office.open(str(db)) as office:
        return office.repo.audit_entries()


def test_only_a_supervisor_may_present_the_psc_again(demo, virtual_cards, capsys, monkeypatch):
    db, info = demo
    login_as(monkeypatch, info, "cashier")
    number, _meter = meter_for(info, 0)
    virtual_cards.insert("psc")
    run(capsys, db, "card", "issue", "--meter", number)
    denied = run(
        capsys, db, "card", "write-purchase", "--meter", number, "--amount", "100", "--psc-retry", expect=2
    )
    assert denied["kind"] == "PermissionDenied"


def _sales(db, number):
    import os

    from sts_pos.store.office import Office

    with Office.open(str(db)) as office:
        session = office.login(os.environ["STS_POS_USER"], os.environ["STS_POS_PASSWORD"], auto_backup=False)
        return [row.id for row in office.sales.history(session, number)]


def psc_of(db, monkeypatch):
    """The office PSC, as the utility gives it to its meters at manufacture."""
    import os

    from sts_pos.devices.cards.office_link import card_office
    from sts_pos.store.office import Office

    with Office.open(str(db)) as office:
        office.unlock_vault(None, os.environ["STS_POS_VAULT_PASSPHRASE"])
        return card_office(office).psc
