"""`sts-pos meter read` against standard meters that have no STS registers, written here from the standards.

The fake meters below build and parse every frame by hand from DL/T 645-2007 clause 7 and IEC 62056-21
clause 6 (nothing from ``sts_pos.devices.meter``), and serve on real pty pairs.
"""

from __future__ import annotations

import json
import os
import select
import threading
import tty

import pytest

from sts_pos.cli import main

ADDRESS = "210987654321"                      # as printed on the nameplate
ADDRESS_BYTES = bytes([0x21, 0x43, 0x65, 0x87, 0x09, 0x21])  # lowest byte first
STANDARD_REGISTERS = {                        # DI0..DI3 as sent -> value bytes as sent (lowest first)
    bytes([0x00, 0x00, 0x01, 0x00]): bytes([0x78, 0x56, 0x34, 0x12]),   # 00010000: 123456.78 kWh
    bytes([0x00, 0x00, 0x00, 0x00]): bytes([0x78, 0x56, 0x34, 0x12]),   # 00000000: 123456.78 kWh
    bytes([0x01, 0x01, 0x00, 0x04]): bytes([0x02, 0x01, 0x12, 0x26]),   # 04000101: 26-12-01, Tuesday (02)
    bytes([0x02, 0x01, 0x00, 0x04]): bytes([0x23, 0x31, 0x10]),         # 04000102: 10:31:23
    bytes([0x01, 0x04, 0x00, 0x04]): ADDRESS_BYTES,                     # 04000401: communication address
}


