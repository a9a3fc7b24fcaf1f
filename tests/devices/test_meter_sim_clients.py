"""The meter simulator against clients sts-pos did not write: PyPI ``dlt645`` 3.2.0 and ``iec62056-21`` 0.0.2.

Both clients open the simulator's pty themselves (``serial_for_url`` / ``serial.Serial``). What they read is
asserted; how long they took is printed by ``benchmarks/bench_meter_clients.py``, never asserted here.
"""

from __future__ import annotations

import struct
import time

import pytest
from dlt645 import DLT645Protocol, MeterClientService
from dlt645.model.types.dlt645_type import CtrlCode
from hypothesis import given, settings
from hypothesis import strategies as st
from iec62056_21.client import Iec6205621Client
from iec62056_21.messages import AckOptionSelectMessage

from sts_pos.devices.meter import SimulatedMeter, start_simulator
from tests.support.serial_pty import make_virtual_meter

ENERGY_TENTHS = 1_234_567  # 123456.7 kWh used


def _sim(**options):
    meter = SimulatedMeter(make_virtual_meter(), load_w=0)
    meter.meter.energy_used = ENERGY_TENTHS
    return start_simulator(meter, **options)


@pytest.fixture
def sim():
    simulator = _sim()
    yield simulator
    simulator.stop()


@pytest.fixture
def dlt(sim):
    client = MeterClientService.new_rtu_client(port=sim.port_path, baudrate=2400, databits=8, stopbits=1,
                                               parity="N", timeout=1.0)
    yield client
    client.disconnect()


def test_dlt645_client_reads_address_energy_and_clock(sim, dlt):
    assert dlt.read_address() is not None
    assert bytes(dlt.address) == bytes([0x97, 0x78, 0x56, 0x34, 0x12, 0x00])  # 001234567897, lowest first
    forward, combined = dlt.read_00(0x00010000), dlt.read_00(0x00000000)
    assert (forward.value, forward.unit, combined.value) == (123456.7, "kWh", 123456.7)
    now = sim.meter.wall_clock()
    date, clock = dlt.read_04(0x04000101).value, dlt.read_04(0x04000102).value
    assert date[:6] == f"{now:%y%m%d}" and date[6:] == f"{(now.weekday() + 1) % 7:02d}"
    assert abs(int(clock[:2]) * 3600 + int(clock[2:4]) * 60 + int(clock[4:]) - (now.hour * 3600 + now.minute * 60
                                                                               + now.second)) <= 2
    assert dlt.read_04(0x04000401).value == "001234567897"
    assert sim.responder.requests == 6  # one answer per request


def test_dlt645_client_after_a_truncated_frame_gets_one_fresh_answer(sim, dlt):
    assert dlt.read_address() is not None
    request = DLT645Protocol.build_frame(dlt.address, CtrlCode.ReadData, struct.pack("<I", 0x00010000))
    assert dlt.client.connect()
    dlt.client.conn.write(bytes(request)[:9])  # 68 A0..A5 68 11: the rest never comes
    dlt.client.conn.flush()
    time.sleep(0.6)  # the line stays quiet longer than DL/T 645's inter-byte time
    answered = sim.responder.requests
    assert dlt.read_00(0x00010000).value == 123456.7
    assert sim.responder.requests == answered + 1 and sim.responder.discarded == 1
    assert dlt.read_04(0x04000401).value == "001234567897"  # and the next request gets its own answer
    assert sim.responder.requests == answered + 2


def test_dlt645_broadcast_and_wildcard_reads_get_no_answer(sim, dlt):
    for address in (bytes([0x99] * 6), bytes([0xAA] * 6)):
        frame = DLT645Protocol.build_frame(bytearray(address), CtrlCode.ReadData, struct.pack("<I", 0x00010000))
        assert dlt.client.send_request(bytes(frame), retries=0) is None
    assert sim.responder.requests == 0
    assert dlt.read_address() is not None and sim.responder.requests == 1  # read address is answered


