"""The meter simulator on the serial line inherits the virtual meter's rules (issue 12): the manufacture minute,
a forgotten first key change token, the maximum power trip and its reset, default keys, manufacturer codes, a
result code for every token. Real pty pairs, DL/T 645 and IEC 62056-21."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from sts_pos.devices.meter import MeterLink, SimulatedMeter, start_simulator
from sts_pos.sts.codec import encode
from sts_pos.sts.kct import key_change_tokens
from sts_pos.sts.keys import KeyType, derive_decoder_key
from sts_pos.sts.meter import MeterResult
from sts_pos.sts.tid import tid_from_datetime
from sts_pos.sts.tokens import ClearTamper, CreditToken, KeyChange3, SetMaxPowerLimit
from tests.support.serial_pty import PARAMS, VENDING_KEY, make_virtual_meter

TIMEOUT = 2.0  # a bound on each answer, not a duration: generous for a loaded machine
MADE = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def sim_of():
    started = []

    def start(virtual=None, **options):
        clock = FakeClock()
        sim = start_simulator(SimulatedMeter(virtual or make_virtual_meter(), clock=clock, **options))
        started.append(sim)
        return sim, clock

    yield start
    for sim in started:
        sim.stop()


@pytest.fixture(params=["dlt645", "iec62056-21"])
def protocol(request):
    return request.param


def token(meter, tok) -> str:
    return encode(tok, meter.decoder_key)


def test_a_new_meter_refuses_tokens_older_than_its_manufacture(sim_of, protocol):
    virtual = make_virtual_meter()
    virtual = type(virtual).with_vending_key(virtual.meter_number, PARAMS, VENDING_KEY, manufactured=MADE)
    sim, _ = sim_of(virtual, load_w=0)
    made = tid_from_datetime(MADE, PARAMS.base_date)
    with MeterLink(sim.port_path, protocol, timeout=TIMEOUT) as link:
        old = link.send_token(token(virtual, CreditToken(tid=made - 60, rnd=1, amount=50)))
        new = link.send_token(token(virtual, CreditToken(tid=made + 60, rnd=1, amount=50)))
        credit = link.read_registers().credit_tenths_kwh
    assert (old.code, old.label, old.meter_result) == (9, "Old", MeterResult.OLD)
    assert new.meter_result is MeterResult.ACCEPTED and credit == 50


def test_a_first_key_change_token_is_forgotten_after_another_token_or_ten_minutes(sim_of):
    sim, clock = sim_of(load_w=0, speed=10)
    virtual = sim.meter.meter
    new_params = replace(PARAMS, krn=2)
    first, second = key_change_tokens(virtual.decoder_key, derive_decoder_key(VENDING_KEY, virtual.meter_number,
                                                                               new_params), new_params)
    with MeterLink(sim.port_path, "dlt645", timeout=TIMEOUT) as link:
        assert link.send_token(first).code == 2
        assert link.send_token(token(virtual, CreditToken(tid=9000, rnd=1, amount=10))).code == 1
        assert link.send_token(second).code == 2, "the credit token in between: a new set starts"
        clock.now = 61.0  # 610 s of meter time at speed 10
        assert link.send_token(first).code == 2, "timed out: a new set starts again"
        clock.now = 70.0
        done = link.send_token(second)
        registers = link.read_registers()
    assert (done.code, done.label) == (3, "KCT 2") and registers.krn == 2


def test_a_load_above_the_maximum_power_opens_the_relay_until_clear_tamper(sim_of):
    sim, clock = sim_of(load_w=3000)
    virtual = sim.meter.meter
    virtual.credit = 1000
    with MeterLink(sim.port_path, "dlt645", timeout=TIMEOUT) as link:
        assert link.send_token(token(virtual, SetMaxPowerLimit(tid=9100, rnd=1, watts=2000))).accepted
        clock.now = 10.0
        tripped = link.read_registers()
        sim.meter.load_w = 1500  # the customer switches the kettle off
        clock.now = 20.0
        still = link.read_registers()
        assert link.send_token(token(virtual, ClearTamper(tid=9101, rnd=1))).accepted
        clock.now = 2420.0  # 1.5 kW for 40 minutes: 1.0 kWh
        running = link.read_registers()
    assert not tripped.relay_closed and not still.relay_closed and still.credit_tenths_kwh == 1000
    assert running.relay_closed and running.credit_tenths_kwh == 990 and running.energy_tenths_kwh == 10


def test_the_reset_button_after_an_overload(sim_of):
    sim, clock = sim_of(load_w=3000)
    sim.meter.meter.credit, sim.meter.meter.max_power_w = 100, 2000
    clock.now = 1.0
    assert not sim.meter.registers().relay_closed
    sim.meter.load_w = 100
    sim.meter.reset_trip()
    assert sim.meter.registers().relay_closed


def test_results_for_a_default_key_another_manufacturer_and_a_128_bit_section(sim_of, protocol):
    virtual = make_virtual_meter(params=replace(PARAMS, key_type=KeyType.DDTK))
    sim, _ = sim_of(virtual, load_w=0)
    with MeterLink(sim.port_path, protocol, timeout=TIMEOUT) as link:
        ddtk = link.send_token(token(virtual, CreditToken(tid=9200, rnd=1, amount=10)))
        _, other = link.send_test_token(manufacturer_code=7)
        _, own = link.send_test_token(manufacturer_code=virtual.manufacturer_code)
        wide = link.send_token(token(virtual, KeyChange3(0x241, 0x01234567)))
    assert (ddtk.code, ddtk.label, ddtk.meter_result) == (12, "DDTK", MeterResult.DDTK)
    assert "default key" in ddtk.help_text
    assert (other.code, other.label, other.meter_result) == (14, "Mfr code", MeterResult.MFR_CODE)
    assert own.meter_result is MeterResult.TEST_OK
    assert (wide.code, wide.meter_result) == (8, MeterResult.NOT_FOR_METER_TYPE)
    assert virtual.credit == 0
