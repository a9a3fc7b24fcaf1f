"""A GSM modem on a serial port, driven with PDU-mode AT commands (3GPP TS 27.005 / 27.007), via pyserial.

The commands used::

    ATE0                       no echo
    AT+CMGF=0                  PDU mode (the text travels as an SMS-SUBMIT PDU: GSM 7-bit with the
                               extension table, or UCS2, see :mod:`.pdu`; status report requested in it)
    AT+CNMI=2,1,0,1,0          status reports arrive unsolicited as "+CDS: <length>" + the report's PDU
    AT+CMGS=<length><CR>       wait for "> ", send the PDU in hex, end with Ctrl-Z (1AH) -> "+CMGS: <mr>"
    AT+CMGW=<length><CR>       the same prompt, but store the message in the modem -> "+CMGW: <index>"
    AT+CMGR=<index>            read a stored message: "+CMGR: <stat>,,<length>" + its PDU
                               (stat 2 "STO UNSENT", 3 "STO SENT")
    AT+CMSS=<index>            send a stored message -> "+CMSS: <mr>"; the stored copy becomes "STO SENT"
    AT+CMGL=4                  list all stored messages;  AT+CMGD=<index>  delete one

Store-then-send (CMGW + CMSS) is what makes the outbox crash-safe: after a restart the modem's own record
of a stored message says whether it went out, and before every AT+CMSS the slot is read back (AT+CMGR)
so that only this very message (same number, same text) is sent from it. ``send_direct`` (CMGS) is there
for modems without message memory. Every wait has a deadline (a prompt that never comes is cancelled
with ESC); ERROR / +CMS ERROR / +CME ERROR become :class:`ModemRefused` with the reason in plain words.
Unsolicited status reports met while waiting are kept in ``reports``, with their message reference and
recipient so that the outbox matches them on both.

Why not ``python-gsmmodem-new`` (0.13, from the research notes): it is slow-moving, threads its own
reader, and does not expose the storage commands the crash-safe outbox relies on; the commands needed
here are few, and the alphabet comes from the ``gsm0338`` codec.
"""

from __future__ import annotations

import csv
import re
import time
from dataclasses import dataclass
from typing import Any

from sts_pos.devices.sms import pdu
from sts_pos.devices.sms.errors import (
    CMS_ERRORS,
    ModemPortError,
    ModemProtocolError,
    ModemRefused,
    ModemTimeout,
)

CTRL_Z = b"\x1a"
ESC = b"\x1b"
POLL = 0.02
MAX_TEXT = 160
_NUMBER = re.compile(r"^\+?[0-9]{3,20}$")
_FINAL_ERROR = re.compile(r"^\+(CMS|CME) ERROR: *(\d+)$")


@dataclass(frozen=True)
class DeliveryReport:
    """A status report (+CDS): the message reference and the TP-Status (0-31 delivered, 32-63 still trying,
    64 and above failed for good)."""

    reference: int
    status: int
    recipient: str = ""

    @property
    def delivered(self) -> bool:
        return self.status < 32

    @property
    def final(self) -> bool:
        return self.status < 32 or self.status >= 64


@dataclass(frozen=True)
class StoredMessage:
    index: int
    status: str  # "STO UNSENT", "STO SENT", "REC READ" ...
    number: str
    text: str


STORED_STATES = {0: "REC UNREAD", 1: "REC READ", 2: "STO UNSENT", 3: "STO SENT"}


def check_message(number: str, text: str) -> None:
    """Refuse what one SMS cannot carry, with a sentence the cashier can act on (any character is fine:
    GSM 7-bit when it is in the GSM alphabet, else UCS2)."""
    if not _NUMBER.match(number or ""):
        raise ModemRefused(f"'{number}' is not a phone number: use digits only, with the country code "
                           "(for example +27821234567).")
    pdu.user_data(text)


def same_number(a: str, b: str) -> bool:
    """Two ways of writing one phone number (with or without "+"; a national form ends the international)."""
    da, db = re.sub(r"\D", "", a or ""), re.sub(r"\D", "", b or "")
    if not da or not db:
        return False
    short, long = sorted((da, db), key=len)
    return da == db or (len(short) >= 7 and long.endswith(short.lstrip("0")))


def _fields(text: str) -> list[str]:
    """The comma-separated fields of an AT response, quotes removed ([] for a line that is no such list)."""
    try:
        return next(csv.reader([text], skipinitialspace=True), [])
    except csv.Error:
        return []


def parse_report(line: str) -> DeliveryReport | None:
    """A text-mode +CDS line, or None if the line is something else (PDU mode: see ``_unsolicited``)."""
    if not line.startswith("+CDS:"):
        return None
    fields = _fields(line[5:].strip())
    try:
        return DeliveryReport(int(fields[1]), int(fields[-1]), fields[2] if len(fields) > 2 else "")
    except (IndexError, ValueError):
        return None


