"""DL/T 645-2007 frames (the RS-485 protocol of Linyang and most Chinese-made STS meters), sans I/O.

Frame (DL/T 645-2007 clause 7.1)::

    FE FE FE FE | 68 | A0..A5 | 68 | C | L | DATA (+33H each byte) | CS | 16

* ``A0..A5`` is the 12-digit communication address in BCD, lowest byte first; ``AA`` is a wildcard
  (``AAAAAAAAAAAA`` reaches the single meter on a point-to-point link), ``999999999999`` is broadcast.
* ``C`` is the control code: bit 7 direction (1 = meter's answer), bit 6 abnormal answer, bit 5 follow-up
  frames, bits 0-4 the function (11H read data, 13H read address, 14H write data ...).
* ``L`` is the data length; every data byte is sent plus 33H (mod 256).
* ``CS`` is the sum modulo 256 of every byte from the first 68H to the end of the data.
* Data identifiers (DI3 DI2 DI1 DI0) travel lowest byte first; values are BCD (lowest byte first) unless
  the register table says binary or ASCII.

The :class:`FrameReader` is a stream parser for a noisy RS-485 line: it skips preamble and leading
noise, and tells apart a bad checksum (raised at once), a frame cut short and plain garbage (reported by
the caller when its deadline passes, see :meth:`FrameReader.explain_incomplete`).

Why not the PyPI package ``dlt645`` (3.2.0, evaluated for this module): its stateless codec is sound,
but importing the package pulls in ``loguru`` and sets up log files at import time, it silently skips
frames with a bad checksum (a technician would only see a timeout instead of "line noise"), its client
re-sends requests on its own (wrong for a token write) and it hides every error behind ``None``. The
frame format is small and fixed, so it is written here and tested against the simulator and fixed bytes.
"""

from __future__ import annotations

from dataclasses import dataclass

from sts_pos.devices.meter.errors import MeterChecksumError, MeterFrameError, MeterNoSuchData, MeterRefused

PREAMBLE = b"\xfe\xfe\xfe\xfe"
START = 0x68
END = 0x16
WILDCARD_ADDRESS = "AAAAAAAAAAAA"
BROADCAST_ADDRESS = "999999999999"

# Control codes (function bits) and flags, DL/T 645-2007 clause 7.1.4
BROADCAST_TIME = 0x08
READ_DATA = 0x11
READ_FOLLOWING = 0x12
READ_ADDRESS = 0x13
WRITE_DATA = 0x14
ANSWER = 0x80
ABNORMAL = 0x40
FOLLOWING = 0x20
FUNCTION_MASK = 0x1F

# Abnormal answer error byte (SERR), DL/T 645-2007 clause 7.3.4, bits 0..6
ERROR_BITS = {
    0x01: "other error",
    0x02: "no such data (the meter does not have this register)",
    0x04: "wrong password or not authorised",
    0x08: "baud rate cannot be changed",
    0x10: "too many annual time zones",
    0x20: "too many daily time periods",
    0x40: "too many tariffs",
}

MAX_GARBAGE = 256  # bytes of noise tolerated before a frame start


def bcd_encode(value: int, length: int) -> bytes:
    """``value`` as ``length`` BCD bytes, lowest byte first (DL/T 645 numeric data)."""
    if value < 0 or value >= 10 ** (2 * length):
        raise ValueError(f"{value} does not fit {length} BCD bytes")
    digits = f"{value:0{2 * length}d}"
    return bytes(int(digits[i:i + 2], 16) for i in range(2 * length - 2, -1, -2))


def bcd_decode(data: bytes) -> int:
    """The integer held in BCD bytes, lowest byte first; a nibble above 9 is a frame error."""
    text = "".join(f"{b:02X}" for b in reversed(data))
    if not text.isdigit():
        raise MeterFrameError("The meter sent a number that is not valid BCD.", f"bytes {data.hex(' ')}")
    return int(text or "0")


def address_bytes(address: str) -> bytes:
    """A 12-character address (digits, or ``A`` wildcards) as the six address bytes, lowest first."""
    address = address.strip().upper().rjust(12, "0")
    if len(address) != 12 or any(c not in "0123456789A" for c in address):
        raise ValueError(f"A DL/T 645 address has 12 digits; got {address!r}")
    return bytes(int(address[i:i + 2], 16) for i in range(10, -1, -2))


def address_text(raw: bytes) -> str:
    return "".join(f"{b:02X}" for b in reversed(raw))


def di_bytes(di: int) -> bytes:
    """A data identifier DI3DI2DI1DI0 (e.g. 0x00900100) as sent: DI0 first."""
    return di.to_bytes(4, "little")


@dataclass(frozen=True)
class Frame:
    """One decoded DL/T 645 frame: address (12 characters), control code and the data (33H removed)."""

    address: str
    control: int
    data: bytes = b""

    @property
    def function(self) -> int:
        return self.control & FUNCTION_MASK

    @property
    def is_answer(self) -> bool:
        return bool(self.control & ANSWER)

    @property
    def is_abnormal(self) -> bool:
        return bool(self.control & ABNORMAL)

    def encode(self, preamble: bytes = PREAMBLE) -> bytes:
        if len(self.data) > 200:
            raise ValueError("DL/T 645 data field is limited to 200 bytes")
        body = bytes([START]) + address_bytes(self.address) + bytes([START, self.control, len(self.data)])
        body += bytes((b + 0x33) & 0xFF for b in self.data)
        return preamble + body + bytes([sum(body) & 0xFF, END])