class PtyMeter(threading.Thread):
    """A meter on the master side of a pty; ``answer(bytes) -> bytes | None`` is the meter's logic."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)
        self.path = os.ttyname(self.slave)
        self.stopping = threading.Event()
        self.buffer = bytearray()
        self.heard: list[bytes] = []

    def run(self) -> None:
        while not self.stopping.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if ready:
                self.buffer += os.read(self.master, 1024)
                while (reply := self.take()) is not None:
                    if reply:
                        os.write(self.master, reply)

    def close(self) -> None:
        self.stopping.set()
        self.join(2)
        os.close(self.slave)
        os.close(self.master)


class Dlt645Meter(PtyMeter):
    """DL/T 645-2007: 68 A0..A5 68 C L DATA+33H CS 16; read data 11H, read address 13H; nothing else."""

    def __init__(self, answer_address: bytes = ADDRESS_BYTES) -> None:
        super().__init__()
        self.answer_address = answer_address  # a wrongly wired neighbour answers with its own address

    def take(self) -> bytes | None:
        buf = self.buffer
        while buf and buf[0] != 0x68:
            del buf[:1]
        if len(buf) < 12 or len(buf) < 12 + buf[9]:
            return None
        frame, del_len = bytes(buf[:12 + buf[9]]), 12 + buf[9]
        del buf[:del_len]
        assert frame[7] == 0x68 and frame[-1] == 0x16 and frame[-2] == sum(frame[:-2]) % 256
        self.heard.append(frame)
        address, control = frame[1:7], frame[8]
        data = bytes((b - 0x33) % 256 for b in frame[10:-2])
        if control == 0x13 and address == b"\xaa" * 6:
            return self.frame(0x93, ADDRESS_BYTES)
        if address != ADDRESS_BYTES:
            return b""
        if control == 0x11 and data[:4] in STANDARD_REGISTERS:
            return self.frame(0x91, data[:4] + STANDARD_REGISTERS[data[:4]])
        return self.frame(0xD1, b"\x02")  # abnormal answer, SERR bit 1: no such data

    def frame(self, control: int, data: bytes) -> bytes:
        body = bytes([0x68]) + self.answer_address + bytes([0x68, control, len(data)])
        body += bytes((b + 0x33) % 256 for b in data)
        return b"\xfe\xfe\xfe\xfe" + body + bytes([sum(body) % 256, 0x16])


class IecMeter(PtyMeter):
    """IEC 62056-21 mode C: /?! CR LF -> identification; ACK 0 5 0 CR LF -> data message with BCC."""

    DATA = (b"0.0.0(87654321)\r\n1.8.0(0123456.78*kWh)\r\n0.9.1(10:31:23)\r\n0.9.2(26-12-01)\r\n"
            b"F.F(00000000)\r\n!\r\n")

    def take(self) -> bytes | None:
        buf = self.buffer
        end = buf.find(b"\r\n")
        if end < 0:
            return None
        message = bytes(buf[:end + 2])
        del buf[:end + 2]
        self.heard.append(message)
        if message in (b"/?!\r\n", b"/?87654321!\r\n"):
            return b"/ABC5FAKE-STD\r\n"
        if message == b"\x06050\r\n":
            bcc = 0
            for byte in self.DATA + b"\x03":
                bcc ^= byte
            return b"\x02" + self.DATA + b"\x03" + bytes([bcc & 0x7F])
        return b""


@pytest.fixture
def dlt645_meter():
    meter = Dlt645Meter()
    meter.start()
    yield meter
    meter.close()


@pytest.fixture
def iec_meter():
    meter = IecMeter()
    meter.start()
    yield meter
    meter.close()


def test_standard_dlt645_meter_shows_energy_address_and_clock(dlt645_meter, capsys):
    assert main(["--json", "meter", "read", "--port", dlt645_meter.path, "--timeout", "0.5"]) == 0
    reading = json.loads(capsys.readouterr().out)
    assert reading["address"] == ADDRESS
    assert reading["energy_kwh"] == "123456.78" and reading["combined_energy_kwh"] == "123456.78"
    assert reading["meter_clock"] == "2026-12-01 10:31:23"
    assert reading["sts"] is None and reading["credit_kwh"] is None
    assert "STS key parameters (04A00003)" in reading["absent"]
    first = dlt645_meter.heard[0]
    assert first[1:7] == b"\xaa" * 6 and first[8] == 0x13  # the address is asked first, with read address


def test_standard_dlt645_meter_read_as_text(dlt645_meter, capsys):
    assert main(["meter", "read", "--port", dlt645_meter.path, "--timeout", "0.5", "--profile", "standard"]) == 0
    out = capsys.readouterr().out
    assert "energy_kwh     123456.78" in out and "meter_clock    2026-12-01 10:31:23" in out
    assert "sgc" not in out


def test_an_answer_from_another_address_is_refused(capsys):
    meter = Dlt645Meter(answer_address=bytes([0x99, 0x99, 0x00, 0x00, 0x00, 0x00]))
    meter.start()
    try:
        assert main(["meter", "read", "--port", meter.path, "--timeout", "0.5", "--address", ADDRESS]) != 0
    finally:
        meter.close()
    err = capsys.readouterr().err
    assert "Meter 000000009999 answered, not meter 210987654321" in err


def test_a_token_to_a_standard_meter_says_it_has_no_token_register(dlt645_meter, capsys):
    token = "0000 0000 0000 0000 0000"
    assert main(["meter", "send-token", "--port", dlt645_meter.path, "--profile", "standard", token]) != 0
    assert "has no token register" in capsys.readouterr().err


def test_standard_iec_meter_shows_energy_address_and_clock(iec_meter, capsys):
    assert main(["--json", "meter", "read", "--port", iec_meter.path, "--protocol", "iec62056-21",
                 "--timeout", "0.5"]) == 0
    reading = json.loads(capsys.readouterr().out)
    assert reading["address"] == "87654321" and reading["energy_kwh"] == "123456.78"
    assert reading["meter_clock"] == "2026-12-01 10:31:23"
    assert reading["identification"] == "ABC FAKE-STD" and reading["sts"] is None
    assert "credit (C.90.1)" in reading["absent"]
    assert iec_meter.heard[:2] == [b"/?!\r\n", b"\x06050\r\n"]


def test_iec_meter_under_the_probe_with_another_address_is_refused(iec_meter, capsys):
    assert main(["meter", "read", "--port", iec_meter.path, "--protocol", "iec62056-21", "--timeout", "0.5",
                 "--address", "87654321"]) == 0
    capsys.readouterr()
    iec_meter.DATA = IecMeter.DATA.replace(b"87654321", b"11111111")
    assert main(["meter", "read", "--port", iec_meter.path, "--protocol", "iec62056-21", "--timeout", "0.5",
                 "--address", "87654321"]) != 0
    assert "Meter 11111111 answered, not meter 87654321" in capsys.readouterr().err


def test_a_manufacturers_profile_file_names_its_own_registers(tmp_path, capsys):
    """A meter model with its tamper flag at 04A10004 (a made-up manufacturer block) and no other STS register."""
    STANDARD_REGISTERS[bytes([0x04, 0x00, 0xA1, 0x04])] = b"\x01"
    profile = tmp_path / "acme-x1.json"
    profile.write_text(json.dumps({"name": "acme-x1", "tamper_di": "04A10004", "sts_parameters_di": "04A10003"}))
    meter = Dlt645Meter()
    meter.start()
    try:
        assert main(["--json", "meter", "read", "--port", meter.path, "--timeout", "0.5",
                     "--profile", str(profile)]) == 0
    finally:
        meter.close()
        del STANDARD_REGISTERS[bytes([0x04, 0x00, 0xA1, 0x04])]
    reading = json.loads(capsys.readouterr().out)
    assert reading["profile"] == "acme-x1" and reading["tamper"] is True and reading["energy_kwh"] == "123456.78"
    assert "STS key parameters (04A10003)" in reading["absent"]
    profile.write_text(json.dumps({"name": "acme-x1", "tamper_di": "tamper"}))
    assert main(["meter", "read", "--port", "/nonexistent", "--profile", str(profile)]) != 0
    assert "write the data identifier as 8 hexadecimal digits" in capsys.readouterr().err
