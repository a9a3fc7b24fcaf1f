"""The meter's write-back is authenticated: the meter MACs it under a key from its decoder key, the CPU
card refuses writes without VERIFY, and the office refuses a forged or edited write-back as tampered
(no meter reading recorded, nothing sold). Real office database, real chip simulator in-process."""

from __future__ import annotations

import pytest

from sts_pos.devices.cards import format as fmt
from sts_pos.devices.cards import office_link
from sts_pos.devices.cards.errors import TamperedCard
from sts_pos.devices.cards.meter_side import CardMeter
from sts_pos.devices.cards.purchases import sell_onto_card
from sts_pos.devices.cards.simulator import chip_transmit, load_chip
from tests.devices.card_pull_bench import Bench, medium_of, virtual_meter


@pytest.mark.parametrize("kind", ["iso7816", "sle4442"])
def test_a_forged_write_back_is_refused_as_tampered(demo_office, tmp_path, kind):
    bench = Bench(demo_office, tmp_path)
    office, cashier = bench.office, bench.cashier
    path = tmp_path / "card.json"
    try:
        office_link.issue(office, cashier, medium_of(load_chip(path, kind)), bench.drn)
        sale = sell_onto_card(office, cashier, medium_of(load_chip(path)), bench.drn, 15000).result
        meter = virtual_meter(bench.meter)
        assert CardMeter(meter, bench.cards.psc).insert(medium_of(load_chip(path))).status == "loaded"
        genuine = office_link.read(office, cashier, medium_of(load_chip(path)))
        assert genuine.write_back.accepted_count == 1 and genuine.write_back.credit == meter.credit
        readings = len(office.cards.readings(bench.drn))
        chip = load_chip(path)
        transmit = chip_transmit(chip)
        # a forger writes back "purchase 1 loaded, 999.9 kWh left" with a correct CRC but no meter key
        back = fmt.WriteBack(accepted_count=1, credit=9999, energy_used=0, krn=genuine.write_back.krn,
                             time=genuine.write_back.time + 60)
        area = back.to_bytes(b"not the meter's key" * 2, genuine.identity)
        offset = fmt.WRITE_BACK_OFF
        if kind == "iso7816":
            chip.power_on()
            transmit(bytes.fromhex("00A4000C025354"))
            plain = transmit(bytes([0x00, 0xD6, 0, offset, len(area)]) + area)
            assert plain == (b"", 0x6982)  # UPDATE BINARY without VERIFY: security status not satisfied
            assert transmit(bytes([0x00, 0x20, 0x00, 0x80, 3]) + bench.cards.psc)[1] == 0x9000
            assert transmit(bytes([0x00, 0xD6, 0, offset, len(area)]) + area)[1] == 0x9000
        else:
            assert transmit(bytes.fromhex("FF20000003") + bench.cards.psc)[1] == 0x9007
            transmit(bytes([0xFF, 0xD0, 0x00, 32 + offset, len(area)]) + area)
        sales = office.repo.one("SELECT count(*) FROM sales")[0]
        with pytest.raises(TamperedCard, match="meter data fails its security check") as caught:
            office_link.read(office, cashier, medium_of(load_chip(path)))
        assert "call a supervisor" in caught.value.message
        with pytest.raises(TamperedCard):
            sell_onto_card(office, cashier, medium_of(load_chip(path)), bench.drn, 15000)
        assert office.repo.one("SELECT count(*) FROM sales")[0] == sales  # nothing sold
        assert len(office.cards.readings(bench.drn)) == readings  # the forged reading not recorded
        assert sale.sale.status == "ISSUED"
    finally:
        bench.close()
