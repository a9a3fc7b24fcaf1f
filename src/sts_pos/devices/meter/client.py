"""The technician's link to a meter on a serial port (RS-485, optical probe or USB serial), via pyserial.

``MeterLink(port, protocol)`` opens any pyserial port name or URL (``/dev/ttyUSB0``, ``COM3``,
``socket://host:port``, ``rfc2217://...``, ``loop://``) and offers what a technician needs:

* :meth:`MeterLink.identify` and :meth:`MeterLink.read_registers` (energy, remaining credit, relay,
  tamper, SGC/TI/KRN, last token result) over DL/T 645-2007 or an IEC 62056-21 mode C readout;
* :meth:`MeterLink.send_token`: writes a 20-digit token to the STS token-entry register (DL/T 645
  write data, or IEC 62056-21 programming mode over the optical port) and reads back the meter's result
  code with its plain-language meaning; :meth:`MeterLink.send_test_token`
  does the same for a class 1 test/display token (made without any key, IEC 62055-41 clause 6.3).

Every read has a deadline: silence raises :class:`MeterTimeout`, noise, truncated frames and bad
checksums raise :class:`MeterFrameError`/:class:`MeterChecksumError` with a sentence the technician can
act on; nothing blocks longer than ``timeout`` per answer. Token writes are never re-sent automatically
(a second entry would only come back "used" and hide the first result). Not thread-safe: one link per
worker thread (the GUI's device worker).
"""

from __future__ import annotations

import os
import time
from typing import Any

from sts_pos.devices.meter import dlt645, iec62056
from sts_pos.devices.meter import registers as reg
from sts_pos.devices.meter.dlt645 import Frame
from sts_pos.devices.meter.errors import (
    MeterChecksumError,
    MeterError,
    MeterFrameError,
    MeterNoSuchData,
    MeterPortError,
    MeterRefused,
    MeterTimeout,
)
from sts_pos.devices.meter.profiles import SIMULATOR, MeterProfile
from sts_pos.devices.meter.reading import MeterReading, last_token_from, read_meter, registers_from_readout
from sts_pos.devices.meter.registers import MeterRegisters, TokenResult
from sts_pos.sts.codec import encode, parse_token_number
from sts_pos.sts.tokens import TestControl, TestToken

PROTOCOLS = ("dlt645", "iec62056-21")
DLT645_SERIAL = {"baudrate": 2400, "bytesize": 8, "parity": "E", "stopbits": 1}
POLL = 0.02  # seconds a single read may block; deadlines are kept by looping (no termios change per read)
IEC_SERIAL = {"baudrate": iec62056.INITIAL_BAUD, "bytesize": 7, "parity": "E", "stopbits": 1}


def is_pseudo_terminal(url: str) -> bool:
    """A pty (the simulators, or a socat link to one): it has no line speed or parity of its own."""
    return os.path.realpath(url).startswith("/dev/pts/")


def open_port(url: str, timeout: float, **settings: Any) -> Any:
    """Open a pyserial port by name or URL; failures become :class:`MeterPortError`."""
    import serial  # lazy: importing devices must not need pyserial until a port is used

    try:
        try:
            return serial.serial_for_url(url, timeout=POLL, write_timeout=timeout, **settings)
        except Exception:  # noqa: BLE001 - termios.error is no OSError
            if not is_pseudo_terminal(url):
                raise
        # A pseudo-terminal (the simulator) has no line: Linux keeps it 8N1 and at times refuses other
        # character formats with EINVAL, so fall back to what it supports.
        for fallback in ({"parity": "N"}, {"parity": "N", "bytesize": 8}):
            try:
                return serial.serial_for_url(url, timeout=POLL, write_timeout=timeout, **{**settings, **fallback})
            except Exception:  # noqa: BLE001
                continue
        return serial.serial_for_url(url, timeout=POLL, write_timeout=timeout)
    except Exception as exc:  # noqa: BLE001 - SerialException, OSError, ValueError, termios.error
        raise MeterPortError(f"Cannot open the serial port {url}. Check that the cable or probe is plugged in, "
                             "the port name is right and no other program is using it.", str(exc)) from exc


