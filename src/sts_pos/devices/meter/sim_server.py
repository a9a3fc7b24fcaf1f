"""The simulated meter's serial side: answers DL/T 645-2007 and IEC 62056-21 mode C on one port.

:class:`MeterResponder` is sans-I/O: bytes from the technician's side go in, the meter's answer comes out.
It tells the protocols apart by the first byte of each request (``FE``/``68`` DL/T 645, ``/`` and ``ACK``
IEC 62056-21), stays silent on requests a real meter would ignore (another address, a damaged frame) and
answers abnormal frames for registers it does not have. ``faults`` lets tests and trainers make the meter
misbehave on purpose: ``"silent"``, ``"garbage"``, ``"truncate"``, ``"bad_checksum"``.

Line discipline, as on a real meter:

* a request cut short is thrown away when the line stays quiet for the inter-character time
  (:meth:`MeterResponder.line_idle`: 500 ms on DL/T 645, 1500 ms on IEC 62056-21), and a new ``/`` starts a
  new IEC request, so every request is answered once and never with a stale answer;
* DL/T 645 broadcast (``999999999999``) gets no answer; the wildcard ``AAAAAAAAAAAA`` is answered only for
  read address (13H), the one request the standard addresses that way;
* IEC 62056-21 answers after the reaction time ``iec_reaction_time`` (the standard's 200-1500 ms, 200 ms by
  default; the manufacturer ID is upper case, so no 20 ms short reaction time is claimed) and DL/T 645
  after ``dlt645_reaction_time`` (20 ms by default); the server waits :attr:`MeterResponder.answer_delay`
  before it writes;
* IEC 62056-21 identification advertises mode C only (no ``\\2`` enhanced identification: mode E, HDLC,
  is not implemented); an option select the simulator does not implement (``ACK 2 5 2``, HDLC; the
  secondary protocol ``ACK 1``; binary or manufacturer modes) is not acknowledged: the simulator goes back
  to waiting for a request message, as for an invalid option select, and the HHU times out.

:class:`MeterSimServer` runs a responder in a thread on a pty master (``open_pty`` creates the pair and
keeps the slave open, see the CI recipe's pty notes) or on any pyserial port/URL. Every wait is bounded
by a short poll so ``stop()`` returns at once.
"""

from __future__ import annotations

import os
import select
import termios
import threading
import time
import tty
from typing import Any

from sts_pos.devices.meter import dlt645, iec62056
from sts_pos.devices.meter import registers as reg
from sts_pos.devices.meter.dlt645 import Frame
from sts_pos.devices.meter.errors import MeterFrameError
from sts_pos.devices.meter.simulated import SimulatedMeter

FAULTS = ("silent", "garbage", "truncate", "bad_checksum")
DLT645_INTER_BYTE = 0.5   # seconds of silence after which a DL/T 645 frame cut short is thrown away
IEC_INTER_CHARACTER = 1.5  # IEC 62056-21: at most 1500 ms between the characters of a message
DEFAULT_PASSWORD = b"\x02\x00\x00\x00"  # PA = 02, P0-P2 = 000000
DEFAULT_IEC_PASSWORD = "00000000"      # IEC 62056-21 programming mode P1 password


