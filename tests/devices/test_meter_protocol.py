"""DL/T 645-2007 and IEC 62056-21 framing (sans I/O), and the meter CLI end to end over a pty."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sts_pos.cli import main
from sts_pos.devices.meter import MeterChecksumError, MeterFrameError, MeterRefused, dlt645, iec62056
from sts_pos.devices.meter.dlt645 import Frame, FrameReader
from sts_pos.sts.codec import encode
from sts_pos.sts.keys import KeyParameters, derive_decoder_key
from sts_pos.sts.meter_number import parse_meter_number
from sts_pos.sts.tokens import CreditToken

# DL/T 645-2007 read of DI 00900100 from meter 000012345678; CS = 56H summed by hand from 68H to the data
READ_REMAINING = bytes.fromhex("fefefefe 68 785634120000 68 11 04 3334c333 56 16")


def test_read_request_bytes():
    assert dlt645.read_request("000012345678", 0x00900100).encode() == READ_REMAINING


def test_reader_skips_noise_and_preamble_and_decodes():
    reader = FrameReader()
    reader.feed(b"\x00\x11\xfe" + READ_REMAINING[:9])
    assert reader.next_frame() is None
    reader.feed(READ_REMAINING[9:])
    frame = reader.next_frame()
    assert frame == Frame("000012345678", 0x11, bytes.fromhex("00019000"))
    assert reader.garbage == 2


def test_reader_reports_a_bad_checksum_at_once():
    damaged = READ_REMAINING[:-2] + b"\x57\x16"
    reader = FrameReader()
    reader.feed(damaged)
    with pytest.raises(MeterChecksumError, match="wrong checksum"):
        reader.next_frame()


def test_reader_explains_truncated_and_garbage():
    truncated = FrameReader()
    truncated.feed(READ_REMAINING[:12])
    assert truncated.next_frame() is None
    assert "cut short" in truncated.explain_incomplete().message
    noise = FrameReader()
    noise.feed(b"hello world")
    assert noise.next_frame() is None
    assert "not DL/T 645" in noise.explain_incomplete().message
    assert FrameReader().explain_incomplete() is None


def test_abnormal_answer_is_refused_with_its_reason():
    request = dlt645.read_request("000012345678", 0x04A000FF)
    answer = Frame("000012345678", 0xD1, b"\x02")
    with pytest.raises(MeterRefused, match="no such data"):
        dlt645.check_answer(request, answer)
    with pytest.raises(MeterFrameError, match="different register"):
        dlt645.check_answer(request, Frame("000012345678", 0x91, bytes.fromhex("00000000") + b"\x00"))


@given(st.integers(min_value=0, max_value=10**20 - 1))
def test_bcd_round_trip(value):
    assert dlt645.bcd_decode(dlt645.bcd_encode(value, 10)) == value


def test_address_wildcards():
    assert dlt645.address_matches("AAAAAAAAAAAA", "001234567897")
    assert dlt645.address_matches("001234567897", "001234567897")
    assert dlt645.address_matches("999999999999", "001234567897")
    assert not dlt645.address_matches("001234567898", "001234567897")


def test_iec_readout_bcc_and_damage():
    message = iec62056.build_readout([("1.8.0", "0000012.5", "kWh"), ("C.1.0", "01234567897", None)])
    assert message[0] == iec62056.STX and message[-2] == iec62056.ETX
    bcc = 0
    for byte in message[1:-1]:
        bcc ^= byte
    assert message[-1] == bcc & 0x7F
    assert iec62056.parse_readout(message) == {"1.8.0": ("0000012.5", "kWh"), "C.1.0": ("01234567897", None)}
    with pytest.raises(MeterChecksumError):
        iec62056.parse_readout(message[:-1] + bytes([message[-1] ^ 1]))
    ident = iec62056.parse_identification(b"/LGZ5\\2ZMD4104407\r\n")
    assert (ident.manufacturer, ident.baudrate, ident.identification) == ("LGZ", 9600, "ZMD4104407")
    with pytest.raises(MeterFrameError):
        iec62056.parse_identification(b"garbage\r\n")


@pytest.mark.slow
def test_cli_meter_sim_read_and_send_token(capsys):
    sim = subprocess.Popen([sys.executable, "-m", "sts_pos", "--json", "meter-sim", "--duration", "30",
                            "--meter", "01234567897", "--credit", "1.5"],
                           stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        info = json.loads(sim.stdout.readline())
        port = info["port"]
        params = KeyParameters("123456", 1, 1, base_date=2014)
        key = derive_decoder_key(bytes.fromhex("abababababababab"), parse_meter_number("01234567897"), params)
        token = encode(CreditToken(tid=12345, rnd=1, amount=100), key)
        assert main(["--json", "meter", "send-token", "--port", port, "--timeout", "1", token]) == 0
        sent = json.loads(capsys.readouterr().out)
        assert sent["result"]["label"] == "Accept" and sent["result"]["amount_kwh"] == "10.0"
        assert main(["--json", "meter", "send-token", "--port", port, "--timeout", "1", token]) == 1
        assert json.loads(capsys.readouterr().out)["result"]["label"] == "Used"
        assert main(["--json", "meter", "read", "--port", port, "--protocol", "iec62056-21", "--timeout", "1"]) == 0
        read = json.loads(capsys.readouterr().out)
        assert read["meter_number"] == "01234567897" and float(read["credit_kwh"]) >= 11.0
        assert main(["meter", "test", "--port", port, "--timeout", "1"]) == 0
        assert "Meter result 1 (Test)" in capsys.readouterr().out
    finally:
        sim.send_signal(signal.SIGTERM)
        assert sim.wait(timeout=5) == 0


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["rollover-1993", "misty1"])
def test_office_vend_is_accepted_by_the_simulated_meter(tmp_path, capsys, monkeypatch, kind):
    """Demo office -> `sts-pos vend` -> `sts-pos meter-sim --from-office` -> `sts-pos meter send-token`:
    key change tokens first (TID rollover from base 1993), then credit; MISTY1/DKGA04 meters too."""
    db = str(tmp_path / "office.db")
    assert main(["--db", db, "--json", "demo"]) == 0
    demo = json.loads(capsys.readouterr().out)
    pick = (lambda m: m["base_date"] == 1993) if kind == "rollover-1993" else (lambda m: m["ea"] == "11")
    meter = next(m for m in demo["meters"] if pick(m) and m["kind"] == "keypad")
    cashier = next(u for u in demo["users"] if u["role"] == "cashier")
    monkeypatch.setenv("STS_POS_USER", cashier["username"])
    monkeypatch.setenv("STS_POS_PASSWORD", cashier["password"])
    monkeypatch.setenv("STS_POS_VAULT_PASSPHRASE", demo["vault_passphrase"])
    sim = subprocess.Popen([sys.executable, "-m", "sts_pos", "--db", db, "--json", "meter-sim", "--from-office",
                            "--meter", meter["meter_number"], "--duration", "30"], stdout=subprocess.PIPE, text=True)
    try:
        port = json.loads(sim.stdout.readline())["port"]
        assert main(["--db", db, "--json", "vend", "--meter", meter["meter_number"], "--amount", "500"]) == 0
        vend = json.loads(capsys.readouterr().out)
        labels = []
        for token in vend["tokens"]:
            assert main(["--json", "meter", "send-token", "--port", port, token["number"]]) == 0
            labels.append(json.loads(capsys.readouterr().out)["result"]["label"])
        kinds = [t["kind"] for t in vend["tokens"]]
        expected = {"key_change_1": "KCT 1", "key_change_2": "KCT 2", "credit": "Accept", "free": "Accept"}
        if kind == "rollover-1993":
            assert kinds[:2] == ["key_change_1", "key_change_2"]
        assert labels == [expected[k] for k in kinds]
        assert main(["--json", "meter", "read", "--port", port]) == 0
        read = json.loads(capsys.readouterr().out)
        bought = round((vend["sale"]["units_kwh"] + vend["sale"].get("free_kwh", 0)) * 10)
        assert round(float(read["credit_kwh"]) * 10) == bought
        assert read["sts"]["base_date"] == 2014 and read["sts"]["sgc"] == vend["meter"]["sgc"]
    finally:
        sim.send_signal(signal.SIGTERM)
        assert sim.wait(timeout=5) == 0


@pytest.mark.slow
def test_meter_sim_on_a_given_port_through_a_socat_pair(tmp_path, capsys):
    """`meter-sim --port` serves an existing serial port (here one end of a socat pty pair)."""
    a, b = tmp_path / "ttyA", tmp_path / "ttyB"
    socat = subprocess.Popen(["socat", "-d", "-d", f"pty,raw,echo=0,link={a}", f"pty,raw,echo=0,link={b}"],
                             stderr=subprocess.DEVNULL)
    sim = None
    try:
        deadline = time.monotonic() + 5
        while not (a.exists() and b.exists()):
            assert time.monotonic() < deadline, "socat did not create the pty pair"
            time.sleep(0.01)
        sim = subprocess.Popen([sys.executable, "-m", "sts_pos", "--json", "meter-sim", "--port", str(a),
                                "--credit", "3.2", "--load-w", "0", "--duration", "30"], stdout=subprocess.PIPE,
                               text=True)
        assert json.loads(sim.stdout.readline())["port"] == str(a)
        assert main(["--json", "meter", "read", "--port", str(b), "--timeout", "1"]) == 0
        read = json.loads(capsys.readouterr().out)
        assert (read["meter_number"], read["credit_kwh"]) == ("01234567897", "3.20")
    finally:
        if sim is not None:
            sim.send_signal(signal.SIGTERM)
            assert sim.wait(timeout=5) == 0
        socat.terminate()
        socat.wait(timeout=5)
