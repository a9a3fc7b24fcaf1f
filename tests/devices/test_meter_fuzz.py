"""Whatever arrives on the line, the parsers and simulators answer or raise a clear error; never crash or hang."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sts_pos.devices.meter import MeterError, MeterResponder, SimulatedMeter, dlt645, iec62056
from sts_pos.devices.sms.modem import parse_report
from sts_pos.devices.sms.simulator import ModemResponder
from tests.support.serial_pty import make_virtual_meter

VALID = dlt645.read_request("AAAAAAAAAAAA", 0x00900100).encode()
line_noise = st.lists(st.one_of(st.binary(max_size=40), st.just(VALID), st.just(b"/?!\r\n"),
                                st.just(b"\x06050\r\n"), st.just(VALID[:9])), max_size=8)


@settings(max_examples=150, deadline=None)
@given(chunks=line_noise)
def test_simulated_meter_survives_any_input(chunks):
    responder = MeterResponder(SimulatedMeter(make_virtual_meter(), load_w=0))
    for chunk in chunks:
        answer = responder.feed(chunk)
        assert isinstance(answer, bytes)


@settings(max_examples=300, deadline=None)
@given(chunks=line_noise)
def test_frame_reader_returns_frames_or_clear_errors(chunks):
    reader = dlt645.FrameReader()
    try:
        for chunk in chunks:
            reader.feed(chunk)
            while reader.next_frame() is not None:
                pass
        reader.explain_incomplete()
    except MeterError as exc:
        assert exc.message.endswith(".")


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=300))
def test_iec_parsers_return_values_or_clear_errors(data):
    reader = iec62056.LineReader()
    reader.feed(data)
    try:
        if (line := reader.next_identification()) is not None:
            iec62056.parse_identification(line)
        if (message := reader.next_data_message()) is not None:
            iec62056.parse_readout(message)
    except MeterError as exc:
        assert exc.message.endswith(".")


@settings(max_examples=150, deadline=None)
@given(chunks=st.lists(st.one_of(st.binary(max_size=30), st.sampled_from(
    [b"AT\r", b"AT+CMGF=1\r", b'AT+CMGW="+27821234567"\r', b"hello\x1a", b"AT+CMSS=1\r", b"AT+CMGR=x\r",
     b'AT+CMGL="ALL"\r', b"AT+CMGD=1\r", b"AT+CSMP=49,167,0,0\r", b"AT+CNMI=2,1,0,1,0\r", b"\x1b"]),
    st.builds(lambda cmd, arg: f"AT+{cmd}={arg}\r".encode(),
              st.sampled_from(["CMGF", "CSMP", "CNMI", "CMGS", "CMGW", "CMSS", "CMGR", "CMGD"]),
              st.text(max_size=12).filter(lambda t: "\r" not in t))), max_size=10))
def test_modem_simulator_survives_any_input(chunks):
    modem = ModemResponder()
    for chunk in chunks:
        assert isinstance(modem.feed(chunk), bytes)


@given(line=st.text(max_size=80))
def test_status_report_parser_never_raises(line):
    report = parse_report("+CDS: " + line)
    assert report is None or isinstance(report.reference, int)
