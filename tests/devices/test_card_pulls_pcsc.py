"""The card pull table through the real parts: pcscd + the vpcd virtual reader + the virtual card
process, and `sts-pos card write-purchase`. For a purchase on both media the card leaves the reader
after every single step (each change of its memory); the retry with the same command, the card back in
the reader, must complete the same sale (one sale only), and the meter loads exactly its credit."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from sts_pos.cli import main
from sts_pos.devices.cards.meter_side import CardMeter
from sts_pos.devices.cards.simulator import load_chip
from tests.devices.card_pull_bench import Bench, medium_of, virtual_meter

pytestmark = pytest.mark.pcsc


def cli(db, *argv):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["--db", str(db), "--json", *argv])
    lines = out.getvalue().strip().splitlines()
    return status, json.loads(lines[-1]) if lines else None


@pytest.mark.parametrize("medium", ["sle4442", "iso7816"])
def test_card_pulled_after_every_step_of_a_purchase_through_the_cli(demo_office, virtual_cards, tmp_path,
                                                                     monkeypatch, medium):
    bench = Bench(demo_office, tmp_path / "bench")
    (tmp_path / "bench").mkdir()
    try:
        steps, _log = bench.count_steps("purchase", medium)
    finally:
        bench.close()
    users = {u["role"]: u for u in demo_office.info["users"]}
    monkeypatch.setenv("STS_POS_USER", users["cashier"]["username"])
    monkeypatch.setenv("STS_POS_PASSWORD", users["cashier"]["password"])
    monkeypatch.setenv("STS_POS_VAULT_PASSPHRASE", demo_office.passphrase)
    db, drn = demo_office.path, bench.drn
    table = []
    for k in range(steps + 1):
        name = f"card-{medium}-{k}"
        virtual_cards.insert(name, medium)
        status, issued = cli(db, "card", "issue", "--meter", drn)
        assert status == 0, issued
        serial = issued["card"]["serial"]
        virtual_cards.insert(name, medium, pull_after_steps=k)
        status, first = cli(db, "card", "write-purchase", "--meter", drn, "--amount", "150")
        assert status == 2 and first["kind"] in ("CardPulled", "PurchaseInterrupted"), first
        virtual_cards.wait_gone()
        virtual_cards.insert(name, medium)
        status, retry = cli(db, "card", "write-purchase", "--meter", drn, "--amount", "150")
        assert status == 0, retry
        virtual_cards.pull()
        office = demo_office.open()
        try:
            sales = [tuple(r) for r in office.repo.q("SELECT id, status FROM sales WHERE request_id LIKE ?",
                                                     f"card:{serial}:%")]
            state = office.cards.purchase_for_sale(retry["sale"]["id"]).state
        finally:
            office.close()
        meter = virtual_meter(bench.meter)
        load = CardMeter(meter, bench.cards.psc).insert(medium_of(load_chip(virtual_cards.file(name))))
        units = round((retry["sale"]["units_kwh"] + retry["sale"]["free_kwh"]) * 10)
        table.append((k, first["kind"], retry["resumed"], len(sales), state, load.status, meter.credit == units))
        assert sales == [(retry["sale"]["id"], "ISSUED")] and state == "on_card"
        assert retry["resumed"] is (first["kind"] == "PurchaseInterrupted")
        assert first["kind"] == "CardPulled" or f"sale {retry['sale']['receipt_no']}" in first["error"]
        assert load.status == "loaded" and meter.credit == units, table
    print(table)