class GsmModem:
    """One GSM modem on one serial port (pyserial port name or URL, or an open port object)."""

    def __init__(self, port: Any, *, timeout: float = 5.0, send_timeout: float = 60.0, baudrate: int = 115200) -> None:
        self.timeout = timeout
        self.send_timeout = send_timeout
        self.port_name = port if isinstance(port, str) else getattr(port, "port", None) or repr(port)
        self._owns_port = isinstance(port, str)
        self.serial = _open(port, baudrate) if isinstance(port, str) else port
        if not isinstance(port, str) and (port.timeout is None or port.timeout > POLL):
            port.timeout = POLL
        self.buffer = bytearray()
        self.reports: list[DeliveryReport] = []
        self._out_of_step = False
        self._report_pdu = False  # a "+CDS: <length>" line was read: its PDU is the next line
        try:
            self.serial.reset_input_buffer()  # whatever the modem said before we opened the port is not ours
        except Exception:  # noqa: BLE001 - not every URL handler supports it; harmless to skip
            pass

    def close(self) -> None:
        if self._owns_port:
            self.serial.close()

    def __enter__(self) -> GsmModem:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- operations ------------------------------------------------------------------------------------
    def setup(self) -> None:
        """PDU mode, status reports routed to us as +CDS."""
        self.command("ATE0")
        self.command("AT+CMGF=0")
        self.command("AT+CNMI=2,1,0,1,0")

    def send_direct(self, number: str, text: str) -> int:
        """AT+CMGS: send at once; returns the message reference (mr)."""
        check_message(number, text)
        hexpdu, length = pdu.submit_pdu(number, text)
        return self._value(self._with_pdu(f"AT+CMGS={length}", hexpdu), "+CMGS:")

    def store(self, number: str, text: str) -> int:
        """AT+CMGW: keep the message in the modem's memory unsent; returns its index."""
        check_message(number, text)
        hexpdu, length = pdu.submit_pdu(number, text)
        return self._value(self._with_pdu(f"AT+CMGW={length}", hexpdu, timeout=self.timeout), "+CMGW:")

    def send_stored(self, index: int) -> int:
        """AT+CMSS: send a stored message; returns the message reference."""
        return self._value(self.command(f"AT+CMSS={index}", timeout=self.send_timeout), "+CMSS:")

    def read_stored(self, index: int) -> StoredMessage | None:
        """AT+CMGR: the stored message at ``index`` (status, number, text), or None if there is none."""
        try:
            lines = self.command(f"AT+CMGR={index}")
        except ModemRefused as exc:
            if exc.code == 321:
                return None
            raise
        for i, line in enumerate(lines):
            if line.startswith("+CMGR:"):
                return self._stored(index, _fields(line[6:].strip()), lines[i + 1] if i + 1 < len(lines) else "")
        return None

    def list_stored(self) -> list[StoredMessage]:
        lines = self.command("AT+CMGL=4")
        found = []
        for i, line in enumerate(lines):
            if line.startswith("+CMGL:"):
                fields = _fields(line[6:].strip())
                if len(fields) < 2 or not fields[0].isdigit():
                    raise ModemProtocolError("The modem's list of stored messages cannot be read.", line)
                body = lines[i + 1] if i + 1 < len(lines) and not lines[i + 1].startswith("+CMGL:") else ""
                found.append(self._stored(int(fields[0]), fields[1:], body))
        return found

    @staticmethod
    def _stored(index: int, fields: list[str], body: str) -> StoredMessage:
        if not fields or not fields[0].strip().isdigit():
            raise ModemProtocolError("The modem's answer about a stored message cannot be read.", repr(fields))
        status = STORED_STATES.get(int(fields[0]), fields[0])
        if status.startswith("REC"):  # a message received (SMS-DELIVER): its sender and text
            number, text = pdu.decode_deliver(body)
            return StoredMessage(index, status, number, text)
        number, text = pdu.decode_submit(body)
        return StoredMessage(index, status, number, text)

    def delete(self, index: int) -> None:
        self.command(f"AT+CMGD={index}")

    def poll_reports(self, seconds: float = 0.0) -> list[DeliveryReport]:
        """Collect status reports that arrive within ``seconds``; returns and clears the collected ones."""
        deadline = time.monotonic() + seconds
        while True:
            line = self._line(deadline)
            if line is None:
                break
            self._unsolicited(line)
        reports, self.reports = self.reports, []
        return reports

    # -- AT engine -------------------------------------------------------------------------------------
    def command(self, command: str, timeout: float | None = None) -> list[str]:
        """Send one AT command; returns the information lines before OK."""
        self._resync()
        self._write(command.encode("ascii") + b"\r")
        return self._result(command, time.monotonic() + (timeout or self.timeout))

    def _with_pdu(self, command: str, hexpdu: str, timeout: float | None = None) -> list[str]:
        self._resync()
        self._write(command.encode("ascii") + b"\r")
        self._await_prompt(command, time.monotonic() + self.timeout)
        self._write(hexpdu.encode("ascii") + CTRL_Z)
        return self._result(command, time.monotonic() + (timeout or self.send_timeout))

    def _await_prompt(self, command: str, deadline: float) -> None:
        """Wait for the "> " text prompt; lines before it are echo, reports or the modem's error."""
        while True:
            prompt = self.buffer.find(b">")
            newline = re.search(rb"[\r\n]", self.buffer)
            if newline and (prompt < 0 or newline.start() < prompt):
                line = bytes(self.buffer[:newline.start()]).decode("latin-1").strip()
                del self.buffer[:newline.end()]
                error = self._final_error(command, line)
                if error is not None:
                    raise error
                self._unsolicited(line)
                continue
            if prompt >= 0:
                del self.buffer[:prompt + 1]
                return
            if not self._fill(deadline):
                self._out_of_step = True
                self._write(ESC)  # the prompt may still come: cancel it, so no text is taken for a message
                raise ModemTimeout(f"The modem did not ask for the message (no '>' after {command.split('=')[0]}). "
                                   "Check the modem's port and that it is switched on.")

    @staticmethod
    def _final_error(command: str, line: str) -> ModemRefused | None:
        name = command.split("=")[0]
        if line == "ERROR":
            return ModemRefused(f"The modem refused {name}.", line)
        match = _FINAL_ERROR.match(line)
        if match:
            code = int(match.group(2))
            reason = CMS_ERRORS.get(code, f"error {code}") if match.group(1) == "CMS" else f"error {code}"
            return ModemRefused(f"The modem could not do {name}: {reason}.", line, code)
        return None

    def _resync(self) -> None:
        """After a timeout the modem's late answer may still come: wait for the line to go quiet and drop
        it, keeping any status reports, so it is not taken for the answer to the next command."""
        if not self._out_of_step:
            return
        quiet = time.monotonic() + 0.2
        while (line := self._line(quiet)) is not None:
            self._unsolicited(line)
            quiet = time.monotonic() + 0.2
        self.buffer.clear()
        self._out_of_step = False

    def _result(self, command: str, deadline: float) -> list[str]:
        lines: list[str] = []
        while True:
            line = self._line(deadline)
            if line is None:
                self._out_of_step = True
                raise ModemTimeout(f"The modem did not answer {command.split('=')[0]} in time. Check the modem's "
                                   f"port ({self.port_name}) and that it is switched on.")
            if line == command or line == ">":
                continue  # echo
            if line == "OK":
                return lines
            error = self._final_error(command, line)
            if error is not None:
                raise error
            if not self._unsolicited(line):
                lines.append(line)

    def _unsolicited(self, line: str) -> bool:
        if self._report_pdu:
            self._report_pdu = False
            try:
                reference, recipient, status = pdu.decode_status_report(line)
            except ModemProtocolError:
                return True  # a report we cannot read is not an answer either
            self.reports.append(DeliveryReport(reference, status, recipient))
            return True
        if re.fullmatch(r"\+CDS: *\d+", line):
            self._report_pdu = True
            return True
        report = parse_report(line)
        if report is not None:
            self.reports.append(report)
            return True
        return line.startswith(("+CMTI:", "RING", "+CREG:", "+CDSI:"))

    @staticmethod
    def _value(lines: list[str], prefix: str) -> int:
        for line in lines:
            if line.startswith(prefix):
                try:
                    return int(_fields(line[len(prefix):].strip())[0])
                except (IndexError, ValueError):
                    break
        raise ModemProtocolError(f"The modem's answer has no {prefix.rstrip(':')} value.", repr(lines))

    def _line(self, deadline: float) -> str | None:
        while True:
            match = re.search(rb"[\r\n]", self.buffer)
            if match:
                raw = bytes(self.buffer[:match.start()])
                del self.buffer[:match.end()]
                if raw.strip():
                    return raw.decode("latin-1").strip()
                continue
            if len(self.buffer) > 4096:
                raise ModemProtocolError("The modem sends a stream that is not AT responses; check the port.")
            if not self._fill(deadline):
                return None

    def _fill(self, deadline: float) -> bool:
        import serial

        while time.monotonic() < deadline:
            try:
                data = self.serial.read(max(1, min(self.serial.in_waiting, 1024)))
            except (serial.SerialException, OSError) as exc:
                raise ModemPortError(f"Reading from the modem on {self.port_name} failed; check the cable.",
                                     str(exc)) from exc
            if data:
                self.buffer += data
                return True
        return False

    def _write(self, data: bytes) -> None:
        import serial

        try:
            self.serial.write(data)
            self.serial.flush()
        except (serial.SerialException, OSError) as exc:
            raise ModemPortError(f"Writing to the modem on {self.port_name} failed; check the cable.",
                                 str(exc)) from exc


def _open(url: str, baudrate: int) -> Any:
    import serial

    try:
        return serial.serial_for_url(url, baudrate=baudrate, timeout=POLL, write_timeout=5)
    except Exception as exc:  # noqa: BLE001 - SerialException, OSError, ValueError, termios.error
        raise ModemPortError(f"Cannot open the modem's serial port {url}. Check that the modem is plugged in, "
                             "the port name is right and no other program is using it.", str(exc)) from exc
