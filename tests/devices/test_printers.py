"""Receipt printers: ESC/POS bytes through python-escpos, every transport's missing-device error.

GIVEN a receipt, WHEN it is rendered to ESC/POS and sent, THEN the stream holds the token digits, the
native QR symbol with the tokens and the paper cut; and a missing printer is a clear PrinterError.
"""

from __future__ import annotations

import os
import socket
import threading

import pytest

from sts_pos.devices.printers import (
    PrinterError,
    PrinterNotFound,
    PrinterSettings,
    PrinterSettingsError,
    open_printer,
    send_bytes,
)
from sts_pos.reports.receipt import receipt_text
from sts_pos.reports.receipt_escpos import QR_IMAGE, receipt_escpos
from tests.reports.samples import CREDIT, KCT1, KCT2, engineering_slip, sale_receipt

GS = b"\x1d"


def _qr_payload_from_stream(data: bytes) -> bytes:
    """The data of the GS ( k fn 80 (store QR data) command."""
    start = data.index(GS + b"(k")
    while True:
        length = data[start + 3] + 256 * data[start + 4]
        body = data[start + 5 : start + 5 + length]
        if body[:2] == b"1P":  # cn=49 ('1', QR), fn=80 ('P'): store data, then m='0'
            return body[3:]
        start = data.index(GS + b"(k", start + 5 + length)


def test_escpos_stream_holds_tokens_qr_and_cut():
    data = send_bytes(PrinterSettings(kind="dummy"), receipt_escpos(sale_receipt(), columns=42)).output
    assert data.startswith(b"\x1b@")  # ESC @ initialise
    for token in (KCT1, KCT2, CREDIT):
        assert token.encode() in data  # printed 4-4-4-4-4
    assert data.index(KCT1.encode()) < data.index(KCT2.encode()) < data.index(CREDIT.encode())
    qr = _qr_payload_from_stream(data)
    assert qr.split(b"\n") == [t.replace(" ", "").encode() for t in (KCT1, KCT2, CREDIT)]
    assert GS + b"(k\x03\x001Q0" in data  # print the stored QR symbol
    assert data.rstrip(b"\x00").endswith(GS + b"V\x00") or GS + b"V" in data[-8:]  # cut at the end
    assert b"ZMW 150.00" in data and b"COPY" not in data


def test_escpos_copy_and_58mm_columns():
    data = receipt_escpos(sale_receipt(copy=True), columns=32)
    assert data.count(b"*** COPY ***") == 2
    lines = receipt_text(sale_receipt(copy=True), 32)
    assert max(len(line) for line in lines) <= 32
    for line in lines:
        assert line.strip().encode() in data


def test_escpos_qr_as_image_for_printers_without_native_qr():
    data = receipt_escpos(sale_receipt(), qr=QR_IMAGE)
    assert GS + b"(k" not in data
    assert GS + b"v0" in data  # raster bit image
    assert CREDIT.encode() in data


def test_engineering_slip_on_escpos():
    data = receipt_escpos(engineering_slip(), columns=32)
    assert b"ENGINEERING TOKEN SLIP" in data and b"CLEAR TAMPER" in data
    assert b"1111 2222 3333 4444 5555" in data and b"Tamper after meter box" in data


def test_file_printer_writes_the_stream(tmp_path):
    target = tmp_path / "lp0"
    target.write_bytes(b"")
    stream = receipt_escpos(sale_receipt())
    send_bytes(PrinterSettings(kind="file", target=str(target)), stream)
    assert target.read_bytes() == stream


def test_serial_printer_over_a_pty():
    master, slave = os.openpty()
    received = bytearray()
    stream = receipt_escpos(sale_receipt())

    def reader():
        while len(received) < len(stream):
            try:
                chunk = os.read(master, 4096)
            except OSError:
                return
            if not chunk:
                return
            received.extend(chunk)

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    try:
        send_bytes(PrinterSettings(kind="serial", target=os.ttyname(slave), timeout=2), stream)
        thread.join(timeout=5)
    finally:
        os.close(slave)
        os.close(master)
    assert bytes(received) == stream


@pytest.mark.parametrize(
    "settings, words",
    [
        (PrinterSettings(kind="serial", target="/dev/ttyNOPRINTER9"), "serial port /dev/ttyNOPRINTER9"),
        (PrinterSettings(kind="file", target="/nonexistent-dir/lp0"), "/nonexistent-dir/lp0"),
        (PrinterSettings(kind="usb", target="dead:beef", timeout=1), "USB printer dead:beef"),
    ],
)
def test_missing_printer_is_a_clear_error(settings, words):
    with pytest.raises(PrinterNotFound) as info:
        send_bytes(settings, b"x")
    assert words in info.value.message and "Check" in info.value.message
    assert info.value.detail


def test_network_printer_switched_off():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(PrinterNotFound) as info:
        send_bytes(PrinterSettings(kind="network", target=f"127.0.0.1:{port}", timeout=2), b"x")
    assert "network printer" in info.value.message


def test_network_printer_receives_the_stream():
    stream = receipt_escpos(sale_receipt())
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(5)
    got = bytearray()

    def serve():
        conn, _ = server.accept()
        conn.settimeout(5)
        with conn:
            while chunk := conn.recv(65536):
                got.extend(chunk)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    host, port = server.getsockname()
    send_bytes(PrinterSettings(kind="network", target=f"{host}:{port}"), stream)
    thread.join(timeout=5)
    server.close()
    assert bytes(got) == stream


@pytest.mark.parametrize("spec", ["lpt1", "parallel:/dev/lp0", "usb:xyz", "network:"])
def test_bad_printer_settings(spec):
    with pytest.raises(PrinterError):
        open_printer(PrinterSettings.parse(spec))


def test_parse_settings():
    s = PrinterSettings.parse("network:10.0.0.9:9100", columns=32)
    assert (s.kind, s.target, s.columns) == ("network", "10.0.0.9:9100", 32)
    with pytest.raises(PrinterSettingsError):
        PrinterSettings.parse("nothing")


def test_accents_and_currency_signs_the_printer_lacks():
    from sts_pos.vending.money import Currency

    data = receipt_escpos(sale_receipt(office_name="Société Électrique", currency=Currency(code="NGN", symbol="₦")))
    assert "Société Électrique".encode("cp437") in data  # python-escpos picked a code page with é
    assert b"NGN 200.00" in data and b"? 200.00" not in data