class MeterLink:
    """A connection to one meter over one serial port."""

    def __init__(self, port: Any, protocol: str = "dlt645", *, address: str | None = None, timeout: float = 1.0,
                 baudrate: int | None = None, password: bytes = b"\x02\x00\x00\x00",
                 token_di: int | None = None, result_di: int | None = None,
                 iec_password: str = "00000000", profile: MeterProfile = SIMULATOR) -> None:
        if protocol not in PROTOCOLS:
            raise MeterError(f"Unknown meter protocol {protocol!r}: choose DL/T 645 or IEC 62056-21.")
        self.protocol = protocol
        self.timeout = timeout
        self.password = password
        self.iec_password = iec_password
        self.profile = profile
        self.token_di = token_di if token_di is not None else profile.token_entry_di
        self.result_di = result_di if result_di is not None else profile.last_token_di
        if address is not None and protocol == "dlt645":
            try:
                address = dlt645.address_text(dlt645.address_bytes(address))
            except ValueError as exc:
                raise MeterError(f"'{address}' is not a DL/T 645 meter address: use the 12 digits on the "
                                 "meter's nameplate, or leave it empty to ask the meter.") from exc
        self.address = address
        settings = dict(DLT645_SERIAL if protocol == "dlt645" else IEC_SERIAL)
        if baudrate:
            settings["baudrate"] = baudrate
        self._owns_port = isinstance(port, str)
        self.port_name = port if isinstance(port, str) else getattr(port, "port", None) or repr(port)
        self.serial = open_port(port, timeout, **settings) if isinstance(port, str) else port
        if not isinstance(port, str) and (port.timeout is None or port.timeout > POLL):
            port.timeout = POLL
        self._initial_baud = settings["baudrate"]

    def close(self) -> None:
        if self._owns_port:
            self.serial.close()

    def __enter__(self) -> MeterLink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public operations -----------------------------------------------------------------------------
    def read(self) -> MeterReading:
        """The standard registers (address, energy, clock), then what the profile adds, as the meter has them."""
        return read_meter(self, self.profile)

    def identify(self) -> dict[str, str]:
        """Address, STS meter number and manufacturer of the meter on the port."""
        if self.protocol == "iec62056-21":
            ident, values = self._readout()
            return {"address": values.get(reg.OBIS_ADDRESS, ("", None))[0],
                    "meter_number": values.get(reg.OBIS_METER_NUMBER, ("", None))[0],
                    "manufacturer": ident.manufacturer, "identification": ident.identification}
        address = self._meter_address()
        return {"address": address, "meter_number": self._read_ascii(reg.DI_ASSET_NUMBER),
                "manufacturer": self._read_ascii(reg.DI_MANUFACTURER)}

    def read_registers(self) -> MeterRegisters:
        """The STS registers of the profile's meter model (all required; :meth:`read` is for any meter)."""
        if self.protocol == "iec62056-21":
            return registers_from_readout(*self._readout(), self.profile)
        address = self._meter_address()
        p = self.profile
        if p.sts_parameters_di is None or p.tamper_di is None or p.remaining_energy_di is None:
            raise MeterNoSuchData(f"The meter profile {p.name} has no STS registers; use 'meter read' for the "
                                  "standard registers, or choose the meter model's profile.")
        params = self._read(p.sts_parameters_di, 10)
        status = self._read(p.status_word_di or reg.DI_STATUS_WORD_3, 2)
        return MeterRegisters(
            meter_number=self._read_ascii(reg.DI_ASSET_NUMBER), address=address,
            energy_tenths_kwh=dlt645.bcd_decode(self._read(reg.DI_ENERGY_TOTAL, 4)[:4]) // 10,
            credit_tenths_kwh=dlt645.bcd_decode(self._read(p.remaining_energy_di, 4)[:4]) // 10,
            relay_closed=not int.from_bytes(status[:2], "little") & reg.RELAY_OPEN_BIT,
            tamper=self._read(p.tamper_di, 1)[:1] != b"\x00",
            sgc=f"{dlt645.bcd_decode(params[0:3]):06d}", ti=params[3], krn=params[4], key_type=params[5],
            ken=params[6], base_date=dlt645.bcd_decode(params[7:9]), ea=f"{dlt645.bcd_decode(params[9:10]):02d}",
            manufacturer=self._read_ascii(reg.DI_MANUFACTURER), last_token=self.last_token_result())

    def send_token(self, token_text: str) -> TokenResult:
        """Enter a 20-digit token in the meter and return its result code (with ``help_text``)."""
        digits = parse_token_number(token_text)
        if not self.profile.takes_tokens or (self.protocol == "dlt645" and self.token_di is None):
            raise MeterNoSuchData(f"The meter profile {self.profile.name} has no token register, so sts-pos "
                                  "cannot enter tokens over the serial line: enter the token on the meter's "
                                  "keypad, or choose the meter model's profile.")
        if self.protocol == "iec62056-21":
            return self._program_token(digits)
        request = dlt645.write_request(self._meter_address(), self.token_di, dlt645.bcd_encode(int(digits), 10),
                                       password=self.password)
        dlt645.check_answer(request, self._transact(request))
        result = self.last_token_result()
        if result is None:
            raise MeterError("The meter took the token but reports no result. Read the meter's display.")
        return result

    def send_test_token(self, control: int = int(TestControl.ALL), manufacturer_code: int = 0,
                        subclass: int = 0) -> tuple[str, TokenResult]:
        """Make a class 1 test/display token (sent in clear, no key needed) and enter it."""
        token = encode(TestToken(subclass=subclass, control=control, manufacturer_code=manufacturer_code), None)
        return token, self.send_token(token)

    def last_token_result(self) -> TokenResult | None:
        if self.result_di is None:
            raise MeterNoSuchData(f"The meter profile {self.profile.name} has no last-token register; read the "
                                  "result on the meter's display.")
        return last_token_from(self._read(self.result_di, 7))

    def read_value(self, di: int) -> bytes | None:
        """One DL/T 645 register's value, or None when the meter has no such data."""
        try:
            return self._read(di)
        except MeterNoSuchData:
            return None

    def readout(self) -> tuple[iec62056.Identification, dict[str, tuple[str, str | None]]]:
        """The IEC 62056-21 data readout: identification and ``{address: (value, unit)}``."""
        return self._readout()

    # -- DL/T 645 --------------------------------------------------------------------------------------
    def meter_address(self) -> str:
        """The meter's communication address, asked with read address (13H) unless it was given."""
        return self._meter_address()

    def _meter_address(self) -> str:
        if self.address is None:
            request = dlt645.read_address_request()
            data = dlt645.check_answer(request, self._transact(request))
            self.address = dlt645.address_text(data[:6]) if len(data) >= 6 else None
            if self.address is None:
                raise MeterFrameError("The meter's address answer is too short.", data.hex(" "))
        return self.address

    def _read(self, di: int, length: int = 0) -> bytes:
        """The value of one data identifier; shorter than ``length`` bytes is a frame error."""
        request = dlt645.read_request(self._meter_address(), di)
        value = dlt645.check_answer(request, self._transact(request))
        if len(value) < length:
            raise MeterFrameError(f"The meter's answer for register {di:08X} is too short.", value.hex(" "))
        return value

    def _read_ascii(self, di: int) -> str:
        return self._read(di)[::-1].rstrip(b"\x00 ").decode("ascii", "replace")

    def _transact(self, request: Frame) -> Frame:
        self._send(request.encode())
        reader = dlt645.FrameReader()
        wait = _Silence(self.timeout)
        while True:
            frame = reader.next_frame()
            if frame is not None:
                if frame.is_answer:
                    _check_address(request, frame)
                    return frame
                continue  # our own request echoed by a half-duplex RS-485 adapter
            chunk = self._read_some(wait)
            if chunk is None:
                raise reader.explain_incomplete() or self._silence()
            reader.feed(chunk)

    # -- IEC 62056-21 ----------------------------------------------------------------------------------
    def _sign_on(self, mode: str) -> tuple[iec62056.Identification, iec62056.LineReader]:
        """Request, identification, option select (``mode`` 0 readout, 1 programming), baud rate switch."""
        self._set_baudrate(self._initial_baud)
        self._send(iec62056.request_message(self.address or ""))
        reader = iec62056.LineReader()
        wait = _Silence(self.timeout)
        while (line := reader.next_identification()) is None:
            chunk = self._read_some(wait)
            if chunk is None:
                raise reader.explain_incomplete("identification") or self._silence()
            reader.feed(chunk)
        ident = iec62056.parse_identification(line)
        self._send(iec62056.ack_option_select(ident.baud_char, mode))
        self._set_baudrate(ident.baudrate)
        return ident, reader

    def _readout(self) -> tuple[iec62056.Identification, dict[str, tuple[str, str | None]]]:
        ident, reader = self._sign_on("0")
        wait = _Silence(self.timeout)
        while (message := reader.next_data_message()) is None:
            chunk = self._read_some(wait)
            if chunk is None:
                raise reader.explain_incomplete("readout") or self._silence()
            reader.feed(chunk)
        return ident, iec62056.parse_readout(message)

    def _program_token(self, digits: str) -> TokenResult:
        """Token entry over the optical port: programming mode, password, write C.90.20, read the result."""
        _, reader = self._sign_on("1")
        request = self._reply(reader, "password request")
        if request[:1] != bytes([iec62056.SOH]) or iec62056.parse_command(request)[:2] != ("P", 0):
            raise MeterFrameError("The meter did not enter programming mode; it may not take tokens over the "
                                  "optical port.", repr(request))
        try:
            self._send(iec62056.command_message("P", 1, "", self.iec_password))
            self._expect_ack(reader, "password")
            p = self.profile
            self._send(iec62056.command_message("W", 1, p.token_entry_obis, digits))
            self._expect_ack(reader, "token")
            code = self._program_read(reader, p.last_token_obis or reg.OBIS_LAST_TOKEN)
            token_class = (self._program_read(reader, p.last_token_class_obis) if p.last_token_class_obis
                           else "")
        finally:
            try:
                self._send(iec62056.command_message("B", 0))  # end the session
            except MeterError:
                pass
        if not code.isdigit() or int(code) == 0:
            raise MeterError("The meter took the token but reports no result. Read the meter's display.", code)
        return TokenResult(int(code), int(token_class) if token_class.isdigit() else None)

    def _program_read(self, reader: iec62056.LineReader, obis: str) -> str:
        self._send(iec62056.command_message("R", 1, obis))
        address, value = iec62056.parse_answer(self._reply(reader, obis))
        if address != obis:
            raise MeterRefused(f"The meter could not read register {obis}: {value or 'error'}.")
        return value

    def _expect_ack(self, reader: iec62056.LineReader, what: str) -> None:
        reply = self._reply(reader, what)
        if reply == bytes([iec62056.ACK]):
            return
        if reply == bytes([iec62056.NAK]):
            raise MeterChecksumError(f"The meter says the {what} arrived damaged. Hold the probe steady and "
                                     "try again.")
        _, reason = iec62056.parse_answer(reply)
        raise MeterRefused(f"The meter refused the {what} ({reason}). Check the meter's programming password."
                           if what == "password" else f"The meter refused the {what} ({reason}).")

    def _reply(self, reader: iec62056.LineReader, what: str) -> bytes:
        wait = _Silence(self.timeout)
        while (reply := reader.next_reply()) is None:
            chunk = self._read_some(wait)
            if chunk is None:
                raise reader.explain_incomplete(f"answer to the {what}") or self._silence()
            reader.feed(chunk)
        return reply

    # -- raw I/O ---------------------------------------------------------------------------------------
    def _send(self, data: bytes) -> None:
        import serial

        try:
            self.serial.reset_input_buffer()
            self.serial.write(data)
            self.serial.flush()
        except (serial.SerialException, OSError) as exc:
            raise MeterPortError(f"Writing to the serial port {self.port_name} failed; check the cable.",
                                 str(exc)) from exc

    def _read_some(self, wait: _Silence) -> bytes | None:
        """Bytes that arrived before the line fell silent for ``timeout``, or None."""
        import serial

        while time.monotonic() < wait.deadline:
            try:
                data = self.serial.read(max(1, min(self.serial.in_waiting, 512)))
            except (serial.SerialException, OSError) as exc:
                raise MeterPortError(f"Reading from the serial port {self.port_name} failed; check the cable.",
                                     str(exc)) from exc
            if data:
                wait.heard()
                return data
        return None

    def _set_baudrate(self, rate: int) -> None:
        """Switch the port's speed (IEC 62056-21 start at 300 baud, then the meter's rate)."""
        if self.serial.baudrate == rate:
            return
        try:
            self.serial.baudrate = rate
        except Exception as exc:  # noqa: BLE001 - termios.error is no OSError; pyserial lets it through
            if is_pseudo_terminal(str(self.port_name)):
                return  # a pseudo-terminal (the simulator) has no line speed and refuses parity settings
            raise MeterPortError(f"The serial port {self.port_name} cannot switch to {rate} baud.",
                                 str(exc)) from exc

    def _silence(self) -> MeterTimeout:
        return MeterTimeout(f"The meter did not answer within {self.timeout:g} s. Check that the cable or optical "
                            f"probe is on the meter, the port ({self.port_name}), the protocol and the baud rate.")


def _check_address(request: Frame, answer: Frame) -> None:
    """An answer from another address than the one asked is refused (two meters on one RS-485 line)."""
    asked = request.address
    if request.function == dlt645.READ_ADDRESS or "A" in asked or asked == dlt645.BROADCAST_ADDRESS:
        return
    if answer.address != asked:
        raise MeterRefused(f"Meter {answer.address} answered, not meter {asked}. Another meter on the same line "
                           "answered: check the address on the meter's nameplate and the wiring.",
                           f"answer frame from {answer.address}")


class _Silence:
    """The deadline of one answer: ``timeout`` seconds of silence, however long a slow answer takes to
    arrive (up to twenty times the timeout, so a meter that babbles forever still ends in an error)."""

    def __init__(self, timeout: float) -> None:
        now = time.monotonic()
        self.timeout = timeout
        self.deadline = now + timeout
        self.limit = now + 20 * timeout

    def heard(self) -> None:
        self.deadline = min(self.limit, time.monotonic() + self.timeout)

