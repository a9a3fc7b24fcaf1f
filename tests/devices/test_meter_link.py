"""MeterLink against the simulated meter over a real pty pair: registers, tokens, readout, faults."""

from __future__ import annotations

import time

import pytest

from sts_pos.devices.meter import (
    MeterChecksumError,
    MeterError,
    MeterFrameError,
    MeterLink,
    MeterPortError,
    MeterRefused,
    MeterTimeout,
)
from sts_pos.devices.meter import registers as reg
from sts_pos.sts.codec import encode
from sts_pos.sts.errors import InvalidTokenNumber
from sts_pos.sts.keys import derive_decoder_key
from sts_pos.sts.meter import MeterResult
from sts_pos.sts.meter_number import make_meter_number, parse_meter_number
from sts_pos.sts.tokens import CreditToken, TestControl
from tests.support.serial_pty import METER_NUMBER, PARAMS, VENDING_KEY

TIMEOUT = 0.3


def credit_token(tid: int, amount: int, meter_number: str = METER_NUMBER) -> str:
    key = derive_decoder_key(VENDING_KEY, parse_meter_number(meter_number), PARAMS)
    return encode(CreditToken(tid=tid, rnd=3, amount=amount), key)


@pytest.fixture(params=["dlt645", "iec62056-21"])
def protocol(request):
    return request.param


def test_registers_over_dlt645_after_a_credit_token(meter_sim):
    with MeterLink(meter_sim.port_path, "dlt645", timeout=TIMEOUT) as link:
        result = link.send_token(credit_token(5000, 257))
        registers = link.read_registers()
        identity = link.identify()
    assert result.accepted and result.meter_result is MeterResult.ACCEPTED and result.amount_tenths_kwh == 257
    assert registers.meter_number == METER_NUMBER == identity["meter_number"]
    assert registers.address == "001234567897" == identity["address"]
    assert (registers.credit_tenths_kwh, registers.energy_tenths_kwh) == (257, 0)
    assert registers.relay_closed and not registers.tamper
    assert (registers.sgc, registers.ti, registers.krn, registers.base_date, registers.ea) == ("123456", 1, 1, 2014,
                                                                                             "07")
    assert registers.last_token.code == 1 and registers.as_dict()["credit_kwh"] == "25.7"


def test_token_accepted_then_used_and_a_foreign_token_is_a_crc_error(meter_sim):
    token = credit_token(6000, 100)
    foreign = credit_token(6001, 100, meter_number=make_meter_number("04", "00000001").drn)
    with MeterLink(meter_sim.port_path, "dlt645", timeout=TIMEOUT) as link:
        first, second, third = link.send_token(token), link.send_token(token), link.send_token(foreign)
        credit = link.read_registers().credit_tenths_kwh
    assert (first.code, first.label) == (1, "Accept")
    assert (second.code, second.label, second.accepted) == (10, "Used", False)
    assert "already entered" in second.help_text
    assert (third.code, third.meter_result) == (13, MeterResult.CRC_ERROR)
    assert "mistyped" in third.help_text
    assert credit == 100


def test_a_malformed_token_is_refused_before_anything_is_sent(meter_sim):
    with MeterLink(meter_sim.port_path, "dlt645", timeout=TIMEOUT) as link:
        with pytest.raises(InvalidTokenNumber):
            link.send_token("1234 5678")
    assert meter_sim.responder.requests == 0


def test_test_token_runs_without_a_key(meter_sim):
    with MeterLink(meter_sim.port_path, "dlt645", timeout=TIMEOUT) as link:
        token, result = link.send_test_token(int(TestControl.DISPLAY_KRN))
    assert len(token) == 20
    assert result.meter_result is MeterResult.TEST_OK and result.label == "Test" and result.token_class == 1
    assert meter_sim.meter.meter.tests_run == [int(TestControl.DISPLAY_KRN)]


def test_iec_62056_21_readout_matches_dlt645(meter_sim):
    with MeterLink(meter_sim.port_path, "dlt645", timeout=TIMEOUT) as link:
        link.send_token(credit_token(7000, 42))
        over_rs485 = link.read_registers()
    with MeterLink(meter_sim.port_path, "iec62056-21", timeout=TIMEOUT) as link:
        optical = link.read_registers()
        identity = link.identify()
    assert optical.meter_number == over_rs485.meter_number == identity["meter_number"]
    assert identity["manufacturer"] == "SPS"
    assert (optical.credit_tenths_kwh, optical.sgc, optical.ti, optical.krn) == (42, "123456", 1, 1)
    assert optical.last_token.code == 1 and optical.relay_closed


def test_token_entry_over_the_optical_port_in_programming_mode(meter_sim):
    token = credit_token(7001, 64)
    with MeterLink(meter_sim.port_path, "iec62056-21", timeout=TIMEOUT) as link:
        first, again = link.send_token(token), link.send_token(token)
        _, test = link.send_test_token()
        registers = link.read_registers()
    assert (first.label, again.label, test.label) == ("Accept", "Used", "Test")
    assert registers.credit_tenths_kwh == 64 and registers.last_token.meter_result is MeterResult.TEST_OK


def test_optical_port_refuses_a_wrong_programming_password(meter_sim):
    with MeterLink(meter_sim.port_path, "iec62056-21", timeout=TIMEOUT, iec_password="12345678") as link:
        with pytest.raises(MeterRefused, match="password"):
            link.send_token(credit_token(7002, 1))
    assert meter_sim.meter.meter.credit == 0


@pytest.mark.parametrize("fault, error", [("garbage", MeterFrameError), ("truncate", MeterFrameError),
                                          ("bad_checksum", MeterChecksumError), ("silent", MeterTimeout)])
