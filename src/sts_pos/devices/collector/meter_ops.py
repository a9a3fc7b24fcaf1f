"""What the office does to a meter behind a collector, as DL/T 645-2007 exchanges over a ``transact`` coroutine.

``transact(frame) -> answer frame`` is :meth:`CollectorServer.transact` bound to one collector: it sends
one request and waits for the answer from that address (or raises :class:`MeterNoAnswer` /
:class:`CollectorOffline`). Each operation here is a short fixed sequence:

* :func:`send_token`: write the token register (14H, ``04A00001``), then read the last token result
  (``04A00002``). A write that was answered is reported as written even if the result read fails, so the
  caller never guesses whether the meter has the token (it sends again and a USED answer settles it).
* :func:`read_meter`: energy ``00000000``, remaining credit ``00900100``, running status word 3
  ``04000503`` (relay), tamper ``04A00004``, date ``04000101`` and time ``04000102``, and the total
  number of power-downs ``03110000`` (event records, 3 bytes BCD) from which the office sees a power cut
  between two readings (the clock and the power-down count are optional: a meter without them answers
  "no such data").
* :func:`relay_control`: control code 1CH with N1 = 1AH (disconnect) or 1CH (reconnect, direct close),
  N2 reserved, N3..N8 the command's validity (ss mm hh DD MM YY, BCD), after password and operator code.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sts_pos.devices.meter import dlt645
from sts_pos.devices.meter import registers as reg
from sts_pos.devices.meter.dlt645 import Frame
from sts_pos.devices.meter.errors import MeterError, MeterFrameError, MeterRefused
from sts_pos.devices.meter.registers import TokenResult

DI_DATE = 0x04000101      # YYMMDDWW: 4 bytes BCD, week day lowest
DI_TIME = 0x04000102      # hhmmss: 3 bytes BCD, seconds lowest
DI_POWER_DOWNS = 0x03110000  # total number of power-downs (event record): 3 bytes BCD
RELAY_CONTROL = 0x1C
RELAY_OPEN, RELAY_CLOSE = 0x1A, 0x1C
DEFAULT_PASSWORD = b"\x02\x00\x00\x00"

Transact = Callable[[Frame], Awaitable[Frame]]


class CollectorLinkError(MeterError):
    """The collector's connection cannot carry the request."""


class CollectorOffline(CollectorLinkError):
    """The collector is not connected (or dropped the connection while the request was on its way)."""

    def __init__(self, message: str, detail: str = "", written: bool = False) -> None:
        super().__init__(message, detail)
        self.written = written


class MeterNoAnswer(CollectorLinkError):
    """The collector is connected but no answer came from the meter in time."""


@dataclass(frozen=True)
class RemoteReading:
    energy_tenths_kwh: int
    credit_tenths_kwh: int
    relay_closed: bool
    tamper: bool
    meter_clock: datetime | None  # the meter's wall clock (naive: meters keep local time)
    power_downs: int | None = None  # how many times the meter lost its supply, ever (None: not kept)


@dataclass(frozen=True)
class TokenAnswer:
    written: bool                 # the meter answered the write (it has seen the token)
    result: TokenResult | None    # None when the result register could not be read


async def read_value(transact: Transact, address: str, di: int, length: int) -> bytes:
    request = dlt645.read_request(address, di)
    value = dlt645.check_answer(request, await transact(request))
    if len(value) < length:
        raise MeterFrameError(f"The meter's answer for register {di:08X} is too short.", value.hex(" "))
    return value


async def send_token(transact: Transact, address: str, digits: str,
                     password: bytes = DEFAULT_PASSWORD) -> TokenAnswer:
    request = dlt645.write_request(address, reg.DI_TOKEN_ENTRY, dlt645.bcd_encode(int(digits), 10), password=password)
    try:
        dlt645.check_answer(request, await transact(request))
    except CollectorOffline as exc:
        raise CollectorOffline(exc.message, exc.detail, written=exc.written) from exc
    try:
        data = await read_value(transact, address, reg.DI_LAST_TOKEN, 7)
    except (MeterNoAnswer, CollectorOffline, MeterFrameError):
        return TokenAnswer(True, None)
    if data[0] == 0:
        return TokenAnswer(True, None)
    return TokenAnswer(True, TokenResult(data[0], None if data[1] == 0xFF else data[1],
                                         None if data[2] == 0xFF else data[2], dlt645.bcd_decode(data[3:7]) // 10))


async def read_meter(transact: Transact, address: str) -> RemoteReading:
    energy = dlt645.bcd_decode((await read_value(transact, address, reg.DI_ENERGY_TOTAL, 4))[:4]) // 10
    credit = dlt645.bcd_decode((await read_value(transact, address, reg.DI_REMAINING_ENERGY, 4))[:4]) // 10
    status = int.from_bytes((await read_value(transact, address, reg.DI_STATUS_WORD_3, 2))[:2], "little")
    tamper = (await read_value(transact, address, reg.DI_TAMPER, 1))[:1] != b"\x00"
    clock = None
    try:
        date = await read_value(transact, address, DI_DATE, 4)
        time = await read_value(transact, address, DI_TIME, 3)
        clock = decode_clock(date, time)
    except MeterRefused:
        pass  # a meter without a clock register
    power_downs = None
    try:
        power_downs = dlt645.bcd_decode((await read_value(transact, address, DI_POWER_DOWNS, 3))[:3])
    except MeterRefused:
        pass  # a meter that keeps no power-down events
    return RemoteReading(energy, credit, not status & reg.RELAY_OPEN_BIT, tamper, clock, power_downs)


def decode_clock(date: bytes, time: bytes) -> datetime | None:
    """The meter's date (WW DD MM YY) and time (ss mm hh) registers; None when they are no valid time."""
    try:
        d = [dlt645.bcd_decode(date[i:i + 1]) for i in range(4)]
        t = [dlt645.bcd_decode(time[i:i + 1]) for i in range(3)]
        return datetime(2000 + d[3], d[2], d[1], t[2], t[1], t[0])
    except (MeterFrameError, ValueError):
        return None


def encode_clock(moment: datetime) -> tuple[bytes, bytes]:
    """The date and time register values of ``moment`` (the simulator answers with them)."""
    bcd = dlt645.bcd_encode
    date = bcd(moment.isoweekday() % 7, 1) + bcd(moment.day, 1) + bcd(moment.month, 1) + bcd(moment.year % 100, 1)
    return date, bcd(moment.second, 1) + bcd(moment.minute, 1) + bcd(moment.hour, 1)


def relay_request(address: str, close: bool, valid_until: datetime,
                  password: bytes = DEFAULT_PASSWORD, operator: bytes = b"\x00\x00\x00\x00") -> Frame:
    when = valid_until
    validity = b"".join(dlt645.bcd_encode(v, 1) for v in (when.second, when.minute, when.hour, when.day,
                                                           when.month, when.year % 100))
    command = bytes([RELAY_CLOSE if close else RELAY_OPEN, 0x00]) + validity
    return Frame(address, RELAY_CONTROL, password + operator + command)


async def relay_control(transact: Transact, address: str, close: bool, meter_now: datetime,
                        password: bytes = DEFAULT_PASSWORD) -> None:
    """Open or close the meter's relay; returns when the meter confirmed, raises when it refused."""
    request = relay_request(address, close, meter_now + timedelta(minutes=10), password)
    dlt645.check_answer(request, await transact(request))
