"""A GSM modem simulator speaking PDU-mode (and text-mode) AT commands (3GPP TS 27.005), for tests and
``sts-pos sms-sim``.

:class:`ModemResponder` is sans-I/O (bytes in, bytes out) and keeps what a real modem keeps: echo and
mode settings, message memory (CMGW/CMSS/CMGR/CMGL/CMGD), a message reference counter, and the list of
messages that actually went out (``sent``, decoded from their PDUs), which tests use to prove that
nothing is sent twice and that every character arrived. ``fail_sends`` makes the next sends fail with
``+CMS ERROR: 331`` (no network), as a modem without signal does. ``lose_reply`` holds command names
("AT+CMSS", ...; "AT+CMGW>" for the text prompt) whose next answer is lost on the line after the modem
did the command. A status report (+CDS) follows each send when the message asks for one and routing
(CNMI ds=1) is on, never otherwise; ``report_number`` makes it name another recipient; its time stamps
come from ``clock`` (UTC, the PC's clock unless a test gives one). The status and identity queries a
modem answers (AT+CPIN?, AT+CREG?, AT+CSQ, ATI, AT+CGMI/CGMM/CGMR, AT+CMGF?, AT+CSCS?) are answered as a
registered modem with a SIM and fair signal answers them; a destination that is no phone number is
refused (+CMS ERROR: 305 in text mode, 304 in PDU mode). :func:`start_modem_simulator` serves it on a
new pty.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sts_pos.devices.meter.sim_server import SerialSimServer, open_pty

IDENTITY = ("STS-POS", "GSM modem simulator", "Revision: 1.0")  # ATI, AT+CGMI, AT+CGMM, AT+CGMR
CHARACTER_SETS = ("GSM", "IRA", "UCS2", "HEX", "8859-1")
_PHONE_NUMBER = re.compile(r"^\+?[0-9]{1,20}$")


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class SentSms:
    number: str
    text: str
    reference: int


@dataclass
class ModemResponder:
    memory_size: int = 20
    echo: bool = True
    text_mode: bool = False
    report_requested: bool = False
    route_reports: bool = False
    fail_sends: int = 0
    fail_code: int = 331
    report_status: int = 0
    stored: dict[int, list[str]] = field(default_factory=dict)   # index -> [status, number, text]
    sent: list[SentSms] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)
    faults: set[str] = field(default_factory=set)
    lose_reply: set[str] = field(default_factory=set)
    report_number: str | None = None
    clock: Callable[[], datetime] = _utc_now
    signal_quality: int = 20        # AT+CSQ rssi: 0-31 (20 is about -73 dBm), 99 unknown
    registration: int = 1           # AT+CREG? stat: 1 registered, home network
    character_set: str = "GSM"
    # the mobile network beyond the modem: called with (number, text) of each message that went out, it
    # returns the messages that come back as (sender, text) (a collector's reply), received as REC UNREAD
    network: Callable[[str, str], list[tuple[str, str]]] | None = None
    _creg_mode: int = 0
    _buffer: bytearray = field(default_factory=bytearray)
    _prompt: tuple[str, str] | None = None
    _next_reference: int = 0

    def feed(self, data: bytes) -> bytes:
        self._buffer += data
        out = bytearray()
        while self._buffer:
            if self._prompt is not None:
                end = next((i for i, b in enumerate(self._buffer) if b in (0x1A, 0x1B)), -1)
                if end < 0:
                    break
                text, cancel = self._buffer[:end].decode("latin-1"), self._buffer[end] == 0x1B
                del self._buffer[:end + 1]
                name = self._prompt[0]
                answer = self._finish_text(text, cancel)
                out += b"" if self._lost(name) else answer
                continue
            end = self._buffer.find(b"\r")
            if end < 0:
                break
            line = self._buffer[:end].decode("latin-1").strip()
            del self._buffer[:end + 1]
            if not line:
                continue
            if self.echo:
                out += line.encode("latin-1") + b"\r"
            self.commands.append(line)
            answer = self._command(line)
            name = line.upper().split("=")[0] + (">" if answer.endswith(b"> ") else "")
            out += b"" if self._lost(name) else answer
        return b"" if "silent" in self.faults else bytes(out)

    def _lost(self, name: str) -> bool:
        if name in self.lose_reply:
            self.lose_reply.discard(name)
            return True
        return False

    # -- commands --------------------------------------------------------------------------------------
    def _command(self, line: str) -> bytes:
        upper = line.upper()
        if upper in ("AT", "ATZ"):
            return _ok()
        if upper in ("ATE0", "ATE1"):
            self.echo = upper == "ATE1"
            return _ok()
        status = self._status_query(upper, line)
        if status is not None:
            return status
        if upper.startswith("AT+CMGF="):
            if upper[8:].strip() not in ("0", "1"):
                return b"\r\nERROR\r\n"
            self.text_mode = upper.endswith("1")
            return _ok()
        if upper.startswith("AT+CSMP="):
            first_octet = _int(upper[8:].split(",")[0])
            if first_octet < 0:
                return b"\r\nERROR\r\n"
            self.report_requested = bool(first_octet & 0x20)
            return _ok()
        if upper.startswith("AT+CNMI="):
            parts = upper[8:].split(",")
            self.route_reports = len(parts) > 3 and parts[3] == "1"
            return _ok()
        if upper.startswith(("AT+CMGS=", "AT+CMGW=")):
            if self.text_mode:
                number = line[8:].split(",")[0].strip().strip('"')
                if not _PHONE_NUMBER.match(number):
                    return _cms(305)  # invalid text mode parameter: no phone number
            elif _int(upper[8:].split(",")[0]) < 1:
                return _cms(304)      # invalid PDU mode parameter: the PDU length
            self._prompt = (upper[:7], number if self.text_mode else "")
            return b"\r\n> "
        if upper.startswith("AT+CMSS="):
            return self._send_stored(_int(upper[8:]))
        if upper.startswith("AT+CMGR="):
            index = _int(upper[8:])
            entry = self.stored.get(index)
            if entry is None:
                return _cms(321)
            listed = self._listed("+CMGR:", None, entry) + _ok()
            if entry[0] == "REC UNREAD":  # read now
                entry[0] = "REC READ"
            return listed
        if upper.startswith("AT+CMGL"):
            out = b"".join(self._listed("+CMGL:", i, e) for i, e in sorted(self.stored.items()))
            return out + _ok()
        if upper.startswith("AT+CMGD="):
            self.stored.pop(_int(upper[8:]), None)
            return _ok()
        return b"\r\nERROR\r\n"

    def _status_query(self, upper: str, line: str) -> bytes | None:
        """The answers of a registered modem to status and identity queries (None: not one of them)."""
        if upper in ("ATI", "ATI0"):
            return "".join(f"\r\n{part}" for part in IDENTITY).encode() + b"\r\n" + _ok()
        simple = {"AT+CGMI": IDENTITY[0], "AT+CGMM": IDENTITY[1], "AT+CGMR": IDENTITY[2],
                  "AT+CPIN?": "+CPIN: READY", "AT+CSQ": f"+CSQ: {self.signal_quality},99",
                  "AT+CREG?": f"+CREG: {self._creg_mode},{self.registration}",
                  "AT+CMGF?": f"+CMGF: {1 if self.text_mode else 0}", "AT+CMGF=?": "+CMGF: (0,1)",
                  "AT+CSCS?": f'+CSCS: "{self.character_set}"',
                  "AT+CSCS=?": "+CSCS: (" + ",".join(f'"{name}"' for name in CHARACTER_SETS) + ")"}
        if upper in simple:
            return f"\r\n{simple[upper]}\r\n".encode() + _ok()
        if upper.startswith("AT+CREG="):
            mode = _int(upper[8:])
            if mode not in (0, 1, 2):
                return b"\r\nERROR\r\n"
            self._creg_mode = mode
            return _ok()
        if upper.startswith("AT+CSCS="):
            name = line[8:].strip().strip('"').upper()
            if name not in CHARACTER_SETS:
                return b"\r\nERROR\r\n"
            self.character_set = name
            return _ok()
        return None

    def receive(self, number: str, text: str) -> int:
        """A message arrives from ``number``: kept as REC UNREAD (an SMS-DELIVER) in the first free slot."""
        from sts_pos.devices.sms.pdu import deliver_pdu

        index = next((i for i in range(1, self.memory_size + 1) if i not in self.stored), 0)
        if index:  # a full memory loses the message, as a real modem's SIM does
            self.stored[index] = ["REC UNREAD", number, text, deliver_pdu(number, text, f"{self.clock():%y%m%d%H%M%S}")]
        return index

    def _listed(self, prefix: str, index: int | None, entry: list[str]) -> bytes:
        where = f"{index}," if index is not None else ""
        if self.text_mode:
            return f'\r\n{prefix} {where}"{entry[0]}","{entry[1]}",,\r\n{entry[2]}\r\n'.encode("latin-1", "replace")
        stat = {"REC UNREAD": 0, "REC READ": 1, "STO UNSENT": 2, "STO SENT": 3}.get(entry[0], 1)
        hexpdu = entry[3]
        return f"\r\n{prefix} {where}{stat},,{len(hexpdu) // 2 - 1}\r\n{hexpdu}\r\n".encode()

    def _finish_text(self, text: str, cancel: bool) -> bytes:
        command, number = self._prompt or ("", "")
        self._prompt = None
        if cancel:
            return _ok()
        hexpdu = ""
        if not self.text_mode:
            from sts_pos.devices.sms.errors import SmsError
            from sts_pos.devices.sms.pdu import decode_submit

            hexpdu = text.strip()
            try:
                number, text = decode_submit(hexpdu)
            except SmsError:
                return _cms(304)
            if not _PHONE_NUMBER.match(number):
                return _cms(304)
        if command == "AT+CMGW":
            if len(self.stored) >= self.memory_size:
                return _cms(322)
            index = next(i for i in range(1, self.memory_size + 1) if i not in self.stored)
            self.stored[index] = ["STO UNSENT", number, text, hexpdu]
            return f"\r\n+CMGW: {index}\r\n".encode() + _ok()
        return self._transmit(number, text, "+CMGS", hexpdu)

    def _send_stored(self, index: int) -> bytes:
        entry = self.stored.get(index)
        if entry is None:
            return _cms(321)
        answer = self._transmit(entry[1], entry[2], "+CMSS", entry[3] if len(entry) > 3 else "")
        if b"ERROR" not in answer:
            entry[0] = "STO SENT"
        return answer

    def _transmit(self, number: str, text: str, prefix: str, hexpdu: str = "") -> bytes:
        if self.fail_sends > 0:
            self.fail_sends -= 1
            return _cms(self.fail_code)
        reference = self._next_reference
        self._next_reference = (self._next_reference + 1) % 256
        self.sent.append(SentSms(number, text, reference))
        for sender, reply in (self.network(number, text) if self.network else []):
            self.receive(sender, reply)
        answer = f"\r\n{prefix}: {reference}\r\n".encode() + _ok()
        to = self.report_number or number
        sent = self.clock().astimezone(UTC)
        done = sent + timedelta(seconds=5)
        if self.text_mode and self.report_requested and self.route_reports:
            answer += (f'\r\n+CDS: 6,{reference},"{to}",145,"{sent:%y/%m/%d,%H:%M:%S}+00",'
                       f'"{done:%y/%m/%d,%H:%M:%S}+00",{self.report_status}\r\n').encode()
        elif not self.text_mode and self.route_reports and _asks_report(hexpdu):
            from sts_pos.devices.sms.pdu import status_report_pdu

            report = status_report_pdu(reference, to, self.report_status, f"{sent:%y%m%d%H%M%S}",
                                       f"{done:%y%m%d%H%M%S}")
            answer += f"\r\n+CDS: {len(report) // 2 - 1}\r\n{report}\r\n".encode()
        return answer


def _asks_report(hexpdu: str) -> bool:
    """Whether an SMS-SUBMIT PDU (SMS centre field first) sets TP-SRR, the status report request."""
    try:
        first = 2 + 2 * int(hexpdu[0:2], 16)
        return bool(int(hexpdu[first:first + 2], 16) & 0x20)
    except ValueError:
        return False


def _ok() -> bytes:
    return b"\r\nOK\r\n"


def _cms(code: int) -> bytes:
    return f"\r\n+CMS ERROR: {code}\r\n".encode()


def _int(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        return -1


class ModemSimulator:
    """A simulated GSM modem on a new pty: ``port_path`` is what sts-pos opens."""

    def __init__(self, responder: ModemResponder | None = None) -> None:
        self.responder = responder or ModemResponder()
        self.master, self.slave, self.port_path = open_pty()
        self.server = SerialSimServer(self.responder, fd=self.master).start()

    def stop(self) -> None:
        self.server.stop()
        for fd in (self.slave, self.master):
            try:
                os.close(fd)
            except OSError:
                pass

    def __enter__(self) -> ModemSimulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_modem_simulator(responder: ModemResponder | None = None) -> ModemSimulator:
    return ModemSimulator(responder)
