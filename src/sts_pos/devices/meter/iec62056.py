"""IEC 62056-21 (formerly IEC 1107) protocol mode C data readout over an optical probe, sans I/O.

The exchange (IEC 62056-21:2002 clause 6.3.3, mode C)::

    HHU  -> meter   /?<device address>!<CR><LF>            request, at 300 baud 7E1
    meter -> HHU    /XXXZ<identification><CR><LF>          XXX manufacturer, Z baud rate character
    HHU  -> meter   <ACK>0Z0<CR><LF>                        acknowledgement/option select: data readout
    (both switch to the baud rate of Z)
    meter -> HHU    <STX>data block!<CR><LF><ETX><BCC>      data lines "address(value*unit)"

BCC is the XOR of every byte after STX up to and including ETX (7 bits).

Programming mode (clause 6.3.4) carries the STS token entry: option select ``<ACK>0Z1``; the meter asks
for the password (``<SOH>P0<STX>(serial)<ETX><BCC>``), the HHU answers ``<SOH>P1<STX>(password)<ETX>``
and gets ``<ACK>``; then ``<SOH>W1<STX>C.90.20(token)<ETX>`` writes the token (``<ACK>``, or an error
message ``<STX>(ERROR)<ETX>``), ``<SOH>R1<STX>C.90.11()<ETX>`` reads a register back
(``<STX>C.90.11(1)<ETX>``) and ``<SOH>B0<ETX>`` ends the session.

The messages are built and parsed with the PyPI package ``iec62056-21`` (0.0.2, BSD-3-Clause, evaluated
for this module): its ``messages``/``utils`` modules are small, pure and correct for mode C (data sets,
data lines, BCC), so they are used. Its client and transports are not: they open ``serial.Serial``
only (no ``serial_for_url``), sleep fixed times between steps, default to 30 s timeouts and raise bare
exceptions; :mod:`sts_pos.devices.meter.client` does the I/O with deadlines instead. The package is
unmaintained since 2019, so only these two modules are relied on, behind this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from iec62056_21 import messages as iec_messages
from iec62056_21 import utils as iec_utils
from iec62056_21.exceptions import Iec6205621Exception

from sts_pos.devices.meter.errors import MeterChecksumError, MeterFrameError

SOH = 0x01
STX = 0x02
ETX = 0x03
ACK = 0x06
NAK = 0x15
BAUD_RATES = {"0": 300, "1": 600, "2": 1200, "3": 2400, "4": 4800, "5": 9600, "6": 19200}
INITIAL_BAUD = 300
MAX_GARBAGE = 256

_IDENT = re.compile(rb"^/([A-Za-z]{3})([0-9A-I])(\\[0-9])?([\x20-\x7e]{1,16})\r\n$")


@dataclass(frozen=True)
class Identification:
    manufacturer: str
    baud_char: str
    identification: str

    @property
    def baudrate(self) -> int:
        return BAUD_RATES.get(self.baud_char, INITIAL_BAUD)


def request_message(device_address: str = "") -> bytes:
    return iec_messages.RequestMessage(device_address).to_bytes()


def identification_message(manufacturer: str, baud_char: str, identification: str,
                           enhanced: str | None = None) -> bytes:
    """``/XXXZ\\W ident CR LF``; ``enhanced`` is the W of ``\\W`` (``"2"``: mode E, HDLC) or None for mode C only."""
    escape = "" if enhanced is None else f"\\{enhanced}"
    return f"/{manufacturer}{baud_char}{escape}{identification}\r\n".encode("latin-1")


def parse_identification(line: bytes) -> Identification:
    match = _IDENT.match(line)
    if not match:
        raise MeterFrameError("The meter's optical port answered with an identification sts-pos cannot read. "
                              "Check the probe and that the meter speaks IEC 62056-21.", f"got {line!r}")
    return Identification(match.group(1).decode(), match.group(2).decode(), match.group(4).decode())


def ack_option_select(baud_char: str, mode: str = "0") -> bytes:
    """ACK 0 Z Y CR LF: normal protocol, switch to Z, mode Y (0 data readout, 1 programming)."""
    return iec_messages.AckOptionSelectMessage(baud_char, mode).to_bytes()


def parse_ack_option_select(data: bytes) -> tuple[str, str] | None:
    """``(baud character, mode)`` of an acknowledgement/option select message for mode C, or None.

    Only the normal protocol procedure (V = 0) with data readout (Y = 0) or programming mode (Y = 1) is
    accepted: V = 1 (secondary protocol), V = 2 with Y = 2 (HDLC, mode E) and manufacturer modes are not
    implemented by sts-pos, so they are no option select it can act on."""
    match = re.fullmatch(rb"\x060([0-9A-I])([01])\r\n", data)
    return (match.group(1).decode(), match.group(2).decode()) if match else None


def command_message(command: str, command_type: int, address: str | None = None, value: str = "") -> bytes:
    """``SOH C D STX address(value) ETX BCC`` (``B0``: ``SOH B 0 ETX BCC``)."""
    data_set = None if address is None and not value else iec_messages.DataSet(address or "", value)
    return iec_messages.CommandMessage(command, command_type, data_set).to_bytes()


def answer_message(address: str, value: str) -> bytes:
    """``STX address(value) ETX BCC``; an empty address makes an error message ``(ERROR)``."""
    return iec_utils.add_bcc(f"\x02{address}({value})\x03".encode("latin-1"))


def parse_command(raw: bytes) -> tuple[str, int, str, str]:
    """``(command, type, address, value)`` of a command message; a wrong BCC or layout is a clear error."""
    _check_bcc(raw)
    match = re.fullmatch(rb"\x01([PWRBE])([0-9])(?:\x02([^(]*)\((.*)\))?\x03.", raw, re.DOTALL)
    if not match:
        raise MeterFrameError("A programming-mode message could not be understood.", repr(raw))
    return (match.group(1).decode(), int(match.group(2)), (match.group(3) or b"").decode("latin-1"),
            (match.group(4) or b"").decode("latin-1"))


def parse_answer(raw: bytes) -> tuple[str, str]:
    """``(address, value)`` of an answer ``STX address(value) ETX BCC``."""
    _check_bcc(raw)
    match = re.fullmatch(rb"\x02([^(]*)\(([^)]*)\)(?:\r\n)?\x03.", raw, re.DOTALL)
    if not match:
        raise MeterFrameError("The meter's answer could not be understood.", repr(raw))
    return match.group(1).decode("latin-1"), match.group(2).decode("latin-1")


def _check_bcc(raw: bytes) -> None:
    if len(raw) < 3 or iec_utils.add_bcc(raw[:-1]) != raw:
        raise MeterChecksumError("A message from the meter's optical port arrived damaged (wrong BCC). Hold "
                                 "the probe steady and try again.", repr(raw))


def build_readout(items: list[tuple[str, str, str | None]]) -> bytes:
    """The data message ``STX lines ! CR LF ETX BCC`` for ``(address, value, unit)`` items, one per line."""
    lines = [iec_messages.DataLine([iec_messages.DataSet(address, value, unit)]) for address, value, unit in items]
    return iec_messages.ReadoutDataMessage(iec_messages.DataBlock(lines)).to_bytes()


def parse_readout(raw: bytes) -> dict[str, tuple[str, str | None]]:
    """``{address: (value, unit)}`` from a complete data message; wrong BCC or layout is a clear error."""
    try:
        message = iec_messages.ReadoutDataMessage.from_bytes(raw)
    except ValueError as exc:
        raise MeterChecksumError("The meter's readout arrived damaged (wrong BCC). Hold the optical probe "
                                 "steady on the meter and read again.", str(exc)) from exc
    except (Iec6205621Exception, IndexError, UnicodeDecodeError) as exc:
        raise MeterFrameError("The meter's readout could not be understood.", str(exc)) from exc
    values: dict[str, tuple[str, str | None]] = {}
    for line in message.data_block.data_lines:
        for data_set in line.data_sets:
            if data_set.address:
                values[data_set.address] = (data_set.value, data_set.unit)
    return values


class LineReader:
    """Collects bytes and returns an identification line (``/...CR LF``) or a data message (``STX...ETX BCC``)."""

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.garbage = 0

    def feed(self, data: bytes) -> None:
        self.buffer += data

    def next_identification(self) -> bytes | None:
        start = self.buffer.find(b"/")
        self._skip(start if start >= 0 else len(self.buffer))
        end = self.buffer.find(b"\r\n")
        if end < 0:
            if len(self.buffer) > 64:
                raise MeterFrameError("The meter's identification line is too long; check the protocol.",
                                      repr(bytes(self.buffer[:64])))
            return None
        line = bytes(self.buffer[:end + 2])
        del self.buffer[:end + 2]
        return line

    def next_data_message(self) -> bytes | None:
        start = self.buffer.find(bytes([STX]))
        self._skip(start if start >= 0 else len(self.buffer))
        end = self.buffer.find(bytes([ETX]))
        if end < 0 or len(self.buffer) < end + 2:
            return None
        message = bytes(self.buffer[:end + 2])
        del self.buffer[:end + 2]
        return message

    def next_reply(self) -> bytes | None:
        """The next ACK, NAK, or whole ``SOH``/``STX`` ... ``ETX BCC`` message (programming mode)."""
        starts = [i for i in (self.buffer.find(bytes([b])) for b in (ACK, NAK, SOH, STX)) if i >= 0]
        self._skip(min(starts) if starts else len(self.buffer))
        if not self.buffer:
            return None
        if self.buffer[0] in (ACK, NAK):
            reply = bytes(self.buffer[:1])
            del self.buffer[:1]
            return reply
        end = self.buffer.find(bytes([ETX]))
        if end < 0 or len(self.buffer) < end + 2:
            return None
        message = bytes(self.buffer[:end + 2])
        del self.buffer[:end + 2]
        return message

    def _skip(self, count: int) -> None:
        self.garbage += count
        del self.buffer[:count]
        if self.garbage > MAX_GARBAGE:
            raise MeterFrameError("The optical port sends data that is not IEC 62056-21. Check the protocol "
                                  "and baud rate settings.", f"{self.garbage} bytes of noise")

    def explain_incomplete(self, what: str) -> MeterFrameError | None:
        if self.buffer:
            return MeterFrameError(f"The meter's {what} was cut short. Hold the probe steady and read again.",
                                   f"incomplete {bytes(self.buffer)!r}")
        if self.garbage:
            return MeterFrameError("The optical port sent data that is not IEC 62056-21. Check the protocol "
                                   "and baud rate settings.", f"{self.garbage} bytes of noise")
        return None
