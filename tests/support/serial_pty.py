"""Serial fixtures on real pty pairs: a simulated STS meter (DL/T 645 + IEC 62056-21) and a GSM modem.

``meter_sim`` yields a running :class:`~sts_pos.devices.meter.PtySimulator` (``.port_path`` for the
client, ``.responder.faults`` to make it misbehave, ``.meter`` the SimulatedMeter). Its virtual meter is
an STA/DKGA02 meter with the demo test vending key; ``METER_NUMBER`` and ``PARAMS`` say which.
"""

from __future__ import annotations

import pytest

from sts_pos.sts.keys import KeyParameters
from sts_pos.sts.meter import VirtualMeter
from sts_pos.sts.meter_number import parse_meter_number
from sts_pos.sts.tid import BaseDate

VENDING_KEY = bytes.fromhex("abababababababab")
METER_NUMBER = "01234567897"
PARAMS = KeyParameters("123456", 1, 1, base_date=BaseDate.Y2014)


def make_virtual_meter(number: str = METER_NUMBER, params: KeyParameters = PARAMS) -> VirtualMeter:
    return VirtualMeter.with_vending_key(parse_meter_number(number), params, VENDING_KEY)


@pytest.fixture
def meter_sim():
    from sts_pos.devices.meter import SimulatedMeter, start_simulator

    sim = start_simulator(SimulatedMeter(make_virtual_meter(), load_w=0))
    try:
        yield sim
    finally:
        sim.stop()


@pytest.fixture
def modem_sim():
    """A simulated GSM modem on a pty: ``.port_path``, ``.responder.sent`` (what really went out)."""
    from sts_pos.devices.sms import start_modem_simulator

    sim = start_modem_simulator()
    try:
        yield sim
    finally:
        sim.stop()
