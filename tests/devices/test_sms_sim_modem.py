"""The GSM modem simulator answers as a modem does (3GPP TS 27.007 / TS 27.005), checked against the formats
of the standards written out here, over a real pty with pyserial."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import serial

from sts_pos.devices.sms import start_modem_simulator
from sts_pos.devices.sms.simulator import ModemResponder

PINNED = datetime(2026, 12, 1, 10, 31, 23, tzinfo=UTC)


def _lines(answer: bytes) -> list[str]:
    return [line for line in answer.decode("latin-1").split("\r\n") if line]


@pytest.fixture
def modem():
    return ModemResponder(echo=False, clock=lambda: PINNED)


@pytest.mark.parametrize(("command", "answer"), [
    ("AT+CPIN?", ["+CPIN: READY", "OK"]),                  # TS 27.007 8.3: SIM ready, no PIN asked
    ("AT+CREG?", ["+CREG: 0,1", "OK"]),                    # 7.2: n=0, stat 1 registered, home
    ("AT+CSQ", ["+CSQ: 20,99", "OK"]),                     # 8.5: rssi 20, ber 99 not known
    ("AT+CMGF?", ["+CMGF: 0", "OK"]),                      # TS 27.005 3.2.3: PDU mode at power-on
    ("AT+CMGF=?", ["+CMGF: (0,1)", "OK"]),
    ("AT+CSCS?", ['+CSCS: "GSM"', "OK"]),                  # TS 27.007 5.5
    ("AT+CGMI", ["STS-POS", "OK"]),
])
def test_status_queries_are_answered_as_a_modem_does(modem, command, answer):
    assert _lines(modem.feed(command.encode() + b"\r")) == answer


def test_settings_are_answered_back(modem):
    assert _lines(modem.feed(b"AT+CMGF=1\rAT+CMGF?\r")) == ["OK", "+CMGF: 1", "OK"]
    assert _lines(modem.feed(b'AT+CSCS="UCS2"\rAT+CSCS?\r')) == ["OK", '+CSCS: "UCS2"', "OK"]
    assert _lines(modem.feed(b"AT+CREG=2\rAT+CREG?\r")) == ["OK", "+CREG: 2,1", "OK"]
    assert _lines(modem.feed(b'AT+CSCS="KLINGON"\rAT+CMGF=7\rAT+CREG=9\r')) == ["ERROR", "ERROR", "ERROR"]


def test_ati_gives_the_product_identification(modem):
    lines = _lines(modem.feed(b"ATI\r"))
    assert lines[-1] == "OK" and len(lines) >= 2 and "ERROR" not in lines


def _send_text(modem: ModemResponder, number: str = "+27821234567") -> list[str]:
    prompt = modem.feed(f'AT+CMGS="{number}"\r'.encode())
    if b"> " not in prompt:
        return _lines(prompt)
    return _lines(modem.feed(b"hello\x1a"))


def test_status_report_only_when_the_message_asks_and_routing_is_on(modem):
    modem.feed(b"AT+CMGF=1\r")
    assert not any(line.startswith("+CDS") for line in _send_text(modem))     # no report asked
    modem.feed(b"AT+CSMP=49,167,0,0\r")                                       # TP-SRR set
    assert not any(line.startswith("+CDS") for line in _send_text(modem))     # but not routed (CNMI ds=0)
    modem.feed(b"AT+CNMI=2,1,0,1,0\r")
    report = [line for line in _send_text(modem) if line.startswith("+CDS")]
    assert report == ['+CDS: 6,2,"+27821234567",145,"26/12/01,10:31:23+00","26/12/01,10:31:28+00",0']
    modem.feed(b"AT+CSMP=17,167,0,0\r")                                       # SRR cleared again
    assert not any(line.startswith("+CDS") for line in _send_text(modem))


def test_pdu_mode_report_follows_srr_even_with_a_service_centre_field(modem):
    """SMS-SUBMIT built by hand (TS 23.040 9.2.2.2): SMSC 07 91 72 83 01 00 10 F0, first octet 31H (SRR,
    VPF relative), MR 00, DA 0B 91 7228214365F7 (+27821234567), PID 00, DCS 00, VP A7, UDL 05, 'hello'."""
    pdu = "07917283010010F0" + "3100" + "0B917228214365F7" + "0000A7" + "05E8329BFD06"
    modem.feed(b"AT+CNMI=2,1,0,1,0\r")
    assert modem.feed(f"AT+CMGS={len(pdu) // 2 - 8}\r".encode()) == b"\r\n> "
    lines = _lines(modem.feed(pdu.encode() + b"\x1a"))
    assert lines[:2] == ["+CMGS: 0", "OK"] and lines[2] == "+CDS: 25"
    # SMS-STATUS-REPORT: SCTS and discharge time are the pinned clock, as semi-octets (TS 23.040 9.2.3.11)
    assert "6221100113320062211001138200" in lines[3] and modem.sent[0].text == "hello"
    no_report = "00" + "1100" + "0B917228214365F7" + "0000A7" + "05E8329BFD06"
    modem.feed(f"AT+CMGS={len(no_report) // 2 - 1}\r".encode())
    assert not any(line.startswith("+CDS") for line in _lines(modem.feed(no_report.encode() + b"\x1a")))


@pytest.mark.parametrize("destination", ["abc", "+27 82 123", "", "0821234567x"])
def test_a_destination_that_is_no_number_is_refused(modem, destination):
    modem.feed(b"AT+CMGF=1\r")
    assert _send_text(modem, destination) == ["+CMS ERROR: 305"] and modem.sent == []


def test_over_a_pty_a_client_sees_the_same_answers():
    sim = start_modem_simulator(ModemResponder(clock=lambda: PINNED))
    try:
        with serial.Serial(sim.port_path, 115200, timeout=1) as port:
            port.write(b"ATE0\rAT+CPIN?\rAT+CSQ\r")
            seen = b""
            while seen.count(b"OK") < 3:
                chunk = port.read(64)
                assert chunk, f"the modem stopped answering after {seen!r}"
                seen += chunk
    finally:
        sim.stop()
    assert _lines(seen)[1:] == ["OK", "+CPIN: READY", "OK", "+CSQ: 20,99", "OK"]