class MeterResponder:
    """Turns request bytes into the simulated meter's answer bytes."""

    def __init__(self, meter: SimulatedMeter, password: bytes = DEFAULT_PASSWORD,
                 iec_password: str = DEFAULT_IEC_PASSWORD, *, iec_reaction_time: float = 0.2,
                 dlt645_reaction_time: float = 0.02) -> None:
        self.meter = meter
        self.password = password
        self.iec_password = iec_password
        self.buffer = bytearray()
        self.faults: set[str] = set()
        self._iec_state: str | None = None  # None, "identified", "password", "programming"
        self.requests = 0
        self.iec_reaction_time = iec_reaction_time
        self.dlt645_reaction_time = dlt645_reaction_time
        self.answer_delay = 0.0  # seconds to wait before sending the answer of the last feed()
        self.discarded = 0       # requests thrown away because they were cut short

    def line_idle(self, seconds: float) -> None:
        """The line has been quiet ``seconds``: a request cut short (longer quiet than the inter-character
        time of its protocol) is thrown away, so the next request starts clean."""
        if not self.buffer:
            return
        limit = DLT645_INTER_BYTE if self.buffer[:1] in (b"\x68", b"\xfe") else IEC_INTER_CHARACTER
        if seconds >= limit:
            self.buffer.clear()
            self.discarded += 1

    def feed(self, data: bytes) -> bytes:
        self.buffer += data
        out = bytearray()
        buf = self.buffer
        iec = False
        while buf:
            head = buf[0]
            if head == 0x68:
                frame, used = dlt645.decode_at(buf)
                if not used:
                    later = _whole_frame_after(buf)
                    if later:  # the start was a request cut short and a whole one follows it
                        del buf[:later]
                        continue
                    break
                del buf[:used]
                if frame is not None:
                    out += self._answer_645(frame)
            elif head == ord("/"):
                end = buf.find(b"\r\n")
                again = buf.find(b"/", 1)
                if again > 0 and (end < 0 or again < end):  # a new request message starts: drop the old one
                    del buf[:again]
                    continue
                if end < 0:
                    if len(buf) > 64:
                        del buf[:1]
                        continue
                    break
                line = bytes(buf[:end + 2])
                del buf[:end + 2]
                out += self._answer_request(line)
                iec = True
            elif head == iec62056.ACK:
                if len(buf) < 6:
                    break
                message = bytes(buf[:6])
                del buf[:6]
                out += self._answer_ack(message)
                iec = True
            elif head == iec62056.SOH:
                end = buf.find(bytes([iec62056.ETX]))
                if end < 0 or len(buf) < end + 2:
                    if len(buf) > 300:
                        del buf[:1]
                        continue
                    break
                message = bytes(buf[:end + 2])
                del buf[:end + 2]
                out += self._answer_command(message)
                iec = True
            else:
                del buf[:1]  # preamble FE, line noise, break sequences
        self.answer_delay = (self.iec_reaction_time if iec else self.dlt645_reaction_time) if out else 0.0
        return self._apply_faults(bytes(out))

    def _apply_faults(self, answer: bytes) -> bytes:
        if not answer:
            return answer
        self.requests += 1
        if "silent" in self.faults:
            return b""
        if "garbage" in self.faults:
            return bytes((i * 37 + 11) % 256 for i in range(40)).replace(b"\x68", b"\x69").replace(b"/", b"?")
        if "truncate" in self.faults:
            return answer[: max(1, len(answer) // 2)]
        if "bad_checksum" in self.faults:
            if answer[:1] == bytes([iec62056.STX]):  # IEC data message: the BCC is the last byte
                return answer[:-1] + bytes([answer[-1] ^ 0x01])
            if answer[-1:] == bytes([dlt645.END]):  # DL/T 645: CS comes before the 16H end byte
                return answer[:-2] + bytes([(answer[-2] + 1) % 256]) + answer[-1:]
        return answer

    # -- DL/T 645-2007 ---------------------------------------------------------------------------------
    def _answer_645(self, frame: Frame) -> bytes:
        meter = self.meter
        if frame.is_answer or not dlt645.address_matches(frame.address, meter.address):
            return b""
        function = frame.function
        if frame.address == dlt645.BROADCAST_ADDRESS:
            return b""  # broadcast (e.g. time sync 08H): no meter answers
        if frame.address == dlt645.WILDCARD_ADDRESS and function != dlt645.READ_ADDRESS:
            return b""  # the all-AA wildcard is for read address only
        if function == dlt645.READ_ADDRESS:
            return Frame(meter.address, dlt645.READ_ADDRESS | dlt645.ANSWER,
                         dlt645.address_bytes(meter.address)).encode()
        if function == dlt645.READ_DATA and len(frame.data) >= 4:
            di = int.from_bytes(frame.data[:4], "little")
            value = self._read_register(di)
            if value is None:
                return self._abnormal(function, 0x02)
            return Frame(meter.address, function | dlt645.ANSWER, frame.data[:4] + value).encode()
        if function == dlt645.WRITE_DATA and len(frame.data) >= 12:
            di = int.from_bytes(frame.data[:4], "little")
            if frame.data[4:8] != self.password:
                return self._abnormal(function, 0x04)
            if di != reg.DI_TOKEN_ENTRY or len(frame.data) != 22:
                return self._abnormal(function, 0x02 if di != reg.DI_TOKEN_ENTRY else 0x01)
            try:
                digits = f"{dlt645.bcd_decode(frame.data[12:22]):020d}"
            except MeterFrameError:
                return self._abnormal(function, 0x01)
            meter.enter_token(digits)
            return Frame(meter.address, function | dlt645.ANSWER).encode()
        return self._abnormal(function, 0x01)

    def _abnormal(self, function: int, error: int) -> bytes:
        return Frame(self.meter.address, function | dlt645.ANSWER | dlt645.ABNORMAL, bytes([error])).encode()

    def _read_register(self, di: int) -> bytes | None:
        r = self.meter.registers()
        bcd = dlt645.bcd_encode
        if di in (reg.DI_ENERGY_TOTAL, reg.DI_FORWARD_ACTIVE):  # all energy is imported: the two agree
            return bcd(r.energy_tenths_kwh * 10, 4)
        if di == reg.DI_DATE:
            now = self.meter.wall_clock()
            return bcd(int(f"{now:%y%m%d}{(now.weekday() + 1) % 7:02d}"), 4)
        if di == reg.DI_TIME:
            return bcd(int(f"{self.meter.wall_clock():%H%M%S}"), 3)
        if di == reg.DI_REMAINING_ENERGY:
            return bcd(r.credit_tenths_kwh * 10, 4)
        if di == reg.DI_STATUS_WORD_3:
            return (0 if r.relay_closed else reg.RELAY_OPEN_BIT).to_bytes(2, "little")
        if di == reg.DI_ADDRESS:
            return dlt645.address_bytes(r.address)
        if di == reg.DI_ASSET_NUMBER:
            return r.meter_number.encode().ljust(32, b"\x00")[::-1]  # ASCII travels lowest byte first too
        if di == reg.DI_MANUFACTURER:
            return r.manufacturer.encode().ljust(32, b"\x00")[::-1]
        if di == reg.DI_TAMPER:
            return bytes([1 if r.tamper else 0])
        if di == reg.DI_STS_PARAMETERS:
            return (bcd(int(r.sgc), 3) + bytes([r.ti, r.krn, r.key_type or 0, r.ken or 0])
                    + bcd(r.base_date or 0, 2) + bcd(int(r.ea or "0"), 1))
        if di == reg.DI_LAST_TOKEN:
            last = r.last_token
            if last is None:
                return bytes([0, 0xFF, 0xFF]) + bcd(0, 4)
            return (bytes([last.code, 0xFF if last.token_class is None else last.token_class,
                           0xFF if last.subclass is None else last.subclass])
                    + bcd(last.amount_tenths_kwh * 10, 4))
        return None

    # -- IEC 62056-21 mode C ---------------------------------------------------------------------------
    def _answer_request(self, line: bytes) -> bytes:
        if not (line.startswith(b"/?") and line.endswith(b"!\r\n")):
            return b""
        address = line[2:-3].decode("latin-1")
        meter = self.meter
        if address not in ("", meter.address, meter.meter.meter_number.drn):
            return b""
        self._iec_state = "identified"
        return iec62056.identification_message(meter.manufacturer, "5", "STSPOS-SIM", enhanced=None)

    def _answer_ack(self, message: bytes) -> bytes:
        option = iec62056.parse_ack_option_select(message)
        if self._iec_state != "identified" or option is None:
            self._iec_state = None  # not an option select this meter implements (e.g. ACK 2 5 2, HDLC)
            return b""
        if option[1] == "1":  # programming mode: ask for the password
            self._iec_state = "password"
            return iec62056.command_message("P", 0, "", self.meter.meter.meter_number.drn)
        self._iec_state = None
        return iec62056.build_readout(self.readout_items())

    def _answer_command(self, raw: bytes) -> bytes:
        state = self._iec_state
        if state not in ("password", "programming"):
            return b""
        try:
            command, kind, address, value = iec62056.parse_command(raw)
        except MeterFrameError:  # damaged on the way: ask for it again
            return bytes([iec62056.NAK])
        if command == "B":
            self._iec_state = None
            return b""
        if state == "password":
            if (command, kind) == ("P", 1) and value == self.iec_password:
                self._iec_state = "programming"
                return bytes([iec62056.ACK])
            self._iec_state = None
            return iec62056.answer_message("", "PASSWORD")
        if (command, kind) == ("W", 1) and address == reg.OBIS_TOKEN_ENTRY:
            self.meter.enter_token(value)
            return bytes([iec62056.ACK])
        if (command, kind) == ("R", 1):
            values = {obis: text for obis, text, _ in self.readout_items()}
            if address in values:
                return iec62056.answer_message(address, values[address])
        return iec62056.answer_message("", "ERROR")

    def readout_items(self) -> list[tuple[str, str, str | None]]:
        r = self.meter.registers()
        last = r.last_token
        now = self.meter.wall_clock()
        return [
            (reg.OBIS_ADDRESS, r.address, None),
            (reg.OBIS_TIME, f"{now:%H:%M:%S}", None),
            (reg.OBIS_DATE, f"{now:%y-%m-%d}", None),
            (reg.OBIS_METER_NUMBER, r.meter_number, None),
            (reg.OBIS_ENERGY, f"{r.energy_tenths_kwh // 10:07d}.{r.energy_tenths_kwh % 10}", "kWh"),
            (reg.OBIS_CREDIT, f"{r.credit_tenths_kwh // 10:07d}.{r.credit_tenths_kwh % 10}", "kWh"),
            (reg.OBIS_RELAY, "1" if r.relay_closed else "0", None),
            (reg.OBIS_TAMPER, "1" if r.tamper else "0", None),
            (reg.OBIS_SGC, r.sgc, None),
            (reg.OBIS_TI, f"{r.ti:02d}", None),
            (reg.OBIS_KRN, str(r.krn), None),
            (reg.OBIS_KEY_TYPE, str(r.key_type), None),
            (reg.OBIS_KEN, str(r.ken), None),
            (reg.OBIS_BASE_DATE, str(r.base_date), None),
            (reg.OBIS_EA, str(r.ea), None),
            (reg.OBIS_LAST_TOKEN, str(last.code) if last else "0", None),
            (reg.OBIS_LAST_TOKEN_CLASS, "" if last is None or last.token_class is None else str(last.token_class),
             None),
            (reg.OBIS_ERROR, "00000000", None),
        ]


def _whole_frame_after(buf: bytearray) -> int:
    """Where a complete, valid DL/T 645 frame starts after ``buf[0]`` (0 if none): the first was cut short."""
    start = buf.find(dlt645.START, 1)
    while start > 0:
        frame, _ = dlt645.decode_at(buf[start:])
        if frame is not None:
            return start
        start = buf.find(dlt645.START, start + 1)
    return 0


def open_pty() -> tuple[int, int, str]:
    """A pty pair for a simulator: ``(master_fd, slave_fd, slave_path)``; keep the slave open until done."""
    master, slave = os.openpty()
    tty.setraw(slave, termios.TCSANOW)
    return master, slave, os.ttyname(slave)


class MeterSimServer:
    """Serves a responder (anything with ``feed(bytes) -> bytes``, e.g. :class:`MeterResponder` or the SMS
    modem simulator) on a pty master fd or a pyserial port, in a background thread."""

    def __init__(self, responder: Any, *, fd: int | None = None, port: Any = None) -> None:
        if (fd is None) == (port is None):
            raise ValueError("give either a file descriptor or a serial port")
        self.responder = responder
        self.fd = fd
        self.port = port
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="meter-sim", daemon=True)
        self.error: BaseException | None = None
        self.byte_delay = 0.0  # seconds between answer bytes, to simulate a slow line

    def start(self) -> MeterSimServer:
        self._thread.start()
        return self

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def __enter__(self) -> MeterSimServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _read(self) -> bytes:
        if self.fd is not None:
            ready, _, _ = select.select([self.fd], [], [], 0.05)
            if not ready:
                return b""
            try:
                return os.read(self.fd, 4096)
            except OSError:  # EIO while no client has the slave open
                self._stop.wait(0.05)
                return b""
        return self.port.read(max(1, self.port.in_waiting))

    def _write(self, data: bytes) -> None:
        if self.byte_delay:  # a slow line (300 baud is about 33 ms per character)
            for i in range(len(data)):
                self._write_now(data[i:i + 1])
                self._stop.wait(self.byte_delay)
        else:
            self._write_now(data)

    def _write_now(self, data: bytes) -> None:
        if self.fd is not None:
            view = memoryview(data)
            while view:
                view = view[os.write(self.fd, view):]
        else:
            self.port.write(data)
            self.port.flush()

    def _run(self) -> None:
        try:
            if self.port is not None and (self.port.timeout is None or self.port.timeout > 0.05):
                self.port.timeout = 0.05
            quiet_since = time.monotonic()
            idle = getattr(self.responder, "line_idle", None)
            while not self._stop.is_set():
                data = self._read()
                now = time.monotonic()
                if not data:
                    if idle is not None:
                        idle(now - quiet_since)
                    continue
                answer = self.responder.feed(data)
                if answer:
                    delay = getattr(self.responder, "answer_delay", 0.0)
                    if delay:
                        self._stop.wait(delay)
                    self._write(answer)
                quiet_since = time.monotonic()
        except Exception as exc:  # noqa: BLE001 - reported by the owner (CLI prints it), never a silent death
            self.error = exc


class PtySimulator:
    """A simulated meter serving on a pty it created: ``port_path`` is what the technician's side opens."""

    def __init__(self, meter: SimulatedMeter, **responder_options: Any) -> None:
        self.meter = meter
        self.responder = MeterResponder(meter, **responder_options)
        self.master, self.slave, self.port_path = open_pty()
        self.server = MeterSimServer(self.responder, fd=self.master).start()

    def stop(self) -> None:
        self.server.stop()
        for fd in (self.slave, self.master):  # slave first, then master (CI recipe 4b)
            try:
                os.close(fd)
            except OSError:
                pass

    def __enter__(self) -> PtySimulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_simulator(meter: SimulatedMeter, **responder_options: Any) -> PtySimulator:
    """Start a simulated meter on a new pty (``iec_reaction_time=`` etc. go to the responder); ``stop()`` ends it."""
    return PtySimulator(meter, **responder_options)


SerialSimServer = MeterSimServer  # the same server serves the GSM modem simulator
