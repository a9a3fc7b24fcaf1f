"""IEC 62056-21 (formerly IEC 1107) protocol mode C data readout over an optical probe, sans I/O.

The exchange (IEC 62056-21:2002 clause 6.3.3, mode C)::

    HHU  -> meter   /?<device address>!<CR><LF>            request, at 300 baud 7E1
    meter -> HHU    /XXXZ<identification><CR><LF>          XXX manufacturer, Z baud rate character
    HHU  -> meter   <ACK>0Z0<CR><LF>                        acknowledgement/option select: data readout
    (both switch to the baud rate of Z)
    meter -> HHU    <STX>data block!<CR><LF><ETX><BCC>      data lines "address(value*unit)"

BCC is the XOR of every byte after STX up to and including ETX (7 bits).

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
from iec62056_21.exceptions import Iec6205621Exception

from sts_pos.devices.meter.errors import MeterChecksumError, MeterFrameError

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


def identification_message(manufacturer: str, baud_char: str, identification: str) -> bytes:
    return f"/{manufacturer}{baud_char}\\2{identification}\r\n".encode("latin-1")


def parse_identification(line: bytes) -> Identification:
    match = _IDENT.match(line)
    if not match:
        raise MeterFrameError("The meter's optical port answered with an identification sts-pos cannot read. "
                              "Check the probe and that the meter speaks IEC 62056-21.", f"got {line!r}")
    return Identification(match.group(1).decode(), match.group(2).decode(), match.group(4).decode())


def ack_option_select(baud_char: str) -> bytes:
    """ACK 0 Z 0 CR LF: normal protocol, switch to Z, mode 0 = data readout."""
    return iec_messages.AckOptionSelectMessage(baud_char, "0").to_bytes()


def parse_ack_option_select(data: bytes) -> str | None:
    """The baud character of an acknowledgement/option select for data readout, or None."""
    match = re.fullmatch(rb"\x06[0-9]([0-9A-I])0\r\n", data)
    return match.group(1).decode() if match else None


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
