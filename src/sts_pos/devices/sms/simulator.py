"""A GSM modem simulator speaking PDU-mode (and text-mode) AT commands (3GPP TS 27.005), for tests and
``sts-pos sms-sim``.

:class:`ModemResponder` is sans-I/O (bytes in, bytes out) and keeps what a real modem keeps: echo and
mode settings, message memory (CMGW/CMSS/CMGR/CMGL/CMGD), a message reference counter, and the list of
messages that actually went out (``sent``, decoded from their PDUs), which tests use to prove that
nothing is sent twice and that every character arrived. ``fail_sends`` makes the next sends fail with
``+CMS ERROR: 331`` (no network), as a modem without signal does. ``lose_reply`` holds command names
("AT+CMSS", ...; "AT+CMGW>" for the text prompt) whose next answer is lost on the line after the modem
did the command. A status report (+CDS) follows each send when the message asks for one and routing
(CNMI ds=1) is on; ``report_number`` makes it name another recipient. :func:`start_modem_simulator`
serves it on a new pty.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from sts_pos.devices.meter.sim_server import SerialSimServer, open_pty


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
        if upper.startswith("AT+CMGF="):
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
            self._prompt = (upper[:7], line[8:].strip().strip('"') if self.text_mode else "")
            return b"\r\n> "
        if upper.startswith("AT+CMSS="):
            return self._send_stored(_int(upper[8:]))
        if upper.startswith("AT+CMGR="):
            index = _int(upper[8:])
            entry = self.stored.get(index)
            if entry is None:
                return _cms(321)
            return self._listed("+CMGR:", None, entry) + _ok()
        if upper.startswith("AT+CMGL"):
            out = b"".join(self._listed("+CMGL:", i, e) for i, e in sorted(self.stored.items()))
            return out + _ok()
        if upper.startswith("AT+CMGD="):
            self.stored.pop(_int(upper[8:]), None)
            return _ok()
        return b"\r\nERROR\r\n"

    def _listed(self, prefix: str, index: int | None, entry: list[str]) -> bytes:
        where = f"{index}," if index is not None else ""
        if self.text_mode:
            return f'\r\n{prefix} {where}"{entry[0]}","{entry[1]}",,\r\n{entry[2]}\r\n'.encode("latin-1", "replace")
        stat = {"STO UNSENT": 2, "STO SENT": 3}.get(entry[0], 1)
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
        answer = f"\r\n{prefix}: {reference}\r\n".encode() + _ok()
        to = self.report_number or number
        if self.text_mode and self.report_requested and self.route_reports:
            answer += (f'\r\n+CDS: 6,{reference},"{to}",145,"26/11/24,08:00:00+00",'
                       f'"26/11/24,08:00:05+00",{self.report_status}\r\n').encode()
        elif not self.text_mode and self.route_reports and hexpdu and int(hexpdu[2:4], 16) & 0x20:
            from sts_pos.devices.sms.pdu import status_report_pdu

            report = status_report_pdu(reference, to, self.report_status)
            answer += f"\r\n+CDS: {len(report) // 2 - 1}\r\n{report}\r\n".encode()
        return answer


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
