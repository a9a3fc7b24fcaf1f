"""A simulated GPRS collector (DTU) with virtual meters on its RS-485 bus, for training, tests and benchmarks.

:class:`CollectorSim` dials the office (asyncio), sends its registration packet, then a heartbeat every
``heartbeat_seconds``; each DL/T 645 frame from the office is handed to the meter with that address (the
bus: a wildcard or broadcast address reaches every meter) and the meter's answer goes back. The meters are
the meter simulator's :class:`~sts_pos.devices.meter.SimulatedMeter` (the engine's virtual meter: tokens,
credit, energy used by a load over time), with a clock register and remote relay control (1CH) added by
:class:`BusMeterResponder`.

Faults on demand (``sim.drop(seconds)``, ``sim.slow``, ``sim.silent``, ``sim.tamper(address)``, or the
same as words on the CLI's standard input, see ``docs/collector-protocol.md``):
link drop (the TCP connection closes, the DTU dials again after ``seconds``), slow answers (each answer
waits ``slow`` seconds), a silent meter (never answers), a tampered meter (its tamper flag set), a power cut
(``sim.meters[address].power_cut()``: the meter's power-down count rises), a
stranger (answers also for an address that is not on the bus), noise.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sts_pos.devices.collector import meter_ops
from sts_pos.devices.collector.packets import LinkFormat
from sts_pos.devices.meter import dlt645
from sts_pos.devices.meter.dlt645 import Frame
from sts_pos.devices.meter.registers import MeterRegisters
from sts_pos.devices.meter.sim_server import MeterResponder
from sts_pos.devices.meter.simulated import SimulatedMeter

log = logging.getLogger(__name__)


class RemoteMeter(SimulatedMeter):
    """A simulated meter whose relay the office can open (remote disconnect) and that has a clock."""

    def __init__(self, *args, utc_offset_minutes: int = 0, clock_skew_s: float = 0.0, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.disconnected = False  # the relay opened by a remote command
        self._load_before = self.load_w
        self.utc_offset_minutes = utc_offset_minutes
        self.clock_skew_s = clock_skew_s
        self.wall_clock = self.office_clock  # the meter simulator's clock registers read this one too
        self.power_downs = 0  # power-down events (03110000): a power cut adds one

    def power_cut(self) -> None:
        """The supply goes off and comes back: the meter counts a power-down event, its credit is kept."""
        with self.lock:
            self.tick()
            self.power_downs += 1

    def disconnect(self, open_relay: bool) -> None:
        """The remote relay command: an open relay draws nothing (the load is set aside until reconnected)."""
        with self.lock:
            self.tick()
            if open_relay and not self.disconnected:
                self._load_before, self.load_w = self.load_w, 0
            elif not open_relay and self.disconnected:
                self.load_w = self._load_before
            self.disconnected = open_relay

    def registers(self) -> MeterRegisters:
        r = super().registers()
        return replace(r, relay_closed=False) if self.disconnected else r

    def office_clock(self) -> datetime:
        """The meter's clock: local time at the office's offset, plus any skew (a fault)."""
        now = datetime.now(UTC) + timedelta(minutes=self.utc_offset_minutes, seconds=self.clock_skew_s)
        return now.replace(tzinfo=None)


class BusMeterResponder(MeterResponder):
    """The meter responder plus the clock registers (04000101/04000102) and relay control 1CH."""

    meter: RemoteMeter

    def _answer_645(self, frame: Frame) -> bytes:
        meter = self.meter
        if frame.is_answer or not dlt645.address_matches(frame.address, meter.address):
            return b""
        if frame.function == meter_ops.RELAY_CONTROL:
            if len(frame.data) < 10 or frame.data[:4] != self.password:
                return self._abnormal(frame.function, 0x04)
            command = frame.data[8]
            if command == meter_ops.RELAY_OPEN:
                meter.disconnect(True)
            elif command in (meter_ops.RELAY_CLOSE, 0x1B):
                meter.disconnect(False)
            else:
                return self._abnormal(frame.function, 0x01)
            return Frame(meter.address, frame.function | dlt645.ANSWER).encode()
        if frame.function == dlt645.READ_DATA and len(frame.data) >= 4:
            di = int.from_bytes(frame.data[:4], "little")
            if di == meter_ops.DI_POWER_DOWNS:
                value = dlt645.bcd_encode(meter.power_downs, 3)
                return Frame(meter.address, frame.function | dlt645.ANSWER, frame.data[:4] + value).encode()
            if di in (meter_ops.DI_DATE, meter_ops.DI_TIME):
                date, time = meter_ops.encode_clock(meter.wall_clock())
                value = date if di == meter_ops.DI_DATE else time
                return Frame(meter.address, frame.function | dlt645.ANSWER, frame.data[:4] + value).encode()
        return super()._answer_645(frame)


class CollectorSim:
    """A DTU: registration, heartbeats, transparent forwarding to its meters, faults on demand."""

    def __init__(self, identifier: str, meters: list[RemoteMeter], *, fmt: LinkFormat | None = None,
                 secret: str | None = None, heartbeat_seconds: float = 30.0, redial_seconds: float = 1.0) -> None:
        self.identifier = identifier
        self.fmt = fmt or LinkFormat()
        self.secret = secret
        self.heartbeat_seconds = heartbeat_seconds
        self.redial_seconds = redial_seconds
        self.responders = {m.address: BusMeterResponder(m) for m in meters}
        self.slow = 0.0                       # seconds each answer waits
        self.silent: set[str] = set()         # addresses that never answer
        self.stranger: str | None = None      # also answer as this address (a meter not behind us)
        self.connected = asyncio.Event()
        self.connections = 0
        self.answers = 0
        self.on_token: Callable[[str, str], None] | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._down_until = 0.0
        self._stop = False

    @property
    def meters(self) -> dict[str, RemoteMeter]:
        return {a: r.meter for a, r in self.responders.items()}

    @property
    def stopped(self) -> bool:
        return self._stop

    def answer_sms(self, text: str) -> str | None:
        """A TOKEN command received by SMS (``sms_link``): the token entered into that meter on the bus, and the
        RESULT reply with the meter's token result; None for a text that is no command (no reply)."""
        from sts_pos.devices.collector.sms_link import parse_token_text, reply_text

        command = parse_token_text(text)
        if command is None:
            return None
        number, token = command
        meter = next((m for m in self.meters.values() if m.meter.meter_number.drn == number), None)
        if meter is None or meter.address in self.silent:
            return None  # not on this bus, or not answering: the office hears nothing and tries again later
        meter.enter_token(token)
        if self.on_token:
            self.on_token(meter.address, meter.last_token.label if meter.last_token else "")
        return reply_text(number, token, meter.last_token) if meter.last_token else None

    def sms_network(self, own_number: str):  # type: ignore[no-untyped-def]
        """The mobile network as the modem simulator's ``network`` hook: a message to ``own_number`` reaches this
        collector, and its reply comes back from that number."""
        from sts_pos.devices.sms.modem import same_number

        def route(to: str, text: str) -> list[tuple[str, str]]:
            if not same_number(to, own_number):
                return []
            reply = self.answer_sms(text)
            return [(own_number, reply)] if reply else []
        return route

    def tamper(self, address: str, on: bool = True) -> None:
        meter = self.meters[address]
        with meter.lock:
            meter.tick()
            meter.meter.tamper = on

    def drop(self, seconds: float) -> None:
        """Link drop: close the connection now and dial again after ``seconds``."""
        loop = asyncio.get_event_loop()
        self._down_until = loop.time() + seconds
        if self._writer is not None:
            self._writer.close()

    def stop(self) -> None:
        self._stop = True
        if self._writer is not None:
            self._writer.close()

    async def run(self, host: str, port: int, *, until: float | None = None) -> None:
        """Dial, serve, dial again after a drop; returns after ``stop()`` or at loop time ``until``."""
        loop = asyncio.get_running_loop()
        while not self._stop and (until is None or loop.time() < until):
            wait = max(0.0, self._down_until - loop.time())
            if wait:
                await asyncio.sleep(min(wait, 0.2))
                continue
            try:
                reader, writer = await asyncio.open_connection(host, port)
            except (OSError, UnicodeError):
                await asyncio.sleep(self.redial_seconds)
                continue
            self._writer = writer
            self.connections += 1
            try:
                await self._session(reader, writer, until)
            except (ConnectionError, OSError):
                pass
            finally:
                self.connected.clear()
                writer.close()
                with contextlib.suppress(Exception):
                    await writer.wait_closed()
                self._writer = None
            if not self._stop and self._down_until <= loop.time():
                await asyncio.sleep(self.redial_seconds)

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, until: float | None) -> None:
        loop = asyncio.get_running_loop()
        writer.write(self.fmt.registration_packet(self.identifier, self.secret))
        await writer.drain()
        self.connected.set()
        beat = asyncio.create_task(self._heartbeats(writer))
        buffer = bytearray()
        try:
            while not self._stop and (until is None or loop.time() < until):
                timeout = None if until is None else max(0.01, until - loop.time())
                try:
                    data = await asyncio.wait_for(reader.read(4096), min(timeout or 0.5, 0.5))
                except TimeoutError:
                    continue
                if not data:
                    return
                buffer += data
                answer = self._bus(buffer)
                if answer:
                    if self.slow:
                        await asyncio.sleep(self.slow)
                    writer.write(answer)
        finally:
            beat.cancel()

    async def _heartbeats(self, writer: asyncio.StreamWriter) -> None:
        packet = self.fmt.heartbeat_packet()
        while True:
            await asyncio.sleep(self.heartbeat_seconds)
            writer.write(packet)

    def _bus(self, buffer: bytearray) -> bytes:
        """Frames from the office to the meters on the bus; their answers, in order."""
        out = bytearray()
        while buffer:
            start = buffer.find(dlt645.START)
            if start < 0:
                buffer.clear()
                break
            del buffer[:start]
            frame, used = dlt645.decode_at(buffer)
            if not used:
                break
            raw = bytes(buffer[:used])
            del buffer[:used]
            if frame is None:
                continue  # damaged on the bus: a meter stays silent
            for address, responder in self.responders.items():
                if address in self.silent or not dlt645.address_matches(frame.address, address):
                    continue
                answer = responder.feed(raw)
                if answer:
                    self.answers += 1
                    out += answer
                    if self.on_token and frame.function == dlt645.WRITE_DATA:
                        self.on_token(address, responder.meter.last_token.label if responder.meter.last_token else "")
            if self.stranger and frame.function == dlt645.READ_DATA:
                out += Frame(self.stranger, frame.control | dlt645.ANSWER, frame.data[:4] + b"\x99\x99\x99\x99").encode()
        return bytes(out)
