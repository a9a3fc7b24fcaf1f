"""What the independent PyPI clients read from the meter simulator, and how long each step took.

    .venv/bin/python -m benchmarks.bench_meter_clients

Prints, for ``dlt645`` 3.2.0: each register read (value, seconds) and the truncated-frame case; for
``iec62056-21`` 0.0.2: the readout at several reaction times (the standard allows 200-1500 ms).
"""

from __future__ import annotations

import struct
import time

from dlt645 import DLT645Protocol, MeterClientService
from dlt645.model.types.dlt645_type import CtrlCode
from iec62056_21.client import Iec6205621Client
from tests.support.serial_pty import make_virtual_meter

from sts_pos.devices.meter import SimulatedMeter, start_simulator


def _sim(**options):
    meter = SimulatedMeter(make_virtual_meter(), load_w=0)
    meter.meter.energy_used = 1_234_567
    return start_simulator(meter, **options)


def _timed(call):
    start = time.monotonic()
    try:
        result = call()
    except Exception as exc:  # noqa: BLE001 - a benchmark reports every outcome
        result = f"{type(exc).__name__}: {exc}"
    return result, time.monotonic() - start


def dlt645_figures() -> None:
    sim = _sim()
    client = MeterClientService.new_rtu_client(port=sim.port_path, baudrate=2400, databits=8, stopbits=1,
                                               parity="N", timeout=1.0)
    try:
        item, took = _timed(client.read_address)
        print(f"dlt645 read address 13H: {item.value if item else None!r} (client's text), "
              f"address bytes {bytes(client.address).hex(' ')}, {took * 1000:.0f} ms")
        for di, read in ((0x00010000, client.read_00), (0x00000000, client.read_00), (0x04000101, client.read_04),
                         (0x04000102, client.read_04), (0x04000401, client.read_04)):
            item, took = _timed(lambda read=read, di=di: read(di))
            print(f"dlt645 {di:08X}: {getattr(item, 'value', item)!r} {getattr(item, 'unit', '')}, {took * 1000:.0f} ms")
        request = DLT645Protocol.build_frame(client.address, CtrlCode.ReadData, struct.pack("<I", 0x00010000))
        client.client.conn.write(bytes(request)[:9])
        client.client.conn.flush()
        time.sleep(0.6)
        item, took = _timed(lambda: client.read_00(0x00010000))
        print(f"dlt645 after a truncated frame and 0.6 s quiet: {getattr(item, 'value', item)!r}, "
              f"{took * 1000:.0f} ms; simulator answered {sim.responder.requests} requests, "
              f"dropped {sim.responder.discarded} cut short")
        for address in (bytes([0x99] * 6), bytes([0xAA] * 6)):
            frame = DLT645Protocol.build_frame(bytearray(address), CtrlCode.ReadData, struct.pack("<I", 0x00010000))
            answer, took = _timed(lambda frame=frame: client.client.send_request(bytes(frame), retries=0))
            print(f"dlt645 read 00010000 to {address.hex()}: {answer!r} after {took * 1000:.0f} ms")
    finally:
        client.disconnect()
        sim.stop()


def iec_figures() -> None:
    for reaction in (0.2, 0.5, 0.8, 1.0, 1.5):
        sim = _sim(iec_reaction_time=reaction)
        client = Iec6205621Client.with_serial_transport(port=sim.port_path)
        client.transport.timeout = 3
        client.connect()
        try:
            readout, took = _timed(client.standard_readout)
        finally:
            client.disconnect()
            sim.stop()
        if isinstance(readout, str):
            print(f"iec62056-21 reaction {reaction * 1000:.0f} ms: {readout} after {took:.2f} s")
        else:
            values = {item.address: item.value for item in readout.data}
            print(f"iec62056-21 reaction {reaction * 1000:.0f} ms: {client.manufacturer_id} "
                  f"{client.identification!r} at {client.switchover_baudrate} Bd, 1.8.0={values.get('1.8.0')} "
                  f"0.0.0={values.get('0.0.0')} 0.9.2={values.get('0.9.2')} 0.9.1={values.get('0.9.1')}, "
                  f"{len(values)} values in {took:.2f} s")


if __name__ == "__main__":
    dlt645_figures()
    iec_figures()