def test_dlt645_client_token_write_is_entered_once(sim, dlt):
    from sts_pos.sts.codec import encode
    from sts_pos.sts.tokens import TestToken

    token = encode(TestToken(subclass=0, control=1, manufacturer_code=0), None)
    assert dlt.read_address() is not None
    dlt.write_04(0x04A00001, token, "02000000")
    last = sim.meter.last_token
    assert last is not None and (last.code, last.token_class) == (1, 1)


def test_iec_client_reads_the_simulator_at_a_standard_reaction_time():
    """The PyPI client sleeps 0.25 s after the option select and then reopens the port (0.5 s later), which
    flushes whatever came before: it reads only meters whose reaction time is above about 0.75 s. 1000 ms
    lies inside the 200-1500 ms the standard allows."""
    simulator = _sim(iec_reaction_time=1.0)
    client = Iec6205621Client.with_serial_transport(port=simulator.port_path)
    client.transport.timeout = 3
    client.connect()
    try:
        readout = client.standard_readout()
    finally:
        client.disconnect()
        simulator.stop()
    values = {item.address: (item.value, item.unit) for item in readout.data}
    assert client.manufacturer_id == "SPS" and client.switchover_baudrate == 9600
    assert values["1.8.0"] == ("0123456.7", "kWh") and values["0.0.0"] == ("001234567897", None)
    assert {"0.9.1", "0.9.2", "C.1.0"} <= set(values)


def test_iec_simulator_offers_mode_c_only_and_does_not_acknowledge_mode_e(sim):
    """The identification has no enhanced capability ``\\2`` and ``ACK 2 5 2`` (HDLC) is not acknowledged."""
    client = Iec6205621Client.with_serial_transport(port=sim.port_path)
    client.transport.timeout = 1
    client.connect()
    try:
        client.transport.send(b"/?!\r\n")
        line = client.transport.simple_read(start_char="/", end_char="\x0a")
        assert line == b"/SPS5STSPOS-SIM\r\n"
        client.transport.send(AckOptionSelectMessage(mode_char="2", baud_char="5").to_bytes().replace(
            b"\x060", b"\x062"))
        with pytest.raises(TimeoutError):
            client.transport.read(timeout=1)
    finally:
        client.disconnect()
    assert sim.responder.requests == 1


def test_a_lone_slash_does_not_make_the_iec_simulator_deaf(sim):
    client = Iec6205621Client.with_serial_transport(port=sim.port_path)
    client.transport.timeout = 1
    client.connect()
    try:
        client.transport.send(b"/")
        client.transport.send(b"/?!\r\n")
        assert client.transport.simple_read(start_char="/", end_char="\x0a") == b"/SPS5STSPOS-SIM\r\n"
    finally:
        client.disconnect()
    assert sim.responder.requests == 1


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(min_value=1, max_value=19), gap=st.booleans())
def test_a_request_cut_anywhere_then_sent_whole_is_answered_once(cut, gap):
    """A request (built by the PyPI codec) cut after any byte, then sent whole: exactly one fresh answer."""
    from sts_pos.devices.meter import MeterResponder

    meter = SimulatedMeter(make_virtual_meter(), load_w=0)
    responder = MeterResponder(meter)
    address = bytearray(bytes.fromhex(meter.address)[::-1])
    request = bytes(DLT645Protocol.build_frame(address, CtrlCode.ReadData, struct.pack("<I", 0x00010000)))
    answers = [responder.feed(request[:cut])]
    if gap:
        responder.line_idle(0.5)
    answers.append(responder.feed(request))
    frames = [DLT645Protocol.deserialize(answer) for answer in answers if answer]
    assert len(frames) == 1 and frames[0].ctrl_code == 0x91
    assert responder.feed(request) and not responder.buffer  # and the line is clean afterwards
