"""``sts-pos card ...`` on a network office (issue 17): the card in the virtual reader (pcscd + vpcd + the
project's virtual card), the virtual meter loading it; the card records, sales and write-back readings read
on the PostgreSQL server with psycopg."""

from __future__ import annotations

import json

import psycopg
import pytest

from sts_pos.devices.cards.meter_side import CardMeter
from sts_pos.devices.cards.pcsc import open_medium
from sts_pos.sts.meter import VirtualMeter
from tests.cli.inproc import office_cli

pytestmark = pytest.mark.pcsc


def rows(url: str, sql: str, *params) -> list[tuple]:
    with psycopg.connect(url) as raw:
        return raw.execute(sql, params).fetchall()


def card(office, *args: str, username: str = "cashier", expect: int = 0) -> dict:
    done = office_cli(office, "--json", *args, username=username)
    assert done.returncode == expect, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def card_meter(office, number: str) -> tuple[VirtualMeter, CardMeter]:
    """The meter in the field: its keys and the office PSC, as the utility gave them at manufacture."""
    from sts_pos.devices.cards.office_link import card_office

    with office.open() as opened:
        meter = opened.sales.find_meter(number)
        virtual = VirtualMeter.with_vending_key(meter.meter_number, meter.params, opened.vending_key(meter.supply_group.id))
        return virtual, CardMeter(virtual, card_office(opened).psc)


def test_issue_sell_load_read_back_and_replace_a_card_on_a_server(pg_demo_office, virtual_cards):
    office, url = pg_demo_office, pg_demo_office.path
    number = next(m["meter_number"] for m in office.meters(kind="ic_card", dkga="02", pending_key_change=False))
    meter, meter_side = card_meter(office, number)
    virtual_cards.insert("customer")
    issued = card(office, "card", "issue", "--meter", number)["card"]
    assert issued["meter_number"] == number and issued["purchase"]["count"] == 0
    sale = card(office, "card", "write-purchase", "--meter", number, "--amount", "200")
    assert sale["card"]["purchase"]["count"] == 1
    assert rows(url, "SELECT status, tender_type FROM sales WHERE id = %s", sale["sale"]["id"]) == [("ISSUED", "cash")]
    assert card(office, "card", "write-purchase", "--meter", number, "--amount", "200", expect=2)["kind"] == \
        "PurchaseNotLoaded"  # the card still holds a purchase the meter has not taken
    with open_medium() as (medium, _):
        assert meter_side.insert(medium).status == "loaded"
    assert meter.credit > 0
    reading = card(office, "card", "read")["card"]
    assert reading["loaded"] and reading["write_back"]["credit_tenths_kwh"] == meter.credit
    card(office, "card", "read")  # read twice: recorded once
    assert rows(url, "SELECT r.card_serial, r.initial, r.purchase_count_accepted, r.credit_kwh10, r.source FROM "
                     "meter_readings r JOIN meters m ON m.id = r.meter_id WHERE m.meter_number = %s ORDER BY r.id",
                number) == [(issued["serial"], 1, 0, 0, "card"), (issued["serial"], 0, 1, meter.credit, "card")]
    assert rows(url, "SELECT c.kind, c.status, c.last_count_written, c.last_count_accepted FROM cards c "
                     "WHERE c.serial = %s", issued["serial"]) == [("customer", "active", 1, 1)]

    virtual_cards.insert("new")
    new = card(office, "card", "issue", "--meter", number, "--kind", "replacement")["card"]
    assert new["replaces_serial"] == issued["serial"]
    virtual_cards.insert("customer")
    blocked = card(office, "card", "read", expect=2)
    assert blocked["kind"] == "CardBlocked" and "Traceback" not in blocked["error"]
    assert rows(url, "SELECT c.serial, c.kind, c.status, c.replaces FROM cards c JOIN meters m ON m.id = c.meter_id "
                     "WHERE m.meter_number = %s ORDER BY c.issued_at", number) == [
        (issued["serial"], "customer", "blocked", None), (new["serial"], "replacement", "active", issued["serial"])]
    assert rows(url, "SELECT card_serial FROM meters WHERE meter_number = %s", number) == [(new["serial"],)]


def test_a_card_pulled_mid_sale_gets_the_same_sale_and_a_technician_card_carries_a_job(pg_demo_office,
                                                                                       virtual_cards):
    office, url = pg_demo_office, pg_demo_office.path
    numbers = [m["meter_number"] for m in office.meters(kind="ic_card", dkga="02", pending_key_change=False)]
    virtual_cards.insert("customer2")
    card(office, "card", "issue", "--meter", numbers[1])
    mine = "SELECT s.id FROM sales s JOIN meters m ON m.id = s.meter_id WHERE m.meter_number = %s ORDER BY s.id"
    before = rows(url, mine, numbers[1])
    virtual_cards.insert("customer2", pull_after_writes=2)
    pulled = card(office, "card", "write-purchase", "--meter", numbers[1], "--amount", "150", expect=2)
    assert pulled["kind"] == "PurchaseInterrupted" and "no second sale" in pulled["error"]
    virtual_cards.wait_gone()
    virtual_cards.insert("customer2")
    rewritten = card(office, "card", "write-purchase", "--meter", numbers[1], "--amount", "150")
    assert rows(url, mine, numbers[1]) == before + [(rewritten["sale"]["id"],)]  # one sale, written again

    meter, meter_side = card_meter(office, numbers[2])
    meter.tamper = True
    virtual_cards.insert("technician")
    job = card(office, "token", "clear-tamper", "--meter", numbers[2], "--reason", "WO-17 cover opened",
               username="technician")
    carried = card(office, "card", "issue", "--meter", numbers[2], "--kind", "technician", "--job",
                   str(job["job"]["id"]), username="technician")["card"]
    assert carried["kind"] == "technician"
    assert [t["number"] for t in carried["purchase"]["tokens"]] == [t["number"] for t in job["tokens"]]
    with open_medium() as (medium, _):
        assert meter_side.insert(medium).status == "technician"
    assert meter.tamper is False
    assert rows(url, "SELECT kind, status FROM cards WHERE serial = %s", carried["serial"]) == [("technician", "active")]
