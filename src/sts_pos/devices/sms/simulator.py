"""A GSM modem simulator speaking text-mode AT commands (3GPP TS 27.005), for tests and ``sts-pos sms-sim``.

:class:`ModemResponder` is sans-I/O (bytes in, bytes out) and keeps what a real modem keeps: echo and
text mode settings, message memory (CMGW/CMSS/CMGR/CMGL/CMGD), a message reference counter, and the
list of messages that actually went out (``sent``), which tests use to prove that nothing is sent twice.
``fail_sends`` makes the next sends fail with ``+CMS ERROR: 331`` (no network), as a modem without
signal does. A status report (+CDS) follows each send when the status report request (CSMP first octet
bit 5) and routing (CNMI ds=1) are on. :func:`start_modem_simulator` serves it on a new pty.
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
                out += self._finish_text(text, cancel)
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
            out += self._command(line)
        return b"" if "silent" in self.faults else bytes(out)

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
            if not self.text_mode:
                return _cms(302)
            self._prompt = (upper[:7], line[8:].strip().strip('"'))
            return b"\r\n> "
        if upper.startswith("AT+CMSS="):
            return self._send_stored(_int(upper[8:]))
        if upper.startswith("AT+CMGR="):
            entry = self.stored.get(_int(upper[8:]))
            if entry is None:
                return _cms(321)
            return f'\r\n+CMGR: "{entry[0]}","{entry[1]}",,\r\n{entry[2]}\r\n'.encode("latin-1") + _ok()
        if upper.startswith("AT+CMGL"):
            out = b"".join(f'\r\n+CMGL: {i},"{e[0]}","{e[1]}",,\r\n{e[2]}'.encode("latin-1")
                           for i, e in sorted(self.stored.items()))
            return out + b"\r\n" + _ok() if out else _ok()
        if upper.startswith("AT+CMGD="):
            self.stored.pop(_int(upper[8:]), None)
            return _ok()
        return b"\r\nERROR\r\n"

    def _finish_text(self, text: str, cancel: bool) -> bytes:
        command, number = self._prompt or ("", "")
        self._prompt = None
        if cancel:
            return _ok()
        if command == "AT+CMGW":
            if len(self.stored) >= self.memory_size:
                return _cms(322)
            index = next(i for i in range(1, self.memory_size + 1) if i not in self.stored)
            self.stored[index] = ["STO UNSENT", number, text]
            return f"\r\n+CMGW: {index}\r\n".encode() + _ok()
        return self._transmit(number, text, "+CMGS")

    def _send_stored(self, index: int) -> bytes:
        entry = self.stored.get(index)
        if entry is None:
            return _cms(321)
        answer = self._transmit(entry[1], entry[2], "+CMSS")
        if b"ERROR" not in answer:
            entry[0] = "STO SENT"
        return answer

    def _transmit(self, number: str, text: str, prefix: str) -> bytes:
        if self.fail_sends > 0:
            self.fail_sends -= 1
            return _cms(self.fail_code)
        reference = self._next_reference
        self._next_reference = (self._next_reference + 1) % 256
        self.sent.append(SentSms(number, text, reference))
        answer = f"\r\n{prefix}: {reference}\r\n".encode() + _ok()
        if self.report_requested and self.route_reports:
            answer += (f'\r\n+CDS: 6,{reference},"{number}",145,"26/11/24,08:00:00+00",'
                       f'"26/11/24,08:00:05+00",{self.report_status}\r\n').encode()
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