def read_request(address: str, di: int) -> Frame:
    return Frame(address, READ_DATA, di_bytes(di))


def read_address_request() -> Frame:
    return Frame(WILDCARD_ADDRESS, READ_ADDRESS)


def write_request(address: str, di: int, value: bytes, password: bytes = b"\x02\x00\x00\x00",
                  operator: bytes = b"\x00\x00\x00\x00") -> Frame:
    """Write data (14H): DI, password (PA P0 P1 P2), operator code (C0..C3), then the value."""
    return Frame(address, WRITE_DATA, di_bytes(di) + password + operator + value)


def describe_error(code: int) -> str:
    reasons = [text for bit, text in ERROR_BITS.items() if code & bit]
    return "; ".join(reasons) or f"error code {code:#04x}"


def check_answer(request: Frame, answer: Frame) -> bytes:
    """The answer's data after the request's DI, or a clear error if the meter refused or answered off-topic."""
    if not answer.is_answer or answer.function != request.function:
        raise MeterFrameError("The meter answered a different request; try again.",
                              f"sent control {request.control:#04x}, got {answer.control:#04x}")
    if answer.is_abnormal:
        code = answer.data[0] if answer.data else 0
        raise (MeterNoSuchData if code & 0x02 else MeterRefused)(f"The meter refused the request: {describe_error(code)}.",
                           f"control {answer.control:#04x}, error byte {code:#04x}")
    if request.function == READ_DATA:
        if answer.data[:4] != request.data[:4]:
            raise MeterFrameError("The meter answered with a different register; try again.",
                                  f"asked DI {request.data[:4][::-1].hex()}, got {answer.data[:4][::-1].hex()}")
        return answer.data[4:]
    return answer.data


def decode_at(buf: bytes | bytearray) -> tuple[Frame | None, int]:
    """Decode a frame starting at ``buf[0] == 68H``: ``(frame, used)``; ``(None, 0)`` means more bytes are
    needed, ``(None, n)`` means the first ``n`` bytes are no valid frame (bad checksum or layout)."""
    if len(buf) < 10:
        return None, 0
    if buf[0] != START or buf[7] != START or buf[9] > 200:  # the data field holds at most 200 bytes
        return None, 1
    total = 12 + buf[9]
    if len(buf) < total:
        return None, 0
    if buf[total - 1] != END or buf[total - 2] != sum(buf[:total - 2]) & 0xFF:
        return None, total if buf[total - 1] == END else 1
    data = bytes((b - 0x33) & 0xFF for b in buf[10:total - 2])
    return Frame(address_text(bytes(buf[1:7])), buf[8], data), total


def address_matches(pattern: str, address: str) -> bool:
    """Whether a request's address reaches a meter: exact, ``A`` wildcard digits, or broadcast."""
    if pattern == BROADCAST_ADDRESS:
        return True
    return all(p in ("A", a) for p, a in zip(pattern, address))


class FrameReader:
    """Collects bytes from the line and returns complete frames."""

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.garbage = 0  # bytes discarded because no frame started there

    def feed(self, data: bytes) -> None:
        self.buffer += data

    def next_frame(self) -> Frame | None:
        """The next complete frame, or None if more bytes are needed; a bad checksum raises at once."""
        buf = self.buffer
        while True:
            start = buf.find(START)
            if start < 0:
                self._discard(len(buf))
                return None
            if start:
                self._discard(start)
                continue
            if len(buf) < 10:
                return None
            if buf[7] != START:
                self._discard(1)
                continue
            length = buf[9]
            total = 12 + length
            if len(buf) < total:
                return None
            frame_bytes = bytes(buf[:total])
            if frame_bytes[-1] != END:
                self._discard(1)
                continue
            checksum = sum(frame_bytes[:-2]) & 0xFF
            del buf[:total]
            if frame_bytes[-2] != checksum:
                raise MeterChecksumError(
                    "The meter's answer arrived damaged (wrong checksum). Check the RS-485 wiring or the "
                    "optical probe position and try again.",
                    f"frame {frame_bytes.hex(' ')}, checksum should be {checksum:02x}")
            data = bytes((b - 0x33) & 0xFF for b in frame_bytes[10:-2])
            return Frame(address_text(frame_bytes[1:7]), frame_bytes[8], data)

    def _discard(self, count: int) -> None:
        noise = bytes(self.buffer[:count]).replace(b"\xfe", b"")
        self.garbage += len(noise)
        del self.buffer[:count]
        if self.garbage > MAX_GARBAGE:
            raise MeterFrameError(
                "The meter sends data that is not DL/T 645. Check the protocol and baud rate settings.",
                f"{self.garbage} bytes of noise")

    def explain_incomplete(self) -> MeterFrameError | None:
        """After the deadline: why no frame came although bytes did (None when the line was silent)."""
        if any(b != 0xFE for b in self.buffer) and START in self.buffer:
            return MeterFrameError(
                "The meter's answer was cut short. Check the cable and that nothing else uses the port.",
                f"incomplete frame {bytes(self.buffer).hex(' ')}")
        if self.garbage:
            return MeterFrameError(
                "The meter sent data that is not DL/T 645. Check the protocol and baud rate settings.",
                f"{self.garbage} bytes of noise")
        return None