def test_faults_give_clear_errors_within_the_timeout(meter_sim, protocol, fault, error):
    meter_sim.responder.faults = {fault}
    started = time.monotonic()
    with MeterLink(meter_sim.port_path, protocol, timeout=TIMEOUT) as link:
        with pytest.raises(error) as caught:
            link.read_registers()
        with pytest.raises(error):
            link.send_token(credit_token(7100, 1))
    assert time.monotonic() - started < 2 * TIMEOUT + 1.0
    assert caught.value.message.endswith(".") and "Traceback" not in caught.value.message
    if fault == "bad_checksum":
        assert "damaged" in caught.value.message
    # the link recovers once the line is clean again
    meter_sim.responder.faults = set()
    with MeterLink(meter_sim.port_path, protocol, timeout=TIMEOUT) as link:
        assert link.read_registers().meter_number == METER_NUMBER


def test_meter_refuses_a_wrong_password_and_an_unknown_register(meter_sim):
    with MeterLink(meter_sim.port_path, "dlt645", timeout=TIMEOUT, password=b"\x02\x12\x34\x56") as link:
        with pytest.raises(MeterRefused, match="password"):
            link.send_token(credit_token(8000, 1))
        with pytest.raises(MeterRefused, match="no such data"):
            link._read(0x04A0_00FF)
    assert meter_sim.meter.meter.credit == 0


def test_meter_consumes_energy_over_time(meter_sim):
    sim = meter_sim.meter
    now = [0.0]
    sim._clock = lambda: now[0]
    sim._last_tick = 0.0
    sim.load_w = 2000
    sim.meter.credit = 10  # 1.0 kWh
    with MeterLink(meter_sim.port_path, "dlt645", timeout=TIMEOUT) as link:
        now[0] = 900.0  # 2 kW for a quarter of an hour: 0.5 kWh
        half = link.read_registers()
        now[0] = 3600.0
        empty = link.read_registers()
    assert (half.energy_tenths_kwh, half.credit_tenths_kwh, half.relay_closed) == (5, 5, True)
    assert (empty.energy_tenths_kwh, empty.credit_tenths_kwh, empty.relay_closed) == (10, 0, False)


def test_a_missing_port_is_a_port_error():
    with pytest.raises(MeterPortError, match="Cannot open the serial port"):
        MeterLink("/dev/does-not-exist", "dlt645")


def test_card_slot_loads_tokens_and_writes_back():
    from sts_pos.devices.meter import SimulatedMeter
    from tests.support.serial_pty import make_virtual_meter

    class Card:
        written: dict | None = None

        def read_tokens(self):
            return [credit_token(9000, 30), credit_token(9000, 30)]

        def write_back(self, reading):
            self.written = reading

    sim, card = SimulatedMeter(make_virtual_meter(), load_w=0), Card()
    outcomes = sim.insert_card(card)
    assert [o.result for o in outcomes] == [MeterResult.ACCEPTED, MeterResult.USED]
    assert card.written["credit_tenths_kwh"] == 30 and card.written["token_results"] == ["ACCEPTED", "USED"]
    assert sim.last_token.code == reg.CODE_OF_RESULT[MeterResult.USED]


def test_card_from_the_card_simulator_is_loaded_through_the_slot(meter_sim, tmp_path):
    """The card simulator's card (a chip file) is issued and loaded by the office, moved into the meter's
    slot, and the meter enters its credit and writes its data back onto the card."""
    from sts_pos.devices.cards import service
    from sts_pos.devices.cards.media import Sle4442Medium
    from sts_pos.devices.cards.simulator import chip_transmit, load_chip
    from sts_pos.devices.meter.card_slot import CardSlot
    from tests.support.cards import credit_purchase, identity, office

    card_file = tmp_path / "card.json"
    medium = Sle4442Medium(chip_transmit(load_chip(card_file)))
    virtual = meter_sim.meter.meter
    service.issue(medium, office(), identity(virtual))
    service.write_purchase(medium, office(), credit_purchase(virtual, 1, 345))
    meter_sim.meter.attach_card_reader(office().psc)
    slot_path = tmp_path / "slot.json"
    slot = CardSlot(meter_sim.meter, slot_path)
    assert slot.poll() is None  # empty slot
    card_file.rename(slot_path)
    load = slot.poll()
    assert load.status == "loaded" and [r for _, r in load.results] == [MeterResult.ACCEPTED]
    assert slot.poll() is None  # still in the slot: not loaded twice
    with MeterLink(meter_sim.port_path, "dlt645", timeout=TIMEOUT) as link:
        registers = link.read_registers()
    assert registers.credit_tenths_kwh == 345 and registers.last_token.code == 1
    reading = service.read(Sle4442Medium(chip_transmit(load_chip(slot_path))), office())
    assert reading.loaded and reading.write_back.credit == 345 and reading.write_back.accepted_count == 1


def test_a_slow_answer_is_read_as_long_as_bytes_keep_coming(meter_sim):
    meter_sim.server.byte_delay = 0.01  # a 30-byte answer takes 0.3 s, longer than the 0.2 s timeout
    with MeterLink(meter_sim.port_path, "dlt645", timeout=0.2, address="001234567897") as link:
        started = time.monotonic()
        assert link.last_token_result() is None  # no token entered yet
    assert time.monotonic() - started > 0.2


def test_a_mistyped_address_is_a_clear_error():
    with pytest.raises(MeterError, match="not a DL/T 645 meter address"):
        MeterLink("loop://", "dlt645", address="12-34")
